"""Hypothesis strategies: valid response bodies from the spec, and ways to break them."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from . import _compat
from ._schemas import component

_compat.install()

# ---------------------------------------------------------------------------- valid bodies

_DATE_TIME_FORMAT = "x-rfc3339-date-time"


def _two(low: int, high: int) -> st.SearchStrategy[str]:
    return st.integers(low, high).map(lambda v: f"{v:02d}")


# RFC 3339 ``date-time``, broader than hypothesis-jsonschema's own: any fraction length, ``Z``,
# ``z`` or a numeric offset, ``T``/``t`` separator. Two things RFC 3339 allows are left out
# because Python's datetime cannot hold them: year 0000 and the leap second ``:60``; the client
# answers both with ResponseValidationError (see test_fuzz_roundtrip.py).
DATE_TIMES: st.SearchStrategy[str] = st.builds(
    "{}-{}-{}{}{}:{}:{}{}{}".format,
    st.integers(1, 9999).map(lambda v: f"{v:04d}"),
    _two(1, 12),
    _two(1, 28),
    st.sampled_from(["T", "t"]),
    _two(0, 23),
    _two(0, 59),
    _two(0, 59),
    st.one_of(st.just(""), st.from_regex(r"\A\.[0-9]{1,12}\Z")),
    st.one_of(
        st.sampled_from(["Z", "z", "+00:00", "-00:00"]),
        st.builds("{}{}:{}".format, st.sampled_from("+-"), _two(0, 23), _two(0, 59)),
    ),
)


def _with_custom_date_time(schema: Any) -> Any:
    """The schema with ``format: date-time`` renamed, so that ``DATE_TIMES`` generates them."""
    if isinstance(schema, list):
        return [_with_custom_date_time(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    renamed = {key: _with_custom_date_time(value) for key, value in schema.items()}
    if renamed.get("format") == "date-time":
        renamed["format"] = _DATE_TIME_FORMAT
    return renamed


def _all_required(schema: Any) -> Any:
    """The schema with every declared property required, at every depth.

    Bodies valid under it are valid under the original, but carry every optional field, which
    hypothesis-jsonschema otherwise rarely fills in a schema with thirty optional properties.
    """
    if not isinstance(schema, dict):
        return schema
    changed = dict(schema)
    if "properties" in schema:
        changed["properties"] = {k: _all_required(v) for k, v in schema["properties"].items()}
        changed["required"] = sorted(schema["properties"])
    for key in ("items", "additionalProperties"):
        if key in schema:
            changed[key] = _all_required(schema[key])
    for key in ("allOf", "anyOf", "oneOf"):
        if key in schema:
            changed[key] = [_all_required(sub) for sub in schema[key]]
    return changed


def _limit_page(schema: dict[str, Any], max_items: int) -> dict[str, Any]:
    """A page schema whose ``results`` hold at most ``max_items`` (generation cost)."""
    results = {**schema["properties"]["results"], "maxItems": max_items}
    return {**schema, "properties": {**schema["properties"], "results": results}}


def valid_body(schema_name: str) -> st.SearchStrategy[Any]:
    """Bodies valid under ``components/schemas/<schema_name>``, unknown keys included.

    Half of them carry every optional field; a page holds at most three experiments.
    """
    schema = _with_custom_date_time(component(schema_name))
    if schema_name == "PaginatedExperimentList":
        schema = _limit_page(schema, 3)
    formats = {_DATE_TIME_FORMAT: DATE_TIMES}
    return st.one_of(
        from_schema(schema, custom_formats=formats),
        from_schema(_all_required(schema), custom_formats=formats),
    )


# ---------------------------------------------------------------------------- junk values

HUGE_TEXT = "x" * 200_000
NASTY_STRINGS = [
    "",
    "\x00",
    "\ud800",  # a lone surrogate: valid JSON text ("\\ud800"), not valid UTF-8
    "\udfff\ud800",
    "\u202e\ufeff",
    "\U0001f9ea" * 3,
    "http://[",  # an unterminated IPv6 host in a URL
    "http://[::1",
    "https://us.posthog.com/api/projects/1/experiments/?offset=%ff&limit=\ud800",
    "?offset=1e3",
    "?offset=-5",
    "?offset=99999999999999999999999",
    "0000-01-01T00:00:00Z",
    "2024-02-30T10:00:00Z",
    "2020-06-30T23:59:60Z",
    "not a date",
    "paused",
    "exposure_frozen",
]

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=2**63, max_value=2**200),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
    st.sampled_from(NASTY_STRINGS),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
