from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    expect_object,
    field_error,
)

T = TypeVar("T", bound="ExperimentEventSource")


@_attrs_define
class ExperimentEventSource:
    """An events or actions node used by a metric.

    Attributes:
        kind (str | Unset): `EventsNode` or `ActionsNode`.
        event (None | str | Unset):
        id (int | None | Unset):
        name (None | str | Unset):
        math (None | str | Unset): total, sum, unique_session, min, max, avg, dau, unique_group or hogql.
        math_property (None | str | Unset):
        math_hogql (None | str | Unset):
        math_group_type_index (int | None | Unset):
        properties (Any | Unset): Property filters: a list of filter objects, or (as PostHog's MCP server sends, and
            2025 accepts) an object. Sent and kept as given.
    """

    kind: str | Unset = UNSET
    event: str | Unset | None = UNSET
    id: int | Unset | None = UNSET
    name: str | Unset | None = UNSET
    math: str | Unset | None = UNSET
    math_property: str | Unset | None = UNSET
    math_hogql: str | Unset | None = UNSET
    math_group_type_index: int | Unset | None = UNSET
    properties: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        event: str | Unset | None
        if isinstance(self.event, Unset):
            event = UNSET
        else:
            event = self.event

        id: int | Unset | None
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        math: str | Unset | None
        if isinstance(self.math, Unset):
            math = UNSET
        else:
            math = self.math

        math_property: str | Unset | None
        if isinstance(self.math_property, Unset):
            math_property = UNSET
        else:
            math_property = self.math_property

        math_hogql: str | Unset | None
        if isinstance(self.math_hogql, Unset):
            math_hogql = UNSET
        else:
            math_hogql = self.math_hogql

        math_group_type_index: int | Unset | None
        if isinstance(self.math_group_type_index, Unset):
            math_group_type_index = UNSET
        else:
            math_group_type_index = self.math_group_type_index

        properties = self.properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if event is not UNSET:
            field_dict["event"] = event
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if math is not UNSET:
            field_dict["math"] = math
        if math_property is not UNSET:
            field_dict["math_property"] = math_property
        if math_hogql is not UNSET:
            field_dict["math_hogql"] = math_hogql
        if math_group_type_index is not UNSET:
            field_dict["math_group_type_index"] = math_group_type_index
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        kind = get("kind", UNSET)

        try:
            event: str | Unset | None = get("event", UNSET)

        except Exception as exc:
            raise field_error("event", exc) from exc

        try:
            id: int | Unset | None = get("id", UNSET)

        except Exception as exc:
            raise field_error("id", exc) from exc

        try:
            name: str | Unset | None = get("name", UNSET)

        except Exception as exc:
            raise field_error("name", exc) from exc

        try:
            math: str | Unset | None = get("math", UNSET)

        except Exception as exc:
            raise field_error("math", exc) from exc

        try:
            math_property: str | Unset | None = get("math_property", UNSET)

        except Exception as exc:
            raise field_error("math_property", exc) from exc

        try:
            math_hogql: str | Unset | None = get("math_hogql", UNSET)

        except Exception as exc:
            raise field_error("math_hogql", exc) from exc

        try:
            math_group_type_index: int | Unset | None = get("math_group_type_index", UNSET)

        except Exception as exc:
            raise field_error("math_group_type_index", exc) from exc

        properties = get("properties", UNSET)

        experiment_event_source = cls(
            kind=kind,
            event=event,
            id=id,
            name=name,
            math=math,
            math_property=math_property,
            math_hogql=math_hogql,
            math_group_type_index=math_group_type_index,
            properties=properties,
        )
        experiment_event_source.additional_properties = (
            {}
            if d.keys() <= _ExperimentEventSource_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentEventSource_FIELDS}
        )

        return experiment_event_source

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        return None

    # Nothing nested to build lazily: from_dict already builds in one validating pass.
    _from_valid = from_dict

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The JSON names of the declared fields; any other key is kept in ``additional_properties``.
_ExperimentEventSource_FIELDS = frozenset(
    {
        "kind",
        "event",
        "id",
        "name",
        "math",
        "math_property",
        "math_hogql",
        "math_group_type_index",
        "properties",
    }
)
