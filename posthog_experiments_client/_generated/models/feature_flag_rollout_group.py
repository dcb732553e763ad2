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

T = TypeVar("T", bound="FeatureFlagRolloutGroup")


@_attrs_define
class FeatureFlagRolloutGroup:
    """The one release-condition group the experiment input sets.

    Attributes:
        rollout_percentage (float | None | Unset):
        properties (list[Any] | Unset): Must be empty; edit the flag itself for targeting.
    """

    rollout_percentage: float | Unset | None = UNSET
    properties: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rollout_percentage: float | Unset | None
        if isinstance(self.rollout_percentage, Unset):
            rollout_percentage = UNSET
        else:
            rollout_percentage = self.rollout_percentage

        properties: list[Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rollout_percentage is not UNSET:
            field_dict["rollout_percentage"] = rollout_percentage
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
            rollout_percentage: float | Unset | None = get("rollout_percentage", UNSET)

        except Exception as exc:
            raise field_error("rollout_percentage", exc) from exc

        try:
            properties: list[Any] = get("properties", UNSET)

        except Exception as exc:
            raise field_error("properties", exc) from exc

        feature_flag_rollout_group = cls(
            rollout_percentage=rollout_percentage,
            properties=properties,
        )
        feature_flag_rollout_group.additional_properties = (
            {}
            if d.keys() <= _FeatureFlagRolloutGroup_FIELDS
            else {k: v for k, v in d.items() if k not in _FeatureFlagRolloutGroup_FIELDS}
        )

        return feature_flag_rollout_group

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
_FeatureFlagRolloutGroup_FIELDS = frozenset(
    {
        "rollout_percentage",
        "properties",
    }
)
