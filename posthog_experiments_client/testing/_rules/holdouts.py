"""Holdouts: validation, create, update and delete, and what they do to experiments' flags.

A holdout's ``filters`` are groups ``{properties, rollout_percentage, variant}``; the
server names each group's variant ``holdout-{id}``. Changing the filters rewrites the
flag of every experiment that uses the holdout, and deleting the holdout clears it from
those flags and experiments. How a holdout is written into a flag is the version's
``holdout_filter``.
"""

from __future__ import annotations

import math
from operator import attrgetter
from typing import Any

from .._errors import validation_error
from .._state.models import Holdout
from .._state.store import Store
from . import fields as f
from .resources import BodyField, validate_body
from .versions import PostHogVersion

__all__ = ["create_holdout", "delete_holdout", "list_holdouts", "update_holdout"]

_NAME_MAX = 400
_DESCRIPTION_MAX = 400


def _filters(value: Any) -> Any:
    """``validate_filters``: every group needs a rollout percentage between 0 and 100.

    PostHog would answer 500 for a non-list value, a group that is not an object or a
    percentage that is not a number; the fake answers 400 with the nearest message.
    """
    groups = f.list_json(value, "filters")
    for group in groups or ():
        rollout = group.get("rollout_percentage") if isinstance(group, dict) else None
        if rollout is None:
            raise validation_error("Rollout percentage must be present.", "filters")
        if (
            isinstance(rollout, bool)
            or not isinstance(rollout, (int, float))
            or not math.isfinite(rollout)
            or not 0 <= rollout <= 100
        ):
            raise validation_error("Rollout percentage must be between 0 and 100.", "filters")
    return groups


_FIELDS = (
    BodyField("name", lambda v: f.char(v, "name", max_length=_NAME_MAX), required=True),
    BodyField(
        "description",
        lambda v: f.char(
            v, "description", allow_null=True, allow_blank=True, max_length=_DESCRIPTION_MAX
        ),
    ),
    BodyField("filters", _filters),
)


def _named_groups(filters: list[Any], holdout_id: int) -> list[Any]:
    return [{**group, "variant": f"holdout-{holdout_id}"} for group in filters]


def create_holdout(store: Store, team_id: int, user_id: int | None, data: Any) -> Holdout:
    """``POST``: filters are required; each group gets ``variant: holdout-{id}``."""
    values = validate_body(data, _FIELDS, partial=False)
    if not values.get("filters"):
        raise validation_error("Filters are required to create an holdout group")
    return store.add_holdout(
        team_id=team_id,
        name=values["name"],
        description=values.get("description"),
        filters=values["filters"],
        created_by_id=user_id,
    )


def update_holdout(
    store: Store, version: PostHogVersion, holdout: Holdout, data: Any, *, partial: bool
) -> Holdout:
    """``PATCH``/``PUT``: new non-empty filters are renamed and rewritten into the flags."""
    values = validate_body(data, _FIELDS, partial=partial)
    if "filters" in values:
        filters = values.pop("filters")
        if filters and filters != holdout.filters:
            holdout.filters = _named_groups(filters, holdout.id)
            _rewrite_flags(store, version, holdout, holdout)
        else:  # unchanged or empty: stored as sent, the flags are left alone
            holdout.filters = filters
    for attr, value in values.items():
        setattr(holdout, attr, value)
    holdout.updated_at = store.clock()
    return holdout


def delete_holdout(store: Store, version: PostHogVersion, holdout: Holdout) -> None:
    """``DELETE``: clear the holdout from its experiments' flags, then unlink and drop it."""
    _rewrite_flags(store, version, holdout, None)
    for experiment in store.experiments.values():
        if experiment.holdout_id == holdout.id:
            experiment.holdout_id = None
    del store.holdouts[holdout.id]


def list_holdouts(store: Store, team_id: int) -> list[Holdout]:
    """The project's holdouts, newest first (``-created_at``; the later id first on a tie)."""
    rows = [h for h in store.holdouts.values() if h.team_id == team_id]
    return sorted(rows, key=attrgetter("created_at", "id"), reverse=True)


def _rewrite_flags(
    store: Store, version: PostHogVersion, holdout: Holdout, value: Holdout | None
) -> None:
    """Write ``value`` (or no holdout) into the flag of every experiment that uses ``holdout``."""
    for experiment in store.experiments.values():
        if experiment.holdout_id != holdout.id:
            continue
        flag = store.flags.get(experiment.feature_flag_id)
        if flag is None:
            continue
        filters = {**flag.filters, **version.holdout_filter(value)}
        if filters != flag.filters:
            flag.filters = filters
            flag.version = (flag.version or 0) + 1
