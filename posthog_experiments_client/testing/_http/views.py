"""The viewset's actions: turn a routed, authorised call into status and JSON."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .._errors import BareError
from .._rules import lifecycle
from .._rules.cohorts import create_exposure_cohort
from .._rules.eligible_flags import eligible_feature_flags
from .._rules.experiments import ExperimentRules
from .._rules.flag_implementation import requires_flag_implementation
from .._rules.queries import find_experiment, list_experiments
from .._rules.render import cohort_json, experiment_basic
from .._rules.stats import experiment_stats
from .._rules.timeseries import recalculate_timeseries, timeseries_results
from .._rules.versions import PostHogVersion
from .._state.models import Experiment, Project, User
from .._state.store import Store
from .query_views import QUERY_ACTIONS, QUERY_SCOPES
from .wire import page_links, positive_int

__all__ = ["ACTIONS", "SCOPES", "Call", "Settings", "paged"]

PAGE_SIZE = 100

_READ = "experiment:read"
_WRITE = "experiment:write"
SCOPES = {
    "list": _READ,
    "retrieve": _READ,
    "requires_flag_implementation": _READ,
    "stats": _READ,
    "timeseries_results": _READ,
    "eligible_feature_flags": "feature_flag:read",
    "create": _WRITE,
    "update": _WRITE,
    "partial_update": _WRITE,
    "destroy": _WRITE,
    "duplicate": _WRITE,
    "create_exposure_cohort_for_experiment": _WRITE,
    "recalculate_timeseries": _WRITE,
    "launch": _WRITE,
    "end": _WRITE,
    "pause": _WRITE,
    "resume": _WRITE,
    "reset": _WRITE,
    "archive": _WRITE,
    "unarchive": _WRITE,
    "ship_variant": _WRITE,
    "copy_to_project": _WRITE,
    **QUERY_SCOPES,
}


@dataclass(slots=True)
class Settings:
    """Per-fake switches that a real PostHog project configures elsewhere.

    Attributes:
        version: The PostHog version served.
        lean_list_items: List items in the newest ``ExperimentBasic`` shape.
        ship_variant_requires_approval: An approval policy guards the flag, so
            ``ship_variant`` answers 409 with a ``change_request_id``.
    """

    version: PostHogVersion
    lean_list_items: bool = False
    ship_variant_requires_approval: bool = False


@dataclass(frozen=True, slots=True)
class Call:
    """Everything an action needs about one authorised request."""

    store: Store
    rules: ExperimentRules
    settings: Settings
    project: Project
    user: User
    pk: str | None
    params: Mapping[str, str]
    body: Callable[[], Any]
    absolute_url: str
    now: datetime

    def render(self, experiment: Experiment) -> dict[str, Any]:
        """The experiment as this version's serializer renders it."""
        return self.settings.version.render_experiment(experiment, self.store)

    def experiment(self, *, include_deleted: bool = False) -> Experiment:
        """The detail lookup for this call's ``{id}``."""
        return find_experiment(
            self.store,
            self.settings.version,
            self.project.id,
            self.pk,
            self.params,
            include_deleted=include_deleted,
        )

    def body_object(self) -> Mapping[str, Any]:
        """The body when it is an object, else an empty one (actions ignore the rest)."""
        body = self.body()
        return body if isinstance(body, Mapping) else {}


def paged(call: Call, rows: list[Any], render: Callable[[Any], Any]) -> tuple[int, Any]:
    """One page of a list action (experiments, holdouts, saved metrics): DRF's limit/offset
    pagination, with its ``next`` and ``previous`` links."""
    limit = positive_int(call.params.get("limit"), strict=True, default=PAGE_SIZE)
    offset = positive_int(call.params.get("offset"), strict=False, default=0)
    next_link, previous_link = page_links(call.absolute_url, len(rows), limit, offset)
    items = [render(row) for row in rows[offset : offset + limit]]
    return 200, {"count": len(rows), "next": next_link, "previous": previous_link, "results": items}


def _list(call: Call) -> tuple[int, Any]:
    rows = list_experiments(
        call.store, call.settings.version, call.project.id, call.params, call.now
    )

    def render(experiment: Experiment) -> Any:
        item = call.render(experiment)
        return experiment_basic(item) if call.settings.lean_list_items else item

    return paged(call, rows, render)


def _create(call: Call) -> tuple[int, Any]:
    return 201, call.render(call.rules.create(call.project.id, call.user.id, call.body()))


def _retrieve(call: Call) -> tuple[int, Any]:
    return 200, call.render(call.experiment())


def _str_to_bool(value: Any) -> bool:
    return str(value).lower() in ("y", "yes", "t", "true", "on", "1")


def _update(call: Call, partial: bool) -> tuple[int, Any]:
    body = call.body()
    deleted = body.get("deleted") if isinstance(body, Mapping) else None
    # Deleted rows are visible only to an update that restores them.
    restoring = deleted is not None and not _str_to_bool(deleted)
    experiment = call.experiment(include_deleted=restoring)
    if restoring:
        call.rules.check_restore(experiment)
    call.rules.update(experiment, body, partial=partial)
    return 200, call.render(experiment)


def _destroy(call: Call) -> tuple[int, Any]:
    # ForbidDestroyModel: never looks the object up, answers 405 with no body.
    raise BareError(405)


def _duplicate(call: Call) -> tuple[int, Any]:
    copy = call.rules.duplicate(call.experiment(), call.user.id, call.body())
    return 201, call.render(copy)


def _exposure_cohort(call: Call) -> tuple[int, Any]:
    cohort = create_exposure_cohort(call.store, call.experiment(), call.user.id)
    return 201, {"cohort": cohort_json(cohort, call.store)}


def _requires_flag_implementation(call: Call) -> tuple[int, Any]:
    result = requires_flag_implementation(call.store, call.project.id, call.params, call.now)
    return 200, {"result": result}


def _eligible_feature_flags(call: Call) -> tuple[int, Any]:
    return 200, eligible_feature_flags(call.store, call.project.id, call.params)


def _stats(call: Call) -> tuple[int, Any]:
    return 200, experiment_stats(call.store, call.project.id, call.now)


def _timeseries_results(call: Call) -> tuple[int, Any]:
    return 200, timeseries_results(call.store, call.experiment(), call.params)


def _recalculate_timeseries(call: Call) -> tuple[int, Any]:
    return recalculate_timeseries(call.store, call.experiment(), call.body())


def _launch(call: Call) -> tuple[int, Any]:
    return 200, call.render(lifecycle.launch(call.store, call.settings.version, call.experiment()))


def _end(call: Call) -> tuple[int, Any]:
    return 200, call.render(lifecycle.end(call.experiment(), call.store, call.body_object()))


def _simple(step: Callable[[Experiment, Store], Experiment]) -> Callable[[Call], tuple[int, Any]]:
    def action(call: Call) -> tuple[int, Any]:
        return 200, call.render(step(call.experiment(), call.store))

    return action


def _ship_variant(call: Call) -> tuple[int, Any]:
    experiment = lifecycle.ship_variant(
        call.experiment(),
        call.store,
        call.body_object(),
        approval_required=call.settings.ship_variant_requires_approval,
    )
    return 200, call.render(experiment)


def _copy_to_project(call: Call) -> tuple[int, Any]:
    source = call.experiment()
    body = call.body_object()
    raw_target = body.get("target_team_id")
    if raw_target is None:
        raise BareError(400, {"detail": "target_team_id is required."})
    try:
        target_id = int(raw_target)
    except (TypeError, ValueError):
        raise BareError(400, {"detail": "target_team_id must be an integer."}) from None
    target = call.store.projects.get(target_id)
    if target is None:
        raise BareError(404, {"detail": "Target team not found."})
    if target.id not in call.user.project_ids:
        raise BareError(403, {"detail": "You do not have write access to the target project."})
    copy = call.rules.copy_to_project(source, target.id, call.user.id, body)
    return 201, call.render(copy)


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
    "eligible_feature_flags": _eligible_feature_flags,
    "stats": _stats,
    "timeseries_results": _timeseries_results,
    "recalculate_timeseries": _recalculate_timeseries,
    "launch": _launch,
    "end": _end,
    "pause": _simple(lifecycle.pause),
    "resume": _simple(lifecycle.resume),
    "reset": _simple(lifecycle.reset),
    "archive": _simple(lifecycle.archive),
    "unarchive": _simple(lifecycle.unarchive),
    "ship_variant": _ship_variant,
    "copy_to_project": _copy_to_project,
    **QUERY_ACTIONS,
}
