from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ResponseShapeError,
    Unset,
    expect_object,
)

T = TypeVar("T", bound="CopyExperimentToProject")


@_attrs_define
class CopyExperimentToProject:
    """
    Attributes:
        target_team_id (int): The team (project) to copy to.
        feature_flag_key (str | Unset): Flag key to use in the target team.
        name (str | Unset): Name of the copy.
    """

    target_team_id: int
    feature_flag_key: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_team_id = self.target_team_id

        feature_flag_key = self.feature_flag_key

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_team_id": target_team_id,
            }
        )
        if feature_flag_key is not UNSET:
            field_dict["feature_flag_key"] = feature_flag_key
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        if "target_team_id" not in d:
            raise ResponseShapeError("required field is missing", ("target_team_id",))
        target_team_id = d["target_team_id"]

        feature_flag_key = get("feature_flag_key", UNSET)

        name = get("name", UNSET)

        copy_experiment_to_project = cls(
            target_team_id=target_team_id,
            feature_flag_key=feature_flag_key,
            name=name,
        )
        copy_experiment_to_project.additional_properties = (
            {}
            if d.keys() <= _CopyExperimentToProject_FIELDS
            else {k: v for k, v in d.items() if k not in _CopyExperimentToProject_FIELDS}
        )

        return copy_experiment_to_project

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "target_team_id" not in d:
            raise ResponseShapeError("required field is missing", ("target_team_id",))
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
_CopyExperimentToProject_FIELDS = frozenset(
    {
        "target_team_id",
        "feature_flag_key",
        "name",
    }
)
