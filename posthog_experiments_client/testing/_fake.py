"""``FakePostHog``: the public face of the fake server."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

import httpx

from ._errors import ApiError
from ._http.app import FakeApp
from ._http.faults import FaultInjector
from ._http.ratelimit import RateLimits
from ._http.recording import RequestLog
from ._http.transport import FakeTransport
from ._http.views import Settings
from ._results_seeding import ResultsSeeding
from ._rules.fields import format_datetime, parse_datetime
from ._rules.render import cohort_json, holdout_json, saved_metric_json
from ._rules.variants import DEFAULT_VARIANTS
from ._rules.versions import DEFAULT_VERSION, get_version
from ._state.clock import FakeClock
from ._state.models import FeatureFlag
from ._state.store import Store

__all__ = ["FakePostHog"]

IN_PROCESS_BASE_URL = "http://posthog.test"
_SLUG_RE = re.compile(r"[^a-zA-Z0-9_-]+")


def _copy(data: Any) -> Any:
    """A deep, JSON-shaped copy, so callers never hold live state."""
    return json.loads(json.dumps(data, default=str))


def _copy_dict(data: dict[str, Any]) -> dict[str, Any]:
    copied: dict[str, Any] = _copy(data)
    return copied


def _slug(text: str) -> str:
    return _SLUG_RE.sub("-", text).strip("-").lower() or "experiment"


def _jsonable(value: Any) -> Any:
    return format_datetime(value) if isinstance(value, datetime) else value


class FakePostHog(ResultsSeeding):
    """A stateful, in-memory PostHog experiments API for tests.

    A new fake holds one organisation, two projects (id ``1``, :attr:`project_id`, and
    id ``2``, :attr:`second_project_id`, a target for ``copy_to_project``), one user
    (Ada Lovelace, :attr:`user_id`, a member of both, whose current project is the
    first, so ``@current`` resolves to it) and one personal API key with the ``*`` scope
    (:attr:`api_key`). Ids are sequential per table and start at 1; UUIDs and keys
    come from ``seed``, so a :meth:`reset` fake repeats itself exactly.

    Use it in process (``httpx.Client(transport=fake.transport())``), over a real
    socket (``with fake.serve() as base_url: ...``), or both at once: they share state.

    Args:
        posthog_version: Which PostHog to be: ``"2026"`` (today's, the default) or
            ``"2025"`` (the classic API of the docs page). Each follows its own era's
            rules, messages, defaults, fields and actions; a 2025 fake answers the
            2026-only action routes as an unknown path (404).
        lean_list_items: List items in the newest PostHog's lean ``ExperimentBasic``
            shape (no metrics, filters, ordering arrays, ...), to test clients against it.
        ship_variant_requires_approval: Act as if an approval policy guards flags:
            ``ship_variant`` answers 409 with a ``change_request_id`` and changes nothing.
        project_id: The default project's id (the second project's is the next one).
        api_key: The demo key's value (default: a ``phx_...`` key made from ``seed``).
        clock: A :class:`FakeClock`, or any callable returning an aware UTC datetime.
            Default: the wall clock (still shiftable with ``fake.clock.advance()``).
        rate_limits: PostHog's per-key limits (480/minute, 4800/hour) when ``True``;
            ``False`` turns throttling off; or pass your own :class:`RateLimits`.
        seed: Seeds UUIDs and API keys.

    Example:
        >>> fake = FakePostHog()
        >>> with fake.client() as client:
        ...     r = client.post(
        ...         f"/api/projects/{fake.project_id}/experiments/",
        ...         json={"name": "Checkout", "feature_flag_key": "checkout"},
        ...     )
        >>> r.status_code
        201
    """

    def __init__(
        self,
        *,
        posthog_version: str = DEFAULT_VERSION,
        lean_list_items: bool = False,
        ship_variant_requires_approval: bool = False,
        project_id: int = 1,
        api_key: str | None = None,
        clock: FakeClock | Callable[[], datetime] | None = None,
        rate_limits: RateLimits | bool = True,
        seed: int = 0,
    ) -> None:
        if isinstance(clock, FakeClock):
            self.clock = clock
        else:
            self.clock = FakeClock(source=clock) if clock is not None else FakeClock()
        if isinstance(rate_limits, RateLimits):
            self.rate_limits = rate_limits
        else:
            self.rate_limits = RateLimits(enabled=bool(rate_limits))
        self.organization_id = ""
        self._default_project_id = project_id
        self._default_api_key = api_key
        self.project_id = 0
        self.second_project_id = 0
        self.user_id = 0
        self.api_key = ""
        settings = Settings(
            get_version(posthog_version),
            lean_list_items=lean_list_items,
            ship_variant_requires_approval=ship_variant_requires_approval,
        )
        self._app = FakeApp(self.clock, self.rate_limits, seed, self._populate, settings)

    def _populate(self, store: Store) -> None:
        org = store.add_organization("Fake Organization")
        project = store.add_project(self._default_project_id, "Default project", org)
        second = store.add_project(project.id + 1, "Second project", org)  # copy_to_project
        user = store.add_user(
            email="ada@example.com",
            first_name="Ada",
            last_name="Lovelace",
            project_ids={project.id, second.id},
            current_project_id=project.id,
            role_at_organization="engineering",
        )
        key = store.add_key(
            user_id=user.id,
            scopes=frozenset({"*"}),
            project_ids=None,
            organization_ids=None,
            value=self._default_api_key,
            label="Demo key",
        )
        self.organization_id = org
        self.project_id = project.id
        self.second_project_id = second.id
        self.user_id = user.id
        self.api_key = key.value

    # ------------------------------------------------------------------ settings

    @property
    def posthog_version(self) -> str:
        """The PostHog version served: ``"2025"`` or ``"2026"``."""
        return self._app.settings.version.name

    @property
    def lean_list_items(self) -> bool:
        """Whether list items come in the newest lean ``ExperimentBasic`` shape."""
        return self._app.settings.lean_list_items

    @lean_list_items.setter
    def lean_list_items(self, value: bool) -> None:
        with self._app.mutating():
            self._app.settings.lean_list_items = bool(value)

    @property
    def ship_variant_requires_approval(self) -> bool:
        """Whether ``ship_variant`` answers 409 with a ``change_request_id`` (2026)."""
        return self._app.settings.ship_variant_requires_approval

    @ship_variant_requires_approval.setter
    def ship_variant_requires_approval(self, value: bool) -> None:
        with self._app.mutating():
            self._app.settings.ship_variant_requires_approval = bool(value)

    # ------------------------------------------------------------------ plumbing

    @property
    def faults(self) -> FaultInjector:
        """Scripted faults for the next matching requests (see :class:`Fault`)."""
        return self._app.faults

    @property
    def requests(self) -> RequestLog:
        """Every request received, in order, keys redacted."""
        return self._app.requests

    @property
    def internal_errors(self) -> list[str]:
        """Tracebacks of bugs in the fake itself (each answered with a 500)."""
        with self._app.mutating():
            return list(self._app.internal_errors)

    def reset(self) -> None:
        """Back to a new fake: default rows only, no faults, no log, no rate history.

        The clock and the :attr:`rate_limits` settings are kept.
        """
        self._app.reset()

    def handle(self, request: httpx.Request) -> httpx.Response:
        """Answer one request synchronously (faults and logging included)."""
        return FakeTransport(self._app).handle_request(request)

    def transport(self) -> httpx.MockTransport:
        """An in-process transport for ``httpx.Client`` and ``httpx.AsyncClient``."""
        return FakeTransport(self._app)

    def client(self, *, api_key: str | None = None, **kwargs: Any) -> httpx.Client:
        """An ``httpx.Client`` wired to this fake, authenticated with ``api_key``."""
        headers = {"Authorization": f"Bearer {api_key or self.api_key}"}
        headers.update(kwargs.pop("headers", {}))
        kwargs.setdefault("base_url", IN_PROCESS_BASE_URL)
        return httpx.Client(transport=self.transport(), headers=headers, **kwargs)

    def async_client(self, *, api_key: str | None = None, **kwargs: Any) -> httpx.AsyncClient:
        """An ``httpx.AsyncClient`` wired to this fake, authenticated with ``api_key``."""
        headers = {"Authorization": f"Bearer {api_key or self.api_key}"}
        headers.update(kwargs.pop("headers", {}))
        kwargs.setdefault("base_url", IN_PROCESS_BASE_URL)
        return httpx.AsyncClient(transport=self.transport(), headers=headers, **kwargs)

    @contextmanager
    def serve(self, host: str = "127.0.0.1", port: int = 0) -> Iterator[str]:
        """Serve this fake over a real socket while the block runs.

        Yields:
            The base URL, e.g. ``http://127.0.0.1:54321``.
        """
        from ._http.server import FakeServer  # lazy: only socket users need http.server

        server = FakeServer(self._app, host, port).start()
        try:
            yield server.base_url
        finally:
            server.stop()

    # ------------------------------------------------------------------ accounts

    def _project(self, project_id: int | None) -> int:
        return self.project_id if project_id is None else project_id

    def add_project(
        self,
        *,
        name: str = "Another project",
        project_id: int | None = None,
        members: Sequence[int] | None = None,
        organization_id: str | None = None,
    ) -> int:
        """Create a project and return its id.

        Args:
            name: The project's name.
            project_id: An explicit id (default: the next free one).
            members: User ids with access (default: the default user).
            organization_id: Its organisation (default: the default one).
        """
        with self._app.mutating():
            store = self._app.store
            org = organization_id or self.organization_id
            if org not in store.organizations:
                store.organizations[org] = "Organization"
            project = store.add_project(project_id, name, org)
            for user_id in members if members is not None else [self.user_id]:
                store.users[user_id].project_ids.add(project.id)
            return project.id

    def add_user(
        self,
        *,
        email: str | None = None,
        first_name: str = "Grace",
        last_name: str = "Hopper",
        project_ids: Sequence[int] | None = None,
        current_project_id: int | None = None,
        role_at_organization: str | None = "engineering",
        is_active: bool = True,
    ) -> int:
        """Create a user and return their id.

        Args:
            email: Default ``user{id}@example.com``.
            first_name: First name.
            last_name: Last name.
            project_ids: Projects the user belongs to (default: the default project).
            current_project_id: What ``@current`` means for them (default: the first of
                ``project_ids``).
            role_at_organization: ``UserBasic.role_at_organization``.
            is_active: Inactive users' keys are rejected with a 401.
        """
        with self._app.mutating():
            store = self._app.store
            projects = list(project_ids) if project_ids is not None else [self.project_id]
            user = store.add_user(
                email=email or "",
                first_name=first_name,
                last_name=last_name,
                project_ids=set(projects),
                current_project_id=current_project_id
                if current_project_id is not None
                else (projects[0] if projects else None),
                role_at_organization=role_at_organization,
                is_active=is_active,
            )
            if not email:
                user.email = f"user{user.id}@example.com"
            return user.id

    def add_key(
        self,
        *,
        user_id: int | None = None,
        scopes: Sequence[str] = ("*",),
        project_ids: Sequence[int] | None = None,
        organization_ids: Sequence[str] | None = None,
        value: str | None = None,
        label: str = "Test key",
    ) -> str:
        """Create a personal API key and return it.

        Args:
            user_id: The owner (default: the default user).
            scopes: E.g. ``["experiment:read"]``; ``"*"`` grants everything and
                ``experiment:write`` implies ``experiment:read``.
            project_ids: Limit the key to these projects (403 elsewhere).
            organization_ids: Limit the key to these organisations.
            value: The key itself (default: a new ``phx_...`` value).
            label: The key's label.
        """
        with self._app.mutating():
            key = self._app.store.add_key(
                user_id=self.user_id if user_id is None else user_id,
                scopes=frozenset(scopes),
                project_ids=frozenset(project_ids) if project_ids is not None else None,
                organization_ids=frozenset(organization_ids)
                if organization_ids is not None
                else None,
                value=value,
                label=label,
            )
            return key.value

    # ------------------------------------------------------------------ related rows

    def add_feature_flag(
        self,
        key: str,
        *,
        variants: Sequence[Mapping[str, Any]] | None = DEFAULT_VARIANTS,
        name: str | None = None,
        active: bool = True,
        deleted: bool = False,
        filters: Mapping[str, Any] | None = None,
        project_id: int | None = None,
    ) -> int:
        """Create a feature flag and return its id.

        Args:
            key: The flag key.
            variants: Multivariate variants (default control/test at 50/50); ``None``
                makes a boolean flag, which experiments cannot use.
            name: The flag's name (default: the key).
            active: Whether it is on.
            deleted: Create it soft-deleted (its key stays free for a new flag).
            filters: Complete filters, overriding ``variants``.
            project_id: The project (default: the default project).
        """
        if filters is None:
            built: dict[str, Any] = {"groups": [{"properties": [], "rollout_percentage": 100}]}
            if variants is not None:
                built["multivariate"] = {"variants": _copy(list(variants))}
            filters = built
        with self._app.mutating():
            flag = self._app.store.add_flag(
                team_id=self._project(project_id),
                key=key,
                name=name if name is not None else key,
                filters=_copy(dict(filters)),
                active=active,
                deleted=deleted,
                created_by_id=self.user_id,
            )
            return flag.id

    def _flag_row(self, key_or_id: str | int, project_id: int | None) -> FeatureFlag:
        """A flag by id, or the live flag with that key in the project (KeyError if none)."""
        store = self._app.store
        if isinstance(key_or_id, int):
            return store.flags[key_or_id]
        found = store.live_flag(self._project(project_id), key_or_id)
        if found is None:
            raise KeyError(key_or_id)
        return found

    def set_feature_flag_active(
        self, key_or_id: str | int, active: bool, *, project_id: int | None = None
    ) -> None:
        """Switch a flag on or off, as PostHog's feature-flag API does.

        Before 2026's ``pause``/``resume`` this was how an experiment was paused; a
        running experiment whose flag is off reads ``status: paused`` under 2026.
        """
        with self._app.mutating():
            flag = self._flag_row(key_or_id, project_id)
            flag.active = bool(active)

    def delete_feature_flag(self, key_or_id: str | int, *, project_id: int | None = None) -> None:
        """Soft-delete a flag, as PostHog's feature-flag API does (its key becomes free)."""
        with self._app.mutating():
            self._app.store.delete_flag(self._flag_row(key_or_id, project_id))

    def add_holdout(
        self,
        name: str = "Holdout",
        *,
        rollout_percentage: float = 10,
        filters: Sequence[Mapping[str, Any]] | None = None,
        description: str | None = None,
        project_id: int | None = None,
    ) -> int:
        """Create a holdout group (default: 10% of users) and return its id."""
        groups = (
            _copy(list(filters))
            if filters is not None
            else [{"properties": [], "rollout_percentage": rollout_percentage}]
        )
        with self._app.mutating():
            holdout = self._app.store.add_holdout(
                team_id=self._project(project_id),
                name=name,
                description=description,
                filters=groups,
                created_by_id=self.user_id,
            )
            return holdout.id

    def add_saved_metric(
        self,
        name: str = "Saved metric",
        *,
        query: Mapping[str, Any] | None = None,
        description: str | None = None,
        project_id: int | None = None,
    ) -> int:
        """Create a saved metric (default: a mean ``$pageview`` metric) and return its id."""
        with self._app.mutating():
            store = self._app.store
            body = (
                _copy(dict(query))
                if query is not None
                else {
                    "kind": "ExperimentMetric",
                    "metric_type": "mean",
                    "uuid": store.ids.uuid4(),
                    "source": {"kind": "EventsNode", "event": "$pageview"},
                }
            )
            if isinstance(body, dict) and not body.get("uuid"):
                body["uuid"] = store.ids.uuid4()  # as the API gives one
            metric = store.add_saved_metric(
                team_id=self._project(project_id),
                name=name,
                query=body,
                description=description,
                created_by_id=self.user_id,
            )
            return metric.id

    def add_event(
        self,
        event: str,
        properties: Mapping[str, Any] | None = None,
        *,
        timestamp: datetime | None = None,
        project_id: int | None = None,
    ) -> None:
        """Ingest an event (read by ``requires_flag_implementation``; default time: now)."""
        with self._app.mutating():
            self._app.store.add_event(
                team_id=self._project(project_id),
                event=event,
                properties=_copy(dict(properties or {})),
                timestamp=timestamp or self.clock(),
            )

    def add_action(
        self, name: str, events: Sequence[str | None], *, project_id: int | None = None
    ) -> int:
        """Create an action whose steps match ``events``; return its id."""
        with self._app.mutating():
            action = self._app.store.add_action(
                team_id=self._project(project_id), name=name, step_events=list(events)
            )
            return action.id

    # ------------------------------------------------------------------ experiments

    def add_experiment(
        self,
        name: str = "Experiment",
        feature_flag_key: str | None = None,
        *,
        project_id: int | None = None,
        created_by: int | None = None,
        created_at: datetime | None = None,
        validate: bool = True,
        **fields: Any,
    ) -> int:
        """Create an experiment through PostHog's create rules and return its id.

        Args:
            name: The name.
            feature_flag_key: Its flag's key (default: derived from the name, unique).
                An existing eligible flag is linked, as over the API.
            project_id: The project (default: the default project).
            created_by: The creator's user id (default: the default user).
            created_at: Backdate the row (also sets ``updated_at``).
            validate: ``False`` stores ``fields`` without the serializer's checks, for rows
                an older PostHog left behind (e.g. legacy metrics under 2026). The flag
                is still linked or created as usual.
            **fields: Any other writable field, as JSON values (datetimes allowed).

        Raises:
            ValueError: The API would have rejected this experiment.
        """
        with self._app.mutating():
            store = self._app.store
            team_id = self._project(project_id)
            if feature_flag_key is None:
                feature_flag_key = f"{_slug(name)}-{store.ids.next_id('seeded_flag_key')}"
            payload = {k: _jsonable(v) for k, v in fields.items()}
            payload.update(name=name, feature_flag_key=feature_flag_key)
            user_id = self.user_id if created_by is None else created_by
            try:
                if validate:
                    experiment = self._app.rules.create(team_id, user_id, _copy(payload))
                else:
                    raw = _copy(payload)
                    raw["get_feature_flag_key"] = raw.pop("feature_flag_key")
                    if "holdout_id" in raw:
                        raw["holdout"] = raw.pop("holdout_id")
                    for attr in ("start_date", "end_date"):
                        if isinstance(raw.get(attr), str):
                            raw[attr] = parse_datetime(raw[attr])
                    experiment = self._app.rules.create_validated(team_id, user_id, raw)
            except ApiError as exc:
                raise ValueError(f"{exc.detail} (attr: {exc.attr})") from None
            if created_at is not None:
                experiment.created_at = experiment.updated_at = created_at
            return experiment.id

    def seed_experiments(
        self,
        count: int,
        *,
        name_prefix: str = "Experiment",
        project_id: int | None = None,
        start_date: datetime | None = None,
        archived: bool = False,
    ) -> list[int]:
        """Create ``count`` experiments quickly (each with its own new flag).

        Names are ``"{name_prefix} 1"``, ``"{name_prefix} 2"``, ...; validation is
        skipped, so this is the way to build large data sets (20,000 rows in well
        under a second).
        """
        with self._app.mutating():
            store = self._app.store
            rules = self._app.rules
            team_id = self._project(project_id)
            slug = _slug(name_prefix)
            ids: list[int] = []
            for number in range(1, count + 1):
                key = f"{slug}-{store.ids.next_id('seeded_flag_key')}"
                experiment = rules.create_validated(
                    team_id,
                    self.user_id,
                    {
                        "name": f"{name_prefix} {number}",
                        "get_feature_flag_key": key,
                        "start_date": start_date,
                        "archived": archived,
                    },
                )
                ids.append(experiment.id)
            return ids

    # ------------------------------------------------------------------ inspection

    def experiment(self, experiment_id: int) -> dict[str, Any]:
        """The stored experiment as the API would render it (deleted ones too)."""
        with self._app.lock:
            store = self._app.store
            render = self._app.settings.version.render_experiment
            return _copy_dict(render(store.experiments[experiment_id], store))

    def feature_flag(
        self, key_or_id: str | int, *, project_id: int | None = None
    ) -> dict[str, Any]:
        """A flag by id, or the live flag with that key in the project."""
        with self._app.lock:
            flag = self._flag_row(key_or_id, project_id)
            return _copy_dict(self._app.settings.version.render_flag(flag))

    def holdout(self, holdout_id: int) -> dict[str, Any]:
        """A holdout as the API renders it."""
        with self._app.lock:
            store = self._app.store
            return _copy_dict(holdout_json(store.holdouts[holdout_id], store))

    def saved_metric(self, saved_metric_id: int) -> dict[str, Any]:
        """A saved metric as the API renders it."""
        with self._app.lock:
            store = self._app.store
            return _copy_dict(saved_metric_json(store.saved_metrics[saved_metric_id], store))

    def cohort(self, cohort_id: int) -> dict[str, Any]:
        """A cohort as the exposure-cohort action renders it."""
        with self._app.lock:
            store = self._app.store
            return _copy_dict(cohort_json(store.cohorts[cohort_id], store))
