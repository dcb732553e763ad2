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

T = TypeVar("T", bound="OutlierHandling")


@_attrs_define
class OutlierHandling:
    """Winsorization of one side of a ratio metric.

    Attributes:
        ignore_zeros (bool | None | Unset):
        lower_bound_percentile (float | None | Unset):
        upper_bound_percentile (float | None | Unset):
    """

    ignore_zeros: bool | Unset | None = UNSET
    lower_bound_percentile: float | Unset | None = UNSET
    upper_bound_percentile: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ignore_zeros: bool | Unset | None
        if isinstance(self.ignore_zeros, Unset):
            ignore_zeros = UNSET
        else:
            ignore_zeros = self.ignore_zeros

        lower_bound_percentile: float | Unset | None
        if isinstance(self.lower_bound_percentile, Unset):
            lower_bound_percentile = UNSET
        else:
            lower_bound_percentile = self.lower_bound_percentile

        upper_bound_percentile: float | Unset | None
        if isinstance(self.upper_bound_percentile, Unset):
            upper_bound_percentile = UNSET
        else:
            upper_bound_percentile = self.upper_bound_percentile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ignore_zeros is not UNSET:
            field_dict["ignore_zeros"] = ignore_zeros
        if lower_bound_percentile is not UNSET:
            field_dict["lower_bound_percentile"] = lower_bound_percentile
        if upper_bound_percentile is not UNSET:
            field_dict["upper_bound_percentile"] = upper_bound_percentile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = dict(src_dict)
        try:
            ignore_zeros: bool | Unset | None = d.pop("ignore_zeros", UNSET)

        except Exception as exc:
            raise field_error("ignore_zeros", exc) from exc

        try:
            lower_bound_percentile: float | Unset | None = d.pop("lower_bound_percentile", UNSET)

        except Exception as exc:
            raise field_error("lower_bound_percentile", exc) from exc

        try:
            upper_bound_percentile: float | Unset | None = d.pop("upper_bound_percentile", UNSET)

        except Exception as exc:
            raise field_error("upper_bound_percentile", exc) from exc

        outlier_handling = cls(
            ignore_zeros=ignore_zeros,
            lower_bound_percentile=lower_bound_percentile,
            upper_bound_percentile=upper_bound_percentile,
        )

        outlier_handling.additional_properties = d
        return outlier_handling

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
