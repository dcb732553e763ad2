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
    from ..models.experiment_metric import ExperimentMetric


T = TypeVar("T", bound="ExperimentSavedMetricRequest")


@_attrs_define
class ExperimentSavedMetricRequest(LazyFields):
    """The body of a saved-metric create or PUT.

    Attributes:
        name (str):
        query (ExperimentMetric): A metric (`kind: ExperimentMetric`). Legacy kinds (`ExperimentTrendsQuery`,
            `ExperimentFunnelsQuery`) parse too; their other keys are kept as additional properties.
        description (None | str | Unset):
        tags (list[Any] | Unset):
    """

    name: str
    query: ExperimentMetric
    description: str | Unset | None = UNSET
    tags: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        query = self.query.to_dict() if self.query is not None else None

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tags: list[Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "query": query,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        if "name" not in d:
            raise ResponseShapeError("required field is missing", ("name",))
        name = d["name"]

        try:
            if "query" not in d:
                raise ResponseShapeError("required field is missing")
            _query = d["query"]
            query: ExperimentMetric
            if _query is None:
                query = cast(Any, None)
            else:
                query = ExperimentMetric._check(_query)

        except Exception as exc:
            raise field_error("query", exc) from exc

        try:
            description: str | Unset | None = get("description", UNSET)

        except Exception as exc:
            raise field_error("description", exc) from exc

        try:
            tags: list[Any] = get("tags", UNSET)

        except Exception as exc:
            raise field_error("tags", exc) from exc

        # Nested models are validated above and built on first access (see LazyFields).
        experiment_saved_metric_request = object.__new__(cls)
        experiment_saved_metric_request.name = name
        experiment_saved_metric_request.description = description
        experiment_saved_metric_request.tags = tags
        experiment_saved_metric_request._lazy_source = d
        experiment_saved_metric_request.additional_properties = (
            {}
            if d.keys() <= _ExperimentSavedMetricRequest_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentSavedMetricRequest_FIELDS}
        )

        return experiment_saved_metric_request

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "name" not in d:
            raise ResponseShapeError("required field is missing", ("name",))
        try:
            if "query" not in d:
                raise ResponseShapeError("required field is missing")
            _query = d["query"]
            query: ExperimentMetric
            if _query is None:
                query = cast(Any, None)
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

        if "name" not in d:
            raise ResponseShapeError("required field is missing", ("name",))
        name = d["name"]

        try:
            description: str | Unset | None = get("description", UNSET)

        except Exception as exc:
            raise field_error("description", exc) from exc

        try:
            tags: list[Any] = get("tags", UNSET)

        except Exception as exc:
            raise field_error("tags", exc) from exc

        experiment_saved_metric_request = object.__new__(cls)
        experiment_saved_metric_request.name = name
        experiment_saved_metric_request.description = description
        experiment_saved_metric_request.tags = tags
        experiment_saved_metric_request._lazy_source = d
        experiment_saved_metric_request.additional_properties = (
            {}
            if d.keys() <= _ExperimentSavedMetricRequest_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentSavedMetricRequest_FIELDS}
        )

        return experiment_saved_metric_request

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
_ExperimentSavedMetricRequest_FIELDS = frozenset(
    {
        "name",
        "query",
        "description",
        "tags",
    }
)


def _build_ExperimentSavedMetricRequest_query(d: Mapping[str, Any]) -> Any:
    try:
        if "query" not in d:
            raise ResponseShapeError("required field is missing")
        _query = d["query"]
        query: ExperimentMetric
        if _query is None:
            query = cast(Any, None)
        else:
            query = ExperimentMetric._from_valid(_query)

    except Exception as exc:
        raise field_error("query", exc) from exc

    return query


# How each lazy field is built from the validated input, on first access.
ExperimentSavedMetricRequest._lazy_builders = {
    "query": _build_ExperimentSavedMetricRequest_query,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.experiment_metric import ExperimentMetric  # noqa: E402
