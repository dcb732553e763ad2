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

T = TypeVar("T", bound="ArchiveExperiment")


@_attrs_define
class ArchiveExperiment:
    """Optional body of `archive` (newest PostHog).

    Attributes:
        disable_feature_flag (bool | Unset): Also disable the flag if it is still active.
    """

    disable_feature_flag: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        disable_feature_flag = self.disable_feature_flag

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disable_feature_flag is not UNSET:
            field_dict["disable_feature_flag"] = disable_feature_flag

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        disable_feature_flag = get("disable_feature_flag", UNSET)

        archive_experiment = cls(
            disable_feature_flag=disable_feature_flag,
        )
        archive_experiment.additional_properties = (
            {}
            if d.keys() <= _ArchiveExperiment_FIELDS
            else {k: v for k, v in d.items() if k not in _ArchiveExperiment_FIELDS}
        )

        return archive_experiment

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
_ArchiveExperiment_FIELDS = frozenset(
    {
        "disable_feature_flag",
    }
)
