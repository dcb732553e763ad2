"""Django REST framework field semantics: coercion rules and their exact messages."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection
from datetime import datetime, timedelta, timezone
from typing import Any

from .._errors import ApiError, validation_error

__all__ = [
    "EMPTY",
    "FormData",
    "FormValue",
    "boolean",
    "char",
    "choice",
    "date_time",
    "dict_json",
    "format_datetime",
    "json_value",
    "list_json",
    "parse_datetime",
    "primary_key",
    "type_name",
]


class _Empty:
    """Marks a field that was not sent at all (DRF's ``empty``)."""

    def __repr__(self) -> str:
        return "EMPTY"


EMPTY: Any = _Empty()

DATETIME_FORMAT_HELP = "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]"

_TRUE_VALUES: set[object] = {"t", "T", "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE"}
_TRUE_VALUES |= {"on", "On", "ON", "1", 1}
_FALSE_VALUES: set[object] = {"f", "F", "n", "N", "no", "No", "NO", "false", "False", "FALSE"}
_FALSE_VALUES |= {"off", "Off", "OFF", "0", 0}
_NULL_VALUES: set[object] = {"null", "Null", "NULL", "", None}

# Django's fallback pattern for datetimes that `fromisoformat` rejects.
_DATETIME_RE = re.compile(
    r"(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})"
    r"[T ](?P<hour>\d{1,2}):(?P<minute>\d{1,2})"
    r"(?::(?P<second>\d{1,2})(?:[\.,](?P<microsecond>\d{1,6})\d{0,6})?)?"
    r"\s*(?P<tzinfo>Z|[+-]\d{2}(?::?\d{2})?)?$"
)


class FormValue(str):
    """A string that came from a form body; JSON fields parse it (DRF's ``JSONString``)."""


class FormData(dict[str, Any]):
    """A decoded form body (values are :class:`FormValue`); DRF's QueryDict."""


def type_name(value: Any) -> str:
    """Python's name for the type of a decoded JSON value, as DRF reports it."""
    return type(value).__name__


def _null_check(value: Any, attr: str, allow_null: bool) -> bool:
    """Return True when ``value`` is an accepted null; raise when null is not allowed."""
    if value is None:
        if not allow_null:
            raise validation_error("This field may not be null.", attr, "null")
        return True
    return False


def char(
    value: Any,
    attr: str,
    *,
    allow_null: bool = False,
    allow_blank: bool = False,
    max_length: int | None = None,
) -> str | None:
    """A ``CharField``: numbers become strings, whitespace is trimmed."""
    if _null_check(value, attr, allow_null):
        return None
    if value == "" or str(value).strip() == "":
        if not allow_blank:
            raise validation_error("This field may not be blank.", attr, "blank")
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise validation_error("Not a valid string.", attr)
    text = str(value).strip()
    if max_length is not None and len(text) > max_length:
        raise validation_error(
            f"Ensure this field has no more than {max_length} characters.", attr, "max_length"
        )
    return text


def boolean(value: Any, attr: str, *, allow_null: bool = False) -> bool | None:
    """A ``BooleanField``: accepts DRF's spellings of true and false."""
    try:
        if value in _TRUE_VALUES:
            return True
        if value in _FALSE_VALUES:
            return False
        if value in _NULL_VALUES and allow_null:
            return None
    except TypeError:  # unhashable input (a list or an object)
        pass
    if value is None:
        raise validation_error("This field may not be null.", attr, "null")
    raise validation_error("Must be a valid boolean.", attr)


def choice(
    value: Any,
    attr: str,
    choices: Collection[str],
    *,
    allow_null: bool = False,
    allow_blank: bool = False,
) -> str | None:
    """A ``ChoiceField``: compares ``str(value)`` with the choices."""
    if _null_check(value, attr, allow_null):
        return None
    if value == "" and allow_blank:
        return ""
    if str(value) in choices:
        return str(value)
    raise validation_error(f'"{value}" is not a valid choice.', attr, "invalid_choice")


def parse_datetime(value: Any) -> datetime | None:
    """Parse like Django's ``parse_datetime``; ``None`` when the text is not a datetime."""
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        pass
    match = _DATETIME_RE.match(value)
    if match is None:
        return None
    parts = match.groupdict()
    tz_text = parts.pop("tzinfo")
    if parts["microsecond"]:
        parts["microsecond"] = parts["microsecond"].ljust(6, "0")
    tz: timezone | None = None
    if tz_text == "Z":
        tz = timezone.utc
    elif tz_text is not None:
        minutes = int(tz_text[-2:]) if len(tz_text) > 3 else 0
        offset = 60 * int(tz_text[1:3]) + minutes
        tz = timezone(timedelta(minutes=-offset if tz_text[0] == "-" else offset))
    try:
        return datetime(**{k: int(v) for k, v in parts.items() if v is not None}, tzinfo=tz)
    except ValueError:
        return None


def date_time(value: Any, attr: str, *, allow_null: bool = False) -> datetime | None:
    """A ``DateTimeField``: ISO 8601 text, made aware in UTC."""
    if _null_check(value, attr, allow_null):
        return None
    parsed = parse_datetime(value)
    if parsed is None:
        raise validation_error(
            f"Datetime has wrong format. Use one of these formats instead: {DATETIME_FORMAT_HELP}.",
            attr,
        )
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=timezone.utc)
    try:
        return parsed.astimezone(timezone.utc)
    except OverflowError:
        raise validation_error("Datetime value out of range.", attr, "overflow") from None


def format_datetime(value: datetime | None) -> str | None:
    """Render a datetime as DRF does: ISO 8601 with ``Z`` for UTC."""
    if value is None:
        return None
    text = value.astimezone(timezone.utc).isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def json_value(value: Any, attr: str, *, allow_null: bool = False) -> Any:
    """A ``JSONField``: any JSON; a form string is parsed as JSON."""
    if isinstance(value, FormValue):
        try:
            value = json.loads(value)
        except ValueError:
            raise validation_error("Value must be valid JSON.", attr) from None
    if _null_check(value, attr, allow_null):
        return None
    return value


def dict_json(value: Any, attr: str, *, allow_null: bool = False) -> dict[str, Any] | None:
    """A JSON field that must hold an object (the fake refuses what PostHog would 500 on)."""
    value = json_value(value, attr, allow_null=allow_null)
    if value is None:
        return None
    if not isinstance(value, dict):
        raise validation_error(
            f'Expected a dictionary of items but got type "{type_name(value)}".', attr, "not_a_dict"
        )
    return value


def list_json(value: Any, attr: str, *, allow_null: bool = False) -> list[Any] | None:
    """A ``ListField``: strings and objects are not lists."""
    value = json_value(value, attr, allow_null=allow_null)
    if value is None:
        return None
    if not isinstance(value, list):
        raise validation_error(
            f'Expected a list of items but got type "{type_name(value)}".', attr, "not_a_list"
        )
    return value


def primary_key(
    value: Any,
    attr: str,
    exists: Callable[[int], bool],
    *,
    allow_null: bool = False,
) -> int | None:
    """A ``PrimaryKeyRelatedField``: an id that must name an existing row."""
    if _null_check(value, attr, allow_null):
        return None
    if isinstance(value, bool):
        raise _incorrect_pk_type(value, attr)
    try:
        pk = int(value)
    except (TypeError, ValueError, OverflowError):
        raise _incorrect_pk_type(value, attr) from None
    if not exists(pk):
        raise validation_error(
            f'Invalid pk "{value}" - object does not exist.', attr, "does_not_exist"
        )
    return pk


def _incorrect_pk_type(value: Any, attr: str) -> ApiError:
    return validation_error(
        f"Incorrect type. Expected pk value, received {type_name(value)}.", attr, "incorrect_type"
    )
