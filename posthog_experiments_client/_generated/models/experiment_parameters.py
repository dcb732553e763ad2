from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyFields,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.experiment_parameters_custom_exposure_filter_type_0 import (
        ExperimentParametersCustomExposureFilterType0,
    )
    from ..models.experiment_parameters_feature_flag_payloads_type_0 import (
        ExperimentParametersFeatureFlagPayloadsType0,
    )
    from ..models.feature_flag_variant import FeatureFlagVariant


T = TypeVar("T", bound="ExperimentParameters")


@_attrs_define
class ExperimentParameters(LazyFields):
    """Sizing and variant configuration. Replaced wholesale on update.

    Attributes:
        feature_flag_variants (list[FeatureFlagVariant] | None | Unset):
        minimum_detectable_effect (float | None | Unset):
        recommended_running_time (float | None | Unset):
        recommended_sample_size (float | None | Unset):
        rollout_percentage (float | None | Unset): Rollout of the flag's release group.
        aggregation_group_type_index (int | None | Unset):
        ensure_experience_continuity (bool | None | Unset):
        custom_exposure_filter (ExperimentParametersCustomExposureFilterType0 | None | Unset):
        feature_flag_payloads (ExperimentParametersFeatureFlagPayloadsType0 | None | Unset):
        variant_notes (Any | Unset): Free-text notes keyed by variant key (2026), or null.
        excluded_variants (list[str] | None | Unset): Variant keys left out of the analysis (2026; newest moved it to
            the top level).
    """

    feature_flag_variants: list[FeatureFlagVariant] | Unset | None = UNSET
    minimum_detectable_effect: float | Unset | None = UNSET
    recommended_running_time: float | Unset | None = UNSET
    recommended_sample_size: float | Unset | None = UNSET
    rollout_percentage: float | Unset | None = UNSET
    aggregation_group_type_index: int | Unset | None = UNSET
    ensure_experience_continuity: bool | Unset | None = UNSET
    custom_exposure_filter: ExperimentParametersCustomExposureFilterType0 | Unset | None = UNSET
    feature_flag_payloads: ExperimentParametersFeatureFlagPayloadsType0 | Unset | None = UNSET
    variant_notes: Any | Unset = UNSET
    excluded_variants: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_flag_variants: list[dict[str, Any]] | Unset | None
        if isinstance(self.feature_flag_variants, Unset):
            feature_flag_variants = UNSET
        elif isinstance(self.feature_flag_variants, list):
            if self.feature_flag_variants is None:
                feature_flag_variants = cast(Any, None)
            else:
                feature_flag_variants = []
                for feature_flag_variants_type_0_item_data in self.feature_flag_variants:
                    feature_flag_variants_type_0_item = (
                        feature_flag_variants_type_0_item_data.to_dict()
                        if feature_flag_variants_type_0_item_data is not None
                        else None
                    )
                    feature_flag_variants.append(feature_flag_variants_type_0_item)

        else:
            feature_flag_variants = self.feature_flag_variants

        minimum_detectable_effect: float | Unset | None
        if isinstance(self.minimum_detectable_effect, Unset):
            minimum_detectable_effect = UNSET
        else:
            minimum_detectable_effect = self.minimum_detectable_effect

        recommended_running_time: float | Unset | None
        if isinstance(self.recommended_running_time, Unset):
            recommended_running_time = UNSET
        else:
            recommended_running_time = self.recommended_running_time

        recommended_sample_size: float | Unset | None
        if isinstance(self.recommended_sample_size, Unset):
            recommended_sample_size = UNSET
        else:
            recommended_sample_size = self.recommended_sample_size

        rollout_percentage: float | Unset | None
        if isinstance(self.rollout_percentage, Unset):
            rollout_percentage = UNSET
        else:
            rollout_percentage = self.rollout_percentage

        aggregation_group_type_index: int | Unset | None
        if isinstance(self.aggregation_group_type_index, Unset):
            aggregation_group_type_index = UNSET
        else:
            aggregation_group_type_index = self.aggregation_group_type_index

        ensure_experience_continuity: bool | Unset | None
        if isinstance(self.ensure_experience_continuity, Unset):
            ensure_experience_continuity = UNSET
        else:
            ensure_experience_continuity = self.ensure_experience_continuity

        custom_exposure_filter: dict[str, Any] | Unset | None
        if isinstance(self.custom_exposure_filter, Unset):
            custom_exposure_filter = UNSET
        elif isinstance(self.custom_exposure_filter, ExperimentParametersCustomExposureFilterType0):
            custom_exposure_filter = (
                self.custom_exposure_filter.to_dict()
                if self.custom_exposure_filter is not None
                else None
            )
        else:
            custom_exposure_filter = self.custom_exposure_filter

        feature_flag_payloads: dict[str, Any] | Unset | None
        if isinstance(self.feature_flag_payloads, Unset):
            feature_flag_payloads = UNSET
        elif isinstance(self.feature_flag_payloads, ExperimentParametersFeatureFlagPayloadsType0):
            feature_flag_payloads = (
                self.feature_flag_payloads.to_dict()
                if self.feature_flag_payloads is not None
                else None
            )
        else:
            feature_flag_payloads = self.feature_flag_payloads

        variant_notes = self.variant_notes

        excluded_variants: list[str] | Unset | None
        if isinstance(self.excluded_variants, Unset):
            excluded_variants = UNSET
        elif isinstance(self.excluded_variants, list):
            excluded_variants = self.excluded_variants

        else:
            excluded_variants = self.excluded_variants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_flag_variants is not UNSET:
            field_dict["feature_flag_variants"] = feature_flag_variants
        if minimum_detectable_effect is not UNSET:
            field_dict["minimum_detectable_effect"] = minimum_detectable_effect
        if recommended_running_time is not UNSET:
            field_dict["recommended_running_time"] = recommended_running_time
        if recommended_sample_size is not UNSET:
            field_dict["recommended_sample_size"] = recommended_sample_size
        if rollout_percentage is not UNSET:
            field_dict["rollout_percentage"] = rollout_percentage
        if aggregation_group_type_index is not UNSET:
            field_dict["aggregation_group_type_index"] = aggregation_group_type_index
        if ensure_experience_continuity is not UNSET:
            field_dict["ensure_experience_continuity"] = ensure_experience_continuity
        if custom_exposure_filter is not UNSET:
            field_dict["custom_exposure_filter"] = custom_exposure_filter
        if feature_flag_payloads is not UNSET:
            field_dict["feature_flag_payloads"] = feature_flag_payloads
        if variant_notes is not UNSET:
            field_dict["variant_notes"] = variant_notes
        if excluded_variants is not UNSET:
            field_dict["excluded_variants"] = excluded_variants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        try:
            feature_flag_variants = _check_ExperimentParameters_feature_flag_variants(
                get("feature_flag_variants", UNSET)
            )
        except Exception as exc:
            raise field_error("feature_flag_variants", exc) from exc

        try:
            minimum_detectable_effect: float | Unset | None = get(
                "minimum_detectable_effect", UNSET
            )

        except Exception as exc:
            raise field_error("minimum_detectable_effect", exc) from exc

        try:
            recommended_running_time: float | Unset | None = get("recommended_running_time", UNSET)

        except Exception as exc:
            raise field_error("recommended_running_time", exc) from exc

        try:
            recommended_sample_size: float | Unset | None = get("recommended_sample_size", UNSET)

        except Exception as exc:
            raise field_error("recommended_sample_size", exc) from exc

        try:
            rollout_percentage: float | Unset | None = get("rollout_percentage", UNSET)

        except Exception as exc:
            raise field_error("rollout_percentage", exc) from exc

        try:
            aggregation_group_type_index: int | Unset | None = get(
                "aggregation_group_type_index", UNSET
            )

        except Exception as exc:
            raise field_error("aggregation_group_type_index", exc) from exc

        try:
            ensure_experience_continuity: bool | Unset | None = get(
                "ensure_experience_continuity", UNSET
            )

        except Exception as exc:
            raise field_error("ensure_experience_continuity", exc) from exc

        try:
            custom_exposure_filter = _check_ExperimentParameters_custom_exposure_filter(
                get("custom_exposure_filter", UNSET)
            )
        except Exception as exc:
            raise field_error("custom_exposure_filter", exc) from exc

        try:
            feature_flag_payloads = _check_ExperimentParameters_feature_flag_payloads(
                get("feature_flag_payloads", UNSET)
            )
        except Exception as exc:
            raise field_error("feature_flag_payloads", exc) from exc

        variant_notes = get("variant_notes", UNSET)

        try:
            excluded_variants = _parse_ExperimentParameters_excluded_variants(
                get("excluded_variants", UNSET)
            )
        except Exception as exc:
            raise field_error("excluded_variants", exc) from exc

        # Nested models are validated above and built on first access (see LazyFields).
        experiment_parameters = object.__new__(cls)
        experiment_parameters.minimum_detectable_effect = minimum_detectable_effect
        experiment_parameters.recommended_running_time = recommended_running_time
        experiment_parameters.recommended_sample_size = recommended_sample_size
        experiment_parameters.rollout_percentage = rollout_percentage
        experiment_parameters.aggregation_group_type_index = aggregation_group_type_index
        experiment_parameters.ensure_experience_continuity = ensure_experience_continuity
        experiment_parameters.variant_notes = variant_notes
        experiment_parameters.excluded_variants = excluded_variants
        experiment_parameters._lazy_source = d
        experiment_parameters.additional_properties = (
            {}
            if d.keys() <= _ExperimentParameters_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentParameters_FIELDS}
        )

        return experiment_parameters

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        try:
            feature_flag_variants = _check_ExperimentParameters_feature_flag_variants(
                get("feature_flag_variants", UNSET)
            )
        except Exception as exc:
            raise field_error("feature_flag_variants", exc) from exc

        try:
            custom_exposure_filter = _check_ExperimentParameters_custom_exposure_filter(
                get("custom_exposure_filter", UNSET)
            )
        except Exception as exc:
            raise field_error("custom_exposure_filter", exc) from exc

        try:
            feature_flag_payloads = _check_ExperimentParameters_feature_flag_payloads(
                get("feature_flag_payloads", UNSET)
            )
        except Exception as exc:
            raise field_error("feature_flag_payloads", exc) from exc

        try:
            excluded_variants = _parse_ExperimentParameters_excluded_variants(
                get("excluded_variants", UNSET)
            )
        except Exception as exc:
            raise field_error("excluded_variants", exc) from exc

        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict
        get = d.get

        try:
            minimum_detectable_effect: float | Unset | None = get(
                "minimum_detectable_effect", UNSET
            )

        except Exception as exc:
            raise field_error("minimum_detectable_effect", exc) from exc

        try:
            recommended_running_time: float | Unset | None = get("recommended_running_time", UNSET)

        except Exception as exc:
            raise field_error("recommended_running_time", exc) from exc

        try:
            recommended_sample_size: float | Unset | None = get("recommended_sample_size", UNSET)

        except Exception as exc:
            raise field_error("recommended_sample_size", exc) from exc

        try:
            rollout_percentage: float | Unset | None = get("rollout_percentage", UNSET)

        except Exception as exc:
            raise field_error("rollout_percentage", exc) from exc

        try:
            aggregation_group_type_index: int | Unset | None = get(
                "aggregation_group_type_index", UNSET
            )

        except Exception as exc:
            raise field_error("aggregation_group_type_index", exc) from exc

        try:
            ensure_experience_continuity: bool | Unset | None = get(
                "ensure_experience_continuity", UNSET
            )

        except Exception as exc:
            raise field_error("ensure_experience_continuity", exc) from exc

        variant_notes = get("variant_notes", UNSET)

        try:
            excluded_variants = _parse_ExperimentParameters_excluded_variants(
                get("excluded_variants", UNSET)
            )
        except Exception as exc:
            raise field_error("excluded_variants", exc) from exc

        experiment_parameters = object.__new__(cls)
        experiment_parameters.minimum_detectable_effect = minimum_detectable_effect
        experiment_parameters.recommended_running_time = recommended_running_time
        experiment_parameters.recommended_sample_size = recommended_sample_size
        experiment_parameters.rollout_percentage = rollout_percentage
        experiment_parameters.aggregation_group_type_index = aggregation_group_type_index
        experiment_parameters.ensure_experience_continuity = ensure_experience_continuity
        experiment_parameters.variant_notes = variant_notes
        experiment_parameters.excluded_variants = excluded_variants
        experiment_parameters._lazy_source = d
        experiment_parameters.additional_properties = (
            {}
            if d.keys() <= _ExperimentParameters_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentParameters_FIELDS}
        )

        return experiment_parameters

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
_ExperimentParameters_FIELDS = frozenset(
    {
        "feature_flag_variants",
        "minimum_detectable_effect",
        "recommended_running_time",
        "recommended_sample_size",
        "rollout_percentage",
        "aggregation_group_type_index",
        "ensure_experience_continuity",
        "custom_exposure_filter",
        "feature_flag_payloads",
        "variant_notes",
        "excluded_variants",
    }
)


def _parse_ExperimentParameters_feature_flag_variants(
    data: object,
) -> list[FeatureFlagVariant] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    _feature_flag_variants_type_0 = data
    feature_flag_variants_type_0: list[FeatureFlagVariant]
    if _feature_flag_variants_type_0 is None:
        feature_flag_variants_type_0 = cast(Any, None)
    elif not isinstance(_feature_flag_variants_type_0, list):
        raise ResponseShapeError(
            f"expected a list, got {type(_feature_flag_variants_type_0).__name__}"
        )
    else:
        feature_flag_variants_type_0 = []
        for feature_flag_variants_type_0_index, feature_flag_variants_type_0_item_data in enumerate(
            _feature_flag_variants_type_0
        ):
            try:
                _feature_flag_variants_type_0_item = feature_flag_variants_type_0_item_data
                feature_flag_variants_type_0_item: FeatureFlagVariant
                if _feature_flag_variants_type_0_item is None:
                    feature_flag_variants_type_0_item = cast(Any, None)
                else:
                    feature_flag_variants_type_0_item = FeatureFlagVariant._from_valid(
                        _feature_flag_variants_type_0_item
                    )

            except Exception as exc:
                raise field_error(feature_flag_variants_type_0_index, exc) from exc
            feature_flag_variants_type_0.append(feature_flag_variants_type_0_item)

    return feature_flag_variants_type_0


def _check_ExperimentParameters_feature_flag_variants(
    data: object,
) -> list[FeatureFlagVariant] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    _feature_flag_variants_type_0 = data
    feature_flag_variants_type_0: list[FeatureFlagVariant]
    if _feature_flag_variants_type_0 is None:
        feature_flag_variants_type_0 = cast(Any, None)
    elif not isinstance(_feature_flag_variants_type_0, list):
        raise ResponseShapeError(
            f"expected a list, got {type(_feature_flag_variants_type_0).__name__}"
        )
    else:
        feature_flag_variants_type_0 = []
        for feature_flag_variants_type_0_index, feature_flag_variants_type_0_item_data in enumerate(
            _feature_flag_variants_type_0
        ):
            try:
                _feature_flag_variants_type_0_item = feature_flag_variants_type_0_item_data
                feature_flag_variants_type_0_item: FeatureFlagVariant
                if _feature_flag_variants_type_0_item is None:
                    feature_flag_variants_type_0_item = cast(Any, None)
                else:
                    feature_flag_variants_type_0_item = FeatureFlagVariant._check(
                        _feature_flag_variants_type_0_item
                    )

            except Exception as exc:
                raise field_error(feature_flag_variants_type_0_index, exc) from exc
            feature_flag_variants_type_0.append(feature_flag_variants_type_0_item)

    return feature_flag_variants_type_0


def _build_ExperimentParameters_feature_flag_variants(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        feature_flag_variants = _parse_ExperimentParameters_feature_flag_variants(
            get("feature_flag_variants", UNSET)
        )
    except Exception as exc:
        raise field_error("feature_flag_variants", exc) from exc

    return feature_flag_variants


def _parse_ExperimentParameters_custom_exposure_filter(
    data: object,
) -> ExperimentParametersCustomExposureFilterType0 | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(
            f"expected ExperimentParametersCustomExposureFilterType0, got {type(data).__name__}"
        )
    _custom_exposure_filter_type_0 = data
    custom_exposure_filter_type_0: ExperimentParametersCustomExposureFilterType0
    if _custom_exposure_filter_type_0 is None:
        custom_exposure_filter_type_0 = cast(Any, None)
    else:
        custom_exposure_filter_type_0 = ExperimentParametersCustomExposureFilterType0._from_valid(
            _custom_exposure_filter_type_0
        )

    return custom_exposure_filter_type_0


def _check_ExperimentParameters_custom_exposure_filter(
    data: object,
) -> ExperimentParametersCustomExposureFilterType0 | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(
            f"expected ExperimentParametersCustomExposureFilterType0, got {type(data).__name__}"
        )
    _custom_exposure_filter_type_0 = data
    custom_exposure_filter_type_0: ExperimentParametersCustomExposureFilterType0
    if _custom_exposure_filter_type_0 is None:
        custom_exposure_filter_type_0 = cast(Any, None)
    else:
        custom_exposure_filter_type_0 = ExperimentParametersCustomExposureFilterType0._check(
            _custom_exposure_filter_type_0
        )

    return custom_exposure_filter_type_0


def _build_ExperimentParameters_custom_exposure_filter(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        custom_exposure_filter = _parse_ExperimentParameters_custom_exposure_filter(
            get("custom_exposure_filter", UNSET)
        )
    except Exception as exc:
        raise field_error("custom_exposure_filter", exc) from exc

    return custom_exposure_filter


def _parse_ExperimentParameters_feature_flag_payloads(
    data: object,
) -> ExperimentParametersFeatureFlagPayloadsType0 | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(
            f"expected ExperimentParametersFeatureFlagPayloadsType0, got {type(data).__name__}"
        )
    _feature_flag_payloads_type_0 = data
    feature_flag_payloads_type_0: ExperimentParametersFeatureFlagPayloadsType0
    if _feature_flag_payloads_type_0 is None:
        feature_flag_payloads_type_0 = cast(Any, None)
    else:
        feature_flag_payloads_type_0 = ExperimentParametersFeatureFlagPayloadsType0._from_valid(
            _feature_flag_payloads_type_0
        )

    return feature_flag_payloads_type_0


def _check_ExperimentParameters_feature_flag_payloads(
    data: object,
) -> ExperimentParametersFeatureFlagPayloadsType0 | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(
            f"expected ExperimentParametersFeatureFlagPayloadsType0, got {type(data).__name__}"
        )
    _feature_flag_payloads_type_0 = data
    feature_flag_payloads_type_0: ExperimentParametersFeatureFlagPayloadsType0
    if _feature_flag_payloads_type_0 is None:
        feature_flag_payloads_type_0 = cast(Any, None)
    else:
        feature_flag_payloads_type_0 = ExperimentParametersFeatureFlagPayloadsType0._check(
            _feature_flag_payloads_type_0
        )

    return feature_flag_payloads_type_0


def _build_ExperimentParameters_feature_flag_payloads(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        feature_flag_payloads = _parse_ExperimentParameters_feature_flag_payloads(
            get("feature_flag_payloads", UNSET)
        )
    except Exception as exc:
        raise field_error("feature_flag_payloads", exc) from exc

    return feature_flag_payloads


def _parse_ExperimentParameters_excluded_variants(data: object) -> list[str] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    excluded_variants_type_0: list[str] = data

    return excluded_variants_type_0


# How each lazy field is built from the validated input, on first access.
ExperimentParameters._lazy_builders = {
    "feature_flag_variants": _build_ExperimentParameters_feature_flag_variants,
    "custom_exposure_filter": _build_ExperimentParameters_custom_exposure_filter,
    "feature_flag_payloads": _build_ExperimentParameters_feature_flag_payloads,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.experiment_parameters_custom_exposure_filter_type_0 import (
    ExperimentParametersCustomExposureFilterType0,
)
from ..models.experiment_parameters_feature_flag_payloads_type_0 import (
    ExperimentParametersFeatureFlagPayloadsType0,
)
from ..models.feature_flag_variant import FeatureFlagVariant  # noqa: E402
