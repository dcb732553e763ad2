from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.exposure_config import ExposureConfig


T = TypeVar("T", bound="ExposureCriteria")


@_attrs_define
class ExposureCriteria:
    """
    Attributes:
        filter_test_accounts (bool | Unset):
        exposure_config (ExposureConfig | Unset): The event (or action) that counts as exposure.
        multiple_variant_handling (str | Unset): `exclude` or `first_seen`.
    """

    filter_test_accounts: bool | Unset = UNSET
    exposure_config: ExposureConfig | Unset = UNSET
    multiple_variant_handling: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_test_accounts = self.filter_test_accounts

        exposure_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.exposure_config, Unset):
            exposure_config = (
                self.exposure_config.to_dict() if self.exposure_config is not None else None
            )

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
        filter_test_accounts = get("filterTestAccounts", UNSET)

        try:
            _exposure_config = get("exposure_config", UNSET)
            exposure_config: ExposureConfig | Unset
            if _exposure_config is None:
                exposure_config = cast(Any, None)
            elif isinstance(_exposure_config, Unset):
                exposure_config = UNSET
            else:
                exposure_config = ExposureConfig.from_dict(_exposure_config)

        except Exception as exc:
            raise field_error("exposure_config", exc) from exc

        multiple_variant_handling = get("multiple_variant_handling", UNSET)

        exposure_criteria = cls(
            filter_test_accounts=filter_test_accounts,
            exposure_config=exposure_config,
            multiple_variant_handling=multiple_variant_handling,
        )

        unknown = d.keys() - _ExposureCriteria_FIELDS
        exposure_criteria.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
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


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.exposure_config import ExposureConfig  # noqa: E402
