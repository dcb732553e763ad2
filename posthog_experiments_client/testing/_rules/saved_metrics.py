"""Saved metrics: validation, create, update and delete, the list, and the links they lose.

A saved metric's ``query`` is an ``ExperimentMetric`` (2025 also took the legacy kinds);
the version's ``check_saved_metric_query`` judges it. 2026 gives ``query.uuid`` a value
when it is absent and keeps it afterwards: an update whose query has no uuid keeps the
stored one, and another uuid is refused; 2025 stores the query as sent. Experiments link saved metrics with ``saved_metrics_ids`` (see
:mod:`.experiments`); deleting a saved metric deletes those links.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._errors import validation_error
from .._state.models import SavedMetric
from .._state.store import Store
from . import fields as f
from .resources import BodyField, validate_body

if TYPE_CHECKING:
    from .versions import PostHogVersion

__all__ = [
    "create_saved_metric",
    "delete_saved_metric",
    "list_saved_metrics",
    "update_saved_metric",
]

_NAME_MAX = 400
_DESCRIPTION_MAX = 400


def _fields(version: PostHogVersion) -> tuple[BodyField, ...]:
    return (
        BodyField("name", lambda v: f.char(v, "name", max_length=_NAME_MAX), required=True),
        BodyField(
            "description",
            lambda v: f.char(
                v, "description", allow_null=True, allow_blank=True, max_length=_DESCRIPTION_MAX
            ),
        ),
        BodyField("query", version.check_saved_metric_query, required=True),
        BodyField("tags", lambda v: f.list_json(v, "tags")),
    )


def _check_name_free(store: Store, team_id: int, name: str, own_id: int | None) -> None:
    taken = any(
        m.team_id == team_id and m.id != own_id and m.name.lower() == name.lower()
        for m in store.saved_metrics.values()
    )
    if taken:
        raise validation_error("A shared metric with this name already exists.", "name")


def _with_uuid(store: Store, query: Any, stored: Any = None) -> Any:
    """The query with a uuid: the one sent, else the stored one, else a new one."""
    if not isinstance(query, dict):
        return query
    if isinstance(query.get("uuid"), str) and query["uuid"]:
        return query
    old = stored.get("uuid") if isinstance(stored, dict) else None
    return {**query, "uuid": old if isinstance(old, str) and old else store.ids.uuid4()}


def create_saved_metric(
    store: Store, version: PostHogVersion, team_id: int, user_id: int | None, data: Any
) -> SavedMetric:
    """``POST``: validate, check the name is free and give the query a uuid (2026), store."""
    values = validate_body(data, _fields(version), partial=False)
    if version.saved_metric_names_unique:
        _check_name_free(store, team_id, values["name"], None)
    metric = store.add_saved_metric(
        team_id=team_id,
        name=values["name"],
        query=_with_uuid(store, values["query"]) if version.saved_metric_uuids else values["query"],
        description=values.get("description"),
        created_by_id=user_id,
    )
    metric.tags = values.get("tags") or []
    return metric


def update_saved_metric(
    store: Store, version: PostHogVersion, metric: SavedMetric, data: Any, *, partial: bool
) -> SavedMetric:
    """``PATCH``/``PUT``: in 2026 the uuid stays the stored one (another one is refused)."""
    values = validate_body(data, _fields(version), partial=partial)
    if "name" in values and version.saved_metric_names_unique:
        _check_name_free(store, metric.team_id, values["name"], metric.id)
    if "query" in values and version.saved_metric_uuids:
        query = values["query"]
        old = metric.query.get("uuid") if isinstance(metric.query, dict) else None
        new = query.get("uuid") if isinstance(query, dict) else None
        if new and old and new != old:
            raise validation_error("Saved metric UUID cannot be changed", "query")
        values["query"] = _with_uuid(store, query, metric.query)
    if "tags" in values:
        values["tags"] = values["tags"] or []
    for attr, value in values.items():
        setattr(metric, attr, value)
    metric.updated_at = store.clock()
    return metric


def delete_saved_metric(store: Store, metric: SavedMetric) -> None:
    """``DELETE``: the links to experiments go with it (``on_delete=CASCADE``).

    The experiments' ordering arrays keep the metric's uuid, as a cascade leaves them.
    """
    for experiment in store.experiments.values():
        gone = [
            link_id
            for link_id in experiment.saved_metric_link_ids
            if store.saved_metric_links[link_id].saved_metric_id == metric.id
        ]
        if gone:
            experiment.saved_metric_link_ids = [
                i for i in experiment.saved_metric_link_ids if i not in gone
            ]
            for link_id in gone:
                del store.saved_metric_links[link_id]
    del store.saved_metrics[metric.id]


def list_saved_metrics(store: Store, team_id: int, params: Mapping[str, str]) -> list[SavedMetric]:
    """The project's saved metrics by ``lower(name)``; ``search`` matches the name."""
    search = (params.get("search") or "").lower()
    rows = [
        m
        for m in store.saved_metrics.values()
        if m.team_id == team_id and (not search or search in m.name.lower())
    ]
    return sorted(rows, key=lambda m: (m.name.lower(), m.id))
