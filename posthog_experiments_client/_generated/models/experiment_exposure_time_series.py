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

T = TypeVar("T", bound="ExperimentExposureTimeSeries")


@_attrs_define
class ExperimentExposureTimeSeries:
    """Cumulative exposures of one variant, one count per day.

    Attributes:
        variant (str):
        days (list[str] | Unset):
        exposure_counts (list[float] | Unset):
    """

    variant: str
    days: list[str] | Unset = UNSET
    exposure_counts: list[float] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variant = self.variant

        days: list[str] | Unset = UNSET
        if not isinstance(self.days, Unset):
            days = self.days

        exposure_counts: list[float] | Unset = UNSET
        if not isinstance(self.exposure_counts, Unset):
            exposure_counts = self.exposure_counts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variant": variant,
            }
        )
        if days is not UNSET:
            field_dict["days"] = days
        if exposure_counts is not UNSET:
            field_dict["exposure_counts"] = exposure_counts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "variant" not in d:
            raise ResponseShapeError("required field is missing", ("variant",))
        variant = d["variant"]

        try:
            days: list[str] = get("days", UNSET)

        except Exception as exc:
            raise field_error("days", exc) from exc

        try:
            exposure_counts: list[float] = get("exposure_counts", UNSET)

        except Exception as exc:
            raise field_error("exposure_counts", exc) from exc

        experiment_exposure_time_series = cls(
            variant=variant,
            days=days,
            exposure_counts=exposure_counts,
        )

        unknown = d.keys() - _ExperimentExposureTimeSeries_FIELDS
        experiment_exposure_time_series.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
        )
        return experiment_exposure_time_series

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
_ExperimentExposureTimeSeries_FIELDS = frozenset(
    {
        "variant",
        "days",
        "exposure_counts",
    }
)
