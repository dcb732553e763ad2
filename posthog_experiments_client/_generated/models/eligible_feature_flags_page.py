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
    from ..models.feature_flag import FeatureFlag


T = TypeVar("T", bound="EligibleFeatureFlagsPage")


@_attrs_define
class EligibleFeatureFlagsPage(LazyFields):
    """One hand-paginated page; there are no `next`/`previous` links.

    Attributes:
        results (list[FeatureFlag]):
        count (int):
    """

    results: list[FeatureFlag]
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if self.results is None:
            results = cast(Any, None)
        else:
            results = []
            for results_item_data in self.results:
                results_item = (
                    results_item_data.to_dict() if results_item_data is not None else None
                )
                results.append(results_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "results": results,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict

        try:
            if "results" not in d:
                raise ResponseShapeError("required field is missing")
            _results = d["results"]
            results: list[FeatureFlag]
            if _results is None:
                results = cast(Any, None)
            elif not isinstance(_results, list):
                raise ResponseShapeError(f"expected a list, got {type(_results).__name__}")
            else:
                results = []
                for results_index, results_item_data in enumerate(_results):
                    try:
                        _results_item = results_item_data
                        results_item: FeatureFlag
                        if _results_item is None:
                            results_item = cast(Any, None)
                        else:
                            results_item = FeatureFlag._check(_results_item)

                    except Exception as exc:
                        raise field_error(results_index, exc) from exc
                    results.append(results_item)

        except Exception as exc:
            raise field_error("results", exc) from exc

        if "count" not in d:
            raise ResponseShapeError("required field is missing", ("count",))
        count = d["count"]

        # Nested models are validated above and built on first access (see LazyFields).
        eligible_feature_flags_page = object.__new__(cls)
        eligible_feature_flags_page.count = count
        eligible_feature_flags_page._lazy_source = d
        eligible_feature_flags_page.additional_properties = (
            {}
            if d.keys() <= _EligibleFeatureFlagsPage_FIELDS
            else {k: v for k, v in d.items() if k not in _EligibleFeatureFlagsPage_FIELDS}
        )

        return eligible_feature_flags_page

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        try:
            if "results" not in d:
                raise ResponseShapeError("required field is missing")
            _results = d["results"]
            results: list[FeatureFlag]
            if _results is None:
                results = cast(Any, None)
            elif not isinstance(_results, list):
                raise ResponseShapeError(f"expected a list, got {type(_results).__name__}")
            else:
                results = []
                for results_index, results_item_data in enumerate(_results):
                    try:
                        _results_item = results_item_data
                        results_item: FeatureFlag
                        if _results_item is None:
                            results_item = cast(Any, None)
                        else:
                            results_item = FeatureFlag._check(_results_item)

                    except Exception as exc:
                        raise field_error(results_index, exc) from exc
                    results.append(results_item)

        except Exception as exc:
            raise field_error("results", exc) from exc

        if "count" not in d:
            raise ResponseShapeError("required field is missing", ("count",))
        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict

        if "count" not in d:
            raise ResponseShapeError("required field is missing", ("count",))
        count = d["count"]

        eligible_feature_flags_page = object.__new__(cls)
        eligible_feature_flags_page.count = count
        eligible_feature_flags_page._lazy_source = d
        eligible_feature_flags_page.additional_properties = (
            {}
            if d.keys() <= _EligibleFeatureFlagsPage_FIELDS
            else {k: v for k, v in d.items() if k not in _EligibleFeatureFlagsPage_FIELDS}
        )

        return eligible_feature_flags_page

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
_EligibleFeatureFlagsPage_FIELDS = frozenset(
    {
        "results",
        "count",
    }
)


def _build_EligibleFeatureFlagsPage_results(d: Mapping[str, Any]) -> Any:
    try:
        if "results" not in d:
            raise ResponseShapeError("required field is missing")
        _results = d["results"]
        results: list[FeatureFlag]
        if _results is None:
            results = cast(Any, None)
        elif not isinstance(_results, list):
            raise ResponseShapeError(f"expected a list, got {type(_results).__name__}")
        else:
            results = []
            for results_index, results_item_data in enumerate(_results):
                try:
                    _results_item = results_item_data
                    results_item: FeatureFlag
                    if _results_item is None:
                        results_item = cast(Any, None)
                    else:
                        results_item = FeatureFlag._from_valid(_results_item)

                except Exception as exc:
                    raise field_error(results_index, exc) from exc
                results.append(results_item)

    except Exception as exc:
        raise field_error("results", exc) from exc

    return results


# How each lazy field is built from the validated input, on first access.
EligibleFeatureFlagsPage._lazy_builders = {
    "results": _build_EligibleFeatureFlagsPage_results,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.feature_flag import FeatureFlag  # noqa: E402
