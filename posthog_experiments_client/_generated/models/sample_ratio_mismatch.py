from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.sample_ratio_mismatch_expected import SampleRatioMismatchExpected


T = TypeVar("T", bound="SampleRatioMismatch")


@_attrs_define
class SampleRatioMismatch:
    """Newest: the expected share per variant and the test's p-value.

    Attributes:
        expected (SampleRatioMismatchExpected | Unset):
        p_value (float | None | Unset):
    """

    expected: SampleRatioMismatchExpected | Unset = UNSET
    p_value: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expected: dict[str, Any] | Unset = UNSET
        if not isinstance(self.expected, Unset):
            expected = self.expected.to_dict() if self.expected is not None else None

        p_value: float | Unset | None
        if isinstance(self.p_value, Unset):
            p_value = UNSET
        else:
            p_value = self.p_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expected is not UNSET:
            field_dict["expected"] = expected
        if p_value is not UNSET:
            field_dict["p_value"] = p_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        try:
            _expected = get("expected", UNSET)
            expected: SampleRatioMismatchExpected | Unset
            if _expected is None:
                expected = cast(Any, None)
            elif isinstance(_expected, Unset):
                expected = UNSET
            else:
                expected = SampleRatioMismatchExpected.from_dict(_expected)

        except Exception as exc:
            raise field_error("expected", exc) from exc

        try:
            p_value: float | Unset | None = get("p_value", UNSET)

        except Exception as exc:
            raise field_error("p_value", exc) from exc

        sample_ratio_mismatch = cls(
            expected=expected,
            p_value=p_value,
        )

        unknown = d.keys() - _SampleRatioMismatch_FIELDS
        sample_ratio_mismatch.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
        )
        return sample_ratio_mismatch

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
_SampleRatioMismatch_FIELDS = frozenset(
    {
        "expected",
        "p_value",
    }
)


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.sample_ratio_mismatch_expected import SampleRatioMismatchExpected  # noqa: E402
