"""The request pipeline: faults, routing, auth, throttling, the action, recording.

:meth:`FakeApp.handle` is the pure ``httpx.Request -> httpx.Response`` core;
:meth:`FakeApp.dispatch` wraps it with scripted faults and the request log and
returns an :class:`Outcome` that each transport (in process or socket) carries out.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpx

from .._errors import ApiError, BareError, method_not_allowed, not_found
from .._rules.experiments import ExperimentRules
from .._state.clock import FakeClock
from .._state.store import Store
from .auth import authenticate, authorize, find_key
from .faults import Fault, FaultInjector
from .ratelimit import RateLimiter, RateLimits
from .recording import RecordedRequest, RequestLog, redact_body, redact_headers, redact_query
from .resource_views import RESOURCE_ACTIONS, scope_for
from .router import RouteMatch, match_route
from .schema import schema_response
from .views import ACTIONS, Call, Settings
from .wire import bare_response, decode_body, error_response, json_response, query_params

__all__ = ["FakeApp", "Outcome"]

_SAFE_METHODS = ("GET", "HEAD", "OPTIONS")
_ALL_ACTIONS = {**ACTIONS, **RESOURCE_ACTIONS}
_SERVER_ERROR = {
    "type": "server_error",
    "code": "error",
    "detail": "A server error occurred.",
    "attr": None,
}


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a transport must do with one request.

    Attributes:
        response: The response to send, or ``None`` to drop the connection.
        delay: Seconds to wait before sending (or dropping).
        fault: The fault that applied, if any.
    """

    response: httpx.Response | None
    delay: float
    fault: Fault | None


class FakeApp:
    """One fake PostHog: its tables, rules, limiter, faults and request log.

    Args:
        clock: The fake's clock.
        limits: The rate limits (shared, mutable).
        seed: Seeds UUIDs and API keys.
        populate: Fills a fresh store with the default project, user and key.
        settings: The PostHog version and the per-fake switches.
    """

    def __init__(
        self,
        clock: FakeClock,
        limits: RateLimits,
        seed: int,
        populate: Callable[[Store], None],
        settings: Settings,
    ) -> None:
        self.lock = threading.RLock()
        self.clock = clock
        self.faults = FaultInjector()
        self.requests = RequestLog()
        self.limiter = RateLimiter(limits, clock)
        self.internal_errors: list[str] = []
        self._seed = seed
        self._populate = populate
        self.settings = settings
        self.store = Store(clock, seed)
        self.rules = ExperimentRules(self.store, settings.version)
        populate(self.store)

    @contextmanager
    def mutating(self) -> Iterator[None]:
        """Hold the lock while changing state outside a request (invalidates caches)."""
        with self.lock:
            self.store.generation += 1
            yield

    def reset(self) -> None:
        """Forget all state, faults, recorded requests and rate-limit history."""
        with self.lock:
            self.store = Store(self.clock, self._seed)
            self.rules = ExperimentRules(self.store, self.settings.version)
            self._populate(self.store)
            self.faults.clear()
            self.requests.clear()
            self.limiter.reset()
            self.internal_errors.clear()

    # ------------------------------------------------------------------ pipeline

    def dispatch(self, request: httpx.Request, transport: str) -> Outcome:
        """Apply any scripted fault around :meth:`handle` and record the request."""
        fault = self.faults.take(request.method, request.url.path)
        response: httpx.Response | None = None
        if fault is None or fault.processes or (fault.status is None and not fault.drop):
            response = self.handle(request)
        if fault is not None:
            response = _apply_fault(fault, response)
        self._record(request, response, fault, transport)
        return Outcome(response, fault.delay if fault is not None else 0.0, fault)

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request from the state, as PostHog would (no faults, no log)."""
        with self.lock:
            try:
                return self._handle(request)
            except ApiError as exc:
                return error_response(exc)
            except Exception:  # a fake bug must not look like a PostHog answer
                self.internal_errors.append(traceback.format_exc())
                return json_response(500, _SERVER_ERROR)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        method = request.method.upper()
        params = query_params(request.url.query.decode("ascii", "replace"))
        if path in ("/api/schema", "/api/schema/") and method in _SAFE_METHODS:
            return schema_response(params)
        match = match_route(path, self.settings.version.actions)
        if match is None:
            raise not_found()
        if method not in _SAFE_METHODS:
            self.store.generation += 1  # this request may change rows: drop cached lists
        headers = {"Allow": match.route.allow}
        try:
            return self._route(request, method, match, params, headers)
        except ApiError as exc:
            return error_response(exc, headers)
        except BareError as exc:
            return bare_response(exc, headers)

    def _route(
        self,
        request: httpx.Request,
        method: str,
        match: RouteMatch,
        params: dict[str, str],
        headers: dict[str, str],
    ) -> httpx.Response:
        store = self.store
        actions = match.route.actions
        body_cache: list[Any] = []

        def body() -> Any:
            if not body_cache:
                body_cache.append(decode_body(request.headers.get("content-type"), request.content))
            return body_cache[0]

        host = request.headers.get("host") or request.url.netloc.decode("ascii")
        site_url = f"{request.url.scheme}://{host}"
        action = actions.get(method)
        safe = method in _SAFE_METHODS
        scope = scope_for(match.route.resource, action, safe, self.settings.version)

        principal = authenticate(store, find_key(request.headers, body, params), site_url)
        project = authorize(store, principal, match.project, scope)
        self.limiter.check(principal.key.value)

        if method == "OPTIONS":
            return json_response(200, _metadata(actions, match.route.resource), headers)
        if action is None:
            raise method_not_allowed(request.method, headers["Allow"])
        call = Call(
            store=store,
            rules=self.rules,
            settings=self.settings,
            project=project,
            user=principal.user,
            pk=match.pk,
            params=params,
            body=body,
            absolute_url=site_url + request.url.raw_path.decode("ascii"),
            now=self.clock(),
        )
        status, data = _ALL_ACTIONS[action](call)
        if status == 204:  # a real delete: no body, no content type
            return httpx.Response(204, headers={"Vary": "Accept", **headers})
        response = json_response(status, data, headers)
        if method == "HEAD":
            return httpx.Response(status, headers=response.headers, content=b"")
        return response

    # ------------------------------------------------------------------ recording

    def _record(
        self,
        request: httpx.Request,
        response: httpx.Response | None,
        fault: Fault | None,
        transport: str,
    ) -> None:
        raw_query, query = redact_query(request.url.query.decode("ascii", "replace"))
        self.requests.append(
            RecordedRequest(
                method=request.method.upper(),
                path=request.url.path,
                query=query,
                headers=redact_headers(request.headers.multi_items()),
                body=redact_body(request.content),
                url=str(request.url.copy_with(query=raw_query.encode() or None)),
                status=response.status_code if response is not None else None,
                fault=fault,
                transport=transport,
                received_at=self.clock(),
            )
        )


# The viewsets' names, as DRF derives them from the class names.
_VIEW_NAMES = {
    "experiment": "Experiment",
    "holdout": "Experiment Holdout",
    "saved_metric": "Experiment Saved Metric",
}


def _metadata(actions: dict[str, str], resource: str) -> dict[str, Any]:
    """DRF's ``OPTIONS`` answer, reduced to what clients look at."""
    name = _VIEW_NAMES[resource]
    return {
        "name": f"{name} List" if "POST" in actions else name,
        "description": "",
        "renders": ["application/json"],
        "parses": ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"],
    }


def _apply_fault(fault: Fault, response: httpx.Response | None) -> httpx.Response | None:
    """Shape (or drop) the answer as the fault says."""
    if fault.drop:
        return None
    scripted = fault.body_bytes()
    headers = httpx.Headers()
    if fault.status is not None or response is None:
        status = fault.status if fault.status is not None else 200
        content = scripted if scripted is not None else b""
        if fault.body is not None and not isinstance(fault.body, (bytes, str)):
            headers["Content-Type"] = "application/json"
    else:
        status = response.status_code
        content = scripted if scripted is not None else response.content
        headers = httpx.Headers(response.headers)
        del headers["Content-Length"]
    for name, value in fault.headers.items():
        headers[name] = value
    if fault.truncate is not None:
        content = content[: int(len(content) * fault.truncate)]
    return httpx.Response(status, headers=headers, content=content)
