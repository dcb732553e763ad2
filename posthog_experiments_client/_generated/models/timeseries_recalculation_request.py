from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LazyFields,
    ResponseShapeError,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.experiment_metric import ExperimentMetric


T = TypeVar("T", bound="TimeseriesRecalculationRequest")


@_attrs_define
class TimeseriesRecalculationRequest(LazyFields):
    """
    Attributes:
        metric (ExperimentMetric): A metric (`kind: ExperimentMetric`). Legacy kinds (`ExperimentTrendsQuery`,
            `ExperimentFunnelsQuery`) parse too; their other keys are kept as additional properties.
        fingerprint (str): The metric's `fingerprint`.
    """

    metric: ExperimentMetric
    fingerprint: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric.to_dict() if self.metric is not None else None

        fingerprint = self.fingerprint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
                "fingerprint": fingerprint,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict

        try:
            if "metric" not in d:
                raise ResponseShapeError("required field is missing")
            _metric = d["metric"]
            metric: ExperimentMetric
            if _metric is None:
                metric = cast(Any, None)
            else:
                metric = ExperimentMetric._check(_metric)

        except Exception as exc:
            raise field_error("metric", exc) from exc

        if "fingerprint" not in d:
            raise ResponseShapeError("required field is missing", ("fingerprint",))
        fingerprint = d["fingerprint"]

        # Nested models are validated above and built on first access (see LazyFields).
        timeseries_recalculation_request = object.__new__(cls)
        timeseries_recalculation_request.fingerprint = fingerprint
        timeseries_recalculation_request._lazy_source = d
        timeseries_recalculation_request.additional_properties = (
            {}
            if d.keys() <= _TimeseriesRecalculationRequest_FIELDS
            else {k: v for k, v in d.items() if k not in _TimeseriesRecalculationRequest_FIELDS}
        )

        return timeseries_recalculation_request

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        try:
            if "metric" not in d:
                raise ResponseShapeError("required field is missing")
            _metric = d["metric"]
            metric: ExperimentMetric
            if _metric is None:
                metric = cast(Any, None)
            else:
                metric = ExperimentMetric._check(_metric)

        except Exception as exc:
            raise field_error("metric", exc) from exc

        if "fingerprint" not in d:
            raise ResponseShapeError("required field is missing", ("fingerprint",))
        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict

        if "fingerprint" not in d:
            raise ResponseShapeError("required field is missing", ("fingerprint",))
        fingerprint = d["fingerprint"]

        timeseries_recalculation_request = object.__new__(cls)
        timeseries_recalculation_request.fingerprint = fingerprint
        timeseries_recalculation_request._lazy_source = d
        timeseries_recalculation_request.additional_properties = (
            {}
            if d.keys() <= _TimeseriesRecalculationRequest_FIELDS
            else {k: v for k, v in d.items() if k not in _TimeseriesRecalculationRequest_FIELDS}
        )

        return timeseries_recalculation_request

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
_TimeseriesRecalculationRequest_FIELDS = frozenset(
    {
        "metric",
        "fingerprint",
    }
)


def _build_TimeseriesRecalculationRequest_metric(d: Mapping[str, Any]) -> Any:
    try:
        if "metric" not in d:
            raise ResponseShapeError("required field is missing")
        _metric = d["metric"]
        metric: ExperimentMetric
        if _metric is None:
            metric = cast(Any, None)
        else:
            metric = ExperimentMetric._from_valid(_metric)

    except Exception as exc:
        raise field_error("metric", exc) from exc

    return metric


# How each lazy field is built from the validated input, on first access.
TimeseriesRecalculationRequest._lazy_builders = {
    "metric": _build_TimeseriesRecalculationRequest_metric,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.experiment_metric import ExperimentMetric  # noqa: E402
