"""URL routing like PostHog's DRF router: optional trailing slash, list actions first."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

__all__ = ["Route", "RouteMatch", "match_route"]

_PREFIX = r"^/api/(?:projects|environments)/(?P<project>[^/.]+)/experiments"
_PK = r"/(?P<pk>[^/.]+)"
_QUERY = r"^/api/(?:projects|environments)/(?P<project>[^/.]+)/query"


@dataclass(frozen=True, slots=True)
class Route:
    """One URL pattern and the action name for each verb it serves."""

    pattern: re.Pattern[str]
    actions: dict[str, str]
    allow: str
    resource: str = "experiment"


@dataclass(frozen=True, slots=True)
class RouteMatch:
    """A matched route with its path parameters."""

    route: Route
    project: str
    pk: str | None


def _post(action: str) -> dict[str, str]:
    return {"POST": action}


def _get(action: str) -> dict[str, str]:
    return {"GET": action, "HEAD": action}


def _detail_action(name: str, actions: dict[str, str]) -> Route:
    allow = ", ".join([*actions, "OPTIONS"])
    return Route(re.compile(_PREFIX + _PK + rf"/{name}/?$"), actions, allow)


def _list_action(name: str) -> Route:
    return Route(re.compile(_PREFIX + rf"/{name}/?$"), _get(name), "GET, HEAD, OPTIONS")


def _crud_routes(resource: str, segment: str) -> tuple[Route, Route]:
    """A ``ModelViewSet``'s list and detail routes; actions are named ``{resource}_{verb}``."""
    prefix = r"^/api/(?:projects|environments)/(?P<project>[^/.]+)/" + segment
    verbs = {"GET": "list", "HEAD": "list", "POST": "create"}
    detail = {
        "GET": "retrieve",
        "HEAD": "retrieve",
        "PUT": "update",
        "PATCH": "partial_update",
        "DELETE": "destroy",
    }
    return (
        Route(
            re.compile(prefix + r"/?$"),
            {verb: f"{resource}_{action}" for verb, action in verbs.items()},
            "GET, POST, HEAD, OPTIONS",
            resource,
        ),
        Route(
            re.compile(prefix + _PK + r"/?$"),
            {verb: f"{resource}_{action}" for verb, action in detail.items()},
            "GET, PUT, PATCH, DELETE, HEAD, OPTIONS",
            resource,
        ),
    )


# DRF's order: the list route, list-level actions, the detail route, detail actions. A
# version that lacks an action has no such route, so its path falls through as PostHog's
# router would (a list-level name then reads as an experiment id).
ROUTES: tuple[Route, ...] = (
    Route(
        re.compile(_PREFIX + r"/?$"),
        {"GET": "list", "HEAD": "list", "POST": "create"},
        "GET, POST, HEAD, OPTIONS",
    ),
    _list_action("requires_flag_implementation"),
    _list_action("eligible_feature_flags"),
    _list_action("stats"),
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
    _detail_action("duplicate", _post("duplicate")),
    _detail_action(
        "create_exposure_cohort_for_experiment", _post("create_exposure_cohort_for_experiment")
    ),
    *(
        _detail_action(name, _post(name))
        for name in (
            "launch",
            "end",
            "pause",
            "resume",
            "reset",
            "archive",
            "unarchive",
            "ship_variant",
            "copy_to_project",
            "recalculate_timeseries",
        )
    ),
    _detail_action("timeseries_results", _get("timeseries_results")),
    # The query API, beside the experiments viewset (actions in ``query_views``).
    Route(re.compile(_QUERY + r"/?$"), {"POST": "query"}, "POST, OPTIONS"),
    Route(
        re.compile(_QUERY + r"/(?P<pk>[^/]+)/?$"),
        {"GET": "query_status", "HEAD": "query_status", "DELETE": "query_cancel"},
        "GET, DELETE, HEAD, OPTIONS",
    ),
    *(
        route
        for resource, segment in (
            ("holdout", "experiment_holdouts"),
            ("saved_metric", "experiment_saved_metrics"),
        )
        for route in _crud_routes(resource, segment)
    ),
)


def match_route(path: str, available: Collection[str]) -> RouteMatch | None:
    """Find the route for ``path`` among the ``available`` actions (``None``: unknown path)."""
    for route in ROUTES:
        if not all(action in available for action in route.actions.values()):
            continue
        match = route.pattern.match(path)
        if match:
            groups = match.groupdict()
            return RouteMatch(route, groups["project"], groups.get("pk"))
    return None
