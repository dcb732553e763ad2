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

T = TypeVar("T", bound="PatchedExperimentHoldout")


@_attrs_define
class PatchedExperimentHoldout:
    """
    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        filters (Any | Unset): Holdout groups, e.g. `[{"properties": [], "rollout_percentage": 10}]` (required on create
            by the server).
    """

    name: str | Unset = UNSET
    description: str | Unset | None = UNSET
    filters: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        filters = self.filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if filters is not UNSET:
            field_dict["filters"] = filters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        name = get("name", UNSET)

        try:
            description: str | Unset | None = get("description", UNSET)

        except Exception as exc:
            raise field_error("description", exc) from exc

        filters = get("filters", UNSET)

        patched_experiment_holdout = cls(
            name=name,
            description=description,
            filters=filters,
        )

        unknown = d.keys() - _PatchedExperimentHoldout_FIELDS
        patched_experiment_holdout.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
        )
        return patched_experiment_holdout

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
_PatchedExperimentHoldout_FIELDS = frozenset(
    {
        "name",
        "description",
        "filters",
    }
)
