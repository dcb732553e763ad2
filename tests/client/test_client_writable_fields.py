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
from posthog_experiments_client._fields import (
    CREATE_FIELDS,
    HOLDOUT_CREATE_FIELDS,
    HOLDOUT_UPDATE_FIELDS,
    SAVED_METRIC_CREATE_FIELDS,
    SAVED_METRIC_UPDATE_FIELDS,
    UPDATE_FIELDS,
    VERB_FIELDS,
)
from posthog_experiments_client._links import LINK_ARGUMENTS

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
    links = [link.name for link in LINK_ARGUMENTS]
    for client in (pec.ExperimentsClient, pec.AsyncExperimentsClient):
        assert sorted(_keywords(client.create)) == sorted([f.name for f in CREATE_FIELDS] + links)
        assert sorted(_keywords(client.update)) == sorted([f.name for f in UPDATE_FIELDS] + links)


def test_resource_signatures_are_their_field_tables_on_both_clients() -> None:
    from posthog_experiments_client import _async_holdouts, _async_saved_metrics, _holdouts
    from posthog_experiments_client import _saved_metrics as sync_saved_metrics

    for holdouts in (_holdouts.Holdouts, _async_holdouts.AsyncHoldouts):
        assert _keywords(holdouts.create) == [f.name for f in HOLDOUT_CREATE_FIELDS]
        assert _keywords(holdouts.update) == [f.name for f in HOLDOUT_UPDATE_FIELDS]
    for metrics in (sync_saved_metrics.SavedMetrics, _async_saved_metrics.AsyncSavedMetrics):
        assert _keywords(metrics.create) == [f.name for f in SAVED_METRIC_CREATE_FIELDS]
        assert _keywords(metrics.update) == [f.name for f in SAVED_METRIC_UPDATE_FIELDS]


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
        ("ExperimentHoldoutRequest", HOLDOUT_CREATE_FIELDS),
        ("PatchedExperimentHoldout", HOLDOUT_UPDATE_FIELDS),
        ("ExperimentSavedMetricRequest", SAVED_METRIC_CREATE_FIELDS),
        ("PatchedExperimentSavedMetric", SAVED_METRIC_UPDATE_FIELDS),
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
    target = script.TARGETS[script.CLIENT]
    tables = {m: script.fields_of(grown, s) for m, (_, s) in target.tables.items()}
    source = script.render_client(script.CLIENT, target, tables)
    # Once in create and once in update: the argument, its docstring line and the body entry.
    assert source.count("holdout_weight: float | Unset | None = UNSET,") == 2
    assert source.count('"holdout_weight": holdout_weight,') == 2
    assert source.count("holdout_weight: Share of users held out. A number.") == 2
    named = {table: (schema, tables[method]) for method, (table, schema) in target.tables.items()}
    module = script.render_fields_module(named)
    assert module.count("Field('holdout_weight', 'number', nullable=True)") == 2
