from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cohort_type_enum import CohortTypeEnum, check_cohort_type_enum
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


T = TypeVar("T", bound="Cohort")


@_attrs_define
class Cohort(LazyFields):
    """
    Attributes:
        id (int):
        name (None | str | Unset):
        description (str | Unset):
        groups (Any | Unset):
        deleted (bool | Unset):
        filters (Any | Unset):
        query (Any | Unset):
        version (int | None | Unset):
        pending_version (int | None | Unset):
        is_calculating (bool | Unset):
        created_by (None | Unset | UserBasic):
        created_at (datetime.datetime | None | Unset):
        last_calculation (datetime.datetime | None | Unset):
        errors_calculating (int | Unset):
        last_error_message (None | str | Unset):
        count (int | None | Unset):
        is_static (bool | Unset):
        cohort_type (CohortTypeEnum | None | Unset):
        experiment_set (list[int] | Unset):
    """

    id: int
    name: str | Unset | None = UNSET
    description: str | Unset = UNSET
    groups: Any | Unset = UNSET
    deleted: bool | Unset = UNSET
    filters: Any | Unset = UNSET
    query: Any | Unset = UNSET
    version: int | Unset | None = UNSET
    pending_version: int | Unset | None = UNSET
    is_calculating: bool | Unset = UNSET
    created_by: Unset | UserBasic | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    last_calculation: datetime.datetime | Unset | None = UNSET
    errors_calculating: int | Unset = UNSET
    last_error_message: str | Unset | None = UNSET
    count: int | Unset | None = UNSET
    is_static: bool | Unset = UNSET
    cohort_type: CohortTypeEnum | Unset | None = UNSET
    experiment_set: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description = self.description

        groups = self.groups

        deleted = self.deleted

        filters = self.filters

        query = self.query

        version: int | Unset | None
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        pending_version: int | Unset | None
        if isinstance(self.pending_version, Unset):
            pending_version = UNSET
        else:
            pending_version = self.pending_version

        is_calculating = self.is_calculating

        created_by: dict[str, Any] | Unset | None
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UserBasic):
            created_by = self.created_by.to_dict() if self.created_by is not None else None
        else:
            created_by = self.created_by

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = format_datetime(self.created_at)
        else:
            created_at = self.created_at

        last_calculation: str | Unset | None
        if isinstance(self.last_calculation, Unset):
            last_calculation = UNSET
        elif isinstance(self.last_calculation, datetime.datetime):
            last_calculation = format_datetime(self.last_calculation)
        else:
            last_calculation = self.last_calculation

        errors_calculating = self.errors_calculating

        last_error_message: str | Unset | None
        if isinstance(self.last_error_message, Unset):
            last_error_message = UNSET
        else:
            last_error_message = self.last_error_message

        count: int | Unset | None
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        is_static = self.is_static

        cohort_type: str | Unset | None
        if isinstance(self.cohort_type, Unset):
            cohort_type = UNSET
        elif isinstance(self.cohort_type, str):
            cohort_type = self.cohort_type
        else:
            cohort_type = self.cohort_type

        experiment_set: list[int] | Unset = UNSET
        if not isinstance(self.experiment_set, Unset):
            experiment_set = self.experiment_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if groups is not UNSET:
            field_dict["groups"] = groups
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if filters is not UNSET:
            field_dict["filters"] = filters
        if query is not UNSET:
            field_dict["query"] = query
        if version is not UNSET:
            field_dict["version"] = version
        if pending_version is not UNSET:
            field_dict["pending_version"] = pending_version
        if is_calculating is not UNSET:
            field_dict["is_calculating"] = is_calculating
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if last_calculation is not UNSET:
            field_dict["last_calculation"] = last_calculation
        if errors_calculating is not UNSET:
            field_dict["errors_calculating"] = errors_calculating
        if last_error_message is not UNSET:
            field_dict["last_error_message"] = last_error_message
        if count is not UNSET:
            field_dict["count"] = count
        if is_static is not UNSET:
            field_dict["is_static"] = is_static
        if cohort_type is not UNSET:
            field_dict["cohort_type"] = cohort_type
        if experiment_set is not UNSET:
            field_dict["experiment_set"] = experiment_set

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

        try:
            name: str | Unset | None = get("name", UNSET)

        except Exception as exc:
            raise field_error("name", exc) from exc

        description = get("description", UNSET)

        groups = get("groups", UNSET)

        deleted = get("deleted", UNSET)

        filters = get("filters", UNSET)

        query = get("query", UNSET)

        try:
            version: int | Unset | None = get("version", UNSET)

        except Exception as exc:
            raise field_error("version", exc) from exc

        try:
            pending_version: int | Unset | None = get("pending_version", UNSET)

        except Exception as exc:
            raise field_error("pending_version", exc) from exc

        is_calculating = get("is_calculating", UNSET)

        try:
            created_by = _check_Cohort_created_by(get("created_by", UNSET))
        except Exception as exc:
            raise field_error("created_by", exc) from exc

        try:
            created_at = _parse_Cohort_created_at(get("created_at", UNSET))
        except Exception as exc:
            raise field_error("created_at", exc) from exc

        try:
            last_calculation = _parse_Cohort_last_calculation(get("last_calculation", UNSET))
        except Exception as exc:
            raise field_error("last_calculation", exc) from exc

        errors_calculating = get("errors_calculating", UNSET)

        try:
            last_error_message: str | Unset | None = get("last_error_message", UNSET)

        except Exception as exc:
            raise field_error("last_error_message", exc) from exc

        try:
            count: int | Unset | None = get("count", UNSET)

        except Exception as exc:
            raise field_error("count", exc) from exc

        is_static = get("is_static", UNSET)

        try:
            cohort_type = _parse_Cohort_cohort_type(get("cohort_type", UNSET))
        except Exception as exc:
            raise field_error("cohort_type", exc) from exc

        try:
            experiment_set: list[int] = get("experiment_set", UNSET)

        except Exception as exc:
            raise field_error("experiment_set", exc) from exc

        # Nested models are validated above and built on first access (see LazyFields).
        cohort = object.__new__(cls)
        cohort.id = id
        cohort.name = name
        cohort.description = description
        cohort.groups = groups
        cohort.deleted = deleted
        cohort.filters = filters
        cohort.query = query
        cohort.version = version
        cohort.pending_version = pending_version
        cohort.is_calculating = is_calculating
        cohort.created_at = created_at
        cohort.last_calculation = last_calculation
        cohort.errors_calculating = errors_calculating
        cohort.last_error_message = last_error_message
        cohort.count = count
        cohort.is_static = is_static
        cohort.cohort_type = cohort_type
        cohort.experiment_set = experiment_set
        cohort._lazy_source = d
        cohort.additional_properties = (
            {}
            if d.keys() <= _Cohort_FIELDS
            else {k: v for k, v in d.items() if k not in _Cohort_FIELDS}
        )

        return cohort

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        try:
            created_by = _check_Cohort_created_by(get("created_by", UNSET))
        except Exception as exc:
            raise field_error("created_by", exc) from exc

        try:
            created_at = _parse_Cohort_created_at(get("created_at", UNSET))
        except Exception as exc:
            raise field_error("created_at", exc) from exc

        try:
            last_calculation = _parse_Cohort_last_calculation(get("last_calculation", UNSET))
        except Exception as exc:
            raise field_error("last_calculation", exc) from exc

        try:
            cohort_type = _parse_Cohort_cohort_type(get("cohort_type", UNSET))
        except Exception as exc:
            raise field_error("cohort_type", exc) from exc

        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict
        get = d.get

        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        id = d["id"]

        try:
            name: str | Unset | None = get("name", UNSET)

        except Exception as exc:
            raise field_error("name", exc) from exc

        description = get("description", UNSET)

        groups = get("groups", UNSET)

        deleted = get("deleted", UNSET)

        filters = get("filters", UNSET)

        query = get("query", UNSET)

        try:
            version: int | Unset | None = get("version", UNSET)

        except Exception as exc:
            raise field_error("version", exc) from exc

        try:
            pending_version: int | Unset | None = get("pending_version", UNSET)

        except Exception as exc:
            raise field_error("pending_version", exc) from exc

        is_calculating = get("is_calculating", UNSET)

        try:
            created_at = _parse_Cohort_created_at(get("created_at", UNSET))
        except Exception as exc:
            raise field_error("created_at", exc) from exc

        try:
            last_calculation = _parse_Cohort_last_calculation(get("last_calculation", UNSET))
        except Exception as exc:
            raise field_error("last_calculation", exc) from exc

        errors_calculating = get("errors_calculating", UNSET)

        try:
            last_error_message: str | Unset | None = get("last_error_message", UNSET)

        except Exception as exc:
            raise field_error("last_error_message", exc) from exc

        try:
            count: int | Unset | None = get("count", UNSET)

        except Exception as exc:
            raise field_error("count", exc) from exc

        is_static = get("is_static", UNSET)

        try:
            cohort_type = _parse_Cohort_cohort_type(get("cohort_type", UNSET))
        except Exception as exc:
            raise field_error("cohort_type", exc) from exc

        try:
            experiment_set: list[int] = get("experiment_set", UNSET)

        except Exception as exc:
            raise field_error("experiment_set", exc) from exc

        cohort = object.__new__(cls)
        cohort.id = id
        cohort.name = name
        cohort.description = description
        cohort.groups = groups
        cohort.deleted = deleted
        cohort.filters = filters
        cohort.query = query
        cohort.version = version
        cohort.pending_version = pending_version
        cohort.is_calculating = is_calculating
        cohort.created_at = created_at
        cohort.last_calculation = last_calculation
        cohort.errors_calculating = errors_calculating
        cohort.last_error_message = last_error_message
        cohort.count = count
        cohort.is_static = is_static
        cohort.cohort_type = cohort_type
        cohort.experiment_set = experiment_set
        cohort._lazy_source = d
        cohort.additional_properties = (
            {}
            if d.keys() <= _Cohort_FIELDS
            else {k: v for k, v in d.items() if k not in _Cohort_FIELDS}
        )

        return cohort

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
_Cohort_FIELDS = frozenset(
    {
        "id",
        "name",
        "description",
        "groups",
        "deleted",
        "filters",
        "query",
        "version",
        "pending_version",
        "is_calculating",
        "created_by",
        "created_at",
        "last_calculation",
        "errors_calculating",
        "last_error_message",
        "count",
        "is_static",
        "cohort_type",
        "experiment_set",
    }
)


def _parse_Cohort_created_by(data: object) -> Unset | UserBasic | None:
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


def _check_Cohort_created_by(data: object) -> Unset | UserBasic | None:
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


def _build_Cohort_created_by(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        created_by = _parse_Cohort_created_by(get("created_by", UNSET))
    except Exception as exc:
        raise field_error("created_by", exc) from exc

    return created_by


def _parse_Cohort_created_at(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected datetime.datetime, got {type(data).__name__}")
    _created_at_type_0 = data
    created_at_type_0: datetime.datetime
    if _created_at_type_0 is None:
        created_at_type_0 = cast(Any, None)
    else:
        created_at_type_0 = parse_datetime(_created_at_type_0)

    return created_at_type_0


def _parse_Cohort_last_calculation(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected datetime.datetime, got {type(data).__name__}")
    _last_calculation_type_0 = data
    last_calculation_type_0: datetime.datetime
    if _last_calculation_type_0 is None:
        last_calculation_type_0 = cast(Any, None)
    else:
        last_calculation_type_0 = parse_datetime(_last_calculation_type_0)

    return last_calculation_type_0


def _parse_Cohort_cohort_type(data: object) -> CohortTypeEnum | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected str, got {type(data).__name__}")
    _cohort_type_type_1 = data
    cohort_type_type_1: CohortTypeEnum
    if _cohort_type_type_1 is None:
        cohort_type_type_1 = cast(Any, None)
    else:
        cohort_type_type_1 = check_cohort_type_enum(_cohort_type_type_1)

    return cohort_type_type_1


# How each lazy field is built from the validated input, on first access.
Cohort._lazy_builders = {
    "created_by": _build_Cohort_created_by,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.user_basic import UserBasic  # noqa: E402
