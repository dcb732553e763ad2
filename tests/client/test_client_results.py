"""``results()``, ``metric_result()`` and ``exposures()`` against the fake PostHog.

Sync and async clients, in process and over a real socket, on asyncio and trio, against both
PostHog versions of the fake. The statistics seeded are those of PostHog's own statistics tests
(``tests/statistics/test_posthog_cases.py``); the numbers read from the typed models must match
PostHog's expected values to 4 decimal places.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import anyio
import httpx
import pytest

import posthog_experiments_client as pec
from posthog_experiments_client.testing import FakePostHog

from .test_client_against_fake import connect, flavour, mode

__all__ = ["connect", "flavour", "mode"]  # fixtures used here, defined beside the other tests

pytestmark = pytest.mark.anyio

PLACES_4 = 0.5e-4
STATISTICS_FAILURE = (
    "Unable to calculate experiment statistics. "
    "Please ensure your experiment has sufficient data and try again."
)

# PostHog's test_frequentist.py / test_bayesian.py samples, as ExperimentStatsBase fields.
MEAN = {
    "control": {"number_of_samples": 2507, "sum": 1196.87, "sum_squares": 37377.9767},
    "test": {"number_of_samples": 2461, "sum": 1922.7, "sum_squares": 94698.29},
}
PROPORTION = {
    "control": {"number_of_samples": 1529, "sum": 87, "sum_squares": 87},
    "test": {"number_of_samples": 1471, "sum": 62, "sum_squares": 62},
}


def _ratio(n: int, revenue: float, squares: float, orders: int) -> dict[str, Any]:
    return {
        "number_of_samples": n,
        "sum": revenue,
        "sum_squares": squares,
        "denominator_sum": orders,
        "denominator_sum_squares": orders,
        "numerator_denominator_sum_product": revenue,
    }


RATIO = {
    "control": _ratio(1966, 94605.79858780127, 10463129.505392816, 936),
    "test": _ratio(2034, 99673.9364269569, 11298745.182728939, 947),
}
ZERO_VARIANCE = {
    "control": {"number_of_samples": 100, "sum": 50, "sum_squares": 25},
    "test": {"number_of_samples": 100, "sum": 60, "sum_squares": 36},
}


def metric(uuid: str, metric_type: str, **fields: Any) -> dict[str, Any]:
    source = {"kind": "EventsNode", "event": "purchase"}
    shapes: dict[str, dict[str, Any]] = {
        "mean": {"source": source},
        "funnel": {"series": [source]},
        "ratio": {"numerator": source, "denominator": {"kind": "EventsNode", "event": "$pageview"}},
    }
    return {
        "kind": "ExperimentMetric",
        "uuid": uuid,
        "name": f"{metric_type} {uuid}",
        "metric_type": metric_type,
        **shapes[metric_type],
        **fields,
    }


# ------------------------------------------------------------------------------ fixtures


@pytest.fixture(params=["2025", "2026"])
def fake(request: pytest.FixtureRequest) -> FakePostHog:
    instance = FakePostHog(posthog_version=str(request.param))
    instance.add_event("purchase")
    instance.add_event("$pageview")
    return instance


@pytest.fixture
def client(connect: Callable[..., Any]) -> Any:
    return connect()


async def launched(client: Any, **fields: Any) -> pec.Experiment:
    experiment = await client.create(feature_flag_key=fields.pop("key", "checkout"), **fields)
    return await client.launch(experiment.id)  # type: ignore[no-any-return]


def sent(fake: FakePostHog, method: str, part: str) -> list[Any]:
    return [r for r in fake.requests if r.method == method and part in r.path]


# ------------------------------------------------------------------------------ the numbers


async def test_frequentist_results_match_posthogs_tests(client: Any, fake: FakePostHog) -> None:
    experiment = await launched(
        client,
        name="Frequentist",
        metrics=[metric("m-mean", "mean"), metric("m-funnel", "funnel")],
        metrics_secondary=[metric("m-ratio", "ratio")],
        stats_config={"method": "frequentist"},
    )
    for uuid, data in (("m-mean", MEAN), ("m-funnel", PROPORTION), ("m-ratio", RATIO)):
        fake.set_metric_data(experiment.id, uuid, data)
    results = await client.results(experiment.id)
    assert isinstance(results, pec.ExperimentResults)
    assert results.ok
    expected = {
        # uuid: (p_value, confidence interval), from PostHog's TestTwoSidedTTest.
        "m-mean": (0.08487, (-0.0875, 1.36048)),
        "m-funnel": (0.030960, (-0.49475, -0.02376)),
        "m-ratio": (0.0032826, (0.01378609, 0.0689)),
    }
    for uuid, (p_value, (low, high)) in expected.items():
        result = results.metric(uuid)
        assert result is not None
        assert result.method == "frequentist"
        (variant,) = result.variants
        assert isinstance(variant, pec.FrequentistVariantResult)
        assert variant.key == "test"
        assert variant.p_value == pytest.approx(p_value, abs=PLACES_4)
        assert variant.confidence_interval is not None
        assert variant.confidence_interval[0] == pytest.approx(low, abs=PLACES_4)
        assert variant.confidence_interval[1] == pytest.approx(high, abs=PLACES_4)
        assert variant.significant is (p_value < 0.05)
        assert result.baseline is not None
        assert result.baseline.key == "control"
    funnel = results.metric("m-funnel")
    assert funnel is not None
    assert funnel.winner is None  # significant, but the test variant converts less
    assert [v.key for v in funnel.losers] == ["test"]
    ratio = results.metric("m-ratio")
    assert ratio is not None
    assert ratio.winner is not None
    assert ratio.winner.key == "test"
    assert ratio.variants[0].raw.denominator_sum == 947


async def test_bayesian_results_match_posthogs_tests(client: Any, fake: FakePostHog) -> None:
    experiment = await launched(client, name="Bayesian", metrics=[metric("m-mean", "mean")])
    fake.set_metric_data(experiment.id, "m-mean", MEAN)
    result = await client.metric_result(experiment.id, "m-mean")
    assert isinstance(result, pec.MetricResult)
    assert result.method == "bayesian"
    (variant,) = result.variants
    assert isinstance(variant, pec.BayesianVariantResult)
    # PostHog's test_bayesian.py test_realistic_example.
    assert variant.chance_to_win == pytest.approx(0.95759, abs=PLACES_4)
    assert variant.credible_interval is not None
    assert variant.credible_interval[0] == pytest.approx(-0.0873, abs=PLACES_4)
    assert variant.credible_interval[1] == pytest.approx(1.36026, abs=PLACES_4)
    assert variant.significant is True  # chance_to_win > ci_level 0.95
    assert variant.direction == "positive"
    assert result.winner is variant
    assert result.response is not None
    assert result.response.is_cached is False


# ------------------------------------------------------------------------------ shapes, order


async def test_every_metric_in_the_experiments_order_saved_ones_included(
    client: Any, fake: FakePostHog
) -> None:
    saved_primary = fake.add_saved_metric("Saved revenue", query=metric("s-primary", "mean"))
    saved_secondary = fake.add_saved_metric("Saved signups", query=metric("s-secondary", "funnel"))
    experiment = await client.create(
        name="Mixed",
        feature_flag_key="mixed",
        metrics=[metric("m-funnel", "funnel"), metric("m-mean", "mean")],
        metrics_secondary=[metric("m-ratio", "ratio")],
        saved_metrics_ids=[
            {"id": saved_primary, "metadata": {"type": "primary"}},
            {"id": saved_secondary, "metadata": {"type": "secondary"}},
        ],
    )
    experiment = await client.update(
        experiment.id, primary_metrics_ordered_uuids=["s-primary", "m-mean", "m-funnel"]
    )
    await client.launch(experiment.id)
    for uuid, data in (
        ("m-funnel", PROPORTION),
        ("m-mean", MEAN),
        ("m-ratio", RATIO),
        ("s-primary", MEAN),
        ("s-secondary", PROPORTION),
    ):
        fake.set_metric_data(experiment.id, uuid, data)
    results = await client.results(experiment.id)
    assert [m.metric_uuid for m in results.primary] == ["s-primary", "m-mean", "m-funnel"]
    assert [m.metric_uuid for m in results.secondary] == ["m-ratio", "s-secondary"]
    assert [m.role for m in results] == ["primary"] * 3 + ["secondary"] * 2
    by_uuid = {m.metric_uuid: m for m in results}
    assert by_uuid["s-primary"].name == "Saved revenue"
    assert by_uuid["s-primary"].saved_metric_id == saved_primary
    assert by_uuid["s-secondary"].saved_metric_id == saved_secondary
    assert by_uuid["m-mean"].saved_metric_id is None
    assert by_uuid["m-ratio"].metric.metric_type == "ratio"
    assert results.ok
    assert len(results) == 5
    # Each query sent its metric as stored, once; the exposure query once.
    posted = [r.json() for r in sent(fake, "POST", "/query/")]
    assert sorted(p["query"]["metric"]["uuid"] for p in posted if "metric" in p["query"]) == [
        "m-funnel",
        "m-mean",
        "m-ratio",
        "s-primary",
        "s-secondary",
    ]
    assert [p["query"]["kind"] for p in posted].count("ExperimentExposureQuery") == 1
    assert results.experiment.id == experiment.id


async def test_exposures_are_typed(client: Any, fake: FakePostHog) -> None:
    experiment = await client.create(
        name="Seen", feature_flag_key="seen", start_date="2026-01-01T00:00:00Z",
        end_date="2026-01-03T00:00:00Z",
    )  # fmt: skip
    fake.set_exposures(experiment.id, {"control": {"2026-01-01": 3, "2026-01-02": 4}, "test": {}})
    exposures = await client.exposures(experiment.id)
    assert isinstance(exposures, pec.ExposureResults)
    assert exposures.total("control") == 7
    assert exposures.total("test") == 0
    (series,) = exposures.timeseries
    assert series.variant == "control"
    assert series.days == ["2026-01-01", "2026-01-02", "2026-01-03"]
    assert series.exposure_counts == [3, 7, 7]
    results = await client.results(experiment.id)
    assert results.primary == ()
    assert results.exposures.total_exposures == {"control": 7}


async def test_variants_without_enough_data_have_no_statistics(client: Any) -> None:
    experiment = await launched(client, name="Empty", metrics=[metric("m-mean", "mean")])
    result = (await client.results(experiment.id)).primary[0]
    assert result.ok
    (variant,) = result.variants
    assert variant.validation_failures == ("not-enough-exposures",)
    assert variant.significant is None
    assert variant.interval is None
    assert result.winner is None


# ------------------------------------------------------------------------------ failures


async def test_a_statistics_failure_is_typed_in_its_slot(client: Any, fake: FakePostHog) -> None:
    experiment = await launched(
        client,
        name="Flat",
        metrics=[metric("m-flat", "mean"), metric("m-mean", "mean")],
        stats_config={"method": "frequentist"},
    )
    fake.set_metric_data(experiment.id, "m-flat", ZERO_VARIANCE)
    fake.set_metric_data(experiment.id, "m-mean", MEAN)
    results = await client.results(experiment.id)
    flat, fine = results.primary
    assert isinstance(flat.error, pec.StatisticsUnavailableError)
    assert isinstance(flat.error, pec.BadRequestError)
    assert flat.error.detail == STATISTICS_FAILURE
    assert flat.variants == ()
    assert fine.ok
    assert fine.variants[0].significant is False
    assert results.errors == (flat.error,)
    with pytest.raises(pec.StatisticsUnavailableError, match="sufficient data"):
        results.raise_for_errors()
    with pytest.raises(pec.StatisticsUnavailableError):
        await client.metric_result(experiment.id, "m-flat")


async def test_a_missing_query_scope_is_named(client: Any, connect: Any, fake: FakePostHog) -> None:
    experiment = await launched(client, name="Scoped", metrics=[metric("m-mean", "mean")])
    reader = connect(api_key=fake.add_key(scopes=["experiment:read"]))
    results = await reader.results(experiment.id)
    assert len(results.errors) == 2  # the metric and the exposures
    assert all(isinstance(error, pec.PermissionDeniedError) for error in results.errors)
    with pytest.raises(pec.PermissionDeniedError, match="'query:read' scope"):
        await reader.metric_result(experiment.id, "m-mean")


async def test_arguments_are_checked_before_sending(client: Any, fake: FakePostHog) -> None:
    before = len(fake.requests)
    with pytest.raises(pec.InvalidArgumentError, match="refresh"):
        await client.results(1, refresh=5)
    with pytest.raises(pec.InvalidArgumentError, match="max_concurrency"):
        await client.results(1, max_concurrency=0)
    with pytest.raises(pec.InvalidArgumentError, match="deadline"):
        await client.results(1, deadline=-1)
    with pytest.raises(pec.InvalidArgumentError, match="deadline"):
        await client.results(1, deadline="soon")
    assert len(fake.requests) == before
    experiment = await launched(client, name="Args", metrics=[metric("m-mean", "mean")])
    with pytest.raises(pec.InvalidArgumentError, match="'m-mean'"):
        await client.metric_result(experiment.id, "nope")
    with pytest.raises(pec.InvalidArgumentError, match="metric must be"):
        await client.metric_result(experiment.id, 5)
    with pytest.raises(pec.NotFoundError):
        await client.results(999999)


async def test_a_metric_given_whole_is_sent_as_given(client: Any, fake: FakePostHog) -> None:
    experiment = await launched(client, name="Ad hoc", metrics=[metric("m-mean", "mean")])
    fake.set_metric_data(experiment.id, "m-other", MEAN)
    result = await client.metric_result(experiment.id, metric("m-other", "mean", goal="decrease"))
    assert result.metric_uuid == "m-other"
    assert result.goal == "decrease"
    assert result.winner is None  # the significant lift points the wrong way for this goal
    assert sent(fake, "POST", "/query/")[-1].json()["query"]["metric"]["goal"] == "decrease"


# ------------------------------------------------------------------------------ async queries


async def test_async_refresh_polls_until_complete(client: Any, fake: FakePostHog) -> None:
    experiment = await launched(
        client, name="Polled", metrics=[metric("m-mean", "mean"), metric("m-funnel", "funnel")]
    )
    fake.set_metric_data(experiment.id, "m-mean", MEAN)
    fake.set_async_queries(polls=2)
    results = await client.results(experiment.id, refresh="force_async")
    assert results.ok
    variant = results.primary[0].variants[0]
    assert isinstance(variant, pec.BayesianVariantResult)
    assert variant.chance_to_win == pytest.approx(0.95759, abs=PLACES_4)
    assert len(sent(fake, "POST", "/query/")) == 3
    assert all(r.json()["refresh"] == "force_async" for r in sent(fake, "POST", "/query/"))
    assert len(sent(fake, "GET", "/query/")) == 9  # 2 answers of 202, then the 200, each
    assert sent(fake, "DELETE", "/query/") == []


async def test_a_failed_async_query_has_posthogs_message(client: Any, fake: FakePostHog) -> None:
    experiment = await launched(
        client, name="Failing", metrics=[metric("m-mean", "mean"), metric("m-slow", "mean")]
    )
    fake.set_query_error(experiment.id, "m-slow", error_message="Query timed out")
    fake.set_async_queries(polls=1)
    results = await client.results(experiment.id, refresh="async")
    fine, slow = results.primary
    assert fine.ok
    assert isinstance(slow.error, pec.QueryFailedError)
    assert slow.error.error_message == "Query timed out"
    assert slow.error.status_code == 400
    assert slow.error.query_id
    assert "Query timed out" in str(slow.error)
    with pytest.raises(pec.QueryFailedError, match="Query timed out"):
        slow.raise_for_error()
    fake.set_query_error(experiment.id, error_message=None)  # exposures: an internal failure
    results = await client.results(experiment.id, refresh="force_async")
    assert isinstance(results.exposures.error, pec.QueryFailedError)
    assert results.exposures.error.status_code == 500
    assert results.exposures.error.error_message is None


@pytest.mark.parametrize("flavour", ["sync", "async"])
async def test_a_poll_past_the_deadline_is_cancelled(client: Any, fake: FakePostHog) -> None:
    experiment = await launched(client, name="Slow", metrics=[metric("m-mean", "mean")])
    fake.set_async_queries(seconds=3600)
    pec.set_testing(False)  # real waits between polls
    try:
        results = await client.results(experiment.id, refresh="force_async", deadline=0.35)
    finally:
        pec.set_testing(True)
    assert len(results.errors) == 2
    for error in results.errors:
        assert isinstance(error, pec.APITimeoutError)
        assert "cancelled" in str(error)
    assert len(sent(fake, "DELETE", "/query/")) == 2
    assert fake.async_queries() == []


@pytest.mark.parametrize("flavour", ["async"])
async def test_a_cancelled_call_cancels_its_queries(
    client: Any, fake: FakePostHog, anyio_backend: str
) -> None:
    experiment = await launched(client, name="Given up", metrics=[metric("m-mean", "mean")])
    fake.set_async_queries(seconds=3600)
    pec.set_testing(False)
    try:
        if anyio_backend == "trio":
            import trio

            with trio.move_on_after(0.3) as scope:
                await client.results(experiment.id, refresh="force_async")
            assert scope.cancelled_caught
        else:
            import asyncio

            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(client.results(experiment.id, refresh="force_async"), 0.3)
    finally:
        pec.set_testing(True)
    assert len(sent(fake, "DELETE", "/query/")) == 2
    assert fake.async_queries() == []


# ------------------------------------------------------------------------------ concurrency


class Counting(httpx.AsyncBaseTransport, httpx.BaseTransport):
    """Counts the query requests in flight at once, each held for a moment."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.lock = threading.Lock()
        self.in_flight = 0
        self.peak = 0

    def _enter(self, request: httpx.Request) -> bool:
        if not request.url.path.endswith("/query/"):
            return False
        with self.lock:
            self.in_flight += 1
            self.peak = max(self.peak, self.in_flight)
        return True

    def _leave(self) -> None:
        with self.lock:
            self.in_flight -= 1

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        counted = self._enter(request)
        try:
            if counted:
                time.sleep(0.05)
            return self.inner.handle_request(request)  # type: ignore[no-any-return]
        finally:
            if counted:
                self._leave()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        counted = self._enter(request)
        try:
            if counted:
                await anyio.sleep(0.05)
            return await self.inner.handle_async_request(request)  # type: ignore[no-any-return]
        finally:
            if counted:
                self._leave()


@pytest.mark.parametrize("mode", ["in-process"])
async def test_queries_run_at_once_within_the_bound(connect: Any, fake: FakePostHog) -> None:
    counting = Counting(fake.transport())
    client = connect(transport=counting)
    uuids = [f"m-{n}" for n in range(6)]
    experiment = await launched(
        client, name="Many", metrics=[metric(uuid, "mean") for uuid in uuids]
    )
    results = await client.results(experiment.id, max_concurrency=3)
    assert results.ok
    assert counting.peak == 3
    assert [m.metric_uuid for m in results.primary] == uuids
    counting.peak = 0
    await client.results(experiment.id, max_concurrency=1)
    assert counting.peak == 1


async def test_a_saved_metric_of_an_unexpected_shape_is_kept_whole(
    client: Any, fake: FakePostHog
) -> None:
    odd = {**metric("s-odd", "mean"), "series": "not a list", "future": {"x": 1}}
    saved = fake.add_saved_metric("Odd", query=odd)
    experiment = await client.create(
        name="Odd", feature_flag_key="odd", saved_metrics_ids=[{"id": saved}]
    )
    await client.launch(experiment.id)
    fake.set_metric_data(experiment.id, "s-odd", MEAN)
    (result,) = (await client.results(experiment.id)).primary
    assert result.ok
    assert result.metric.to_dict() == odd
    (query,) = [
        q for q in (r.json()["query"] for r in sent(fake, "POST", "/query/")) if "metric" in q
    ]
    assert query["metric"] == odd


async def test_refresh_is_sent_as_given(client: Any, fake: FakePostHog) -> None:
    experiment = await launched(client, name="Refresh", metrics=[metric("m-mean", "mean")])
    for refresh, expected in ((True, True), (None, None), ("force_blocking", "force_blocking")):
        await client.metric_result(experiment.id, "m-mean", refresh=refresh)
        assert sent(fake, "POST", "/query/")[-1].json()["refresh"] == expected
    await client.metric_result(experiment.id, "m-mean")
    assert "refresh" not in sent(fake, "POST", "/query/")[-1].json()
