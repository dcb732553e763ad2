"""Shared constants and small helpers for the fake's tests."""

from __future__ import annotations

from typing import Any

import httpx

PROJECT = 1
BASE = f"/api/projects/{PROJECT}/experiments/"
NOT_FOUND = {"type": "invalid_request", "code": "not_found", "detail": "Not found.", "attr": None}

# Every key of the docs page's Experiment example, in order, without `_create_in_folder`.
EXPERIMENT_KEYS = [
    "id",
    "name",
    "description",
    "start_date",
    "end_date",
    "feature_flag_key",
    "feature_flag",
    "holdout",
    "holdout_id",
    "exposure_cohort",
    "parameters",
    "secondary_metrics",
    "saved_metrics",
    "saved_metrics_ids",
    "filters",
    "archived",
    "deleted",
    "created_by",
    "created_at",
    "updated_at",
    "type",
    "exposure_criteria",
    "metrics",
    "metrics_secondary",
    "stats_config",
    "conclusion",
    "conclusion_comment",
    "primary_metrics_ordered_uuids",
    "secondary_metrics_ordered_uuids",
]


def experiment_keys(version: str) -> list[str]:
    """The keys of an ``Experiment`` as each PostHog version sends them, in order."""
    if version == "2025":
        return [*EXPERIMENT_KEYS, "user_access_level"]
    keys: list[str] = []
    for key in EXPERIMENT_KEYS:
        keys.append(key)
        if key == "stats_config":
            keys += [
                "scheduling_config",
                "exposure_preaggregation_enabled",
                "running_time_calculation",
            ]
    return [*keys, "only_count_matured_users", "status", "user_access_level"]


def by_version(version: str, **answers: Any) -> Any:
    """Pick the expected answer for a version: ``by_version(v, v2025=..., v2026=...)``."""
    return answers[f"v{version}"]


def detail(experiment_id: int | str) -> str:
    """The detail path of an experiment in the default project."""
    return f"{BASE}{experiment_id}/"


def create(api: httpx.Client, name: str = "Checkout", key: str | None = None, **body: Any) -> Any:
    """Create an experiment over HTTP and return its JSON (asserting a 201)."""
    payload = {"name": name, "feature_flag_key": key or name.lower().replace(" ", "-"), **body}
    response = api.post(BASE, json=payload)
    assert response.status_code == 201, response.text
    return response.json()


def error(
    status_code: int, code: str, detail: str, attr: str | None = None, kind: str | None = None
) -> dict[str, Any]:
    """The envelope PostHog sends, with the ``type`` inferred from the status."""
    default = {
        400: "validation_error",
        401: "authentication_error",
        403: "authentication_error",
        404: "invalid_request",
        405: "invalid_request",
        415: "invalid_request",
        429: "throttled_error",
    }[status_code]
    if code == "parse_error":
        default = "invalid_request"
    return {"type": kind or default, "code": code, "detail": detail, "attr": attr}


def assert_error(
    response: httpx.Response,
    status_code: int,
    code: str,
    detail: str,
    attr: str | None = None,
    kind: str | None = None,
) -> None:
    """Assert the status and the exact error envelope."""
    assert response.status_code == status_code, response.text
    assert response.json() == error(status_code, code, detail, attr, kind)


def invalid(response: httpx.Response, detail: str, attr: str | None = None) -> None:
    """Assert a 400 ``invalid_input`` validation error."""
    assert_error(response, 400, "invalid_input", detail, attr)
