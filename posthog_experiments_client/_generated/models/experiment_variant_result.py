from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.experiment_stats_validation_failure_enum import (
    ExperimentStatsValidationFailureEnum,
    check_experiment_stats_validation_failure_enum,
)
from ..models.stats_method_enum import StatsMethodEnum, check_stats_method_enum
from ..types import (
    UNSET,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
)

T = TypeVar("T", bound="ExperimentVariantResult")


@_attrs_define
class ExperimentVariantResult:
    """A test variant's result: its statistics and the comparison with the baseline. `method` tells the two shapes apart:
    `frequentist` fills `p_value` and `confidence_interval`, `bayesian` fills `chance_to_win` and `credible_interval`;
    both fill `significant`. Intervals are relative lift as fractions (0.05 = +5 %). The comparison fields are null when
    the baseline or this variant failed validation. Any other `method` parses as well, its fields kept.

        Attributes:
            key (str):
            number_of_samples (int):
            sum_ (float):
            sum_squares (float):
            denominator_sum (float | None | Unset):
            denominator_sum_squares (float | None | Unset):
            numerator_denominator_sum_product (float | None | Unset):
            step_counts (list[float] | None | Unset):
            step_sessions (Any | Unset): Sessions per funnel step, or null.
            covariate_sum (float | None | Unset):
            covariate_sum_squares (float | None | Unset):
            covariate_sum_product (float | None | Unset):
            validation_failures (list[ExperimentStatsValidationFailureEnum] | None | Unset):
            method (None | StatsMethodEnum | Unset):
            significant (bool | None | Unset):
            p_value (float | None | Unset):
            confidence_interval (list[float] | None | Unset):
            chance_to_win (float | None | Unset):
            credible_interval (list[float] | None | Unset):
    """

    key: str
    number_of_samples: int
    sum_: float
    sum_squares: float
    denominator_sum: float | Unset | None = UNSET
    denominator_sum_squares: float | Unset | None = UNSET
    numerator_denominator_sum_product: float | Unset | None = UNSET
    step_counts: list[float] | Unset | None = UNSET
    step_sessions: Any | Unset = UNSET
    covariate_sum: float | Unset | None = UNSET
    covariate_sum_squares: float | Unset | None = UNSET
    covariate_sum_product: float | Unset | None = UNSET
    validation_failures: list[ExperimentStatsValidationFailureEnum] | Unset | None = UNSET
    method: StatsMethodEnum | Unset | None = UNSET
    significant: bool | Unset | None = UNSET
    p_value: float | Unset | None = UNSET
    confidence_interval: list[float] | Unset | None = UNSET
    chance_to_win: float | Unset | None = UNSET
    credible_interval: list[float] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        number_of_samples = self.number_of_samples

        sum_ = self.sum_

        sum_squares = self.sum_squares

        denominator_sum: float | Unset | None
        if isinstance(self.denominator_sum, Unset):
            denominator_sum = UNSET
        else:
            denominator_sum = self.denominator_sum

        denominator_sum_squares: float | Unset | None
        if isinstance(self.denominator_sum_squares, Unset):
            denominator_sum_squares = UNSET
        else:
            denominator_sum_squares = self.denominator_sum_squares

        numerator_denominator_sum_product: float | Unset | None
        if isinstance(self.numerator_denominator_sum_product, Unset):
            numerator_denominator_sum_product = UNSET
        else:
            numerator_denominator_sum_product = self.numerator_denominator_sum_product

        step_counts: list[float] | Unset | None
        if isinstance(self.step_counts, Unset):
            step_counts = UNSET
        elif isinstance(self.step_counts, list):
            step_counts = self.step_counts

        else:
            step_counts = self.step_counts

        step_sessions = self.step_sessions

        covariate_sum: float | Unset | None
        if isinstance(self.covariate_sum, Unset):
            covariate_sum = UNSET
        else:
            covariate_sum = self.covariate_sum

        covariate_sum_squares: float | Unset | None
        if isinstance(self.covariate_sum_squares, Unset):
            covariate_sum_squares = UNSET
        else:
            covariate_sum_squares = self.covariate_sum_squares

        covariate_sum_product: float | Unset | None
        if isinstance(self.covariate_sum_product, Unset):
            covariate_sum_product = UNSET
        else:
            covariate_sum_product = self.covariate_sum_product

        validation_failures: list[str] | Unset | None
        if isinstance(self.validation_failures, Unset):
            validation_failures = UNSET
        elif isinstance(self.validation_failures, list):
            if self.validation_failures is None:
                validation_failures = cast(Any, None)
            else:
                validation_failures = []
                for validation_failures_type_0_item_data in self.validation_failures:
                    validation_failures_type_0_item: str = validation_failures_type_0_item_data
                    validation_failures.append(validation_failures_type_0_item)

        else:
            validation_failures = self.validation_failures

        method: str | Unset | None
        if isinstance(self.method, Unset):
            method = UNSET
        elif isinstance(self.method, str):
            method = self.method
        else:
            method = self.method

        significant: bool | Unset | None
        if isinstance(self.significant, Unset):
            significant = UNSET
        else:
            significant = self.significant

        p_value: float | Unset | None
        if isinstance(self.p_value, Unset):
            p_value = UNSET
        else:
            p_value = self.p_value

        confidence_interval: list[float] | Unset | None
        if isinstance(self.confidence_interval, Unset):
            confidence_interval = UNSET
        elif isinstance(self.confidence_interval, list):
            confidence_interval = self.confidence_interval

        else:
            confidence_interval = self.confidence_interval

        chance_to_win: float | Unset | None
        if isinstance(self.chance_to_win, Unset):
            chance_to_win = UNSET
        else:
            chance_to_win = self.chance_to_win

        credible_interval: list[float] | Unset | None
        if isinstance(self.credible_interval, Unset):
            credible_interval = UNSET
        elif isinstance(self.credible_interval, list):
            credible_interval = self.credible_interval

        else:
            credible_interval = self.credible_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "number_of_samples": number_of_samples,
                "sum": sum_,
                "sum_squares": sum_squares,
            }
        )
        if denominator_sum is not UNSET:
            field_dict["denominator_sum"] = denominator_sum
        if denominator_sum_squares is not UNSET:
            field_dict["denominator_sum_squares"] = denominator_sum_squares
        if numerator_denominator_sum_product is not UNSET:
            field_dict["numerator_denominator_sum_product"] = numerator_denominator_sum_product
        if step_counts is not UNSET:
            field_dict["step_counts"] = step_counts
        if step_sessions is not UNSET:
            field_dict["step_sessions"] = step_sessions
        if covariate_sum is not UNSET:
            field_dict["covariate_sum"] = covariate_sum
        if covariate_sum_squares is not UNSET:
            field_dict["covariate_sum_squares"] = covariate_sum_squares
        if covariate_sum_product is not UNSET:
            field_dict["covariate_sum_product"] = covariate_sum_product
        if validation_failures is not UNSET:
            field_dict["validation_failures"] = validation_failures
        if method is not UNSET:
            field_dict["method"] = method
        if significant is not UNSET:
            field_dict["significant"] = significant
        if p_value is not UNSET:
            field_dict["p_value"] = p_value
        if confidence_interval is not UNSET:
            field_dict["confidence_interval"] = confidence_interval
        if chance_to_win is not UNSET:
            field_dict["chance_to_win"] = chance_to_win
        if credible_interval is not UNSET:
            field_dict["credible_interval"] = credible_interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "key" not in d:
            raise ResponseShapeError("required field is missing", ("key",))
        key = d["key"]

        if "number_of_samples" not in d:
            raise ResponseShapeError("required field is missing", ("number_of_samples",))
        number_of_samples = d["number_of_samples"]

        if "sum" not in d:
            raise ResponseShapeError("required field is missing", ("sum",))
        sum_ = d["sum"]

        if "sum_squares" not in d:
            raise ResponseShapeError("required field is missing", ("sum_squares",))
        sum_squares = d["sum_squares"]

        try:
            denominator_sum: float | Unset | None = get("denominator_sum", UNSET)

        except Exception as exc:
            raise field_error("denominator_sum", exc) from exc

        try:
            denominator_sum_squares: float | Unset | None = get("denominator_sum_squares", UNSET)

        except Exception as exc:
            raise field_error("denominator_sum_squares", exc) from exc

        try:
            numerator_denominator_sum_product: float | Unset | None = get(
                "numerator_denominator_sum_product", UNSET
            )

        except Exception as exc:
            raise field_error("numerator_denominator_sum_product", exc) from exc

        try:
            step_counts = _parse_ExperimentVariantResult_step_counts(get("step_counts", UNSET))
        except Exception as exc:
            raise field_error("step_counts", exc) from exc

        step_sessions = get("step_sessions", UNSET)

        try:
            covariate_sum: float | Unset | None = get("covariate_sum", UNSET)

        except Exception as exc:
            raise field_error("covariate_sum", exc) from exc

        try:
            covariate_sum_squares: float | Unset | None = get("covariate_sum_squares", UNSET)

        except Exception as exc:
            raise field_error("covariate_sum_squares", exc) from exc

        try:
            covariate_sum_product: float | Unset | None = get("covariate_sum_product", UNSET)

        except Exception as exc:
            raise field_error("covariate_sum_product", exc) from exc

        try:
            validation_failures = _parse_ExperimentVariantResult_validation_failures(
                get("validation_failures", UNSET)
            )
        except Exception as exc:
            raise field_error("validation_failures", exc) from exc

        try:
            method = _parse_ExperimentVariantResult_method(get("method", UNSET))
        except Exception as exc:
            raise field_error("method", exc) from exc

        try:
            significant: bool | Unset | None = get("significant", UNSET)

        except Exception as exc:
            raise field_error("significant", exc) from exc

        try:
            p_value: float | Unset | None = get("p_value", UNSET)

        except Exception as exc:
            raise field_error("p_value", exc) from exc

        try:
            confidence_interval = _parse_ExperimentVariantResult_confidence_interval(
                get("confidence_interval", UNSET)
            )
        except Exception as exc:
            raise field_error("confidence_interval", exc) from exc

        try:
            chance_to_win: float | Unset | None = get("chance_to_win", UNSET)

        except Exception as exc:
            raise field_error("chance_to_win", exc) from exc

        try:
            credible_interval = _parse_ExperimentVariantResult_credible_interval(
                get("credible_interval", UNSET)
            )
        except Exception as exc:
            raise field_error("credible_interval", exc) from exc

        experiment_variant_result = cls(
            key=key,
            number_of_samples=number_of_samples,
            sum_=sum_,
            sum_squares=sum_squares,
            denominator_sum=denominator_sum,
            denominator_sum_squares=denominator_sum_squares,
            numerator_denominator_sum_product=numerator_denominator_sum_product,
            step_counts=step_counts,
            step_sessions=step_sessions,
            covariate_sum=covariate_sum,
            covariate_sum_squares=covariate_sum_squares,
            covariate_sum_product=covariate_sum_product,
            validation_failures=validation_failures,
            method=method,
            significant=significant,
            p_value=p_value,
            confidence_interval=confidence_interval,
            chance_to_win=chance_to_win,
            credible_interval=credible_interval,
        )

        unknown = d.keys() - _ExperimentVariantResult_FIELDS
        experiment_variant_result.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
        )
        return experiment_variant_result

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
_ExperimentVariantResult_FIELDS = frozenset(
    {
        "key",
        "number_of_samples",
        "sum",
        "sum_squares",
        "denominator_sum",
        "denominator_sum_squares",
        "numerator_denominator_sum_product",
        "step_counts",
        "step_sessions",
        "covariate_sum",
        "covariate_sum_squares",
        "covariate_sum_product",
        "validation_failures",
        "method",
        "significant",
        "p_value",
        "confidence_interval",
        "chance_to_win",
        "credible_interval",
    }
)


def _parse_ExperimentVariantResult_step_counts(data: object) -> list[float] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    step_counts_type_0: list[float] = data

    return step_counts_type_0


def _parse_ExperimentVariantResult_validation_failures(
    data: object,
) -> list[ExperimentStatsValidationFailureEnum] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    _validation_failures_type_0 = data
    validation_failures_type_0: list[ExperimentStatsValidationFailureEnum]
    if _validation_failures_type_0 is None:
        validation_failures_type_0 = cast(Any, None)
    elif not isinstance(_validation_failures_type_0, list):
        raise ResponseShapeError(
            f"expected a list, got {type(_validation_failures_type_0).__name__}"
        )
    else:
        validation_failures_type_0 = []
        for validation_failures_type_0_index, validation_failures_type_0_item_data in enumerate(
            _validation_failures_type_0
        ):
            try:
                _validation_failures_type_0_item = validation_failures_type_0_item_data
                validation_failures_type_0_item: ExperimentStatsValidationFailureEnum
                if _validation_failures_type_0_item is None:
                    validation_failures_type_0_item = cast(Any, None)
                else:
                    validation_failures_type_0_item = (
                        check_experiment_stats_validation_failure_enum(
                            _validation_failures_type_0_item
                        )
                    )

            except Exception as exc:
                raise field_error(validation_failures_type_0_index, exc) from exc
            validation_failures_type_0.append(validation_failures_type_0_item)

    return validation_failures_type_0


def _parse_ExperimentVariantResult_method(data: object) -> StatsMethodEnum | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected str, got {type(data).__name__}")
    _method_type_1 = data
    method_type_1: StatsMethodEnum
    if _method_type_1 is None:
        method_type_1 = cast(Any, None)
    else:
        method_type_1 = check_stats_method_enum(_method_type_1)

    return method_type_1


def _parse_ExperimentVariantResult_confidence_interval(data: object) -> list[float] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    confidence_interval_type_0: list[float] = data

    return confidence_interval_type_0


def _parse_ExperimentVariantResult_credible_interval(data: object) -> list[float] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    credible_interval_type_0: list[float] = data

    return credible_interval_type_0
