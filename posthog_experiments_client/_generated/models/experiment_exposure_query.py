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

T = TypeVar("T", bound="ExperimentExposureQuery")


@_attrs_define
class ExperimentExposureQuery:
    """The exposures of an experiment, per variant per day.

    Attributes:
        kind (str): `ExperimentExposureQuery`.
        experiment_id (int):
        experiment_name (str | Unset):
        feature_flag (Any | Unset): The experiment's feature flag object, as the experiment shows it.
        start_date (None | str | Unset):
        end_date (None | str | Unset):
        exposure_criteria (Any | Unset): The experiment's `exposure_criteria`, or null.
        holdout (Any | Unset): The experiment's holdout object, or null.
    """

    kind: str
    experiment_id: int
    experiment_name: str | Unset = UNSET
    feature_flag: Any | Unset = UNSET
    start_date: str | Unset | None = UNSET
    end_date: str | Unset | None = UNSET
    exposure_criteria: Any | Unset = UNSET
    holdout: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        experiment_id = self.experiment_id

        experiment_name = self.experiment_name

        feature_flag = self.feature_flag

        start_date: str | Unset | None
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        end_date: str | Unset | None
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        else:
            end_date = self.end_date

        exposure_criteria = self.exposure_criteria

        holdout = self.holdout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "experiment_id": experiment_id,
            }
        )
        if experiment_name is not UNSET:
            field_dict["experiment_name"] = experiment_name
        if feature_flag is not UNSET:
            field_dict["feature_flag"] = feature_flag
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if exposure_criteria is not UNSET:
            field_dict["exposure_criteria"] = exposure_criteria
        if holdout is not UNSET:
            field_dict["holdout"] = holdout

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "kind" not in d:
            raise ResponseShapeError("required field is missing", ("kind",))
        kind = d["kind"]

        if "experiment_id" not in d:
            raise ResponseShapeError("required field is missing", ("experiment_id",))
        experiment_id = d["experiment_id"]

        experiment_name = get("experiment_name", UNSET)

        feature_flag = get("feature_flag", UNSET)

        try:
            start_date: str | Unset | None = get("start_date", UNSET)

        except Exception as exc:
            raise field_error("start_date", exc) from exc

        try:
            end_date: str | Unset | None = get("end_date", UNSET)

        except Exception as exc:
            raise field_error("end_date", exc) from exc

        exposure_criteria = get("exposure_criteria", UNSET)

        holdout = get("holdout", UNSET)

        experiment_exposure_query = cls(
            kind=kind,
            experiment_id=experiment_id,
            experiment_name=experiment_name,
            feature_flag=feature_flag,
            start_date=start_date,
            end_date=end_date,
            exposure_criteria=exposure_criteria,
            holdout=holdout,
        )

        unknown = d.keys() - _ExperimentExposureQuery_FIELDS
        experiment_exposure_query.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
        )
        return experiment_exposure_query

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
_ExperimentExposureQuery_FIELDS = frozenset(
    {
        "kind",
        "experiment_id",
        "experiment_name",
        "feature_flag",
        "start_date",
        "end_date",
        "exposure_criteria",
        "holdout",
    }
)
