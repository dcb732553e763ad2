"""The actions of the holdout and saved-metric viewsets, and the scope each one needs."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .._rules import holdouts, saved_metrics
from .._rules.render import holdout_json, saved_metric_json
from .._rules.resources import find_row
from .._rules.versions import PostHogVersion
from .._state.store import Store
from .views import SCOPES, Call, paged

__all__ = ["RESOURCE_ACTIONS", "scope_for"]


def scope_for(resource: str, action: str | None, safe: bool, version: PostHogVersion) -> str:
    """The scope a request needs: experiments' per action, the resources' per verb."""
    if resource == "experiment" and action is not None:
        return SCOPES[action]
    scope_object = version.saved_metric_scope if resource == "saved_metric" else "experiment"
    return f"{scope_object}:{'read' if safe else 'write'}"


@dataclass(frozen=True, slots=True)
class _Viewset:
    """One ``ModelViewSet``: its table, serializer and the rules behind each verb."""

    rows: Callable[[Store], Mapping[int, Any]]
    render: Callable[[Any, Store], dict[str, Any]]
    listing: Callable[[Call], list[Any]]
    create: Callable[[Call], Any]
    update: Callable[[Call, Any, bool], Any]
    destroy: Callable[[Call, Any], None]


def _actions(prefix: str, viewset: _Viewset) -> dict[str, Callable[[Call], tuple[int, Any]]]:
    """The six routed actions of a viewset, named ``{prefix}_{verb}``."""

    def find(call: Call) -> Any:
        return find_row(viewset.rows(call.store), call.project.id, call.pk)

    def show(call: Call, row: Any, status: int = 200) -> tuple[int, Any]:
        return status, viewset.render(row, call.store)

    def listing(call: Call) -> tuple[int, Any]:
        return paged(call, viewset.listing(call), lambda row: viewset.render(row, call.store))

    def update(call: Call, partial: bool) -> tuple[int, Any]:
        row = find(call)
        viewset.update(call, row, partial)
        return show(call, row)

    def destroy(call: Call) -> tuple[int, Any]:
        viewset.destroy(call, find(call))
        return 204, None

    return {
        f"{prefix}_list": listing,
        f"{prefix}_create": lambda call: show(call, viewset.create(call), 201),
        f"{prefix}_retrieve": lambda call: show(call, find(call)),
        f"{prefix}_update": lambda call: update(call, False),
        f"{prefix}_partial_update": lambda call: update(call, True),
        f"{prefix}_destroy": destroy,
    }


_HOLDOUTS = _Viewset(
    rows=lambda store: store.holdouts,
    render=holdout_json,
    listing=lambda call: holdouts.list_holdouts(call.store, call.project.id),
    create=lambda call: holdouts.create_holdout(
        call.store, call.project.id, call.user.id, call.body()
    ),
    update=lambda call, row, partial: holdouts.update_holdout(
        call.store, call.settings.version, row, call.body(), partial=partial
    ),
    destroy=lambda call, row: holdouts.delete_holdout(call.store, call.settings.version, row),
)
_SAVED_METRICS = _Viewset(
    rows=lambda store: store.saved_metrics,
    render=saved_metric_json,
    listing=lambda call: saved_metrics.list_saved_metrics(call.store, call.project.id, call.params),
    create=lambda call: saved_metrics.create_saved_metric(
        call.store, call.settings.version, call.project.id, call.user.id, call.body()
    ),
    update=lambda call, row, partial: saved_metrics.update_saved_metric(
        call.store, call.settings.version, row, call.body(), partial=partial
    ),
    destroy=lambda call, row: saved_metrics.delete_saved_metric(call.store, row),
)

RESOURCE_ACTIONS: Mapping[str, Callable[[Call], tuple[int, Any]]] = {
    **_actions("holdout", _HOLDOUTS),
    **_actions("saved_metric", _SAVED_METRICS),
}
