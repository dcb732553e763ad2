from typing import Literal

QueryRefreshEnum = Literal[
    "async",
    "async_except_on_cache_miss",
    "blocking",
    "force_async",
    "force_blocking",
    "force_cache",
    "lazy_async",
]

QUERY_REFRESH_ENUM_VALUES: set[QueryRefreshEnum] = {
    "async",
    "async_except_on_cache_miss",
    "blocking",
    "force_async",
    "force_blocking",
    "force_cache",
    "lazy_async",
}


def check_query_refresh_enum(value: str) -> QueryRefreshEnum:
    """Accept a value of QueryRefreshEnum.

    Values outside QUERY_REFRESH_ENUM_VALUES are returned unchanged rather than
    rejected: PostHog adds values over time (a status ``paused``, a new conclusion), and a
    response carrying one must still parse and round-trip.
    """
    return value  # type: ignore[return-value]
