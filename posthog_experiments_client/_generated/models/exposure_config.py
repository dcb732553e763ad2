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

T = TypeVar("T", bound="ExposureConfig")


@_attrs_define
class ExposureConfig:
    """The event (or action) that counts as exposure.

    Attributes:
        kind (None | str | Unset): `ExperimentEventExposureConfig` (default) or `ActionsNode`.
        event (None | str | Unset):
        id (int | None | Unset): The action id (`ActionsNode`).
        properties (Any | Unset): Property filters, usually a list; sent and kept as given.
    """

    kind: str | Unset | None = UNSET
    event: str | Unset | None = UNSET
    id: int | Unset | None = UNSET
    properties: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind: str | Unset | None
        if isinstance(self.kind, Unset):
            kind = UNSET
        else:
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
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        try:
            kind: str | Unset | None = get("kind", UNSET)

        except Exception as exc:
            raise field_error("kind", exc) from exc

        try:
            event: str | Unset | None = get("event", UNSET)

        except Exception as exc:
            raise field_error("event", exc) from exc

        try:
            id: int | Unset | None = get("id", UNSET)

        except Exception as exc:
            raise field_error("id", exc) from exc

        properties = get("properties", UNSET)

        exposure_config = cls(
            kind=kind,
            event=event,
            id=id,
            properties=properties,
        )
        exposure_config.additional_properties = (
            {}
            if d.keys() <= _ExposureConfig_FIELDS
            else {k: v for k, v in d.items() if k not in _ExposureConfig_FIELDS}
        )

        return exposure_config

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
_ExposureConfig_FIELDS = frozenset(
    {
        "kind",
        "event",
        "id",
        "properties",
    }
)
