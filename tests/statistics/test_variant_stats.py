"""Seeded per-variant statistics are checked, and the wrong field is named."""

from __future__ import annotations

from typing import Any

import pytest

from posthog_experiments_client.testing._statistics import (
    InvalidVariantStatsError,
    VariantStats,
    parse_variant_stats,
    parse_variants,
)


def test_all_fields() -> None:
    parsed = parse_variant_stats(
        "test",
        {"number_of_samples": 10, "sum": 3, "sum_squares": 4.5, "denominator_sum": 6,
         "denominator_sum_squares": 7, "numerator_denominator_sum_product": 8,
         "step_counts": [10, 3], "key": "test"},
    )  # fmt: skip
    assert parsed == VariantStats(10, 3.0, 4.5, 6.0, 7.0, 8.0, (10, 3))


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"sum": 1, "sum_squares": 1}, "missing required field.*number_of_samples"),
        ({"number_of_samples": 1, "sum": 1, "sum_squares": 1, "sums": 2}, "unknown field.*sums"),
        ({"number_of_samples": -1, "sum": 1, "sum_squares": 1}, "number_of_samples"),
        ({"number_of_samples": 1.0, "sum": 1, "sum_squares": 1}, "number_of_samples"),
        ({"number_of_samples": 1, "sum": "1", "sum_squares": 1}, "sum must be a number"),
        ({"number_of_samples": 1, "sum": True, "sum_squares": 1}, "sum must be a number"),
        ({"number_of_samples": 1, "sum": float("nan"), "sum_squares": 1}, "finite"),
        ({"number_of_samples": 1, "sum": 1, "sum_squares": 1, "step_counts": "12"}, "step_counts"),
        (
            {"number_of_samples": 1, "sum": 1, "sum_squares": 1, "step_counts": [1, -2]},
            "step_counts",
        ),
    ],
)
def test_malformed_statistics_name_the_field(fields: dict[str, Any], message: str) -> None:
    with pytest.raises(InvalidVariantStatsError, match=message):
        parse_variant_stats("test", fields)


def test_parse_variants() -> None:
    ready = VariantStats.empty()
    parsed = parse_variants(
        {"control": ready, "test": {"number_of_samples": 2, "sum": 1, "sum_squares": 1}}
    )
    assert parsed["control"] is ready
    with pytest.raises(InvalidVariantStatsError, match="must map variant keys"):
        parse_variants([("control", {})])  # type: ignore[arg-type]
    with pytest.raises(InvalidVariantStatsError, match="Variant 'x'"):
        parse_variants({"x": 3})
