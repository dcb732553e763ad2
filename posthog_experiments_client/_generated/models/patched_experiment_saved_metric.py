from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyFields,
    Unset,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.experiment_metric import ExperimentMetric


T = TypeVar("T", bound="PatchedExperimentSavedMetric")


@_attrs_define
class PatchedExperimentSavedMetric(LazyFields):
    """
    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        query (ExperimentMetric | Unset): A metric (`kind: ExperimentMetric`). Legacy kinds (`ExperimentTrendsQuery`,
            `ExperimentFunnelsQuery`) parse too; their other keys are kept as additional properties.
        tags (list[Any] | Unset):
    """

    name: str | Unset = UNSET
    description: str | Unset | None = UNSET
    query: ExperimentMetric | Unset = UNSET
    tags: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict() if self.query is not None else None

        tags: list[Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if query is not UNSET:
            field_dict["query"] = query
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        name = get("name", UNSET)

        try:
            description: str | Unset | None = get("description", UNSET)

        except Exception as exc:
            raise field_error("description", exc) from exc

        try:
            _query = get("query", UNSET)
            query: ExperimentMetric | Unset
            if _query is None:
                query = cast(Any, None)
            elif isinstance(_query, Unset):
                query = UNSET
            else:
                query = ExperimentMetric._check(_query)

        except Exception as exc:
            raise field_error("query", exc) from exc

        try:
            tags: list[Any] = get("tags", UNSET)

        except Exception as exc:
            raise field_error("tags", exc) from exc

        # Nested models are validated above and built on first access (see LazyFields).
        patched_experiment_saved_metric = object.__new__(cls)
        patched_experiment_saved_metric.name = name
        patched_experiment_saved_metric.description = description
        patched_experiment_saved_metric.tags = tags
        patched_experiment_saved_metric._lazy_source = d
        patched_experiment_saved_metric.additional_properties = (
            {}
            if d.keys() <= _PatchedExperimentSavedMetric_FIELDS
            else {k: v for k, v in d.items() if k not in _PatchedExperimentSavedMetric_FIELDS}
        )

        return patched_experiment_saved_metric

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        try:
            _query = get("query", UNSET)
            query: ExperimentMetric | Unset
            if _query is None:
                query = cast(Any, None)
            elif isinstance(_query, Unset):
                query = UNSET
            else:
                query = ExperimentMetric._check(_query)

        except Exception as exc:
            raise field_error("query", exc) from exc

        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict
        get = d.get

        name = get("name", UNSET)

        try:
            description: str | Unset | None = get("description", UNSET)

        except Exception as exc:
            raise field_error("description", exc) from exc

        try:
            tags: list[Any] = get("tags", UNSET)

        except Exception as exc:
            raise field_error("tags", exc) from exc

        patched_experiment_saved_metric = object.__new__(cls)
        patched_experiment_saved_metric.name = name
        patched_experiment_saved_metric.description = description
        patched_experiment_saved_metric.tags = tags
        patched_experiment_saved_metric._lazy_source = d
        patched_experiment_saved_metric.additional_properties = (
            {}
            if d.keys() <= _PatchedExperimentSavedMetric_FIELDS
            else {k: v for k, v in d.items() if k not in _PatchedExperimentSavedMetric_FIELDS}
        )

        return patched_experiment_saved_metric

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
_PatchedExperimentSavedMetric_FIELDS = frozenset(
    {
        "name",
        "description",
        "query",
        "tags",
    }
)


def _build_PatchedExperimentSavedMetric_query(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        _query = get("query", UNSET)
        query: ExperimentMetric | Unset
        if _query is None:
            query = cast(Any, None)
        elif isinstance(_query, Unset):
            query = UNSET
        else:
            query = ExperimentMetric._from_valid(_query)

    except Exception as exc:
        raise field_error("query", exc) from exc

    return query


# How each lazy field is built from the validated input, on first access.
PatchedExperimentSavedMetric._lazy_builders = {
    "query": _build_PatchedExperimentSavedMetric_query,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.experiment_metric import ExperimentMetric  # noqa: E402
