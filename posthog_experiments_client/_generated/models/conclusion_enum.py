from typing import Literal

ConclusionEnum = Literal["inconclusive", "invalid", "lost", "stopped_early", "won"]

CONCLUSION_ENUM_VALUES: set[ConclusionEnum] = {
    "inconclusive",
    "invalid",
    "lost",
    "stopped_early",
    "won",
}


def check_conclusion_enum(value: str) -> ConclusionEnum:
    """Accept a value of ConclusionEnum.

    Values outside CONCLUSION_ENUM_VALUES are returned unchanged rather than
    rejected: PostHog adds values over time (a status ``paused``, a new conclusion), and a
    response carrying one must still parse and round-trip.
    """
    return value  # type: ignore[return-value]
