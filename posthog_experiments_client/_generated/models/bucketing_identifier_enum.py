from typing import Literal

BucketingIdentifierEnum = Literal["device_id", "distinct_id"]

BUCKETING_IDENTIFIER_ENUM_VALUES: set[BucketingIdentifierEnum] = {
    "device_id",
    "distinct_id",
}


def check_bucketing_identifier_enum(value: str) -> BucketingIdentifierEnum:
    """Accept a value of BucketingIdentifierEnum.

    Values outside BUCKETING_IDENTIFIER_ENUM_VALUES are returned unchanged rather than
    rejected: PostHog adds values over time (a status ``paused``, a new conclusion), and a
    response carrying one must still parse and round-trip.
    """
    return value  # type: ignore[return-value]
