"""Strategies for the arguments of ``create`` and ``update``: valid, odd, and plain wrong.

Every argument mixes values PostHog accepts with odd unicode (lone surrogates included), huge
numbers, NaN and infinities, values of the wrong type, and nested junk for the JSON-object
fields, including containers too deep to encode.
"""

from __future__ import annotations

import datetime
import math
from typing import Any

from hypothesis import strategies as st

from posthog_experiments_client._generated.models import (
    ExperimentMetric,
    ExperimentParameters,
    ExposureCriteria,
    StatsConfig,
)

from ._strategies import NASTY_STRINGS, valid_body


class Opaque:
    """An object no JSON encoder knows."""

    def __repr__(self) -> str:
        return "Opaque()"


def _deep(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = {"a": value}
    return value


surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
odd_text = st.one_of(
    st.text(st.characters(codec=None), max_size=30),  # any code point but surrogates
    st.text(st.one_of(st.characters(), surrogates), min_size=1, max_size=10),
    st.sampled_from(NASTY_STRINGS),
    st.just("x" * 100_000),
)
plain_text = st.text(st.characters(codec="utf-8"), min_size=1, max_size=40)
floats = st.one_of(
    st.floats(), st.sampled_from([math.nan, math.inf, -math.inf, -0.0, 1e308, 5e-324])
)
huge_ints = st.one_of(st.integers(min_value=2**53, max_value=2**300), st.just(-(2**200)))
wrong_scalars = st.one_of(
    st.booleans(),
    st.integers(),
    huge_ints,
    floats,
    st.binary(max_size=8),
    st.just(Opaque()),
    st.sets(st.integers(), max_size=2),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)
junk = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), huge_ints, floats, odd_text),
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.tuples(inner, inner),
        st.dictionaries(st.one_of(odd_text, st.integers(), st.none()), inner, max_size=3),
    ),
    max_leaves=10,
)
deep = st.sampled_from([_deep(50), _deep(5000), [[[[[]]]]]])
json_object_junk = st.one_of(
    st.dictionaries(st.text(max_size=10), junk, max_size=4),
    st.dictionaries(st.one_of(st.integers(), st.tuples(st.integers())), junk, max_size=2),
    deep,
    wrong_scalars,
    st.just(Opaque()),
)
free_form = st.one_of(junk, json_object_junk)


def _json_object(schema: str, model: Any) -> tuple[st.SearchStrategy[Any], st.SearchStrategy[Any]]:
    """(valid, odd) values of a JSON-object field: dicts or typed models; junk."""
    valid = valid_body(schema)
    return st.one_of(st.none(), valid, valid.map(model.from_dict)), json_object_junk


def _json_object_list(
    schema: str, model: Any
) -> tuple[st.SearchStrategy[Any], st.SearchStrategy[Any]]:
    valid, odd = _json_object(schema, model)
    item = st.one_of(valid.filter(lambda v: v is not None), odd)
    return (
        st.one_of(st.none(), st.lists(valid.filter(lambda v: v is not None), max_size=3)),
        st.one_of(
            st.lists(item, min_size=1, max_size=3),
            st.tuples(item),
            st.lists(item, max_size=2).map(iter),  # an iterator, not a sequence
            wrong_scalars,
            odd_text,
        ),
    )


timezones = st.one_of(
    st.just(datetime.timezone.utc),
    st.integers(-23 * 60, 23 * 60).map(lambda m: datetime.timezone(datetime.timedelta(minutes=m))),
)
aware = st.datetimes(
    min_value=datetime.datetime(1970, 1, 2),
    max_value=datetime.datetime(2100, 1, 1),
    timezones=timezones,
)
texts = st.one_of(st.none(), plain_text)
odd_values = st.one_of(odd_text, wrong_scalars, junk)
uuids = st.uuids().map(str)

# (valid, odd) strategies for every keyword argument of create() and update().
# "Valid" is what the client must send (PostHog may still refuse it with a 400); "odd" is
# what it may refuse with InvalidArgumentError, or send if it is representable after all.
ARGUMENTS: dict[str, tuple[st.SearchStrategy[Any], st.SearchStrategy[Any]]] = {
    "name": (plain_text, st.one_of(odd_values, st.none())),
    "feature_flag_key": (
        st.from_regex(r"\A[a-zA-Z0-9_-]{1,30}\Z"),
        st.one_of(odd_values, st.none()),
    ),
    "description": (texts, odd_values),
    "start_date": (
        st.one_of(st.none(), aware, aware.map(datetime.datetime.isoformat)),
        st.one_of(st.datetimes(), odd_values),  # naive datetimes, junk
    ),
    "end_date": (
        st.one_of(st.none(), aware, aware.map(datetime.datetime.isoformat)),
        st.one_of(st.datetimes(), odd_values),
    ),
    "parameters": _json_object("ExperimentParameters", ExperimentParameters),
    "holdout_id": (st.sampled_from([None, 1, 2]), st.one_of(huge_ints, odd_values)),
    "metrics": _json_object_list("ExperimentMetric", ExperimentMetric),
    "metrics_secondary": _json_object_list("ExperimentMetric", ExperimentMetric),
    "exposure_criteria": _json_object("ExposureCriteria", ExposureCriteria),
    "stats_config": _json_object("StatsConfig", StatsConfig),
    "filters": (st.dictionaries(st.text(max_size=5), junk), st.one_of(st.none(), free_form)),
    "secondary_metrics": (
        st.one_of(st.none(), st.lists(st.dictionaries(st.text(max_size=5), junk))),
        free_form,
    ),
    "archived": (st.booleans(), st.one_of(st.none(), wrong_scalars)),
    "conclusion": (
        st.one_of(st.none(), st.sampled_from(["won", "lost", "inconclusive"]), plain_text),
        odd_values,
    ),
    "conclusion_comment": (texts, odd_values),
    "primary_metrics_ordered_uuids": (
        st.one_of(st.none(), st.lists(uuids, max_size=3)),
        odd_values,
    ),
    "secondary_metrics_ordered_uuids": (
        st.one_of(st.none(), st.lists(uuids, max_size=3)),
        odd_values,
    ),
    "type": (st.one_of(st.none(), st.sampled_from(["web", "product"]), plain_text), odd_values),
}
UPDATE_ONLY_EXCLUDED = {"type", "feature_flag_key"}


@st.composite
def _kwargs(draw: st.DrawFn, required: list[str], optional: list[str]) -> dict[str, Any]:
    """Keyword arguments: some optional ones, and in half the examples one or two odd ones."""
    chosen = required + sorted(draw(st.sets(st.sampled_from(optional))))
    odd: set[str] = set()
    wants_odd: bool = draw(st.booleans())
    if chosen and wants_odd:
        odd = draw(st.sets(st.sampled_from(chosen), min_size=1, max_size=2))
    return {name: draw(ARGUMENTS[name][1 if name in odd else 0], label=name) for name in chosen}


create_kwargs = _kwargs(
    ["name", "feature_flag_key"], sorted(set(ARGUMENTS) - {"name", "feature_flag_key"})
)
update_kwargs = _kwargs([], sorted(set(ARGUMENTS) - UPDATE_ONLY_EXCLUDED))
