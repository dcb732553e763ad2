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
    from ..models.experiment_feature_flag_filters_payloads import (
        ExperimentFeatureFlagFiltersPayloads,
    )
    from ..models.feature_flag_multivariate import FeatureFlagMultivariate
    from ..models.feature_flag_rollout_group import FeatureFlagRolloutGroup


T = TypeVar("T", bound="ExperimentFeatureFlagFilters")


@_attrs_define
class ExperimentFeatureFlagFilters(LazyFields):
    """
    Attributes:
        groups (list[FeatureFlagRolloutGroup] | Unset):
        multivariate (FeatureFlagMultivariate | None | Unset):
        aggregation_group_type_index (int | None | Unset):
        payloads (ExperimentFeatureFlagFiltersPayloads | Unset): JSON-encoded payloads keyed by variant key.
    """

    groups: list[FeatureFlagRolloutGroup] | Unset = UNSET
    multivariate: FeatureFlagMultivariate | Unset | None = UNSET
    aggregation_group_type_index: int | Unset | None = UNSET
    payloads: ExperimentFeatureFlagFiltersPayloads | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            if self.groups is None:
                groups = cast(Any, None)
            else:
                groups = []
                for groups_item_data in self.groups:
                    groups_item = (
                        groups_item_data.to_dict() if groups_item_data is not None else None
                    )
                    groups.append(groups_item)

        multivariate: dict[str, Any] | Unset | None
        if isinstance(self.multivariate, Unset):
            multivariate = UNSET
        elif isinstance(self.multivariate, FeatureFlagMultivariate):
            multivariate = self.multivariate.to_dict() if self.multivariate is not None else None
        else:
            multivariate = self.multivariate

        aggregation_group_type_index: int | Unset | None
        if isinstance(self.aggregation_group_type_index, Unset):
            aggregation_group_type_index = UNSET
        else:
            aggregation_group_type_index = self.aggregation_group_type_index

        payloads: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payloads, Unset):
            payloads = self.payloads.to_dict() if self.payloads is not None else None

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if groups is not UNSET:
            field_dict["groups"] = groups
        if multivariate is not UNSET:
            field_dict["multivariate"] = multivariate
        if aggregation_group_type_index is not UNSET:
            field_dict["aggregation_group_type_index"] = aggregation_group_type_index
        if payloads is not UNSET:
            field_dict["payloads"] = payloads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        try:
            _groups = get("groups", UNSET)
            groups: list[FeatureFlagRolloutGroup] | Unset
            if _groups is None:
                groups = cast(Any, None)
            elif isinstance(_groups, Unset):
                groups = UNSET
            elif not isinstance(_groups, list):
                raise ResponseShapeError(f"expected a list, got {type(_groups).__name__}")
            else:
                groups = []
                for groups_index, groups_item_data in enumerate(_groups):
                    try:
                        _groups_item = groups_item_data
                        groups_item: FeatureFlagRolloutGroup
                        if _groups_item is None:
                            groups_item = cast(Any, None)
                        else:
                            groups_item = FeatureFlagRolloutGroup._check(_groups_item)

                    except Exception as exc:
                        raise field_error(groups_index, exc) from exc
                    groups.append(groups_item)

        except Exception as exc:
            raise field_error("groups", exc) from exc

        try:
            multivariate = _check_ExperimentFeatureFlagFilters_multivariate(
                get("multivariate", UNSET)
            )
        except Exception as exc:
            raise field_error("multivariate", exc) from exc

        try:
            aggregation_group_type_index: int | Unset | None = get(
                "aggregation_group_type_index", UNSET
            )

        except Exception as exc:
            raise field_error("aggregation_group_type_index", exc) from exc

        try:
            _payloads = get("payloads", UNSET)
            payloads: ExperimentFeatureFlagFiltersPayloads | Unset
            if _payloads is None:
                payloads = cast(Any, None)
            elif isinstance(_payloads, Unset):
                payloads = UNSET
            else:
                payloads = ExperimentFeatureFlagFiltersPayloads._check(_payloads)

        except Exception as exc:
            raise field_error("payloads", exc) from exc

        # Nested models are validated above and built on first access (see LazyFields).
        experiment_feature_flag_filters = object.__new__(cls)
        experiment_feature_flag_filters.aggregation_group_type_index = aggregation_group_type_index
        experiment_feature_flag_filters._lazy_source = d
        experiment_feature_flag_filters.additional_properties = (
            {}
            if d.keys() <= _ExperimentFeatureFlagFilters_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentFeatureFlagFilters_FIELDS}
        )

        return experiment_feature_flag_filters

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        try:
            _groups = get("groups", UNSET)
            groups: list[FeatureFlagRolloutGroup] | Unset
            if _groups is None:
                groups = cast(Any, None)
            elif isinstance(_groups, Unset):
                groups = UNSET
            elif not isinstance(_groups, list):
                raise ResponseShapeError(f"expected a list, got {type(_groups).__name__}")
            else:
                groups = []
                for groups_index, groups_item_data in enumerate(_groups):
                    try:
                        _groups_item = groups_item_data
                        groups_item: FeatureFlagRolloutGroup
                        if _groups_item is None:
                            groups_item = cast(Any, None)
                        else:
                            groups_item = FeatureFlagRolloutGroup._check(_groups_item)

                    except Exception as exc:
                        raise field_error(groups_index, exc) from exc
                    groups.append(groups_item)

        except Exception as exc:
            raise field_error("groups", exc) from exc

        try:
            multivariate = _check_ExperimentFeatureFlagFilters_multivariate(
                get("multivariate", UNSET)
            )
        except Exception as exc:
            raise field_error("multivariate", exc) from exc

        try:
            _payloads = get("payloads", UNSET)
            payloads: ExperimentFeatureFlagFiltersPayloads | Unset
            if _payloads is None:
                payloads = cast(Any, None)
            elif isinstance(_payloads, Unset):
                payloads = UNSET
            else:
                payloads = ExperimentFeatureFlagFiltersPayloads._check(_payloads)

        except Exception as exc:
            raise field_error("payloads", exc) from exc

        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict
        get = d.get

        try:
            aggregation_group_type_index: int | Unset | None = get(
                "aggregation_group_type_index", UNSET
            )

        except Exception as exc:
            raise field_error("aggregation_group_type_index", exc) from exc

        experiment_feature_flag_filters = object.__new__(cls)
        experiment_feature_flag_filters.aggregation_group_type_index = aggregation_group_type_index
        experiment_feature_flag_filters._lazy_source = d
        experiment_feature_flag_filters.additional_properties = (
            {}
            if d.keys() <= _ExperimentFeatureFlagFilters_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentFeatureFlagFilters_FIELDS}
        )

        return experiment_feature_flag_filters

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
_ExperimentFeatureFlagFilters_FIELDS = frozenset(
    {
        "groups",
        "multivariate",
        "aggregation_group_type_index",
        "payloads",
    }
)


def _build_ExperimentFeatureFlagFilters_groups(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        _groups = get("groups", UNSET)
        groups: list[FeatureFlagRolloutGroup] | Unset
        if _groups is None:
            groups = cast(Any, None)
        elif isinstance(_groups, Unset):
            groups = UNSET
        elif not isinstance(_groups, list):
            raise ResponseShapeError(f"expected a list, got {type(_groups).__name__}")
        else:
            groups = []
            for groups_index, groups_item_data in enumerate(_groups):
                try:
                    _groups_item = groups_item_data
                    groups_item: FeatureFlagRolloutGroup
                    if _groups_item is None:
                        groups_item = cast(Any, None)
                    else:
                        groups_item = FeatureFlagRolloutGroup._from_valid(_groups_item)

                except Exception as exc:
                    raise field_error(groups_index, exc) from exc
                groups.append(groups_item)

    except Exception as exc:
        raise field_error("groups", exc) from exc

    return groups


def _parse_ExperimentFeatureFlagFilters_multivariate(
    data: object,
) -> FeatureFlagMultivariate | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected FeatureFlagMultivariate, got {type(data).__name__}")
    _multivariate_type_1 = data
    multivariate_type_1: FeatureFlagMultivariate
    if _multivariate_type_1 is None:
        multivariate_type_1 = cast(Any, None)
    else:
        multivariate_type_1 = FeatureFlagMultivariate._from_valid(_multivariate_type_1)

    return multivariate_type_1


def _check_ExperimentFeatureFlagFilters_multivariate(
    data: object,
) -> FeatureFlagMultivariate | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected FeatureFlagMultivariate, got {type(data).__name__}")
    _multivariate_type_1 = data
    multivariate_type_1: FeatureFlagMultivariate
    if _multivariate_type_1 is None:
        multivariate_type_1 = cast(Any, None)
    else:
        multivariate_type_1 = FeatureFlagMultivariate._check(_multivariate_type_1)

    return multivariate_type_1


def _build_ExperimentFeatureFlagFilters_multivariate(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        multivariate = _parse_ExperimentFeatureFlagFilters_multivariate(get("multivariate", UNSET))
    except Exception as exc:
        raise field_error("multivariate", exc) from exc

    return multivariate


def _build_ExperimentFeatureFlagFilters_payloads(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        _payloads = get("payloads", UNSET)
        payloads: ExperimentFeatureFlagFiltersPayloads | Unset
        if _payloads is None:
            payloads = cast(Any, None)
        elif isinstance(_payloads, Unset):
            payloads = UNSET
        else:
            payloads = ExperimentFeatureFlagFiltersPayloads._from_valid(_payloads)

    except Exception as exc:
        raise field_error("payloads", exc) from exc

    return payloads


# How each lazy field is built from the validated input, on first access.
ExperimentFeatureFlagFilters._lazy_builders = {
    "groups": _build_ExperimentFeatureFlagFilters_groups,
    "multivariate": _build_ExperimentFeatureFlagFilters_multivariate,
    "payloads": _build_ExperimentFeatureFlagFilters_payloads,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.experiment_feature_flag_filters_payloads import ExperimentFeatureFlagFiltersPayloads  # noqa: E402
from ..models.feature_flag_multivariate import FeatureFlagMultivariate  # noqa: E402
from ..models.feature_flag_rollout_group import FeatureFlagRolloutGroup  # noqa: E402
