"""Tests for ``scripts/spec_drift.py``.

``schemas/published-2026-docs.yaml`` stands in for PostHog's published schema (docs-page shape).
Compared with ``schemas/curated-docs.yaml`` (a curated spec of the eight docs-page operations)
under ``schemas/allowlist-docs.yml`` it must give no drift, so the script is tested on fixed inputs
while ``openapi/`` follows PostHog. Each test derives a copy with one kind of change and checks the
exit status and the exact findings (and stale allow-list entries).
"""

from __future__ import annotations

import copy
import functools
import http.server
import json
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from ._support import Result, load_spec_drift

MATCHING = Path(__file__).parent / "schemas" / "published-2026-docs.yaml"
CURATED = Path(__file__).parent / "schemas" / "curated-docs.yaml"
ALLOWLIST = Path(__file__).parent / "schemas" / "allowlist-docs.yml"
EXPERIMENTS = "/api/projects/{project_id}/experiments/"
REQUIRES_FLAG = EXPERIMENTS + "requires_flag_implementation/"


spec_drift = load_spec_drift()


@pytest.fixture
def run(run: Callable[..., Result]) -> Callable[..., Result]:
    """The script, against the frozen curated spec and allow-list unless an argument says otherwise."""

    def _run(*args: str | Path) -> Result:
        argv = [str(arg) for arg in args]
        if "--curated" not in argv:
            argv += ["--curated", str(CURATED)]
        if "--allowlist" not in argv:
            argv += ["--allowlist", str(ALLOWLIST)]
        return run(*argv)

    return _run


@pytest.fixture
def published() -> dict[str, Any]:
    """A fresh copy of the matching published schema, to change."""
    return copy.deepcopy(_matching())


@functools.cache
def _matching() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(MATCHING.read_text(encoding="utf-8"))
    return document


def write(tmp_path: Path, document: dict[str, Any], name: str = "published.yaml") -> Path:
    """Write ``document`` as JSON or YAML, by the extension of ``name``."""
    path = tmp_path / name
    if name.endswith(".json"):
        path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    else:
        path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def schemas(document: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = document["components"]["schemas"]
    return result


def experiment_properties(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The property maps of Experiment and PatchedExperiment (one serializer, two components)."""
    return [schemas(document)[name]["properties"] for name in ("Experiment", "PatchedExperiment")]


def to_oas31(node: Any) -> Any:
    """Rewrite OAS 3.0 nullability the way drf-spectacular's OAS 3.1 output spells it."""
    if isinstance(node, list):
        return [to_oas31(item) for item in node]
    if not isinstance(node, dict):
        return node
    node = {key: to_oas31(value) for key, value in node.items()}
    if node.pop("nullable", False):
        if "type" in node:
            node["type"] = [node["type"], "null"]
        elif "allOf" in node:
            node["oneOf"] = [*node.pop("allOf"), {"type": "null"}]
        elif "oneOf" in node:  # [XEnum, BlankEnum, NullEnum] -> [XEnum, BlankEnum, {type: null}]
            null_enum = {"$ref": "#/components/schemas/NullEnum"}
            node["oneOf"] = [*(m for m in node["oneOf"] if m != null_enum), {"type": "null"}]
    return node


# ------------------------------------------------------------------------- no drift expected


def test_matching_yaml_schema_has_no_drift(run: Callable[..., Result]) -> None:
    result = run(MATCHING)
    assert result.code == 0, result.out
    assert result.findings == []
    assert result.stale == []
    assert "No drift" in result.out


def test_matching_json_schema_has_no_drift(
    run: Callable[..., Result], published: dict[str, Any], tmp_path: Path
) -> None:
    result = run(write(tmp_path, published, "published.json"))
    assert (result.code, result.findings, result.stale) == (0, [], [])


def test_oas31_nullable_spellings_compare_equal_to_oas30(
    run: Callable[..., Result], published: dict[str, Any], tmp_path: Path
) -> None:
    document = to_oas31(published)
    document["openapi"] = "3.1.0"
    text = json.dumps(document)
    assert '"nullable"' not in text
    assert '["string", "null"]' in text
    assert '{"type": "null"}' in text
    result = run(write(tmp_path, document, "published-3.1.json"))
    assert (result.code, result.findings, result.stale) == (0, [], [])


def test_unrelated_paths_and_unreachable_components_are_ignored(
    run: Callable[..., Result], published: dict[str, Any], tmp_path: Path
) -> None:
    del published["paths"]["/api/projects/{project_id}/experiment_holdouts/"]
    del schemas(published)["Cohort"]["properties"]["name"]
    result = run(write(tmp_path, published))
    assert (result.code, result.findings, result.stale) == (0, [], [])


def test_operations_match_by_method_and_path_without_operation_ids(
    run: Callable[..., Result], published: dict[str, Any], tmp_path: Path
) -> None:
    renamed = {}
    for path, item in published["paths"].items():
        # Without operationIds, PUT cannot be told apart by name: leave it out here.
        item.pop("put", None)
        for operation in item.values():
            del operation["operationId"]
            for parameter in operation.get("parameters", []):
                if parameter["name"] == "id":
                    parameter["name"] = "experiment_id"
        renamed[path.replace("{id}", "{experiment_id}").rstrip("/")] = item
    published["paths"] = renamed
    result = run(write(tmp_path, published))
    assert (result.code, result.findings) == (0, [])
    assert result.stale == ["experiments_update: operation added"]


# ------------------------------------------------------------------------------- operations


def test_operation_added(
    run: Callable[..., Result], published: dict[str, Any], tmp_path: Path
) -> None:
    stats = copy.deepcopy(published["paths"][REQUIRES_FLAG])
    stats["get"]["operationId"] = "experiments_stats_retrieve"
    published["paths"][EXPERIMENTS + "stats/"] = stats
    result = run(write(tmp_path, published))
    assert result.code == 1
    assert result.findings == ["experiments_stats_retrieve: operation added"]
    assert "GET /api/projects/{project_id}/experiments/stats/" in result.out
    assert result.stale == []


def test_operation_removed(
    run: Callable[..., Result], published: dict[str, Any], tmp_path: Path
) -> None:
    del published["paths"][REQUIRES_FLAG]
    result = run(write(tmp_path, published))
    assert result.code == 1
    assert result.findings == [
        "experiments_requires_flag_implementation_retrieve: operation removed"
    ]
    # The entries about that operation's documented differences now match nothing.
    assert sorted(result.stale) == [
        "experiments_requires_flag_implementation_retrieve query.actions: parameter removed",
        "experiments_requires_flag_implementation_retrieve query.events: parameter removed",
        "experiments_requires_flag_implementation_retrieve: error responses removed: "
        "400, 401, 403, 404, 429",
        "experiments_requires_flag_implementation_retrieve: response 200 body removed",
    ]


def test_operation_id_renamed(
    run: Callable[..., Result], published: dict[str, Any], tmp_path: Path
) -> None:
    published["paths"][EXPERIMENTS]["get"]["operationId"] = "experiments_list_all"
    result = run(write(tmp_path, published))
    assert result.code == 1
    assert result.findings == [
        "experiments_list: operationId experiments_list -> experiments_list_all"
    ]


def test_query_parameter_added(
    run: Callable[..., Result], published: dict[str, Any], tmp_path: Path
) -> None:
    published["paths"][EXPERIMENTS]["get"]["parameters"].append(
        {"name": "event", "in": "query", "required": False, "schema": {"type": "string"}}
    )
    result = run(write(tmp_path, published))
    assert result.code == 1
    assert result.findings == ["experiments_list query.event: parameter added"]


# ----------------------------------------------------------------------------------- fields


def test_field_added(run: Callable[..., Result], published: dict[str, Any], tmp_path: Path) -> None:
    for properties in experiment_properties(published):
        properties["is_legacy"] = {"type": "boolean", "readOnly": True}
    result = run(write(tmp_path, published))
    assert result.code == 1
    assert result.findings == ["Experiment.is_legacy: field added"]
    assert "seen in: experiments_create response 201, experiments_list response 200" in result.out


def test_writable_field_added_shows_in_request_and_response(
    run: Callable[..., Result], published: dict[str, Any], tmp_path: Path
) -> None:
    for properties in experiment_properties(published):
        properties["only_count_matured_users"] = {"type": "boolean"}
    result = run(write(tmp_path, published))
    assert result.code == 1
    assert result.findings == [
        "Experiment.only_count_matured_users: field added",
        "ExperimentCreate.only_count_matured_users: field added",
        "PatchedExperiment.only_count_matured_users: field added",
    ]


def test_field_removed(
    run: Callable[..., Result], published: dict[str, Any], tmp_path: Path
) -> None:
    del schemas(published)["MinimalFeatureFlag"]["properties"]["has_encrypted_payloads"]
    result = run(write(tmp_path, published))
    assert result.code == 1
    assert result.findings == ["MinimalFeatureFlag.has_encrypted_payloads: field removed"]


def test_type_change(run: Callable[..., Result], published: dict[str, Any], tmp_path: Path) -> None:
    for properties in experiment_properties(published):
        properties["exposure_cohort"]["type"] = "string"
    result = run(write(tmp_path, published))
    assert result.code == 1
    assert result.findings == ["Experiment.exposure_cohort: type integer -> string"]


def test_nullability_change(
    run: Callable[..., Result], published: dict[str, Any], tmp_path: Path
) -> None:
    del schemas(published)["UserBasic"]["properties"]["distinct_id"]["nullable"]
    result = run(write(tmp_path, published))
    assert result.code == 1
    assert result.findings == ["UserBasic.distinct_id: nullable true -> false"]


def test_nullability_change_of_an_enum_field(
    run: Callable[..., Result], published: dict[str, Any], tmp_path: Path
) -> None:
    runtime = schemas(published)["MinimalFeatureFlag"]["properties"]["evaluation_runtime"]
    del runtime["nullable"]
    runtime["oneOf"] = runtime["oneOf"][:2]  # drop NullEnum, keep BlankEnum
    result = run(write(tmp_path, published))
    assert result.code == 1
    assert result.findings == ["MinimalFeatureFlag.evaluation_runtime: nullable true -> false"]


def test_read_only_change(
    run: Callable[..., Result], published: dict[str, Any], tmp_path: Path
) -> None:
    for properties in experiment_properties(published):
        properties["archived"]["readOnly"] = True
    result = run(write(tmp_path, published))
    assert result.code == 1
    assert result.findings == [
        "Experiment.archived: readOnly false -> true",
        "ExperimentCreate.archived: readOnly false -> true",
        "PatchedExperiment.archived: readOnly false -> true",
    ]


def test_enum_value_added(
    run: Callable[..., Result], published: dict[str, Any], tmp_path: Path
) -> None:
    schemas(published)["ExperimentTypeEnum"]["enum"].append("llm")
    result = run(write(tmp_path, published))
    assert result.code == 1
    assert result.findings == ["ExperimentTypeEnum: enum value added: llm"]
    assert "seen in: experiments_create request" in result.out


def test_enum_value_removed(
    run: Callable[..., Result], published: dict[str, Any], tmp_path: Path
) -> None:
    schemas(published)["ConclusionEnum"]["enum"].remove("invalid")
    result = run(write(tmp_path, published))
    assert result.code == 1
    assert result.findings == ["ConclusionEnum: enum value removed: invalid"]


# ------------------------------------------------------------------------------- allow-list


def test_stale_allowlist_entry_is_a_warning(run: Callable[..., Result], tmp_path: Path) -> None:
    allowlist = yaml.safe_load(ALLOWLIST.read_text(encoding="utf-8"))
    allowlist["allow"].append({"id": "Experiment.gone: field removed", "reason": "was documented"})
    path = tmp_path / "allow.yml"
    path.write_text(yaml.safe_dump(allowlist), encoding="utf-8")
    result = run(MATCHING, "--allowlist", path)
    assert result.code == 0
    assert result.findings == []
    assert result.stale == ["Experiment.gone: field removed"]
    assert "warning" in result.err


def test_finding_without_allowlist_entry_is_drift(
    run: Callable[..., Result], tmp_path: Path
) -> None:
    allowlist = yaml.safe_load(ALLOWLIST.read_text(encoding="utf-8"))
    allowlist["allow"] = [
        entry
        for entry in allowlist["allow"]
        if entry.get("id") != "Experiment.holdout: nullable true -> false"
    ]
    path = tmp_path / "allow.yml"
    path.write_text(yaml.safe_dump(allowlist), encoding="utf-8")
    result = run(MATCHING, "--allowlist", path)
    assert result.code == 1
    assert result.findings == ["Experiment.holdout: nullable true -> false"]
    assert result.stale == []


def test_show_allowed_lists_reasons(run: Callable[..., Result]) -> None:
    result = run(MATCHING, "--show-allowed")
    assert result.code == 0
    assert "  experiments_duplicate_create: response status 201 -> 200" in result.out
    assert "reason: The server answers 201 with the new experiment" in result.out


# ------------------------------------------------------------------------ loading and usage


@pytest.fixture
def loopback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Serve ``tmp_path`` over HTTP on 127.0.0.1 (an ephemeral port); yield the base URL."""
    for name in (
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
        "all_proxy",
    ):
        monkeypatch.delenv(name, raising=False)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

    handler = functools.partial(Quiet, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_loads_schema_from_url(
    run: Callable[..., Result], published: dict[str, Any], tmp_path: Path, loopback: str
) -> None:
    write(tmp_path, published, "schema.json")
    write(tmp_path, to_oas31(published), "schema-3.1.yaml")
    for name in ("schema.json", "schema-3.1.yaml"):
        result = run(f"{loopback}/{name}")
        assert (result.code, result.findings, result.stale) == (0, [], []), name


def test_url_drift_is_reported(
    run: Callable[..., Result], published: dict[str, Any], tmp_path: Path, loopback: str
) -> None:
    schemas(published)["ExperimentTypeEnum"]["enum"].append("llm")
    write(tmp_path, published, "schema.json")
    result = run(f"{loopback}/schema.json")
    assert result.code == 1
    assert result.findings == ["ExperimentTypeEnum: enum value added: llm"]


def test_url_error_is_a_load_error(run: Callable[..., Result], loopback: str) -> None:
    result = run(f"{loopback}/missing.json")
    assert result.code == 2
    assert "404" in result.err


@pytest.mark.parametrize(
    ("allowlist", "message"),
    [
        ("allow:\n  - id: 'x: y'\n", "needs 'reason'"),
        ("allow:\n  - {id: 'x: y', reason: ''}\n", "non-empty"),
        ("allow:\n  - {ids: [], reason: r}\n", "non-empty list"),
        ("entries: []\n", "one key, 'allow'"),
    ],
)
def test_malformed_allowlist_is_a_load_error(
    run: Callable[..., Result], tmp_path: Path, allowlist: str, message: str
) -> None:
    path = tmp_path / "allow.yml"
    path.write_text(allowlist, encoding="utf-8")
    result = run(MATCHING, "--allowlist", path)
    assert result.code == 2
    assert message in result.err


def test_usage_and_load_errors_exit_2(run: Callable[..., Result], tmp_path: Path) -> None:
    assert run().code == 2  # no PATH_OR_URL
    assert run(tmp_path / "missing.yaml").code == 2
    (tmp_path / "not-openapi.yaml").write_text("- just\n- a list\n", encoding="utf-8")
    assert run(tmp_path / "not-openapi.yaml").code == 2
    (tmp_path / "broken.json").write_text('{"paths": {', encoding="utf-8")
    assert run(tmp_path / "broken.json").code == 2
    assert run("--help").code == 0


# ---------------------------------------------------------------------------- normalisation

NULLABLE_STRINGS: list[Any] = [
    {"type": "string", "nullable": True},
    {"type": ["string", "null"]},
    {"oneOf": [{"type": "string"}, {"type": "null"}]},
    {"anyOf": [{"type": "null"}, {"type": "string"}]},
    {"oneOf": [{"$ref": "#/components/schemas/Str"}, {"$ref": "#/components/schemas/NullEnum"}]},
    {"allOf": [{"$ref": "#/components/schemas/Str"}], "nullable": True},
]

NULLABLE_ENUMS: list[Any] = [
    {"allOf": [{"$ref": "#/components/schemas/Kind"}], "nullable": True},
    {
        "nullable": True,
        "oneOf": [
            {"$ref": "#/components/schemas/Kind"},
            {"$ref": "#/components/schemas/BlankEnum"},
            {"$ref": "#/components/schemas/NullEnum"},
        ],
    },
    {"oneOf": [{"$ref": "#/components/schemas/Kind"}, {"type": "null"}]},
    {"type": ["string", "null"], "enum": ["web", "product", None]},
    {"type": "string", "enum": ["web", "product", ""], "nullable": True},
]

COMPONENTS = {
    "components": {
        "schemas": {
            "Str": {"type": "string"},
            "Kind": {"type": "string", "enum": ["web", "product"]},
            "BlankEnum": {"enum": [""]},
            "NullEnum": {"enum": [None]},
        }
    }
}


@pytest.mark.parametrize("schema", NULLABLE_STRINGS)
def test_nullable_string_spellings_normalise_alike(schema: Any) -> None:
    shape = spec_drift.Spec(COMPONENTS, "test").shape(schema)
    assert (shape.types, shape.nullable, shape.enum) == (frozenset({"string"}), True, None)


@pytest.mark.parametrize("schema", NULLABLE_ENUMS)
def test_nullable_enum_spellings_normalise_alike(schema: Any) -> None:
    shape = spec_drift.Spec(COMPONENTS, "test").shape(schema)
    assert (shape.types, shape.nullable) == (frozenset({"string"}), True)
    # "" (BlankEnum, or written in the enum) is a value like any other, never dropped.
    text = json.dumps(schema)
    blank = {""} if "BlankEnum" in text or '""' in text else set()
    assert shape.enum == frozenset({"web", "product"} | blank)


def test_blank_enum_alone_does_not_make_a_field_nullable() -> None:
    schema = {
        "oneOf": [{"$ref": "#/components/schemas/Kind"}, {"$ref": "#/components/schemas/BlankEnum"}]
    }
    shape = spec_drift.Spec(COMPONENTS, "test").shape(schema)
    assert (shape.nullable, shape.enum) == (False, frozenset({"web", "product", ""}))


def test_recursive_schemas_terminate() -> None:
    def document(node_properties: dict[str, Any]) -> dict[str, Any]:
        body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}}}
        return {
            "paths": {EXPERIMENTS: {"get": {"operationId": "tree", "responses": {"200": body}}}},
            "components": {"schemas": {"Node": {"type": "object", "properties": node_properties}}},
        }

    children = {"type": "array", "items": {"$ref": "#/components/schemas/Node"}}
    curated = spec_drift.Spec(document({"children": children}), "curated")
    published = spec_drift.Spec(document({"children": children, "x": {}}), "published")
    findings = spec_drift.Comparison(curated, published).run()
    assert [finding.id for finding in findings] == ["Node.x: field added"]
