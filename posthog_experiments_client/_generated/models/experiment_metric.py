from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_goal_enum import MetricGoalEnum, check_metric_goal_enum
from ..models.metric_type_enum import MetricTypeEnum, check_metric_type_enum
from ..types import (
    UNSET,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.experiment_event_source import ExperimentEventSource


T = TypeVar("T", bound="ExperimentMetric")


@_attrs_define
class ExperimentMetric:
    """A metric (`kind: ExperimentMetric`). Legacy kinds (`ExperimentTrendsQuery`, `ExperimentFunnelsQuery`) parse too;
    their other keys are kept as additional properties.

        Attributes:
            kind (str | Unset):
            metric_type (MetricTypeEnum | Unset):
            uuid (str | Unset):
            name (None | str | Unset):
            goal (MetricGoalEnum | Unset):
            conversion_window (int | None | Unset):
            conversion_window_unit (None | str | Unset):
            source (ExperimentEventSource | Unset): An events or actions node used by a metric.
            series (list[ExperimentEventSource] | Unset):
            numerator (ExperimentEventSource | Unset): An events or actions node used by a metric.
            denominator (ExperimentEventSource | Unset): An events or actions node used by a metric.
            fingerprint (str | Unset): Computed by the server.
    """

    kind: str | Unset = UNSET
    metric_type: MetricTypeEnum | Unset = UNSET
    uuid: str | Unset = UNSET
    name: str | Unset | None = UNSET
    goal: MetricGoalEnum | Unset = UNSET
    conversion_window: int | Unset | None = UNSET
    conversion_window_unit: str | Unset | None = UNSET
    source: ExperimentEventSource | Unset = UNSET
    series: list[ExperimentEventSource] | Unset = UNSET
    numerator: ExperimentEventSource | Unset = UNSET
    denominator: ExperimentEventSource | Unset = UNSET
    fingerprint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        metric_type: str | Unset = UNSET
        if not isinstance(self.metric_type, Unset):
            metric_type = self.metric_type

        uuid = self.uuid

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        goal: str | Unset = UNSET
        if not isinstance(self.goal, Unset):
            goal = self.goal

        conversion_window: int | Unset | None
        if isinstance(self.conversion_window, Unset):
            conversion_window = UNSET
        else:
            conversion_window = self.conversion_window

        conversion_window_unit: str | Unset | None
        if isinstance(self.conversion_window_unit, Unset):
            conversion_window_unit = UNSET
        else:
            conversion_window_unit = self.conversion_window_unit

        source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.to_dict() if self.source is not None else None

        series: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.series, Unset):
            if self.series is None:
                series = cast(Any, None)
            else:
                series = []
                for series_item_data in self.series:
                    series_item = (
                        series_item_data.to_dict() if series_item_data is not None else None
                    )
                    series.append(series_item)

        numerator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.numerator, Unset):
            numerator = self.numerator.to_dict() if self.numerator is not None else None

        denominator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.denominator, Unset):
            denominator = self.denominator.to_dict() if self.denominator is not None else None

        fingerprint = self.fingerprint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kind is not UNSET:
            field_dict["kind"] = kind
        if metric_type is not UNSET:
            field_dict["metric_type"] = metric_type
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if goal is not UNSET:
            field_dict["goal"] = goal
        if conversion_window is not UNSET:
            field_dict["conversion_window"] = conversion_window
        if conversion_window_unit is not UNSET:
            field_dict["conversion_window_unit"] = conversion_window_unit
        if source is not UNSET:
            field_dict["source"] = source
        if series is not UNSET:
            field_dict["series"] = series
        if numerator is not UNSET:
            field_dict["numerator"] = numerator
        if denominator is not UNSET:
            field_dict["denominator"] = denominator
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        kind = get("kind", UNSET)

        try:
            _metric_type = get("metric_type", UNSET)
            metric_type: MetricTypeEnum | Unset
            if _metric_type is None:
                metric_type = cast(Any, None)
            elif isinstance(_metric_type, Unset):
                metric_type = UNSET
            else:
                metric_type = check_metric_type_enum(_metric_type)

        except Exception as exc:
            raise field_error("metric_type", exc) from exc

        uuid = get("uuid", UNSET)

        try:
            name: str | Unset | None = get("name", UNSET)

        except Exception as exc:
            raise field_error("name", exc) from exc

        try:
            _goal = get("goal", UNSET)
            goal: MetricGoalEnum | Unset
            if _goal is None:
                goal = cast(Any, None)
            elif isinstance(_goal, Unset):
                goal = UNSET
            else:
                goal = check_metric_goal_enum(_goal)

        except Exception as exc:
            raise field_error("goal", exc) from exc

        try:
            conversion_window: int | Unset | None = get("conversion_window", UNSET)

        except Exception as exc:
            raise field_error("conversion_window", exc) from exc

        try:
            conversion_window_unit: str | Unset | None = get("conversion_window_unit", UNSET)

        except Exception as exc:
            raise field_error("conversion_window_unit", exc) from exc

        try:
            _source = get("source", UNSET)
            source: ExperimentEventSource | Unset
            if _source is None:
                source = cast(Any, None)
            elif isinstance(_source, Unset):
                source = UNSET
            else:
                source = ExperimentEventSource.from_dict(_source)

        except Exception as exc:
            raise field_error("source", exc) from exc

        try:
            _series = get("series", UNSET)
            series: list[ExperimentEventSource] | Unset
            if _series is None:
                series = cast(Any, None)
            elif isinstance(_series, Unset):
                series = UNSET
            elif not isinstance(_series, list):
                raise ResponseShapeError(f"expected a list, got {type(_series).__name__}")
            else:
                series = []
                for series_index, series_item_data in enumerate(_series):
                    try:
                        _series_item = series_item_data
                        series_item: ExperimentEventSource
                        if _series_item is None:
                            series_item = cast(Any, None)
                        else:
                            series_item = ExperimentEventSource.from_dict(_series_item)

                    except Exception as exc:
                        raise field_error(series_index, exc) from exc
                    series.append(series_item)

        except Exception as exc:
            raise field_error("series", exc) from exc

        try:
            _numerator = get("numerator", UNSET)
            numerator: ExperimentEventSource | Unset
            if _numerator is None:
                numerator = cast(Any, None)
            elif isinstance(_numerator, Unset):
                numerator = UNSET
            else:
                numerator = ExperimentEventSource.from_dict(_numerator)

        except Exception as exc:
            raise field_error("numerator", exc) from exc

        try:
            _denominator = get("denominator", UNSET)
            denominator: ExperimentEventSource | Unset
            if _denominator is None:
                denominator = cast(Any, None)
            elif isinstance(_denominator, Unset):
                denominator = UNSET
            else:
                denominator = ExperimentEventSource.from_dict(_denominator)

        except Exception as exc:
            raise field_error("denominator", exc) from exc

        fingerprint = get("fingerprint", UNSET)

        experiment_metric = cls(
            kind=kind,
            metric_type=metric_type,
            uuid=uuid,
            name=name,
            goal=goal,
            conversion_window=conversion_window,
            conversion_window_unit=conversion_window_unit,
            source=source,
            series=series,
            numerator=numerator,
            denominator=denominator,
            fingerprint=fingerprint,
        )

        unknown = d.keys() - _ExperimentMetric_FIELDS
        experiment_metric.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
        )
        return experiment_metric

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
_ExperimentMetric_FIELDS = frozenset(
    {
        "kind",
        "metric_type",
        "uuid",
        "name",
        "goal",
        "conversion_window",
        "conversion_window_unit",
        "source",
        "series",
        "numerator",
        "denominator",
        "fingerprint",
    }
)


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.experiment_event_source import ExperimentEventSource  # noqa: E402
