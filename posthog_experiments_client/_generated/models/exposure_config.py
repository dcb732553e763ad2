from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.exposure_config_properties_item import ExposureConfigPropertiesItem


T = TypeVar("T", bound="ExposureConfig")


@_attrs_define
class ExposureConfig:
    """The event (or action) that counts as exposure.

    Attributes:
        kind (str | Unset): `ExperimentEventExposureConfig` (default) or `ActionsNode`.
        event (None | str | Unset):
        id (int | None | Unset):
        properties (list[ExposureConfigPropertiesItem] | Unset):
    """

    kind: str | Unset = UNSET
    event: str | Unset | None = UNSET
    id: int | Unset | None = UNSET
    properties: list[ExposureConfigPropertiesItem] | Unset = UNSET
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

        properties: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            if self.properties is None:
                properties = cast(Any, None)
            else:
                properties = []
                for properties_item_data in self.properties:
                    properties_item = (
                        properties_item_data.to_dict() if properties_item_data is not None else None
                    )
                    properties.append(properties_item)

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
            _properties = get("properties", UNSET)
            properties: list[ExposureConfigPropertiesItem] | Unset
            if _properties is None:
                properties = cast(Any, None)
            elif isinstance(_properties, Unset):
                properties = UNSET
            elif not isinstance(_properties, list):
                raise ResponseShapeError(f"expected a list, got {type(_properties).__name__}")
            else:
                properties = []
                for properties_index, properties_item_data in enumerate(_properties):
                    try:
                        _properties_item = properties_item_data
                        properties_item: ExposureConfigPropertiesItem
                        if _properties_item is None:
                            properties_item = cast(Any, None)
                        else:
                            properties_item = ExposureConfigPropertiesItem.from_dict(
                                _properties_item
                            )

                    except Exception as exc:
                        raise field_error(properties_index, exc) from exc
                    properties.append(properties_item)

        except Exception as exc:
            raise field_error("properties", exc) from exc

        exposure_config = cls(
            kind=kind,
            event=event,
            id=id,
            properties=properties,
        )

        unknown = d.keys() - _ExposureConfig_FIELDS
        exposure_config.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
        )
        return exposure_config

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


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.exposure_config_properties_item import ExposureConfigPropertiesItem  # noqa: E402
