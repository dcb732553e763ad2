"""Holdouts, saved metrics and the experiment actions in the generated layer.

Each operation is called through its generated module against a stub: the request it sends
(method, path, query, body) and how each documented answer parses, round trips included.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import attrs
import pytest

from posthog_experiments_client._generated.api.experiment_holdouts import (
    experiment_holdouts_create,
    experiment_holdouts_destroy,
    experiment_holdouts_list,
    experiment_holdouts_partial_update,
    experiment_holdouts_retrieve,
    experiment_holdouts_update,
)
from posthog_experiments_client._generated.api.experiment_saved_metrics import (
    experiment_saved_metrics_create,
    experiment_saved_metrics_destroy,
    experiment_saved_metrics_list,
    experiment_saved_metrics_partial_update,
    experiment_saved_metrics_retrieve,
    experiment_saved_metrics_update,
)
from posthog_experiments_client._generated.api.experiments import (
    experiments_archive_create,
    experiments_copy_to_project_create,
    experiments_eligible_feature_flags_retrieve,
    experiments_end_create,
    experiments_launch_create,
    experiments_pause_create,
    experiments_recalculate_timeseries_create,
    experiments_reset_create,
    experiments_resume_create,
    experiments_ship_variant_create,
    experiments_stats_retrieve,
    experiments_timeseries_results_retrieve,
    experiments_unarchive_create,
)
from posthog_experiments_client._generated.client import AuthenticatedClient
from posthog_experiments_client._generated.models import (
    ApprovalRequiredError,
    ArchiveExperiment,
    CopyExperimentToProject,
    EligibleFeatureFlagsPage,
    EndExperiment,
    Error,
    Experiment,
    ExperimentHoldout,
    ExperimentHoldoutRequest,
    ExperimentMetric,
    ExperimentSavedMetric,
    ExperimentSavedMetricRequest,
    ExperimentStats,
    ExperimentTimeseriesRecalculation,
    ExperimentTimeseriesResults,
    LooseError,
    PaginatedExperimentHoldoutList,
    PaginatedExperimentSavedMetricList,
    PatchedExperimentHoldout,
    PatchedExperimentSavedMetric,
    ShipVariant,
    TimeseriesRecalculationRequest,
)
from posthog_experiments_client._generated.types import UNSET, ResponseShapeError

from ._support import StubServer, assert_json_identical, experiment_body

USER = {"id": 1, "uuid": "0192f783-9ca1-0000-047c-397bd60d6c39", "email": "ada@example.com"}

HOLDOUT: dict[str, Any] = {
    "id": 5,
    "name": "Global holdout",
    "description": None,
    "filters": [{"properties": [], "rollout_percentage": 10, "variant": "holdout-5"}],
    "created_by": USER,
    "created_at": "2026-03-01T10:00:00.000000Z",
    "updated_at": "2026-03-01T10:00:00.000000Z",
    "user_access_level": "editor",
}

SAVED_METRIC: dict[str, Any] = {
    "id": 15,
    "name": "Checkout conversion",
    "description": "",
    "query": {
        "kind": "ExperimentMetric",
        "metric_type": "funnel",
        "uuid": "7d0c8d2e-3a61-4a0e-8c2b-1a6e0e3f9b10",
        "series": [{"kind": "EventsNode", "event": "checkout", "properties": {"plan": "pro"}}],
        "isSharedMetric": True,
    },
    "created_by": None,
    "created_at": "2026-03-01T10:00:00Z",
    "updated_at": "2026-03-02T10:00:00Z",
    "tags": ["growth"],
    "user_access_level": "editor",
}


def page(*results: dict[str, Any]) -> dict[str, Any]:
    return {"count": len(results), "next": None, "previous": None, "results": list(results)}


def round_trip(model: Any, data: dict[str, Any]) -> Any:
    pristine = copy.deepcopy(data)
    parsed = model.from_dict(data)
    assert_json_identical(parsed.to_dict(), pristine)
    return parsed


def sent(stub: StubServer) -> Any:
    return json.loads(stub.last.content) if stub.last.content else None


# ----------------------------------------------------------------------------------- holdouts


def test_holdout_shapes_round_trip() -> None:
    holdout = round_trip(ExperimentHoldout, copy.deepcopy(HOLDOUT))
    assert holdout.filters[0]["variant"] == "holdout-5"
    assert holdout.user_access_level == "editor"
    # 2025 holdouts: no user_access_level, and created_by null once the user is gone.
    older = {k: v for k, v in HOLDOUT.items() if k != "user_access_level"} | {"created_by": None}
    parsed = round_trip(ExperimentHoldout, older)
    assert (parsed.user_access_level, parsed.created_by) == (UNSET, None)
    listed = round_trip(PaginatedExperimentHoldoutList, page(copy.deepcopy(HOLDOUT)))
    assert listed.results[0].id == 5


def test_holdout_request_models_have_no_read_only_fields() -> None:
    writable = {"name", "description", "filters", "additional_properties"}
    assert {a.name for a in attrs.fields(ExperimentHoldoutRequest)} == writable
    assert {a.name for a in attrs.fields(PatchedExperimentHoldout)} == writable
    assert {a.name for a in attrs.fields(ExperimentSavedMetricRequest)} == {
        "name",
        "description",
        "query",
        "tags",
        "additional_properties",
    }
    assert PatchedExperimentHoldout(filters=[]).to_dict() == {"filters": []}


def test_holdout_crud_requests(client: AuthenticatedClient, stub: StubServer) -> None:
    base = "/api/projects/1/experiment_holdouts/"
    stub.respond_json(200, page(copy.deepcopy(HOLDOUT)))
    listed = experiment_holdouts_list.sync_detailed("1", client=client, limit=10, offset=20)
    assert (stub.last.method, stub.last.url.path) == ("GET", base)
    assert dict(stub.last.url.params) == {"limit": "10", "offset": "20"}
    assert isinstance(listed.parsed, PaginatedExperimentHoldoutList)

    stub.respond_json(201, copy.deepcopy(HOLDOUT))
    body = ExperimentHoldoutRequest(
        name="h", filters=[{"properties": [], "rollout_percentage": 10}]
    )
    created = experiment_holdouts_create.sync_detailed("1", client=client, body=body)
    assert (stub.last.method, stub.last.url.path, created.status_code) == ("POST", base, 201)
    assert sent(stub) == {"name": "h", "filters": [{"properties": [], "rollout_percentage": 10}]}
    assert isinstance(created.parsed, ExperimentHoldout)

    stub.respond_json(200, copy.deepcopy(HOLDOUT))
    assert isinstance(
        experiment_holdouts_retrieve.sync_detailed("1", 5, client=client).parsed, ExperimentHoldout
    )
    assert (stub.last.method, stub.last.url.path) == ("GET", base + "5/")
    experiment_holdouts_update.sync_detailed("1", 5, client=client, body=body)
    assert (stub.last.method, sent(stub)["name"]) == ("PUT", "h")
    experiment_holdouts_partial_update.sync_detailed(
        "1", 5, client=client, body=PatchedExperimentHoldout(description=None)
    )
    assert (stub.last.method, sent(stub)) == ("PATCH", {"description": None})

    stub.respond_raw(204, b"")
    deleted = experiment_holdouts_destroy.sync_detailed("1", 5, client=client)
    assert (stub.last.method, stub.last.url.path) == ("DELETE", base + "5/")
    assert (deleted.status_code, deleted.parsed) == (204, None)


# ------------------------------------------------------------------------------ saved metrics


def test_saved_metric_query_is_an_open_experiment_metric() -> None:
    metric = round_trip(ExperimentSavedMetric, copy.deepcopy(SAVED_METRIC))
    assert isinstance(metric.query, ExperimentMetric)
    assert metric.query.series[0].properties == {"plan": "pro"}
    assert metric.query.additional_properties == {"isSharedMetric": True}
    legacy = copy.deepcopy(SAVED_METRIC)
    legacy["query"] = {"kind": "ExperimentTrendsQuery", "count_query": {"kind": "TrendsQuery"}}
    del legacy["user_access_level"]
    parsed = round_trip(ExperimentSavedMetric, legacy)
    assert parsed.query.kind == "ExperimentTrendsQuery"
    assert parsed.user_access_level is UNSET


@pytest.mark.parametrize("missing", ["id", "name", "query", "created_by", "created_at"])
def test_saved_metric_fields_every_version_sends_are_required(missing: str) -> None:
    data = copy.deepcopy(SAVED_METRIC)
    del data[missing]
    with pytest.raises(ResponseShapeError, match=f"^{missing}: required field is missing$"):
        ExperimentSavedMetric.from_dict(data)


def test_saved_metric_crud_requests(client: AuthenticatedClient, stub: StubServer) -> None:
    base = "/api/projects/1/experiment_saved_metrics/"
    stub.respond_json(200, page(copy.deepcopy(SAVED_METRIC)))
    listed = experiment_saved_metrics_list.sync_detailed("1", client=client, search="checkout")
    assert (stub.last.method, stub.last.url.path) == ("GET", base)
    assert stub.last.url.params["search"] == "checkout"
    assert isinstance(listed.parsed, PaginatedExperimentSavedMetricList)

    query = ExperimentMetric.from_dict({"kind": "ExperimentMetric", "metric_type": "mean"})
    body = ExperimentSavedMetricRequest(name="m", query=query, tags=["a"])
    stub.respond_json(201, copy.deepcopy(SAVED_METRIC))
    created = experiment_saved_metrics_create.sync_detailed("1", client=client, body=body)
    assert (stub.last.method, created.status_code) == ("POST", 201)
    assert sent(stub) == {
        "name": "m",
        "query": {"kind": "ExperimentMetric", "metric_type": "mean"},
        "tags": ["a"],
    }
    assert isinstance(created.parsed, ExperimentSavedMetric)

    stub.respond_json(200, copy.deepcopy(SAVED_METRIC))
    experiment_saved_metrics_retrieve.sync_detailed("1", 15, client=client)
    assert (stub.last.method, stub.last.url.path) == ("GET", base + "15/")
    experiment_saved_metrics_update.sync_detailed("1", 15, client=client, body=body)
    assert stub.last.method == "PUT"
    experiment_saved_metrics_partial_update.sync_detailed(
        "1", 15, client=client, body=PatchedExperimentSavedMetric(name="renamed")
    )
    assert (stub.last.method, sent(stub)) == ("PATCH", {"name": "renamed"})

    stub.respond_raw(204, b"")
    deleted = experiment_saved_metrics_destroy.sync_detailed("1", 15, client=client)
    assert (stub.last.method, deleted.status_code, deleted.parsed) == ("DELETE", 204, None)


# ------------------------------------------------------------------------------------ actions


@pytest.mark.parametrize(
    ("module", "action"),
    [
        (experiments_launch_create, "launch"),
        (experiments_pause_create, "pause"),
        (experiments_resume_create, "resume"),
        (experiments_reset_create, "reset"),
        (experiments_unarchive_create, "unarchive"),
    ],
)
def test_bodyless_lifecycle_actions(
    module: Any, action: str, client: AuthenticatedClient, stub: StubServer
) -> None:
    answer = experiment_body(status="paused" if action == "pause" else "running")
    stub.respond_json(200, answer)
    response = module.sync_detailed("1", 90, client=client)
    assert (stub.last.method, stub.last.url.path) == (
        "POST",
        f"/api/projects/1/experiments/90/{action}/",
    )
    assert isinstance(response.parsed, Experiment)
    assert_json_identical(response.parsed.to_dict(), answer)


def test_end_and_archive_send_their_optional_bodies(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    stub.respond_json(200, experiment_body())
    experiments_end_create.sync_detailed(
        "1", 90, client=client, body=EndExperiment(conclusion="won", conclusion_comment=None)
    )
    assert sent(stub) == {"conclusion": "won", "conclusion_comment": None}
    experiments_end_create.sync_detailed("1", 90, client=client)
    assert sent(stub) is None
    experiments_archive_create.sync_detailed(
        "1", 90, client=client, body=ArchiveExperiment(disable_feature_flag=True)
    )
    assert (stub.last.url.path, sent(stub)) == (
        "/api/projects/1/experiments/90/archive/",
        {"disable_feature_flag": True},
    )


def test_ship_variant_success_and_approval_conflict(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    stub.respond_json(200, experiment_body(status="stopped"))
    shipped = experiments_ship_variant_create.sync_detailed(
        "1", 90, client=client, body=ShipVariant(variant_key="test")
    )
    assert sent(stub) == {"variant_key": "test"}
    assert isinstance(shipped.parsed, Experiment)

    conflict = {
        "type": "invalid_request",
        "code": "approval_required",
        "detail": "This change requires approval.",
        "attr": None,
        "change_request_id": "0192f783-aaaa-0000-047c-397bd60d6c39",
        "policy": {"id": 2},
    }
    stub.respond_json(409, conflict)
    response = experiments_ship_variant_create.sync_detailed(
        "1", 90, client=client, body=ShipVariant(variant_key="test")
    )
    assert response.status_code == 409
    assert isinstance(response.parsed, ApprovalRequiredError)
    assert response.parsed.change_request_id == conflict["change_request_id"]
    assert_json_identical(response.parsed.to_dict(), conflict)


def test_copy_to_project_answers_201_and_bare_errors_parse(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    stub.respond_json(201, experiment_body(id=300))
    copied = experiments_copy_to_project_create.sync_detailed(
        "1", 90, client=client, body=CopyExperimentToProject(target_team_id=2, name="Copy")
    )
    assert sent(stub) == {"target_team_id": 2, "name": "Copy"}
    assert (copied.status_code, copied.parsed.id) == (201, 300)  # type: ignore[union-attr]
    stub.respond_json(404, {"detail": "Target team not found."})
    missing = experiments_copy_to_project_create.sync_detailed(
        "1", 90, client=client, body=CopyExperimentToProject(target_team_id=9)
    )
    assert isinstance(missing.parsed, Error)
    assert (missing.parsed.detail, missing.parsed.type_) == ("Target team not found.", UNSET)


def test_eligible_feature_flags_page_and_its_bare_400(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    flag = {
        "id": 7,
        "key": "checkout",
        "name": "",
        "filters": {"multivariate": {"variants": [{"key": "control"}, {"key": "test"}]}},
        "active": True,
        "created_by": None,
        "created_at": "2026-01-01T00:00:00Z",
        "tags": [],
        "surveys": [],
    }
    stub.respond_json(200, {"results": [flag], "count": 41})
    response = experiments_eligible_feature_flags_retrieve.sync_detailed(
        "1", client=client, limit=20, offset=20, search="check", active=True
    )
    assert stub.last.url.path == "/api/projects/1/experiments/eligible_feature_flags/"
    assert dict(stub.last.url.params) == {
        "limit": "20",
        "offset": "20",
        "search": "check",
        "active": "true",
    }
    assert isinstance(response.parsed, EligibleFeatureFlagsPage)
    assert response.parsed.count == 41
    assert_json_identical(response.parsed.to_dict(), {"results": [flag], "count": 41})

    stub.respond_json(400, {"error": "Invalid limit or offset"})
    bad = experiments_eligible_feature_flags_retrieve.sync_detailed("1", client=client)
    assert isinstance(bad.parsed, LooseError)
    assert bad.parsed.error == "Invalid limit or offset"


def test_stats_and_timeseries(client: AuthenticatedClient, stub: StubServer) -> None:
    stats = {
        "launched_last_30d": 3,
        "launched_previous_30d": 0,
        "percent_change": None,
        "active_experiments": 2,
        "completed_last_30d": 1,
    }
    stub.respond_json(200, stats)
    got = experiments_stats_retrieve.sync_detailed("1", client=client)
    assert stub.last.url.path == "/api/projects/1/experiments/stats/"
    assert isinstance(got.parsed, ExperimentStats)
    assert_json_identical(got.parsed.to_dict(), stats)

    series = {
        "experiment_id": 90,
        "metric_uuid": "u1",
        "status": "completed",
        "timeseries": {"2026-03-01": {"variants": []}},
        "errors": None,
        "computed_at": "2026-03-02T00:00:00+00:00",
        "created_at": "2026-03-01T00:00:00+00:00",
        "updated_at": "2026-03-02T00:00:00+00:00",
        "recalculation_status": None,
        "recalculation_created_at": None,
    }
    stub.respond_json(200, series)
    result = experiments_timeseries_results_retrieve.sync_detailed(
        "1", 90, client=client, metric_uuid="u1", fingerprint="fp"
    )
    assert dict(stub.last.url.params) == {"metric_uuid": "u1", "fingerprint": "fp"}
    assert isinstance(result.parsed, ExperimentTimeseriesResults)
    assert_json_identical(result.parsed.to_dict(), series)


@pytest.mark.parametrize("status", [200, 201])
def test_recalculate_timeseries_new_or_existing(
    status: int, client: AuthenticatedClient, stub: StubServer
) -> None:
    answer = {"id": "r1", "fingerprint": "fp", "status": "pending", "metric": {"uuid": "u1"}}
    stub.respond_json(status, answer)
    metric = ExperimentMetric.from_dict(
        {"kind": "ExperimentMetric", "metric_type": "mean", "uuid": "u1"}
    )
    response = experiments_recalculate_timeseries_create.sync_detailed(
        "1", 90, client=client, body=TimeseriesRecalculationRequest(metric=metric, fingerprint="fp")
    )
    assert sent(stub) == {
        "metric": {"kind": "ExperimentMetric", "metric_type": "mean", "uuid": "u1"},
        "fingerprint": "fp",
    }
    assert response.status_code == status
    assert isinstance(response.parsed, ExperimentTimeseriesRecalculation)
    assert_json_identical(response.parsed.to_dict(), answer)
