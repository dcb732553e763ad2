"""HTTP plumbing: body parsers, JSON rendering, error envelopes and DRF pagination links."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any
from urllib import parse

import httpx

from .._errors import ApiError, BareError, parse_error
from .._rules.fields import FormData, FormValue

__all__ = [
    "bare_response",
    "decode_body",
    "error_response",
    "json_response",
    "page_links",
    "query_params",
    "render_json",
]


def query_params(raw_query: str) -> dict[str, str]:
    """Decode a query string; a repeated name keeps its last value, as Django's QueryDict."""
    return dict(parse.parse_qsl(raw_query, keep_blank_values=True))


def _strict_constant(value: str) -> Any:
    raise ValueError(f"Out of range float values are not JSON compliant: {value!r}")


def _strict_float(text: str) -> float:
    # Postgres cannot store 1e400 (infinity) in JSON; refuse it as DRF refuses NaN.
    value = float(text)
    if math.isinf(value):
        raise ValueError(f"Out of range float values are not JSON compliant: {text!r}")
    return value


def _charset(content_type: str) -> str:
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return "utf-8"


def decode_body(content_type: str | None, body: bytes) -> Any:
    """Parse a request body with DRF's parsers (JSON, form, multipart).

    Returns:
        The decoded JSON value, or a :class:`FormData` for form bodies. An empty body
        is an empty object.

    Raises:
        ApiError: 400 ``parse_error`` for bad JSON, 415 for an unknown media type.
    """
    media = (content_type or "").split(";")[0].strip().lower()
    if not body:
        return (
            FormData()
            if media.endswith("form-urlencoded") or media.startswith("multipart/")
            else {}
        )
    if media == "application/json":
        try:
            text = body.decode(_charset(content_type or ""))
            return json.loads(text, parse_constant=_strict_constant, parse_float=_strict_float)
        except (ValueError, LookupError) as exc:
            raise parse_error(f"JSON parse error - {exc}") from None
    if media == "application/x-www-form-urlencoded":
        text = body.decode(_charset(content_type or ""), errors="replace")
        return FormData((k, FormValue(v)) for k, v in parse.parse_qsl(text, keep_blank_values=True))
    if media == "multipart/form-data":
        return _decode_multipart(content_type or "", body)
    raise ApiError(
        415,
        "invalid_request",
        "unsupported_media_type",
        f'Unsupported media type "{content_type or ""}" in request.',
    )


def _decode_multipart(content_type: str, body: bytes) -> FormData:
    import email.parser  # lazy: a rare path, keeps importing the fake cheap
    import email.policy

    head = f"Content-Type: {content_type}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise parse_error("Multipart form parse error - Invalid boundary in multipart: None")
    data = FormData()
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str) or part.get_filename() is not None:
            continue  # files are not fields of this API
        payload = part.get_payload(decode=True)
        text = payload.decode(errors="replace") if isinstance(payload, bytes) else ""
        data[name] = FormValue(text)
    return data


def render_json(data: Any) -> bytes:
    """Render like DRF's JSONRenderer: compact, UTF-8, U+2028/9 escaped."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=str)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").encode()


def json_response(
    status: int, data: Any, headers: Mapping[str, str] | None = None
) -> httpx.Response:
    """A JSON response with DRF's headers."""
    all_headers = {"Content-Type": "application/json", "Vary": "Accept"}
    all_headers.update(headers or {})
    return httpx.Response(status, content=render_json(data), headers=all_headers)


def error_response(exc: ApiError, headers: Mapping[str, str] | None = None) -> httpx.Response:
    """The drf-exceptions-hog envelope for ``exc``."""
    return json_response(exc.status, exc.body(), {**(headers or {}), **exc.headers})


def bare_response(exc: BareError, headers: Mapping[str, str] | None = None) -> httpx.Response:
    """A response without the envelope; ``None`` means an empty body and no content type."""
    all_headers = {**(headers or {}), **exc.headers}
    if exc.body is None:
        return httpx.Response(exc.status, content=b"", headers={"Vary": "Accept", **all_headers})
    return json_response(exc.status, exc.body, all_headers)


def _replace_query_param(url: str, key: str, value: object) -> str:
    scheme, netloc, path, query, fragment = parse.urlsplit(url)
    query_dict = parse.parse_qs(query, keep_blank_values=True)
    query_dict[key] = [str(value)]
    query = parse.urlencode(sorted(query_dict.items()), doseq=True)
    return parse.urlunsplit((scheme, netloc, path, query, fragment))


def _remove_query_param(url: str, key: str) -> str:
    scheme, netloc, path, query, fragment = parse.urlsplit(url)
    query_dict = parse.parse_qs(query, keep_blank_values=True)
    query_dict.pop(key, None)
    query = parse.urlencode(sorted(query_dict.items()), doseq=True)
    return parse.urlunsplit((scheme, netloc, path, query, fragment))


def page_links(url: str, count: int, limit: int, offset: int) -> tuple[str | None, str | None]:
    """``next`` and ``previous`` exactly as DRF's ``LimitOffsetPagination`` builds them.

    Args:
        url: The absolute request URL (``request.build_absolute_uri()``).
        count: Rows after filtering.
        limit: The page size in force.
        offset: The offset in force.
    """
    next_link: str | None = None
    if offset + limit < count:
        next_link = _replace_query_param(
            _replace_query_param(url, "limit", limit), "offset", offset + limit
        )
    previous_link: str | None = None
    if offset > 0:
        with_limit = _replace_query_param(url, "limit", limit)
        if offset - limit <= 0:
            previous_link = _remove_query_param(with_limit, "offset")
        else:
            previous_link = _replace_query_param(with_limit, "offset", offset - limit)
    return next_link, previous_link


def positive_int(raw: str | None, *, strict: bool, default: int) -> int:
    """DRF's ``_positive_int`` with its fallback: bad or missing values give ``default``."""
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        return default
    if value < 0 or (value == 0 and strict):
        return default
    return value
