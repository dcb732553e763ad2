from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    expect_object,
)

T = TypeVar("T", bound="ExperimentDuplicateRequest")


@_attrs_define
class ExperimentDuplicateRequest:
    """Optional body of a duplicate.

    Attributes:
        name (str | Unset): Name of the copy (default "{name} (Copy)").
        feature_flag_key (str | Unset): Give the copy its own flag with this key.
    """

    name: str | Unset = UNSET
    feature_flag_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        feature_flag_key = self.feature_flag_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if feature_flag_key is not UNSET:
            field_dict["feature_flag_key"] = feature_flag_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        name = get("name", UNSET)

        feature_flag_key = get("feature_flag_key", UNSET)

        experiment_duplicate_request = cls(
            name=name,
            feature_flag_key=feature_flag_key,
        )
        experiment_duplicate_request.additional_properties = (
            {}
            if d.keys() <= _ExperimentDuplicateRequest_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentDuplicateRequest_FIELDS}
        )

        return experiment_duplicate_request

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
_ExperimentDuplicateRequest_FIELDS = frozenset(
    {
        "name",
        "feature_flag_key",
    }
)
