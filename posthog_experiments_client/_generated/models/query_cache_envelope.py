from __future__ import annotations

import datetime
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
    format_datetime,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.query_status import QueryStatus


T = TypeVar("T", bound="QueryCacheEnvelope")


@_attrs_define
class QueryCacheEnvelope:
    """The cache fields around every query response: `cache_key`, `is_cached`, `last_refresh`,
    `next_allowed_client_refresh` and `timezone` are always present; `query_status`, `cache_target_age`,
    `calculation_trigger` and `query_metadata` may be null.

        Attributes:
            cache_key (None | str | Unset):
            is_cached (bool | None | Unset):
            last_refresh (datetime.datetime | None | Unset):
            next_allowed_client_refresh (datetime.datetime | None | Unset):
            cache_target_age (datetime.datetime | None | Unset):
            timezone (None | str | Unset):
            calculation_trigger (None | str | Unset):
            query_metadata (Any | Unset): PostHog's query metadata, or null.
            query_status (None | QueryStatus | Unset):
    """

    cache_key: str | Unset | None = UNSET
    is_cached: bool | Unset | None = UNSET
    last_refresh: datetime.datetime | Unset | None = UNSET
    next_allowed_client_refresh: datetime.datetime | Unset | None = UNSET
    cache_target_age: datetime.datetime | Unset | None = UNSET
    timezone: str | Unset | None = UNSET
    calculation_trigger: str | Unset | None = UNSET
    query_metadata: Any | Unset = UNSET
    query_status: QueryStatus | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cache_key: str | Unset | None
        if isinstance(self.cache_key, Unset):
            cache_key = UNSET
        else:
            cache_key = self.cache_key

        is_cached: bool | Unset | None
        if isinstance(self.is_cached, Unset):
            is_cached = UNSET
        else:
            is_cached = self.is_cached

        last_refresh: str | Unset | None
        if isinstance(self.last_refresh, Unset):
            last_refresh = UNSET
        elif isinstance(self.last_refresh, datetime.datetime):
            last_refresh = format_datetime(self.last_refresh)
        else:
            last_refresh = self.last_refresh

        next_allowed_client_refresh: str | Unset | None
        if isinstance(self.next_allowed_client_refresh, Unset):
            next_allowed_client_refresh = UNSET
        elif isinstance(self.next_allowed_client_refresh, datetime.datetime):
            next_allowed_client_refresh = format_datetime(self.next_allowed_client_refresh)
        else:
            next_allowed_client_refresh = self.next_allowed_client_refresh

        cache_target_age: str | Unset | None
        if isinstance(self.cache_target_age, Unset):
            cache_target_age = UNSET
        elif isinstance(self.cache_target_age, datetime.datetime):
            cache_target_age = format_datetime(self.cache_target_age)
        else:
            cache_target_age = self.cache_target_age

        timezone: str | Unset | None
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        calculation_trigger: str | Unset | None
        if isinstance(self.calculation_trigger, Unset):
            calculation_trigger = UNSET
        else:
            calculation_trigger = self.calculation_trigger

        query_metadata = self.query_metadata

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
        if is_cached is not UNSET:
            field_dict["is_cached"] = is_cached
        if last_refresh is not UNSET:
            field_dict["last_refresh"] = last_refresh
        if next_allowed_client_refresh is not UNSET:
            field_dict["next_allowed_client_refresh"] = next_allowed_client_refresh
        if cache_target_age is not UNSET:
            field_dict["cache_target_age"] = cache_target_age
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if calculation_trigger is not UNSET:
            field_dict["calculation_trigger"] = calculation_trigger
        if query_metadata is not UNSET:
            field_dict["query_metadata"] = query_metadata
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
            is_cached: bool | Unset | None = get("is_cached", UNSET)

        except Exception as exc:
            raise field_error("is_cached", exc) from exc

        try:
            last_refresh = _parse_QueryCacheEnvelope_last_refresh(get("last_refresh", UNSET))
        except Exception as exc:
            raise field_error("last_refresh", exc) from exc

        try:
            next_allowed_client_refresh = _parse_QueryCacheEnvelope_next_allowed_client_refresh(
                get("next_allowed_client_refresh", UNSET)
            )
        except Exception as exc:
            raise field_error("next_allowed_client_refresh", exc) from exc

        try:
            cache_target_age = _parse_QueryCacheEnvelope_cache_target_age(
                get("cache_target_age", UNSET)
            )
        except Exception as exc:
            raise field_error("cache_target_age", exc) from exc

        try:
            timezone: str | Unset | None = get("timezone", UNSET)

        except Exception as exc:
            raise field_error("timezone", exc) from exc

        try:
            calculation_trigger: str | Unset | None = get("calculation_trigger", UNSET)

        except Exception as exc:
            raise field_error("calculation_trigger", exc) from exc

        query_metadata = get("query_metadata", UNSET)

        try:
            query_status = _parse_QueryCacheEnvelope_query_status(get("query_status", UNSET))
        except Exception as exc:
            raise field_error("query_status", exc) from exc

        query_cache_envelope = cls(
            cache_key=cache_key,
            is_cached=is_cached,
            last_refresh=last_refresh,
            next_allowed_client_refresh=next_allowed_client_refresh,
            cache_target_age=cache_target_age,
            timezone=timezone,
            calculation_trigger=calculation_trigger,
            query_metadata=query_metadata,
            query_status=query_status,
        )

        unknown = d.keys() - _QueryCacheEnvelope_FIELDS
        query_cache_envelope.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
        )
        return query_cache_envelope

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
_QueryCacheEnvelope_FIELDS = frozenset(
    {
        "cache_key",
        "is_cached",
        "last_refresh",
        "next_allowed_client_refresh",
        "cache_target_age",
        "timezone",
        "calculation_trigger",
        "query_metadata",
        "query_status",
    }
)


def _parse_QueryCacheEnvelope_last_refresh(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected datetime.datetime, got {type(data).__name__}")
    _last_refresh_type_0 = data
    last_refresh_type_0: datetime.datetime
    if _last_refresh_type_0 is None:
        last_refresh_type_0 = cast(Any, None)
    else:
        last_refresh_type_0 = parse_datetime(_last_refresh_type_0)

    return last_refresh_type_0


def _parse_QueryCacheEnvelope_next_allowed_client_refresh(
    data: object,
) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected datetime.datetime, got {type(data).__name__}")
    _next_allowed_client_refresh_type_0 = data
    next_allowed_client_refresh_type_0: datetime.datetime
    if _next_allowed_client_refresh_type_0 is None:
        next_allowed_client_refresh_type_0 = cast(Any, None)
    else:
        next_allowed_client_refresh_type_0 = parse_datetime(_next_allowed_client_refresh_type_0)

    return next_allowed_client_refresh_type_0


def _parse_QueryCacheEnvelope_cache_target_age(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected datetime.datetime, got {type(data).__name__}")
    _cache_target_age_type_0 = data
    cache_target_age_type_0: datetime.datetime
    if _cache_target_age_type_0 is None:
        cache_target_age_type_0 = cast(Any, None)
    else:
        cache_target_age_type_0 = parse_datetime(_cache_target_age_type_0)

    return cache_target_age_type_0


def _parse_QueryCacheEnvelope_query_status(data: object) -> QueryStatus | Unset | None:
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
