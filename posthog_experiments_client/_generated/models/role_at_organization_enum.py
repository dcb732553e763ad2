from typing import Literal

RoleAtOrganizationEnum = Literal[
    "", "data", "engineering", "founder", "leadership", "marketing", "other", "product", "sales"
]

ROLE_AT_ORGANIZATION_ENUM_VALUES: set[RoleAtOrganizationEnum] = {
    "",
    "data",
    "engineering",
    "founder",
    "leadership",
    "marketing",
    "other",
    "product",
    "sales",
}


def check_role_at_organization_enum(value: str) -> RoleAtOrganizationEnum:
    """Accept a value of RoleAtOrganizationEnum.

    Values outside ROLE_AT_ORGANIZATION_ENUM_VALUES are returned unchanged rather than
    rejected: PostHog adds values over time (a status ``paused``, a new conclusion), and a
    response carrying one must still parse and round-trip.
    """
    return value  # type: ignore[return-value]
