"""Experiments and metrics shaped as PostHog serializes them, for the statistics tests."""

from __future__ import annotations

from typing import Any


def experiment(
    *variants: str, stats_config: Any = None, holdout_id: int | None = None
) -> dict[str, Any]:
    """An experiment whose flag has these variants (default control and test)."""
    keys = variants or ("control", "test")
    body: dict[str, Any] = {
        "id": 7,
        "name": "Checkout",
        "stats_config": stats_config,
        "feature_flag": {
            "key": "checkout",
            "filters": {"multivariate": {"variants": [{"key": key} for key in keys]}},
        },
        "holdout": None if holdout_id is None else {"id": holdout_id, "name": "Holdout"},
    }
    return body


def metric(metric_type: str, **fields: Any) -> dict[str, Any]:
    """An ExperimentMetric of this type."""
    return {"kind": "ExperimentMetric", "uuid": "m-1", "metric_type": metric_type, **fields}


def stats(n: int, total: float, squares: float | None = None, **extra: Any) -> dict[str, Any]:
    """ExperimentStatsBase fields; ``squares`` defaults to ``total`` (0/1 values)."""
    return {
        "number_of_samples": n,
        "sum": total,
        "sum_squares": total if squares is None else squares,
        **extra,
    }
