"""Shared payloads and helpers for the tests of the generated layer."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

REPO_ROOT = Path(__file__).parents[2]
FIXTURES = REPO_ROOT / "tests" / "fixtures"
TOKEN = "phx_test_token_0123456789"
BASE_URL = "https://posthog.test"


def load_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def assert_json_identical(actual: Any, expected: Any) -> None:
    """Equal as JSON, including the JSON types.

    Plain ``==`` treats ``1 == 1.0 == True``; comparing canonical serialisations as well also
    catches an int that became a float or a bool, and any value that is not JSON at all.
    """
    assert actual == expected
    assert json.dumps(actual, sort_keys=True) == json.dumps(expected, sort_keys=True)


# A complete, realistic experiment as the server returns it (shape of PostHog's own fixtures),
# with every nested object the forward-compatibility tests reach into.
_EXPERIMENT: dict[str, Any] = {
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
            "aggregation_group_type_index": None,
            "payloads": {},
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
        "created_by": None,
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
    "created_by": {
        "id": 1,
        "uuid": "0192f783-9ca1-0000-047c-397bd60d6c39",
        "distinct_id": "6PMxBkEONKiJoizOIKGkcTICvtOk1smj277H6lqowDG",
        "first_name": "Ada",
        "last_name": "",
        "email": "ada@example.com",
        "is_email_verified": True,
        "hedgehog_config": None,
        "role_at_organization": "engineering",
    },
    "created_at": "2025-01-16T21:51:09.062768Z",
    "updated_at": "2025-01-22T15:56:12.772335+01:00",
    "type": "product",
    "exposure_criteria": {
        "filterTestAccounts": True,
        "exposure_config": {"kind": "ExperimentEventExposureConfig", "event": "$pageview"},
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
        }
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


def experiment_body(**overrides: Any) -> dict[str, Any]:
    """A fresh deep copy of the sample experiment, with top-level ``overrides`` applied."""
    body = copy.deepcopy(_EXPERIMENT)
    body.update(copy.deepcopy(overrides))
    return body


def experiment_list_body() -> dict[str, Any]:
    second = experiment_body(id=91, name="Pricing page", status="draft", start_date=None)
    return {
        "count": 2,
        "next": "https://us.posthog.com/api/projects/1/experiments/?limit=2&offset=2",
        "previous": None,
        "results": [experiment_body(), second],
    }


COHORT_RESPONSE: dict[str, Any] = {
    "cohort": {
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
        "created_by": None,
        "created_at": "2025-01-23T10:00:00.000000Z",
        "last_calculation": None,
        "errors_calculating": 0,
        "last_error_message": None,
        "count": None,
        "is_static": False,
        "cohort_type": "behavioral",
        "experiment_set": [90],
    }
}


@dataclass
class Canned:
    status: int
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class StubServer:
    """A synchronous ``httpx.MockTransport`` handler that records requests and answers canned
    responses. ``httpx.MockTransport`` calls a sync handler from both the sync and the async
    client, so one instance serves both."""

    requests: list[httpx.Request] = field(default_factory=list)
    canned: Canned = field(default_factory=lambda: Canned(200, b"{}"))

    def respond_json(self, status: int, body: Any) -> None:
        self.canned = Canned(
            status, json.dumps(body).encode(), {"Content-Type": "application/json"}
        )

    def respond_raw(self, status: int, content: bytes, content_type: str | None = None) -> None:
        headers = {"Content-Type": content_type} if content_type else {}
        self.canned = Canned(status, content, headers)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(
            self.canned.status, content=self.canned.content, headers=self.canned.headers
        )

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "the stub received no request"
        return self.requests[-1]


JsonMutation = Callable[[dict[str, Any]], None]
