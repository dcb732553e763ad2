"""Rows to JSON, as each PostHog version's serializers render them.

2025 renders the docs page's (classic) shape plus ``user_access_level``; 2026 adds the
computed ``status`` (``paused`` included), the fields 2026 added (scheduling,
pre-aggregation, running time, matured users) and the early-2026 ``MinimalFeatureFlag``. The lean ``ExperimentBasic`` list item (newest
PostHog) is an option of either.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._state.models import (
    Cohort,
    Experiment,
    FeatureFlag,
    Holdout,
    SavedMetric,
    SavedMetricLink,
    User,
)
from .._state.store import Store
from .fields import format_datetime

__all__ = [
    "BASIC_OMITTED",
    "ExperimentRenderer",
    "cohort_json",
    "experiment_2025",
    "experiment_2026",
    "experiment_basic",
    "feature_flag_json",
    "flag_json",
    "flag_json_2026",
    "holdout_json",
    "saved_metric_json",
    "status_2026",
    "user_json",
]

# What the fake's user may do with every object it shows (RBAC's default level).
USER_ACCESS_LEVEL = "editor"

ExperimentRenderer = Callable[[Experiment, Store], dict[str, Any]]

# Keys ``ExperimentBasic`` leaves out of a list item: metrics, links, filters and configuration.
BASIC_OMITTED = frozenset(
    {
        "metrics",
        "metrics_secondary",
        "saved_metrics",
        "saved_metrics_ids",
        "holdout_id",
        "filters",
        "secondary_metrics",
        "stats_config",
        "scheduling_config",
        "exposure_criteria",
        "primary_metrics_ordered_uuids",
        "secondary_metrics_ordered_uuids",
    }
)


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
    """``MinimalFeatureFlag`` as 2025 renders it (the docs page's plus ``evaluation_tags``)."""
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
        "evaluation_tags": list(flag.evaluation_tags),
    }


def flag_json_2026(flag: FeatureFlag) -> dict[str, Any]:
    """``MinimalFeatureFlag`` of early 2026: adds ``bucketing_identifier`` and the contexts."""
    return {
        **flag_json(flag),
        "bucketing_identifier": flag.bucketing_identifier,
        "evaluation_contexts": list(flag.evaluation_tags),
    }


def feature_flag_json(flag: FeatureFlag, store: Store) -> dict[str, Any]:
    """The full ``FeatureFlag`` serializer, as ``eligible_feature_flags`` lists flags."""
    groups = flag.filters.get("groups") if isinstance(flag.filters, dict) else None
    first = groups[0] if isinstance(groups, list) and groups else None
    return {
        "id": flag.id,
        "name": flag.name,
        "key": flag.key,
        "filters": flag.filters,
        "deleted": flag.deleted,
        "active": flag.active,
        "created_by": _user(store, flag.created_by_id),
        "created_at": format_datetime(flag.created_at),
        "version": flag.version,
        "is_simple_flag": False,
        "rollout_percentage": first.get("rollout_percentage") if isinstance(first, dict) else None,
        "ensure_experience_continuity": flag.ensure_experience_continuity,
        "experiment_set": sorted(
            e.id for e in store.experiments.values() if e.feature_flag_id == flag.id
        ),
        "surveys": [],
        "features": [],
        "rollback_conditions": None,
        "performed_rollback": None,
        "can_edit": True,
        "tags": [],
        "evaluation_tags": list(flag.evaluation_tags),
        "usage_dashboard": None,
        "analytics_dashboards": [],
        "has_enriched_analytics": False,
        "user_access_level": USER_ACCESS_LEVEL,
        "creation_context": flag.creation_context,
        "is_remote_configuration": False,
        "has_encrypted_payloads": flag.has_encrypted_payloads,
        "status": "ACTIVE" if flag.active else "INACTIVE",
        "evaluation_runtime": flag.evaluation_runtime,
        "bucketing_identifier": flag.bucketing_identifier,
        "team_id": flag.team_id,
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


def saved_metric_json(metric: SavedMetric, store: Store) -> dict[str, Any]:
    """``ExperimentSavedMetric``."""
    return {
        "id": metric.id,
        "name": metric.name,
        "description": metric.description,
        "query": metric.query,
        "created_by": _user(store, metric.created_by_id),
        "created_at": format_datetime(metric.created_at),
        "updated_at": format_datetime(metric.updated_at),
        "tags": list(metric.tags),
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


def status_2026(experiment: Experiment, store: Store) -> str:
    """2026's computed status: ``paused`` is running with the flag switched off."""
    if experiment.start_date is None:
        return "draft"
    if experiment.end_date is not None:
        return "stopped"
    flag = store.flags.get(experiment.feature_flag_id)
    return "paused" if flag is not None and flag.active is False else "running"


def _classic(experiment: Experiment, store: Store, flag: dict[str, Any]) -> dict[str, Any]:
    """``Experiment`` in the docs page's field order; ``saved_metrics_ids`` is always null."""
    holdout = store.holdouts.get(experiment.holdout_id) if experiment.holdout_id else None
    return {
        "id": experiment.id,
        "name": experiment.name,
        "description": experiment.description,
        "start_date": format_datetime(experiment.start_date),
        "end_date": format_datetime(experiment.end_date),
        "feature_flag_key": flag["key"],
        "feature_flag": flag,
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


def experiment_2025(experiment: Experiment, store: Store) -> dict[str, Any]:
    """2025's ``Experiment``: the classic shape plus ``user_access_level``."""
    body = _classic(experiment, store, flag_json(store.flags[experiment.feature_flag_id]))
    body["user_access_level"] = USER_ACCESS_LEVEL
    return body


def _parameters_2026(parameters: Any) -> Any:
    """2026 echoes each variant's ``rollout_percentage`` as ``split_percent`` too."""
    if not isinstance(parameters, dict):
        return parameters
    variants = parameters.get("feature_flag_variants")
    if not isinstance(variants, list):
        return parameters
    shown = [
        {**v, "split_percent": v["rollout_percentage"]}
        if isinstance(v, dict) and "rollout_percentage" in v
        else v
        for v in variants
    ]
    return {**parameters, "feature_flag_variants": shown}


def experiment_2026(experiment: Experiment, store: Store) -> dict[str, Any]:
    """2026's ``Experiment``: the classic fields, the 2026 fields and the computed status."""
    classic = _classic(experiment, store, flag_json_2026(store.flags[experiment.feature_flag_id]))
    classic["parameters"] = _parameters_2026(experiment.parameters)
    body: dict[str, Any] = {}
    for key, value in classic.items():
        body[key] = value
        if key == "stats_config":
            body["scheduling_config"] = experiment.scheduling_config
            body["exposure_preaggregation_enabled"] = experiment.exposure_preaggregation_enabled
            body["running_time_calculation"] = experiment.running_time_calculation
    body["only_count_matured_users"] = experiment.only_count_matured_users
    body["status"] = status_2026(experiment, store)
    body["user_access_level"] = USER_ACCESS_LEVEL
    return body


def experiment_basic(full: dict[str, Any]) -> dict[str, Any]:
    """The newest list item (``ExperimentBasic``) cut from a full rendering."""
    return {key: value for key, value in full.items() if key not in BASIC_OMITTED}


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
