from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
)

T = TypeVar("T", bound="FeatureFlagVariant")


@_attrs_define
class FeatureFlagVariant:
    """One variant of the experiment's feature flag.

    Attributes:
        key (str): Variant key; the baseline is `control`.
        name (None | str | Unset):
        rollout_percentage (float | None | Unset): Share of users, 0-100; all variants sum to 100.
        split_percent (float | None | Unset): 2026 name of `rollout_percentage` (responses carry both).
    """

    key: str
    name: str | Unset | None = UNSET
    rollout_percentage: float | Unset | None = UNSET
    split_percent: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        rollout_percentage: float | Unset | None
        if isinstance(self.rollout_percentage, Unset):
            rollout_percentage = UNSET
        else:
            rollout_percentage = self.rollout_percentage

        split_percent: float | Unset | None
        if isinstance(self.split_percent, Unset):
            split_percent = UNSET
        else:
            split_percent = self.split_percent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if rollout_percentage is not UNSET:
            field_dict["rollout_percentage"] = rollout_percentage
        if split_percent is not UNSET:
            field_dict["split_percent"] = split_percent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        if "key" not in d:
            raise ResponseShapeError("required field is missing", ("key",))
        key = d["key"]

        try:
            name: str | Unset | None = get("name", UNSET)

        except Exception as exc:
            raise field_error("name", exc) from exc

        try:
            rollout_percentage: float | Unset | None = get("rollout_percentage", UNSET)

        except Exception as exc:
            raise field_error("rollout_percentage", exc) from exc

        try:
            split_percent: float | Unset | None = get("split_percent", UNSET)

        except Exception as exc:
            raise field_error("split_percent", exc) from exc

        feature_flag_variant = cls(
            key=key,
            name=name,
            rollout_percentage=rollout_percentage,
            split_percent=split_percent,
        )
        feature_flag_variant.additional_properties = (
            {}
            if d.keys() <= _FeatureFlagVariant_FIELDS
            else {k: v for k, v in d.items() if k not in _FeatureFlagVariant_FIELDS}
        )

        return feature_flag_variant

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "key" not in d:
            raise ResponseShapeError("required field is missing", ("key",))
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
_FeatureFlagVariant_FIELDS = frozenset(
    {
        "key",
        "name",
        "rollout_percentage",
        "split_percent",
    }
)
