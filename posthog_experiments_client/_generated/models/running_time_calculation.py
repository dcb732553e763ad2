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

T = TypeVar("T", bound="RunningTimeCalculation")


@_attrs_define
class RunningTimeCalculation:
    """The running-time calculator's state (newest; earlier kept in `parameters`).

    Attributes:
        minimum_detectable_effect (float | None | Unset):
        recommended_running_time (float | None | Unset):
        recommended_sample_size (float | None | Unset):
        exposure_estimate_config (Any | Unset): How exposure was estimated, or null: `conversionRateInputType` (`manual`
            or `automatic`), `manualBaselineValue`, `manualExposureRate`, `manualMetricType`.
    """

    minimum_detectable_effect: float | Unset | None = UNSET
    recommended_running_time: float | Unset | None = UNSET
    recommended_sample_size: float | Unset | None = UNSET
    exposure_estimate_config: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        minimum_detectable_effect: float | Unset | None
        if isinstance(self.minimum_detectable_effect, Unset):
            minimum_detectable_effect = UNSET
        else:
            minimum_detectable_effect = self.minimum_detectable_effect

        recommended_running_time: float | Unset | None
        if isinstance(self.recommended_running_time, Unset):
            recommended_running_time = UNSET
        else:
            recommended_running_time = self.recommended_running_time

        recommended_sample_size: float | Unset | None
        if isinstance(self.recommended_sample_size, Unset):
            recommended_sample_size = UNSET
        else:
            recommended_sample_size = self.recommended_sample_size

        exposure_estimate_config = self.exposure_estimate_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if minimum_detectable_effect is not UNSET:
            field_dict["minimum_detectable_effect"] = minimum_detectable_effect
        if recommended_running_time is not UNSET:
            field_dict["recommended_running_time"] = recommended_running_time
        if recommended_sample_size is not UNSET:
            field_dict["recommended_sample_size"] = recommended_sample_size
        if exposure_estimate_config is not UNSET:
            field_dict["exposure_estimate_config"] = exposure_estimate_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        try:
            minimum_detectable_effect: float | Unset | None = get(
                "minimum_detectable_effect", UNSET
            )

        except Exception as exc:
            raise field_error("minimum_detectable_effect", exc) from exc

        try:
            recommended_running_time: float | Unset | None = get("recommended_running_time", UNSET)

        except Exception as exc:
            raise field_error("recommended_running_time", exc) from exc

        try:
            recommended_sample_size: float | Unset | None = get("recommended_sample_size", UNSET)

        except Exception as exc:
            raise field_error("recommended_sample_size", exc) from exc

        exposure_estimate_config = get("exposure_estimate_config", UNSET)

        running_time_calculation = cls(
            minimum_detectable_effect=minimum_detectable_effect,
            recommended_running_time=recommended_running_time,
            recommended_sample_size=recommended_sample_size,
            exposure_estimate_config=exposure_estimate_config,
        )
        running_time_calculation.additional_properties = (
            {}
            if d.keys() <= _RunningTimeCalculation_FIELDS
            else {k: v for k, v in d.items() if k not in _RunningTimeCalculation_FIELDS}
        )

        return running_time_calculation

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
_RunningTimeCalculation_FIELDS = frozenset(
    {
        "minimum_detectable_effect",
        "recommended_running_time",
        "recommended_sample_size",
        "exposure_estimate_config",
    }
)
