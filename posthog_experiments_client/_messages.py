"""The text of ``APIStatusError`` messages: PostHog's own words, then what to do about them.

The call that failed supplies what PostHog's body lacks: the id of the experiment (or holdout, or
saved metric), the project, where the key came from, and whether the request could safely have been
repeated.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx

from ._config import ENV_HOST, ENV_PROJECT_ID
from ._retry import RETRYABLE_STATUSES, status_is_retryable

if TYPE_CHECKING:
    from ._config import ClientSettings
    from ._operations import Call

# Longest stretch of a non-JSON, non-HTML body quoted in a message; all of it stays in ``.body``.
_QUOTED_BODY_CHARS = 200


def status_message(
    response: httpx.Response,
    body: Any,
    settings: ClientSettings | None = None,
    call: Call[Any] | None = None,
) -> str:
    """PostHog's status and detail, followed by advice when the call tells what went wrong."""
    head = _posthog_words(response, body)
    if settings is None or call is None:
        return head
    advice = _advice(response, body, settings, call)
    if not advice:
        return head
    return f"{head}{'' if head.endswith('.') else '.'} {advice}."


def _posthog_words(response: httpx.Response, body: Any) -> str:
    status = response.status_code
    if isinstance(body, dict) and "detail" in body:
        kind = body.get("type")
        attr = body.get("attr")
        head = f"{status} {kind}" if kind else str(status)
        if attr:
            head += f" on {attr}"
        return f"{head}: {body['detail']}"
    reason = response.reason_phrase or "Error"
    if body is None:
        return f"{status} {reason}"
    if _is_html(response, body):
        # A proxy's error page says nothing useful in a message; it is kept whole in ``.body``.
        return f"{status} {reason} (an HTML page of {len(response.content)} bytes, kept in .body)"
    text = " ".join(str(body).split())
    cut = "…" if len(text) > _QUOTED_BODY_CHARS else ""
    return f"{status} {reason}: {text[:_QUOTED_BODY_CHARS]}{cut}"


def _is_html(response: httpx.Response, body: Any) -> bool:
    content_type = response.headers.get("content-type", "").lower()
    if "html" in content_type:
        return True
    return isinstance(body, str) and body.lstrip()[:1] == "<"


def _advice(response: httpx.Response, body: Any, settings: ClientSettings, call: Call[Any]) -> str:
    status = response.status_code
    if 300 <= status < 400:
        return _redirect_advice(response, settings)
    if status == 401:
        return _authentication_advice(settings)
    if status == 404:
        return _not_found_advice(body, settings, call)
    if status in RETRYABLE_STATUSES and not status_is_retryable(
        status, call.method, call.repeatable
    ):
        check = (
            "after a create or duplicate, look for the new experiment with list(search=...); "
            "after an exposure cohort, get(id).exposure_cohort"
            if call.subject == "Experiment"
            else f"after a create, look for the new {call.subject.lower()} with list()"
        )
        return (
            f"{call.method} {call.path} may have been applied by PostHog, so it was not retried "
            "(a second attempt could apply it twice). Check whether it took effect before "
            f"sending it again: {check}"
        )
    return ""


def _redirect_advice(response: httpx.Response, settings: ClientSettings) -> str:
    location = response.headers.get("location")
    if not location:
        return (
            f"The host {settings.host} answers with a redirect without a Location; redirects "
            "are not followed, so that the key is never sent elsewhere. Check the host"
        )
    try:
        target = response.request.url.join(location)
        origin = f"{target.scheme}://{target.netloc.decode('ascii')}"
    except (httpx.InvalidURL, UnicodeDecodeError):
        origin = settings.host
    advice = (
        f"The host {settings.host} redirects to {location}; redirects are not followed, so that "
        "the key is never sent elsewhere."
    )
    if origin != settings.host and urlsplit(origin).hostname:
        return f"{advice} If {origin} is the right PostHog, set host={origin!r} (or {ENV_HOST})"
    return f"{advice} Check the host and any proxy in front of it"


def _authentication_advice(settings: ClientSettings) -> str:
    source = settings.api_key_source
    if settings.api_key.startswith("phc_"):
        problem = (
            f"The key from {source} is a project API key (phc_...), which can only send events"
        )
    else:
        problem = f"PostHog did not accept the key from {source}"
    return (
        f"{problem}. The API needs a personal API key (phx_...), not a project key (phc_...): "
        "create one in PostHog under Settings > Personal API keys, with the experiment:read "
        "and experiment:write scopes"
    )


def _not_found_advice(body: Any, settings: ClientSettings, call: Call[Any]) -> str:
    project = settings.project_id
    detail = body.get("detail") if isinstance(body, dict) else None
    if detail == "Target team not found.":  # copy_to_project's target
        return (
            "The target project was not found, or the key's user cannot reach it: check "
            "target_project_id"
        )
    if call.experiment_id is None or detail == "Project not found.":
        return (
            f"Project {project} was not found, or the key cannot reach it: check project_id "
            f"(or {ENV_PROJECT_ID}): the number in your PostHog project's URL"
        )
    subject = f"{call.subject} {call.experiment_id}"
    if call.soft_delete and call.subject == "Experiment":
        return (
            f"{subject} was not found in project {project}: it does not exist, belongs to "
            "another project, or was already deleted (restore() brings a deleted one back)"
        )
    return (
        f"{subject} was not found in project {project}: it does not exist, was deleted, or "
        "belongs to another project"
    )
