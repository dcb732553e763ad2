from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.saved_metric_type_enum import SavedMetricTypeEnum, check_saved_metric_type_enum
from ..types import (
    UNSET,
    Unset,
    expect_object,
    field_error,
)

T = TypeVar("T", bound="SavedMetricMetadata")


@_attrs_define
class SavedMetricMetadata:
    """
    Attributes:
        type_ (SavedMetricTypeEnum | Unset):
    """

    type_: SavedMetricTypeEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        try:
            _type_ = get("type", UNSET)
            type_: SavedMetricTypeEnum | Unset
            if _type_ is None:
                type_ = cast(Any, None)
            elif isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_saved_metric_type_enum(_type_)

        except Exception as exc:
            raise field_error("type", exc) from exc

        saved_metric_metadata = cls(
            type_=type_,
        )
        saved_metric_metadata.additional_properties = (
            {}
            if d.keys() <= _SavedMetricMetadata_FIELDS
            else {k: v for k, v in d.items() if k not in _SavedMetricMetadata_FIELDS}
        )

        return saved_metric_metadata

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        try:
            _type_ = get("type", UNSET)
            type_: SavedMetricTypeEnum | Unset
            if _type_ is None:
                type_ = cast(Any, None)
            elif isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_saved_metric_type_enum(_type_)

        except Exception as exc:
            raise field_error("type", exc) from exc

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
_SavedMetricMetadata_FIELDS = frozenset(
    {
        "type",
    }
)
