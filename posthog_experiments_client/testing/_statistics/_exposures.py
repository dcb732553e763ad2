"""Exposures per variant per day, shaped as PostHog's exposure query answers them.

PostHog counts each unit once, on the day of its first exposure, for the flag's variants
(and the holdout, and ``$multiple`` for units seen in several variants unless the experiment
keeps their first variant). It answers a cumulative series per variant that has any exposure
in the experiment's range, every day of the range filled in (from the start date to the end
date, or to today while running), and the totals. A draft (no start date) has no series.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from dateutil.parser import isoparse

from ._errors import InvalidExposuresError
from ._experiment import MULTIPLE_VARIANT_KEY, flag_variant_keys, holdout_variant_key


def _day(variant: str, day: object) -> dt.date:
    if isinstance(day, dt.datetime):
        return day.date()
    if isinstance(day, dt.date):
        return day
    if isinstance(day, str):
        try:
            return dt.date.fromisoformat(day)
        except ValueError:
            pass
    raise InvalidExposuresError(
        f"Variant {variant!r}: a day must be an ISO date string (2026-01-31) or a "
        f"datetime.date, not {day!r}"
    )


def parse_exposures(exposures: Mapping[str, Any]) -> dict[str, dict[dt.date, int]]:
    """Check ``{variant: {day: count}}`` and normalise its days to ``datetime.date``.

    Raises:
        InvalidExposuresError: If a variant, day or count is malformed.
    """
    if not isinstance(exposures, Mapping):
        raise InvalidExposuresError("Exposures must map variant keys to {day: count}")
    parsed: dict[str, dict[dt.date, int]] = {}
    for variant, days in exposures.items():
        if not isinstance(variant, str):
            raise InvalidExposuresError(f"Variant keys must be strings, not {variant!r}")
        if not isinstance(days, Mapping):
            raise InvalidExposuresError(f"Variant {variant!r}: exposures must map days to counts")
        counts: dict[dt.date, int] = {}
        for day, count in days.items():
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise InvalidExposuresError(
                    f"Variant {variant!r}: a count must be a non-negative integer, not {count!r}"
                )
            date = _day(variant, day)
            counts[date] = counts.get(date, 0) + count
        parsed[variant] = counts
    return parsed


def _moment(field: str, value: object) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidExposuresError(f"The query's {field} must be an ISO timestamp or null")
    try:
        moment = isoparse(value)
    except ValueError as error:
        raise InvalidExposuresError(f"The query's {field} is not an ISO timestamp") from error
    # The fake's projects are in UTC; a naive timestamp is read as UTC.
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc)


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def exposure_results(
    query: Mapping[str, Any], exposures: Mapping[str, Any], *, today: dt.date
) -> dict[str, Any]:
    """``timeseries``, ``total_exposures`` and ``date_range`` for an exposure query.

    Raises:
        InvalidExposuresError: If the exposures or the query's dates are malformed.
    """
    counts = parse_exposures(exposures)
    start = _moment("start_date", query.get("start_date"))
    end = _moment("end_date", query.get("end_date"))
    date_range = {
        "date_from": start.isoformat() if start else None,
        "date_to": end.isoformat() if end else None,
        "explicitDate": True,
    }
    if start is None:
        return {"timeseries": [], "total_exposures": {}, "date_range": date_range}

    variants = flag_variant_keys(query.get("feature_flag"))
    holdout = holdout_variant_key(query.get("holdout"))
    if holdout is not None:
        variants.append(holdout)
    handling = _mapping(query.get("exposure_criteria")).get("multiple_variant_handling")
    countable = [*variants, *([] if handling == "first_seen" else [MULTIPLE_VARIANT_KEY])]

    first_day = start.date()
    last_day = end.date() if end else today
    days: list[dt.date] = []
    day = first_day
    while day <= last_day:
        days.append(day)
        day += dt.timedelta(days=1)

    timeseries: list[dict[str, Any]] = []
    totals: dict[str, int] = {}
    for variant in countable:
        daily = counts.get(variant, {})
        if not any(daily.get(day, 0) > 0 for day in days):
            continue  # PostHog's query returns no row for a variant nobody saw in range
        running = 0
        cumulative: list[int] = []
        for day in days:
            running += daily.get(day, 0)
            cumulative.append(running)
        timeseries.append(
            {
                "variant": variant,
                "days": [day.isoformat() for day in days],
                "exposure_counts": cumulative,
            }
        )
        totals[variant] = running
    return {"timeseries": timeseries, "total_exposures": totals, "date_range": date_range}
