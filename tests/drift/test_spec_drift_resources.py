"""The drift check compares resource by resource: a published slice of one resource is compared
with that resource of the curated spec only, and says which resources it compared.

The curated document here is ``schemas/crafted-curated.yaml`` (the experiments resource) plus a
holdouts resource built below; published documents are slices of it, some with a planted change.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from ._support import SCHEMAS, Result, load_spec_drift

spec_drift = load_spec_drift()

EXPERIMENTS = "/api/projects/{project_id}/experiments/"
HOLDOUTS = "/api/projects/{project_id}/experiment_holdouts/"
HOLDOUT = HOLDOUTS + "{id}/"
PROJECT = {"name": "project_id", "in": "path", "required": True, "schema": {"type": "string"}}
ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}}


def _answer(ref: str) -> dict[str, Any]:
    return {
        "description": "OK.",
        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}},
    }


@pytest.fixture
def curated() -> dict[str, Any]:
    """Two resources: experiments (3 operations) and holdouts (2 operations)."""
    document: dict[str, Any] = yaml.safe_load((SCHEMAS / "crafted-curated.yaml").read_text("utf-8"))
    document["paths"][HOLDOUTS] = {
        "parameters": [PROJECT],
        "get": {
            "operationId": "experiment_holdouts_list",
            "responses": {"200": _answer("HoldoutPage")},
        },
    }
    document["paths"][HOLDOUT] = {
        "parameters": [PROJECT, ID],
        "get": {
            "operationId": "experiment_holdouts_retrieve",
            "responses": {"200": _answer("Holdout")},
        },
    }
    document["components"]["schemas"]["HoldoutPage"] = {
        "type": "object",
        "properties": {
            "results": {"type": "array", "items": {"$ref": "#/components/schemas/Holdout"}}
        },
    }
    document["components"]["schemas"]["Holdout"] = {
        "type": "object",
        "required": ["id"],
        "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
    }
    return document


def _slice(document: dict[str, Any], *prefixes: str) -> dict[str, Any]:
    """A copy of ``document`` with only the paths under ``prefixes``."""
    published = copy.deepcopy(document)
    published["paths"] = {
        path: item for path, item in published["paths"].items() if path.startswith(prefixes)
    }
    return published


@pytest.fixture
def compare(
    run: Callable[..., Result], curated: dict[str, Any], tmp_path: Path
) -> Callable[..., Result]:
    """Compare a published document with ``curated`` under an allow-list (empty by default)."""
    curated_path = tmp_path / "curated.yaml"
    curated_path.write_text(yaml.safe_dump(curated, sort_keys=False), encoding="utf-8")

    def _compare(
        published: dict[str, Any], *args: str, allow: list[dict[str, Any]] | None = None
    ) -> Result:
        published_path = tmp_path / "published.yaml"
        published_path.write_text(yaml.safe_dump(published), encoding="utf-8")
        allowlist = tmp_path / "allow.yml"
        allowlist.write_text(yaml.safe_dump({"allow": allow or []}), encoding="utf-8")
        return run(published_path, "--curated", curated_path, "--allowlist", allowlist, *args)

    return _compare


def test_a_slice_of_one_resource_does_not_report_the_others_removed(
    compare: Callable[..., Result], curated: dict[str, Any]
) -> None:
    result = compare(_slice(curated, HOLDOUTS))
    assert (result.code, result.findings) == (0, [])
    assert "; 2 operations matched." in result.out
    assert f"Compared: {HOLDOUTS} (2 curated operations)." in result.out
    assert (
        f"Not compared, not in the published document: {EXPERIMENTS} (3 curated operations)."
        in result.out
    )


def test_a_slice_is_compared_in_full(
    compare: Callable[..., Result], curated: dict[str, Any]
) -> None:
    published = _slice(curated, HOLDOUTS)
    published["components"]["schemas"]["Holdout"]["properties"]["name"]["maxLength"] = 400
    del published["paths"][HOLDOUTS]
    result = compare(published)
    assert result.code == 1
    # The list is gone from a resource the slice has: that is a removal.
    assert result.findings == [
        "experiment_holdouts_list: operation removed",
        "Holdout.name: maxLength none -> 400",
    ]


def test_every_resource_the_document_has_is_compared(
    compare: Callable[..., Result], curated: dict[str, Any]
) -> None:
    published = copy.deepcopy(curated)
    published["components"]["schemas"]["Holdout"]["properties"]["name"]["maxLength"] = 400
    published["components"]["schemas"]["Thing"]["properties"]["name"]["maxLength"] = 3000
    result = compare(published)
    assert result.findings == [
        "Holdout.name: maxLength none -> 400",
        "Thing.name: maxLength 400 -> 3000",
    ]
    assert "; 5 operations matched." in result.out
    assert f"Compared: {EXPERIMENTS} (3 curated operations); {HOLDOUTS} (2 curated" in result.out
    assert "Not compared" not in result.out


def test_whole_schema_compares_every_curated_resource(
    compare: Callable[..., Result], curated: dict[str, Any]
) -> None:
    result = compare(_slice(curated, HOLDOUTS), "--whole-schema")
    assert result.code == 1
    assert result.findings == [
        "experiments_create: operation removed",
        "experiments_destroy: operation removed",
        "experiments_list: operation removed",
    ]


def test_other_resources_of_the_published_document_are_ignored(
    compare: Callable[..., Result], curated: dict[str, Any]
) -> None:
    published = _slice(curated, HOLDOUTS)
    published["paths"]["/api/projects/{project_id}/feature_flags/"] = {
        "get": {"operationId": "feature_flags_list", "responses": {"200": {"description": "OK"}}}
    }
    published["paths"][HOLDOUT + "archive/"] = {
        "post": {
            "operationId": "experiment_holdouts_archive_create",
            "responses": {"200": {"description": "OK"}},
        }
    }
    result = compare(published)
    assert result.findings == ["experiment_holdouts_archive_create: operation added"]


def test_a_document_without_any_curated_resource_is_a_load_error(
    compare: Callable[..., Result], curated: dict[str, Any]
) -> None:
    published = _slice(curated, "/api/projects/{project_id}/feature_flags/")
    result = compare(published)
    assert result.code == 2
    assert "has no path of the curated resources" in result.err
    assert EXPERIMENTS in result.err
    assert HOLDOUTS in result.err


def test_entries_about_what_a_run_did_not_compare_are_not_stale(
    compare: Callable[..., Result], curated: dict[str, Any]
) -> None:
    allow = [
        {"id": "Holdout.name: maxLength none -> 400", "reason": "holdouts only"},
        {"id": "experiment_holdouts_list: operation removed", "reason": "holdouts only"},
        {"id": "experiments_list: operation removed", "reason": "stale: experiments compared"},
        {"id": "Nowhere.field: field added", "reason": "stale: no such component"},
    ]
    result = compare(_slice(curated, EXPERIMENTS), allow=allow)
    assert (result.code, result.findings) == (0, [])
    assert result.stale == ["experiments_list: operation removed", "Nowhere.field: field added"]


@pytest.mark.parametrize(
    ("path", "resource"),
    [
        ("/api/projects/{project_id}/experiments/", "/api/projects/{}/experiments"),
        ("/api/projects/{project_id}/experiments/{id}/launch/", "/api/projects/{}/experiments"),
        ("/api/projects/{project_id}/experiments/stats", "/api/projects/{}/experiments"),
        ("/api/projects/{pid}/experiment_holdouts/{id}/", "/api/projects/{}/experiment_holdouts"),
        ("/api/users/@me/", "/api/users"),
    ],
)
def test_resource_of(path: str, resource: str) -> None:
    assert spec_drift.resource_of(path) == resource
