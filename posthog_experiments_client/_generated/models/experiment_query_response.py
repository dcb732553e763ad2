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
    from ..models.experiment_breakdown_result import ExperimentBreakdownResult
    from ..models.experiment_stats_base import ExperimentStatsBase
    from ..models.experiment_variant_result import ExperimentVariantResult
    from ..models.query_status import QueryStatus


T = TypeVar("T", bound="ExperimentQueryResponse")


@_attrs_define
class ExperimentQueryResponse:
    """One metric's results (`kind: ExperimentQuery`). The new engine fills `baseline` and `variant_results`, all of one
    method; the old engine's keys (`insight`, `variants`, `probability`, `significance_code`, `significant`, `p_value`,
    `credible_intervals`, `stats_version`) arrive as nulls and are kept as given.

        Attributes:
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
            baseline (ExperimentStatsBase | None | Unset):
            variant_results (list[ExperimentVariantResult] | None | Unset):
            breakdown_results (list[ExperimentBreakdownResult] | None | Unset):
            metric (Any | Unset): The metric the results are for, or null.
            warnings (Any | Unset): Warnings about the data, or null (newest).
            hogql (None | str | Unset):
            clickhouse_sql (None | str | Unset):
            is_precomputed (bool | None | Unset):
            insight (Any | Unset): Legacy; null from the new engine.
            variants (Any | Unset): Legacy; null from the new engine.
            probability (Any | Unset): Legacy; null from the new engine.
            significance_code (Any | Unset): Legacy; null from the new engine.
            significant (Any | Unset): Legacy; null from the new engine.
            p_value (Any | Unset): Legacy; null from the new engine.
            credible_intervals (Any | Unset): Legacy; null from the new engine.
            stats_version (Any | Unset): Legacy; null from the new engine.
    """

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
    baseline: ExperimentStatsBase | Unset | None = UNSET
    variant_results: list[ExperimentVariantResult] | Unset | None = UNSET
    breakdown_results: list[ExperimentBreakdownResult] | Unset | None = UNSET
    metric: Any | Unset = UNSET
    warnings: Any | Unset = UNSET
    hogql: str | Unset | None = UNSET
    clickhouse_sql: str | Unset | None = UNSET
    is_precomputed: bool | Unset | None = UNSET
    insight: Any | Unset = UNSET
    variants: Any | Unset = UNSET
    probability: Any | Unset = UNSET
    significance_code: Any | Unset = UNSET
    significant: Any | Unset = UNSET
    p_value: Any | Unset = UNSET
    credible_intervals: Any | Unset = UNSET
    stats_version: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        baseline: dict[str, Any] | Unset | None
        if isinstance(self.baseline, Unset):
            baseline = UNSET
        elif isinstance(self.baseline, ExperimentStatsBase):
            baseline = self.baseline.to_dict() if self.baseline is not None else None
        else:
            baseline = self.baseline

        variant_results: list[dict[str, Any]] | Unset | None
        if isinstance(self.variant_results, Unset):
            variant_results = UNSET
        elif isinstance(self.variant_results, list):
            if self.variant_results is None:
                variant_results = cast(Any, None)
            else:
                variant_results = []
                for variant_results_type_0_item_data in self.variant_results:
                    variant_results_type_0_item = (
                        variant_results_type_0_item_data.to_dict()
                        if variant_results_type_0_item_data is not None
                        else None
                    )
                    variant_results.append(variant_results_type_0_item)

        else:
            variant_results = self.variant_results

        breakdown_results: list[dict[str, Any]] | Unset | None
        if isinstance(self.breakdown_results, Unset):
            breakdown_results = UNSET
        elif isinstance(self.breakdown_results, list):
            if self.breakdown_results is None:
                breakdown_results = cast(Any, None)
            else:
                breakdown_results = []
                for breakdown_results_type_0_item_data in self.breakdown_results:
                    breakdown_results_type_0_item = (
                        breakdown_results_type_0_item_data.to_dict()
                        if breakdown_results_type_0_item_data is not None
                        else None
                    )
                    breakdown_results.append(breakdown_results_type_0_item)

        else:
            breakdown_results = self.breakdown_results

        metric = self.metric

        warnings = self.warnings

        hogql: str | Unset | None
        if isinstance(self.hogql, Unset):
            hogql = UNSET
        else:
            hogql = self.hogql

        clickhouse_sql: str | Unset | None
        if isinstance(self.clickhouse_sql, Unset):
            clickhouse_sql = UNSET
        else:
            clickhouse_sql = self.clickhouse_sql

        is_precomputed: bool | Unset | None
        if isinstance(self.is_precomputed, Unset):
            is_precomputed = UNSET
        else:
            is_precomputed = self.is_precomputed

        insight = self.insight

        variants = self.variants

        probability = self.probability

        significance_code = self.significance_code

        significant = self.significant

        p_value = self.p_value

        credible_intervals = self.credible_intervals

        stats_version = self.stats_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if baseline is not UNSET:
            field_dict["baseline"] = baseline
        if variant_results is not UNSET:
            field_dict["variant_results"] = variant_results
        if breakdown_results is not UNSET:
            field_dict["breakdown_results"] = breakdown_results
        if metric is not UNSET:
            field_dict["metric"] = metric
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if hogql is not UNSET:
            field_dict["hogql"] = hogql
        if clickhouse_sql is not UNSET:
            field_dict["clickhouse_sql"] = clickhouse_sql
        if is_precomputed is not UNSET:
            field_dict["is_precomputed"] = is_precomputed
        if insight is not UNSET:
            field_dict["insight"] = insight
        if variants is not UNSET:
            field_dict["variants"] = variants
        if probability is not UNSET:
            field_dict["probability"] = probability
        if significance_code is not UNSET:
            field_dict["significance_code"] = significance_code
        if significant is not UNSET:
            field_dict["significant"] = significant
        if p_value is not UNSET:
            field_dict["p_value"] = p_value
        if credible_intervals is not UNSET:
            field_dict["credible_intervals"] = credible_intervals
        if stats_version is not UNSET:
            field_dict["stats_version"] = stats_version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        try:
            cache_key: str | Unset | None = get("cache_key", UNSET)

        except Exception as exc:
            raise field_error("cache_key", exc) from exc

        try:
            is_cached: bool | Unset | None = get("is_cached", UNSET)

        except Exception as exc:
            raise field_error("is_cached", exc) from exc

        try:
            last_refresh = _parse_ExperimentQueryResponse_last_refresh(get("last_refresh", UNSET))
        except Exception as exc:
            raise field_error("last_refresh", exc) from exc

        try:
            next_allowed_client_refresh = (
                _parse_ExperimentQueryResponse_next_allowed_client_refresh(
                    get("next_allowed_client_refresh", UNSET)
                )
            )
        except Exception as exc:
            raise field_error("next_allowed_client_refresh", exc) from exc

        try:
            cache_target_age = _parse_ExperimentQueryResponse_cache_target_age(
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
            query_status = _parse_ExperimentQueryResponse_query_status(get("query_status", UNSET))
        except Exception as exc:
            raise field_error("query_status", exc) from exc

        try:
            kind: str | Unset | None = get("kind", UNSET)

        except Exception as exc:
            raise field_error("kind", exc) from exc

        try:
            baseline = _parse_ExperimentQueryResponse_baseline(get("baseline", UNSET))
        except Exception as exc:
            raise field_error("baseline", exc) from exc

        try:
            variant_results = _parse_ExperimentQueryResponse_variant_results(
                get("variant_results", UNSET)
            )
        except Exception as exc:
            raise field_error("variant_results", exc) from exc

        try:
            breakdown_results = _parse_ExperimentQueryResponse_breakdown_results(
                get("breakdown_results", UNSET)
            )
        except Exception as exc:
            raise field_error("breakdown_results", exc) from exc

        metric = get("metric", UNSET)

        warnings = get("warnings", UNSET)

        try:
            hogql: str | Unset | None = get("hogql", UNSET)

        except Exception as exc:
            raise field_error("hogql", exc) from exc

        try:
            clickhouse_sql: str | Unset | None = get("clickhouse_sql", UNSET)

        except Exception as exc:
            raise field_error("clickhouse_sql", exc) from exc

        try:
            is_precomputed: bool | Unset | None = get("is_precomputed", UNSET)

        except Exception as exc:
            raise field_error("is_precomputed", exc) from exc

        insight = get("insight", UNSET)

        variants = get("variants", UNSET)

        probability = get("probability", UNSET)

        significance_code = get("significance_code", UNSET)

        significant = get("significant", UNSET)

        p_value = get("p_value", UNSET)

        credible_intervals = get("credible_intervals", UNSET)

        stats_version = get("stats_version", UNSET)

        experiment_query_response = cls(
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
            baseline=baseline,
            variant_results=variant_results,
            breakdown_results=breakdown_results,
            metric=metric,
            warnings=warnings,
            hogql=hogql,
            clickhouse_sql=clickhouse_sql,
            is_precomputed=is_precomputed,
            insight=insight,
            variants=variants,
            probability=probability,
            significance_code=significance_code,
            significant=significant,
            p_value=p_value,
            credible_intervals=credible_intervals,
            stats_version=stats_version,
        )

        unknown = d.keys() - _ExperimentQueryResponse_FIELDS
        experiment_query_response.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
        )
        return experiment_query_response

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
_ExperimentQueryResponse_FIELDS = frozenset(
    {
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
        "baseline",
        "variant_results",
        "breakdown_results",
        "metric",
        "warnings",
        "hogql",
        "clickhouse_sql",
        "is_precomputed",
        "insight",
        "variants",
        "probability",
        "significance_code",
        "significant",
        "p_value",
        "credible_intervals",
        "stats_version",
    }
)


def _parse_ExperimentQueryResponse_last_refresh(data: object) -> datetime.datetime | Unset | None:
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


def _parse_ExperimentQueryResponse_next_allowed_client_refresh(
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


def _parse_ExperimentQueryResponse_cache_target_age(
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


def _parse_ExperimentQueryResponse_query_status(data: object) -> QueryStatus | Unset | None:
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


def _parse_ExperimentQueryResponse_baseline(data: object) -> ExperimentStatsBase | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExperimentStatsBase, got {type(data).__name__}")
    _baseline_type_1 = data
    baseline_type_1: ExperimentStatsBase
    if _baseline_type_1 is None:
        baseline_type_1 = cast(Any, None)
    else:
        baseline_type_1 = ExperimentStatsBase.from_dict(_baseline_type_1)

    return baseline_type_1


def _parse_ExperimentQueryResponse_variant_results(
    data: object,
) -> list[ExperimentVariantResult] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    _variant_results_type_0 = data
    variant_results_type_0: list[ExperimentVariantResult]
    if _variant_results_type_0 is None:
        variant_results_type_0 = cast(Any, None)
    elif not isinstance(_variant_results_type_0, list):
        raise ResponseShapeError(f"expected a list, got {type(_variant_results_type_0).__name__}")
    else:
        variant_results_type_0 = []
        for variant_results_type_0_index, variant_results_type_0_item_data in enumerate(
            _variant_results_type_0
        ):
            try:
                _variant_results_type_0_item = variant_results_type_0_item_data
                variant_results_type_0_item: ExperimentVariantResult
                if _variant_results_type_0_item is None:
                    variant_results_type_0_item = cast(Any, None)
                else:
                    variant_results_type_0_item = ExperimentVariantResult.from_dict(
                        _variant_results_type_0_item
                    )

            except Exception as exc:
                raise field_error(variant_results_type_0_index, exc) from exc
            variant_results_type_0.append(variant_results_type_0_item)

    return variant_results_type_0


def _parse_ExperimentQueryResponse_breakdown_results(
    data: object,
) -> list[ExperimentBreakdownResult] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    _breakdown_results_type_0 = data
    breakdown_results_type_0: list[ExperimentBreakdownResult]
    if _breakdown_results_type_0 is None:
        breakdown_results_type_0 = cast(Any, None)
    elif not isinstance(_breakdown_results_type_0, list):
        raise ResponseShapeError(f"expected a list, got {type(_breakdown_results_type_0).__name__}")
    else:
        breakdown_results_type_0 = []
        for breakdown_results_type_0_index, breakdown_results_type_0_item_data in enumerate(
            _breakdown_results_type_0
        ):
            try:
                _breakdown_results_type_0_item = breakdown_results_type_0_item_data
                breakdown_results_type_0_item: ExperimentBreakdownResult
                if _breakdown_results_type_0_item is None:
                    breakdown_results_type_0_item = cast(Any, None)
                else:
                    breakdown_results_type_0_item = ExperimentBreakdownResult.from_dict(
                        _breakdown_results_type_0_item
                    )

            except Exception as exc:
                raise field_error(breakdown_results_type_0_index, exc) from exc
            breakdown_results_type_0.append(breakdown_results_type_0_item)

    return breakdown_results_type_0


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.experiment_breakdown_result import ExperimentBreakdownResult  # noqa: E402
from ..models.experiment_stats_base import ExperimentStatsBase  # noqa: E402
from ..models.experiment_variant_result import ExperimentVariantResult  # noqa: E402
from ..models.query_status import QueryStatus  # noqa: E402
