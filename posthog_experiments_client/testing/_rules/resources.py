"""What holdouts and saved metrics share: body validation, the detail lookup, the list page.

Both are plain DRF ``ModelViewSet`` resources scoped to a project: a body is validated
field by field in the serializer's order (the first error wins), a detail ``{id}`` that
is not an integer of this project is ``404 Not found.``, and lists page by
``limit``/``offset`` like the experiments list.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from .._errors import not_found, validation_error
from . import fields as f

__all__ = ["BodyField", "TeamRow", "find_row", "validate_body"]


class TeamRow(Protocol):
    """A row that belongs to one project."""

    id: int
    team_id: int


Row = TypeVar("Row", bound=TeamRow)


@dataclass(frozen=True, slots=True)
class BodyField:
    """One writable serializer field: its name, whether create needs it, and its check."""

    name: str
    check: Callable[[Any], Any]
    required: bool = False


def validate_body(data: Any, fields: Sequence[BodyField], *, partial: bool) -> dict[str, Any]:
    """The validated values of the fields sent (unknown and read-only keys are dropped).

    Raises:
        ApiError: The first field error, in the serializer's field order.
    """
    if not isinstance(data, Mapping):
        raise validation_error(
            f"Invalid data. Expected a dictionary, but got {f.type_name(data)}.", None
        )
    validated: dict[str, Any] = {}
    for field in fields:
        if field.name not in data:
            if field.required and not partial:
                raise validation_error("This field is required.", field.name, "required")
            continue
        validated[field.name] = field.check(data[field.name])
    return validated


def find_row(rows: Mapping[int, Row], team_id: int, raw_id: str | None) -> Row:
    """The project's row with id ``raw_id`` (``get_object``), else 404 ``Not found.``."""
    try:
        row_id = int(raw_id) if raw_id is not None else None
    except ValueError:
        row_id = None
    row = rows.get(row_id) if row_id is not None else None
    if row is None or row.team_id != team_id:
        raise not_found()
    return row
