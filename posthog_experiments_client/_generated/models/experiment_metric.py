from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_goal_enum import MetricGoalEnum, check_metric_goal_enum
from ..models.metric_type_enum import MetricTypeEnum, check_metric_type_enum
from ..types import (
    UNSET,
    LazyFields,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.experiment_event_source import ExperimentEventSource


T = TypeVar("T", bound="ExperimentMetric")


@_attrs_define
class ExperimentMetric(LazyFields):
    """A metric (`kind: ExperimentMetric`). Legacy kinds (`ExperimentTrendsQuery`, `ExperimentFunnelsQuery`) parse too;
    their other keys are kept as additional properties.

        Attributes:
            kind (str | Unset):
            metric_type (MetricTypeEnum | Unset):
            uuid (None | str | Unset): Given by the server when absent.
            name (None | str | Unset):
            goal (MetricGoalEnum | None | Unset):
            conversion_window (int | None | Unset):
            conversion_window_unit (None | str | Unset):
            source (ExperimentEventSource | None | Unset):
            series (list[ExperimentEventSource] | None | Unset):
            numerator (ExperimentEventSource | None | Unset):
            denominator (ExperimentEventSource | None | Unset):
            start_event (ExperimentEventSource | None | Unset): Retention metrics: the start event.
            completion_event (ExperimentEventSource | None | Unset): Retention metrics: the completion event.
            retention_window_start (int | None | Unset):
            retention_window_end (int | None | Unset):
            retention_window_unit (None | str | Unset): `second`, `minute`, `hour`, `day`, `week` or `month`.
            start_handling (None | str | Unset): Retention metrics: `first_seen` or `last_seen`.
            lower_bound_percentile (float | None | Unset):
            upper_bound_percentile (float | None | Unset):
            ignore_zeros (bool | None | Unset):
            threshold (float | None | Unset):
            numerator_outlier_handling (Any | Unset): Ratio metrics: winsorization of the numerator
                (`lower_bound_percentile`, `upper_bound_percentile`, `ignore_zeros`), or null.
            denominator_outlier_handling (Any | Unset): Ratio metrics: winsorization of the denominator
                (`lower_bound_percentile`, `upper_bound_percentile`, `ignore_zeros`), or null.
            fingerprint (str | Unset): Computed by the server.
    """

    kind: str | Unset = UNSET
    metric_type: MetricTypeEnum | Unset = UNSET
    uuid: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    goal: MetricGoalEnum | Unset | None = UNSET
    conversion_window: int | Unset | None = UNSET
    conversion_window_unit: str | Unset | None = UNSET
    source: ExperimentEventSource | Unset | None = UNSET
    series: list[ExperimentEventSource] | Unset | None = UNSET
    numerator: ExperimentEventSource | Unset | None = UNSET
    denominator: ExperimentEventSource | Unset | None = UNSET
    start_event: ExperimentEventSource | Unset | None = UNSET
    completion_event: ExperimentEventSource | Unset | None = UNSET
    retention_window_start: int | Unset | None = UNSET
    retention_window_end: int | Unset | None = UNSET
    retention_window_unit: str | Unset | None = UNSET
    start_handling: str | Unset | None = UNSET
    lower_bound_percentile: float | Unset | None = UNSET
    upper_bound_percentile: float | Unset | None = UNSET
    ignore_zeros: bool | Unset | None = UNSET
    threshold: float | Unset | None = UNSET
    numerator_outlier_handling: Any | Unset = UNSET
    denominator_outlier_handling: Any | Unset = UNSET
    fingerprint: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        metric_type: str | Unset = UNSET
        if not isinstance(self.metric_type, Unset):
            metric_type = self.metric_type

        uuid: str | Unset | None
        if isinstance(self.uuid, Unset):
            uuid = UNSET
        else:
            uuid = self.uuid

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        goal: str | Unset | None
        if isinstance(self.goal, Unset):
            goal = UNSET
        elif isinstance(self.goal, str):
            goal = self.goal
        else:
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

        source: dict[str, Any] | Unset | None
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, ExperimentEventSource):
            source = self.source.to_dict() if self.source is not None else None
        else:
            source = self.source

        series: list[dict[str, Any]] | Unset | None
        if isinstance(self.series, Unset):
            series = UNSET
        elif isinstance(self.series, list):
            if self.series is None:
                series = cast(Any, None)
            else:
                series = []
                for series_type_0_item_data in self.series:
                    series_type_0_item = (
                        series_type_0_item_data.to_dict()
                        if series_type_0_item_data is not None
                        else None
                    )
                    series.append(series_type_0_item)

        else:
            series = self.series

        numerator: dict[str, Any] | Unset | None
        if isinstance(self.numerator, Unset):
            numerator = UNSET
        elif isinstance(self.numerator, ExperimentEventSource):
            numerator = self.numerator.to_dict() if self.numerator is not None else None
        else:
            numerator = self.numerator

        denominator: dict[str, Any] | Unset | None
        if isinstance(self.denominator, Unset):
            denominator = UNSET
        elif isinstance(self.denominator, ExperimentEventSource):
            denominator = self.denominator.to_dict() if self.denominator is not None else None
        else:
            denominator = self.denominator

        start_event: dict[str, Any] | Unset | None
        if isinstance(self.start_event, Unset):
            start_event = UNSET
        elif isinstance(self.start_event, ExperimentEventSource):
            start_event = self.start_event.to_dict() if self.start_event is not None else None
        else:
            start_event = self.start_event

        completion_event: dict[str, Any] | Unset | None
        if isinstance(self.completion_event, Unset):
            completion_event = UNSET
        elif isinstance(self.completion_event, ExperimentEventSource):
            completion_event = (
                self.completion_event.to_dict() if self.completion_event is not None else None
            )
        else:
            completion_event = self.completion_event

        retention_window_start: int | Unset | None
        if isinstance(self.retention_window_start, Unset):
            retention_window_start = UNSET
        else:
            retention_window_start = self.retention_window_start

        retention_window_end: int | Unset | None
        if isinstance(self.retention_window_end, Unset):
            retention_window_end = UNSET
        else:
            retention_window_end = self.retention_window_end

        retention_window_unit: str | Unset | None
        if isinstance(self.retention_window_unit, Unset):
            retention_window_unit = UNSET
        else:
            retention_window_unit = self.retention_window_unit

        start_handling: str | Unset | None
        if isinstance(self.start_handling, Unset):
            start_handling = UNSET
        else:
            start_handling = self.start_handling

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

        ignore_zeros: bool | Unset | None
        if isinstance(self.ignore_zeros, Unset):
            ignore_zeros = UNSET
        else:
            ignore_zeros = self.ignore_zeros

        threshold: float | Unset | None
        if isinstance(self.threshold, Unset):
            threshold = UNSET
        else:
            threshold = self.threshold

        numerator_outlier_handling = self.numerator_outlier_handling

        denominator_outlier_handling = self.denominator_outlier_handling

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
        if start_event is not UNSET:
            field_dict["start_event"] = start_event
        if completion_event is not UNSET:
            field_dict["completion_event"] = completion_event
        if retention_window_start is not UNSET:
            field_dict["retention_window_start"] = retention_window_start
        if retention_window_end is not UNSET:
            field_dict["retention_window_end"] = retention_window_end
        if retention_window_unit is not UNSET:
            field_dict["retention_window_unit"] = retention_window_unit
        if start_handling is not UNSET:
            field_dict["start_handling"] = start_handling
        if lower_bound_percentile is not UNSET:
            field_dict["lower_bound_percentile"] = lower_bound_percentile
        if upper_bound_percentile is not UNSET:
            field_dict["upper_bound_percentile"] = upper_bound_percentile
        if ignore_zeros is not UNSET:
            field_dict["ignore_zeros"] = ignore_zeros
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if numerator_outlier_handling is not UNSET:
            field_dict["numerator_outlier_handling"] = numerator_outlier_handling
        if denominator_outlier_handling is not UNSET:
            field_dict["denominator_outlier_handling"] = denominator_outlier_handling
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

        try:
            uuid: str | Unset | None = get("uuid", UNSET)

        except Exception as exc:
            raise field_error("uuid", exc) from exc

        try:
            name: str | Unset | None = get("name", UNSET)

        except Exception as exc:
            raise field_error("name", exc) from exc

        try:
            goal = _parse_ExperimentMetric_goal(get("goal", UNSET))
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
            source = _check_ExperimentMetric_source(get("source", UNSET))
        except Exception as exc:
            raise field_error("source", exc) from exc

        try:
            series = _check_ExperimentMetric_series(get("series", UNSET))
        except Exception as exc:
            raise field_error("series", exc) from exc

        try:
            numerator = _check_ExperimentMetric_numerator(get("numerator", UNSET))
        except Exception as exc:
            raise field_error("numerator", exc) from exc

        try:
            denominator = _check_ExperimentMetric_denominator(get("denominator", UNSET))
        except Exception as exc:
            raise field_error("denominator", exc) from exc

        try:
            start_event = _check_ExperimentMetric_start_event(get("start_event", UNSET))
        except Exception as exc:
            raise field_error("start_event", exc) from exc

        try:
            completion_event = _check_ExperimentMetric_completion_event(
                get("completion_event", UNSET)
            )
        except Exception as exc:
            raise field_error("completion_event", exc) from exc

        try:
            retention_window_start: int | Unset | None = get("retention_window_start", UNSET)

        except Exception as exc:
            raise field_error("retention_window_start", exc) from exc

        try:
            retention_window_end: int | Unset | None = get("retention_window_end", UNSET)

        except Exception as exc:
            raise field_error("retention_window_end", exc) from exc

        try:
            retention_window_unit: str | Unset | None = get("retention_window_unit", UNSET)

        except Exception as exc:
            raise field_error("retention_window_unit", exc) from exc

        try:
            start_handling: str | Unset | None = get("start_handling", UNSET)

        except Exception as exc:
            raise field_error("start_handling", exc) from exc

        try:
            lower_bound_percentile: float | Unset | None = get("lower_bound_percentile", UNSET)

        except Exception as exc:
            raise field_error("lower_bound_percentile", exc) from exc

        try:
            upper_bound_percentile: float | Unset | None = get("upper_bound_percentile", UNSET)

        except Exception as exc:
            raise field_error("upper_bound_percentile", exc) from exc

        try:
            ignore_zeros: bool | Unset | None = get("ignore_zeros", UNSET)

        except Exception as exc:
            raise field_error("ignore_zeros", exc) from exc

        try:
            threshold: float | Unset | None = get("threshold", UNSET)

        except Exception as exc:
            raise field_error("threshold", exc) from exc

        numerator_outlier_handling = get("numerator_outlier_handling", UNSET)

        denominator_outlier_handling = get("denominator_outlier_handling", UNSET)

        fingerprint = get("fingerprint", UNSET)

        # Nested models are validated above and built on first access (see LazyFields).
        experiment_metric = object.__new__(cls)
        experiment_metric.kind = kind
        experiment_metric.metric_type = metric_type
        experiment_metric.uuid = uuid
        experiment_metric.name = name
        experiment_metric.goal = goal
        experiment_metric.conversion_window = conversion_window
        experiment_metric.conversion_window_unit = conversion_window_unit
        experiment_metric.retention_window_start = retention_window_start
        experiment_metric.retention_window_end = retention_window_end
        experiment_metric.retention_window_unit = retention_window_unit
        experiment_metric.start_handling = start_handling
        experiment_metric.lower_bound_percentile = lower_bound_percentile
        experiment_metric.upper_bound_percentile = upper_bound_percentile
        experiment_metric.ignore_zeros = ignore_zeros
        experiment_metric.threshold = threshold
        experiment_metric.numerator_outlier_handling = numerator_outlier_handling
        experiment_metric.denominator_outlier_handling = denominator_outlier_handling
        experiment_metric.fingerprint = fingerprint
        experiment_metric._lazy_source = d
        experiment_metric.additional_properties = (
            {}
            if d.keys() <= _ExperimentMetric_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentMetric_FIELDS}
        )

        return experiment_metric

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
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

        try:
            goal = _parse_ExperimentMetric_goal(get("goal", UNSET))
        except Exception as exc:
            raise field_error("goal", exc) from exc

        try:
            source = _check_ExperimentMetric_source(get("source", UNSET))
        except Exception as exc:
            raise field_error("source", exc) from exc

        try:
            series = _check_ExperimentMetric_series(get("series", UNSET))
        except Exception as exc:
            raise field_error("series", exc) from exc

        try:
            numerator = _check_ExperimentMetric_numerator(get("numerator", UNSET))
        except Exception as exc:
            raise field_error("numerator", exc) from exc

        try:
            denominator = _check_ExperimentMetric_denominator(get("denominator", UNSET))
        except Exception as exc:
            raise field_error("denominator", exc) from exc

        try:
            start_event = _check_ExperimentMetric_start_event(get("start_event", UNSET))
        except Exception as exc:
            raise field_error("start_event", exc) from exc

        try:
            completion_event = _check_ExperimentMetric_completion_event(
                get("completion_event", UNSET)
            )
        except Exception as exc:
            raise field_error("completion_event", exc) from exc

        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
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

        try:
            uuid: str | Unset | None = get("uuid", UNSET)

        except Exception as exc:
            raise field_error("uuid", exc) from exc

        try:
            name: str | Unset | None = get("name", UNSET)

        except Exception as exc:
            raise field_error("name", exc) from exc

        try:
            goal = _parse_ExperimentMetric_goal(get("goal", UNSET))
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
            retention_window_start: int | Unset | None = get("retention_window_start", UNSET)

        except Exception as exc:
            raise field_error("retention_window_start", exc) from exc

        try:
            retention_window_end: int | Unset | None = get("retention_window_end", UNSET)

        except Exception as exc:
            raise field_error("retention_window_end", exc) from exc

        try:
            retention_window_unit: str | Unset | None = get("retention_window_unit", UNSET)

        except Exception as exc:
            raise field_error("retention_window_unit", exc) from exc

        try:
            start_handling: str | Unset | None = get("start_handling", UNSET)

        except Exception as exc:
            raise field_error("start_handling", exc) from exc

        try:
            lower_bound_percentile: float | Unset | None = get("lower_bound_percentile", UNSET)

        except Exception as exc:
            raise field_error("lower_bound_percentile", exc) from exc

        try:
            upper_bound_percentile: float | Unset | None = get("upper_bound_percentile", UNSET)

        except Exception as exc:
            raise field_error("upper_bound_percentile", exc) from exc

        try:
            ignore_zeros: bool | Unset | None = get("ignore_zeros", UNSET)

        except Exception as exc:
            raise field_error("ignore_zeros", exc) from exc

        try:
            threshold: float | Unset | None = get("threshold", UNSET)

        except Exception as exc:
            raise field_error("threshold", exc) from exc

        numerator_outlier_handling = get("numerator_outlier_handling", UNSET)

        denominator_outlier_handling = get("denominator_outlier_handling", UNSET)

        fingerprint = get("fingerprint", UNSET)

        experiment_metric = object.__new__(cls)
        experiment_metric.kind = kind
        experiment_metric.metric_type = metric_type
        experiment_metric.uuid = uuid
        experiment_metric.name = name
        experiment_metric.goal = goal
        experiment_metric.conversion_window = conversion_window
        experiment_metric.conversion_window_unit = conversion_window_unit
        experiment_metric.retention_window_start = retention_window_start
        experiment_metric.retention_window_end = retention_window_end
        experiment_metric.retention_window_unit = retention_window_unit
        experiment_metric.start_handling = start_handling
        experiment_metric.lower_bound_percentile = lower_bound_percentile
        experiment_metric.upper_bound_percentile = upper_bound_percentile
        experiment_metric.ignore_zeros = ignore_zeros
        experiment_metric.threshold = threshold
        experiment_metric.numerator_outlier_handling = numerator_outlier_handling
        experiment_metric.denominator_outlier_handling = denominator_outlier_handling
        experiment_metric.fingerprint = fingerprint
        experiment_metric._lazy_source = d
        experiment_metric.additional_properties = (
            {}
            if d.keys() <= _ExperimentMetric_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentMetric_FIELDS}
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
        "start_event",
        "completion_event",
        "retention_window_start",
        "retention_window_end",
        "retention_window_unit",
        "start_handling",
        "lower_bound_percentile",
        "upper_bound_percentile",
        "ignore_zeros",
        "threshold",
        "numerator_outlier_handling",
        "denominator_outlier_handling",
        "fingerprint",
    }
)


def _parse_ExperimentMetric_goal(data: object) -> MetricGoalEnum | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected str, got {type(data).__name__}")
    _goal_type_1 = data
    goal_type_1: MetricGoalEnum
    if _goal_type_1 is None:
        goal_type_1 = cast(Any, None)
    else:
        goal_type_1 = check_metric_goal_enum(_goal_type_1)

    return goal_type_1


def _parse_ExperimentMetric_source(data: object) -> ExperimentEventSource | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExperimentEventSource, got {type(data).__name__}")
    _source_type_1 = data
    source_type_1: ExperimentEventSource
    if _source_type_1 is None:
        source_type_1 = cast(Any, None)
    else:
        source_type_1 = ExperimentEventSource._from_valid(_source_type_1)

    return source_type_1


def _check_ExperimentMetric_source(data: object) -> ExperimentEventSource | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExperimentEventSource, got {type(data).__name__}")
    _source_type_1 = data
    source_type_1: ExperimentEventSource
    if _source_type_1 is None:
        source_type_1 = cast(Any, None)
    else:
        source_type_1 = ExperimentEventSource._check(_source_type_1)

    return source_type_1


def _build_ExperimentMetric_source(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        source = _parse_ExperimentMetric_source(get("source", UNSET))
    except Exception as exc:
        raise field_error("source", exc) from exc

    return source


def _parse_ExperimentMetric_series(data: object) -> list[ExperimentEventSource] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    _series_type_0 = data
    series_type_0: list[ExperimentEventSource]
    if _series_type_0 is None:
        series_type_0 = cast(Any, None)
    elif not isinstance(_series_type_0, list):
        raise ResponseShapeError(f"expected a list, got {type(_series_type_0).__name__}")
    else:
        series_type_0 = []
        for series_type_0_index, series_type_0_item_data in enumerate(_series_type_0):
            try:
                _series_type_0_item = series_type_0_item_data
                series_type_0_item: ExperimentEventSource
                if _series_type_0_item is None:
                    series_type_0_item = cast(Any, None)
                else:
                    series_type_0_item = ExperimentEventSource._from_valid(_series_type_0_item)

            except Exception as exc:
                raise field_error(series_type_0_index, exc) from exc
            series_type_0.append(series_type_0_item)

    return series_type_0


def _check_ExperimentMetric_series(data: object) -> list[ExperimentEventSource] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    _series_type_0 = data
    series_type_0: list[ExperimentEventSource]
    if _series_type_0 is None:
        series_type_0 = cast(Any, None)
    elif not isinstance(_series_type_0, list):
        raise ResponseShapeError(f"expected a list, got {type(_series_type_0).__name__}")
    else:
        series_type_0 = []
        for series_type_0_index, series_type_0_item_data in enumerate(_series_type_0):
            try:
                _series_type_0_item = series_type_0_item_data
                series_type_0_item: ExperimentEventSource
                if _series_type_0_item is None:
                    series_type_0_item = cast(Any, None)
                else:
                    series_type_0_item = ExperimentEventSource._check(_series_type_0_item)

            except Exception as exc:
                raise field_error(series_type_0_index, exc) from exc
            series_type_0.append(series_type_0_item)

    return series_type_0


def _build_ExperimentMetric_series(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        series = _parse_ExperimentMetric_series(get("series", UNSET))
    except Exception as exc:
        raise field_error("series", exc) from exc

    return series


def _parse_ExperimentMetric_numerator(data: object) -> ExperimentEventSource | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExperimentEventSource, got {type(data).__name__}")
    _numerator_type_1 = data
    numerator_type_1: ExperimentEventSource
    if _numerator_type_1 is None:
        numerator_type_1 = cast(Any, None)
    else:
        numerator_type_1 = ExperimentEventSource._from_valid(_numerator_type_1)

    return numerator_type_1


def _check_ExperimentMetric_numerator(data: object) -> ExperimentEventSource | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExperimentEventSource, got {type(data).__name__}")
    _numerator_type_1 = data
    numerator_type_1: ExperimentEventSource
    if _numerator_type_1 is None:
        numerator_type_1 = cast(Any, None)
    else:
        numerator_type_1 = ExperimentEventSource._check(_numerator_type_1)

    return numerator_type_1


def _build_ExperimentMetric_numerator(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        numerator = _parse_ExperimentMetric_numerator(get("numerator", UNSET))
    except Exception as exc:
        raise field_error("numerator", exc) from exc

    return numerator


def _parse_ExperimentMetric_denominator(data: object) -> ExperimentEventSource | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExperimentEventSource, got {type(data).__name__}")
    _denominator_type_1 = data
    denominator_type_1: ExperimentEventSource
    if _denominator_type_1 is None:
        denominator_type_1 = cast(Any, None)
    else:
        denominator_type_1 = ExperimentEventSource._from_valid(_denominator_type_1)

    return denominator_type_1


def _check_ExperimentMetric_denominator(data: object) -> ExperimentEventSource | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExperimentEventSource, got {type(data).__name__}")
    _denominator_type_1 = data
    denominator_type_1: ExperimentEventSource
    if _denominator_type_1 is None:
        denominator_type_1 = cast(Any, None)
    else:
        denominator_type_1 = ExperimentEventSource._check(_denominator_type_1)

    return denominator_type_1


def _build_ExperimentMetric_denominator(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        denominator = _parse_ExperimentMetric_denominator(get("denominator", UNSET))
    except Exception as exc:
        raise field_error("denominator", exc) from exc

    return denominator


def _parse_ExperimentMetric_start_event(data: object) -> ExperimentEventSource | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExperimentEventSource, got {type(data).__name__}")
    _start_event_type_1 = data
    start_event_type_1: ExperimentEventSource
    if _start_event_type_1 is None:
        start_event_type_1 = cast(Any, None)
    else:
        start_event_type_1 = ExperimentEventSource._from_valid(_start_event_type_1)

    return start_event_type_1


def _check_ExperimentMetric_start_event(data: object) -> ExperimentEventSource | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExperimentEventSource, got {type(data).__name__}")
    _start_event_type_1 = data
    start_event_type_1: ExperimentEventSource
    if _start_event_type_1 is None:
        start_event_type_1 = cast(Any, None)
    else:
        start_event_type_1 = ExperimentEventSource._check(_start_event_type_1)

    return start_event_type_1


def _build_ExperimentMetric_start_event(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        start_event = _parse_ExperimentMetric_start_event(get("start_event", UNSET))
    except Exception as exc:
        raise field_error("start_event", exc) from exc

    return start_event


def _parse_ExperimentMetric_completion_event(data: object) -> ExperimentEventSource | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExperimentEventSource, got {type(data).__name__}")
    _completion_event_type_1 = data
    completion_event_type_1: ExperimentEventSource
    if _completion_event_type_1 is None:
        completion_event_type_1 = cast(Any, None)
    else:
        completion_event_type_1 = ExperimentEventSource._from_valid(_completion_event_type_1)

    return completion_event_type_1


def _check_ExperimentMetric_completion_event(data: object) -> ExperimentEventSource | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExperimentEventSource, got {type(data).__name__}")
    _completion_event_type_1 = data
    completion_event_type_1: ExperimentEventSource
    if _completion_event_type_1 is None:
        completion_event_type_1 = cast(Any, None)
    else:
        completion_event_type_1 = ExperimentEventSource._check(_completion_event_type_1)

    return completion_event_type_1


def _build_ExperimentMetric_completion_event(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        completion_event = _parse_ExperimentMetric_completion_event(get("completion_event", UNSET))
    except Exception as exc:
        raise field_error("completion_event", exc) from exc

    return completion_event


# How each lazy field is built from the validated input, on first access.
ExperimentMetric._lazy_builders = {
    "source": _build_ExperimentMetric_source,
    "series": _build_ExperimentMetric_series,
    "numerator": _build_ExperimentMetric_numerator,
    "denominator": _build_ExperimentMetric_denominator,
    "start_event": _build_ExperimentMetric_start_event,
    "completion_event": _build_ExperimentMetric_completion_event,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.experiment_event_source import ExperimentEventSource  # noqa: E402
