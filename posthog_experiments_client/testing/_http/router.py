"""URL routing like PostHog's DRF router: optional trailing slash, list actions first."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Route", "RouteMatch", "match_route"]

_PREFIX = r"^/api/(?:projects|environments)/(?P<project>[^/.]+)/experiments"
_PK = r"/(?P<pk>[^/.]+)"


@dataclass(frozen=True, slots=True)
class Route:
    """One URL pattern and the action name for each verb it serves."""

    pattern: re.Pattern[str]
    actions: dict[str, str]
    allow: str


@dataclass(frozen=True, slots=True)
class RouteMatch:
    """A matched route with its path parameters."""

    route: Route
    project: str
    pk: str | None


# DRF's order: the list route, list-level actions, the detail route, detail actions.
ROUTES: tuple[Route, ...] = (
    Route(
        re.compile(_PREFIX + r"/?$"),
        {"GET": "list", "HEAD": "list", "POST": "create"},
        "GET, POST, HEAD, OPTIONS",
    ),
    Route(
        re.compile(_PREFIX + r"/requires_flag_implementation/?$"),
        {"GET": "requires_flag_implementation", "HEAD": "requires_flag_implementation"},
        "GET, HEAD, OPTIONS",
    ),
    Route(
        re.compile(_PREFIX + _PK + r"/?$"),
        {
            "GET": "retrieve",
            "HEAD": "retrieve",
            "PUT": "update",
            "PATCH": "partial_update",
            "DELETE": "destroy",
        },
        "GET, PUT, PATCH, DELETE, HEAD, OPTIONS",
    ),
    Route(re.compile(_PREFIX + _PK + r"/duplicate/?$"), {"POST": "duplicate"}, "POST, OPTIONS"),
    Route(
        re.compile(_PREFIX + _PK + r"/create_exposure_cohort_for_experiment/?$"),
        {"POST": "create_exposure_cohort_for_experiment"},
        "POST, OPTIONS",
    ),
)


def match_route(path: str) -> RouteMatch | None:
    """Find the route for ``path`` (``None`` for an unknown path)."""
    for route in ROUTES:
        match = route.pattern.match(path)
        if match:
            groups = match.groupdict()
            return RouteMatch(route, groups["project"], groups.get("pk"))
    return None
