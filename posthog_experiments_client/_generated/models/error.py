from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_type_enum import ErrorTypeEnum, check_error_type_enum
from ..types import (
    UNSET,
    LazyFields,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.error_extra import ErrorExtra


T = TypeVar("T", bound="Error")


@_attrs_define
class Error(LazyFields):
    """PostHog's error envelope. A few bodies carry only `detail` (for example the 400 from duplicating an experiment with
    legacy metrics), so only `detail` is required.

        Attributes:
            detail (str):
            type_ (ErrorTypeEnum | Unset):
            code (str | Unset): e.g. required, invalid_input, not_found, permission_denied, throttled
            attr (None | str | Unset): The field at fault, or null.
            extra (ErrorExtra | Unset):
    """

    detail: str
    type_: ErrorTypeEnum | Unset = UNSET
    code: str | Unset = UNSET
    attr: str | Unset | None = UNSET
    extra: ErrorExtra | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail = self.detail

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        code = self.code

        attr: str | Unset | None
        if isinstance(self.attr, Unset):
            attr = UNSET
        else:
            attr = self.attr

        extra: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra, Unset):
            extra = self.extra.to_dict() if self.extra is not None else None

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if code is not UNSET:
            field_dict["code"] = code
        if attr is not UNSET:
            field_dict["attr"] = attr
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        if "detail" not in d:
            raise ResponseShapeError("required field is missing", ("detail",))
        detail = d["detail"]

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

        try:
            attr: str | Unset | None = get("attr", UNSET)

        except Exception as exc:
            raise field_error("attr", exc) from exc

        try:
            _extra = get("extra", UNSET)
            extra: ErrorExtra | Unset
            if _extra is None:
                extra = cast(Any, None)
            elif isinstance(_extra, Unset):
                extra = UNSET
            else:
                extra = ErrorExtra._check(_extra)

        except Exception as exc:
            raise field_error("extra", exc) from exc

        # Nested models are validated above and built on first access (see LazyFields).
        error = object.__new__(cls)
        error.detail = detail
        error.type_ = type_
        error.code = code
        error.attr = attr
        error._lazy_source = d
        error.additional_properties = (
            {}
            if d.keys() <= _Error_FIELDS
            else {k: v for k, v in d.items() if k not in _Error_FIELDS}
        )

        return error

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "detail" not in d:
            raise ResponseShapeError("required field is missing", ("detail",))
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

        try:
            _extra = get("extra", UNSET)
            extra: ErrorExtra | Unset
            if _extra is None:
                extra = cast(Any, None)
            elif isinstance(_extra, Unset):
                extra = UNSET
            else:
                extra = ErrorExtra._check(_extra)

        except Exception as exc:
            raise field_error("extra", exc) from exc

        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict
        get = d.get

        if "detail" not in d:
            raise ResponseShapeError("required field is missing", ("detail",))
        detail = d["detail"]

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

        try:
            attr: str | Unset | None = get("attr", UNSET)

        except Exception as exc:
            raise field_error("attr", exc) from exc

        error = object.__new__(cls)
        error.detail = detail
        error.type_ = type_
        error.code = code
        error.attr = attr
        error._lazy_source = d
        error.additional_properties = (
            {}
            if d.keys() <= _Error_FIELDS
            else {k: v for k, v in d.items() if k not in _Error_FIELDS}
        )

        return error

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
_Error_FIELDS = frozenset(
    {
        "detail",
        "type",
        "code",
        "attr",
        "extra",
    }
)


def _build_Error_extra(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        _extra = get("extra", UNSET)
        extra: ErrorExtra | Unset
        if _extra is None:
            extra = cast(Any, None)
        elif isinstance(_extra, Unset):
            extra = UNSET
        else:
            extra = ErrorExtra._from_valid(_extra)

    except Exception as exc:
        raise field_error("extra", exc) from exc

    return extra


# How each lazy field is built from the validated input, on first access.
Error._lazy_builders = {
    "extra": _build_Error_extra,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.error_extra import ErrorExtra  # noqa: E402
