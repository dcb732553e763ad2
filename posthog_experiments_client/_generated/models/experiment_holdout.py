from __future__ import annotations

import datetime
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
    format_datetime,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.user_basic import UserBasic


T = TypeVar("T", bound="ExperimentHoldout")


@_attrs_define
class ExperimentHoldout(LazyFields):
    """
    Attributes:
        id (int):
        name (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        description (None | str | Unset):
        filters (Any | Unset): Holdout groups, e.g. `[{"properties": [], "rollout_percentage": 10, "variant":
            "holdout-1"}]`; `rollout_percentage` is the share held out.
        created_by (None | Unset | UserBasic):
        user_access_level (None | str | Unset): Newest only.
    """

    id: int
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | Unset | None = UNSET
    filters: Any | Unset = UNSET
    created_by: Unset | UserBasic | None = UNSET
    user_access_level: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at = format_datetime(self.created_at)

        updated_at = format_datetime(self.updated_at)

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        filters = self.filters

        created_by: dict[str, Any] | Unset | None
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserBasic):
            created_by = self.created_by.to_dict() if self.created_by is not None else None
        else:
            created_by = self.created_by

        user_access_level: str | Unset | None
        if isinstance(self.user_access_level, Unset):
            user_access_level = UNSET
        else:
            user_access_level = self.user_access_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if filters is not UNSET:
            field_dict["filters"] = filters
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if user_access_level is not UNSET:
            field_dict["user_access_level"] = user_access_level

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

        if "name" not in d:
            raise ResponseShapeError("required field is missing", ("name",))
        name = d["name"]

        try:
            if "created_at" not in d:
                raise ResponseShapeError("required field is missing")
            _created_at = d["created_at"]
            created_at: datetime.datetime
            if _created_at is None:
                created_at = cast(Any, None)
            else:
                created_at = parse_datetime(_created_at)

        except Exception as exc:
            raise field_error("created_at", exc) from exc

        try:
            if "updated_at" not in d:
                raise ResponseShapeError("required field is missing")
            _updated_at = d["updated_at"]
            updated_at: datetime.datetime
            if _updated_at is None:
                updated_at = cast(Any, None)
            else:
                updated_at = parse_datetime(_updated_at)

        except Exception as exc:
            raise field_error("updated_at", exc) from exc

        try:
            description: str | Unset | None = get("description", UNSET)

        except Exception as exc:
            raise field_error("description", exc) from exc

        filters = get("filters", UNSET)

        try:
            created_by = _check_ExperimentHoldout_created_by(get("created_by", UNSET))
        except Exception as exc:
            raise field_error("created_by", exc) from exc

        try:
            user_access_level: str | Unset | None = get("user_access_level", UNSET)

        except Exception as exc:
            raise field_error("user_access_level", exc) from exc

        # Nested models are validated above and built on first access (see LazyFields).
        experiment_holdout = object.__new__(cls)
        experiment_holdout.id = id
        experiment_holdout.name = name
        experiment_holdout.created_at = created_at
        experiment_holdout.updated_at = updated_at
        experiment_holdout.description = description
        experiment_holdout.filters = filters
        experiment_holdout.user_access_level = user_access_level
        experiment_holdout._lazy_source = d
        experiment_holdout.additional_properties = (
            {}
            if d.keys() <= _ExperimentHoldout_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentHoldout_FIELDS}
        )

        return experiment_holdout

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        if "name" not in d:
            raise ResponseShapeError("required field is missing", ("name",))
        try:
            if "created_at" not in d:
                raise ResponseShapeError("required field is missing")
            _created_at = d["created_at"]
            created_at: datetime.datetime
            if _created_at is None:
                created_at = cast(Any, None)
            else:
                created_at = parse_datetime(_created_at)

        except Exception as exc:
            raise field_error("created_at", exc) from exc

        try:
            if "updated_at" not in d:
                raise ResponseShapeError("required field is missing")
            _updated_at = d["updated_at"]
            updated_at: datetime.datetime
            if _updated_at is None:
                updated_at = cast(Any, None)
            else:
                updated_at = parse_datetime(_updated_at)

        except Exception as exc:
            raise field_error("updated_at", exc) from exc

        try:
            created_by = _check_ExperimentHoldout_created_by(get("created_by", UNSET))
        except Exception as exc:
            raise field_error("created_by", exc) from exc

        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict
        get = d.get

        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        id = d["id"]

        if "name" not in d:
            raise ResponseShapeError("required field is missing", ("name",))
        name = d["name"]

        try:
            if "created_at" not in d:
                raise ResponseShapeError("required field is missing")
            _created_at = d["created_at"]
            created_at: datetime.datetime
            if _created_at is None:
                created_at = cast(Any, None)
            else:
                created_at = parse_datetime(_created_at)

        except Exception as exc:
            raise field_error("created_at", exc) from exc

        try:
            if "updated_at" not in d:
                raise ResponseShapeError("required field is missing")
            _updated_at = d["updated_at"]
            updated_at: datetime.datetime
            if _updated_at is None:
                updated_at = cast(Any, None)
            else:
                updated_at = parse_datetime(_updated_at)

        except Exception as exc:
            raise field_error("updated_at", exc) from exc

        try:
            description: str | Unset | None = get("description", UNSET)

        except Exception as exc:
            raise field_error("description", exc) from exc

        filters = get("filters", UNSET)

        try:
            user_access_level: str | Unset | None = get("user_access_level", UNSET)

        except Exception as exc:
            raise field_error("user_access_level", exc) from exc

        experiment_holdout = object.__new__(cls)
        experiment_holdout.id = id
        experiment_holdout.name = name
        experiment_holdout.created_at = created_at
        experiment_holdout.updated_at = updated_at
        experiment_holdout.description = description
        experiment_holdout.filters = filters
        experiment_holdout.user_access_level = user_access_level
        experiment_holdout._lazy_source = d
        experiment_holdout.additional_properties = (
            {}
            if d.keys() <= _ExperimentHoldout_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentHoldout_FIELDS}
        )

        return experiment_holdout

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
_ExperimentHoldout_FIELDS = frozenset(
    {
        "id",
        "name",
        "created_at",
        "updated_at",
        "description",
        "filters",
        "created_by",
        "user_access_level",
    }
)


def _parse_ExperimentHoldout_created_by(data: object) -> Unset | UserBasic | None:
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


def _check_ExperimentHoldout_created_by(data: object) -> Unset | UserBasic | None:
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


def _build_ExperimentHoldout_created_by(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        created_by = _parse_ExperimentHoldout_created_by(get("created_by", UNSET))
    except Exception as exc:
        raise field_error("created_by", exc) from exc

    return created_by


# How each lazy field is built from the validated input, on first access.
ExperimentHoldout._lazy_builders = {
    "created_by": _build_ExperimentHoldout_created_by,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.user_basic import UserBasic  # noqa: E402
