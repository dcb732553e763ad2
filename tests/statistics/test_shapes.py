"""The response bodies have PostHog's shapes: every key present, legacy keys null."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from posthog_experiments_client.testing._statistics import (
    CacheInfo,
    cache_key_for,
    experiment_query_response,
)

from ._support import experiment, metric, stats

CACHE_KEYS = {
    "cache_key", "cache_target_age", "calculation_trigger", "is_cached", "last_refresh",
    "next_allowed_client_refresh", "query_metadata", "query_status", "timezone",
}  # fmt: skip
LEGACY_KEYS = {
    "credible_intervals", "insight", "metric", "p_value", "probability", "significance_code",
    "significant", "stats_version", "variants",
}  # fmt: skip
STATS_KEYS = {
    "key", "number_of_samples", "sum", "sum_squares", "denominator_sum",
    "denominator_sum_squares", "numerator_denominator_sum_product", "step_counts",
    "step_sessions", "validation_failures",
}  # fmt: skip
NEWEST_STATS_KEYS = {"covariate_sum", "covariate_sum_squares", "covariate_sum_product"}
MOMENT = dt.datetime(2026, 1, 31, 12, 0, tzinfo=dt.timezone.utc)
DATA = {"control": stats(1000, 100), "test": stats(1000, 120)}


def _body(stats_config: object = None, *, newest: bool = True) -> dict[str, Any]:
    return experiment_query_response(
        experiment(stats_config=stats_config),
        metric("funnel"),
        DATA,
        cache=CacheInfo(last_refresh=MOMENT, cache_key="cache_abc"),
        newest=newest,
    )


def test_bayesian_response_shape() -> None:
    body = _body()
    newest = {"breakdown_results", "clickhouse_sql", "hogql", "is_precomputed"}
    assert set(body) == CACHE_KEYS | LEGACY_KEYS | newest | {"baseline", "variant_results", "kind"}
    assert all(body[key] is None for key in LEGACY_KEYS)
    assert body["kind"] == "ExperimentQuery"
    assert body["is_precomputed"] is False
    assert set(body["baseline"]) == STATS_KEYS | NEWEST_STATS_KEYS
    (variant,) = body["variant_results"]
    assert set(variant) == STATS_KEYS | NEWEST_STATS_KEYS | {
        "method", "significant", "chance_to_win", "credible_interval",
    }  # fmt: skip
    assert variant["method"] == "bayesian"
    assert isinstance(variant["chance_to_win"], float)
    assert len(variant["credible_interval"]) == 2
    assert "p_value" not in variant


def test_frequentist_response_shape() -> None:
    (variant,) = _body({"method": "frequentist"})["variant_results"]
    assert variant["method"] == "frequentist"
    assert {"p_value", "confidence_interval", "significant"} <= set(variant)
    assert "chance_to_win" not in variant
    assert "credible_interval" not in variant


def test_the_2025_shape_lacks_the_newest_fields() -> None:
    body = _body(newest=False)
    assert not {"breakdown_results", "clickhouse_sql", "hogql", "is_precomputed"} & set(body)
    assert set(body["baseline"]) == STATS_KEYS
    assert set(body["variant_results"][0]) == STATS_KEYS | {
        "method", "significant", "chance_to_win", "credible_interval",
    }  # fmt: skip


def test_numbers_are_typed_as_posthog_dumps_them() -> None:
    body = _body()
    assert body["baseline"]["number_of_samples"] == 1000
    assert isinstance(body["baseline"]["number_of_samples"], int)
    assert isinstance(body["baseline"]["sum"], float)
    assert isinstance(body["baseline"]["sum_squares"], float)
    json.dumps(body, allow_nan=False)  # the body is plain JSON


def test_cache_envelope() -> None:
    body = _body()
    assert body["cache_key"] == "cache_abc"
    assert body["is_cached"] is False
    assert body["last_refresh"] == "2026-01-31T12:00:00Z"
    assert body["cache_target_age"] == "2026-02-01T12:00:00Z"
    assert body["next_allowed_client_refresh"] == "2026-01-31T12:01:00Z"
    assert body["timezone"] == "UTC"
    assert body["query_status"] is None
    cached = experiment_query_response(
        experiment(), metric("funnel"), DATA,
        cache=CacheInfo(last_refresh=MOMENT, cache_key="k", is_cached=True,
                        calculation_trigger="chance", query_status={"id": "q", "complete": True}),
    )  # fmt: skip
    assert cached["is_cached"] is True
    assert cached["calculation_trigger"] == "chance"
    assert cached["query_status"] == {"id": "q", "complete": True}


def test_default_cache_key_is_stable_and_depends_on_the_data() -> None:
    first = experiment_query_response(experiment(), metric("funnel"), DATA)
    again = experiment_query_response(experiment(), metric("funnel"), DATA)
    other = experiment_query_response(
        experiment(), metric("funnel"), {**DATA, "test": stats(1000, 121)}
    )
    assert first["cache_key"] == again["cache_key"]
    assert first["cache_key"] != other["cache_key"]
    assert first["cache_key"].startswith("cache_")
    assert cache_key_for(1, {"a": 1}) == cache_key_for(1, {"a": 1})


def test_variants_follow_the_flag_order_and_unknown_keys_are_ignored() -> None:
    body = experiment_query_response(
        experiment("b", "control", "a"),
        metric("mean"),
        {"a": stats(100, 5, 6), "zzz": stats(100, 1, 1), "control": stats(100, 4, 5),
         "b": stats(100, 6, 8)},
    )  # fmt: skip
    assert [v["key"] for v in body["variant_results"]] == ["b", "a"]
