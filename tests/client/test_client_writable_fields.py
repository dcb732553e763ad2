"""create/update take exactly the spec's writable fields, and a new field needs only generation."""

from __future__ import annotations

import copy
import importlib.util
import inspect
import sys
from pathlib import Path
from typing import Any

import yaml

import posthog_experiments_client as pec
from posthog_experiments_client._fields import CREATE_FIELDS, UPDATE_FIELDS, VERB_FIELDS

ROOT = Path(__file__).resolve().parents[2]


def _script() -> Any:
    spec = importlib.util.spec_from_file_location(
        "writable_fields", ROOT / "scripts" / "writable_fields.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("writable_fields", module)
    spec.loader.exec_module(module)
    return module


def _keywords(method: Any) -> list[str]:
    return [
        name
        for name, p in inspect.signature(method).parameters.items()
        if p.kind is inspect.Parameter.KEYWORD_ONLY
    ]


def test_signatures_are_the_field_tables_on_both_clients() -> None:
    for client in (pec.ExperimentsClient, pec.AsyncExperimentsClient):
        assert sorted(_keywords(client.create)) == sorted(f.name for f in CREATE_FIELDS)
        assert sorted(_keywords(client.update)) == sorted(f.name for f in UPDATE_FIELDS)


def _properties(spec: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """An object schema's properties, its ``allOf`` parts' included."""
    if "$ref" in schema:
        return _properties(spec, spec["components"]["schemas"][schema["$ref"].split("/")[-1]])
    merged: dict[str, Any] = {}
    for part in schema.get("allOf", []):
        merged.update(_properties(spec, part))
    return {**merged, **schema.get("properties", {})}


def test_the_tables_are_the_spec_request_schemas() -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "posthog-experiments.yaml").read_text())
    for schema, fields in (
        ("ExperimentCreate", CREATE_FIELDS),
        ("PatchedExperiment", UPDATE_FIELDS),
    ):
        properties = _properties(spec, spec["components"]["schemas"][schema])
        writable = {
            name
            for name, prop in properties.items()
            if not prop.get("readOnly") and not name.startswith("_") and name not in VERB_FIELDS
        }
        assert {f.name for f in fields} == writable


def test_a_field_added_to_the_spec_reaches_signature_docs_and_body() -> None:
    script = _script()
    spec = yaml.safe_load(script.SPEC.read_text())
    grown = copy.deepcopy(spec)
    # ExperimentCreate extends PatchedExperiment (allOf): one new property reaches both.
    grown["components"]["schemas"]["PatchedExperiment"]["properties"]["holdout_weight"] = {
        "type": "number",
        "nullable": True,
        "description": "Share of users held out.",
    }
    tables = {m: script.fields_of(grown, s) for m, s in script.METHODS.items()}
    source = script.render_client(tables)
    # Once in create and once in update: the argument, its docstring line and the body entry.
    assert source.count("holdout_weight: float | Unset | None = UNSET,") == 2
    assert source.count('"holdout_weight": holdout_weight,') == 2
    assert source.count("holdout_weight: Share of users held out. A number.") == 2
    module = script.render_fields_module(tables)
    assert module.count("Field('holdout_weight', 'number', nullable=True)") == 2
