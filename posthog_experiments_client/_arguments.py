"""Checks of method arguments, done before anything is sent.

The SDK checks only the types of its own arguments: an int id, a str name, a bool flag, a model or a
Mapping/Sequence for a JSON blob. What PostHog judges (the inside of blobs such as ``parameters`` or
``metrics``, length limits, enum values) goes to PostHog as given, so the SDK is never stricter than
PostHog. A typed model is sent as its ``to_dict()``; a plain dict or list is sent exactly as given.
``UNSET`` means "not sent" and ``None`` means JSON null.

Each writable field has a *kind* (see ``_fields``, generated from the spec); ``CHECKS`` holds the
one rule per kind.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NamedTuple

from ._exceptions import InvalidArgumentError
from ._generated.types import Unset, format_datetime


class Field(NamedTuple):
    """A writable field of a request body, as the façade accepts it.

    Attributes:
        name: The JSON name, which is also the keyword argument's name.
        kind: The key of its rule in ``CHECKS``.
        nullable: Whether ``None`` (JSON null) may be sent.
    """

    name: str
    kind: str
    nullable: bool


def _type_name(value: object) -> str:
    return type(value).__name__


def experiment_id(value: object) -> int:
    """An experiment id: a positive int (``True`` is not an id)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgumentError(f"id must be an int, got {_type_name(value)} {value!r:.60}")
    if value < 1:
        raise InvalidArgumentError(f"id must be a positive int, got {value}")
    return value


def _wrong(name: str, expected: str, value: object, nullable: bool) -> InvalidArgumentError:
    return InvalidArgumentError(
        f"{name} must be {expected}{' or None' if nullable else ''}, got {_type_name(value)}"
    )


def text(name: str, value: Any, nullable: bool = False) -> Any:
    """A str, sent as given (enum-typed fields too: PostHog judges the value)."""
    if isinstance(value, str):
        return value
    raise _wrong(name, "a str", value, nullable)


def integer(name: str, value: Any, nullable: bool = False) -> Any:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    raise _wrong(name, "an int", value, nullable)


def number(name: str, value: Any, nullable: bool = False) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    raise _wrong(name, "a number", value, nullable)


def boolean(name: str, value: Any, nullable: bool = False) -> Any:
    if isinstance(value, bool):
        return value
    raise _wrong(name, "a bool", value, nullable)


def timestamp(name: str, value: Any, nullable: bool = False) -> Any:
    """A timezone-aware datetime (sent as ISO 8601), or a str sent as given."""
    if isinstance(value, str):
        return value
    if not isinstance(value, datetime.datetime):
        raise _wrong(name, "a datetime or an ISO 8601 str", value, nullable)
    if value.utcoffset() is None:
        raise InvalidArgumentError(
            f"{name} must be timezone-aware (e.g. datetime.now(timezone.utc)), got a naive datetime"
        )
    return format_datetime(value)


def blob(name: str, value: Any, nullable: bool = False) -> Any:
    """A JSON object: a typed model (sent as its ``to_dict()``) or a Mapping, sent as given."""
    if isinstance(value, Mapping) or callable(getattr(value, "to_dict", None)):
        return _plain(value)
    raise _wrong(name, "a model or a dict", value, nullable)


def blob_list(name: str, value: Any, nullable: bool = False) -> Any:
    """A JSON array of objects: typed models or Mappings."""
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence):
        raise _wrong(name, "a list of models or dicts", value, nullable)
    return [blob(f"{name}[{index}]", item) for index, item in enumerate(value)]


def text_list(name: str, value: Any, nullable: bool = False) -> Any:
    if (
        isinstance(value, (str, bytes, Mapping))
        or not isinstance(value, Sequence)
        or not all(isinstance(item, str) for item in value)
    ):
        raise _wrong(name, "a list of str", value, nullable)
    return list(value)


def json_value(name: str, value: Any, nullable: bool = True) -> Any:
    """Any JSON value (free-form fields); models inside are sent as their ``to_dict()``."""
    return _plain(value)


def _plain(value: Any) -> Any:
    """JSON data for ``value``: models become ``to_dict()``; plain dicts and lists stay as given."""
    if type(value) in (dict, list, str, int, float, bool) or value is None:
        if type(value) is dict:
            return {key: _plain(item) for key, item in value.items()}
        if type(value) is list:
            return [_plain(item) for item in value]
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value  # encode_body names it if JSON cannot carry it


CHECKS: dict[str, Callable[..., Any]] = {
    "text": text,
    "choice": text,
    "integer": integer,
    "number": number,
    "boolean": boolean,
    "datetime": timestamp,
    "blob": blob,
    "blob_list": blob_list,
    "text_list": text_list,
    "json": json_value,
}


def body_from(fields: Sequence[Field], given: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON body of the fields given (``UNSET`` ones are left out), each checked by kind."""
    body: dict[str, Any] = {}
    for field in fields:
        value = given[field.name]
        if isinstance(value, Unset):
            continue
        if value is None and field.nullable:
            body[field.name] = None
        else:
            body[field.name] = CHECKS[field.kind](field.name, value, field.nullable)
    return body


def json_text(name: str, value: Any) -> str:
    """``value`` as JSON text (for JSON carried in a query string), naming ``name`` on failure."""
    try:
        return _dump(value).decode()
    except (TypeError, ValueError, RecursionError) as exc:
        raise InvalidArgumentError(f"{name} is not JSON-serialisable: {exc}") from exc


def _dump(value: Any) -> bytes:
    # Lone surrogates cannot be encoded as UTF-8: the UnicodeEncodeError is a ValueError.
    return json.dumps(value, allow_nan=False, ensure_ascii=False, separators=(",", ":")).encode()


def encode_body(body: Mapping[str, Any]) -> bytes:
    """JSON-encode a request body, naming the field that cannot be encoded."""
    try:
        return _dump(body)
    except (TypeError, ValueError, RecursionError):
        for key, value in body.items():
            try:
                _dump(value)
            except (TypeError, ValueError, RecursionError) as exc:
                raise InvalidArgumentError(f"{key} is not JSON-serialisable: {exc}") from exc
        raise InvalidArgumentError("the request body is not JSON-serialisable") from None
