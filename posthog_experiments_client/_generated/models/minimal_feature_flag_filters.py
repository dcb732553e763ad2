from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    expect_object,
)

T = TypeVar("T", bound="MinimalFeatureFlagFilters")


@_attrs_define
class MinimalFeatureFlagFilters:
    """`groups`, `multivariate.variants`, `aggregation_group_type_index`, `holdout`, `payloads`."""

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = dict(src_dict)

        minimal_feature_flag_filters = cls()
        minimal_feature_flag_filters.additional_properties = d

        return minimal_feature_flag_filters

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
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
