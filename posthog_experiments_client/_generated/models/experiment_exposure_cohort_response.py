from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    LazyFields,
    ResponseShapeError,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.cohort import Cohort


T = TypeVar("T", bound="ExperimentExposureCohortResponse")


@_attrs_define
class ExperimentExposureCohortResponse(LazyFields):
    """
    Attributes:
        cohort (Cohort):
    """

    cohort: Cohort
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cohort = self.cohort.to_dict() if self.cohort is not None else None

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cohort": cohort,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict

        try:
            if "cohort" not in d:
                raise ResponseShapeError("required field is missing")
            _cohort = d["cohort"]
            cohort: Cohort
            if _cohort is None:
                cohort = cast(Any, None)
            else:
                cohort = Cohort._check(_cohort)

        except Exception as exc:
            raise field_error("cohort", exc) from exc

        # Nested models are validated above and built on first access (see LazyFields).
        experiment_exposure_cohort_response = object.__new__(cls)
        experiment_exposure_cohort_response._lazy_source = d
        experiment_exposure_cohort_response.additional_properties = (
            {}
            if d.keys() <= _ExperimentExposureCohortResponse_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentExposureCohortResponse_FIELDS}
        )

        return experiment_exposure_cohort_response

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        try:
            if "cohort" not in d:
                raise ResponseShapeError("required field is missing")
            _cohort = d["cohort"]
            cohort: Cohort
            if _cohort is None:
                cohort = cast(Any, None)
            else:
                cohort = Cohort._check(_cohort)

        except Exception as exc:
            raise field_error("cohort", exc) from exc

        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict

        experiment_exposure_cohort_response = object.__new__(cls)
        experiment_exposure_cohort_response._lazy_source = d
        experiment_exposure_cohort_response.additional_properties = (
            {}
            if d.keys() <= _ExperimentExposureCohortResponse_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentExposureCohortResponse_FIELDS}
        )

        return experiment_exposure_cohort_response

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
_ExperimentExposureCohortResponse_FIELDS = frozenset(
    {
        "cohort",
    }
)


def _build_ExperimentExposureCohortResponse_cohort(d: Mapping[str, Any]) -> Any:
    try:
        if "cohort" not in d:
            raise ResponseShapeError("required field is missing")
        _cohort = d["cohort"]
        cohort: Cohort
        if _cohort is None:
            cohort = cast(Any, None)
        else:
            cohort = Cohort._from_valid(_cohort)

    except Exception as exc:
        raise field_error("cohort", exc) from exc

    return cohort


# How each lazy field is built from the validated input, on first access.
ExperimentExposureCohortResponse._lazy_builders = {
    "cohort": _build_ExperimentExposureCohortResponse_cohort,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.cohort import Cohort  # noqa: E402
