from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.query_status import QueryStatus


T = TypeVar("T", bound="CacheMissResponse")


@_attrs_define
class CacheMissResponse:
    """The 202 of an async refresh mode.

    Attributes:
        cache_key (None | str | Unset):
        query_status (None | QueryStatus | Unset):
    """

    cache_key: str | Unset | None = UNSET
    query_status: QueryStatus | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_key: str | Unset | None
        if isinstance(self.cache_key, Unset):
            cache_key = UNSET
        else:
            cache_key = self.cache_key

        query_status: dict[str, Any] | Unset | None
        if isinstance(self.query_status, Unset):
            query_status = UNSET
        elif isinstance(self.query_status, QueryStatus):
            query_status = self.query_status.to_dict() if self.query_status is not None else None
        else:
            query_status = self.query_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cache_key is not UNSET:
            field_dict["cache_key"] = cache_key
        if query_status is not UNSET:
            field_dict["query_status"] = query_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        try:
            cache_key: str | Unset | None = get("cache_key", UNSET)

        except Exception as exc:
            raise field_error("cache_key", exc) from exc

        try:
            query_status = _parse_CacheMissResponse_query_status(get("query_status", UNSET))
        except Exception as exc:
            raise field_error("query_status", exc) from exc

        cache_miss_response = cls(
            cache_key=cache_key,
            query_status=query_status,
        )

        unknown = d.keys() - _CacheMissResponse_FIELDS
        cache_miss_response.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
        )
        return cache_miss_response

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
_CacheMissResponse_FIELDS = frozenset(
    {
        "cache_key",
        "query_status",
    }
)


def _parse_CacheMissResponse_query_status(data: object) -> QueryStatus | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected QueryStatus, got {type(data).__name__}")
    _query_status_type_1 = data
    query_status_type_1: QueryStatus
    if _query_status_type_1 is None:
        query_status_type_1 = cast(Any, None)
    else:
        query_status_type_1 = QueryStatus.from_dict(_query_status_type_1)

    return query_status_type_1


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.query_status import QueryStatus  # noqa: E402
