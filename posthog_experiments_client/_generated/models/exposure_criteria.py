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
    from ..models.exposure_config import ExposureConfig


T = TypeVar("T", bound="ExposureCriteria")


@_attrs_define
class ExposureCriteria(LazyFields):
    """
    Attributes:
        filter_test_accounts (bool | None | Unset):
        exposure_config (ExposureConfig | None | Unset):
        multiple_variant_handling (None | str | Unset): `exclude` (default) or `first_seen`.
    """

    filter_test_accounts: bool | Unset | None = UNSET
    exposure_config: ExposureConfig | Unset | None = UNSET
    multiple_variant_handling: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_test_accounts: bool | Unset | None
        if isinstance(self.filter_test_accounts, Unset):
            filter_test_accounts = UNSET
        else:
            filter_test_accounts = self.filter_test_accounts

        exposure_config: dict[str, Any] | Unset | None
        if isinstance(self.exposure_config, Unset):
            exposure_config = UNSET
        elif isinstance(self.exposure_config, ExposureConfig):
            exposure_config = (
                self.exposure_config.to_dict() if self.exposure_config is not None else None
            )
        else:
            exposure_config = self.exposure_config

        multiple_variant_handling: str | Unset | None
        if isinstance(self.multiple_variant_handling, Unset):
            multiple_variant_handling = UNSET
        else:
            multiple_variant_handling = self.multiple_variant_handling

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_test_accounts is not UNSET:
            field_dict["filterTestAccounts"] = filter_test_accounts
        if exposure_config is not UNSET:
            field_dict["exposure_config"] = exposure_config
        if multiple_variant_handling is not UNSET:
            field_dict["multiple_variant_handling"] = multiple_variant_handling

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        try:
            filter_test_accounts: bool | Unset | None = get("filterTestAccounts", UNSET)

        except Exception as exc:
            raise field_error("filterTestAccounts", exc) from exc

        try:
            exposure_config = _check_ExposureCriteria_exposure_config(get("exposure_config", UNSET))
        except Exception as exc:
            raise field_error("exposure_config", exc) from exc

        try:
            multiple_variant_handling: str | Unset | None = get("multiple_variant_handling", UNSET)

        except Exception as exc:
            raise field_error("multiple_variant_handling", exc) from exc

        # Nested models are validated above and built on first access (see LazyFields).
        exposure_criteria = object.__new__(cls)
        exposure_criteria.filter_test_accounts = filter_test_accounts
        exposure_criteria.multiple_variant_handling = multiple_variant_handling
        exposure_criteria._lazy_source = d
        exposure_criteria.additional_properties = (
            {}
            if d.keys() <= _ExposureCriteria_FIELDS
            else {k: v for k, v in d.items() if k not in _ExposureCriteria_FIELDS}
        )

        return exposure_criteria

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        try:
            exposure_config = _check_ExposureCriteria_exposure_config(get("exposure_config", UNSET))
        except Exception as exc:
            raise field_error("exposure_config", exc) from exc

        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict
        get = d.get

        try:
            filter_test_accounts: bool | Unset | None = get("filterTestAccounts", UNSET)

        except Exception as exc:
            raise field_error("filterTestAccounts", exc) from exc

        try:
            multiple_variant_handling: str | Unset | None = get("multiple_variant_handling", UNSET)

        except Exception as exc:
            raise field_error("multiple_variant_handling", exc) from exc

        exposure_criteria = object.__new__(cls)
        exposure_criteria.filter_test_accounts = filter_test_accounts
        exposure_criteria.multiple_variant_handling = multiple_variant_handling
        exposure_criteria._lazy_source = d
        exposure_criteria.additional_properties = (
            {}
            if d.keys() <= _ExposureCriteria_FIELDS
            else {k: v for k, v in d.items() if k not in _ExposureCriteria_FIELDS}
        )

        return exposure_criteria

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
_ExposureCriteria_FIELDS = frozenset(
    {
        "filterTestAccounts",
        "exposure_config",
        "multiple_variant_handling",
    }
)


def _parse_ExposureCriteria_exposure_config(data: object) -> ExposureConfig | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExposureConfig, got {type(data).__name__}")
    _exposure_config_type_1 = data
    exposure_config_type_1: ExposureConfig
    if _exposure_config_type_1 is None:
        exposure_config_type_1 = cast(Any, None)
    else:
        exposure_config_type_1 = ExposureConfig._from_valid(_exposure_config_type_1)

    return exposure_config_type_1


def _check_ExposureCriteria_exposure_config(data: object) -> ExposureConfig | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExposureConfig, got {type(data).__name__}")
    _exposure_config_type_1 = data
    exposure_config_type_1: ExposureConfig
    if _exposure_config_type_1 is None:
        exposure_config_type_1 = cast(Any, None)
    else:
        exposure_config_type_1 = ExposureConfig._check(_exposure_config_type_1)

    return exposure_config_type_1


def _build_ExposureCriteria_exposure_config(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        exposure_config = _parse_ExposureCriteria_exposure_config(get("exposure_config", UNSET))
    except Exception as exc:
        raise field_error("exposure_config", exc) from exc

    return exposure_config


# How each lazy field is built from the validated input, on first access.
ExposureCriteria._lazy_builders = {
    "exposure_config": _build_ExposureCriteria_exposure_config,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.exposure_config import ExposureConfig  # noqa: E402
