"""Authentication and authorisation, checked in the order PostHog checks them:

1. find and check the personal API key (401);
2. resolve ``project_id`` (404 ``Project not found.``);
3. the key's project and organisation limits, then its scopes (403);
4. the user's membership of the project (403).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .._errors import ApiError, not_found, permission_denied
from .._state.models import ApiKey, Project, User
from .._state.store import Store

__all__ = ["Principal", "authenticate", "authorize", "find_key", "resolve_project"]

_BEARER_RE = re.compile(r"^Bearer\s+(\S.+)$")


@dataclass(frozen=True, slots=True)
class Principal:
    """Who made the request: the key and its owner."""

    key: ApiKey
    user: User


def find_key(
    headers: Mapping[str, str],
    load_body: Callable[[], Any],
    query: Mapping[str, str],
) -> tuple[Any, str] | None:
    """Find the key and where it came from: header, then body, then query string.

    The body is only decoded when the header holds no key, which is why a malformed
    body without an ``Authorization`` header fails with a parse error before any 401.
    """
    header = headers.get("authorization")
    if header is not None:
        match = _BEARER_RE.match(header)
        if match:
            token = match.group(1).strip()
            if token.startswith(("pha_", "phs_")):  # OAuth and project secret keys
                return None
            return token, "Authorization header"
    data = load_body()
    if isinstance(data, Mapping) and data and "personal_api_key" in data:
        return data["personal_api_key"], "body"
    if "personal_api_key" in query:
        return query["personal_api_key"], "query string"
    return None


def _unauthorized(code: str, detail: str, site_url: str) -> ApiError:
    metadata = f'Bearer resource_metadata="{site_url}/.well-known/oauth-protected-resource"'
    return ApiError(
        401, "authentication_error", code, detail, headers={"WWW-Authenticate": metadata}
    )


def authenticate(store: Store, found: tuple[Any, str] | None, site_url: str) -> Principal:
    """Check the key found in the request.

    Raises:
        ApiError: 401 ``not_authenticated`` without a key, ``authentication_failed``
            for an unknown key or an inactive owner.
    """
    if found is None:
        raise _unauthorized(
            "not_authenticated", "Authentication credentials were not provided.", site_url
        )
    value, source = found
    key = store.keys.get(value) if isinstance(value, str) else None
    user = store.users.get(key.user_id) if key is not None else None
    if key is None or user is None or not user.is_active:
        raise _unauthorized(
            "authentication_failed",
            f"Personal API key found in request {source} is invalid.",
            site_url,
        )
    return Principal(key, user)


def resolve_project(store: Store, principal: Principal, raw: str) -> Project:
    """Resolve ``project_id``: an integer or ``@current`` (the user's current project)."""
    if raw == "@current":
        project_id = principal.user.current_project_id
    else:
        try:
            project_id = int(raw)
        except ValueError:
            project_id = None
    project = store.projects.get(project_id) if project_id is not None else None
    if project is None:
        raise not_found("Project not found.")
    return project


def authorize(store: Store, principal: Principal, raw_project: str, scope: str) -> Project:
    """Resolve the project and check the key may use ``scope`` on it.

    Args:
        store: The fake's tables.
        principal: The authenticated key and user.
        raw_project: The ``project_id`` path segment.
        scope: ``experiment:read`` or ``experiment:write``.

    Returns:
        The project.

    Raises:
        ApiError: 404 for an unknown project, 403 for a limit, scope or membership.
    """
    project = resolve_project(store, principal, raw_project)
    key = principal.key
    if key.project_ids is not None and project.id not in key.project_ids:
        raise permission_denied(
            f"API key does not have access to the requested project: ID {project.id}."
        )
    if key.organization_ids is not None and project.organization_id not in key.organization_ids:
        raise permission_denied(
            "API key does not have access to the requested organization: "
            f"ID {project.organization_id}."
        )
    if "*" not in key.scopes:
        valid = {scope}
        if scope.endswith(":read"):
            valid.add(scope.removesuffix(":read") + ":write")
        if not valid & key.scopes:
            raise permission_denied(f"API key missing required scope '{scope}'")
    if project.id not in principal.user.project_ids:
        raise permission_denied("You don't have access to the project.")
    return project
