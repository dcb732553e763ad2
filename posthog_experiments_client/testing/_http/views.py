"""The viewset's actions: turn a routed, authorised call into status and JSON."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .._errors import BareError
from .._rules.experiments import ExperimentRules
from .._rules.flag_implementation import requires_flag_implementation
from .._rules.queries import find_experiment, list_experiments
from .._rules.render import cohort_json, experiment_json
from .._state.models import Project, User
from .._state.store import Store
from .wire import page_links, positive_int

__all__ = ["ACTIONS", "SCOPES", "Call"]

PAGE_SIZE = 100

SCOPES = {
    "list": "experiment:read",
    "retrieve": "experiment:read",
    "requires_flag_implementation": "experiment:read",
    "create": "experiment:write",
    "update": "experiment:write",
    "partial_update": "experiment:write",
    "destroy": "experiment:write",
    "duplicate": "experiment:write",
    "create_exposure_cohort_for_experiment": "experiment:write",
}


@dataclass(frozen=True, slots=True)
class Call:
    """Everything an action needs about one authorised request."""

    store: Store
    rules: ExperimentRules
    project: Project
    user: User
    pk: str | None
    params: Mapping[str, str]
    body: Callable[[], Any]
    absolute_url: str
    now: datetime


def _list(call: Call) -> tuple[int, Any]:
    rows = list_experiments(call.store, call.project.id, call.params, call.now)
    limit = positive_int(call.params.get("limit"), strict=True, default=PAGE_SIZE)
    offset = positive_int(call.params.get("offset"), strict=False, default=0)
    next_link, previous_link = page_links(call.absolute_url, len(rows), limit, offset)
    page = rows[offset : offset + limit]
    return 200, {
        "count": len(rows),
        "next": next_link,
        "previous": previous_link,
        "results": [experiment_json(e, call.store) for e in page],
    }


def _create(call: Call) -> tuple[int, Any]:
    experiment = call.rules.create(call.project.id, call.user.id, call.body())
    return 201, experiment_json(experiment, call.store)


def _retrieve(call: Call) -> tuple[int, Any]:
    assert call.pk is not None
    experiment = find_experiment(call.store, call.project.id, call.pk, call.params)
    return 200, experiment_json(experiment, call.store)


def _str_to_bool(value: Any) -> bool:
    return str(value).lower() in ("y", "yes", "t", "true", "on", "1")


def _update(call: Call, partial: bool) -> tuple[int, Any]:
    assert call.pk is not None
    body = call.body()
    deleted = body.get("deleted") if isinstance(body, Mapping) else None
    # Deleted rows are visible only to an update that restores them.
    include_deleted = deleted is not None and not _str_to_bool(deleted)
    experiment = find_experiment(
        call.store, call.project.id, call.pk, call.params, include_deleted=include_deleted
    )
    call.rules.update(experiment, body, partial=partial)
    return 200, experiment_json(experiment, call.store)


def _destroy(call: Call) -> tuple[int, Any]:
    # ForbidDestroyModel: never looks the object up, answers 405 with no body.
    raise BareError(405)


def _duplicate(call: Call) -> tuple[int, Any]:
    assert call.pk is not None
    source = find_experiment(call.store, call.project.id, call.pk, call.params)
    copy = call.rules.duplicate(source, call.user.id, call.body())
    return 201, experiment_json(copy, call.store)


def _exposure_cohort(call: Call) -> tuple[int, Any]:
    assert call.pk is not None
    experiment = find_experiment(call.store, call.project.id, call.pk, call.params)
    cohort = call.rules.create_exposure_cohort(experiment, call.user.id)
    return 201, {"cohort": cohort_json(cohort, call.store)}


def _requires_flag_implementation(call: Call) -> tuple[int, Any]:
    result = requires_flag_implementation(call.store, call.project.id, call.params, call.now)
    return 200, {"result": result}


ACTIONS: dict[str, Callable[[Call], tuple[int, Any]]] = {
    "list": _list,
    "create": _create,
    "retrieve": _retrieve,
    "update": lambda call: _update(call, partial=False),
    "partial_update": lambda call: _update(call, partial=True),
    "destroy": _destroy,
    "duplicate": _duplicate,
    "create_exposure_cohort_for_experiment": _exposure_cohort,
    "requires_flag_implementation": _requires_flag_implementation,
}
