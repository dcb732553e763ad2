"""Bodies of the wrong shape raise ResponseShapeError, whose message names where."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from posthog_experiments_client._generated.api.experiments import experiments_retrieve
from posthog_experiments_client._generated.client import AuthenticatedClient
from posthog_experiments_client._generated.models import (
    Error,
    Experiment,
    ExperimentExposureCohortResponse,
    PaginatedExperimentList,
)
from posthog_experiments_client._generated.types import ResponseShapeError

from ._support import COHORT_RESPONSE, StubServer, experiment_body, experiment_list_body

Mutation = Callable[[dict[str, Any]], None]


def _delete(*path: str | int) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        for part in path[:-1]:
            target = target[part]
        del target[path[-1]]

    return mutate


def _set(value: Any, *path: str | int) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        target: Any = data
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return mutate


def test_top_level_list_instead_of_object() -> None:
    with pytest.raises(ResponseShapeError) as caught:
        Experiment.from_dict([experiment_body()])  # type: ignore[arg-type]
    assert caught.value.path == ()
    assert str(caught.value).startswith("expected an object, got list [")


@pytest.mark.parametrize(
    ("model", "body"),
    [(Experiment, "abc"), (PaginatedExperimentList, 17), (Error, None), (Experiment, [])],
    ids=["experiment-str", "list-int", "error-null", "experiment-empty-list"],
)
def test_top_level_non_object(model: Any, body: Any) -> None:
    with pytest.raises(ResponseShapeError, match=r"^expected an object, got ") as caught:
        model.from_dict(body)
    assert caught.value.path == ()


EXPERIMENT_CASES: dict[str, tuple[Mutation, str]] = {
    "nested object is a string": (
        _set("abc", "feature_flag"),
        # feature_flag is nullable (2026), so the message names the one model it may be.
        "feature_flag: expected MinimalFeatureFlag, got str",
    ),
    "deeper nested object is a string": (
        _set("abc", "metrics", 0, "series", 1),
        "metrics[0].series[1]: expected an object, got str 'abc'",
    ),
    "list item is a list": (
        _set([1], "parameters", "feature_flag_variants", 1),
        "parameters.feature_flag_variants[1]: expected an object, got list [1]",
    ),
    "list is an object": (
        _set({"id": 1}, "saved_metrics"),
        "saved_metrics: expected a list, got dict",
    ),
    "bad date-time": (
        _set("bad", "created_at"),
        "created_at: invalid ISO 8601 date-time 'bad'",
    ),
    "bad nested date-time": (
        _set("bad", "holdout", "created_at"),
        "holdout.created_at: invalid ISO 8601 date-time 'bad'",
    ),
    "bad date-time in a list": (
        _set("2025-13-45T00:00:00Z", "saved_metrics", 0, "created_at"),
        "saved_metrics[0].created_at: invalid ISO 8601 date-time '2025-13-45T00:00:00Z'",
    ),
    "date-time is a number": (
        _set(1700000000, "updated_at"),
        "updated_at: expected an ISO 8601 date-time string, got int",
    ),
    "missing top-level required field": (
        _delete("feature_flag_key"),
        "feature_flag_key: required field is missing",
    ),
    "missing required field inside a list": (
        _delete("saved_metrics", 0, "experiment"),
        "saved_metrics[0].experiment: required field is missing",
    ),
    "missing required field deep inside a list": (
        _delete("parameters", "feature_flag_variants", 1, "key"),
        "parameters.feature_flag_variants[1].key: required field is missing",
    ),
    "missing required field of a nested object": (
        _delete("created_by", "email"),
        "created_by.email: required field is missing",
    ),
    "missing required date-time of a nested object": (
        _delete("holdout", "updated_at"),
        "holdout.updated_at: required field is missing",
    ),
}


@pytest.mark.parametrize(
    ("mutate", "message"), list(EXPERIMENT_CASES.values()), ids=list(EXPERIMENT_CASES)
)
def test_malformed_experiment(mutate: Mutation, message: str) -> None:
    data = experiment_body()
    mutate(data)
    with pytest.raises(ResponseShapeError) as caught:
        Experiment.from_dict(data)
    assert str(caught.value) == message
    assert isinstance(caught.value, ValueError)
    # The path attribute agrees with the message.
    where = message.split(": ", 1)[0]
    rendered = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in caught.value.path)
    assert rendered.lstrip(".") == where


def test_missing_field_deep_inside_a_paginated_list() -> None:
    data = experiment_list_body()
    data["results"][1]["metrics"][0]["series"][0] = "oops"
    with pytest.raises(ResponseShapeError) as caught:
        PaginatedExperimentList.from_dict(data)
    assert (
        str(caught.value) == "results[1].metrics[0].series[0]: expected an object, got str 'oops'"
    )
    assert caught.value.path == ("results", 1, "metrics", 0, "series", 0)

    data = experiment_list_body()
    del data["results"][1]["saved_metrics"][0]["saved_metric"]
    with pytest.raises(ResponseShapeError) as caught:
        PaginatedExperimentList.from_dict(data)
    assert (
        str(caught.value) == "results[1].saved_metrics[0].saved_metric: required field is missing"
    )
    assert caught.value.problem == "required field is missing"


def test_malformed_cohort_response() -> None:
    data = {"cohort": {**COHORT_RESPONSE["cohort"], "created_at": "yesterday"}}
    with pytest.raises(ResponseShapeError) as caught:
        ExperimentExposureCohortResponse.from_dict(data)
    assert str(caught.value) == "cohort.created_at: invalid ISO 8601 date-time 'yesterday'"


def test_malformed_success_body_raises_through_the_operation(
    client: AuthenticatedClient, stub: StubServer
) -> None:
    data = experiment_body()
    data["feature_flag"] = "abc"
    stub.respond_json(200, data)
    with pytest.raises(
        ResponseShapeError, match=r"^feature_flag: expected MinimalFeatureFlag, got str"
    ):
        experiments_retrieve.sync_detailed("1", 90, client=client)
