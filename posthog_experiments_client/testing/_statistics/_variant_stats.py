"""Per-variant sufficient statistics, the fields of PostHog's ``ExperimentStatsBase``.

These are what PostHog's ClickHouse query returns for each variant and what the statistics
are computed from. Tests seed them (``fake.set_metric_data``); :func:`parse_variant_stats`
checks a seeded mapping and names the field that is wrong.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from ._errors import InvalidVariantStatsError

REQUIRED_FIELDS = ("number_of_samples", "sum", "sum_squares")
RATIO_FIELDS = ("denominator_sum", "denominator_sum_squares", "numerator_denominator_sum_product")
OPTIONAL_FIELDS = (*RATIO_FIELDS, "step_counts")
# Accepted and ignored: a variant's own key, and PostHog fields the engine does not read.
PASSED_THROUGH_FIELDS = ("key", "step_sessions")


@attrs.frozen
class VariantStats:
    """One variant's sufficient statistics.

    Attributes:
        number_of_samples: Exposed units (users or groups).
        sum: Sum of the metric's per-unit values (for a funnel: units that converted).
        sum_squares: Sum of the squared per-unit values.
        denominator_sum: Ratio metrics: sum of the per-unit denominator values.
        denominator_sum_squares: Ratio metrics: sum of their squares.
        numerator_denominator_sum_product: Ratio metrics: sum of numerator x denominator.
        step_counts: Funnels: units that reached each step.
    """

    number_of_samples: int
    sum: float
    sum_squares: float
    denominator_sum: float | None = None
    denominator_sum_squares: float | None = None
    numerator_denominator_sum_product: float | None = None
    step_counts: tuple[int, ...] | None = None

    @classmethod
    def empty(cls) -> VariantStats:
        """A variant nobody was exposed to, as PostHog fills in for a variant with no rows."""
        return cls(number_of_samples=0, sum=0.0, sum_squares=0.0)


def _number(variant: str, field: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise InvalidVariantStatsError(
            f"Variant {variant!r}: {field} must be a number, not {type(value).__name__}"
        )
    if not math.isfinite(value):
        raise InvalidVariantStatsError(f"Variant {variant!r}: {field} must be finite")
    return float(value)


def _step_counts(variant: str, value: object) -> tuple[int, ...]:
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise InvalidVariantStatsError(
            f"Variant {variant!r}: step_counts must be a list of integers"
        )
    counts: list[int] = []
    for count in value:
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise InvalidVariantStatsError(
                f"Variant {variant!r}: step_counts must hold non-negative integers, not {count!r}"
            )
        counts.append(count)
    return tuple(counts)


def parse_variant_stats(variant: str, fields: Mapping[str, Any]) -> VariantStats:
    """Check one variant's seeded statistics and turn them into :class:`VariantStats`.

    Args:
        variant: The variant key, used in error messages.
        fields: ``number_of_samples``, ``sum`` and ``sum_squares``; optionally the ratio fields
            ``denominator_sum``, ``denominator_sum_squares``,
            ``numerator_denominator_sum_product`` and the funnel field ``step_counts``.

    Raises:
        InvalidVariantStatsError: If a required field is missing, a field is unknown, or a
            value has the wrong type.
    """
    if not isinstance(fields, Mapping):
        raise InvalidVariantStatsError(
            f"Variant {variant!r}: statistics must be a mapping of ExperimentStatsBase fields"
        )
    known = (*REQUIRED_FIELDS, *OPTIONAL_FIELDS, *PASSED_THROUGH_FIELDS)
    unknown = sorted(str(name) for name in fields if name not in known)
    if unknown:
        raise InvalidVariantStatsError(
            f"Variant {variant!r}: unknown field(s) {', '.join(unknown)}; "
            f"expected {', '.join(REQUIRED_FIELDS + OPTIONAL_FIELDS)}"
        )
    missing = [name for name in REQUIRED_FIELDS if name not in fields]
    if missing:
        raise InvalidVariantStatsError(
            f"Variant {variant!r}: missing required field(s) {', '.join(missing)}"
        )
    samples = fields["number_of_samples"]
    if isinstance(samples, bool) or not isinstance(samples, int) or samples < 0:
        raise InvalidVariantStatsError(
            f"Variant {variant!r}: number_of_samples must be a non-negative integer"
        )
    ratio = {
        name: None if fields.get(name) is None else _number(variant, name, fields[name])
        for name in RATIO_FIELDS
    }
    steps = fields.get("step_counts")
    return VariantStats(
        number_of_samples=samples,
        sum=_number(variant, "sum", fields["sum"]),
        sum_squares=_number(variant, "sum_squares", fields["sum_squares"]),
        denominator_sum=ratio["denominator_sum"],
        denominator_sum_squares=ratio["denominator_sum_squares"],
        numerator_denominator_sum_product=ratio["numerator_denominator_sum_product"],
        step_counts=None if steps is None else _step_counts(variant, steps),
    )


def parse_variants(variants: Mapping[str, Any]) -> dict[str, VariantStats]:
    """Check a ``{variant: statistics}`` mapping (already-parsed values pass through).

    Raises:
        InvalidVariantStatsError: If the mapping or one of its entries is malformed.
    """
    if not isinstance(variants, Mapping):
        raise InvalidVariantStatsError("Metric data must map variant keys to their statistics")
    parsed: dict[str, VariantStats] = {}
    for key, fields in variants.items():
        if not isinstance(key, str):
            raise InvalidVariantStatsError(f"Variant keys must be strings, not {key!r}")
        parsed[key] = (
            fields if isinstance(fields, VariantStats) else parse_variant_stats(key, fields)
        )
    return parsed
