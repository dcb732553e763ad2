from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conclusion_enum import ConclusionEnum, check_conclusion_enum
from ..types import (
    UNSET,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
)

T = TypeVar("T", bound="ShipVariant")


@_attrs_define
class ShipVariant:
    """
    Attributes:
        variant_key (str): The variant to serve to everyone.
        conclusion (ConclusionEnum | None | Unset):
        conclusion_comment (None | str | Unset):
    """

    variant_key: str
    conclusion: ConclusionEnum | Unset | None = UNSET
    conclusion_comment: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variant_key = self.variant_key

        conclusion: str | Unset | None
        if isinstance(self.conclusion, Unset):
            conclusion = UNSET
        elif isinstance(self.conclusion, str):
            conclusion = self.conclusion
        else:
            conclusion = self.conclusion

        conclusion_comment: str | Unset | None
        if isinstance(self.conclusion_comment, Unset):
            conclusion_comment = UNSET
        else:
            conclusion_comment = self.conclusion_comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "variant_key": variant_key,
            }
        )
        if conclusion is not UNSET:
            field_dict["conclusion"] = conclusion
        if conclusion_comment is not UNSET:
            field_dict["conclusion_comment"] = conclusion_comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        if "variant_key" not in d:
            raise ResponseShapeError("required field is missing", ("variant_key",))
        variant_key = d["variant_key"]

        try:
            conclusion = _parse_ShipVariant_conclusion(get("conclusion", UNSET))
        except Exception as exc:
            raise field_error("conclusion", exc) from exc

        try:
            conclusion_comment: str | Unset | None = get("conclusion_comment", UNSET)

        except Exception as exc:
            raise field_error("conclusion_comment", exc) from exc

        ship_variant = cls(
            variant_key=variant_key,
            conclusion=conclusion,
            conclusion_comment=conclusion_comment,
        )
        ship_variant.additional_properties = (
            {}
            if d.keys() <= _ShipVariant_FIELDS
            else {k: v for k, v in d.items() if k not in _ShipVariant_FIELDS}
        )

        return ship_variant

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "variant_key" not in d:
            raise ResponseShapeError("required field is missing", ("variant_key",))
        try:
            conclusion = _parse_ShipVariant_conclusion(get("conclusion", UNSET))
        except Exception as exc:
            raise field_error("conclusion", exc) from exc

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
_ShipVariant_FIELDS = frozenset(
    {
        "variant_key",
        "conclusion",
        "conclusion_comment",
    }
)


def _parse_ShipVariant_conclusion(data: object) -> ConclusionEnum | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected str, got {type(data).__name__}")
    _conclusion_type_1 = data
    conclusion_type_1: ConclusionEnum
    if _conclusion_type_1 is None:
        conclusion_type_1 = cast(Any, None)
    else:
        conclusion_type_1 = check_conclusion_enum(_conclusion_type_1)

    return conclusion_type_1
