"""The cache envelope PostHog wraps around every query response.

Experiment queries are cached for 24 hours: ``cache_target_age`` is ``last_refresh`` plus a
day. Timestamps are ISO 8601 in UTC with a ``Z``, as pydantic writes them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

import attrs

from ._shapes import CACHE_FIELDS, with_nulls

EXPERIMENT_CACHE_TARGET_AGE = dt.timedelta(hours=24)
CLIENT_REFRESH_INTERVAL = dt.timedelta(minutes=1)


def iso_timestamp(moment: dt.datetime) -> str:
    """``moment`` in UTC as pydantic serializes it (``2026-01-31T12:00:00Z``); naive is UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc).isoformat().replace("+00:00", "Z")


def cache_key_for(*parts: object) -> str:
    """A stable ``cache_<hex>`` key for a query and the data it was computed from."""
    canonical = json.dumps(parts, sort_keys=True, default=str, separators=(",", ":"))
    return "cache_" + hashlib.md5(canonical.encode(), usedforsecurity=False).hexdigest()


@attrs.frozen(kw_only=True)
class CacheInfo:
    """The cache state of one response.

    Attributes:
        last_refresh: When the results were computed.
        cache_key: The response's cache key.
        is_cached: Whether this answer came from the cache.
        timezone: The project's timezone.
        next_allowed_client_refresh: When a client may force a refresh (default: a minute on).
        calculation_trigger: What made PostHog compute, if reported.
        query_status: The async query's status object, if any.
        query_metadata: PostHog's query metadata, if any.
    """

    last_refresh: dt.datetime
    cache_key: str
    is_cached: bool = False
    timezone: str = "UTC"
    next_allowed_client_refresh: dt.datetime | None = None
    calculation_trigger: str | None = None
    query_status: dict[str, Any] | None = None
    query_metadata: dict[str, Any] | None = None


def cache_envelope(info: CacheInfo) -> dict[str, Any]:
    """The envelope's fields, every one present."""
    next_refresh = info.next_allowed_client_refresh or info.last_refresh + CLIENT_REFRESH_INTERVAL
    return with_nulls(
        CACHE_FIELDS,
        {
            "cache_key": info.cache_key,
            "cache_target_age": iso_timestamp(info.last_refresh + EXPERIMENT_CACHE_TARGET_AGE),
            "calculation_trigger": info.calculation_trigger,
            "is_cached": info.is_cached,
            "last_refresh": iso_timestamp(info.last_refresh),
            "next_allowed_client_refresh": iso_timestamp(next_refresh),
            "query_metadata": info.query_metadata,
            "query_status": info.query_status,
            "timezone": info.timezone,
        },
    )
