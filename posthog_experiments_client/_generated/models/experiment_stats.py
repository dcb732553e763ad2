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

T = TypeVar("T", bound="ExperimentStats")


@_attrs_define
class ExperimentStats:
    """Counts over the project's experiments.

    Attributes:
        launched_last_30d (int | Unset):
        launched_previous_30d (int | Unset):
        percent_change (float | None | Unset):
        active_experiments (int | Unset):
        completed_last_30d (int | Unset):
    """

    launched_last_30d: int | Unset = UNSET
    launched_previous_30d: int | Unset = UNSET
    percent_change: float | Unset | None = UNSET
    active_experiments: int | Unset = UNSET
    completed_last_30d: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        launched_last_30d = self.launched_last_30d

        launched_previous_30d = self.launched_previous_30d

        percent_change: float | Unset | None
        if isinstance(self.percent_change, Unset):
            percent_change = UNSET
        else:
            percent_change = self.percent_change

        active_experiments = self.active_experiments

        completed_last_30d = self.completed_last_30d

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if launched_last_30d is not UNSET:
            field_dict["launched_last_30d"] = launched_last_30d
        if launched_previous_30d is not UNSET:
            field_dict["launched_previous_30d"] = launched_previous_30d
        if percent_change is not UNSET:
            field_dict["percent_change"] = percent_change
        if active_experiments is not UNSET:
            field_dict["active_experiments"] = active_experiments
        if completed_last_30d is not UNSET:
            field_dict["completed_last_30d"] = completed_last_30d

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        launched_last_30d = get("launched_last_30d", UNSET)

        launched_previous_30d = get("launched_previous_30d", UNSET)

        try:
            percent_change: float | Unset | None = get("percent_change", UNSET)

        except Exception as exc:
            raise field_error("percent_change", exc) from exc

        active_experiments = get("active_experiments", UNSET)

        completed_last_30d = get("completed_last_30d", UNSET)

        experiment_stats = cls(
            launched_last_30d=launched_last_30d,
            launched_previous_30d=launched_previous_30d,
            percent_change=percent_change,
            active_experiments=active_experiments,
            completed_last_30d=completed_last_30d,
        )
        experiment_stats.additional_properties = (
            {}
            if d.keys() <= _ExperimentStats_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentStats_FIELDS}
        )

        return experiment_stats

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
_ExperimentStats_FIELDS = frozenset(
    {
        "launched_last_30d",
        "launched_previous_30d",
        "percent_change",
        "active_experiments",
        "completed_last_30d",
    }
)
