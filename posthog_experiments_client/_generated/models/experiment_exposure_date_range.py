from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    expect_object,
    field_error,
)

T = TypeVar("T", bound="ExperimentExposureDateRange")


@_attrs_define
class ExperimentExposureDateRange:
    """
    Attributes:
        date_from (None | str | Unset):
        date_to (None | str | Unset):
        explicit_date (bool | None | Unset):
    """

    date_from: str | Unset | None = UNSET
    date_to: str | Unset | None = UNSET
    explicit_date: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date_from: str | Unset | None
        if isinstance(self.date_from, Unset):
            date_from = UNSET
        else:
            date_from = self.date_from

        date_to: str | Unset | None
        if isinstance(self.date_to, Unset):
            date_to = UNSET
        else:
            date_to = self.date_to

        explicit_date: bool | Unset | None
        if isinstance(self.explicit_date, Unset):
            explicit_date = UNSET
        else:
            explicit_date = self.explicit_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date_from is not UNSET:
            field_dict["date_from"] = date_from
        if date_to is not UNSET:
            field_dict["date_to"] = date_to
        if explicit_date is not UNSET:
            field_dict["explicitDate"] = explicit_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        try:
            date_from: str | Unset | None = get("date_from", UNSET)

        except Exception as exc:
            raise field_error("date_from", exc) from exc

        try:
            date_to: str | Unset | None = get("date_to", UNSET)

        except Exception as exc:
            raise field_error("date_to", exc) from exc

        try:
            explicit_date: bool | Unset | None = get("explicitDate", UNSET)

        except Exception as exc:
            raise field_error("explicitDate", exc) from exc

        experiment_exposure_date_range = cls(
            date_from=date_from,
            date_to=date_to,
            explicit_date=explicit_date,
        )

        unknown = d.keys() - _ExperimentExposureDateRange_FIELDS
        experiment_exposure_date_range.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
        )
        return experiment_exposure_date_range

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
_ExperimentExposureDateRange_FIELDS = frozenset(
    {
        "date_from",
        "date_to",
        "explicitDate",
    }
)
