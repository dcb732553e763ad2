from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyFields,
    Unset,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.experiment_feature_flag_filters import ExperimentFeatureFlagFilters


T = TypeVar("T", bound="ExperimentFeatureFlagInput")


@_attrs_define
class ExperimentFeatureFlagInput(LazyFields):
    """The newest PostHog's writable flag config: variants, rollout, aggregation, payloads and experience continuity, in
    the flag's own shape. Refused with a pre-existing flag key on create, and on a non-draft without
    `update_feature_flag_params`.

        Attributes:
            filters (ExperimentFeatureFlagFilters | Unset):
            ensure_experience_continuity (bool | None | Unset):
    """

    filters: ExperimentFeatureFlagFilters | Unset = UNSET
    ensure_experience_continuity: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict() if self.filters is not None else None

        ensure_experience_continuity: bool | Unset | None
        if isinstance(self.ensure_experience_continuity, Unset):
            ensure_experience_continuity = UNSET
        else:
            ensure_experience_continuity = self.ensure_experience_continuity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filters is not UNSET:
            field_dict["filters"] = filters
        if ensure_experience_continuity is not UNSET:
            field_dict["ensure_experience_continuity"] = ensure_experience_continuity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        try:
            _filters = get("filters", UNSET)
            filters: ExperimentFeatureFlagFilters | Unset
            if _filters is None:
                filters = cast(Any, None)
            elif isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = ExperimentFeatureFlagFilters._check(_filters)

        except Exception as exc:
            raise field_error("filters", exc) from exc

        try:
            ensure_experience_continuity: bool | Unset | None = get(
                "ensure_experience_continuity", UNSET
            )

        except Exception as exc:
            raise field_error("ensure_experience_continuity", exc) from exc

        # Nested models are validated above and built on first access (see LazyFields).
        experiment_feature_flag_input = object.__new__(cls)
        experiment_feature_flag_input.ensure_experience_continuity = ensure_experience_continuity
        experiment_feature_flag_input._lazy_source = d
        experiment_feature_flag_input.additional_properties = (
            {}
            if d.keys() <= _ExperimentFeatureFlagInput_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentFeatureFlagInput_FIELDS}
        )

        return experiment_feature_flag_input

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        try:
            _filters = get("filters", UNSET)
            filters: ExperimentFeatureFlagFilters | Unset
            if _filters is None:
                filters = cast(Any, None)
            elif isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = ExperimentFeatureFlagFilters._check(_filters)

        except Exception as exc:
            raise field_error("filters", exc) from exc

        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict
        get = d.get

        try:
            ensure_experience_continuity: bool | Unset | None = get(
                "ensure_experience_continuity", UNSET
            )

        except Exception as exc:
            raise field_error("ensure_experience_continuity", exc) from exc

        experiment_feature_flag_input = object.__new__(cls)
        experiment_feature_flag_input.ensure_experience_continuity = ensure_experience_continuity
        experiment_feature_flag_input._lazy_source = d
        experiment_feature_flag_input.additional_properties = (
            {}
            if d.keys() <= _ExperimentFeatureFlagInput_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentFeatureFlagInput_FIELDS}
        )

        return experiment_feature_flag_input

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
_ExperimentFeatureFlagInput_FIELDS = frozenset(
    {
        "filters",
        "ensure_experience_continuity",
    }
)


def _build_ExperimentFeatureFlagInput_filters(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        _filters = get("filters", UNSET)
        filters: ExperimentFeatureFlagFilters | Unset
        if _filters is None:
            filters = cast(Any, None)
        elif isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = ExperimentFeatureFlagFilters._from_valid(_filters)

    except Exception as exc:
        raise field_error("filters", exc) from exc

    return filters


# How each lazy field is built from the validated input, on first access.
ExperimentFeatureFlagInput._lazy_builders = {
    "filters": _build_ExperimentFeatureFlagInput_filters,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.experiment_feature_flag_filters import ExperimentFeatureFlagFilters  # noqa: E402
