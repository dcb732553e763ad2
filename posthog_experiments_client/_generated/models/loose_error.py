from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_type_enum import ErrorTypeEnum, check_error_type_enum
from ..types import (
    UNSET,
    Unset,
    expect_object,
    field_error,
)

T = TypeVar("T", bound="LooseError")


@_attrs_define
class LooseError:
    """The error envelope, or a bare `{"error": "..."}`; nothing is required.

    Attributes:
        type_ (ErrorTypeEnum | Unset):
        code (str | Unset):
        detail (str | Unset):
        attr (None | str | Unset):
        error (str | Unset):
    """

    type_: ErrorTypeEnum | Unset = UNSET
    code: str | Unset = UNSET
    detail: str | Unset = UNSET
    attr: str | Unset | None = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        code = self.code

        detail = self.detail

        attr: str | Unset | None
        if isinstance(self.attr, Unset):
            attr = UNSET
        else:
            attr = self.attr

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if detail is not UNSET:
            field_dict["detail"] = detail
        if attr is not UNSET:
            field_dict["attr"] = attr
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        try:
            _type_ = get("type", UNSET)
            type_: ErrorTypeEnum | Unset
            if _type_ is None:
                type_ = cast(Any, None)
            elif isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_error_type_enum(_type_)

        except Exception as exc:
            raise field_error("type", exc) from exc

        code = get("code", UNSET)

        detail = get("detail", UNSET)

        try:
            attr: str | Unset | None = get("attr", UNSET)

        except Exception as exc:
            raise field_error("attr", exc) from exc

        error = get("error", UNSET)

        loose_error = cls(
            type_=type_,
            code=code,
            detail=detail,
            attr=attr,
            error=error,
        )
        loose_error.additional_properties = (
            {}
            if d.keys() <= _LooseError_FIELDS
            else {k: v for k, v in d.items() if k not in _LooseError_FIELDS}
        )

        return loose_error

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        try:
            _type_ = get("type", UNSET)
            type_: ErrorTypeEnum | Unset
            if _type_ is None:
                type_ = cast(Any, None)
            elif isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = check_error_type_enum(_type_)

        except Exception as exc:
            raise field_error("type", exc) from exc

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
_LooseError_FIELDS = frozenset(
    {
        "type",
        "code",
        "detail",
        "attr",
        "error",
    }
)
