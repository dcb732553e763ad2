from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    ResponseShapeError,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.query_status import QueryStatus


T = TypeVar("T", bound="QueryStatusResponse")


@_attrs_define
class QueryStatusResponse:
    """
    Attributes:
        query_status (QueryStatus): The state of an async query.
    """

    query_status: QueryStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query_status = self.query_status.to_dict() if self.query_status is not None else None

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query_status": query_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        try:
            if "query_status" not in d:
                raise ResponseShapeError("required field is missing")
            _query_status = d["query_status"]
            query_status: QueryStatus
            if _query_status is None:
                query_status = cast(Any, None)
            else:
                query_status = QueryStatus.from_dict(_query_status)

        except Exception as exc:
            raise field_error("query_status", exc) from exc

        query_status_response = cls(
            query_status=query_status,
        )

        unknown = d.keys() - _QueryStatusResponse_FIELDS
        query_status_response.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
        )
        return query_status_response

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
_QueryStatusResponse_FIELDS = frozenset(
    {
        "query_status",
    }
)


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.query_status import QueryStatus  # noqa: E402
