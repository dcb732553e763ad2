"""The query endpoint's actions, registered beside the experiments viewset's.

``POST /api/{environments,projects}/{project}/query/`` runs a query; ``GET`` and ``DELETE``
on ``.../query/{id}/`` poll and cancel an async one. Every action needs ``query:read``, and
goes through the same authentication, project checks and rate limits as the other routes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .._rules.results import cancel_query, poll_query, run_query

if TYPE_CHECKING:
    from .views import Call

__all__ = ["QUERY_ACTIONS", "QUERY_SCOPES"]

QUERY_SCOPES = {"query": "query:read", "query_status": "query:read", "query_cancel": "query:read"}


def _run(call: Call) -> tuple[int, Any]:
    return run_query(call.store, call.settings.version, call.project.id, call.body(), call.now)


def _poll(call: Call) -> tuple[int, Any]:
    return poll_query(call.store, call.settings.version, call.project.id, call.pk, call.now)


def _cancel(call: Call) -> tuple[int, Any]:
    return cancel_query(call.store, call.project.id, call.pk)


QUERY_ACTIONS: dict[str, Callable[[Call], tuple[int, Any]]] = {
    "query": _run,
    "query_status": _poll,
    "query_cancel": _cancel,
}
