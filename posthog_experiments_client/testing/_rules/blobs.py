"""Pydantic-like shape checks for the JSON blobs PostHog validates with its query schema.

2026 validates metrics with pydantic (``ExperimentMetric``) and both eras validate
``exposure_criteria.exposure_config``. Errors come back pydantic-style, as
``[{'loc': ..., 'type': ..., 'msg': ...}]`` entries. Unknown keys are allowed except
where a schema lists them as ``forbidden``.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "EXPOSURE_CONFIG",
    "METRIC_2026",
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

_NULLABLE_OBJECT_LIST: Schema = {"type": "array", "nullable": True, "items": {"type": "object"}}
_MATH: Schema = {"type": "string", "nullable": True}

# ExperimentApiEventSource: EventsNode or ActionsNode; pydantic forbids unknown fields, so an
# EventsNode carrying an action's `id` is refused.
_EVENTS_NODE: Schema = {
    "type": "object",
    "forbidden": ["id"],
    "properties": {
        "kind": _STRING,
        "event": _NULLABLE_STRING,
        "name": _NULLABLE_STRING,
        "math": _MATH,
        "math_property": _NULLABLE_STRING,
        "math_hogql": _NULLABLE_STRING,
        "math_group_type_index": _NULLABLE_INTEGER,
        "properties": _NULLABLE_OBJECT_LIST,
    },
}
_ACTIONS_NODE: Schema = {
    "type": "object",
    "required": ["id"],
    "properties": {
        "kind": _STRING,
        "id": {"type": "integer"},
        "name": _NULLABLE_STRING,
        "math": _MATH,
        "math_property": _NULLABLE_STRING,
        "math_hogql": _NULLABLE_STRING,
        "math_group_type_index": _NULLABLE_INTEGER,
        "properties": _NULLABLE_OBJECT_LIST,
    },
}
EVENT_SOURCE_2026: Schema = {
    "type": "object",
    "required": ["kind"],
    "discriminator": ("kind", {"EventsNode": _EVENTS_NODE, "ActionsNode": _ACTIONS_NODE}),
}

METRIC_2026: Schema = {
    "type": "object",
    "required": ["metric_type"],
    "properties": {
        "kind": _STRING,
        "metric_type": {"type": "string", "enum": ["mean", "funnel", "ratio", "retention"]},
        "uuid": _NULLABLE_STRING,
        "name": _NULLABLE_STRING,
        "goal": {"type": "string", "nullable": True, "enum": ["increase", "decrease"]},
        "conversion_window": _NULLABLE_NUMBER,
        "conversion_window_unit": _NULLABLE_STRING,
        "source": EVENT_SOURCE_2026,
        "series": {"type": "array", "nullable": True, "items": EVENT_SOURCE_2026},
        "numerator": EVENT_SOURCE_2026,
        "denominator": EVENT_SOURCE_2026,
        "start_event": EVENT_SOURCE_2026,
        "completion_event": EVENT_SOURCE_2026,
        "retention_window_start": _NULLABLE_NUMBER,
        "retention_window_end": _NULLABLE_NUMBER,
        "retention_window_unit": {
            "type": "string",
            "nullable": True,
            "enum": ["second", "minute", "hour", "day", "week", "month"],
        },
        "start_handling": {"type": "string", "nullable": True, "enum": ["first_seen", "last_seen"]},
        "fingerprint": _NULLABLE_STRING,
    },
}

# ExperimentEventExposureConfig (the default kind) needs an event; an ActionsNode an id.
EXPOSURE_CONFIG: Schema = {
    "type": "object",
    "discriminator": (
        "kind",
        {
            None: {
                "type": "object",
                "required": ["event"],
                "properties": {"event": _STRING, "properties": _OBJECT_LIST},
            },
            "ExperimentEventExposureConfig": {
                "type": "object",
                "required": ["event"],
                "properties": {"event": _STRING, "properties": _OBJECT_LIST},
            },
            "ActionsNode": _ACTIONS_NODE,
        },
    ),
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
    if kind == "object" and "discriminator" in schema:
        tag, choices = schema["discriminator"]
        chosen = (
            choices.get(value.get(tag)) if isinstance(value.get(tag), (str, type(None))) else None
        )
        if chosen is None:
            if tag in value or tag in schema.get("required", ()):
                expected = _choices([c for c in choices if c is not None])
                return [((*location, tag), "literal_error", f"Input should be {expected}")]
            return []
        return check(value, chosen, location)
    if kind == "object":
        for name in schema.get("forbidden", ()):
            if name in value:
                problems.append(
                    ((*location, name), "extra_forbidden", "Extra inputs are not permitted")
                )
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
