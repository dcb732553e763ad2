from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.query_refresh_enum import QueryRefreshEnum, check_query_refresh_enum
from ..types import (
    UNSET,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.experiment_exposure_query import ExperimentExposureQuery
    from ..models.experiment_query import ExperimentQuery


T = TypeVar("T", bound="QueryRequest")


@_attrs_define
class QueryRequest:
    """
    Attributes:
        query (ExperimentExposureQuery | ExperimentQuery):
        refresh (QueryRefreshEnum | Unset): How to use the cache. `blocking` (the default) computes if stale;
            `force_blocking` always computes; `force_cache` only reads the cache; `async`, `lazy_async`, `force_async` and
            `async_except_on_cache_miss` may answer 202 and compute in the background.
        client_query_id (str | Unset): An id of your choosing for the async query.
    """

    query: ExperimentExposureQuery | ExperimentQuery
    refresh: QueryRefreshEnum | Unset = UNSET
    client_query_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query: dict[str, Any]
        if isinstance(self.query, ExperimentQuery):
            query = self.query.to_dict() if self.query is not None else None
        else:
            query = self.query.to_dict() if self.query is not None else None

        refresh: str | Unset = UNSET
        if not isinstance(self.refresh, Unset):
            refresh = self.refresh

        client_query_id = self.client_query_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if refresh is not UNSET:
            field_dict["refresh"] = refresh
        if client_query_id is not UNSET:
            field_dict["client_query_id"] = client_query_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        try:
            if "query" not in d:
                raise ResponseShapeError("required field is missing")
            query = _parse_QueryRequest_query(d["query"])
        except Exception as exc:
            raise field_error("query", exc) from exc

        try:
            _refresh = get("refresh", UNSET)
            refresh: QueryRefreshEnum | Unset
            if _refresh is None:
                refresh = cast(Any, None)
            elif isinstance(_refresh, Unset):
                refresh = UNSET
            else:
                refresh = check_query_refresh_enum(_refresh)

        except Exception as exc:
            raise field_error("refresh", exc) from exc

        client_query_id = get("client_query_id", UNSET)

        query_request = cls(
            query=query,
            refresh=refresh,
            client_query_id=client_query_id,
        )

        unknown = d.keys() - _QueryRequest_FIELDS
        query_request.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
        )
        return query_request

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
_QueryRequest_FIELDS = frozenset(
    {
        "query",
        "refresh",
        "client_query_id",
    }
)


def _parse_QueryRequest_query(data: object) -> ExperimentExposureQuery | ExperimentQuery:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        _query_type_0 = data
        query_type_0: ExperimentQuery
        if _query_type_0 is None:
            query_type_0 = cast(Any, None)
        else:
            query_type_0 = ExperimentQuery.from_dict(_query_type_0)

        return query_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExperimentExposureQuery, got {type(data).__name__}")
    _query_type_1 = data
    query_type_1: ExperimentExposureQuery
    if _query_type_1 is None:
        query_type_1 = cast(Any, None)
    else:
        query_type_1 = ExperimentExposureQuery.from_dict(_query_type_1)

    return query_type_1


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.experiment_exposure_query import ExperimentExposureQuery  # noqa: E402
from ..models.experiment_query import ExperimentQuery  # noqa: E402
