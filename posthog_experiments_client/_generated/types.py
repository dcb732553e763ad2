"""Contains some shared types for properties"""

import datetime as _datetime
import reprlib as _reprlib
import sys as _sys
from collections.abc import Callable, Mapping, MutableMapping
from typing import (
    IO,
    TYPE_CHECKING,
    Any,
    BinaryIO,
    ClassVar,
    Generic,
    Literal,
    SupportsIndex,
    TypeVar,
    overload,
)
from urllib.parse import quote as _quote

from attrs import define


class ResponseShapeError(ValueError):
    """A response body does not have the shape the spec documents.

    Attributes:
        problem: What is wrong, e.g. ``required field is missing``.
        path: Where, from the outermost object: field names and list indexes.
    """

    def __init__(self, problem: str, path: tuple[str | int, ...] = ()) -> None:
        self.problem = problem
        self.path = path
        super().__init__(str(self))

    def __str__(self) -> str:
        where = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in self.path)
        return f"{where.lstrip('.')}: {self.problem}" if where else self.problem


def field_error(field: str | int, exc: BaseException) -> ResponseShapeError:
    """Wrap an error raised while parsing ``field`` so that its message names the full path."""
    if isinstance(exc, ResponseShapeError):
        return ResponseShapeError(exc.problem, (field, *exc.path))
    return ResponseShapeError(str(exc) or type(exc).__name__, (field,))


def path_segment(value: object) -> str:
    """A path parameter, percent-encoded so it stays one segment: ``/`` and dots included, so that
    ``..`` or ``../1`` cannot climb out of the path."""
    return _quote(str(value), safe="").replace(".", "%2E")


def expect_object(value: object) -> None:
    """Raise ``ResponseShapeError`` unless ``value`` is a JSON object."""
    if not isinstance(value, Mapping):
        raise ResponseShapeError(
            f"expected an object, got {type(value).__name__} {_reprlib.repr(value)}"
        )


class LazyFields:
    """Base of the models that build their nested models on first access.

    ``from_dict`` validates the whole input at once, so a malformed response fails where it is
    parsed, with the path of the bad field, exactly as if everything were built. It then builds
    only the model's own fields; a field that holds nested models (a "lazy" field) stays empty
    until it is first read. Reading it builds the nested models from the already validated input
    (which cannot fail) and stores them in the field, so later reads cost a plain attribute read.
    Equality, ``repr``, ``to_dict``, copying and pickling read every field, so they see the same
    values as an eagerly built model.

    The model keeps a reference to the input of ``from_dict`` until its lazy fields are read:
    changing that input afterwards changes what they build.
    """

    __slots__ = ("_lazy_source",)
    _lazy_source: Mapping[str, Any]
    _lazy_builders: ClassVar[Mapping[str, Callable[[Mapping[str, Any]], Any]]] = {}

    if not TYPE_CHECKING:  # for type checkers, the fields are plain attributes

        def __getattr__(self, name: str) -> Any:
            # Only reached when normal lookup fails: an unread lazy field, or a missing name.
            build = type(self)._lazy_builders.get(name)
            if build is None:
                raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
            value = build(self._lazy_source)
            setattr(self, name, value)
            return value


class ParsedDatetime(_datetime.datetime):
    """A datetime that remembers the exact text it was parsed from.

    ``to_dict()`` writes that text back, so ``2019-08-24T14:15:22Z`` round-trips unchanged instead
    of becoming ``2019-08-24T14:15:22+00:00``. Any derived value is a plain datetime.
    """

    __slots__ = ("source_text",)
    source_text: str

    def __reduce_ex__(self, protocol: SupportsIndex) -> str | tuple[Any, ...]:
        # Copies and pickles keep the source text (derived values have none and reduce as usual).
        source_text = getattr(self, "source_text", None)
        if source_text is None:
            return super().__reduce_ex__(protocol)
        return (parse_datetime, (source_text,))


def parse_datetime(value: str) -> _datetime.datetime:
    """Parse an ISO 8601 date-time: the standard library's fast path, python-dateutil for the rest.

    The result is the same on every Python version: a UTC time carries ``datetime.timezone.utc``
    and any other offset a ``datetime.timezone``, never a dateutil time zone. Before 3.11,
    ``fromisoformat`` cannot read a trailing ``Z``, so that is read as ``+00:00`` first.
    """
    if not isinstance(value, str):
        raise ResponseShapeError(
            f"expected an ISO 8601 date-time string, got {type(value).__name__}"
        )
    text = value[:-1] + "+00:00" if _Z_UNREADABLE and value.endswith(("Z", "z")) else value
    try:
        parsed = ParsedDatetime.fromisoformat(text)
    except ValueError:
        parsed = _parse_datetime_slowly(value)
    parsed.source_text = value
    return parsed


# Python 3.10's fromisoformat reads only what isoformat() writes: no trailing "Z".
_Z_UNREADABLE = _sys.version_info < (3, 11)


def _parse_datetime_slowly(value: str) -> ParsedDatetime:
    # Imported here: most responses never need it, and it is slow to import.
    from dateutil.parser import isoparse

    try:
        plain = isoparse(value)
    except (ValueError, OverflowError) as exc:
        raise ResponseShapeError(f"invalid ISO 8601 date-time {_reprlib.repr(value)}") from exc
    offset = plain.utcoffset()
    tzinfo = None if offset is None else _UTC if not offset else _datetime.timezone(offset)
    return ParsedDatetime(
        plain.year,
        plain.month,
        plain.day,
        plain.hour,
        plain.minute,
        plain.second,
        plain.microsecond,
        tzinfo,
        fold=plain.fold,
    )


_UTC = _datetime.timezone.utc


@overload
def format_datetime(value: _datetime.datetime) -> str: ...


@overload
def format_datetime(value: None) -> None: ...


def format_datetime(value: _datetime.datetime | None) -> str | None:
    """The JSON form of a date-time: its source text when it came from a response."""
    if value is None:
        return None
    source_text: str | None = getattr(value, "source_text", None)
    return source_text if source_text is not None else value.isoformat()


class Unset:
    """The type of ``UNSET``: a field that is "not sent" (``None`` means JSON null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        # Copies and pickles of a model keep the one UNSET, so they compare equal to the original.
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "LazyFields",
    "ParsedDatetime",
    "RequestFiles",
    "Response",
    "ResponseShapeError",
    "Unset",
    "expect_object",
    "field_error",
    "format_datetime",
    "parse_datetime",
    "path_segment",
]
