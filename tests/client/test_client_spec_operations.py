"""Every operation in the spec, through the façade: exactly the spec's method and path.

The façade takes each method and path from the generated endpoint modules, so a path changed in
the spec (and regenerated) reaches every operation; this test reads the spec itself.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import posthog_experiments_client as pec

from ._scripted import Script, call_both, json_response

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "posthog-experiments.yaml"
PROJECT_ID, EXPERIMENT_ID = 12, 7

Call = Callable[[Any], Any]

EXPERIMENT = json.loads(
    (Path(__file__).resolve().parents[1] / "fixtures" / "docs_experiment.json").read_text()
)
METRIC = {"kind": "ExperimentMetric", "metric_type": "mean", "uuid": "m", "source": {}}
RUNNING = json_response(202, {"query_status": {"id": str(EXPERIMENT_ID), "complete": False}})


def _metric_result(**options: Any) -> Call:
    return lambda c: c.metric_result(EXPERIMENT_ID, METRIC, **options)


# operationId -> answers that come before the operation itself (the default answer, a 500,
# then stops the call at the operation).
LEAD_ANSWERS: dict[str, list[httpx.Response]] = {
    "environments_query_create": [json_response(200, EXPERIMENT)],
    "environments_query_retrieve": [json_response(200, EXPERIMENT), RUNNING],
    "environments_query_destroy": [json_response(200, EXPERIMENT), RUNNING],
}

# operationId -> every façade call that sends it.
FACADE: dict[str, list[Call]] = {
    "experiments_list": [lambda c: c.list(status="running").first_page()],
    "experiments_create": [lambda c: c.create(name="n", feature_flag_key="k")],
    "experiments_retrieve": [lambda c: c.get(EXPERIMENT_ID)],
    "experiments_partial_update": [
        lambda c: c.update(EXPERIMENT_ID, name="n"),
        lambda c: c.delete(EXPERIMENT_ID),
        lambda c: c.restore(EXPERIMENT_ID),
    ],
    "experiments_duplicate_create": [lambda c: c.duplicate(EXPERIMENT_ID)],
    "experiments_create_exposure_cohort_for_experiment_create": [
        lambda c: c.create_exposure_cohort(EXPERIMENT_ID)
    ],
    "experiments_requires_flag_implementation_retrieve": [
        lambda c: c.requires_flag_implementation(events=[{"id": "$pageview"}])
    ],
    "experiments_launch_create": [lambda c: c.launch(EXPERIMENT_ID)],
    "experiments_end_create": [lambda c: c.end(EXPERIMENT_ID, conclusion="won")],
    "experiments_pause_create": [lambda c: c.pause(EXPERIMENT_ID)],
    "experiments_resume_create": [lambda c: c.resume(EXPERIMENT_ID)],
    "experiments_reset_create": [lambda c: c.reset(EXPERIMENT_ID)],
    "experiments_archive_create": [lambda c: c.archive(EXPERIMENT_ID)],
    "experiments_unarchive_create": [lambda c: c.unarchive(EXPERIMENT_ID)],
    "experiments_ship_variant_create": [lambda c: c.ship_variant(EXPERIMENT_ID, variant_key="t")],
    "experiments_copy_to_project_create": [
        lambda c: c.copy_to_project(EXPERIMENT_ID, target_project_id=2)
    ],
    "experiments_timeseries_results_retrieve": [
        lambda c: c.timeseries_results(EXPERIMENT_ID, metric_uuid="u", fingerprint="f")
    ],
    "experiments_recalculate_timeseries_create": [
        lambda c: c.recalculate_timeseries(
            EXPERIMENT_ID, metric={"metric_type": "mean"}, fingerprint="f"
        )
    ],
    "experiments_eligible_feature_flags_retrieve": [
        lambda c: c.eligible_feature_flags(search="x").first_page()
    ],
    "experiments_stats_retrieve": [lambda c: c.stats()],
    "experiment_holdouts_list": [lambda c: c.holdouts.list().first_page()],
    "experiment_holdouts_create": [lambda c: c.holdouts.create(name="h", filters=[])],
    "experiment_holdouts_retrieve": [lambda c: c.holdouts.get(EXPERIMENT_ID)],
    "experiment_holdouts_partial_update": [lambda c: c.holdouts.update(EXPERIMENT_ID, name="n")],
    "experiment_holdouts_destroy": [lambda c: c.holdouts.delete(EXPERIMENT_ID)],
    "experiment_saved_metrics_list": [lambda c: c.saved_metrics.list(search="s").first_page()],
    "experiment_saved_metrics_create": [
        lambda c: c.saved_metrics.create(name="m", query={"kind": "ExperimentMetric"})
    ],
    "experiment_saved_metrics_retrieve": [lambda c: c.saved_metrics.get(EXPERIMENT_ID)],
    "experiment_saved_metrics_partial_update": [
        lambda c: c.saved_metrics.update(EXPERIMENT_ID, name="n")
    ],
    "experiment_saved_metrics_destroy": [lambda c: c.saved_metrics.delete(EXPERIMENT_ID)],
    # Results: the metric query, its poll, and its cancelling when the deadline passes.
    "environments_query_create": [_metric_result()],
    "environments_query_retrieve": [_metric_result(refresh="force_async")],
    "environments_query_destroy": [_metric_result(refresh="force_async", deadline=0.001)],
}
# Operations the façade deliberately does not send, and why.
_PUT = "update() is a PATCH; PUT replaces the whole row, which update() with every field does"
NOT_SENT = {
    "experiments_destroy": "PostHog refuses DELETE; delete() is a soft delete (PATCH)",
    "experiments_update": (
        "PUT replaces every writable field with the same rules as PATCH; update() sends PATCH, "
        "which changes only the fields given"
    ),
    "experiment_holdouts_update": _PUT,
    "experiment_saved_metrics_update": _PUT,
    "query_create": "results go to /api/environments/{project_id}/query/, which PostHog also serves",
}


def _operations() -> list[tuple[str, str, str]]:
    spec = yaml.safe_load(SPEC.read_text())
    return [
        (operation["operationId"], method.upper(), path)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "operationId" in operation
    ]


OPERATIONS = _operations()


def test_the_spec_has_operations_and_the_table_names_only_real_ones() -> None:
    ids = {operation_id for operation_id, _, _ in OPERATIONS}
    assert len(ids) >= len(FACADE) + len(NOT_SENT)
    assert set(FACADE) | set(NOT_SENT) <= ids


@pytest.mark.anyio
@pytest.mark.parametrize(("operation_id", "method", "path"), OPERATIONS, ids=lambda v: str(v))
async def test_the_facade_sends_the_spec_method_and_path(
    operation_id: str, method: str, path: str
) -> None:
    if operation_id in NOT_SENT:
        pytest.skip(NOT_SENT[operation_id])
    calls = FACADE.get(operation_id)
    if calls is None:
        pytest.skip(f"{operation_id} has no façade method yet")
    expected = path.format(project_id=PROJECT_ID, id=EXPERIMENT_ID)
    for call in calls:

        async def invoke_async(c: pec.AsyncExperimentsClient, call: Call = call) -> Any:
            return await call(c)

        results = await call_both(
            lambda: Script(
                *LEAD_ANSWERS.get(operation_id, []), default=json_response(500, {"detail": "stop"})
            ),
            call,
            invoke_async,
            project_id=PROJECT_ID,
            max_retries=0,
        )
        for script, outcome in results:
            assert isinstance(outcome, pec.APIError), repr(outcome)
            # The operation is the request after the lead answers; without them, the last one
            # (lifecycle helpers may read first). A failed poll is then cancelled, for example.
            lead = len(LEAD_ANSWERS.get(operation_id, []))
            sent = script.requests[lead] if lead else script.requests[-1]
            assert (sent.method, sent.url.path) == (method, expected)
