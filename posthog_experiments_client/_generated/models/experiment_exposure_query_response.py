from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
    format_datetime,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.experiment_exposure_date_range import ExperimentExposureDateRange
    from ..models.experiment_exposure_query_response_total_exposures import (
        ExperimentExposureQueryResponseTotalExposures,
    )
    from ..models.experiment_exposure_time_series import ExperimentExposureTimeSeries
    from ..models.query_status import QueryStatus
    from ..models.sample_ratio_mismatch import SampleRatioMismatch


T = TypeVar("T", bound="ExperimentExposureQueryResponse")


@_attrs_define
class ExperimentExposureQueryResponse:
    """The exposures (`kind: ExperimentExposureQuery`). `total_exposures` may hold `$multiple` (units seen in several
    variants) and `holdout-<id>` buckets besides the variants.

        Attributes:
            timeseries (list[ExperimentExposureTimeSeries]):
            total_exposures (ExperimentExposureQueryResponseTotalExposures):
            cache_key (None | str | Unset):
            is_cached (bool | None | Unset):
            last_refresh (datetime.datetime | None | Unset):
            next_allowed_client_refresh (datetime.datetime | None | Unset):
            cache_target_age (datetime.datetime | None | Unset):
            timezone (None | str | Unset):
            calculation_trigger (None | str | Unset):
            query_metadata (Any | Unset): PostHog's query metadata, or null.
            query_status (None | QueryStatus | Unset):
            kind (None | str | Unset):
            date_range (ExperimentExposureDateRange | None | Unset):
            sample_ratio_mismatch (None | SampleRatioMismatch | Unset):
            bias_risk (Any | Unset): Newest: a bias-risk assessment, or null.
            warnings (Any | Unset): Newest: warnings, or null.
    """

    timeseries: list[ExperimentExposureTimeSeries]
    total_exposures: ExperimentExposureQueryResponseTotalExposures
    cache_key: str | Unset | None = UNSET
    is_cached: bool | Unset | None = UNSET
    last_refresh: datetime.datetime | Unset | None = UNSET
    next_allowed_client_refresh: datetime.datetime | Unset | None = UNSET
    cache_target_age: datetime.datetime | Unset | None = UNSET
    timezone: str | Unset | None = UNSET
    calculation_trigger: str | Unset | None = UNSET
    query_metadata: Any | Unset = UNSET
    query_status: QueryStatus | Unset | None = UNSET
    kind: str | Unset | None = UNSET
    date_range: ExperimentExposureDateRange | Unset | None = UNSET
    sample_ratio_mismatch: SampleRatioMismatch | Unset | None = UNSET
    bias_risk: Any | Unset = UNSET
    warnings: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.timeseries is None:
            timeseries = cast(Any, None)
        else:
            timeseries = []
            for timeseries_item_data in self.timeseries:
                timeseries_item = (
                    timeseries_item_data.to_dict() if timeseries_item_data is not None else None
                )
                timeseries.append(timeseries_item)

        total_exposures = (
            self.total_exposures.to_dict() if self.total_exposures is not None else None
        )

        cache_key: str | Unset | None
        if isinstance(self.cache_key, Unset):
            cache_key = UNSET
        else:
            cache_key = self.cache_key

        is_cached: bool | Unset | None
        if isinstance(self.is_cached, Unset):
            is_cached = UNSET
        else:
            is_cached = self.is_cached

        last_refresh: str | Unset | None
        if isinstance(self.last_refresh, Unset):
            last_refresh = UNSET
        elif isinstance(self.last_refresh, datetime.datetime):
            last_refresh = format_datetime(self.last_refresh)
        else:
            last_refresh = self.last_refresh

        next_allowed_client_refresh: str | Unset | None
        if isinstance(self.next_allowed_client_refresh, Unset):
            next_allowed_client_refresh = UNSET
        elif isinstance(self.next_allowed_client_refresh, datetime.datetime):
            next_allowed_client_refresh = format_datetime(self.next_allowed_client_refresh)
        else:
            next_allowed_client_refresh = self.next_allowed_client_refresh

        cache_target_age: str | Unset | None
        if isinstance(self.cache_target_age, Unset):
            cache_target_age = UNSET
        elif isinstance(self.cache_target_age, datetime.datetime):
            cache_target_age = format_datetime(self.cache_target_age)
        else:
            cache_target_age = self.cache_target_age

        timezone: str | Unset | None
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        calculation_trigger: str | Unset | None
        if isinstance(self.calculation_trigger, Unset):
            calculation_trigger = UNSET
        else:
            calculation_trigger = self.calculation_trigger

        query_metadata = self.query_metadata

        query_status: dict[str, Any] | Unset | None
        if isinstance(self.query_status, Unset):
            query_status = UNSET
        elif isinstance(self.query_status, QueryStatus):
            query_status = self.query_status.to_dict() if self.query_status is not None else None
        else:
            query_status = self.query_status

        kind: str | Unset | None
        if isinstance(self.kind, Unset):
            kind = UNSET
        else:
            kind = self.kind

        date_range: dict[str, Any] | Unset | None
        if isinstance(self.date_range, Unset):
            date_range = UNSET
        elif isinstance(self.date_range, ExperimentExposureDateRange):
            date_range = self.date_range.to_dict() if self.date_range is not None else None
        else:
            date_range = self.date_range

        sample_ratio_mismatch: dict[str, Any] | Unset | None
        if isinstance(self.sample_ratio_mismatch, Unset):
            sample_ratio_mismatch = UNSET
        elif isinstance(self.sample_ratio_mismatch, SampleRatioMismatch):
            sample_ratio_mismatch = (
                self.sample_ratio_mismatch.to_dict()
                if self.sample_ratio_mismatch is not None
                else None
            )
        else:
            sample_ratio_mismatch = self.sample_ratio_mismatch

        bias_risk = self.bias_risk

        warnings = self.warnings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "timeseries": timeseries,
                "total_exposures": total_exposures,
            }
        )
        if cache_key is not UNSET:
            field_dict["cache_key"] = cache_key
        if is_cached is not UNSET:
            field_dict["is_cached"] = is_cached
        if last_refresh is not UNSET:
            field_dict["last_refresh"] = last_refresh
        if next_allowed_client_refresh is not UNSET:
            field_dict["next_allowed_client_refresh"] = next_allowed_client_refresh
        if cache_target_age is not UNSET:
            field_dict["cache_target_age"] = cache_target_age
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if calculation_trigger is not UNSET:
            field_dict["calculation_trigger"] = calculation_trigger
        if query_metadata is not UNSET:
            field_dict["query_metadata"] = query_metadata
        if query_status is not UNSET:
            field_dict["query_status"] = query_status
        if kind is not UNSET:
            field_dict["kind"] = kind
        if date_range is not UNSET:
            field_dict["date_range"] = date_range
        if sample_ratio_mismatch is not UNSET:
            field_dict["sample_ratio_mismatch"] = sample_ratio_mismatch
        if bias_risk is not UNSET:
            field_dict["bias_risk"] = bias_risk
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        try:
            if "timeseries" not in d:
                raise ResponseShapeError("required field is missing")
            _timeseries = d["timeseries"]
            timeseries: list[ExperimentExposureTimeSeries]
            if _timeseries is None:
                timeseries = cast(Any, None)
            elif not isinstance(_timeseries, list):
                raise ResponseShapeError(f"expected a list, got {type(_timeseries).__name__}")
            else:
                timeseries = []
                for timeseries_index, timeseries_item_data in enumerate(_timeseries):
                    try:
                        _timeseries_item = timeseries_item_data
                        timeseries_item: ExperimentExposureTimeSeries
                        if _timeseries_item is None:
                            timeseries_item = cast(Any, None)
                        else:
                            timeseries_item = ExperimentExposureTimeSeries.from_dict(
                                _timeseries_item
                            )

                    except Exception as exc:
                        raise field_error(timeseries_index, exc) from exc
                    timeseries.append(timeseries_item)

        except Exception as exc:
            raise field_error("timeseries", exc) from exc

        try:
            if "total_exposures" not in d:
                raise ResponseShapeError("required field is missing")
            _total_exposures = d["total_exposures"]
            total_exposures: ExperimentExposureQueryResponseTotalExposures
            if _total_exposures is None:
                total_exposures = cast(Any, None)
            else:
                total_exposures = ExperimentExposureQueryResponseTotalExposures.from_dict(
                    _total_exposures
                )

        except Exception as exc:
            raise field_error("total_exposures", exc) from exc

        try:
            cache_key: str | Unset | None = get("cache_key", UNSET)

        except Exception as exc:
            raise field_error("cache_key", exc) from exc

        try:
            is_cached: bool | Unset | None = get("is_cached", UNSET)

        except Exception as exc:
            raise field_error("is_cached", exc) from exc

        try:
            last_refresh = _parse_ExperimentExposureQueryResponse_last_refresh(
                get("last_refresh", UNSET)
            )
        except Exception as exc:
            raise field_error("last_refresh", exc) from exc

        try:
            next_allowed_client_refresh = (
                _parse_ExperimentExposureQueryResponse_next_allowed_client_refresh(
                    get("next_allowed_client_refresh", UNSET)
                )
            )
        except Exception as exc:
            raise field_error("next_allowed_client_refresh", exc) from exc

        try:
            cache_target_age = _parse_ExperimentExposureQueryResponse_cache_target_age(
                get("cache_target_age", UNSET)
            )
        except Exception as exc:
            raise field_error("cache_target_age", exc) from exc

        try:
            timezone: str | Unset | None = get("timezone", UNSET)

        except Exception as exc:
            raise field_error("timezone", exc) from exc

        try:
            calculation_trigger: str | Unset | None = get("calculation_trigger", UNSET)

        except Exception as exc:
            raise field_error("calculation_trigger", exc) from exc

        query_metadata = get("query_metadata", UNSET)

        try:
            query_status = _parse_ExperimentExposureQueryResponse_query_status(
                get("query_status", UNSET)
            )
        except Exception as exc:
            raise field_error("query_status", exc) from exc

        try:
            kind: str | Unset | None = get("kind", UNSET)

        except Exception as exc:
            raise field_error("kind", exc) from exc

        try:
            date_range = _parse_ExperimentExposureQueryResponse_date_range(get("date_range", UNSET))
        except Exception as exc:
            raise field_error("date_range", exc) from exc

        try:
            sample_ratio_mismatch = _parse_ExperimentExposureQueryResponse_sample_ratio_mismatch(
                get("sample_ratio_mismatch", UNSET)
            )
        except Exception as exc:
            raise field_error("sample_ratio_mismatch", exc) from exc

        bias_risk = get("bias_risk", UNSET)

        warnings = get("warnings", UNSET)

        experiment_exposure_query_response = cls(
            timeseries=timeseries,
            total_exposures=total_exposures,
            cache_key=cache_key,
            is_cached=is_cached,
            last_refresh=last_refresh,
            next_allowed_client_refresh=next_allowed_client_refresh,
            cache_target_age=cache_target_age,
            timezone=timezone,
            calculation_trigger=calculation_trigger,
            query_metadata=query_metadata,
            query_status=query_status,
            kind=kind,
            date_range=date_range,
            sample_ratio_mismatch=sample_ratio_mismatch,
            bias_risk=bias_risk,
            warnings=warnings,
        )

        unknown = d.keys() - _ExperimentExposureQueryResponse_FIELDS
        experiment_exposure_query_response.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
        )
        return experiment_exposure_query_response

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
_ExperimentExposureQueryResponse_FIELDS = frozenset(
    {
        "timeseries",
        "total_exposures",
        "cache_key",
        "is_cached",
        "last_refresh",
        "next_allowed_client_refresh",
        "cache_target_age",
        "timezone",
        "calculation_trigger",
        "query_metadata",
        "query_status",
        "kind",
        "date_range",
        "sample_ratio_mismatch",
        "bias_risk",
        "warnings",
    }
)


def _parse_ExperimentExposureQueryResponse_last_refresh(
    data: object,
) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected datetime.datetime, got {type(data).__name__}")
    _last_refresh_type_0 = data
    last_refresh_type_0: datetime.datetime
    if _last_refresh_type_0 is None:
        last_refresh_type_0 = cast(Any, None)
    else:
        last_refresh_type_0 = parse_datetime(_last_refresh_type_0)

    return last_refresh_type_0


def _parse_ExperimentExposureQueryResponse_next_allowed_client_refresh(
    data: object,
) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected datetime.datetime, got {type(data).__name__}")
    _next_allowed_client_refresh_type_0 = data
    next_allowed_client_refresh_type_0: datetime.datetime
    if _next_allowed_client_refresh_type_0 is None:
        next_allowed_client_refresh_type_0 = cast(Any, None)
    else:
        next_allowed_client_refresh_type_0 = parse_datetime(_next_allowed_client_refresh_type_0)

    return next_allowed_client_refresh_type_0


def _parse_ExperimentExposureQueryResponse_cache_target_age(
    data: object,
) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected datetime.datetime, got {type(data).__name__}")
    _cache_target_age_type_0 = data
    cache_target_age_type_0: datetime.datetime
    if _cache_target_age_type_0 is None:
        cache_target_age_type_0 = cast(Any, None)
    else:
        cache_target_age_type_0 = parse_datetime(_cache_target_age_type_0)

    return cache_target_age_type_0


def _parse_ExperimentExposureQueryResponse_query_status(data: object) -> QueryStatus | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected QueryStatus, got {type(data).__name__}")
    _query_status_type_1 = data
    query_status_type_1: QueryStatus
    if _query_status_type_1 is None:
        query_status_type_1 = cast(Any, None)
    else:
        query_status_type_1 = QueryStatus.from_dict(_query_status_type_1)

    return query_status_type_1


def _parse_ExperimentExposureQueryResponse_date_range(
    data: object,
) -> ExperimentExposureDateRange | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExperimentExposureDateRange, got {type(data).__name__}")
    _date_range_type_1 = data
    date_range_type_1: ExperimentExposureDateRange
    if _date_range_type_1 is None:
        date_range_type_1 = cast(Any, None)
    else:
        date_range_type_1 = ExperimentExposureDateRange.from_dict(_date_range_type_1)

    return date_range_type_1


def _parse_ExperimentExposureQueryResponse_sample_ratio_mismatch(
    data: object,
) -> SampleRatioMismatch | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected SampleRatioMismatch, got {type(data).__name__}")
    _sample_ratio_mismatch_type_1 = data
    sample_ratio_mismatch_type_1: SampleRatioMismatch
    if _sample_ratio_mismatch_type_1 is None:
        sample_ratio_mismatch_type_1 = cast(Any, None)
    else:
        sample_ratio_mismatch_type_1 = SampleRatioMismatch.from_dict(_sample_ratio_mismatch_type_1)

    return sample_ratio_mismatch_type_1


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.experiment_exposure_date_range import ExperimentExposureDateRange  # noqa: E402
from ..models.experiment_exposure_query_response_total_exposures import (
    ExperimentExposureQueryResponseTotalExposures,
)
from ..models.experiment_exposure_time_series import ExperimentExposureTimeSeries  # noqa: E402
from ..models.query_status import QueryStatus  # noqa: E402
from ..models.sample_ratio_mismatch import SampleRatioMismatch  # noqa: E402
