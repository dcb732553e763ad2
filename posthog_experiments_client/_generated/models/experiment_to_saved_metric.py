from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
    format_datetime,
    parse_datetime,
)

T = TypeVar("T", bound="ExperimentToSavedMetric")


@_attrs_define
class ExperimentToSavedMetric:
    """
    Attributes:
        id (int):
        experiment (int):
        saved_metric (int):
        metadata (Any | Unset): `{"type": "primary"|"secondary"}`
        created_at (datetime.datetime | Unset):
        query (Any | Unset): The saved metric's query.
        name (str | Unset):
    """

    id: int
    experiment: int
    saved_metric: int
    metadata: Any | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    query: Any | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        experiment = self.experiment

        saved_metric = self.saved_metric

        metadata = self.metadata

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = format_datetime(self.created_at)

        query = self.query

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "experiment": experiment,
                "saved_metric": saved_metric,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if query is not UNSET:
            field_dict["query"] = query
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        id = d["id"]

        if "experiment" not in d:
            raise ResponseShapeError("required field is missing", ("experiment",))
        experiment = d["experiment"]

        if "saved_metric" not in d:
            raise ResponseShapeError("required field is missing", ("saved_metric",))
        saved_metric = d["saved_metric"]

        metadata = get("metadata", UNSET)

        try:
            _created_at = get("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if _created_at is None:
                created_at = cast(Any, None)
            elif isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

        except Exception as exc:
            raise field_error("created_at", exc) from exc

        query = get("query", UNSET)

        name = get("name", UNSET)

        experiment_to_saved_metric = cls(
            id=id,
            experiment=experiment,
            saved_metric=saved_metric,
            metadata=metadata,
            created_at=created_at,
            query=query,
            name=name,
        )
        experiment_to_saved_metric.additional_properties = (
            {}
            if d.keys() <= _ExperimentToSavedMetric_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentToSavedMetric_FIELDS}
        )

        return experiment_to_saved_metric

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        if "experiment" not in d:
            raise ResponseShapeError("required field is missing", ("experiment",))
        if "saved_metric" not in d:
            raise ResponseShapeError("required field is missing", ("saved_metric",))
        try:
            _created_at = get("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if _created_at is None:
                created_at = cast(Any, None)
            elif isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

        except Exception as exc:
            raise field_error("created_at", exc) from exc

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
_ExperimentToSavedMetric_FIELDS = frozenset(
    {
        "id",
        "experiment",
        "saved_metric",
        "metadata",
        "created_at",
        "query",
        "name",
    }
)
