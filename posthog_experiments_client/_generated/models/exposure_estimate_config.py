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

T = TypeVar("T", bound="ExposureEstimateConfig")


@_attrs_define
class ExposureEstimateConfig:
    """How the running-time calculator estimated exposure.

    Attributes:
        conversion_rate_input_type (str | Unset): `manual` or `automatic`.
        manual_baseline_value (float | None | Unset):
        manual_exposure_rate (float | None | Unset):
        manual_metric_type (None | str | Unset):
    """

    conversion_rate_input_type: str | Unset = UNSET
    manual_baseline_value: float | Unset | None = UNSET
    manual_exposure_rate: float | Unset | None = UNSET
    manual_metric_type: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        conversion_rate_input_type = self.conversion_rate_input_type

        manual_baseline_value: float | Unset | None
        if isinstance(self.manual_baseline_value, Unset):
            manual_baseline_value = UNSET
        else:
            manual_baseline_value = self.manual_baseline_value

        manual_exposure_rate: float | Unset | None
        if isinstance(self.manual_exposure_rate, Unset):
            manual_exposure_rate = UNSET
        else:
            manual_exposure_rate = self.manual_exposure_rate

        manual_metric_type: str | Unset | None
        if isinstance(self.manual_metric_type, Unset):
            manual_metric_type = UNSET
        else:
            manual_metric_type = self.manual_metric_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conversion_rate_input_type is not UNSET:
            field_dict["conversionRateInputType"] = conversion_rate_input_type
        if manual_baseline_value is not UNSET:
            field_dict["manualBaselineValue"] = manual_baseline_value
        if manual_exposure_rate is not UNSET:
            field_dict["manualExposureRate"] = manual_exposure_rate
        if manual_metric_type is not UNSET:
            field_dict["manualMetricType"] = manual_metric_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = dict(src_dict)
        conversion_rate_input_type = d.pop("conversionRateInputType", UNSET)

        try:
            manual_baseline_value: float | Unset | None = d.pop("manualBaselineValue", UNSET)

        except Exception as exc:
            raise field_error("manualBaselineValue", exc) from exc

        try:
            manual_exposure_rate: float | Unset | None = d.pop("manualExposureRate", UNSET)

        except Exception as exc:
            raise field_error("manualExposureRate", exc) from exc

        try:
            manual_metric_type: str | Unset | None = d.pop("manualMetricType", UNSET)

        except Exception as exc:
            raise field_error("manualMetricType", exc) from exc

        exposure_estimate_config = cls(
            conversion_rate_input_type=conversion_rate_input_type,
            manual_baseline_value=manual_baseline_value,
            manual_exposure_rate=manual_exposure_rate,
            manual_metric_type=manual_metric_type,
        )

        exposure_estimate_config.additional_properties = d
        return exposure_estimate_config

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
