"""Client settings: resolved from arguments and the environment once, then immutable."""

from __future__ import annotations

import ipaddress
import os
import platform
from collections.abc import Mapping
from urllib.parse import urlsplit

import attrs
import httpx

from ._exceptions import ConfigurationError
from ._version import __version__

US_CLOUD = "https://us.posthog.com"
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
USER_AGENT = (
    f"posthog-experiments-client/{__version__} "
    f"Python/{platform.python_version()} httpx/{httpx.__version__}"
)

ENV_API_KEY = "POSTHOG_PERSONAL_API_KEY"
ENV_HOST = "POSTHOG_HOST"
ENV_PROJECT_ID = "POSTHOG_PROJECT_ID"


@attrs.frozen(repr=False)
class ClientSettings:
    """Everything a client needs to build requests. Shared, unchanged, by ``with_options`` copies."""

    api_key: str
    host: str
    project_id: str
    timeout: httpx.Timeout
    max_retries: int
    headers: Mapping[str, str]
    request_headers: Mapping[str, str]
    deadline: float | None = None

    def __repr__(self) -> str:
        # The key never appears in a repr.
        return f"ClientSettings(host={self.host!r}, project_id={self.project_id!r})"


def resolve_settings(
    *,
    api_key: str | None,
    host: str | None,
    project_id: int | str | None,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    headers: Mapping[str, str] | None,
    allow_insecure_http: bool,
    deadline: float | None = None,
) -> ClientSettings:
    """Resolve constructor arguments and environment variables into settings.

    Raises:
        ConfigurationError: A value is missing or invalid; the message names the argument and the
            environment variable.
    """
    key = api_key if api_key is not None else os.environ.get(ENV_API_KEY)
    if not isinstance(key, str) or not key.strip():
        raise ConfigurationError(
            f"No PostHog personal API key: pass api_key=... or set {ENV_API_KEY}."
        )
    resolved_host = normalise_host(
        host if host is not None else os.environ.get(ENV_HOST) or US_CLOUD,
        allow_insecure_http=allow_insecure_http,
    )
    project = project_id if project_id is not None else os.environ.get(ENV_PROJECT_ID)
    resolved_project = normalise_project_id(project)
    extra_headers = normalise_headers(headers)
    return ClientSettings(
        api_key=key.strip(),
        host=resolved_host,
        project_id=resolved_project,
        timeout=normalise_timeout(timeout),
        max_retries=normalise_max_retries(max_retries),
        headers=extra_headers,
        request_headers=build_request_headers(key.strip(), extra_headers),
        deadline=normalise_deadline(deadline),
    )


def with_overrides(
    settings: ClientSettings,
    *,
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    headers: Mapping[str, str] | None,
) -> ClientSettings:
    """Settings for a ``with_options`` copy: the given options replace, headers merge."""
    changes: dict[str, object] = {}
    if timeout is not None:
        changes["timeout"] = normalise_timeout(timeout)
    if max_retries is not None:
        changes["max_retries"] = normalise_max_retries(max_retries)
    if headers is not None:
        # New headers only when asked: unchanged ones stay the very object baked into the pool.
        merged = {**settings.headers, **normalise_headers(headers)}
        changes["headers"] = merged
        changes["request_headers"] = build_request_headers(settings.api_key, merged)
    return attrs.evolve(settings, **changes)  # type: ignore[arg-type]


def build_request_headers(api_key: str, extra: Mapping[str, str]) -> Mapping[str, str]:
    """The headers every request carries, computed once per client rather than per call."""
    return {
        "Accept": "application/json",
        "User-Agent": USER_AGENT,
        **extra,
        "Authorization": f"Bearer {api_key}",
    }


def normalise_host(host: object, *, allow_insecure_http: bool) -> str:
    """Return ``scheme://host[:port]`` with no trailing slash."""
    if not isinstance(host, str) or not host.strip():
        raise ConfigurationError(f"host must be a URL such as {US_CLOUD!r} (or set {ENV_HOST}).")
    text = host.strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(
            f"host must be an http(s) URL such as {US_CLOUD!r}, got {host!r} (argument host or {ENV_HOST})."
        )
    if parts.query or parts.fragment:
        raise ConfigurationError(f"host must not carry a query or fragment, got {host!r}.")
    if parts.scheme == "http" and not allow_insecure_http and not _is_loopback(parts.hostname):
        raise ConfigurationError(
            f"Refusing plain http:// for {parts.hostname!r}: the personal API key would travel in "
            "clear text. Use https://, or pass allow_insecure_http=True if you really mean it."
        )
    return text


def _is_loopback(hostname: str) -> bool:
    if hostname == "localhost" or hostname.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(hostname).is_loopback
    except ValueError:
        return False


def normalise_project_id(project_id: object) -> str:
    """Accept an int, a digit string or ``@current``; return the path segment text."""
    if project_id is None or project_id == "":
        raise ConfigurationError(
            f"No PostHog project: pass project_id=... or set {ENV_PROJECT_ID} "
            "(the numeric id in your project's URL, or '@current')."
        )
    if isinstance(project_id, bool) or not isinstance(project_id, (int, str)):
        raise ConfigurationError(
            f"project_id must be an int or a str, got {type(project_id).__name__}."
        )
    text = str(project_id).strip()
    if text != "@current" and not text.isdigit():
        raise ConfigurationError(
            f"project_id must be a numeric id or '@current', got {project_id!r} "
            f"(argument project_id or {ENV_PROJECT_ID})."
        )
    return text


def normalise_timeout(timeout: object) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout <= 0:
        raise ConfigurationError(
            f"timeout must be a positive number of seconds or an httpx.Timeout, got {timeout!r}."
        )
    return httpx.Timeout(
        float(timeout), connect=min(float(timeout), DEFAULT_TIMEOUT.connect or 5.0)
    )


def normalise_deadline(deadline: object) -> float | None:
    """Seconds a whole call may take, retries and waits included; None for no bound."""
    if deadline is None:
        return None
    if isinstance(deadline, bool) or not isinstance(deadline, (int, float)) or not deadline > 0:
        raise ConfigurationError(
            f"deadline must be a positive number of seconds or None, got {deadline!r}."
        )
    return float(deadline)


def normalise_max_retries(max_retries: object) -> int:
    if max_retries is None:
        return DEFAULT_MAX_RETRIES
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be an int >= 0, got {max_retries!r}.")
    return max_retries


def normalise_headers(headers: object) -> Mapping[str, str]:
    if headers is None:
        return {}
    if not isinstance(headers, Mapping) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in headers.items()
    ):
        raise ConfigurationError("headers must be a mapping of str to str.")
    if any(k.lower() == "authorization" for k in headers):
        raise ConfigurationError("Pass the key as api_key=..., not as an Authorization header.")
    return dict(headers)
