"""Valid response bodies that the mutations start from, one list per response kind."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

_USER = {
    "id": 1,
    "uuid": "0192f783-9ca1-0000-047c-397bd60d6c39",
    "distinct_id": "6PMxBkEONKiJoizOIKGkcTICvtOk1smj277H6lqowDG",
    "first_name": "Ada",
    "last_name": "",
    "email": "ada@example.com",
    "is_email_verified": True,
    "hedgehog_config": None,
    "role_at_organization": "engineering",
}

MINIMAL_EXPERIMENT: dict[str, Any] = {
    "id": 7,
    "name": "Minimal",
    "feature_flag_key": "minimal",
    "feature_flag": {"id": 3, "team_id": 1, "key": "minimal"},
    "saved_metrics": [],
    "created_by": None,
    "created_at": "2025-01-16T21:51:09.062768Z",
    "updated_at": "2025-01-16T21:51:09Z",
}

FULL_EXPERIMENT: dict[str, Any] = {
    **MINIMAL_EXPERIMENT,
    "id": 90,
    "name": "Checkout flow",
    "description": "Does the one-page checkout convert better?",
    "start_date": "2024-12-30T21:55:00Z",
    "end_date": None,
    "feature_flag_key": "checkout-flow",
    "feature_flag": {
        "id": 103,
        "team_id": 1,
        "name": "Feature Flag for Experiment checkout-flow",
        "key": "checkout-flow",
        "filters": {
            "groups": [{"properties": [], "rollout_percentage": 100}],
            "multivariate": {
                "variants": [
                    {"key": "control", "rollout_percentage": 50},
                    {"key": "test", "rollout_percentage": 50},
                ]
            },
        },
        "deleted": False,
        "active": True,
        "ensure_experience_continuity": False,
        "has_encrypted_payloads": False,
        "version": 3,
        "evaluation_runtime": "all",
    },
    "holdout": {
        "id": 5,
        "name": "Global holdout",
        "description": None,
        "filters": [{"properties": [], "rollout_percentage": 10}],
        "created_by": _USER,
        "created_at": "2024-11-01T08:00:00.123456Z",
        "updated_at": "2024-11-02T08:00:00+00:00",
    },
    "holdout_id": 5,
    "exposure_cohort": None,
    "parameters": {
        "feature_flag_variants": [
            {"key": "control", "name": "Control", "rollout_percentage": 50},
            {"key": "test", "name": None, "rollout_percentage": 50.0},
        ],
        "minimum_detectable_effect": 1,
        "recommended_running_time": 14.5,
        "recommended_sample_size": 1200,
        "rollout_percentage": None,
        "aggregation_group_type_index": None,
        "ensure_experience_continuity": None,
        "custom_exposure_filter": None,
        "feature_flag_payloads": {"test": {"color": "blue"}},
    },
    "secondary_metrics": [],
    "saved_metrics": [
        {
            "id": 108,
            "experiment": 90,
            "saved_metric": 15,
            "metadata": {"type": "primary"},
            "created_at": "2025-01-22T14:56:12.766068Z",
            "query": {"kind": "ExperimentMetric", "metric_type": "mean"},
            "name": "event one",
        }
    ],
    "saved_metrics_ids": None,
    "filters": {},
    "archived": False,
    "deleted": False,
    "created_by": _USER,
    "type": "product",
    "exposure_criteria": {
        "filterTestAccounts": True,
        "exposure_config": {
            "kind": "ExperimentEventExposureConfig",
            "event": "$pageview",
            "properties": [{"key": "$browser", "value": ["Chrome"], "operator": "exact"}],
        },
        "multiple_variant_handling": "exclude",
    },
    "metrics": [
        {
            "kind": "ExperimentMetric",
            "metric_type": "funnel",
            "uuid": "434cb6ba-7fa6-4ca1-b7a0-8970b2d9a47d",
            "name": None,
            "goal": "increase",
            "conversion_window": 14,
            "conversion_window_unit": "day",
            "series": [
                {"kind": "EventsNode", "event": "checkout seen"},
                {"kind": "EventsNode", "event": "payment", "math": "total"},
            ],
            "fingerprint": "5f0c1e",
        },
        {
            "kind": "ExperimentMetric",
            "metric_type": "mean",
            "uuid": "a1f7f43e-0a4f-4d1b-9a37-4b2f2c1b8d11",
            "source": {"kind": "EventsNode", "event": "purchase", "math": "sum"},
        },
    ],
    "metrics_secondary": [
        {
            "kind": "ExperimentMetric",
            "metric_type": "ratio",
            "uuid": "cbdd02f8-4a27-4017-a8d8-5f989b304ada",
            "numerator": {"kind": "EventsNode", "event": "purchase", "math": "dau"},
            "denominator": {"kind": "EventsNode", "event": "$pageview", "math": "total"},
        }
    ],
    "stats_config": {"method": "bayesian"},
    "conclusion": None,
    "conclusion_comment": None,
    "primary_metrics_ordered_uuids": ["434cb6ba-7fa6-4ca1-b7a0-8970b2d9a47d"],
    "secondary_metrics_ordered_uuids": None,
    "status": "running",
    "user_access_level": "editor",
}

COHORT: dict[str, Any] = {
    "id": 77,
    "name": 'Users exposed to experiment "Checkout flow"',
    "description": "",
    "groups": [],
    "deleted": False,
    "filters": {"properties": {"type": "OR", "values": []}},
    "query": None,
    "version": None,
    "pending_version": None,
    "is_calculating": True,
    "created_by": _USER,
    "created_at": "2025-01-23T10:00:00.000000Z",
    "last_calculation": None,
    "errors_calculating": 0,
    "last_error_message": None,
    "count": None,
    "is_static": False,
    "cohort_type": "behavioral",
    "experiment_set": [90],
}


def _fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def experiments() -> list[dict[str, Any]]:
    """Experiment bodies: minimal, full, and the API docs' example."""
    return [
        copy.deepcopy(MINIMAL_EXPERIMENT),
        copy.deepcopy(FULL_EXPERIMENT),
        _fixture("docs_experiment.json"),
    ]


def pages() -> list[dict[str, Any]]:
    """Pages of experiments: a last page, a page with a next link, the docs' example."""
    link = "https://us.posthog.com/api/projects/1/experiments/?limit=2&offset=2"
    return [
        {"count": 1, "next": None, "previous": None, "results": [copy.deepcopy(FULL_EXPERIMENT)]},
        {"count": 4, "next": link, "previous": None, "results": experiments()[:2]},
        _fixture("docs_experiment_list.json"),
    ]


def cohort_responses() -> list[dict[str, Any]]:
    """Bodies of ``create_exposure_cohort_for_experiment``."""
    return [{"cohort": copy.deepcopy(COHORT)}, {"cohort": {"id": 1}}]


def flag_responses() -> list[dict[str, Any]]:
    """Bodies of ``requires_flag_implementation``."""
    return [{"result": True}, {"result": False}]
