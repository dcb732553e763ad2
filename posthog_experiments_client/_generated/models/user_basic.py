from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.role_at_organization_enum import (
    RoleAtOrganizationEnum,
    check_role_at_organization_enum,
)
from ..types import (
    UNSET,
    LazyFields,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.user_basic_hedgehog_config_type_0 import UserBasicHedgehogConfigType0


T = TypeVar("T", bound="UserBasic")


@_attrs_define
class UserBasic(LazyFields):
    """
    Attributes:
        id (int):
        uuid (str):
        email (str):
        distinct_id (None | str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        is_email_verified (bool | None | Unset):
        hedgehog_config (None | Unset | UserBasicHedgehogConfigType0):
        role_at_organization (None | RoleAtOrganizationEnum | Unset):
    """

    id: int
    uuid: str
    email: str
    distinct_id: str | Unset | None = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    is_email_verified: bool | Unset | None = UNSET
    hedgehog_config: Unset | UserBasicHedgehogConfigType0 | None = UNSET
    role_at_organization: RoleAtOrganizationEnum | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        uuid = self.uuid

        email = self.email

        distinct_id: str | Unset | None
        if isinstance(self.distinct_id, Unset):
            distinct_id = UNSET
        else:
            distinct_id = self.distinct_id

        first_name = self.first_name

        last_name = self.last_name

        is_email_verified: bool | Unset | None
        if isinstance(self.is_email_verified, Unset):
            is_email_verified = UNSET
        else:
            is_email_verified = self.is_email_verified

        hedgehog_config: dict[str, Any] | Unset | None
        if isinstance(self.hedgehog_config, Unset):
            hedgehog_config = UNSET
        elif isinstance(self.hedgehog_config, UserBasicHedgehogConfigType0):
            hedgehog_config = (
                self.hedgehog_config.to_dict() if self.hedgehog_config is not None else None
            )
        else:
            hedgehog_config = self.hedgehog_config

        role_at_organization: str | Unset | None
        if isinstance(self.role_at_organization, Unset):
            role_at_organization = UNSET
        elif isinstance(self.role_at_organization, str):
            role_at_organization = self.role_at_organization
        else:
            role_at_organization = self.role_at_organization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "uuid": uuid,
                "email": email,
            }
        )
        if distinct_id is not UNSET:
            field_dict["distinct_id"] = distinct_id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if is_email_verified is not UNSET:
            field_dict["is_email_verified"] = is_email_verified
        if hedgehog_config is not UNSET:
            field_dict["hedgehog_config"] = hedgehog_config
        if role_at_organization is not UNSET:
            field_dict["role_at_organization"] = role_at_organization

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

        if "uuid" not in d:
            raise ResponseShapeError("required field is missing", ("uuid",))
        uuid = d["uuid"]

        if "email" not in d:
            raise ResponseShapeError("required field is missing", ("email",))
        email = d["email"]

        try:
            distinct_id: str | Unset | None = get("distinct_id", UNSET)

        except Exception as exc:
            raise field_error("distinct_id", exc) from exc

        first_name = get("first_name", UNSET)

        last_name = get("last_name", UNSET)

        try:
            is_email_verified: bool | Unset | None = get("is_email_verified", UNSET)

        except Exception as exc:
            raise field_error("is_email_verified", exc) from exc

        try:
            hedgehog_config = _check_UserBasic_hedgehog_config(get("hedgehog_config", UNSET))
        except Exception as exc:
            raise field_error("hedgehog_config", exc) from exc

        try:
            role_at_organization = _parse_UserBasic_role_at_organization(
                get("role_at_organization", UNSET)
            )
        except Exception as exc:
            raise field_error("role_at_organization", exc) from exc

        # Nested models are validated above and built on first access (see LazyFields).
        user_basic = object.__new__(cls)
        user_basic.id = id
        user_basic.uuid = uuid
        user_basic.email = email
        user_basic.distinct_id = distinct_id
        user_basic.first_name = first_name
        user_basic.last_name = last_name
        user_basic.is_email_verified = is_email_verified
        user_basic.role_at_organization = role_at_organization
        user_basic._lazy_source = d
        user_basic.additional_properties = (
            {}
            if d.keys() <= _UserBasic_FIELDS
            else {k: v for k, v in d.items() if k not in _UserBasic_FIELDS}
        )

        return user_basic

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        if "uuid" not in d:
            raise ResponseShapeError("required field is missing", ("uuid",))
        if "email" not in d:
            raise ResponseShapeError("required field is missing", ("email",))
        try:
            hedgehog_config = _check_UserBasic_hedgehog_config(get("hedgehog_config", UNSET))
        except Exception as exc:
            raise field_error("hedgehog_config", exc) from exc

        try:
            role_at_organization = _parse_UserBasic_role_at_organization(
                get("role_at_organization", UNSET)
            )
        except Exception as exc:
            raise field_error("role_at_organization", exc) from exc

        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict
        get = d.get

        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        id = d["id"]

        if "uuid" not in d:
            raise ResponseShapeError("required field is missing", ("uuid",))
        uuid = d["uuid"]

        if "email" not in d:
            raise ResponseShapeError("required field is missing", ("email",))
        email = d["email"]

        try:
            distinct_id: str | Unset | None = get("distinct_id", UNSET)

        except Exception as exc:
            raise field_error("distinct_id", exc) from exc

        first_name = get("first_name", UNSET)

        last_name = get("last_name", UNSET)

        try:
            is_email_verified: bool | Unset | None = get("is_email_verified", UNSET)

        except Exception as exc:
            raise field_error("is_email_verified", exc) from exc

        try:
            role_at_organization = _parse_UserBasic_role_at_organization(
                get("role_at_organization", UNSET)
            )
        except Exception as exc:
            raise field_error("role_at_organization", exc) from exc

        user_basic = object.__new__(cls)
        user_basic.id = id
        user_basic.uuid = uuid
        user_basic.email = email
        user_basic.distinct_id = distinct_id
        user_basic.first_name = first_name
        user_basic.last_name = last_name
        user_basic.is_email_verified = is_email_verified
        user_basic.role_at_organization = role_at_organization
        user_basic._lazy_source = d
        user_basic.additional_properties = (
            {}
            if d.keys() <= _UserBasic_FIELDS
            else {k: v for k, v in d.items() if k not in _UserBasic_FIELDS}
        )

        return user_basic

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
_UserBasic_FIELDS = frozenset(
    {
        "id",
        "uuid",
        "email",
        "distinct_id",
        "first_name",
        "last_name",
        "is_email_verified",
        "hedgehog_config",
        "role_at_organization",
    }
)


def _parse_UserBasic_hedgehog_config(data: object) -> Unset | UserBasicHedgehogConfigType0 | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(
            f"expected UserBasicHedgehogConfigType0, got {type(data).__name__}"
        )
    _hedgehog_config_type_0 = data
    hedgehog_config_type_0: UserBasicHedgehogConfigType0
    if _hedgehog_config_type_0 is None:
        hedgehog_config_type_0 = cast(Any, None)
    else:
        hedgehog_config_type_0 = UserBasicHedgehogConfigType0._from_valid(_hedgehog_config_type_0)

    return hedgehog_config_type_0


def _check_UserBasic_hedgehog_config(data: object) -> Unset | UserBasicHedgehogConfigType0 | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(
            f"expected UserBasicHedgehogConfigType0, got {type(data).__name__}"
        )
    _hedgehog_config_type_0 = data
    hedgehog_config_type_0: UserBasicHedgehogConfigType0
    if _hedgehog_config_type_0 is None:
        hedgehog_config_type_0 = cast(Any, None)
    else:
        hedgehog_config_type_0 = UserBasicHedgehogConfigType0._check(_hedgehog_config_type_0)

    return hedgehog_config_type_0


def _build_UserBasic_hedgehog_config(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        hedgehog_config = _parse_UserBasic_hedgehog_config(get("hedgehog_config", UNSET))
    except Exception as exc:
        raise field_error("hedgehog_config", exc) from exc

    return hedgehog_config


def _parse_UserBasic_role_at_organization(data: object) -> RoleAtOrganizationEnum | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected str, got {type(data).__name__}")
    _role_at_organization_type_1 = data
    role_at_organization_type_1: RoleAtOrganizationEnum
    if _role_at_organization_type_1 is None:
        role_at_organization_type_1 = cast(Any, None)
    else:
        role_at_organization_type_1 = check_role_at_organization_enum(_role_at_organization_type_1)

    return role_at_organization_type_1


# How each lazy field is built from the validated input, on first access.
UserBasic._lazy_builders = {
    "hedgehog_config": _build_UserBasic_hedgehog_config,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.user_basic_hedgehog_config_type_0 import UserBasicHedgehogConfigType0  # noqa: E402
