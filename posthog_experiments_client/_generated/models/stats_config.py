from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stats_method_enum import StatsMethodEnum, check_stats_method_enum
from ..types import (
    UNSET,
    Unset,
    expect_object,
    field_error,
)

T = TypeVar("T", bound="StatsConfig")


@_attrs_define
class StatsConfig:
    """
    Attributes:
        method (StatsMethodEnum | Unset):
    """

    method: StatsMethodEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if method is not UNSET:
            field_dict["method"] = method

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        try:
            _method = get("method", UNSET)
            method: StatsMethodEnum | Unset
            if _method is None:
                method = cast(Any, None)
            elif isinstance(_method, Unset):
                method = UNSET
            else:
                method = check_stats_method_enum(_method)

        except Exception as exc:
            raise field_error("method", exc) from exc

        stats_config = cls(
            method=method,
        )
        stats_config.additional_properties = (
            {}
            if d.keys() <= _StatsConfig_FIELDS
            else {k: v for k, v in d.items() if k not in _StatsConfig_FIELDS}
        )

        return stats_config

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        try:
            _method = get("method", UNSET)
            method: StatsMethodEnum | Unset
            if _method is None:
                method = cast(Any, None)
            elif isinstance(_method, Unset):
                method = UNSET
            else:
                method = check_stats_method_enum(_method)

        except Exception as exc:
            raise field_error("method", exc) from exc

        return None

    # Nothing nested to build lazily: from_dict already builds in one validating pass.
    _from_valid = from_dict

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
_StatsConfig_FIELDS = frozenset(
    {
        "method",
    }
)
