"""Cohorts: the exposure cohort a launched experiment can create, once."""

from __future__ import annotations

import json
from typing import Any

from .._errors import validation_error
from .._state.models import Cohort, Experiment
from .._state.store import Store

__all__ = ["create_exposure_cohort"]

_FLAG_PROPERTY_TYPES = ("event", "feature", "element", "hogql")


def create_exposure_cohort(store: Store, experiment: Experiment, user_id: int | None) -> Cohort:
    """``POST /{id}/create_exposure_cohort_for_experiment/`` (errors in PostHog's order)."""
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
            if prop_type == "hogql":  # a HogQL expression has no value
                flat.append({"key": node["key"], "type": prop_type})
            elif prop_type in _FLAG_PROPERTY_TYPES:
                prop = {"key": node["key"], "value": node.get("value"), "type": prop_type}
                if node.get("operator") is not None:
                    prop["operator"] = node["operator"]
                flat.append(prop)

    walk(properties)
    return flat
