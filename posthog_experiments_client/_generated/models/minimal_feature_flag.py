from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_runtime_enum import EvaluationRuntimeEnum, check_evaluation_runtime_enum
from ..types import (
    UNSET,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.minimal_feature_flag_filters import MinimalFeatureFlagFilters


T = TypeVar("T", bound="MinimalFeatureFlag")


@_attrs_define
class MinimalFeatureFlag:
    """
    Attributes:
        id (int):
        team_id (int):
        key (str):
        name (str | Unset):
        filters (MinimalFeatureFlagFilters | Unset): `groups`, `multivariate.variants`, `aggregation_group_type_index`,
            `holdout`, `payloads`.
        deleted (bool | Unset):
        active (bool | Unset):
        ensure_experience_continuity (bool | None | Unset):
        has_encrypted_payloads (bool | None | Unset):
        version (int | None | Unset):
        evaluation_runtime (EvaluationRuntimeEnum | None | Unset):
    """

    id: int
    team_id: int
    key: str
    name: str | Unset = UNSET
    filters: MinimalFeatureFlagFilters | Unset = UNSET
    deleted: bool | Unset = UNSET
    active: bool | Unset = UNSET
    ensure_experience_continuity: bool | Unset | None = UNSET
    has_encrypted_payloads: bool | Unset | None = UNSET
    version: int | Unset | None = UNSET
    evaluation_runtime: EvaluationRuntimeEnum | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        team_id = self.team_id

        key = self.key

        name = self.name

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict() if self.filters is not None else None

        deleted = self.deleted

        active = self.active

        ensure_experience_continuity: bool | Unset | None
        if isinstance(self.ensure_experience_continuity, Unset):
            ensure_experience_continuity = UNSET
        else:
            ensure_experience_continuity = self.ensure_experience_continuity

        has_encrypted_payloads: bool | Unset | None
        if isinstance(self.has_encrypted_payloads, Unset):
            has_encrypted_payloads = UNSET
        else:
            has_encrypted_payloads = self.has_encrypted_payloads

        version: int | Unset | None
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        evaluation_runtime: str | Unset | None
        if isinstance(self.evaluation_runtime, Unset):
            evaluation_runtime = UNSET
        elif isinstance(self.evaluation_runtime, str):
            evaluation_runtime = self.evaluation_runtime
        else:
            evaluation_runtime = self.evaluation_runtime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "team_id": team_id,
                "key": key,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if filters is not UNSET:
            field_dict["filters"] = filters
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if active is not UNSET:
            field_dict["active"] = active
        if ensure_experience_continuity is not UNSET:
            field_dict["ensure_experience_continuity"] = ensure_experience_continuity
        if has_encrypted_payloads is not UNSET:
            field_dict["has_encrypted_payloads"] = has_encrypted_payloads
        if version is not UNSET:
            field_dict["version"] = version
        if evaluation_runtime is not UNSET:
            field_dict["evaluation_runtime"] = evaluation_runtime

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        id = d["id"]

        if "team_id" not in d:
            raise ResponseShapeError("required field is missing", ("team_id",))
        team_id = d["team_id"]

        if "key" not in d:
            raise ResponseShapeError("required field is missing", ("key",))
        key = d["key"]

        name = get("name", UNSET)

        try:
            _filters = get("filters", UNSET)
            filters: MinimalFeatureFlagFilters | Unset
            if _filters is None:
                filters = cast(Any, None)
            elif isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = MinimalFeatureFlagFilters.from_dict(_filters)

        except Exception as exc:
            raise field_error("filters", exc) from exc

        deleted = get("deleted", UNSET)

        active = get("active", UNSET)

        try:
            ensure_experience_continuity: bool | Unset | None = get(
                "ensure_experience_continuity", UNSET
            )

        except Exception as exc:
            raise field_error("ensure_experience_continuity", exc) from exc

        try:
            has_encrypted_payloads: bool | Unset | None = get("has_encrypted_payloads", UNSET)

        except Exception as exc:
            raise field_error("has_encrypted_payloads", exc) from exc

        try:
            version: int | Unset | None = get("version", UNSET)

        except Exception as exc:
            raise field_error("version", exc) from exc

        try:
            evaluation_runtime = _parse_MinimalFeatureFlag_evaluation_runtime(
                get("evaluation_runtime", UNSET)
            )
        except Exception as exc:
            raise field_error("evaluation_runtime", exc) from exc

        minimal_feature_flag = cls(
            id=id,
            team_id=team_id,
            key=key,
            name=name,
            filters=filters,
            deleted=deleted,
            active=active,
            ensure_experience_continuity=ensure_experience_continuity,
            has_encrypted_payloads=has_encrypted_payloads,
            version=version,
            evaluation_runtime=evaluation_runtime,
        )

        unknown = d.keys() - _MinimalFeatureFlag_FIELDS
        minimal_feature_flag.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
        )
        return minimal_feature_flag

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
_MinimalFeatureFlag_FIELDS = frozenset(
    {
        "id",
        "team_id",
        "key",
        "name",
        "filters",
        "deleted",
        "active",
        "ensure_experience_continuity",
        "has_encrypted_payloads",
        "version",
        "evaluation_runtime",
    }
)


def _parse_MinimalFeatureFlag_evaluation_runtime(
    data: object,
) -> EvaluationRuntimeEnum | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected str, got {type(data).__name__}")
    _evaluation_runtime_type_1 = data
    evaluation_runtime_type_1: EvaluationRuntimeEnum
    if _evaluation_runtime_type_1 is None:
        evaluation_runtime_type_1 = cast(Any, None)
    else:
        evaluation_runtime_type_1 = check_evaluation_runtime_enum(_evaluation_runtime_type_1)

    return evaluation_runtime_type_1


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.minimal_feature_flag_filters import MinimalFeatureFlagFilters  # noqa: E402
