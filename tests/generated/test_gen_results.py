"""The query API in the generated layer: experiment results, exposures, async queries.

The response bodies come from the fake's statistics engine (PostHog's shapes, every key present,
the legacy keys as explicit nulls) and from hand-written variants of them. Each must parse into
typed models and turn back into exactly the JSON it came from.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import subprocess
import sys
from typing import Any

import pytest

from posthog_experiments_client._generated.api.query import (
    environments_query_create,
    environments_query_destroy,
    environments_query_retrieve,
    query_create,
)
from posthog_experiments_client._generated.client import AuthenticatedClient
from posthog_experiments_client._generated.models import (
    CacheMissResponse,
    Error,
    ExperimentExposureQuery,
    ExperimentExposureQueryResponse,
    ExperimentQuery,
    ExperimentQueryResponse,
    ExperimentStatsBase,
    ExperimentVariantResult,
    QueryRequest,
    QueryStatus,
    QueryStatusResponse,
    SampleRatioMismatch,
)
from posthog_experiments_client._generated.types import UNSET, ResponseShapeError
from posthog_experiments_client.testing._statistics import (
    CacheInfo,
    experiment_query_response,
    exposure_query_response,
)

from ._support import StubServer, assert_json_identical

LAST_REFRESH = dt.datetime(2026, 1, 31, 12, 0, tzinfo=dt.timezone.utc)
METRIC = {"kind": "ExperimentMetric", "uuid": "m-1", "metric_type": "funnel", "name": "Paid"}
VARIANTS = {
    "control": {"number_of_samples": 2000, "sum": 200, "sum_squares": 200},
    "test": {"number_of_samples": 2000, "sum": 245, "sum_squares": 245},
}
LEGACY_KEYS = (
    "insight",
    "variants",
    "probability",
    "significance_code",
    "significant",
    "p_value",
    "credible_intervals",
    "stats_version",
)


def _experiment(method: str | None) -> dict[str, Any]:
    return {
        "id": 7,
        "stats_config": None if method is None else {"method": method},
        "feature_flag": {
            "key": "checkout",
            "filters": {"multivariate": {"variants": [{"key": "control"}, {"key": "test"}]}},
        },
        "holdout": None,
    }


def _metric_body(method: str | None, *, newest: bool = True) -> dict[str, Any]:
    return experiment_query_response(
        _experiment(method),
        METRIC,
        VARIANTS,
        cache=CacheInfo(last_refresh=LAST_REFRESH, cache_key="cache_abc"),
        newest=newest,
    )


def _exposure_body(*, newest: bool = True) -> dict[str, Any]:
    query = {
        "kind": "ExperimentExposureQuery",
        "experiment_id": 7,
        "feature_flag": _experiment(None)["feature_flag"],
        "start_date": "2026-01-01T00:00:00Z",
        "end_date": "2026-01-03T00:00:00Z",
    }
    exposures = {"control": {"2026-01-01": 10, "2026-01-02": 5}, "test": {"2026-01-02": 12}}
    return exposure_query_response(
        query,
        exposures,
        cache=CacheInfo(last_refresh=LAST_REFRESH, cache_key="cache_exp"),
        newest=newest,
    )


def _round_trips(model: Any, body: dict[str, Any]) -> None:
    assert_json_identical(model.to_dict(), body)


# ------------------------------------------------------------------------------ metric results


@pytest.mark.parametrize("newest", [True, False], ids=["newest", "2025"])
def test_frequentist_metric_response_is_typed_and_round_trips(newest: bool) -> None:
    body = _metric_body("frequentist", newest=newest)
    parsed = ExperimentQueryResponse.from_dict(copy.deepcopy(body))
    assert isinstance(parsed.baseline, ExperimentStatsBase)
    assert parsed.baseline.key == "control"
    assert parsed.baseline.number_of_samples == 2000
    assert parsed.baseline.validation_failures == []
    assert isinstance(parsed.variant_results, list)
    (test,) = parsed.variant_results
    assert isinstance(test, ExperimentVariantResult)
    assert test.key == "test"
    assert test.method == "frequentist"
    assert isinstance(test.p_value, float)
    assert 0 < test.p_value < 1
    assert isinstance(test.confidence_interval, list)
    assert len(test.confidence_interval) == 2
    # Each method's result carries only its own fields.
    assert test.chance_to_win is UNSET
    assert test.credible_interval is UNSET
    assert parsed.kind == "ExperimentQuery"
    assert parsed.cache_key == "cache_abc"
    assert parsed.last_refresh == LAST_REFRESH
    assert parsed.query_status is None
    _round_trips(parsed, body)


def test_bayesian_metric_response_is_typed_and_round_trips() -> None:
    body = _metric_body(None)  # no stats_config: PostHog's default, Bayesian
    parsed = ExperimentQueryResponse.from_dict(copy.deepcopy(body))
    assert isinstance(parsed.variant_results, list)
    (test,) = parsed.variant_results
    assert test.method == "bayesian"
    assert isinstance(test.chance_to_win, float)
    assert 0.5 < test.chance_to_win < 1
    assert isinstance(test.credible_interval, list)
    assert test.p_value is UNSET
    assert test.confidence_interval is UNSET
    assert isinstance(test.significant, bool)
    _round_trips(parsed, body)


@pytest.mark.parametrize("key", LEGACY_KEYS)
def test_legacy_keys_arrive_as_explicit_nulls_and_stay(key: str) -> None:
    body = _metric_body("frequentist")
    assert key in body
    assert body[key] is None
    parsed = ExperimentQueryResponse.from_dict(copy.deepcopy(body))
    assert key in parsed.to_dict()
    assert parsed.to_dict()[key] is None


def test_old_engine_values_in_legacy_keys_are_kept_as_given() -> None:
    body = _metric_body("bayesian")
    body["probability"] = {"control": 0.2, "test": 0.8}
    body["significance_code"] = "significant"
    body["credible_intervals"] = {"test": [0.01, 0.3]}
    parsed = ExperimentQueryResponse.from_dict(copy.deepcopy(body))
    assert parsed.probability == {"control": 0.2, "test": 0.8}
    _round_trips(parsed, body)


def test_an_unknown_method_and_unknown_fields_parse_and_are_kept() -> None:
    body = _metric_body("frequentist")
    variant = body["variant_results"][0]
    variant["method"] = "sequential-bayes"
    variant["expected_loss"] = 0.002
    variant["validation_failures"] = ["not-enough-something-new"]
    body["brand_new"] = {"a": [1, 2]}
    body["baseline"]["covariate_sum"] = 3.5
    parsed = ExperimentQueryResponse.from_dict(copy.deepcopy(body))
    assert isinstance(parsed.variant_results, list)
    result = parsed.variant_results[0]
    assert str(result.method) == "sequential-bayes"
    assert result["expected_loss"] == 0.002
    assert result.validation_failures == ["not-enough-something-new"]
    assert parsed["brand_new"] == {"a": [1, 2]}
    _round_trips(parsed, body)


def test_a_variant_that_failed_validation_has_null_statistics() -> None:
    body = experiment_query_response(
        _experiment("bayesian"),
        METRIC,
        {**VARIANTS, "test": {"number_of_samples": 10, "sum": 1, "sum_squares": 1}},
        cache=CacheInfo(last_refresh=LAST_REFRESH, cache_key="k"),
    )
    parsed = ExperimentQueryResponse.from_dict(copy.deepcopy(body))
    assert isinstance(parsed.variant_results, list)
    result = parsed.variant_results[0]
    assert result.validation_failures == ["not-enough-exposures", "not-enough-metric-data"]
    assert result.chance_to_win is None
    assert result.significant is None
    _round_trips(parsed, body)


def test_ratio_and_breakdown_fields_are_typed() -> None:
    stats = {
        "key": "control",
        "number_of_samples": 100,
        "sum": 50.0,
        "sum_squares": 70.0,
        "denominator_sum": 90.0,
        "denominator_sum_squares": 95.0,
        "numerator_denominator_sum_product": 60.0,
        "step_counts": [80, 50],
        "step_sessions": None,
        "validation_failures": [],
    }
    variant = {**stats, "key": "test", "method": "frequentist", "significant": False}
    variant.update(p_value=0.4, confidence_interval=[-0.1, 0.2])
    body = {
        "baseline": stats,
        "variant_results": [variant],
        "breakdown_results": [
            {"breakdown_value": ["Chrome"], "baseline": stats, "variants": [variant]}
        ],
    }
    parsed = ExperimentQueryResponse.from_dict(copy.deepcopy(body))
    assert isinstance(parsed.baseline, ExperimentStatsBase)
    assert parsed.baseline.denominator_sum == 90.0
    assert parsed.baseline.step_counts == [80, 50]
    assert isinstance(parsed.breakdown_results, list)
    assert parsed.breakdown_results[0].breakdown_value == ["Chrome"]
    _round_trips(parsed, body)


@pytest.mark.parametrize("missing", ["key", "number_of_samples", "sum", "sum_squares"])
def test_a_variant_without_its_required_statistics_is_a_shape_error(missing: str) -> None:
    body = _metric_body("frequentist")
    del body["variant_results"][0][missing]
    with pytest.raises(ResponseShapeError) as caught:
        ExperimentQueryResponse.from_dict(body)
    assert caught.value.path[:2] == ("variant_results", 0)


# ------------------------------------------------------------------------------ exposures


@pytest.mark.parametrize("newest", [True, False], ids=["newest", "2025"])
def test_exposure_response_is_typed_and_round_trips(newest: bool) -> None:
    body = _exposure_body(newest=newest)
    parsed = ExperimentExposureQueryResponse.from_dict(copy.deepcopy(body))
    by_variant = {series.variant: series for series in parsed.timeseries}
    assert by_variant["control"].days == ["2026-01-01", "2026-01-02", "2026-01-03"]
    assert by_variant["control"].exposure_counts == [10, 15, 15]
    assert parsed.total_exposures["test"] == 12
    assert parsed.date_range is not None
    assert parsed.date_range is not UNSET
    assert ("sample_ratio_mismatch" in body) is newest
    _round_trips(parsed, body)


def test_exposure_totals_keep_multiple_and_holdout_buckets() -> None:
    body = _exposure_body()
    body["total_exposures"].update({"$multiple": 3, "holdout-4": 9})
    body["sample_ratio_mismatch"] = {"expected": {"control": 0.5, "test": 0.5}, "p_value": 0.41}
    parsed = ExperimentExposureQueryResponse.from_dict(copy.deepcopy(body))
    assert parsed.total_exposures["$multiple"] == 3
    assert parsed.total_exposures["holdout-4"] == 9
    assert isinstance(parsed.sample_ratio_mismatch, SampleRatioMismatch)
    assert parsed.sample_ratio_mismatch.p_value == 0.41
    _round_trips(parsed, body)


# ------------------------------------------------------------------------------ requests


def _sent(stub: StubServer) -> Any:
    return json.loads(stub.last.content)


def test_metric_query_request_sends_the_metric_as_given(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    metric = {**METRIC, "future_field": {"x": 1}, "conversion_window": None}
    body = QueryRequest.from_dict(
        {
            "query": {"kind": "ExperimentQuery", "experiment_id": 7, "metric": metric},
            "refresh": "force_async",
            "client_query_id": "abc",
        }
    )
    assert isinstance(body.query, ExperimentQuery)
    stub.respond_json(200, _metric_body("frequentist"))
    response = environments_query_create.sync_detailed("1", client=client, body=body)
    assert stub.last.method == "POST"
    assert stub.last.url.path == "/api/environments/1/query/"
    sent = _sent(stub)
    assert sent["refresh"] == "force_async"
    assert sent["client_query_id"] == "abc"
    assert_json_identical(sent["query"]["metric"], metric)
    assert isinstance(response.parsed, ExperimentQueryResponse)


def test_exposure_query_request_and_response_on_the_projects_path(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    query = {
        "kind": "ExperimentExposureQuery",
        "experiment_id": 7,
        "experiment_name": "Checkout",
        "feature_flag": {"key": "checkout"},
        "start_date": None,
        "end_date": None,
        "exposure_criteria": {"filterTestAccounts": True},
        "holdout": None,
    }
    body = QueryRequest.from_dict({"query": query})
    assert isinstance(body.query, ExperimentExposureQuery)
    stub.respond_json(200, _exposure_body())
    response = query_create.sync_detailed("1", client=client, body=body)
    assert stub.last.url.path == "/api/projects/1/query/"
    assert_json_identical(_sent(stub), {"query": query})
    assert isinstance(response.parsed, ExperimentExposureQueryResponse)


def test_an_unknown_refresh_mode_is_sent_as_given(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    body = QueryRequest.from_dict(
        {"query": {"kind": "ExperimentQuery", "metric": METRIC}, "refresh": "someday"}
    )
    stub.respond_json(200, _metric_body(None))
    environments_query_create.sync_detailed("1", client=client, body=body)
    assert _sent(stub)["refresh"] == "someday"


# ------------------------------------------------------------------------------ async queries


def _status(**fields: Any) -> dict[str, Any]:
    return {
        "id": "q-1",
        "query_async": True,
        "team_id": 1,
        "complete": False,
        "error": False,
        "error_message": None,
        "results": None,
        "start_time": "2026-01-31T12:00:00Z",
        "end_time": None,
        "expiration_time": "2026-01-31T12:20:00Z",
        "pickup_time": None,
        "task_id": "t-1",
        "query_progress": None,
        "dashboard_id": None,
        "insight_id": None,
        "labels": None,
        **fields,
    }


def test_a_202_is_a_cache_miss_with_the_query_status(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    body = {"cache_key": "cache_abc", "query_status": _status()}
    stub.respond_json(202, body)
    response = environments_query_create.sync_detailed(
        "1",
        client=client,
        body=QueryRequest.from_dict(
            {"query": {"kind": "ExperimentQuery", "metric": METRIC}, "refresh": "async"}
        ),
    )
    assert isinstance(response.parsed, CacheMissResponse)
    status = response.parsed.query_status
    assert isinstance(status, QueryStatus)
    assert status.id == "q-1"
    assert status.complete is False
    _round_trips(response.parsed, body)


@pytest.mark.parametrize(
    ("code", "fields"),
    [
        (202, {}),
        (200, {"complete": True, "end_time": "2026-01-31T12:00:05Z"}),
        (400, {"complete": True, "error": True, "error_message": "Query timed out"}),
        (500, {"complete": True, "error": True}),
    ],
    ids=["running", "complete", "failed", "internal-error"],
)
def test_poll_answers_share_one_shape(
    code: int, fields: dict[str, Any], client: AuthenticatedClient, stub: StubServer
) -> None:
    if code == 200:
        fields = {**fields, "results": _metric_body("frequentist")}
    body = {"query_status": _status(**fields)}
    stub.respond_json(code, body)
    response = environments_query_retrieve.sync_detailed("1", "q-1", client=client)
    assert stub.last.method == "GET"
    assert stub.last.url.path == "/api/environments/1/query/q-1/"
    assert isinstance(response.parsed, QueryStatusResponse)
    status = response.parsed.query_status
    assert status.error_message == fields.get("error_message")
    _round_trips(response.parsed, body)
    if code == 200:
        # The results stay JSON: the caller knows which kind it asked for.
        assert isinstance(status.results, dict)
        parsed = ExperimentQueryResponse.from_dict(status.results)
        assert isinstance(parsed.variant_results, list)


def test_cancel_is_a_delete_answered_204(client: AuthenticatedClient, stub: StubServer) -> None:
    stub.respond_raw(204, b"")
    response = environments_query_destroy.sync_detailed("1", "q-1", client=client)
    assert stub.last.method == "DELETE"
    assert stub.last.url.path == "/api/environments/1/query/q-1/"
    assert response.status_code == 204
    assert response.parsed is None


def test_the_statistics_failure_is_a_400_envelope(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    detail = (
        "Unable to calculate experiment statistics. "
        "Please ensure your experiment has sufficient data and try again."
    )
    stub.respond_json(
        400, {"type": "validation_error", "code": "invalid_input", "detail": detail, "attr": None}
    )
    response = environments_query_create.sync_detailed(
        "1",
        client=client,
        body=QueryRequest.from_dict({"query": {"kind": "ExperimentQuery", "metric": METRIC}}),
    )
    assert isinstance(response.parsed, Error)
    assert response.parsed.detail == detail


# ------------------------------------------------------------------------------ import cost


def test_importing_the_client_loads_nothing_of_results() -> None:
    """The query models and the results modules load with the first results call (bench B1)."""
    code = (
        "import sys, posthog_experiments_client as p\n"
        "p.ExperimentsClient, p.AsyncExperimentsClient\n"
        "loaded = [m for m in sys.modules if m.startswith('posthog_experiments_client')"
        " and any(part in m.rsplit('.', 1)[-1] for part in ('query', 'result', 'concurrency'))]\n"
        "print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
