from typing import Literal

CohortTypeEnum = Literal["analytical", "behavioral", "person_property", "realtime", "static"]

COHORT_TYPE_ENUM_VALUES: set[CohortTypeEnum] = {
    "analytical",
    "behavioral",
    "person_property",
    "realtime",
    "static",
}


def check_cohort_type_enum(value: str) -> CohortTypeEnum:
    """Accept a value of CohortTypeEnum.

    Values outside COHORT_TYPE_ENUM_VALUES are returned unchanged rather than
    rejected: PostHog adds values over time (a status ``paused``, a new conclusion), and a
    response carrying one must still parse and round-trip.
    """
    return value  # type: ignore[return-value]
