"""Type checks for the JSON fields whose inner shape the API documents.

PostHog 2026 validates metrics with pydantic (``ExperimentMetric``); 2025 stored any
JSON. The fake checks the documented inner types of ``metrics``, ``parameters``,
``exposure_criteria`` and the ordering arrays, so nothing it returns can break a
typed client; unknown keys are always allowed. Metric errors use PostHog 2026's
``Invalid metric at index {i}: [...]`` format with pydantic-style entries.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "EXPOSURE_CONFIG",
    "METRIC",
    "PARAMETERS",
    "Problem",
    "check",
    "describe",
]

# A schema is a small dict: {"type": ..., "nullable": bool, "enum": [...],
# "properties": {...}, "required": [...], "items": schema}.
Schema = dict[str, Any]
# (location, pydantic error type, message)
Problem = tuple[tuple[str | int, ...], str, str]

_STRING: Schema = {"type": "string"}
_NULLABLE_STRING: Schema = {"type": "string", "nullable": True}
_NULLABLE_NUMBER: Schema = {"type": "number", "nullable": True}
_NULLABLE_INTEGER: Schema = {"type": "integer", "nullable": True}
_OBJECT_LIST: Schema = {"type": "array", "items": {"type": "object"}}

EVENT_SOURCE: Schema = {
    "type": "object",
    "properties": {
        "kind": _STRING,
        "event": _NULLABLE_STRING,
        "id": _NULLABLE_INTEGER,
        "name": _NULLABLE_STRING,
        "math": _STRING,
        "math_property": _NULLABLE_STRING,
        "math_hogql": _NULLABLE_STRING,
        "properties": _OBJECT_LIST,
    },
}

METRIC: Schema = {
    "type": "object",
    "properties": {
        "kind": _STRING,
        "metric_type": {"type": "string", "enum": ["mean", "funnel", "ratio", "retention"]},
        "uuid": _STRING,
        "name": _NULLABLE_STRING,
        "goal": {"type": "string", "enum": ["increase", "decrease"]},
        "conversion_window": _NULLABLE_INTEGER,
        "conversion_window_unit": _NULLABLE_STRING,
        "source": EVENT_SOURCE,
        "series": {"type": "array", "items": EVENT_SOURCE},
        "numerator": EVENT_SOURCE,
        "denominator": EVENT_SOURCE,
        "fingerprint": _STRING,
    },
}

PARAMETERS: Schema = {
    "type": "object",
    "properties": {
        "feature_flag_variants": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["key"],
                "properties": {
                    "key": _STRING,
                    "name": _NULLABLE_STRING,
                    "rollout_percentage": {"type": "number"},
                },
            },
        },
        "minimum_detectable_effect": _NULLABLE_NUMBER,
        "recommended_running_time": _NULLABLE_NUMBER,
        "recommended_sample_size": _NULLABLE_NUMBER,
        "rollout_percentage": _NULLABLE_NUMBER,
        "aggregation_group_type_index": _NULLABLE_INTEGER,
        "ensure_experience_continuity": {"type": "boolean", "nullable": True},
        "custom_exposure_filter": {"type": "object", "nullable": True},
        "feature_flag_payloads": {"type": "object", "nullable": True},
    },
}

EXPOSURE_CONFIG: Schema = {
    "type": "object",
    "properties": {
        "kind": {"type": "string", "enum": ["ExperimentEventExposureConfig", "ActionsNode"]},
        "event": _NULLABLE_STRING,
        "id": _NULLABLE_INTEGER,
        "properties": _OBJECT_LIST,
    },
}

_TYPE_ERRORS = {
    "string": ("string_type", "Input should be a valid string"),
    "integer": ("int_type", "Input should be a valid integer"),
    "number": ("float_type", "Input should be a valid number"),
    "boolean": ("bool_type", "Input should be a valid boolean"),
    "array": ("list_type", "Input should be a valid list"),
    "object": ("dict_type", "Input should be a valid dictionary"),
}


def _has_type(value: Any, kind: str) -> bool:
    if kind == "string":
        return isinstance(value, str)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    return isinstance(value, dict)


def _choices(values: list[str]) -> str:
    quoted = [f"'{v}'" for v in values]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def check(value: Any, schema: Schema, location: tuple[str | int, ...] = ()) -> list[Problem]:
    """List where ``value`` breaks ``schema`` (empty when it conforms)."""
    if value is None:
        if schema.get("nullable"):
            return []
        kind = schema["type"]
        return [(location, _TYPE_ERRORS[kind][0], _TYPE_ERRORS[kind][1])]
    kind = schema["type"]
    if not _has_type(value, kind):
        return [(location, *_TYPE_ERRORS[kind])]
    if "enum" in schema and value not in schema["enum"]:
        return [(location, "literal_error", f"Input should be {_choices(schema['enum'])}")]
    problems: list[Problem] = []
    if kind == "object":
        for name in schema.get("required", ()):
            if name not in value:
                problems.append(((*location, name), "missing", "Field required"))
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                problems += check(value[name], sub, (*location, name))
    elif kind == "array" and "items" in schema:
        for index, item in enumerate(value):
            problems += check(item, schema["items"], (*location, index))
    return problems


def describe(problems: list[Problem], limit: int = 15) -> str:
    """Render problems like a pydantic ``errors()`` list."""
    entries = [{"loc": loc, "type": kind, "msg": msg} for loc, kind, msg in problems[:limit]]
    return repr(entries)
