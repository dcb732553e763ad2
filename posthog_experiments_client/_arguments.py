"""Checks and conversions of method arguments, done before anything is sent.

Typed models and plain dicts are both accepted for the JSON-object fields. ``UNSET`` means
"not sent" and ``None`` means JSON null; both pass through unchanged.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Mapping, Sequence
from typing import Any, Protocol, TypeVar

from ._exceptions import InvalidArgumentError
from ._generated.types import ResponseShapeError, Unset, parse_datetime


class _Model(Protocol):
    @classmethod
    def from_dict(cls: type[M], src_dict: Mapping[str, Any]) -> M: ...  # pragma: no cover

    def to_dict(self) -> dict[str, Any]: ...  # pragma: no cover


M = TypeVar("M", bound=_Model)


def _type_name(value: object) -> str:
    return type(value).__name__


def experiment_id(value: object) -> int:
    """An experiment id: a positive int (``True`` is not an id)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgumentError(f"id must be an int, got {_type_name(value)} {value!r:.60}")
    if value < 1:
        raise InvalidArgumentError(f"id must be a positive int, got {value}")
    return value


def text(name: str, value: Any, *, nullable: bool = True) -> Any:
    if isinstance(value, Unset) or (value is None and nullable) or isinstance(value, str):
        return value
    raise InvalidArgumentError(
        f"{name} must be a str{' or None' if nullable else ''}, got {_type_name(value)}"
    )


def integer(name: str, value: Any, *, nullable: bool = True) -> Any:
    if isinstance(value, Unset) or (value is None and nullable):
        return value
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgumentError(
            f"{name} must be an int{' or None' if nullable else ''}, got {_type_name(value)}"
        )
    return value


def boolean(name: str, value: Any) -> Any:
    if isinstance(value, (Unset, bool)):
        return value
    raise InvalidArgumentError(f"{name} must be a bool, got {_type_name(value)}")


def timestamp(name: str, value: Any) -> Any:
    """A timezone-aware datetime, or an ISO 8601 string with an offset."""
    if isinstance(value, Unset) or value is None:
        return value
    if isinstance(value, str):
        try:
            value = parse_datetime(value)
        except ResponseShapeError as exc:
            raise InvalidArgumentError(f"{name}: {exc}") from exc
    if not isinstance(value, datetime.datetime):
        raise InvalidArgumentError(
            f"{name} must be a datetime or an ISO 8601 string, got {_type_name(value)}"
        )
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidArgumentError(
            f"{name} must be timezone-aware (e.g. datetime.now(timezone.utc)), got a naive datetime"
        )
    return value


def model(name: str, value: Any, model_class: type[M]) -> Any:
    """A typed model, or a dict converted into one."""
    if isinstance(value, (Unset, model_class)) or value is None:
        return value
    if isinstance(value, Mapping):
        try:
            return model_class.from_dict(_plain(value))
        except (ResponseShapeError, RecursionError) as exc:
            raise InvalidArgumentError(f"{name}: {exc}") from exc
    raise InvalidArgumentError(
        f"{name} must be a {model_class.__name__} or a dict, got {_type_name(value)}"
    )


def _plain(value: Any) -> Any:
    """Plain JSON data from a dict that may hold typed models (``{"variants": [Variant(...)]}``)."""
    if isinstance(value, Mapping):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


def model_list(name: str, value: Any, model_class: type[M]) -> Any:
    """A list of typed models or dicts."""
    if isinstance(value, Unset) or value is None:
        return value
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence):
        raise InvalidArgumentError(
            f"{name} must be a list of {model_class.__name__} or dicts, got {_type_name(value)}"
        )
    return [model(f"{name}[{index}]", item, model_class) for index, item in enumerate(value)]


def string_list(name: str, value: Any) -> Any:
    if isinstance(value, Unset) or value is None:
        return value
    if (
        isinstance(value, (str, bytes, Mapping))
        or not isinstance(value, Sequence)
        or not all(isinstance(item, str) for item in value)
    ):
        raise InvalidArgumentError(f"{name} must be a list of str, got {value!r:.60}")
    return list(value)


def choice(name: str, value: Any, choices: frozenset[str]) -> Any:
    """A documented enum value. Unknown strings are allowed: PostHog adds values over time."""
    if isinstance(value, Unset) or value is None or isinstance(value, str):
        return value
    raise InvalidArgumentError(f"{name} must be one of {sorted(choices)}, got {_type_name(value)}")


def json_value(name: str, value: Any) -> Any:
    """Any JSON value (legacy free-form fields)."""
    if isinstance(value, Unset):
        return value
    try:
        _dump(value)
    except (TypeError, ValueError, RecursionError) as exc:
        raise InvalidArgumentError(f"{name} is not JSON-serialisable: {exc}") from exc
    return value


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
