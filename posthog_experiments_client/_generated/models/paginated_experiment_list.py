from __future__ import annotations

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
)

if TYPE_CHECKING:
    from ..models.experiment import Experiment


T = TypeVar("T", bound="PaginatedExperimentList")


@_attrs_define
class PaginatedExperimentList(LazyFields):
    """
    Attributes:
        count (int):  Example: 123.
        results (list[Experiment]):
        next_ (None | str | Unset):  Example: https://us.posthog.com/api/projects/1/experiments/?limit=100&offset=100.
        previous (None | str | Unset):  Example: https://us.posthog.com/api/projects/1/experiments/?limit=100.
    """

    count: int
    results: list[Experiment]
    next_: str | Unset | None = UNSET
    previous: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        if self.results is None:
            results = cast(Any, None)
        else:
            results = []
            for results_item_data in self.results:
                results_item = (
                    results_item_data.to_dict() if results_item_data is not None else None
                )
                results.append(results_item)

        next_: str | Unset | None
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        previous: str | Unset | None
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "results": results,
            }
        )
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        if "count" not in d:
            raise ResponseShapeError("required field is missing", ("count",))
        count = d["count"]

        try:
            if "results" not in d:
                raise ResponseShapeError("required field is missing")
            _results = d["results"]
            results: list[Experiment]
            if _results is None:
                results = cast(Any, None)
            elif not isinstance(_results, list):
                raise ResponseShapeError(f"expected a list, got {type(_results).__name__}")
            else:
                results = []
                for results_index, results_item_data in enumerate(_results):
                    try:
                        _results_item = results_item_data
                        results_item: Experiment
                        if _results_item is None:
                            results_item = cast(Any, None)
                        else:
                            results_item = Experiment._check(_results_item)

                    except Exception as exc:
                        raise field_error(results_index, exc) from exc
                    results.append(results_item)

        except Exception as exc:
            raise field_error("results", exc) from exc

        try:
            next_: str | Unset | None = get("next", UNSET)

        except Exception as exc:
            raise field_error("next", exc) from exc

        try:
            previous: str | Unset | None = get("previous", UNSET)

        except Exception as exc:
            raise field_error("previous", exc) from exc

        # Nested models are validated above and built on first access (see LazyFields).
        paginated_experiment_list = object.__new__(cls)
        paginated_experiment_list.count = count
        paginated_experiment_list.next_ = next_
        paginated_experiment_list.previous = previous
        paginated_experiment_list._lazy_source = d
        paginated_experiment_list.additional_properties = (
            {}
            if d.keys() <= _PaginatedExperimentList_FIELDS
            else {k: v for k, v in d.items() if k not in _PaginatedExperimentList_FIELDS}
        )

        return paginated_experiment_list

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "count" not in d:
            raise ResponseShapeError("required field is missing", ("count",))
        try:
            if "results" not in d:
                raise ResponseShapeError("required field is missing")
            _results = d["results"]
            results: list[Experiment]
            if _results is None:
                results = cast(Any, None)
            elif not isinstance(_results, list):
                raise ResponseShapeError(f"expected a list, got {type(_results).__name__}")
            else:
                results = []
                for results_index, results_item_data in enumerate(_results):
                    try:
                        _results_item = results_item_data
                        results_item: Experiment
                        if _results_item is None:
                            results_item = cast(Any, None)
                        else:
                            results_item = Experiment._check(_results_item)

                    except Exception as exc:
                        raise field_error(results_index, exc) from exc
                    results.append(results_item)

        except Exception as exc:
            raise field_error("results", exc) from exc

        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict
        get = d.get

        if "count" not in d:
            raise ResponseShapeError("required field is missing", ("count",))
        count = d["count"]

        try:
            next_: str | Unset | None = get("next", UNSET)

        except Exception as exc:
            raise field_error("next", exc) from exc

        try:
            previous: str | Unset | None = get("previous", UNSET)

        except Exception as exc:
            raise field_error("previous", exc) from exc

        paginated_experiment_list = object.__new__(cls)
        paginated_experiment_list.count = count
        paginated_experiment_list.next_ = next_
        paginated_experiment_list.previous = previous
        paginated_experiment_list._lazy_source = d
        paginated_experiment_list.additional_properties = (
            {}
            if d.keys() <= _PaginatedExperimentList_FIELDS
            else {k: v for k, v in d.items() if k not in _PaginatedExperimentList_FIELDS}
        )

        return paginated_experiment_list

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
_PaginatedExperimentList_FIELDS = frozenset(
    {
        "count",
        "results",
        "next",
        "previous",
    }
)


def _build_PaginatedExperimentList_results(d: Mapping[str, Any]) -> Any:
    try:
        if "results" not in d:
            raise ResponseShapeError("required field is missing")
        _results = d["results"]
        results: list[Experiment]
        if _results is None:
            results = cast(Any, None)
        elif not isinstance(_results, list):
            raise ResponseShapeError(f"expected a list, got {type(_results).__name__}")
        else:
            results = []
            for results_index, results_item_data in enumerate(_results):
                try:
                    _results_item = results_item_data
                    results_item: Experiment
                    if _results_item is None:
                        results_item = cast(Any, None)
                    else:
                        results_item = Experiment._from_valid(_results_item)

                except Exception as exc:
                    raise field_error(results_index, exc) from exc
                results.append(results_item)

    except Exception as exc:
        raise field_error("results", exc) from exc

    return results


# How each lazy field is built from the validated input, on first access.
PaginatedExperimentList._lazy_builders = {
    "results": _build_PaginatedExperimentList_results,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.experiment import Experiment  # noqa: E402
