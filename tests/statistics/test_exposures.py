"""The exposure query's response: cumulative series per variant per day, and totals."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from posthog_experiments_client.testing._statistics import (
    CalculationError,
    InvalidExposuresError,
    QueryValidationError,
    experiment_not_found,
    exposure_query_response,
    parse_exposures,
)

FLAG = {
    "key": "checkout",
    "filters": {"multivariate": {"variants": [{"key": "control"}, {"key": "test"}]}},
}


def _query(**fields: Any) -> dict[str, Any]:
    return {
        "kind": "ExperimentExposureQuery",
        "experiment_id": 7,
        "experiment_name": "Checkout",
        "feature_flag": FLAG,
        "start_date": "2026-01-01T09:30:00Z",
        "end_date": "2026-01-04T18:00:00Z",
        **fields,
    }


def test_cumulative_series_over_every_day_of_the_range() -> None:
    body = exposure_query_response(
        _query(),
        {
            "test": {"2026-01-02": 5, dt.date(2026, 1, 4): 2},
            "control": {"2026-01-01": 3, "2026-01-03": 4},
        },
    )
    assert body["kind"] == "ExperimentExposureQuery"
    assert body["timeseries"] == [
        {"variant": "control", "days": ["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"],
         "exposure_counts": [3, 3, 7, 7]},
        {"variant": "test", "days": ["2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"],
         "exposure_counts": [0, 5, 5, 7]},
    ]  # fmt: skip
    assert body["total_exposures"] == {"control": 7, "test": 7}
    assert body["date_range"] == {
        "date_from": "2026-01-01T09:30:00+00:00",
        "date_to": "2026-01-04T18:00:00+00:00",
        "explicitDate": True,
    }
    for key in ("sample_ratio_mismatch", "bias_risk", "warnings", "cache_key", "last_refresh"):
        assert key in body


def test_days_outside_the_range_do_not_count() -> None:
    body = exposure_query_response(
        _query(), {"control": {"2025-12-31": 9, "2026-01-02": 1, "2026-01-05": 9}}
    )
    assert body["total_exposures"] == {"control": 1}


def test_a_running_experiment_runs_to_today() -> None:
    body = exposure_query_response(
        _query(end_date=None), {"control": {"2026-01-01": 1}}, today=dt.date(2026, 1, 3)
    )
    assert body["timeseries"][0]["days"] == ["2026-01-01", "2026-01-02", "2026-01-03"]
    assert body["date_range"]["date_to"] is None


def test_a_draft_has_no_series() -> None:
    body = exposure_query_response(
        _query(start_date=None, end_date=None), {"control": {"2026-01-01": 1}}
    )
    assert body["timeseries"] == []
    assert body["total_exposures"] == {}
    assert body["date_range"] == {"date_from": None, "date_to": None, "explicitDate": True}


def test_variants_nobody_saw_are_left_out_and_unknown_ones_ignored() -> None:
    body = exposure_query_response(
        _query(),
        {"control": {"2026-01-01": 0}, "test": {"2026-01-02": 2}, "other": {"2026-01-02": 8}},
    )
    assert [series["variant"] for series in body["timeseries"]] == ["test"]
    assert body["total_exposures"] == {"test": 2}


def test_holdout_and_multiple_buckets() -> None:
    exposures = {
        "$multiple": {"2026-01-01": 1},
        "holdout-3": {"2026-01-01": 2},
        "control": {"2026-01-01": 4},
    }
    body = exposure_query_response(_query(holdout={"id": 3}), exposures)
    assert [series["variant"] for series in body["timeseries"]] == [
        "control",
        "holdout-3",
        "$multiple",
    ]
    assert body["total_exposures"] == {"control": 4, "holdout-3": 2, "$multiple": 1}
    first_seen = exposure_query_response(
        _query(exposure_criteria={"multiple_variant_handling": "first_seen"}), exposures
    )
    assert "$multiple" not in first_seen["total_exposures"]


def test_the_2025_shape() -> None:
    body = exposure_query_response(_query(), {}, newest=False)
    assert not {"sample_ratio_mismatch", "bias_risk", "warnings"} & set(body)


@pytest.mark.parametrize(
    "exposures",
    [
        {"control": {"31/01/2026": 1}},
        {"control": {"2026-01-01": -1}},
        {"control": {"2026-01-01": 1.5}},
        {"control": [1, 2]},
        {1: {"2026-01-01": 1}},
        [("control", {})],
    ],
)
def test_malformed_exposures_are_refused(exposures: Any) -> None:
    with pytest.raises(InvalidExposuresError):
        parse_exposures(exposures)


def test_days_can_be_dates_or_iso_strings_and_add_up() -> None:
    assert parse_exposures({"a": {"2026-01-01": 1, dt.date(2026, 1, 1): 2}}) == {
        "a": {dt.date(2026, 1, 1): 3}
    }


def test_malformed_query_dates_are_refused() -> None:
    with pytest.raises(InvalidExposuresError, match="start_date"):
        exposure_query_response(_query(start_date="yesterday"), {})


def test_queries_posthog_refuses() -> None:
    with pytest.raises(QueryValidationError) as caught:
        exposure_query_response(_query(experiment_id=None), {})
    assert caught.value.detail == "experiment_id is required"
    with pytest.raises(QueryValidationError) as caught:
        exposure_query_response(_query(feature_flag={"filters": {}}), {})
    assert caught.value.detail == "feature_flag key is required"
    assert experiment_not_found(12).detail == "Experiment with id 12 not found"
    assert isinstance(experiment_not_found(12), CalculationError)
