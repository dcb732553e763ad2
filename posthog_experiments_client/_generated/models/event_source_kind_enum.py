from typing import Literal

EventSourceKindEnum = Literal["ActionsNode", "EventsNode"]

EVENT_SOURCE_KIND_ENUM_VALUES: set[EventSourceKindEnum] = {
    "ActionsNode",
    "EventsNode",
}


def check_event_source_kind_enum(value: str) -> EventSourceKindEnum:
    """Accept a value of EventSourceKindEnum.

    Values outside EVENT_SOURCE_KIND_ENUM_VALUES are returned unchanged rather than
    rejected: PostHog adds values over time (a status ``paused``, a new conclusion), and a
    response carrying one must still parse and round-trip.
    """
    return value  # type: ignore[return-value]
