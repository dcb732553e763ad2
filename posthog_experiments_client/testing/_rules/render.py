"""Rows to JSON, in the classic (docs-page) shape of PostHog's serializers."""

from __future__ import annotations

from typing import Any

from .._state.models import Cohort, Experiment, FeatureFlag, Holdout, SavedMetricLink, User
from .._state.store import Store
from .fields import format_datetime

__all__ = ["cohort_json", "experiment_json", "flag_json", "holdout_json", "user_json"]


def user_json(user: User | None) -> dict[str, Any] | None:
    """``UserBasic``."""
    if user is None:
        return None
    return {
        "id": user.id,
        "uuid": user.uuid,
        "distinct_id": user.distinct_id,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "is_email_verified": user.is_email_verified,
        "hedgehog_config": None,
        "role_at_organization": user.role_at_organization,
    }


def flag_json(flag: FeatureFlag) -> dict[str, Any]:
    """``MinimalFeatureFlag`` as on the docs page (with ``has_encrypted_payloads``)."""
    return {
        "id": flag.id,
        "team_id": flag.team_id,
        "name": flag.name,
        "key": flag.key,
        "filters": flag.filters,
        "deleted": flag.deleted,
        "active": flag.active,
        "ensure_experience_continuity": flag.ensure_experience_continuity,
        "has_encrypted_payloads": flag.has_encrypted_payloads,
        "version": flag.version,
        "evaluation_runtime": flag.evaluation_runtime,
    }


def holdout_json(holdout: Holdout, store: Store) -> dict[str, Any]:
    """``ExperimentHoldout``."""
    return {
        "id": holdout.id,
        "name": holdout.name,
        "description": holdout.description,
        "filters": holdout.filters,
        "created_by": _user(store, holdout.created_by_id),
        "created_at": format_datetime(holdout.created_at),
        "updated_at": format_datetime(holdout.updated_at),
    }


def _saved_metric_link_json(link: SavedMetricLink, store: Store) -> dict[str, Any]:
    metric = store.saved_metrics[link.saved_metric_id]
    return {
        "id": link.id,
        "experiment": link.experiment_id,
        "saved_metric": link.saved_metric_id,
        "metadata": link.metadata,
        "created_at": format_datetime(link.created_at),
        "query": metric.query,
        "name": metric.name,
    }


def _user(store: Store, user_id: int | None) -> dict[str, Any] | None:
    return user_json(store.users.get(user_id)) if user_id is not None else None


def experiment_json(experiment: Experiment, store: Store) -> dict[str, Any]:
    """``Experiment`` in the docs page's field order; ``saved_metrics_ids`` is always null."""
    flag = store.flags[experiment.feature_flag_id]
    holdout = store.holdouts.get(experiment.holdout_id) if experiment.holdout_id else None
    return {
        "id": experiment.id,
        "name": experiment.name,
        "description": experiment.description,
        "start_date": format_datetime(experiment.start_date),
        "end_date": format_datetime(experiment.end_date),
        "feature_flag_key": flag.key,
        "feature_flag": flag_json(flag),
        "holdout": holdout_json(holdout, store) if holdout is not None else None,
        "holdout_id": experiment.holdout_id,
        "exposure_cohort": experiment.exposure_cohort_id,
        "parameters": experiment.parameters,
        "secondary_metrics": experiment.secondary_metrics,
        "saved_metrics": [
            _saved_metric_link_json(store.saved_metric_links[link_id], store)
            for link_id in experiment.saved_metric_link_ids
        ],
        "saved_metrics_ids": None,
        "filters": experiment.filters,
        "archived": experiment.archived,
        "deleted": experiment.deleted,
        "created_by": _user(store, experiment.created_by_id),
        "created_at": format_datetime(experiment.created_at),
        "updated_at": format_datetime(experiment.updated_at),
        "type": experiment.type,
        "exposure_criteria": experiment.exposure_criteria,
        "metrics": experiment.metrics,
        "metrics_secondary": experiment.metrics_secondary,
        "stats_config": experiment.stats_config,
        "conclusion": experiment.conclusion,
        "conclusion_comment": experiment.conclusion_comment,
        "primary_metrics_ordered_uuids": experiment.primary_metrics_ordered_uuids,
        "secondary_metrics_ordered_uuids": experiment.secondary_metrics_ordered_uuids,
    }


def cohort_json(cohort: Cohort, store: Store) -> dict[str, Any]:
    """``Cohort`` as returned by the exposure-cohort action."""
    return {
        "id": cohort.id,
        "name": cohort.name,
        "description": cohort.description,
        "groups": [],
        "deleted": False,
        "filters": cohort.filters,
        "query": None,
        "version": None,
        "pending_version": None,
        "is_calculating": cohort.is_calculating,
        "created_by": _user(store, cohort.created_by_id),
        "created_at": format_datetime(cohort.created_at),
        "last_calculation": None,
        "errors_calculating": 0,
        "last_error_message": None,
        "count": None,
        "is_static": cohort.is_static,
        "cohort_type": cohort.cohort_type,
        "experiment_set": list(cohort.experiment_ids),
    }
