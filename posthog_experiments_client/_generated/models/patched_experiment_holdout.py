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
        patched_experiment_holdout.additional_properties = (
            {}
            if d.keys() <= _PatchedExperimentHoldout_FIELDS
            else {k: v for k, v in d.items() if k not in _PatchedExperimentHoldout_FIELDS}
        )

        return patched_experiment_holdout

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
_PatchedExperimentHoldout_FIELDS = frozenset(
    {
        "name",
        "description",
        "filters",
    }
)
