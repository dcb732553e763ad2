from __future__ import annotations

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
)

if TYPE_CHECKING:
    from ..models.experiment_stats_base import ExperimentStatsBase
    from ..models.experiment_variant_result import ExperimentVariantResult


T = TypeVar("T", bound="ExperimentBreakdownResult")


@_attrs_define
class ExperimentBreakdownResult:
    """The results of one breakdown value (newest).

    Attributes:
        breakdown_value (list[Any] | Unset):
        baseline (ExperimentStatsBase | Unset): One variant's sufficient statistics (the control's is the `baseline`).
            Ratio and retention metrics add the denominator sums, funnels the step counts, CUPED (newest) the covariate
            sums.
        variants (list[ExperimentVariantResult] | Unset):
    """

    breakdown_value: list[Any] | Unset = UNSET
    baseline: ExperimentStatsBase | Unset = UNSET
    variants: list[ExperimentVariantResult] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        breakdown_value: list[Any] | Unset = UNSET
        if not isinstance(self.breakdown_value, Unset):
            breakdown_value = self.breakdown_value

        baseline: dict[str, Any] | Unset = UNSET
        if not isinstance(self.baseline, Unset):
            baseline = self.baseline.to_dict() if self.baseline is not None else None

        variants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variants, Unset):
            if self.variants is None:
                variants = cast(Any, None)
            else:
                variants = []
                for variants_item_data in self.variants:
                    variants_item = (
                        variants_item_data.to_dict() if variants_item_data is not None else None
                    )
                    variants.append(variants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if breakdown_value is not UNSET:
            field_dict["breakdown_value"] = breakdown_value
        if baseline is not UNSET:
            field_dict["baseline"] = baseline
        if variants is not UNSET:
            field_dict["variants"] = variants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        try:
            breakdown_value: list[Any] = get("breakdown_value", UNSET)

        except Exception as exc:
            raise field_error("breakdown_value", exc) from exc

        try:
            _baseline = get("baseline", UNSET)
            baseline: ExperimentStatsBase | Unset
            if _baseline is None:
                baseline = cast(Any, None)
            elif isinstance(_baseline, Unset):
                baseline = UNSET
            else:
                baseline = ExperimentStatsBase.from_dict(_baseline)

        except Exception as exc:
            raise field_error("baseline", exc) from exc

        try:
            _variants = get("variants", UNSET)
            variants: list[ExperimentVariantResult] | Unset
            if _variants is None:
                variants = cast(Any, None)
            elif isinstance(_variants, Unset):
                variants = UNSET
            elif not isinstance(_variants, list):
                raise ResponseShapeError(f"expected a list, got {type(_variants).__name__}")
            else:
                variants = []
                for variants_index, variants_item_data in enumerate(_variants):
                    try:
                        _variants_item = variants_item_data
                        variants_item: ExperimentVariantResult
                        if _variants_item is None:
                            variants_item = cast(Any, None)
                        else:
                            variants_item = ExperimentVariantResult.from_dict(_variants_item)

                    except Exception as exc:
                        raise field_error(variants_index, exc) from exc
                    variants.append(variants_item)

        except Exception as exc:
            raise field_error("variants", exc) from exc

        experiment_breakdown_result = cls(
            breakdown_value=breakdown_value,
            baseline=baseline,
            variants=variants,
        )

        unknown = d.keys() - _ExperimentBreakdownResult_FIELDS
        experiment_breakdown_result.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
        )
        return experiment_breakdown_result

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
_ExperimentBreakdownResult_FIELDS = frozenset(
    {
        "breakdown_value",
        "baseline",
        "variants",
    }
)


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.experiment_stats_base import ExperimentStatsBase  # noqa: E402
from ..models.experiment_variant_result import ExperimentVariantResult  # noqa: E402
