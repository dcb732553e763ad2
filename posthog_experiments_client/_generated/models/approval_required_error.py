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

T = TypeVar("T", bound="ApprovalRequiredError")


@_attrs_define
class ApprovalRequiredError:
    """The 409 of an action under an approval policy: the id of the change request that was opened, with the server's
    message.

        Attributes:
            type_ (str | Unset):
            code (str | Unset):
            detail (str | Unset):
            attr (None | str | Unset):
            change_request_id (str | Unset): The change request to approve.
    """

    type_: str | Unset = UNSET
    code: str | Unset = UNSET
    detail: str | Unset = UNSET
    attr: str | Unset | None = UNSET
    change_request_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        code = self.code

        detail = self.detail

        attr: str | Unset | None
        if isinstance(self.attr, Unset):
            attr = UNSET
        else:
            attr = self.attr

        change_request_id = self.change_request_id

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
        if change_request_id is not UNSET:
            field_dict["change_request_id"] = change_request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        type_ = get("type", UNSET)

        code = get("code", UNSET)

        detail = get("detail", UNSET)

        try:
            attr: str | Unset | None = get("attr", UNSET)

        except Exception as exc:
            raise field_error("attr", exc) from exc

        change_request_id = get("change_request_id", UNSET)

        approval_required_error = cls(
            type_=type_,
            code=code,
            detail=detail,
            attr=attr,
            change_request_id=change_request_id,
        )
        approval_required_error.additional_properties = (
            {}
            if d.keys() <= _ApprovalRequiredError_FIELDS
            else {k: v for k, v in d.items() if k not in _ApprovalRequiredError_FIELDS}
        )

        return approval_required_error

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
_ApprovalRequiredError_FIELDS = frozenset(
    {
        "type",
        "code",
        "detail",
        "attr",
        "change_request_id",
    }
)
