from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.evaluation_runtime_enum import EvaluationRuntimeEnum, check_evaluation_runtime_enum
from ..types import (
    UNSET,
    LazyFields,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
    format_datetime,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.feature_flag_filters import FeatureFlagFilters
    from ..models.user_basic import UserBasic


T = TypeVar("T", bound="FeatureFlag")


@_attrs_define
class FeatureFlag(LazyFields):
    """A feature flag as the feature-flags serializer returns it (in `eligible_feature_flags`). Only the fields an
    experiment uses are declared; the rest are kept as they come.

        Attributes:
            id (int):
            key (str):
            name (None | str | Unset):
            team_id (int | Unset):
            filters (FeatureFlagFilters | Unset):
            active (bool | Unset):
            deleted (bool | Unset):
            ensure_experience_continuity (bool | None | Unset):
            version (int | None | Unset):
            evaluation_runtime (EvaluationRuntimeEnum | None | Unset):
            created_by (None | Unset | UserBasic):
            created_at (datetime.datetime | Unset):
    """

    id: int
    key: str
    name: str | Unset | None = UNSET
    team_id: int | Unset = UNSET
    filters: FeatureFlagFilters | Unset = UNSET
    active: bool | Unset = UNSET
    deleted: bool | Unset = UNSET
    ensure_experience_continuity: bool | Unset | None = UNSET
    version: int | Unset | None = UNSET
    evaluation_runtime: EvaluationRuntimeEnum | Unset | None = UNSET
    created_by: Unset | UserBasic | None = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        team_id = self.team_id

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict() if self.filters is not None else None

        active = self.active

        deleted = self.deleted

        ensure_experience_continuity: bool | Unset | None
        if isinstance(self.ensure_experience_continuity, Unset):
            ensure_experience_continuity = UNSET
        else:
            ensure_experience_continuity = self.ensure_experience_continuity

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

        created_by: dict[str, Any] | Unset | None
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserBasic):
            created_by = self.created_by.to_dict() if self.created_by is not None else None
        else:
            created_by = self.created_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "key": key,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if filters is not UNSET:
            field_dict["filters"] = filters
        if active is not UNSET:
            field_dict["active"] = active
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if ensure_experience_continuity is not UNSET:
            field_dict["ensure_experience_continuity"] = ensure_experience_continuity
        if version is not UNSET:
            field_dict["version"] = version
        if evaluation_runtime is not UNSET:
            field_dict["evaluation_runtime"] = evaluation_runtime
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

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

        if "key" not in d:
            raise ResponseShapeError("required field is missing", ("key",))
        key = d["key"]

        try:
            name: str | Unset | None = get("name", UNSET)

        except Exception as exc:
            raise field_error("name", exc) from exc

        team_id = get("team_id", UNSET)

        try:
            _filters = get("filters", UNSET)
            filters: FeatureFlagFilters | Unset
            if _filters is None:
                filters = cast(Any, None)
            elif isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = FeatureFlagFilters._check(_filters)

        except Exception as exc:
            raise field_error("filters", exc) from exc

        active = get("active", UNSET)

        deleted = get("deleted", UNSET)

        try:
            ensure_experience_continuity: bool | Unset | None = get(
                "ensure_experience_continuity", UNSET
            )

        except Exception as exc:
            raise field_error("ensure_experience_continuity", exc) from exc

        try:
            version: int | Unset | None = get("version", UNSET)

        except Exception as exc:
            raise field_error("version", exc) from exc

        try:
            evaluation_runtime = _parse_FeatureFlag_evaluation_runtime(
                get("evaluation_runtime", UNSET)
            )
        except Exception as exc:
            raise field_error("evaluation_runtime", exc) from exc

        try:
            created_by = _check_FeatureFlag_created_by(get("created_by", UNSET))
        except Exception as exc:
            raise field_error("created_by", exc) from exc

        try:
            _created_at = get("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if _created_at is None:
                created_at = cast(Any, None)
            elif isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

        except Exception as exc:
            raise field_error("created_at", exc) from exc

        # Nested models are validated above and built on first access (see LazyFields).
        feature_flag = object.__new__(cls)
        feature_flag.id = id
        feature_flag.key = key
        feature_flag.name = name
        feature_flag.team_id = team_id
        feature_flag.active = active
        feature_flag.deleted = deleted
        feature_flag.ensure_experience_continuity = ensure_experience_continuity
        feature_flag.version = version
        feature_flag.evaluation_runtime = evaluation_runtime
        feature_flag.created_at = created_at
        feature_flag._lazy_source = d
        feature_flag.additional_properties = (
            {}
            if d.keys() <= _FeatureFlag_FIELDS
            else {k: v for k, v in d.items() if k not in _FeatureFlag_FIELDS}
        )

        return feature_flag

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        if "key" not in d:
            raise ResponseShapeError("required field is missing", ("key",))
        try:
            _filters = get("filters", UNSET)
            filters: FeatureFlagFilters | Unset
            if _filters is None:
                filters = cast(Any, None)
            elif isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = FeatureFlagFilters._check(_filters)

        except Exception as exc:
            raise field_error("filters", exc) from exc

        try:
            evaluation_runtime = _parse_FeatureFlag_evaluation_runtime(
                get("evaluation_runtime", UNSET)
            )
        except Exception as exc:
            raise field_error("evaluation_runtime", exc) from exc

        try:
            created_by = _check_FeatureFlag_created_by(get("created_by", UNSET))
        except Exception as exc:
            raise field_error("created_by", exc) from exc

        try:
            _created_at = get("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if _created_at is None:
                created_at = cast(Any, None)
            elif isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

        except Exception as exc:
            raise field_error("created_at", exc) from exc

        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict
        get = d.get

        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        id = d["id"]

        if "key" not in d:
            raise ResponseShapeError("required field is missing", ("key",))
        key = d["key"]

        try:
            name: str | Unset | None = get("name", UNSET)

        except Exception as exc:
            raise field_error("name", exc) from exc

        team_id = get("team_id", UNSET)

        active = get("active", UNSET)

        deleted = get("deleted", UNSET)

        try:
            ensure_experience_continuity: bool | Unset | None = get(
                "ensure_experience_continuity", UNSET
            )

        except Exception as exc:
            raise field_error("ensure_experience_continuity", exc) from exc

        try:
            version: int | Unset | None = get("version", UNSET)

        except Exception as exc:
            raise field_error("version", exc) from exc

        try:
            evaluation_runtime = _parse_FeatureFlag_evaluation_runtime(
                get("evaluation_runtime", UNSET)
            )
        except Exception as exc:
            raise field_error("evaluation_runtime", exc) from exc

        try:
            _created_at = get("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if _created_at is None:
                created_at = cast(Any, None)
            elif isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

        except Exception as exc:
            raise field_error("created_at", exc) from exc

        feature_flag = object.__new__(cls)
        feature_flag.id = id
        feature_flag.key = key
        feature_flag.name = name
        feature_flag.team_id = team_id
        feature_flag.active = active
        feature_flag.deleted = deleted
        feature_flag.ensure_experience_continuity = ensure_experience_continuity
        feature_flag.version = version
        feature_flag.evaluation_runtime = evaluation_runtime
        feature_flag.created_at = created_at
        feature_flag._lazy_source = d
        feature_flag.additional_properties = (
            {}
            if d.keys() <= _FeatureFlag_FIELDS
            else {k: v for k, v in d.items() if k not in _FeatureFlag_FIELDS}
        )

        return feature_flag

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
_FeatureFlag_FIELDS = frozenset(
    {
        "id",
        "key",
        "name",
        "team_id",
        "filters",
        "active",
        "deleted",
        "ensure_experience_continuity",
        "version",
        "evaluation_runtime",
        "created_by",
        "created_at",
    }
)


def _build_FeatureFlag_filters(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        _filters = get("filters", UNSET)
        filters: FeatureFlagFilters | Unset
        if _filters is None:
            filters = cast(Any, None)
        elif isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = FeatureFlagFilters._from_valid(_filters)

    except Exception as exc:
        raise field_error("filters", exc) from exc

    return filters


def _parse_FeatureFlag_evaluation_runtime(data: object) -> EvaluationRuntimeEnum | Unset | None:
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


def _parse_FeatureFlag_created_by(data: object) -> Unset | UserBasic | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected UserBasic, got {type(data).__name__}")
    _created_by_type_1 = data
    created_by_type_1: UserBasic
    if _created_by_type_1 is None:
        created_by_type_1 = cast(Any, None)
    else:
        created_by_type_1 = UserBasic._from_valid(_created_by_type_1)

    return created_by_type_1


def _check_FeatureFlag_created_by(data: object) -> Unset | UserBasic | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected UserBasic, got {type(data).__name__}")
    _created_by_type_1 = data
    created_by_type_1: UserBasic
    if _created_by_type_1 is None:
        created_by_type_1 = cast(Any, None)
    else:
        created_by_type_1 = UserBasic._check(_created_by_type_1)

    return created_by_type_1


def _build_FeatureFlag_created_by(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        created_by = _parse_FeatureFlag_created_by(get("created_by", UNSET))
    except Exception as exc:
        raise field_error("created_by", exc) from exc

    return created_by


# How each lazy field is built from the validated input, on first access.
FeatureFlag._lazy_builders = {
    "filters": _build_FeatureFlag_filters,
    "created_by": _build_FeatureFlag_created_by,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.feature_flag_filters import FeatureFlagFilters  # noqa: E402
from ..models.user_basic import UserBasic  # noqa: E402
