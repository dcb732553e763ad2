"""``ExperimentsClient``: the synchronous client.

Generated from ``_async_client.py`` by ``scripts/unasync.py``; edit that file, then run
``make generate``. Everything that is not I/O lives in ``_operations``, ``_responses``,
``_pagination``, ``_arguments``, ``_config`` and ``_retry``.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx

from . import _operations as ops
from . import _pagination as pages
from . import _responses as responses
from . import _retry
from ._config import resolve_settings, with_overrides
from ._exceptions import (
    APIConnectionError,
    ConfigurationError,
    PostHogError,
    RateLimitError,
)
from ._generated.types import UNSET, Unset
from ._logging import log_response, log_retry
from ._raw import RawResponseView, remember

if TYPE_CHECKING:  # annotations only: the models load with the calls that use them
    from ._generated.models import (
        Cohort,
        Experiment,
        ExperimentMetric,
        ExperimentParameters,
        ExposureCriteria,
        SavedMetricReference,
        StatsConfig,
    )
    from ._generated.models.conclusion_enum import ConclusionEnum
    from ._generated.models.experiment_status_filter import ExperimentStatusFilter
    from ._generated.models.experiment_type_enum import ExperimentTypeEnum

T = TypeVar("T")

DictOr = Mapping[str, Any]


class ExperimentsClient:
    """Client for PostHog's Experiments API, for synchronous code.

    Create one per application (for example at module level) and share it: it holds a
    connection pool. Every option is keyword-only; omitted ones come from the environment.

    Args:
        api_key: Personal API key (``phx_...``). Default: ``POSTHOG_PERSONAL_API_KEY``.
        host: ``https://us.posthog.com`` (default), ``https://eu.posthog.com`` or your own
            instance. Default: ``POSTHOG_HOST``.
        project_id: Numeric project id, or ``"@current"``. Default: ``POSTHOG_PROJECT_ID``.
        timeout: Seconds, or an ``httpx.Timeout``. Default: 30 s in all, 5 s to connect.
        max_retries: Retries after the first attempt (default 2). See README for what is retried.
        http_client: Your own ``httpx.Client`` (its pool, proxies and event hooks are kept;
            you close it).
        transport: An httpx transport, e.g. ``FakePostHog().transport()``.
        headers: Extra headers for every request.
        allow_insecure_http: Allow a plain ``http://`` host that is not loopback.

    Raises:
        ConfigurationError: A key or project is missing, or an option is invalid.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        host: str | None = None,
        project_id: int | str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
    ) -> None:
        self._settings = resolve_settings(
            api_key=api_key,
            host=host,
            project_id=project_id,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            allow_insecure_http=allow_insecure_http,
        )
        if http_client is not None and transport is not None:
            raise ConfigurationError("Pass http_client or transport, not both.")
        if transport is not None and not isinstance(transport, httpx.BaseTransport):
            raise ConfigurationError(
                f"transport must be an httpx.BaseTransport, got {type(transport).__name__}."
            )
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError(
                f"http_client must be an httpx.Client, got {type(http_client).__name__}."
            )
        self._owns_http = http_client is None
        # A pool of our own carries our headers itself; a pool you bring gets them per request.
        self._pool_headers = None if http_client is not None else self._settings.request_headers
        self._http = http_client or httpx.Client(
            transport=transport, follow_redirects=False, headers=self._pool_headers
        )

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(host={self._settings.host!r}, "
            f"project_id={self._settings.project_id!r})"
        )

    # ------------------------------------------------------------------ lifecycle of the client

    def __enter__(self) -> ExperimentsClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool (unless it belongs to an ``http_client`` you passed in)."""
        if self._owns_http:
            self._http.close()

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> ExperimentsClient:
        """A copy with other options that shares this client's connection pool.

        Raises:
            ConfigurationError: An option is invalid.
        """
        copy = object.__new__(type(self))
        copy._settings = with_overrides(
            self._settings, timeout=timeout, max_retries=max_retries, headers=headers
        )
        copy._owns_http = False  # the pool stays with the original
        copy._http = self._http
        copy._pool_headers = self._pool_headers
        return copy

    @property
    def with_raw_response(self) -> RawResponseView:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, parsed)."""
        return RawResponseView(self)

    # ------------------------------------------------------------------ experiments

    def list(
        self,
        *,
        status: ExperimentStatusFilter | Unset = UNSET,
        search: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        created_by_id: int | Unset = UNSET,
        order: str | Unset = UNSET,
        page_size: int = 100,
    ) -> pages.SyncPager:
        """List experiments, lazily: pages are fetched only as they are consumed.

        ``for experiment in client.list(...)`` yields every experiment; ``.pages()`` yields
        pages; ``client.list(...).first_page()`` returns the first page. Deleted experiments are never
        listed, archived ones only with ``archived=True``; the order is ``-created_at`` unless
        ``order`` is given.

        Args:
            status: ``draft``, ``running``, ``complete`` or ``all``.
            search: Case-insensitive substring of the name.
            archived: ``True`` lists only archived experiments.
            created_by_id: Only experiments created by this user id.
            order: A field, ``-`` for descending: ``created_at``, ``name``, ``start_date``, ...
            page_size: Experiments per request (PostHog's ``limit``).

        Raises:
            InvalidArgumentError: An argument has the wrong type (raised here, before any request).
            PostHogError: While iterating, as for ``get``.
        """
        query = pages.list_query(
            status=status,
            search=search,
            archived=archived,
            created_by_id=created_by_id,
            order=order,
            page_size=page_size,
        )
        return pages.SyncPager(self._fetch_page, query)

    def _fetch_page(self, query: Mapping[str, str]) -> pages.Page:
        return self._send(pages.list_call(self._settings, query))

    def get(self, id: int) -> Experiment:
        """Fetch one experiment.

        Raises:
            NotFoundError: Unknown, deleted or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        return self._send(ops.get_call(self._settings, id))

    def create(
        self,
        *,
        name: str,
        feature_flag_key: str,
        description: str | Unset | None = UNSET,
        start_date: datetime.datetime | str | Unset | None = UNSET,
        end_date: datetime.datetime | str | Unset | None = UNSET,
        parameters: ExperimentParameters | DictOr | Unset | None = UNSET,
        holdout_id: int | Unset | None = UNSET,
        type: ExperimentTypeEnum | Unset | None = UNSET,
        metrics: Sequence[ExperimentMetric | DictOr] | Unset | None = UNSET,
        metrics_secondary: Sequence[ExperimentMetric | DictOr] | Unset | None = UNSET,
        saved_metrics_ids: Sequence[SavedMetricReference | DictOr] | Unset | None = UNSET,
        exposure_criteria: ExposureCriteria | DictOr | Unset | None = UNSET,
        stats_config: StatsConfig | DictOr | Unset | None = UNSET,
        filters: DictOr | Unset = UNSET,
        secondary_metrics: Any | Unset = UNSET,
        archived: bool | Unset = UNSET,
        conclusion: ConclusionEnum | Unset | None = UNSET,
        conclusion_comment: str | Unset | None = UNSET,
        primary_metrics_ordered_uuids: Sequence[str] | Unset | None = UNSET,
        secondary_metrics_ordered_uuids: Sequence[str] | Unset | None = UNSET,
    ) -> Experiment:
        """Create an experiment (a draft unless ``start_date`` is set).

        A feature flag ``feature_flag_key`` is created with control/test at 50/50 (or your
        ``parameters.feature_flag_variants``), unless an eligible flag with that key exists, which
        is then linked unchanged. A create is never retried once it may have reached PostHog.

        Raises:
            InvalidArgumentError: An argument has the wrong type; nothing was sent.
            BadRequestError: PostHog's validation failed; ``attr`` names the field.
            PostHogError: Any other failure (see the exception tree).
        """
        return self._send(
            ops.create_call(
                self._settings,
                name=name,
                feature_flag_key=feature_flag_key,
                type=type,
                description=description,
                start_date=start_date,
                end_date=end_date,
                parameters=parameters,
                holdout_id=holdout_id,
                metrics=metrics,
                metrics_secondary=metrics_secondary,
                saved_metrics_ids=saved_metrics_ids,
                exposure_criteria=exposure_criteria,
                stats_config=stats_config,
                filters=filters,
                secondary_metrics=secondary_metrics,
                archived=archived,
                conclusion=conclusion,
                conclusion_comment=conclusion_comment,
                primary_metrics_ordered_uuids=primary_metrics_ordered_uuids,
                secondary_metrics_ordered_uuids=secondary_metrics_ordered_uuids,
            )
        )

    def update(
        self,
        id: int,
        *,
        name: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        start_date: datetime.datetime | str | Unset | None = UNSET,
        end_date: datetime.datetime | str | Unset | None = UNSET,
        parameters: ExperimentParameters | DictOr | Unset | None = UNSET,
        holdout_id: int | Unset | None = UNSET,
        metrics: Sequence[ExperimentMetric | DictOr] | Unset | None = UNSET,
        metrics_secondary: Sequence[ExperimentMetric | DictOr] | Unset | None = UNSET,
        saved_metrics_ids: Sequence[SavedMetricReference | DictOr] | Unset | None = UNSET,
        exposure_criteria: ExposureCriteria | DictOr | Unset | None = UNSET,
        stats_config: StatsConfig | DictOr | Unset | None = UNSET,
        filters: DictOr | Unset = UNSET,
        secondary_metrics: Any | Unset = UNSET,
        archived: bool | Unset = UNSET,
        conclusion: ConclusionEnum | Unset | None = UNSET,
        conclusion_comment: str | Unset | None = UNSET,
        primary_metrics_ordered_uuids: Sequence[str] | Unset | None = UNSET,
        secondary_metrics_ordered_uuids: Sequence[str] | Unset | None = UNSET,
    ) -> Experiment:
        """Change only the fields given (PATCH). ``UNSET`` is not sent; ``None`` sends JSON null.

        ``parameters`` replaces the stored parameters wholesale. Setting ``start_date`` on a draft
        launches it. PostHog refuses to change the variants or holdout of a launched experiment,
        and never changes ``feature_flag_key`` or ``type``.

        Raises:
            InvalidArgumentError: An argument has the wrong type; nothing was sent.
            BadRequestError: PostHog refused the change; the message says why.
            NotFoundError: Unknown, deleted or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        fields = {
            "name": name,
            "description": description,
            "start_date": start_date,
            "end_date": end_date,
            "parameters": parameters,
            "holdout_id": holdout_id,
            "metrics": metrics,
            "metrics_secondary": metrics_secondary,
            "saved_metrics_ids": saved_metrics_ids,
            "exposure_criteria": exposure_criteria,
            "stats_config": stats_config,
            "filters": filters,
            "secondary_metrics": secondary_metrics,
            "archived": archived,
            "conclusion": conclusion,
            "conclusion_comment": conclusion_comment,
            "primary_metrics_ordered_uuids": primary_metrics_ordered_uuids,
            "secondary_metrics_ordered_uuids": secondary_metrics_ordered_uuids,
        }
        return self._send(ops.update_call(self._settings, id, **fields))

    def delete(self, id: int) -> None:
        """Soft-delete an experiment (``PATCH {"deleted": true}``; PostHog forbids DELETE).

        Idempotent: when a retried attempt finds the experiment already deleted, an earlier attempt
        succeeded, and that is success. Its feature flag is left alone. Undo with ``restore``.

        Raises:
            NotFoundError: Unknown, other-project or already deleted id (on the first attempt).
            PostHogError: Any other failure (see the exception tree).
        """
        self._send(ops.delete_call(self._settings, id))

    def restore(self, id: int) -> Experiment:
        """Undo a soft delete (``PATCH {"deleted": false}``).

        Raises:
            NotFoundError: Unknown or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        return self._send(ops.restore_call(self._settings, id))

    def duplicate(
        self, id: int, *, name: str | Unset = UNSET, feature_flag_key: str | Unset = UNSET
    ) -> Experiment:
        """Copy an experiment as a new draft, named "{name} (Copy)" unless ``name`` is given.

        Without ``feature_flag_key`` the copy shares the source's feature flag. Never retried once
        it may have reached PostHog.

        Raises:
            InvalidArgumentError: An argument has the wrong type; nothing was sent.
            NotFoundError: Unknown, deleted or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        return self._send(
            ops.duplicate_call(self._settings, id, name=name, feature_flag_key=feature_flag_key)
        )

    def create_exposure_cohort(self, id: int) -> Cohort:
        """Create the cohort of users exposed to a launched experiment, and link it.

        Raises:
            BadRequestError: No feature flag, not launched, or it already has an exposure cohort.
            NotFoundError: Unknown, deleted or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        return self._send(ops.exposure_cohort_call(self._settings, id))

    def requires_flag_implementation(
        self,
        *,
        events: Sequence[DictOr] | str | Unset = UNSET,
        actions: Sequence[DictOr] | str | Unset = UNSET,
    ) -> bool:
        """Whether these events still lack a ``$feature/...`` property, i.e. need the flag wired up.

        Args:
            events: Event filters such as ``[{"id": "$pageview"}]`` (or that list as JSON text).
            actions: Action filters such as ``[{"id": 3}]``.

        Raises:
            InvalidArgumentError: An argument has the wrong type; nothing was sent.
            PostHogError: Any other failure (see the exception tree).
        """
        return self._send(ops.requires_flag_call(self._settings, events=events, actions=actions))

    # ------------------------------------------------------------------ lifecycle helpers

    def launch(self, id: int, *, start_date: datetime.datetime | str | None = None) -> Experiment:
        """Launch a draft: set ``start_date`` (default: now, UTC), which activates its flag.

        Raises:
            ExperimentStateError: It was already launched; nothing was changed.
            PostHogError: Any other failure (see the exception tree).
        """
        ops.ensure_launchable(self.get(id))
        return self.update(id, start_date=start_date or _retry.utc_now())

    def end(
        self,
        id: int,
        *,
        conclusion: ConclusionEnum | Unset | None = UNSET,
        conclusion_comment: str | Unset | None = UNSET,
        end_date: datetime.datetime | str | None = None,
    ) -> Experiment:
        """End a running experiment: set ``end_date`` (default: now, UTC) and the conclusion.

        Args:
            conclusion: ``won``, ``lost``, ``inconclusive``, ``stopped_early`` or ``invalid``.
            conclusion_comment: Free text.
            end_date: When it ended.

        Raises:
            ExperimentStateError: It is a draft or has already ended; nothing was changed.
            PostHogError: Any other failure (see the exception tree).
        """
        ops.ensure_endable(self.get(id))
        return self.update(
            id,
            end_date=end_date or _retry.utc_now(),
            conclusion=conclusion,
            conclusion_comment=conclusion_comment,
        )

    def archive(self, id: int) -> Experiment:
        """Archive an experiment: it leaves the default list (``archived=True`` lists it).

        Raises:
            PostHogError: Any failure (see the exception tree).
        """
        return self.update(id, archived=True)

    def unarchive(self, id: int) -> Experiment:
        """Bring an archived experiment back into the default list.

        Raises:
            PostHogError: Any failure (see the exception tree).
        """
        return self.update(id, archived=False)

    # ------------------------------------------------------------------ sending

    def _send(self, call: ops.Call[T]) -> T:
        try:
            return (self._attempt(call))[0]
        except PostHogError as error:
            # A server may echo the request back; its text must not carry the key into a message.
            raise responses.redact(error, self._settings.api_key) from error.__cause__

    def _attempt(self, call: ops.Call[T]) -> tuple[T, httpx.Response]:
        """Send ``call``, retrying as ``_retry`` allows; return the result and the last response."""
        settings = self._settings
        request = ops.build_request(self._http, settings, call, self._pool_headers)
        if self._http.is_closed:
            raise APIConnectionError(
                f"{request.method} {request.url} not sent: this client has been closed.",
                request=request,
            )
        retries_done = 0
        while True:
            started = time.perf_counter()
            try:
                response = self._http.send(request, follow_redirects=False)
            except httpx.TransportError as exc:
                delay = _retry.delay_after_failure(
                    exc, call.method, retries_done, settings.max_retries
                )
                if delay is None:
                    raise responses.connection_error(exc, request) from exc
                reason = repr(exc)
            except (
                httpx.HTTPError,
                httpx.InvalidURL,
                httpx.StreamError,
                httpx.CookieConflict,
            ) as exc:
                raise responses.connection_error(exc, request) from exc
            else:
                # httpx keeps a response and its spent stream in a reference cycle, which holds
                # each page body until the garbage collector runs; a byte stream breaks the cycle.
                response.stream = httpx.ByteStream(response.content)
                log_response(request, response, started, retries_done)
                status = response.status_code
                if 200 <= status < 300:
                    remember(response)
                    return call.parse(response), response
                if status == 404 and call.soft_delete and retries_done > 0:
                    # An earlier attempt deleted it but its response was lost: the goal is reached.
                    remember(response)
                    return cast(T, None), response
                error = responses.status_error(response, settings, call)
                retry_after = error.retry_after if isinstance(error, RateLimitError) else None
                delay = _retry.delay_after_status(
                    status, retry_after, call.method, retries_done, settings.max_retries
                )
                if delay is None:
                    raise error
                reason = str(status)
            log_retry(request, reason, delay, retries_done, settings.max_retries)
            _retry.sleep(delay)
            retries_done += 1
