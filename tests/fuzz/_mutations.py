"""Strategies that break valid response bodies: at the JSON level, then at the byte level.

JSON-level mutations pick any node of the decoded body and drop it, null it, give it the wrong
type, an unknown enum value, a huge string or number, or deep nesting. Byte-level mutations then
truncate the encoded JSON, splice in bytes that are not UTF-8, re-encode it, or replace it whole.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from ._strategies import HUGE_TEXT, NASTY_STRINGS, json_values

# Tokens that json.dumps cannot write but a server can send: spliced in after encoding.
RAW_TOKENS: dict[str, str] = {
    "huge_int": "9" * 5000,  # beyond int()'s 4300-digit limit
    "big_int": "1" + "0" * 400,
    "huge_negative": "-" + "9" * 4500,
    "overflow_float": "1e999",  # json.loads gives inf
    "negative_overflow": "-1e999",
    "underflow": "1e-400",
    "nan": "NaN",
    "infinity": "Infinity",
    "negative_infinity": "-Infinity",
    "max_float": "1.7976931348623157e308",
    "negative_zero": "-0.0",
    "nested_900": "[" * 900 + "]" * 900,
    "nested_3000": "[" * 3000 + "]" * 3000,
    "nested_objects": '{"a":' * 2000 + "1" + "}" * 2000,
    "nested_100000": "[" * 100_000 + "]" * 100_000,
}
_RAW_PREFIX = "@@raw:"
INVALID_UTF8 = [
    b"\xff",
    b"\xc3\x28",
    b"\xed\xa0\x80",
    b"\xf8\x88\x80\x80\x80",
    b"\x80",
    b"\xc0\xaf",
]


@dataclass(frozen=True)
class Case:
    """One mutated response: what the fake transport answers with."""

    status: int
    content_type: str | None
    body: bytes

    def __repr__(self) -> str:
        preview = self.body[:300] + (b"..." if len(self.body) > 300 else b"")
        return f"Case(status={self.status}, content_type={self.content_type!r}, body={preview!r})"


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found.extend(_paths(item, (*prefix, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.extend(_paths(item, (*prefix, index)))
    return found


def _get(value: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        value = value[part]
    return value


def _wrong_type(value: Any) -> st.SearchStrategy[Any]:
    """Values of another JSON type than ``value``."""
    options: list[Any] = [str(value), [value], {"value": value}, 1, 1.5, True, "text"]
    return st.sampled_from([o for o in options if type(o) is not type(value)])


_replacements = st.one_of(
    st.none(),
    json_values,
    st.sampled_from(NASTY_STRINGS),
    st.just(HUGE_TEXT),
    st.text(min_size=1, max_size=12).map("x-unknown-{}".format),  # unknown enum values
    st.sampled_from(sorted(RAW_TOKENS)).map(_RAW_PREFIX.__add__),
)


@st.composite
def _mutate_json(draw: st.DrawFn, body: Any) -> Any:
    """``body`` with one node dropped or replaced."""
    path = draw(st.sampled_from(_paths(body)))
    current = _get(body, path)
    kind = draw(st.sampled_from(["drop", "null", "replace", "wrong_type"] if path else ["replace"]))
    if kind == "replace" or not path:
        new = draw(_replacements)
    elif kind == "null":
        new = None
    elif kind == "wrong_type":
        new = draw(_wrong_type(current))
    else:
        new = None
    if not path:
        return new
    parent = _get(body, path[:-1])
    if kind == "drop":
        del parent[path[-1]]
    else:
        parent[path[-1]] = new
    return body


def _encode(body: Any, ensure_ascii: bool) -> bytes:
    text = json.dumps(body, ensure_ascii=ensure_ascii)
    for name, token in RAW_TOKENS.items():
        text = text.replace(json.dumps(_RAW_PREFIX + name), token)
    # Lone surrogates (ensure_ascii=False) become bytes that are not UTF-8, as a broken server
    # would send them.
    return text.encode("utf-8", "surrogatepass")


@st.composite
def _mutate_bytes(draw: st.DrawFn, raw: bytes) -> bytes:
    kind = draw(
        st.sampled_from(
            ["keep", "keep", "truncate", "splice", "reencode", "bom", "replace", "empty"]
        )
    )
    if kind == "truncate" and raw:
        return raw[: draw(st.integers(0, len(raw) - 1))]
    if kind == "splice":
        at = draw(st.integers(0, len(raw)))
        return raw[:at] + draw(st.sampled_from(INVALID_UTF8)) + raw[at:]
    if kind == "reencode":
        codec = draw(st.sampled_from(["utf-16", "utf-16-le", "utf-32-be", "latin-1", "cp1252"]))
        text = raw.decode("utf-8", "surrogatepass")
        return text.encode(codec, "surrogatepass" if codec.startswith("utf") else "replace")
    if kind == "bom":
        return b"\xef\xbb\xbf" + raw
    if kind == "replace":
        return draw(st.binary(max_size=64))
    if kind == "empty":
        return draw(st.sampled_from([b"", b" ", b"\n", b"null", b"[]", b"{}", b'""', b"0"]))
    return raw


@st.composite
def mutated_responses(draw: st.DrawFn, corpus: Sequence[Any]) -> Case:
    """A response whose body is a broken (or, now and then, intact) member of ``corpus``.

    Args:
        draw: Hypothesis' draw.
        corpus: Valid bodies to start from.

    Returns:
        The response to serve.
    """
    body = copy.deepcopy(draw(st.sampled_from(list(corpus))))
    for _ in range(draw(st.integers(0, 3))):
        body = draw(_mutate_json(body))
    raw = _encode(body, ensure_ascii=draw(st.booleans()))
    raw = draw(_mutate_bytes(raw))
    return Case(
        status=draw(st.sampled_from([200, 201])),
        content_type=draw(st.sampled_from(["application/json", None, "text/html"])),
        body=raw,
    )
