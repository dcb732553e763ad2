"""JSON Schemas of the spec's component schemas, for hypothesis-jsonschema.

OpenAPI 3.0 schemas are not quite JSON Schema. ``to_json_schema`` converts one:

* ``$ref`` to ``#/components/schemas/X`` is inlined (the spec has no recursive schema);
* ``nullable: true`` becomes ``"null"`` added to ``type`` (and ``None`` to ``enum``), or, where
  there is no ``type`` (``allOf`` wrappers, free-form values), ``anyOf: [schema, {type: null}]``;
* OpenAPI-only keywords (``readOnly``, ``example``, ...) are dropped.

``additionalProperties`` is left as the spec says (absent means allowed), so generated objects
carry unknown keys, which the client must keep and give back.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

import yaml

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "posthog-experiments.yaml"
_OPENAPI_ONLY = {
    "readOnly",
    "writeOnly",
    "example",
    "examples",
    "nullable",
    "discriminator",
    "xml",
    "externalDocs",
    "deprecated",
    "description",
}
_REF_PREFIX = "#/components/schemas/"


@functools.cache
def spec() -> dict[str, Any]:
    """The OpenAPI document."""
    with SPEC_PATH.open(encoding="utf-8") as file:
        document: dict[str, Any] = yaml.safe_load(file)
    return document


def component(name: str) -> dict[str, Any]:
    """The JSON Schema of ``components/schemas/<name>``, fully inlined."""
    schema: dict[str, Any] = to_json_schema(spec()["components"]["schemas"][name])
    return schema


def to_json_schema(schema: Any, _seen: tuple[str, ...] = ()) -> Any:
    """Convert an OpenAPI 3.0 schema (or any part of one) to JSON Schema.

    Args:
        schema: The OpenAPI schema.
        _seen: ``$ref`` names being expanded, to detect a recursive schema.

    Returns:
        An equivalent JSON Schema with every ``$ref`` inlined.
    """
    if isinstance(schema, list):
        return [to_json_schema(item, _seen) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        ref = schema["$ref"]
        if not ref.startswith(_REF_PREFIX):
            raise ValueError(f"unsupported $ref {ref!r}")
        name = ref[len(_REF_PREFIX) :]
        if name in _seen:
            raise ValueError(f"recursive schema {name!r}")
        return to_json_schema(spec()["components"]["schemas"][name], (*_seen, name))
    converted: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _OPENAPI_ONLY:
            continue
        if key == "properties":
            converted[key] = {name: to_json_schema(sub, _seen) for name, sub in value.items()}
        elif key in ("items", "additionalProperties", "not"):
            converted[key] = to_json_schema(value, _seen)
        elif key in ("allOf", "anyOf", "oneOf"):
            converted[key] = [to_json_schema(sub, _seen) for sub in value]
        else:
            converted[key] = copy.deepcopy(value)
    if schema.get("nullable") is True:
        converted = _nullable(converted)
    return converted


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    kind = schema.get("type")
    if isinstance(kind, str) and not any(k in schema for k in ("allOf", "anyOf", "oneOf")):
        nullable = {**schema, "type": [kind, "null"]}
        if "enum" in nullable:
            nullable["enum"] = [*nullable["enum"], None]
        return nullable
    return {"anyOf": [schema, {"type": "null"}]}
