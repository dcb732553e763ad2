"""Realistic response bodies, built once and shared by the benchmarks.

The experiment has what a real PostHog experiment carries: a multivariate flag, a holdout,
parameters with variants and payloads, primary and secondary metrics with event sources, a saved
metric, exposure criteria and a creator. Both the generated models and the pydantic baseline
accept it, so parsing it is a like-for-like comparison.
"""

from __future__ import annotations

import copy
import json
from typing import Any

_USER: dict[str, Any] = {
    "id": 1,
    "uuid": "0192f783-9ca1-0000-047c-397bd60d6c39",
    "distinct_id": "6PMxBkEONKiJoizOIKGkcTICvtOk1smj277H6lqowDG",
    "first_name": "Ada",
    "last_name": "Lovelace",
    "email": "ada@example.com",
    "is_email_verified": True,
    "hedgehog_config": None,
    "role_at_organization": "engineering",
}


def _event(event: str, math: str = "total", **extra: Any) -> dict[str, Any]:
    return {
        "kind": "EventsNode",
        "event": event,
        "name": event,
        "math": math,
        "properties": [
            {"key": "$browser", "type": "event", "value": ["Chrome"], "operator": "exact"}
        ],
        **extra,
    }


_EXPERIMENT: dict[str, Any] = {
    "id": 90,
    "name": "Checkout flow",
    "description": "Does the one-page checkout convert better than the three-step one?",
    "start_date": "2025-01-16T22:00:00Z",
    "end_date": None,
    "feature_flag_key": "checkout-flow",
    "feature_flag": {
        "id": 103,
        "team_id": 1,
        "name": "Feature Flag for Experiment checkout-flow",
        "key": "checkout-flow",
        "filters": {
            "groups": [{"properties": [], "rollout_percentage": 100, "variant": None}],
            "multivariate": {
                "variants": [
                    {"key": "control", "name": "Control", "rollout_percentage": 34},
                    {"key": "test-a", "name": "One page", "rollout_percentage": 33},
                    {"key": "test-b", "name": "Two pages", "rollout_percentage": 33},
                ]
            },
            "aggregation_group_type_index": None,
            "holdout_groups": [
                {"properties": [], "rollout_percentage": 10, "variant": "holdout-5"}
            ],
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
        "description": "10% of users never see experiments",
        "filters": [{"properties": [], "rollout_percentage": 10}],
        "created_by": _USER,
        "created_at": "2024-11-01T08:00:00.123456Z",
        "updated_at": "2024-11-02T08:00:00+00:00",
    },
    "holdout_id": 5,
    "exposure_cohort": None,
    "parameters": {
        "feature_flag_variants": [
            {"key": "control", "name": "Control", "rollout_percentage": 34},
            {"key": "test-a", "name": "One page", "rollout_percentage": 33},
            {"key": "test-b", "name": "Two pages", "rollout_percentage": 33},
        ],
        "minimum_detectable_effect": 5,
        "recommended_running_time": 14.5,
        "recommended_sample_size": 12000,
        "rollout_percentage": 100,
        "aggregation_group_type_index": None,
        "ensure_experience_continuity": None,
        "custom_exposure_filter": None,
        "feature_flag_payloads": {"test-a": {"layout": "single"}, "test-b": {"layout": "double"}},
    },
    "secondary_metrics": [],
    "saved_metrics": [
        {
            "id": 108,
            "experiment": 90,
            "saved_metric": 15,
            "metadata": {"type": "primary"},
            "created_at": "2025-01-22T14:56:12.766068Z",
            "query": {
                "kind": "ExperimentMetric",
                "metric_type": "mean",
                "source": _event("revenue", "sum", math_property="amount"),
            },
            "name": "Revenue per user",
        }
    ],
    "saved_metrics_ids": None,
    "filters": {},
    "archived": False,
    "deleted": False,
    "created_by": _USER,
    "created_at": "2025-01-16T21:51:09.062768Z",
    "updated_at": "2025-01-22T15:56:12.772335+01:00",
    "type": "product",
    "exposure_criteria": {
        "filterTestAccounts": True,
        "exposure_config": {
            "kind": "ExperimentEventExposureConfig",
            "event": "$feature_flag_called",
            "properties": [],
        },
        "multiple_variant_handling": "exclude",
    },
    "metrics": [
        {
            "kind": "ExperimentMetric",
            "metric_type": "funnel",
            "uuid": "434cb6ba-7fa6-4ca1-b7a0-8970b2d9a47d",
            "name": "Checkout conversion",
            "goal": "increase",
            "conversion_window": 14,
            "conversion_window_unit": "day",
            "series": [_event("checkout seen"), _event("payment")],
            "fingerprint": "5f0c1e8a2b",
        },
        {
            "kind": "ExperimentMetric",
            "metric_type": "mean",
            "uuid": "a1f7f43e-0a4f-4d1b-9a37-4b2f2c1b8d11",
            "name": "Order value",
            "goal": "increase",
            "conversion_window": None,
            "conversion_window_unit": None,
            "source": _event("purchase", "avg", math_property="value"),
            "fingerprint": "9d2e41b7c0",
        },
    ],
    "metrics_secondary": [
        {
            "kind": "ExperimentMetric",
            "metric_type": "ratio",
            "uuid": "cbdd02f8-4a27-4017-a8d8-5f989b304ada",
            "name": "Purchases per pageview",
            "goal": "increase",
            "numerator": _event("purchase", "dau"),
            "denominator": _event("$pageview"),
            "fingerprint": "0b8a77d3e1",
        }
    ],
    "stats_config": {"method": "bayesian"},
    "conclusion": None,
    "conclusion_comment": None,
    "primary_metrics_ordered_uuids": [
        "434cb6ba-7fa6-4ca1-b7a0-8970b2d9a47d",
        "a1f7f43e-0a4f-4d1b-9a37-4b2f2c1b8d11",
    ],
    "secondary_metrics_ordered_uuids": ["cbdd02f8-4a27-4017-a8d8-5f989b304ada"],
    "status": "running",
    "user_access_level": "editor",
}


def experiment(id: int = 90) -> dict[str, Any]:
    """A fresh deep copy of the realistic experiment, with the given id.

    Args:
        id: The experiment id.

    Returns:
        The experiment as PostHog's JSON would decode.
    """
    body = copy.deepcopy(_EXPERIMENT)
    body["id"] = id
    body["name"] = f"Checkout flow {id}"
    body["saved_metrics"][0]["experiment"] = id
    return body


def experiment_bytes(id: int = 90) -> bytes:
    """The realistic experiment, encoded as PostHog sends it."""
    return json.dumps(experiment(id)).encode()


def page(count: int, *, start_id: int = 1, total: int | None = None) -> dict[str, Any]:
    """A page of ``count`` experiments with a ``next`` link, as the list endpoint returns.

    Args:
        count: Experiments on the page.
        start_id: Id of the first experiment.
        total: The ``count`` field (all matching experiments); defaults to ``count * 3``.

    Returns:
        The page as decoded JSON.
    """
    return {
        "count": count * 3 if total is None else total,
        "next": f"https://us.posthog.com/api/projects/1/experiments/?limit={count}&offset={count}",
        "previous": None,
        "results": [experiment(start_id + index) for index in range(count)],
    }


def page_bytes(count: int) -> bytes:
    """A page of ``count`` experiments, encoded."""
    return json.dumps(page(count)).encode()
