"""One documented call of each generated operation: what it must send and what it gets back."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType
from typing import Any

from posthog_experiments_client._generated.api.experiments import (
    experiments_create,
    experiments_create_exposure_cohort_for_experiment_create,
    experiments_destroy,
    experiments_duplicate_create,
    experiments_list,
    experiments_partial_update,
    experiments_requires_flag_implementation_retrieve,
    experiments_retrieve,
)
from posthog_experiments_client._generated.models import (
    Experiment,
    ExperimentCreate,
    ExperimentDuplicateRequest,
    ExperimentExposureCohortResponse,
    ExperimentParameters,
    FeatureFlagVariant,
    PaginatedExperimentList,
    PatchedExperiment,
    RequiresFlagImplementationResponse,
    SavedMetricMetadata,
    SavedMetricReference,
)
from posthog_experiments_client._generated.types import UNSET

from ._support import COHORT_RESPONSE, experiment_body, experiment_list_body

NO_BODY = object()


@dataclass(frozen=True)
class Operation:
    module: ModuleType
    # Path arguments after project_id (only the experiment id, for those that take one).
    ids: tuple[int, ...]
    kwargs: dict[str, Any]
    method: str
    # The path with project_id "{project}" still to be filled in, already percent-encoded.
    path: str
    query: list[tuple[str, str]]
    sent_json: Any
    status: int
    answer: Any
    model: type[Any] | None

    @property
    def name(self) -> str:
        return self.module.__name__.rsplit(".", 1)[-1]

    def call_args(self, project_id: str) -> tuple[Any, ...]:
        return (project_id, *self.ids)


CREATE_BODY = ExperimentCreate(
    name="Checkout flow",
    feature_flag_key="checkout-flow",
    description=None,
    parameters=ExperimentParameters(
        feature_flag_variants=[
            FeatureFlagVariant(key="control", rollout_percentage=50),
            FeatureFlagVariant(key="test", name="One page", rollout_percentage=50),
        ],
        minimum_detectable_effect=5,
    ),
    saved_metrics_ids=[
        SavedMetricReference(id=15, metadata=SavedMetricMetadata(type_="secondary"))
    ],
    type_="product",
    field_create_in_folder="Unfiled/Experiments",
)
CREATE_JSON = {
    "name": "Checkout flow",
    "feature_flag_key": "checkout-flow",
    "description": None,
    "parameters": {
        "feature_flag_variants": [
            {"key": "control", "rollout_percentage": 50},
            {"key": "test", "name": "One page", "rollout_percentage": 50},
        ],
        "minimum_detectable_effect": 5,
    },
    "saved_metrics_ids": [{"id": 15, "metadata": {"type": "secondary"}}],
    "type": "product",
    "_create_in_folder": "Unfiled/Experiments",
}

# UNSET fields are omitted; None is sent as null.
PATCH_BODY = PatchedExperiment(name="Renamed", description=None, end_date=None, archived=UNSET)
PATCH_JSON = {"name": "Renamed", "description": None, "end_date": None}

OPERATIONS: list[Operation] = [
    Operation(
        module=experiments_list,
        ids=(),
        kwargs={
            "limit": 10,
            "offset": 20,
            "status": "running",
            "search": "checkout & pay",
            "archived": True,
            "created_by_id": 7,
            "order": "-created_at",
        },
        method="GET",
        path="/api/projects/{project}/experiments/",
        query=[
            ("limit", "10"),
            ("offset", "20"),
            ("status", "running"),
            ("search", "checkout & pay"),
            ("archived", "true"),
            ("created_by_id", "7"),
            ("order", "-created_at"),
        ],
        sent_json=NO_BODY,
        status=200,
        answer=experiment_list_body(),
        model=PaginatedExperimentList,
    ),
    Operation(
        module=experiments_create,
        ids=(),
        kwargs={"body": CREATE_BODY},
        method="POST",
        path="/api/projects/{project}/experiments/",
        query=[],
        sent_json=CREATE_JSON,
        status=201,
        answer=experiment_body(status="draft", start_date=None),
        model=Experiment,
    ),
    Operation(
        module=experiments_retrieve,
        ids=(90,),
        kwargs={},
        method="GET",
        path="/api/projects/{project}/experiments/90/",
        query=[],
        sent_json=NO_BODY,
        status=200,
        answer=experiment_body(),
        model=Experiment,
    ),
    Operation(
        module=experiments_partial_update,
        ids=(90,),
        kwargs={"body": PATCH_BODY},
        method="PATCH",
        path="/api/projects/{project}/experiments/90/",
        query=[],
        sent_json=PATCH_JSON,
        status=200,
        answer=experiment_body(name="Renamed", description=None),
        model=Experiment,
    ),
    Operation(
        module=experiments_destroy,
        ids=(90,),
        kwargs={},
        method="DELETE",
        path="/api/projects/{project}/experiments/90/",
        query=[],
        sent_json=NO_BODY,
        status=405,
        answer=None,
        model=None,
    ),
    Operation(
        module=experiments_duplicate_create,
        ids=(90,),
        kwargs={
            "body": ExperimentDuplicateRequest(name="Checkout flow v2", feature_flag_key="co-v2")
        },
        method="POST",
        path="/api/projects/{project}/experiments/90/duplicate/",
        query=[],
        sent_json={"name": "Checkout flow v2", "feature_flag_key": "co-v2"},
        status=201,
        answer=experiment_body(
            id=91, name="Checkout flow v2", feature_flag_key="co-v2", start_date=None
        ),
        model=Experiment,
    ),
    Operation(
        module=experiments_create_exposure_cohort_for_experiment_create,
        ids=(90,),
        kwargs={},
        method="POST",
        path="/api/projects/{project}/experiments/90/create_exposure_cohort_for_experiment/",
        query=[],
        sent_json=NO_BODY,
        status=201,
        answer=COHORT_RESPONSE,
        model=ExperimentExposureCohortResponse,
    ),
    Operation(
        module=experiments_requires_flag_implementation_retrieve,
        ids=(),
        kwargs={"events": '[{"id": "$pageview"}]', "actions": '[{"id": 3}]'},
        method="GET",
        path="/api/projects/{project}/experiments/requires_flag_implementation/",
        query=[("events", '[{"id": "$pageview"}]'), ("actions", '[{"id": 3}]')],
        sent_json=NO_BODY,
        status=200,
        answer={"result": True},
        model=RequiresFlagImplementationResponse,
    ),
]

OPERATION_IDS = [op.name for op in OPERATIONS]
