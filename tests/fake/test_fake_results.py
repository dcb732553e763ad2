"""The query API of the fake: experiment results and exposures, as PostHog serves them.

Every rule is checked in process and over a socket, against both PostHog versions.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest

from posthog_experiments_client.testing import (
    FakeClock,
    FakePostHog,
    RateLimits,
    SimulatedExperiment,
    simulate_experiment,
)
from posthog_experiments_client.testing._statistics import (
    INVALID_CONFIGURATION_MESSAGE,
    STATISTICS_FAILURE_MESSAGE,
    InvalidExposuresError,
    InvalidVariantStatsError,
)
from posthog_experiments_client.testing._statistics._shapes import (
    CACHE_FIELDS,
    EXPOSURE_RESPONSE_FIELDS,
    METRIC_RESPONSE_FIELDS,
    NEWEST_EXPOSURE_RESPONSE_FIELDS,
    NEWEST_METRIC_RESPONSE_FIELDS,
)

from ._support import PROJECT, create

QUERY = f"/api/environments/{PROJECT}/query/"
PROJECTS_QUERY = f"/api/projects/{PROJECT}/query/"
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
CONTROL = {"number_of_samples": 1529, "sum": 87, "sum_squares": 87}
TEST = {"number_of_samples": 1471, "sum": 62, "sum_squares": 62}
# Neither variant varies: the Welch test cannot be computed (PostHog's statistics 400).
ZERO_VARIANCE = {
    "control": {"number_of_samples": 100, "sum": 50, "sum_squares": 25},
    "test": {"number_of_samples": 100, "sum": 60, "sum_squares": 36},
}


def _metric(uuid: str = "m-1", metric_type: str = "funnel", **fields: Any) -> dict[str, Any]:
    return {
        "kind": "ExperimentMetric",
        "uuid": uuid,
        "metric_type": metric_type,
        "name": f"Metric {uuid}",
        "series": [{"kind": "EventsNode", "event": "$pageview"}],
        "source": {"kind": "EventsNode", "event": "$pageview"},
        **fields,
    }


def _experiment(api: httpx.Client, fake: FakePostHog, **body: Any) -> dict[str, Any]:
    fake.add_event("$pageview")
    body.setdefault("metrics", [_metric()])
    return create(api, body.pop("name", "Checkout"), **body)  # type: ignore[no-any-return]


def _metric_query(experiment: dict[str, Any], index: int = 0, **body: Any) -> dict[str, Any]:
    metric = experiment["metrics"][index]
    query = {"kind": "ExperimentQuery", "experiment_id": experiment["id"], "metric": metric}
    return {"query": query, **body}


def _exposure_query(experiment: dict[str, Any], **body: Any) -> dict[str, Any]:
    query = {
        "kind": "ExperimentExposureQuery",
        "experiment_id": experiment["id"],
        "experiment_name": experiment["name"],
        "feature_flag": experiment["feature_flag"],
        "exposure_criteria": experiment["exposure_criteria"],
        "start_date": experiment["start_date"],
        "end_date": experiment["end_date"],
        "holdout": experiment["holdout"],
    }
    return {"query": query, **body}


def _newest(version: str) -> bool:
    return version == "2026"


# ------------------------------------------------------------------------------ metric queries


def test_metric_query_computes_from_the_seeded_data_in_posthogs_shape(
    api: httpx.Client, fake: FakePostHog, posthog_version: str
) -> None:
    experiment = _experiment(api, fake, stats_config={"method": "frequentist"})
    fake.set_metric_data(experiment["id"], "m-1", {"control": CONTROL, "test": TEST})
    response = api.post(QUERY, json=_metric_query(experiment))
    assert response.status_code == 200, response.text
    body = response.json()
    fields = set(METRIC_RESPONSE_FIELDS) | set(CACHE_FIELDS)
    if _newest(posthog_version):
        fields |= set(NEWEST_METRIC_RESPONSE_FIELDS)
    assert set(body) == fields
    for key in LEGACY_KEYS:
        assert body[key] is None
    assert body["baseline"]["key"] == "control"
    (variant,) = body["variant_results"]
    # PostHog's test_frequentist.py sample_proportion case, to 4 decimals.
    assert variant["p_value"] == pytest.approx(0.030960, abs=0.5e-4)
    assert variant["confidence_interval"][0] == pytest.approx(-0.49475, abs=0.5e-4)
    assert variant["confidence_interval"][1] == pytest.approx(-0.02376, abs=0.5e-4)
    assert variant["significant"] is True
    assert ("covariate_sum" in variant) is _newest(posthog_version)
    assert body["is_cached"] is False
    assert body["cache_key"].startswith("cache_")
    assert body["query_status"] is None


def test_the_projects_path_serves_the_same_query(api: httpx.Client, fake: FakePostHog) -> None:
    experiment = _experiment(api, fake)
    fake.set_metric_data(experiment["id"], "m-1", {"control": CONTROL, "test": TEST})
    response = api.post(PROJECTS_QUERY, json=_metric_query(experiment))
    assert response.status_code == 200
    assert response.json()["variant_results"][0]["method"] == "bayesian"


def test_a_metric_without_data_has_validation_failures_not_an_error(
    api: httpx.Client, fake: FakePostHog
) -> None:
    experiment = _experiment(api, fake)
    body = api.post(QUERY, json=_metric_query(experiment)).json()
    assert body["baseline"]["number_of_samples"] == 0
    assert "not-enough-exposures" in body["variant_results"][0]["validation_failures"]
    assert body["variant_results"][0]["chance_to_win"] is None


def test_statistics_failure_is_posthogs_400(api: httpx.Client, fake: FakePostHog) -> None:
    experiment = _experiment(
        api, fake, metrics=[_metric(metric_type="mean")], stats_config={"method": "frequentist"}
    )
    fake.set_metric_data(experiment["id"], "m-1", ZERO_VARIANCE)
    response = api.post(QUERY, json=_metric_query(experiment))
    assert response.status_code == 400
    assert response.json() == {
        "type": "validation_error",
        "code": "invalid_input",
        "detail": STATISTICS_FAILURE_MESSAGE,
        "attr": None,
    }


def test_a_missing_baseline_is_the_configuration_400(api: httpx.Client, fake: FakePostHog) -> None:
    # 2026 refuses such a stats_config on create; an older row can still have it.
    experiment_id = fake.add_experiment(
        "Old", validate=False, stats_config={"baseline_variant_key": "nope"}, metrics=[_metric()]
    )
    experiment = api.get(f"/api/projects/{PROJECT}/experiments/{experiment_id}/").json()
    response = api.post(QUERY, json=_metric_query(experiment))
    assert response.status_code == 400
    assert response.json()["detail"] == INVALID_CONFIGURATION_MESSAGE


@pytest.mark.parametrize(
    ("body", "detail", "attr"),
    [
        ({}, "This field is required.", "query"),
        ({"query": []}, "Input should be a valid dictionary", "query"),
        (
            {"query": {"kind": "HogQLQuery", "query": "select 1"}},
            "Can't get a runner for an unknown query kind: HogQLQuery",
            None,
        ),
        (
            {"query": {"kind": "TrendsQuery"}},
            "Can't get a runner for an unknown query kind: TrendsQuery",
            None,
        ),
        ({"query": {"kind": "ExperimentQuery", "metric": _metric()}}, "experiment_id is required", None),
        (
            {"query": {"kind": "ExperimentQuery", "experiment_id": 999, "metric": _metric()}},
            "Experiment with id 999 not found",
            None,
        ),
        (
            {"query": {"kind": "ExperimentExposureQuery", "experiment_id": 999}},
            "Experiment with id 999 not found",
            None,
        ),
    ],
)  # fmt: skip
def test_queries_the_fake_does_not_run_answer_400(
    api: httpx.Client, body: dict[str, Any], detail: str, attr: str | None
) -> None:
    response = api.post(QUERY, json=body)
    assert response.status_code == 400
    assert response.json()["detail"] == detail
    assert response.json()["attr"] == attr


def test_an_unknown_metric_type_is_a_400(api: httpx.Client, fake: FakePostHog) -> None:
    experiment = _experiment(api, fake)
    body = _metric_query(experiment)
    body["query"]["metric"] = {**body["query"]["metric"], "metric_type": "median"}
    response = api.post(QUERY, json=body)
    assert response.status_code == 400
    assert "metric_type" in response.json()["detail"]


def test_an_unknown_refresh_mode_is_a_400(api: httpx.Client, fake: FakePostHog) -> None:
    experiment = _experiment(api, fake)
    response = api.post(QUERY, json=_metric_query(experiment, refresh="sometimes"))
    assert response.status_code == 400
    assert response.json()["attr"] == "refresh"
    assert "'force_async'" in response.json()["detail"]


def test_another_projects_experiment_is_not_found(api: httpx.Client, fake: FakePostHog) -> None:
    other = fake.add_experiment("Elsewhere", project_id=fake.second_project_id)
    query = {"kind": "ExperimentQuery", "experiment_id": other, "metric": _metric()}
    response = api.post(QUERY, json={"query": query})
    assert response.status_code == 400
    assert response.json()["detail"] == f"Experiment with id {other} not found"


# ------------------------------------------------------------------------------ exposures


def test_exposure_query_counts_the_seeded_exposures(
    api: httpx.Client, fake: FakePostHog, clock: FakeClock, posthog_version: str
) -> None:
    experiment = _experiment(api, fake)
    launched = api.patch(
        f"/api/projects/{PROJECT}/experiments/{experiment['id']}/",
        json={"start_date": "2025-12-30T00:00:00Z"},
    ).json()
    fake.set_exposures(
        experiment["id"],
        {
            "control": {"2025-12-30": 10, dt.date(2025, 12, 31): 5},
            "test": {"2025-12-31": 12, "2026-01-01": 1},
        },
    )
    response = api.post(QUERY, json=_exposure_query(launched))
    assert response.status_code == 200
    body = response.json()
    fields = set(EXPOSURE_RESPONSE_FIELDS) | set(CACHE_FIELDS)
    if _newest(posthog_version):
        fields |= set(NEWEST_EXPOSURE_RESPONSE_FIELDS)
    assert set(body) == fields
    assert body["total_exposures"] == {"control": 15, "test": 13}
    series = {s["variant"]: s for s in body["timeseries"]}
    assert series["control"]["days"] == ["2025-12-30", "2025-12-31", "2026-01-01"]
    assert series["control"]["exposure_counts"] == [10, 15, 15]


# ------------------------------------------------------------------------------ auth, limits


def test_the_query_api_needs_query_read(connect: Any, fake: FakePostHog, api: httpx.Client) -> None:
    experiment = _experiment(api, fake)
    body = _metric_query(experiment)
    assert connect(None).post(QUERY, json=body).status_code == 401
    experiments_only = connect(fake.add_key(scopes=["experiment:read"]))
    response = experiments_only.post(QUERY, json=body)
    assert response.status_code == 403
    assert response.json()["detail"] == "API key missing required scope 'query:read'"
    assert experiments_only.get(f"{QUERY}abc/").status_code == 403
    assert connect(fake.add_key(scopes=["query:read"])).post(QUERY, json=body).status_code == 200
    other_project = connect(fake.add_key(project_ids=[fake.second_project_id]))
    assert other_project.post(QUERY, json=body).status_code == 403


def test_the_query_api_is_rate_limited_like_the_rest(fake: FakePostHog, clock: FakeClock) -> None:
    limited = FakePostHog(clock=clock, rate_limits=RateLimits(per_minute=2, per_hour=100))
    with limited.client() as api:
        query = {"query": {"kind": "ExperimentExposureQuery", "experiment_id": 1}}
        statuses = [api.post(QUERY, json=query).status_code for _ in range(3)]
    assert statuses[-1] == 429


def test_other_verbs_are_405(api: httpx.Client) -> None:
    response = api.get(QUERY)
    assert response.status_code == 405
    assert response.headers["Allow"] == "POST, OPTIONS"


# ------------------------------------------------------------------------------ cache


def test_blocking_answers_come_from_the_cache_until_the_data_changes(
    api: httpx.Client, fake: FakePostHog, clock: FakeClock
) -> None:
    experiment = _experiment(api, fake)
    fake.set_metric_data(experiment["id"], "m-1", {"control": CONTROL, "test": TEST})
    first = api.post(QUERY, json=_metric_query(experiment)).json()
    second = api.post(QUERY, json=_metric_query(experiment)).json()
    assert (first["is_cached"], second["is_cached"]) == (False, True)
    assert second["variant_results"] == first["variant_results"]
    forced = api.post(QUERY, json=_metric_query(experiment, refresh="force_blocking")).json()
    assert forced["is_cached"] is False
    fake.set_metric_data(experiment["id"], "m-1", {"control": TEST, "test": CONTROL})
    changed = api.post(QUERY, json=_metric_query(experiment)).json()
    assert changed["is_cached"] is False
    assert changed["variant_results"] != first["variant_results"]
    clock.advance(24 * 3600)
    assert api.post(QUERY, json=_metric_query(experiment)).json()["is_cached"] is False


def test_force_cache_on_a_miss_answers_no_results(api: httpx.Client, fake: FakePostHog) -> None:
    experiment = _experiment(api, fake)
    response = api.post(QUERY, json=_metric_query(experiment, refresh="force_cache"))
    assert response.status_code == 200
    assert set(response.json()) == {"cache_key", "query_status"}
    assert response.json()["query_status"] is None
    api.post(QUERY, json=_metric_query(experiment))
    cached = api.post(QUERY, json=_metric_query(experiment, refresh="force_cache")).json()
    assert cached["is_cached"] is True


def test_async_modes_answer_the_cache_when_fresh(api: httpx.Client, fake: FakePostHog) -> None:
    experiment = _experiment(api, fake)
    miss = api.post(QUERY, json=_metric_query(experiment, refresh="async_except_on_cache_miss"))
    assert miss.status_code == 200  # computed on a miss
    for mode in ("async", "lazy_async", "async_except_on_cache_miss"):
        hit = api.post(QUERY, json=_metric_query(experiment, refresh=mode))
        assert hit.status_code == 200, mode
        assert hit.json()["is_cached"] is True
    assert api.post(QUERY, json=_metric_query(experiment, refresh="force_async")).status_code == 202


# ------------------------------------------------------------------------------ async queries


@pytest.mark.parametrize("mode", ["async", "lazy_async", "force_async"])
def test_async_query_is_polled_until_complete(
    api: httpx.Client, fake: FakePostHog, mode: str
) -> None:
    experiment = _experiment(api, fake)
    fake.set_metric_data(experiment["id"], "m-1", {"control": CONTROL, "test": TEST})
    fake.set_async_queries(polls=2)
    queued = api.post(QUERY, json=_metric_query(experiment, refresh=mode))
    assert queued.status_code == 202
    status = queued.json()["query_status"]
    assert status["complete"] is False
    assert status["query_async"] is True
    assert status["results"] is None
    assert queued.json()["cache_key"].startswith("cache_")
    path = f"{QUERY}{status['id']}/"
    assert [api.get(path).status_code for _ in range(2)] == [202, 202]
    done = api.get(path)
    assert done.status_code == 200
    final = done.json()["query_status"]
    assert final["complete"] is True
    assert final["end_time"] is not None
    assert final["results"]["variant_results"][0]["key"] == "test"
    # The computed answer is cached: a blocking call now gets it.
    assert api.post(QUERY, json=_metric_query(experiment)).json()["is_cached"] is True


def test_async_query_completes_on_the_fakes_clock(
    api: httpx.Client, fake: FakePostHog, clock: FakeClock
) -> None:
    experiment = _experiment(api, fake)
    fake.set_async_queries(seconds=30)
    status = api.post(QUERY, json=_exposure_query(experiment, refresh="force_async")).json()
    path = f"{QUERY}{status['query_status']['id']}/"
    assert api.get(path).status_code == 202
    clock.advance(29)
    assert api.get(path).status_code == 202
    clock.advance(1)
    assert api.get(path).status_code == 200


def test_zero_polls_completes_on_the_first_poll(api: httpx.Client, fake: FakePostHog) -> None:
    experiment = _experiment(api, fake)
    fake.set_async_queries(polls=0)
    status = api.post(QUERY, json=_metric_query(experiment, refresh="force_async")).json()
    assert api.get(f"{QUERY}{status['query_status']['id']}/").status_code == 200


def test_delete_cancels_an_async_query(api: httpx.Client, fake: FakePostHog) -> None:
    experiment = _experiment(api, fake)
    status = api.post(QUERY, json=_metric_query(experiment, refresh="force_async")).json()
    path = f"{QUERY}{status['query_status']['id']}/"
    assert len(fake.async_queries()) == 1
    cancelled = api.delete(path)
    assert cancelled.status_code == 204
    assert cancelled.content == b""
    assert fake.async_queries() == []
    gone = api.get(path)
    assert gone.status_code == 404
    assert gone.json()["detail"] == "Query not found."
    assert api.delete(path).status_code == 204


def test_a_query_of_another_project_is_not_found(api: httpx.Client, fake: FakePostHog) -> None:
    experiment = _experiment(api, fake)
    status = api.post(QUERY, json=_metric_query(experiment, refresh="force_async")).json()
    other = f"/api/environments/{fake.second_project_id}/query/{status['query_status']['id']}/"
    assert api.get(other).status_code == 404


def test_a_failed_async_query_has_posthogs_error_message(
    api: httpx.Client, fake: FakePostHog
) -> None:
    experiment = _experiment(
        api, fake, metrics=[_metric(metric_type="mean")], stats_config={"method": "frequentist"}
    )
    fake.set_metric_data(experiment["id"], "m-1", ZERO_VARIANCE)
    fake.set_async_queries(polls=0)
    status = api.post(QUERY, json=_metric_query(experiment, refresh="force_async")).json()
    failed = api.get(f"{QUERY}{status['query_status']['id']}/")
    assert failed.status_code == 400
    final = failed.json()["query_status"]
    assert final["error"] is True
    assert final["complete"] is True
    assert final["error_message"] == STATISTICS_FAILURE_MESSAGE
    assert final["results"] is None


def test_scripted_query_errors(api: httpx.Client, fake: FakePostHog) -> None:
    experiment = _experiment(api, fake)
    fake.set_query_error(experiment["id"], "m-1", error_message="Query timed out")
    blocking = api.post(QUERY, json=_metric_query(experiment))
    assert blocking.status_code == 400
    assert blocking.json()["detail"] == "Query timed out"
    fake.set_async_queries(polls=0)
    status = api.post(QUERY, json=_metric_query(experiment, refresh="force_async")).json()
    polled = api.get(f"{QUERY}{status['query_status']['id']}/")
    assert polled.status_code == 400
    assert polled.json()["query_status"]["error_message"] == "Query timed out"
    fake.set_query_error(experiment["id"], error_message=None)  # the exposure query
    status = api.post(QUERY, json=_exposure_query(experiment, refresh="force_async")).json()
    internal = api.get(f"{QUERY}{status['query_status']['id']}/")
    assert internal.status_code == 500
    assert internal.json()["query_status"]["error_message"] is None
    assert api.post(QUERY, json=_exposure_query(experiment)).status_code == 500
    fake.clear_query_errors()
    assert api.post(QUERY, json=_metric_query(experiment)).status_code == 200


def test_reset_forgets_results_data(fake: FakePostHog) -> None:
    fake.set_metric_data(1, "m-1", {"control": CONTROL})
    fake.set_async_queries(polls=5)
    fake.reset()
    assert fake._app.store.results.metric_data == {}
    assert fake._app.store.results.completion.polls == 1


# ------------------------------------------------------------------------------ seeding


def test_seeding_checks_its_input(fake: FakePostHog) -> None:
    with pytest.raises(InvalidVariantStatsError, match="test"):
        fake.set_metric_data(1, "m-1", {"test": {"number_of_samples": "many"}})
    with pytest.raises(InvalidExposuresError, match="ISO date"):
        fake.set_exposures(1, {"control": {"yesterday": 3}})
    with pytest.raises(TypeError, match="experiment_id"):
        fake.set_metric_data("1", "m-1", {})  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="metric_uuid"):
        fake.set_metric_data(1, 5, {})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="negative"):
        fake.set_async_queries(polls=-1)


def test_load_results_seeds_from_json(fake: FakePostHog, tmp_path: Path) -> None:
    data = {
        "metric_data": [
            {"experiment_id": 1, "metric_uuid": "m-1", "variants": {"control": CONTROL}}
        ],
        "exposures": [{"experiment_id": 1, "variants": {"control": {"2026-01-01": 4}}}],
    }
    path = tmp_path / "results.json"
    path.write_text(json.dumps(data))
    fake.load_results(path)
    tables = fake._app.store.results
    assert tables.metric_data[(1, "m-1")]["control"].number_of_samples == 1529
    assert tables.exposures[1]["control"] == {dt.date(2026, 1, 1): 4}
    with pytest.raises(ValueError, match=r"metric_data\[0\]"):
        fake.load_results({"metric_data": [{"experiment_id": 1}]})
    with pytest.raises(ValueError, match="unknown keys"):
        fake.load_results({"metrics": []})


def test_the_simulation_feeds_the_fake(api: httpx.Client, fake: FakePostHog) -> None:
    simulated = simulate_experiment(
        conversion_rates={"control": 0.10, "test": 0.12}, exposures=2000, seed=7
    )
    assert isinstance(simulated, SimulatedExperiment)
    experiment = _experiment(api, fake)
    fake.set_metric_data(experiment["id"], "m-1", simulated.funnel)
    body = api.post(QUERY, json=_metric_query(experiment)).json()
    (variant,) = body["variant_results"]
    assert body["baseline"]["number_of_samples"] == 2000
    assert variant["number_of_samples"] == 2000
    assert 0 < variant["chance_to_win"] < 1
    again = simulate_experiment(
        conversion_rates={"control": 0.10, "test": 0.12}, exposures=2000, seed=7
    )
    assert again == simulated


# ------------------------------------------------------------------------------ the CLI


@pytest.mark.posthog_versions("2026")
@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGINT")
def test_serve_seeds_results_from_a_file(tmp_path: Path) -> None:
    data = {
        "metric_data": [
            {
                "experiment_id": 1,
                "metric_uuid": "m-1",
                "variants": {"control": CONTROL, "test": TEST},
            }
        ]
    }
    path = tmp_path / "results.json"
    path.write_text(json.dumps(data))
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "posthog_experiments_client.testing",
            "serve",
            "--port",
            "0",
            "--seed-experiments",
            "1",
            "--results-file",
            str(path),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        base_url = re.search(r"listening on (http://127\.0\.0\.1:\d+)", lines[0])
        key = re.search(r"API key:\s+(phx_\S+)", lines[1])
        assert base_url, lines
        assert key, lines
        query = {"kind": "ExperimentQuery", "experiment_id": 1, "metric": _metric()}
        response = httpx.post(
            f"{base_url.group(1)}{QUERY}",
            json={"query": query},
            headers={"Authorization": f"Bearer {key.group(1)}"},
        )
        assert response.status_code == 200, response.text
        assert response.json()["baseline"]["number_of_samples"] == 1529
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=10)
    assert process.returncode == 0, stderr


@pytest.mark.posthog_versions("2026")
def test_serve_refuses_a_bad_results_file(tmp_path: Path) -> None:
    path = tmp_path / "results.json"
    path.write_text('{"metric_data": [{"experiment_id": 1}]}')
    result = subprocess.run(
        [sys.executable, "-m", "posthog_experiments_client.testing", "serve", "--port", "0",
         "--results-file", str(path)],
        capture_output=True,
        text=True,
        timeout=30,
    )  # fmt: skip
    assert result.returncode == 2
    assert "metric_data[0]" in result.stderr
    assert "Traceback" not in result.stderr
