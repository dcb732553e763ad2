"""Client settings: resolved from arguments and the environment once, then immutable."""

from __future__ import annotations

import ipaddress
import math
import os
import platform
import unicodedata
from collections.abc import Callable, Mapping
from urllib.parse import SplitResult, urlsplit

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

# Where each setting came from, named in messages so that a user knows what to fix.
ARGUMENT_API_KEY = "the api_key argument"


@attrs.frozen(repr=False)
class ClientSettings:
    """Everything a client needs to build requests. Shared, unchanged, by ``with_options`` copies."""

    api_key: str
    api_key_source: str
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
    if api_key is not None:
        key = normalise_api_key(api_key, source=ARGUMENT_API_KEY)
        key_source = ARGUMENT_API_KEY
    else:
        key = normalise_api_key(os.environ.get(ENV_API_KEY), source=ENV_API_KEY)
        key_source = ENV_API_KEY
    if host is not None:
        resolved_host = normalise_host(
            host, allow_insecure_http=allow_insecure_http, source="the host argument"
        )
    else:
        resolved_host = normalise_host(
            os.environ.get(ENV_HOST) or US_CLOUD,
            allow_insecure_http=allow_insecure_http,
            source=ENV_HOST if os.environ.get(ENV_HOST) else "the default host",
        )
    if project_id is not None:
        resolved_project = normalise_project_id(project_id, source="the project_id argument")
    else:
        resolved_project = normalise_project_id(
            os.environ.get(ENV_PROJECT_ID), source=ENV_PROJECT_ID
        )
    extra_headers = normalise_headers(headers)
    return ClientSettings(
        api_key=key,
        api_key_source=key_source,
        host=resolved_host,
        project_id=resolved_project,
        timeout=normalise_timeout(timeout),
        max_retries=normalise_max_retries(max_retries),
        headers=extra_headers,
        request_headers=build_request_headers(key, extra_headers),
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


def normalise_api_key(key: object, *, source: str) -> str:
    """The key, stripped, or ``ConfigurationError`` naming what is wrong but never the key.

    It travels in an HTTP header, so it must be printable ASCII without spaces; a pasted
    zero-width space or a look-alike Cyrillic letter is reported by position and code point.
    """
    if key is None or (isinstance(key, str) and not key.strip()):
        raise ConfigurationError(
            f"No PostHog personal API key: pass api_key=... or set {ENV_API_KEY}."
        )
    if not isinstance(key, str):
        raise ConfigurationError(
            f"api_key must be a str (a personal API key, phx_...), got {type(key).__name__} "
            f"from {source}."
        )
    text = key.strip()
    if text.lower().startswith("bearer "):
        raise ConfigurationError(
            f"The personal API key from {source} starts with 'Bearer ': pass the key alone "
            "(phx_...); the client adds the Authorization header itself."
        )
    odd = _odd_character(text, _is_token_character)
    if odd is not None:
        raise ConfigurationError(
            f"The personal API key from {source} has {odd}. Keys are plain ASCII (phx_...); "
            "copy it again from PostHog (Settings > Personal API keys) without that character."
        )
    return text


def _is_token_character(character: str) -> bool:
    """Printable ASCII without spaces: what a key or a header name may hold."""
    return "!" <= character <= "~"


def _is_visible(character: str) -> bool:
    """Not a space, control or format character (a hostname may be non-ASCII: IDNA)."""
    return not character.isspace() and unicodedata.category(character) not in ("Cc", "Cf", "Cn")


def _odd_character(text: str, allowed: Callable[[str], bool]) -> str | None:
    """Where the first character ``allowed`` refuses is, and what it is; the rest is not shown."""
    for index, character in enumerate(text):
        if not allowed(character):
            code = f"U+{ord(character):04X} {unicodedata.name(character, '')}".rstrip()
            what = "a space" if character == " " else f"the character {code}"
            return f"{what} at position {index + 1} of {len(text)}"
    return None


def normalise_host(host: object, *, allow_insecure_http: bool, source: str = "host") -> str:
    """Return ``scheme://host[:port]`` with no trailing slash.

    A host is an origin only: a path (even ``/api``) is refused rather than guessed at, since
    every request path already starts with ``/api/``. Userinfo is refused without being echoed.
    """
    if not isinstance(host, str) or not host.strip():
        raise ConfigurationError(
            f"host must be a URL such as {US_CLOUD!r} (or set {ENV_HOST}), "
            f"got {type(host).__name__} from {source}."
        )
    text = host.strip()
    parts = _split_host(text, source)
    shown = _without_userinfo(parts)
    if "@" in parts.netloc:
        raise ConfigurationError(
            f"host must not contain a user name or password (the part before '@'), got "
            f"{shown!r} from {source}. The personal API key is the only credential; "
            "use just the origin, such as 'https://posthog.example.com'."
        )
    odd = _odd_character(text, _is_visible)
    if odd is not None:
        raise ConfigurationError(
            f"host has {odd}, got {shown!r} from {source}. Use the origin alone, such as "
            f"{US_CLOUD!r}."
        )
    if parts.scheme not in ("https", "http") or not parts.hostname:
        hint = _scheme_hint(text)
        raise ConfigurationError(
            f"host must be an http(s) URL such as {US_CLOUD!r}, got {shown!r} from {source}.{hint}"
        )
    if parts.query or parts.fragment:
        raise ConfigurationError(
            f"host must not carry a query or fragment, got {shown!r} from {source}."
        )
    origin = f"{parts.scheme}://{parts.netloc}"
    if parts.path not in ("", "/"):
        raise ConfigurationError(
            f"host must be an origin without a path, got {shown!r} from {source}: every "
            f"request path already starts with /api/. Use {origin!r}."
        )
    _check_port(parts, shown, source)
    if parts.scheme == "http" and not allow_insecure_http and not _is_loopback(parts.hostname):
        raise ConfigurationError(
            f"Refusing plain http:// for {parts.hostname!r}: the personal API key would travel in "
            "clear text. Use https://, or pass allow_insecure_http=True if you really mean it."
        )
    try:
        httpx.URL(origin)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(
            f"host is not a valid URL ({exc}), got {shown!r} from {source}."
        ) from None
    return origin


def _scheme_hint(text: str) -> str:
    """The "Did you mean 'https://...'?" hint for a host given without its scheme, or ""."""
    if "://" in text:
        return ""
    try:
        guess = urlsplit(f"https://{text}")
    except ValueError:
        return ""
    if not guess.hostname or "." not in guess.hostname:
        return ""
    return f" Did you mean {'https://' + guess.netloc!r}?"


def _split_host(text: str, source: str) -> SplitResult:
    try:
        return urlsplit(text)
    except ValueError as exc:  # e.g. an unclosed IPv6 bracket
        raise ConfigurationError(
            f"host is not a valid URL ({exc}) from {source}; use an origin such as {US_CLOUD!r}."
        ) from None


def _without_userinfo(parts: SplitResult) -> str:
    """The host as given, with any ``user:password@`` replaced so that it is never echoed."""
    if "@" not in parts.netloc:
        return parts.geturl()
    return parts._replace(netloc="***@" + parts.netloc.rpartition("@")[2]).geturl()


def _check_port(parts: SplitResult, shown: str, source: str) -> None:
    try:
        port = parts.port  # raises ValueError when not a number or above 65535
    except ValueError:
        port = 0
    if port is not None and not 1 <= port <= 65535:
        raise ConfigurationError(
            f"host has an invalid port, got {shown!r} from {source}: a port is a number "
            "from 1 to 65535."
        )


def _is_loopback(hostname: str) -> bool:
    if hostname == "localhost" or hostname.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(hostname).is_loopback
    except ValueError:
        return False


def normalise_project_id(project_id: object, *, source: str = "project_id") -> str:
    """Accept a positive int, its ASCII digits or ``@current``; return the path segment text."""
    if project_id is None or (isinstance(project_id, str) and not project_id.strip()):
        raise ConfigurationError(
            f"No PostHog project: pass project_id=... or set {ENV_PROJECT_ID} "
            "(the numeric id in your project's URL, or '@current')."
        )
    if isinstance(project_id, bool) or not isinstance(project_id, (int, str)):
        raise ConfigurationError(
            f"project_id must be an int or a str, got {type(project_id).__name__} from {source}."
        )
    text = str(project_id).strip()
    if text == "@current":
        return text
    # str.isdigit() also accepts "²" and "١٢"; PostHog's ids are ASCII digits.
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise ConfigurationError(
            f"project_id must be a positive numeric id or '@current' (ASCII digits only), "
            f"got {project_id!r} from {source}."
        )
    return str(int(text))


def normalise_timeout(timeout: object) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if (
        isinstance(timeout, bool)
        or not isinstance(timeout, (int, float))
        or not math.isfinite(timeout)
        or timeout <= 0
    ):
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
    for name, value in headers.items():
        # httpx sends headers as ASCII: say which one is wrong now rather than fail mid-call.
        if not name or _odd_character(name, _is_token_character) is not None:
            raise ConfigurationError(
                f"headers: the name {name!r:.40} must be printable ASCII without spaces."
            )
        if any(not " " <= character <= "~" for character in value):
            raise ConfigurationError(f"headers: the value of {name!r} must be printable ASCII.")
    if any(k.lower() == "authorization" for k in headers):
        raise ConfigurationError("Pass the key as api_key=..., not as an Authorization header.")
    return dict(headers)
