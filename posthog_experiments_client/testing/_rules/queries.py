"""The experiments queryset: project scoping, soft delete, list filters and ordering.

``search`` and ``order`` apply to every action that reads the queryset (so a detail
GET with a non-matching ``search`` is a 404); ``status``, ``archived`` and
``created_by_id`` only filter the list.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from .._errors import not_found, validation_error
from .._state.models import Experiment
from .._state.store import Store

if TYPE_CHECKING:
    from .versions import PostHogVersion

__all__ = [
    "ORDER_FIELDS",
    "StatusFilter",
    "find_experiment",
    "list_experiments",
    "status_filter_2025",
    "status_filter_2026",
]

# (lower-cased ``status`` value) -> a row predicate, or None to leave the rows alone.
StatusFilter = Callable[[str, Store], "Callable[[Experiment], bool] | None"]


def status_filter_2025(status: str, store: Store) -> Callable[[Experiment], bool] | None:
    """2025: ``draft``, ``running``, ``complete`` and ``all``; anything else is ignored."""
    if status == "draft":
        return lambda e: e.start_date is None
    if status == "running":
        return lambda e: e.start_date is not None and e.end_date is None
    if status == "complete":
        return lambda e: e.end_date is not None
    return None


def status_filter_2026(status: str, store: Store) -> Callable[[Experiment], bool] | None:
    """2026: also ``paused`` and ``stopped`` (``complete`` is its alias); the flag decides
    between running and paused."""

    def flag_active(e: Experiment) -> bool:
        flag = store.flags.get(e.feature_flag_id)
        return flag is not None and flag.active is True

    def running(e: Experiment) -> bool:
        return e.start_date is not None and e.end_date is None

    if status == "draft":
        return lambda e: e.start_date is None
    if status == "running":
        return lambda e: running(e) and flag_active(e)
    if status == "paused":
        return lambda e: running(e) and not flag_active(e)
    if status in ("stopped", "complete"):
        return lambda e: e.start_date is not None and e.end_date is not None
    return None


ORDER_FIELDS = frozenset(
    {
        "created_at",
        "created_by",
        "updated_at",
        "name",
        "start_date",
        "end_date",
        "duration",
        "status",
    }
)
_STATUS_RANK = {"draft": 0, "running": 1, "stopped": 2}


_MODEL_FIELDS = frozenset({"id", "name", "created_at", "updated_at", "start_date", "end_date"})


def _order(params: Mapping[str, str], version: PostHogVersion) -> tuple[str, bool] | None:
    """The ``order`` parameter as ``(field, descending)``.

    2026 has an allowlist (400 outside it); 2025 hands the value to ``order_by``, which
    the fake honours for the sortable model fields and otherwise ignores.
    """
    order = params.get("order")
    if not order:
        return None
    field = order[1:] if order.startswith("-") else order
    if version.strict_order:
        if field not in ORDER_FIELDS:
            raise validation_error(f"Invalid order field: '{order}'")
    elif field not in _MODEL_FIELDS:
        return None
    return field, order.startswith("-")


def _matches_search(experiment: Experiment, search: str | None) -> bool:
    # Postgres ``UPPER(name) LIKE UPPER(%search%)``, which is what icontains compiles to.
    return not search or search.upper() in experiment.name.upper()


def find_experiment(
    store: Store,
    version: PostHogVersion,
    team_id: int,
    raw_id: str | None,
    params: Mapping[str, str],
    *,
    include_deleted: bool = False,
) -> Experiment:
    """The detail lookup (``get_object``): 404 ``Not found.`` unless visible here."""
    _order(params, version)
    if raw_id is None:
        raise not_found()
    try:
        experiment_id = int(raw_id)
    except ValueError:
        raise not_found() from None
    experiment = store.experiments.get(experiment_id)
    if (
        experiment is None
        or experiment.team_id != team_id
        or (experiment.deleted is True and not include_deleted)
        or not _matches_search(experiment, params.get("search"))
    ):
        raise not_found()
    return experiment


def list_experiments(
    store: Store, version: PostHogVersion, team_id: int, params: Mapping[str, str], now: datetime
) -> list[Experiment]:
    """The list action's rows, filtered and ordered (default ``-created_at``).

    Results are cached until the state changes, so walking the pages of a large list
    costs one sort, not one per page. Callers must not modify the returned list.
    """
    order = _order(params, version)
    filters = tuple(sorted((k, v) for k, v in params.items() if k not in ("limit", "offset")))
    key = (store.generation, team_id, filters, now if order and order[0] == "duration" else None)
    cached = store.list_cache.get(key)
    if cached is None:
        if len(store.list_cache) > 32 or any(k[0] != store.generation for k in store.list_cache):
            store.list_cache.clear()
        cached = store.list_cache[key] = _query(store, version, team_id, params, order, now)
    return cached


def _query(
    store: Store,
    version: PostHogVersion,
    team_id: int,
    params: Mapping[str, str],
    order: tuple[str, bool] | None,
    now: datetime,
) -> list[Experiment]:
    rows = [e for e in store.team_experiments.get(team_id, ()) if e.deleted is not True]

    wanted_status = version.status_filter((params.get("status") or "").lower(), store)
    if wanted_status is not None:
        rows = [e for e in rows if wanted_status(e)]

    if version.list_filters_2026:
        flag_id = params.get("feature_flag_id")
        if flag_id:
            try:
                wanted_flag = int(flag_id)
            except ValueError:
                raise validation_error("feature_flag_id must be an integer") from None
            rows = [e for e in rows if e.feature_flag_id == wanted_flag]
        prompt = params.get("prompt_name")
        if prompt:
            rows = [e for e in rows if _prompt_name(e) == prompt]

    created_by = params.get("created_by_id")
    if created_by:
        try:
            creator = int(created_by)
        except ValueError:
            raise validation_error("A valid integer is required.", "created_by_id") from None
        rows = [e for e in rows if e.created_by_id == creator]

    archived = params.get("archived")
    wanted = archived is not None and archived.lower() == "true"
    rows = [e for e in rows if e.archived is wanted]

    search = params.get("search")
    if search:
        needle = search.upper()
        rows = [e for e in rows if needle in e.name.upper()]

    if order is None:
        # Rows are stored in id order, so this sort is close to linear.
        rows.sort(key=attrgetter("created_at", "id"), reverse=True)
        return rows
    field, descending = order
    return _sorted(rows, _sort_key(store, field, now), descending)


def _prompt_name(experiment: Experiment) -> Any:
    parameters = experiment.parameters if isinstance(experiment.parameters, dict) else {}
    metadata = parameters.get("prompt_metadata")
    return metadata.get("name") if isinstance(metadata, dict) else None


def _sort_key(store: Store, field: str, now: datetime) -> Callable[[Experiment], Any]:
    if field == "status":
        return lambda e: _STATUS_RANK[e.status]
    if field == "duration":
        return lambda e: None if e.start_date is None else (e.end_date or now) - e.start_date
    if field == "created_by":

        def creator(e: Experiment) -> str | None:
            user = store.users.get(e.created_by_id) if e.created_by_id is not None else None
            return None if user is None else (user.first_name or user.email)

        return creator
    return lambda e: getattr(e, field)


def _sorted(
    rows: list[Experiment], key: Callable[[Experiment], Any], descending: bool
) -> list[Experiment]:
    """Sort like Postgres: NULLs last ascending, first descending; ties by id."""
    keyed = [(key(e), e) for e in rows]
    present = [(k, e) for k, e in keyed if k is not None]
    missing = [e for k, e in keyed if k is None]
    present.sort(key=lambda pair: (pair[0], pair[1].id), reverse=descending)
    missing.sort(key=lambda e: e.id, reverse=descending)
    ordered = [e for _, e in present]
    return missing + ordered if descending else ordered + missing
