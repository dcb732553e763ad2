from typing import Literal

StatsMethodEnum = Literal["bayesian", "frequentist"]

STATS_METHOD_ENUM_VALUES: set[StatsMethodEnum] = {
    "bayesian",
    "frequentist",
}


def check_stats_method_enum(value: str) -> StatsMethodEnum:
    """Accept a value of StatsMethodEnum.

    Values outside STATS_METHOD_ENUM_VALUES are returned unchanged rather than
    rejected: PostHog adds values over time (a status ``paused``, a new conclusion), and a
    response carrying one must still parse and round-trip.
    """
    return value  # type: ignore[return-value]
