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

T = TypeVar("T", bound="ExperimentTimeseriesResults")


@_attrs_define
class ExperimentTimeseriesResults:
    """The stored daily results of one metric.

    Attributes:
        experiment_id (int | Unset):
        metric_uuid (str | Unset):
        status (str | Unset): Overall status, e.g. `pending`, `completed`, `failed`.
        timeseries (Any | Unset): Daily results keyed by date, or null.
        errors (Any | Unset): Errors keyed by date, or null.
        computed_at (None | str | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
        recalculation_status (None | str | Unset):
        recalculation_created_at (None | str | Unset):
    """

    experiment_id: int | Unset = UNSET
    metric_uuid: str | Unset = UNSET
    status: str | Unset = UNSET
    timeseries: Any | Unset = UNSET
    errors: Any | Unset = UNSET
    computed_at: str | Unset | None = UNSET
    created_at: str | Unset | None = UNSET
    updated_at: str | Unset | None = UNSET
    recalculation_status: str | Unset | None = UNSET
    recalculation_created_at: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = self.experiment_id

        metric_uuid = self.metric_uuid

        status = self.status

        timeseries = self.timeseries

        errors = self.errors

        computed_at: str | Unset | None
        if isinstance(self.computed_at, Unset):
            computed_at = UNSET
        else:
            computed_at = self.computed_at

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        recalculation_status: str | Unset | None
        if isinstance(self.recalculation_status, Unset):
            recalculation_status = UNSET
        else:
            recalculation_status = self.recalculation_status

        recalculation_created_at: str | Unset | None
        if isinstance(self.recalculation_created_at, Unset):
            recalculation_created_at = UNSET
        else:
            recalculation_created_at = self.recalculation_created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if metric_uuid is not UNSET:
            field_dict["metric_uuid"] = metric_uuid
        if status is not UNSET:
            field_dict["status"] = status
        if timeseries is not UNSET:
            field_dict["timeseries"] = timeseries
        if errors is not UNSET:
            field_dict["errors"] = errors
        if computed_at is not UNSET:
            field_dict["computed_at"] = computed_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if recalculation_status is not UNSET:
            field_dict["recalculation_status"] = recalculation_status
        if recalculation_created_at is not UNSET:
            field_dict["recalculation_created_at"] = recalculation_created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        experiment_id = get("experiment_id", UNSET)

        metric_uuid = get("metric_uuid", UNSET)

        status = get("status", UNSET)

        timeseries = get("timeseries", UNSET)

        errors = get("errors", UNSET)

        try:
            computed_at: str | Unset | None = get("computed_at", UNSET)

        except Exception as exc:
            raise field_error("computed_at", exc) from exc

        try:
            created_at: str | Unset | None = get("created_at", UNSET)

        except Exception as exc:
            raise field_error("created_at", exc) from exc

        try:
            updated_at: str | Unset | None = get("updated_at", UNSET)

        except Exception as exc:
            raise field_error("updated_at", exc) from exc

        try:
            recalculation_status: str | Unset | None = get("recalculation_status", UNSET)

        except Exception as exc:
            raise field_error("recalculation_status", exc) from exc

        try:
            recalculation_created_at: str | Unset | None = get("recalculation_created_at", UNSET)

        except Exception as exc:
            raise field_error("recalculation_created_at", exc) from exc

        experiment_timeseries_results = cls(
            experiment_id=experiment_id,
            metric_uuid=metric_uuid,
            status=status,
            timeseries=timeseries,
            errors=errors,
            computed_at=computed_at,
            created_at=created_at,
            updated_at=updated_at,
            recalculation_status=recalculation_status,
            recalculation_created_at=recalculation_created_at,
        )
        experiment_timeseries_results.additional_properties = (
            {}
            if d.keys() <= _ExperimentTimeseriesResults_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentTimeseriesResults_FIELDS}
        )

        return experiment_timeseries_results

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
_ExperimentTimeseriesResults_FIELDS = frozenset(
    {
        "experiment_id",
        "metric_uuid",
        "status",
        "timeseries",
        "errors",
        "computed_at",
        "created_at",
        "updated_at",
        "recalculation_status",
        "recalculation_created_at",
    }
)
