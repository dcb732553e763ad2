"""The actions of the holdout and saved-metric viewsets, and the scope each one needs."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from .._rules import holdouts, saved_metrics
from .._rules.render import holdout_json, saved_metric_json
from .._rules.resources import find_row
from .._rules.versions import PostHogVersion
from .views import PAGE_SIZE, SCOPES, Call
from .wire import page_links, positive_int

__all__ = ["RESOURCE_ACTIONS", "scope_for"]


def scope_for(resource: str, action: str | None, safe: bool, version: PostHogVersion) -> str:
    """The scope a request needs: experiments' per action, the resources' per verb."""
    if resource == "experiment" and action is not None:
        return SCOPES[action]
    scope_object = version.saved_metric_scope if resource == "saved_metric" else "experiment"
    return f"{scope_object}:{'read' if safe else 'write'}"


def _page(call: Call, rows: list[Any], render: Callable[[Any], Any]) -> tuple[int, Any]:
    limit = positive_int(call.params.get("limit"), strict=True, default=PAGE_SIZE)
    offset = positive_int(call.params.get("offset"), strict=False, default=0)
    next_link, previous_link = page_links(call.absolute_url, len(rows), limit, offset)
    items = [render(row) for row in rows[offset : offset + limit]]
    return 200, {"count": len(rows), "next": next_link, "previous": previous_link, "results": items}


# ------------------------------------------------------------------ holdouts


def _holdout(call: Call) -> Any:
    return find_row(call.store.holdouts, call.project.id, call.pk)


def _holdout_list(call: Call) -> tuple[int, Any]:
    rows = holdouts.list_holdouts(call.store, call.project.id)
    return _page(call, rows, lambda row: holdout_json(row, call.store))


def _holdout_create(call: Call) -> tuple[int, Any]:
    row = holdouts.create_holdout(call.store, call.project.id, call.user.id, call.body())
    return 201, holdout_json(row, call.store)


def _holdout_update(call: Call, *, partial: bool) -> tuple[int, Any]:
    row = _holdout(call)
    version = call.settings.version
    holdouts.update_holdout(call.store, version, row, call.body(), partial=partial)
    return 200, holdout_json(row, call.store)


def _holdout_destroy(call: Call) -> tuple[int, Any]:
    holdouts.delete_holdout(call.store, call.settings.version, _holdout(call))
    return 204, None


# ------------------------------------------------------------------ saved metrics


def _saved_metric(call: Call) -> Any:
    return find_row(call.store.saved_metrics, call.project.id, call.pk)


def _saved_metric_list(call: Call) -> tuple[int, Any]:
    rows = saved_metrics.list_saved_metrics(call.store, call.project.id, call.params)
    return _page(call, rows, lambda row: saved_metric_json(row, call.store))


def _saved_metric_create(call: Call) -> tuple[int, Any]:
    row = saved_metrics.create_saved_metric(
        call.store, call.settings.version, call.project.id, call.user.id, call.body()
    )
    return 201, saved_metric_json(row, call.store)


def _saved_metric_update(call: Call, *, partial: bool) -> tuple[int, Any]:
    row = _saved_metric(call)
    version = call.settings.version
    saved_metrics.update_saved_metric(call.store, version, row, call.body(), partial=partial)
    return 200, saved_metric_json(row, call.store)


def _saved_metric_destroy(call: Call) -> tuple[int, Any]:
    saved_metrics.delete_saved_metric(call.store, _saved_metric(call))
    return 204, None


RESOURCE_ACTIONS: Mapping[str, Callable[[Call], tuple[int, Any]]] = {
    "holdout_list": _holdout_list,
    "holdout_create": _holdout_create,
    "holdout_retrieve": lambda call: (200, holdout_json(_holdout(call), call.store)),
    "holdout_update": lambda call: _holdout_update(call, partial=False),
    "holdout_partial_update": lambda call: _holdout_update(call, partial=True),
    "holdout_destroy": _holdout_destroy,
    "saved_metric_list": _saved_metric_list,
    "saved_metric_create": _saved_metric_create,
    "saved_metric_retrieve": lambda call: (200, saved_metric_json(_saved_metric(call), call.store)),
    "saved_metric_update": lambda call: _saved_metric_update(call, partial=False),
    "saved_metric_partial_update": lambda call: _saved_metric_update(call, partial=True),
    "saved_metric_destroy": _saved_metric_destroy,
}
