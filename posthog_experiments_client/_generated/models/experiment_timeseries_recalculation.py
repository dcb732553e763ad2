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

T = TypeVar("T", bound="ExperimentTimeseriesRecalculation")


@_attrs_define
class ExperimentTimeseriesRecalculation:
    """A timeseries recalculation request.

    Attributes:
        id (str | Unset):
        fingerprint (str | Unset):
        status (str | Unset): `pending`, `in_progress`, `completed` or `failed`.
        created_at (None | str | Unset):
    """

    id: str | Unset = UNSET
    fingerprint: str | Unset = UNSET
    status: str | Unset = UNSET
    created_at: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        fingerprint = self.fingerprint

        status = self.status

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        id = get("id", UNSET)

        fingerprint = get("fingerprint", UNSET)

        status = get("status", UNSET)

        try:
            created_at: str | Unset | None = get("created_at", UNSET)

        except Exception as exc:
            raise field_error("created_at", exc) from exc

        experiment_timeseries_recalculation = cls(
            id=id,
            fingerprint=fingerprint,
            status=status,
            created_at=created_at,
        )
        experiment_timeseries_recalculation.additional_properties = (
            {}
            if d.keys() <= _ExperimentTimeseriesRecalculation_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentTimeseriesRecalculation_FIELDS}
        )

        return experiment_timeseries_recalculation

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
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
_ExperimentTimeseriesRecalculation_FIELDS = frozenset(
    {
        "id",
        "fingerprint",
        "status",
        "created_at",
    }
)
