"""``GET /experiments/eligible_feature_flags/``: flags that could back a new experiment.

Hand-paginated by PostHog (not DRF's paginator): ``limit`` defaults to 20 and is capped
at 100, and a limit or offset that is not a non-negative integer is a bare 400.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._errors import BareError
from .._state.models import FeatureFlag
from .._state.store import Store
from .render import feature_flag_json
from .variants import variant_keys

__all__ = ["eligible_feature_flags"]

DEFAULT_LIMIT = 20
MAX_LIMIT = 100


def _bounded(raw: str | None, default: int) -> int:
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BareError(400, {"error": "Invalid limit or offset"}) from None
    if value < 0:
        raise BareError(400, {"error": "Invalid limit or offset"})
    return value


def _eligible(flag: FeatureFlag) -> bool:
    """Multivariate with at least two variants, the first keyed ``control``."""
    keys = variant_keys(flag.variants())
    return len(keys) >= 2 and keys[0] == "control"


def eligible_feature_flags(store: Store, team_id: int, params: Mapping[str, str]) -> dict[str, Any]:
    """The page of eligible flags: ``{"results": [FeatureFlag], "count": n}``."""
    limit = min(_bounded(params.get("limit"), DEFAULT_LIMIT), MAX_LIMIT)
    offset = _bounded(params.get("offset"), 0)
    flags = [
        flag
        for flag in store.flags.values()
        if flag.team_id == team_id and not flag.deleted and _eligible(flag)
    ]
    search = params.get("search")
    if search:
        needle = search.lower()
        flags = [fl for fl in flags if needle in fl.key.lower() or needle in fl.name.lower()]
    active = (params.get("active") or "").lower()
    if active in ("true", "false"):
        flags = [fl for fl in flags if fl.active is (active == "true")]
    creator = params.get("created_by_id")
    if creator and creator.isdigit():
        flags = [fl for fl in flags if fl.created_by_id == int(creator)]
    runtime = params.get("evaluation_runtime")
    if runtime:
        flags = [fl for fl in flags if fl.evaluation_runtime == runtime]
    flags.sort(key=lambda fl: (fl.created_at, fl.id), reverse=True)
    page = flags[offset : offset + limit]
    return {"results": [feature_flag_json(fl, store) for fl in page], "count": len(flags)}
