from typing import Literal

ErrorTypeEnum = Literal[
    "authentication_error", "invalid_request", "server_error", "throttled_error", "validation_error"
]

ERROR_TYPE_ENUM_VALUES: set[ErrorTypeEnum] = {
    "authentication_error",
    "invalid_request",
    "server_error",
    "throttled_error",
    "validation_error",
}


def check_error_type_enum(value: str) -> ErrorTypeEnum:
    """Accept a value of ErrorTypeEnum.

    Values outside ERROR_TYPE_ENUM_VALUES are returned unchanged rather than
    rejected: PostHog adds values over time (a status ``paused``, a new conclusion), and a
    response carrying one must still parse and round-trip.
    """
    return value  # type: ignore[return-value]
