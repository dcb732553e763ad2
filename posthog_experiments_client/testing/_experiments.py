"""The experiment rules: create, update, duplicate and exposure cohort, as PostHog applies them.

Everything here works on the store and raises :class:`~._errors.ApiError`; nothing here
knows about HTTP. Each operation validates fully before it changes any row, so a
rejected request leaves the state as it was.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Mapping
from typing import Any

from ._errors import validation_error
from ._models import Cohort, Experiment, FeatureFlag, Holdout, SavedMetricLink
from ._state import Store
from ._validation import validate_experiment_body

__all__ = ["DEFAULT_VARIANTS", "ExperimentRules"]

DEFAULT_VARIANTS: list[dict[str, Any]] = [
    {"key": "control", "name": "Control Group", "rollout_percentage": 50},
    {"key": "test", "name": "Test Variant", "rollout_percentage": 50},
]

# 2025's update whitelist plus saved_metrics_ids (which 2025 pops before the check).
UPDATABLE_KEYS = frozenset(
    {
        "name",
        "description",
        "start_date",
        "end_date",
        "filters",
        "parameters",
        "archived",
        "deleted",
        "secondary_metrics",
        "holdout",
        "exposure_criteria",
        "metrics",
        "metrics_secondary",
        "stats_config",
        "conclusion",
        "conclusion_comment",
        "primary_metrics_ordered_uuids",
        "secondary_metrics_ordered_uuids",
    }
)

_FLAG_KEY_RE = re.compile(r"^[a-zA-Z0-9_-]+$")
_FLAG_PROPERTY_TYPES = ("event", "feature", "element", "hogql")


class ExperimentRules:
    """PostHog's experiment business rules over a :class:`~._state.Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # ------------------------------------------------------------------ create

    def validate(self, team_id: int, data: Any, *, partial: bool) -> dict[str, Any]:
        """Run the serializer's field and object validation for ``team_id``."""
        store = self.store
        return validate_experiment_body(
            data,
            partial=partial,
            holdout_exists=lambda pk: store.holdout_in_team(team_id, pk),
            saved_metrics_found=lambda ids: store.saved_metrics_in_team(team_id, ids),
        )

    def create(self, team_id: int, user_id: int | None, data: Any) -> Experiment:
        """``POST /experiments/``: validate, link or create the flag, store the experiment."""
        return self.create_validated(team_id, user_id, self.validate(team_id, data, partial=False))

    def create_validated(
        self, team_id: int, user_id: int | None, validated: dict[str, Any]
    ) -> Experiment:
        """Create from already validated values (the serializer's ``create``)."""
        store = self.store
        values = dict(validated)
        key: str = values.pop("get_feature_flag_key")
        values.pop("_create_in_folder", None)
        saved_metrics = values.pop("saved_metrics_ids", None) or []
        parameters = values.get("parameters")
        holdout = store.holdouts.get(values["holdout"]) if values.get("holdout") else None
        is_draft = values.get("start_date") is None

        flag = store.live_flag(team_id, key)
        new_flag_filters: dict[str, Any] | None = None
        if flag is not None:
            _check_existing_flag_eligible(flag)
        else:
            _check_new_flag_key(key)
            new_flag_filters = _new_flag_filters(parameters, holdout)
            _check_variant_sum(new_flag_filters["multivariate"]["variants"])

        # Nothing can fail below this line, so no half-made rows are left behind.
        if flag is None:
            assert new_flag_filters is not None
            continuity = parameters.get("ensure_experience_continuity") if parameters else None
            flag = store.add_flag(
                team_id=team_id,
                key=key,
                name=f"Feature Flag for Experiment {values['name']}",
                filters=new_flag_filters,
                active=not is_draft,
                ensure_experience_continuity=continuity if isinstance(continuity, bool) else False,
                created_by_id=user_id,
            )
        now = store.clock()
        experiment = Experiment(
            id=store.ids.next_id("experiment"),
            team_id=team_id,
            name=values["name"],
            feature_flag_id=flag.id,
            created_by_id=user_id,
            created_at=now,
            updated_at=now,
            stats_config=_with_default_stats_method(values.pop("stats_config", None)),
        )
        if "holdout" in values:
            experiment.holdout_id = values.pop("holdout")
        for attr, value in values.items():
            setattr(experiment, attr, value)
        store.add_experiment(experiment)
        self._link_saved_metrics(experiment, saved_metrics)
        self._prepare_metrics(experiment)
        return experiment

    # ------------------------------------------------------------------ update

    def update(self, experiment: Experiment, data: Any, *, partial: bool) -> Experiment:
        """``PATCH``/``PUT``: whitelist, launched-experiment guards, flag sync on drafts."""
        store = self.store
        values = self.validate(experiment.team_id, data, partial=partial)
        flag = store.flags[experiment.feature_flag_id]
        replace_saved_metrics = "saved_metrics_ids" in values
        saved_metrics = values.pop("saved_metrics_ids", None) or []

        extra = set(values) - UPDATABLE_KEYS
        if values.get("get_feature_flag_key") == flag.key:
            extra.discard("get_feature_flag_key")
        if extra:
            raise validation_error(f"Can't update keys: {', '.join(sorted(extra))} on Experiment")
        values.pop("get_feature_flag_key", None)

        parameters = values.get("parameters")
        if not experiment.is_draft:
            if isinstance(parameters, dict) and parameters.get("feature_flag_variants") is not None:
                _check_variants_unchanged(parameters["feature_flag_variants"], flag.variants())
            if "holdout" in values and values["holdout"] != experiment.holdout_id:
                raise validation_error("Can't update holdout on running Experiment")

        filters = values.get("filters")
        if isinstance(filters, dict) and filters.get("properties"):
            raise validation_error("Experiments do not support global filter properties")

        new_flag_filters: dict[str, Any] | None = None
        if experiment.is_draft:
            holdout_id = values.get("holdout", experiment.holdout_id)
            holdout = store.holdouts.get(holdout_id) if holdout_id else None
            if parameters:
                new_flag_filters = _synced_flag_filters(flag, parameters, holdout)
                _check_variant_sum(new_flag_filters["multivariate"]["variants"])
            elif "holdout" in values:
                new_flag_filters = {**flag.filters, "holdout": _holdout_filter(holdout)}

        # Validation is over: apply the changes.
        if new_flag_filters is not None and new_flag_filters != flag.filters:
            flag.filters = new_flag_filters
            flag.version = (flag.version or 0) + 1
        if experiment.is_draft and values.get("start_date") is not None:
            flag.active = True
        if "holdout" in values:
            experiment.holdout_id = values.pop("holdout")
        for attr, value in values.items():
            setattr(experiment, attr, value)
        if replace_saved_metrics:
            for link_id in experiment.saved_metric_link_ids:
                store.saved_metric_links.pop(link_id, None)
            experiment.saved_metric_link_ids = []
            self._link_saved_metrics(experiment, saved_metrics)
        self._prepare_metrics(experiment)
        experiment.updated_at = store.clock()
        return experiment

    # ------------------------------------------------------------------ duplicate

    def duplicate(self, source: Experiment, user_id: int | None, body: Any) -> Experiment:
        """``POST /{id}/duplicate/``: a draft copy through the normal create path."""
        store = self.store
        options = body if isinstance(body, Mapping) else {}
        flag_key = options.get("feature_flag_key")
        if flag_key is None:
            flag_key = store.flags[source.feature_flag_id].key
        name = options.get("name")
        if name is None:
            name = self._copy_name(source)
        links = [store.saved_metric_links[i] for i in source.saved_metric_link_ids]
        payload = copy.deepcopy(
            {
                "name": name,
                "description": source.description,
                "type": source.type,
                "parameters": source.parameters,
                "filters": source.filters,
                "metrics": source.metrics,
                "metrics_secondary": source.metrics_secondary,
                "stats_config": source.stats_config,
                "exposure_criteria": source.exposure_criteria,
                "saved_metrics_ids": [
                    {"id": link.saved_metric_id, "metadata": link.metadata} for link in links
                ],
                "feature_flag_key": flag_key,
                "primary_metrics_ordered_uuids": source.primary_metrics_ordered_uuids,
                "secondary_metrics_ordered_uuids": source.secondary_metrics_ordered_uuids,
            }
        )
        return self.create(source.team_id, user_id, payload)

    def _copy_name(self, source: Experiment) -> str:
        taken = {e.name for e in self.store.team_experiments[source.team_id] if e.deleted is False}
        base = f"{source.name} (Copy)"
        candidate, counter = base, 1
        while candidate in taken:
            candidate = f"{base} {counter}"
            counter += 1
        return candidate

    # ------------------------------------------------------------------ exposure cohort

    def create_exposure_cohort(self, experiment: Experiment, user_id: int | None) -> Cohort:
        """``POST /{id}/create_exposure_cohort_for_experiment/`` (errors in PostHog's order)."""
        store = self.store
        flag = store.flags.get(experiment.feature_flag_id)
        if flag is None:
            raise validation_error("Experiment does not have a feature flag")
        if experiment.start_date is None:
            raise validation_error("Experiment does not have a start date")
        if experiment.exposure_cohort_id is not None:
            raise validation_error("Experiment already has an exposure cohort")

        target: int | str = "$feature_flag_called"
        target_type = "events"
        target_filters: list[dict[str, Any]] = [
            {"key": "$feature_flag", "value": [flag.key], "operator": "exact", "type": "event"}
        ]
        entity = _custom_exposure_entity(experiment.parameters)
        if entity is not None and entity.get("id"):
            target_type = entity["type"]
            if target_type == "actions":
                try:
                    target = int(entity["id"])
                except (TypeError, ValueError):
                    raise validation_error("Invalid action ID") from None
            else:
                target = entity["id"]
            target_filters = _flat_properties(entity.get("properties"))

        behavioral = {
            "type": "behavioral",
            "value": "performed_event",
            "key": target,
            "negation": False,
            "event_type": target_type,
            "event_filters": target_filters,
            "explicit_datetime": experiment.start_date.isoformat(),
        }
        cohort = store.add_cohort(
            Cohort(
                id=store.ids.next_id("cohort"),
                team_id=experiment.team_id,
                name=f'Users exposed to experiment "{experiment.name}"',
                filters={
                    "properties": {
                        "type": "OR",
                        "values": [{"type": "OR", "values": [behavioral]}],
                    }
                },
                created_by_id=user_id,
                created_at=store.clock(),
                experiment_ids=[experiment.id],
            )
        )
        experiment.exposure_cohort_id = cohort.id
        return cohort

    # ------------------------------------------------------------------ metrics

    def _link_saved_metrics(self, experiment: Experiment, items: list[Any]) -> None:
        store = self.store
        for item in items:
            link = SavedMetricLink(
                id=store.ids.next_id("saved_metric_link"),
                experiment_id=experiment.id,
                saved_metric_id=int(item["id"]),
                metadata=item.get("metadata", {"type": "primary"}),
                created_at=store.clock(),
            )
            store.saved_metric_links[link.id] = link
            experiment.saved_metric_link_ids.append(link.id)

    def _prepare_metrics(self, experiment: Experiment) -> None:
        """Give metrics uuids and fingerprints; append new uuids to the ordering arrays."""
        seen: set[str] = set()
        uuids: dict[str, list[str]] = {"primary": [], "secondary": []}
        for attr, kind in (("metrics", "primary"), ("metrics_secondary", "secondary")):
            metrics = getattr(experiment, attr)
            if not isinstance(metrics, list):
                continue
            for metric in metrics:
                if not isinstance(metric, dict):
                    continue
                uuid = metric.get("uuid")
                if not isinstance(uuid, str) or not uuid or uuid in seen:
                    uuid = metric["uuid"] = self.store.ids.uuid4()
                seen.add(uuid)
                metric["fingerprint"] = _fingerprint(metric, experiment)
                uuids[kind].append(uuid)
        for link_id in experiment.saved_metric_link_ids:
            link = self.store.saved_metric_links[link_id]
            query = self.store.saved_metrics[link.saved_metric_id].query
            uuid = query.get("uuid") if isinstance(query, dict) else None
            is_secondary = (
                isinstance(link.metadata, dict) and link.metadata.get("type") == "secondary"
            )
            if isinstance(uuid, str):
                uuids["secondary" if is_secondary else "primary"].append(uuid)
        for kind, new in uuids.items():
            attr = f"{kind}_metrics_ordered_uuids"
            ordered = getattr(experiment, attr)
            if new and ordered is None:
                ordered = []
                setattr(experiment, attr, ordered)
            if isinstance(ordered, list):
                ordered.extend(u for u in new if u not in ordered)


# ---------------------------------------------------------------------- helpers


def _check_existing_flag_eligible(flag: FeatureFlag) -> None:
    variants = flag.variants()
    if len(variants) < 2:
        raise validation_error("Feature flag is not eligible for experiments.")
    first = variants[0]
    if not isinstance(first, dict) or first.get("key") != "control":
        raise validation_error("Feature flag must have control as the first variant.")


def _check_new_flag_key(key: str) -> None:
    """The nested feature-flag serializer's checks on ``key`` (reported with ``attr: key``)."""
    if len(key) > 400:
        raise validation_error(
            "Ensure this field has no more than 400 characters.", "key", "max_length"
        )
    if not _FLAG_KEY_RE.match(key):
        raise validation_error(
            "Only letters, numbers, hyphens (-) & underscores (_) are allowed.",
            "key",
            "invalid_key",
        )


def _check_variant_sum(variants: list[Any]) -> None:
    total: float = 0
    for variant in variants:
        value = variant.get("rollout_percentage") if isinstance(variant, dict) else None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            total = -1
            break
        total += value
    if variants and total != 100:
        raise validation_error(
            "Invalid variant definitions: Variant rollout percentages must sum to 100."
        )


def _check_variants_unchanged(new: Any, current: list[Any]) -> None:
    error = "Can't update feature_flag_variants on Experiment"
    if not isinstance(new, list) or len(new) != len(current):
        raise validation_error(error)
    current_keys = [v.get("key") for v in current if isinstance(v, dict)]
    for variant in new:
        key = variant.get("key") if isinstance(variant, dict) else None
        if current_keys.count(key) != 1:
            raise validation_error(error)


def _holdout_filter(holdout: Holdout | None) -> dict[str, Any] | None:
    """How a holdout enters the flag's filters (2026's ``holdout_filters_for_flag``)."""
    if holdout is None:
        return None
    groups = holdout.filters
    first = groups[0] if isinstance(groups, list) and groups else None
    exclusion = first.get("rollout_percentage") if isinstance(first, dict) else None
    return {"id": holdout.id, "exclusion_percentage": exclusion}


def _rollout(parameters: Mapping[str, Any] | None) -> Any:
    value = parameters.get("rollout_percentage") if parameters else None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 100:
        return value
    return None


def _new_flag_filters(
    parameters: Mapping[str, Any] | None, holdout: Holdout | None
) -> dict[str, Any]:
    params = parameters or {}
    variants = params.get("feature_flag_variants") or DEFAULT_VARIANTS
    rollout = _rollout(params)
    filters: dict[str, Any] = {
        "groups": [{"properties": [], "rollout_percentage": 100 if rollout is None else rollout}],
        "multivariate": {"variants": copy.deepcopy(variants)},
        "aggregation_group_type_index": params.get("aggregation_group_type_index"),
        "holdout": _holdout_filter(holdout),
    }
    if isinstance(params.get("feature_flag_payloads"), dict):
        filters["payloads"] = copy.deepcopy(params["feature_flag_payloads"])
    return filters


def _synced_flag_filters(
    flag: FeatureFlag, parameters: Mapping[str, Any], holdout: Holdout | None
) -> dict[str, Any]:
    """A draft's flag after a ``parameters`` update: groups kept, the rest from parameters."""
    filters = copy.deepcopy(flag.filters)
    variants = parameters.get("feature_flag_variants") or DEFAULT_VARIANTS
    filters["multivariate"] = {"variants": copy.deepcopy(variants)}
    filters["aggregation_group_type_index"] = parameters.get("aggregation_group_type_index")
    filters["holdout"] = _holdout_filter(holdout)
    rollout = _rollout(parameters)
    groups = filters.get("groups")
    if rollout is not None and isinstance(groups, list) and groups and isinstance(groups[0], dict):
        groups[0]["rollout_percentage"] = rollout
    if isinstance(parameters.get("feature_flag_payloads"), dict):
        filters["payloads"] = copy.deepcopy(parameters["feature_flag_payloads"])
    return filters


def _with_default_stats_method(stats_config: Any) -> Any:
    if not stats_config:
        return {"method": "bayesian"}
    if isinstance(stats_config, dict) and not stats_config.get("method"):
        return {**stats_config, "method": "bayesian"}
    return stats_config


def _fingerprint(metric: dict[str, Any], experiment: Experiment) -> str:
    """A SHA-256 over the metric and the settings that change its results."""
    material = {
        "metric": {k: v for k, v in metric.items() if k not in ("uuid", "fingerprint", "name")},
        "start_date": experiment.start_date.isoformat() if experiment.start_date else None,
        "stats_config": experiment.stats_config,
        "exposure_criteria": experiment.exposure_criteria,
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True, default=str).encode()).hexdigest()


def _custom_exposure_entity(parameters: Any) -> dict[str, Any] | None:
    """The first entity of ``parameters.custom_exposure_filter`` (legacy ``Filter`` order)."""
    custom = parameters.get("custom_exposure_filter") if isinstance(parameters, dict) else None
    if not isinstance(custom, dict) or not custom:
        return None
    entities: list[dict[str, Any]] = []
    for list_key, entity_type in (("actions", "actions"), ("events", "events")):
        raw = custom.get(list_key)
        if isinstance(raw, str):
            try:
                raw = json.loads(raw)
            except ValueError:
                raw = None
        if isinstance(raw, list):
            entities.extend({**e, "type": entity_type} for e in raw if isinstance(e, dict))
    entities.sort(key=lambda e: e["order"] if isinstance(e.get("order"), (int, float)) else -1)
    return entities[0] if entities else None


def _flat_properties(properties: Any) -> list[dict[str, Any]]:
    """Flatten a property list or group and keep event/feature/element/hogql filters."""
    flat: list[dict[str, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, list):
            for item in node:
                walk(item)
        elif isinstance(node, dict) and isinstance(node.get("values"), list) and "key" not in node:
            walk(node["values"])
        elif isinstance(node, dict) and "key" in node:
            prop_type = node.get("type") or "event"
            if prop_type in _FLAG_PROPERTY_TYPES:
                prop = {"key": node["key"], "value": node.get("value"), "type": prop_type}
                if node.get("operator") is not None:
                    prop["operator"] = node["operator"]
                flat.append(prop)

    walk(properties)
    return flat
