"""The drift check on crafted documents with known planted differences, in OAS 3.0 and 3.1.

``schemas/crafted-curated.yaml`` plays the curated spec. The two published documents differ from
it by exactly ``PLANTED`` and otherwise spell the same meaning the way their OpenAPI version
does (3.0 ``nullable`` and boolean ``exclusiveMinimum``; 3.1 type arrays, ``const``,
``examples``, ``unevaluatedProperties``). Every planted difference must be reported, once, in the
report's order, and nothing else.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from ._support import ROOT, SCHEMAS, Result

CURATED = SCHEMAS / "crafted-curated.yaml"
PUBLISHED = {
    "3.0": SCHEMAS / "crafted-published-3.0.yaml",
    "3.1": SCHEMAS / "crafted-published-3.1.yaml",
}

# In report order: operations, then schemas, each by name; within a group by kind, then id.
PLANTED = [
    # DELETE was refused (405, the curated outcome) and now deletes: not an "error removed".
    "experiments_destroy: response status 405 -> 204",
    "experiments_list query.limit: maximum 100 -> 1000",
    "experiments_list: security scopes experiment:read -> experiment:read, experiment:write",
    "Settings: additionalProperties open -> false",
    "Thing.flag: typed in curated, free-form object in published",
    "Thing.flag: nullable false -> true",
    "Thing.note: nullable false -> true",
    'Thing.kind: enum value added: ""',
    "Thing.created_at: format date-time -> date",
    "Thing.archived: default false -> true",
    "Thing.name: maxLength 400 -> 3000",
    "Thing.tags: maxItems 10 -> none",
]


@pytest.fixture
def no_allowlist(tmp_path: Path) -> Path:
    path = tmp_path / "allow.yml"
    path.write_text("allow: []\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("version", sorted(PUBLISHED))
def test_every_planted_difference_is_reported_and_nothing_else(
    run: Callable[..., Result], no_allowlist: Path, version: str
) -> None:
    result = run(PUBLISHED[version], "--curated", CURATED, "--allowlist", no_allowlist)
    assert result.code == 1
    assert result.findings == PLANTED
    assert f"DRIFT: {len(PLANTED)} finding(s); 0 allow-listed." in result.out


def test_report_groups_by_operation_then_schema(
    run: Callable[..., Result], no_allowlist: Path
) -> None:
    out = run(PUBLISHED["3.1"], "--curated", CURATED, "--allowlist", no_allowlist).out
    headers = [line for line in out.splitlines() if line.startswith(("Operation ", "Schema "))]
    assert headers == [
        "Operation experiments_destroy (DELETE /api/projects/{project_id}/experiments/{id}/)",
        "Operation experiments_list (GET /api/projects/{project_id}/experiments/)",
        "Schema Settings (seen in: experiments_create request, experiments_create response 201,"
        " experiments_list response 200)",
        "Schema Thing (seen in: experiments_create request, experiments_create response 201,"
        " experiments_list response 200)",
    ]


@pytest.mark.parametrize("version", sorted(PUBLISHED))
def test_a_document_against_itself_reports_nothing(
    run: Callable[..., Result], no_allowlist: Path, version: str
) -> None:
    result = run(PUBLISHED[version], "--curated", PUBLISHED[version], "--allowlist", no_allowlist)
    assert (result.code, result.findings) == (0, [])


def test_oas30_and_oas31_spellings_mean_the_same(
    run: Callable[..., Result], no_allowlist: Path
) -> None:
    result = run(PUBLISHED["3.1"], "--curated", PUBLISHED["3.0"], "--allowlist", no_allowlist)
    assert (result.code, result.findings) == (0, [])


def test_the_curated_spec_against_itself_reports_nothing(
    run: Callable[..., Result], no_allowlist: Path, tmp_path: Path
) -> None:
    curated = ROOT / "openapi" / "posthog-experiments.yaml"
    as_json = tmp_path / "curated.json"
    as_json.write_text(json.dumps(yaml.safe_load(curated.read_text("utf-8"))), encoding="utf-8")
    result = run(as_json, "--allowlist", no_allowlist)
    assert (result.code, result.findings) == (0, [])
    assert "No drift; 0 finding(s) allow-listed." in result.out


def test_an_entry_covers_only_the_field_it_names(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    path = tmp_path / "allow.yml"
    entry = {"id": "Thing.flag: nullable false -> true", "reason": "flag may be null"}
    path.write_text(yaml.safe_dump({"allow": [entry]}), encoding="utf-8")
    result = run(PUBLISHED["3.0"], "--curated", CURATED, "--allowlist", path, "--show-allowed")
    drift = result.findings[: result.findings.index("Thing.flag: nullable false -> true")]
    assert drift == [f for f in PLANTED if f != entry["id"]]
    assert "reason: flag may be null" in result.out
    assert f"DRIFT: {len(PLANTED) - 1} finding(s); 1 allow-listed." in result.out


@pytest.mark.parametrize(
    "pattern", ["*: typed in curated, any JSON in published", "*.flag: nullable false -> true"]
)
def test_an_entry_that_names_no_field_is_refused(
    run: Callable[..., Result], tmp_path: Path, pattern: str
) -> None:
    path = tmp_path / "allow.yml"
    path.write_text(yaml.safe_dump({"allow": [{"id": pattern, "reason": "r"}]}), encoding="utf-8")
    result = run(PUBLISHED["3.0"], "--curated", CURATED, "--allowlist", path)
    assert result.code == 2
    assert "does not start with the operation, parameter or component" in result.err


def test_a_name_followed_by_a_wildcard_covers_that_component(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    path = tmp_path / "allow.yml"
    path.write_text(yaml.safe_dump({"allow": [{"id": "Thing.*", "reason": "r"}]}), encoding="utf-8")
    result = run(PUBLISHED["3.1"], "--curated", CURATED, "--allowlist", path)
    assert result.findings == [f for f in PLANTED if not f.startswith("Thing.")]
