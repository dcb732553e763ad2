"""``AsyncExperimentsClient``: the asyncio/trio client.

This file is the source of the sync twin: ``scripts/unasync.py`` derives ``_client.py`` from it
by dropping ``async``/``await`` and renaming, and ``make test`` checks that the copy is current.
The keyword arguments of ``create`` and ``update`` are written by ``scripts/writable_fields.py``
from the spec, between ``<generated>`` markers. Everything that is not I/O lives in
``_operations``, ``_responses``, ``_arguments``, ``_config``, ``_pools`` and ``_retry``.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx

from . import _operations as ops
from . import _responses as responses
from . import _retry
from ._async_holdouts import AsyncHoldouts, AsyncHoldoutsRawView
from ._async_pagination import AsyncPager
from ._async_saved_metrics import AsyncSavedMetrics, AsyncSavedMetricsRawView
from ._config import resolve_settings, with_overrides
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    PostHogError,
    RateLimitError,
)
from ._generated.types import UNSET, Unset
from ._logging import log_response, log_retry
from ._page import Page
from ._pools import AsyncPools
from ._raw import raw_async, remember

if TYPE_CHECKING:  # annotations only: the models load with the calls that use them
    # <generated: models>
    from ._generated.models import (
        Cohort,
        ConclusionEnum,
        Experiment,
        ExperimentFeatureFlagInput,
        ExperimentHoldout,
        ExperimentMetric,
        ExperimentParameters,
        ExperimentSavedMetric,
        ExperimentTypeEnum,
        ExposureCriteria,
        LegacyFilters,
        RunningTimeCalculation,
        SavedMetricReference,
        StatsConfig,
    )

    # </generated>
    from ._generated.models.experiment_status_filter import ExperimentStatusFilter

T = TypeVar("T")

DictOr = Mapping[str, Any]


class AsyncExperimentsClient:
    """Client for PostHog's Experiments API, for asyncio and trio.

    Create one per application (for example in a FastAPI lifespan) and share it: it holds a
    connection pool. Every option is keyword-only; omitted ones come from the environment.
    Experiments are its own methods; ``client.holdouts`` and ``client.saved_metrics`` manage the
    two resources experiments point at, with the same retries, errors and logging.

    Args:
        api_key: Personal API key (``phx_...``). Default: ``POSTHOG_PERSONAL_API_KEY``.
        host: ``https://us.posthog.com`` (default), ``https://eu.posthog.com`` or your own
            instance. Default: ``POSTHOG_HOST``.
        project_id: Numeric project id, or ``"@current"``. Default: ``POSTHOG_PROJECT_ID``.
        timeout: Seconds, or an ``httpx.Timeout``, for each attempt: 30 s to read, 5 s to
            connect by default. A call that is retried can take longer; see ``deadline``.
        max_retries: Retries after the first attempt (default 2). See README for what is retried.
        deadline: Seconds a whole call may take, retries and waits between them included
            (default: no bound beyond ``timeout`` per attempt). When it passes, the call raises
            ``APITimeoutError``.
        http_client: Your own ``httpx.AsyncClient`` (its pool, proxies and event hooks are kept;
            you close it, and it must stay on the event loop that first used it).
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
        deadline: float | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        headers: Mapping[str, str] | None = None,
        allow_insecure_http: bool = False,
        _pools: AsyncPools | None = None,  # with_options: share the original's pools
    ) -> None:
        self._settings = resolve_settings(
            api_key=api_key,
            host=host,
            project_id=project_id,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            allow_insecure_http=allow_insecure_http,
            deadline=deadline,
        )
        if http_client is not None and transport is not None:
            raise ConfigurationError("Pass http_client or transport, not both.")
        if transport is not None and not isinstance(transport, httpx.AsyncBaseTransport):
            raise ConfigurationError(
                f"transport must be an httpx.AsyncBaseTransport, got {type(transport).__name__}."
            )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(
                f"http_client must be an httpx.AsyncClient, got {type(http_client).__name__}."
            )
        self._owns_pools = _pools is None
        self._pools = _pools or AsyncPools(
            http_client=http_client, transport=transport, headers=self._settings.request_headers
        )
        # Decided once: whether our headers (and the key) are already in the pool.
        self._placement = self._pools.header_placement(self._settings.request_headers)
        self.holdouts = AsyncHoldouts(self)
        self.saved_metrics = AsyncSavedMetrics(self)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(host={self._settings.host!r}, "
            f"project_id={self._settings.project_id!r})"
        )

    # ------------------------------------------------------------------ lifecycle of the client

    async def __aenter__(self) -> AsyncExperimentsClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (unless it belongs to an ``http_client`` you passed in).

        Calls under way, or waiting to retry, then raise ``APIConnectionError``. A ``with_options``
        copy shares the pool and leaves it open.
        """
        if self._owns_pools:
            await self._pools.aclose()

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        deadline: float | Unset | None = UNSET,
        headers: Mapping[str, str] | None = None,
    ) -> AsyncExperimentsClient:
        """A copy with other options that shares this client's connection pool.

        Args:
            timeout: Replaces the timeout per attempt.
            max_retries: Replaces the number of retries.
            deadline: Replaces the bound on a whole call; ``None`` removes it.
            headers: Merged over this client's extra headers.

        Raises:
            ConfigurationError: An option is invalid.
        """
        settings = with_overrides(
            self._settings, timeout=timeout, max_retries=max_retries, headers=headers
        )
        return type(self)(
            api_key=settings.api_key,
            host=settings.host,
            project_id=settings.project_id,
            timeout=settings.timeout,
            max_retries=settings.max_retries,
            deadline=settings.deadline if isinstance(deadline, Unset) else deadline,
            headers=settings.headers,
            allow_insecure_http=True,  # the host was checked when this client was made
            _pools=self._pools,
        )

    @property
    def with_raw_response(self) -> AsyncRawResponseView:
        """The same methods, returning a ``RawResponse`` (status, headers, request id, parsed)."""
        return AsyncRawResponseView(self)

    # ------------------------------------------------------------------ experiments

    def list(
        self,
        *,
        status: ExperimentStatusFilter | str | Unset = UNSET,
        search: str | Unset = UNSET,
        archived: bool | Unset = UNSET,
        created_by_id: int | Unset = UNSET,
        order: str | Unset = UNSET,
        page_size: int = 100,
    ) -> AsyncPager:
        """List experiments, lazily: pages are fetched only as they are consumed.

        ``async for experiment in client.list(...)`` yields every experiment once; ``.pages()``
        yields pages; ``await client.list(...)`` returns the first page. Deleted experiments are
        never listed, archived ones only with ``archived=True``; the order is ``-created_at``
        unless ``order`` is given.

        Args:
            status: ``draft``, ``running``, ``complete`` or ``all`` (or any str PostHog accepts).
            search: Case-insensitive substring of the name.
            archived: ``True`` lists only archived experiments.
            created_by_id: Only experiments created by this user id.
            order: A field, ``-`` for descending: ``created_at``, ``name``, ``start_date``, ...
            page_size: Experiments per request (PostHog's ``limit``).

        Raises:
            InvalidArgumentError: An argument has the wrong type (raised here, before any request).
            PostHogError: While iterating, as for ``get``.
        """
        query = ops.list_query(
            status=status,
            search=search,
            archived=archived,
            created_by_id=created_by_id,
            order=order,
            page_size=page_size,
        )
        return AsyncPager(self._fetch_page, query)

    async def _fetch_page(self, query: Mapping[str, str]) -> Page:
        return await self._send(ops.list_call(self._settings, query))

    async def get(self, id: int) -> Experiment:
        """Fetch one experiment.

        Raises:
            NotFoundError: Unknown, deleted or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        return await self._send(ops.get_call(self._settings, id))

    async def create(
        self,
        *,
        # <generated: create arguments>
        name: str,
        feature_flag_key: str,
        description: str | Unset | None = UNSET,
        start_date: datetime.datetime | str | Unset | None = UNSET,
        end_date: datetime.datetime | str | Unset | None = UNSET,
        feature_flag: ExperimentFeatureFlagInput | Mapping[str, Any] | Unset = UNSET,
        holdout_id: int | Unset | None = UNSET,
        parameters: ExperimentParameters | Mapping[str, Any] | Unset | None = UNSET,
        running_time_calculation: RunningTimeCalculation | Mapping[str, Any] | Unset | None = UNSET,
        excluded_variants: Sequence[str] | Unset | None = UNSET,
        secondary_metrics: Any | Unset = UNSET,
        saved_metrics_ids: Sequence[SavedMetricReference | Mapping[str, Any]]
        | Unset
        | None = UNSET,
        filters: LegacyFilters | Mapping[str, Any] | Unset = UNSET,
        archived: bool | Unset = UNSET,
        exposure_criteria: ExposureCriteria | Mapping[str, Any] | Unset | None = UNSET,
        metrics: Sequence[ExperimentMetric | Mapping[str, Any]] | Unset | None = UNSET,
        metrics_secondary: Sequence[ExperimentMetric | Mapping[str, Any]] | Unset | None = UNSET,
        stats_config: StatsConfig | Mapping[str, Any] | Unset | None = UNSET,
        scheduling_config: Any | Unset = UNSET,
        exposure_preaggregation_enabled: bool | Unset = UNSET,
        only_count_matured_users: bool | Unset = UNSET,
        conclusion: ConclusionEnum | str | Unset | None = UNSET,
        conclusion_comment: str | Unset | None = UNSET,
        primary_metrics_ordered_uuids: Sequence[str] | Unset | None = UNSET,
        secondary_metrics_ordered_uuids: Sequence[str] | Unset | None = UNSET,
        tags: Sequence[Any] | Unset = UNSET,
        allow_unknown_events: bool | Unset = UNSET,
        update_feature_flag_params: bool | Unset = UNSET,
        type: ExperimentTypeEnum | str | Unset | None = UNSET,
        holdout: ExperimentHoldout | int | Unset | None = UNSET,
        saved_metrics: Sequence[
            ExperimentSavedMetric | int | tuple[ExperimentSavedMetric | int, str]
        ]
        | Unset = UNSET,
        # </generated>
    ) -> Experiment:
        """Create an experiment (a draft unless ``start_date`` is set).

        A feature flag ``feature_flag_key`` is created with control/test at 50/50 (or your
        ``parameters.feature_flag_variants``), unless an eligible flag with that key exists, which
        is then linked unchanged. A create is never retried once it may have reached PostHog.

        Args:
            name: A str.
            feature_flag_key: The key of the flag to create, or of an existing eligible flag to
                link. A str.
            description: 2025 allowed 400 characters, 2026 3,000. A str. ``None`` sends null.
            start_date: A timezone-aware datetime or an ISO 8601 str. ``None`` sends null.
            end_date: A timezone-aware datetime or an ISO 8601 str. ``None`` sends null.
            feature_flag: Flag config (newest PostHog). A ``ExperimentFeatureFlagInput`` or a
                dict, sent as given.
            holdout_id: An int. ``None`` sends null.
            parameters: Sizing and variant configuration. Replaced wholesale on update. A
                ``ExperimentParameters`` or a dict, sent as given. ``None`` sends null.
            running_time_calculation: The running-time calculator's state (newest; earlier kept
                in `parameters`). A ``RunningTimeCalculation`` or a dict, sent as given.
                ``None`` sends null.
            excluded_variants: A list of str. ``None`` sends null.
            secondary_metrics: Legacy secondary metrics. Any JSON value, sent as given.
            saved_metrics_ids: A list of ``SavedMetricReference`` or dicts, sent as given.
                ``None`` sends null.
            filters: Legacy target metric. An object (never null); a non-empty `properties` is
                refused on update ("Experiments do not support global filter properties"). A
                ``LegacyFilters`` or a dict, sent as given.
            archived: A bool.
            exposure_criteria: A ``ExposureCriteria`` or a dict, sent as given. ``None`` sends
                null.
            metrics: A list of ``ExperimentMetric`` or dicts, sent as given. ``None`` sends
                null.
            metrics_secondary: A list of ``ExperimentMetric`` or dicts, sent as given. ``None``
                sends null.
            stats_config: A ``StatsConfig`` or a dict, sent as given. ``None`` sends null.
            scheduling_config: Scheduling configuration (2026; 2025 refuses it on update). Any
                JSON value, sent as given.
            exposure_preaggregation_enabled: A bool.
            only_count_matured_users: A bool.
            conclusion: ``won``, ``lost``, ``inconclusive``, ``stopped_early``, ``invalid``, or
                any str PostHog accepts. ``None`` sends null.
            conclusion_comment: A str. ``None`` sends null.
            primary_metrics_ordered_uuids: A list of str. ``None`` sends null.
            secondary_metrics_ordered_uuids: A list of str. ``None`` sends null.
            tags: A list, sent as given.
            allow_unknown_events: Skip the check that metric events exist (2026). A bool.
            update_feature_flag_params: Also apply the flag config to a non-draft's flag (2026).
                A bool.
            type: ``web``, ``product``, or any str PostHog accepts. ``None`` sends null.
            holdout: The holdout to link, which null unlinks: an ``ExperimentHoldout`` or its
                int id (instead of ``holdout_id``). ``None`` sends null.
            saved_metrics: Saved metrics to link (instead of ``saved_metrics_ids``): each an
                ``ExperimentSavedMetric`` or its int id (primary), or a pair ``(metric,
                "primary")`` or ``(metric, "secondary")``. Replaces the links on update.

        Raises:
            InvalidArgumentError: An argument has the wrong type; nothing was sent.
            BadRequestError: PostHog's validation failed; ``attr`` names the field.
            PostHogError: Any other failure (see the exception tree).
        """
        fields = {
            # <generated: create fields>
            "name": name,
            "feature_flag_key": feature_flag_key,
            "description": description,
            "start_date": start_date,
            "end_date": end_date,
            "feature_flag": feature_flag,
            "holdout_id": holdout_id,
            "parameters": parameters,
            "running_time_calculation": running_time_calculation,
            "excluded_variants": excluded_variants,
            "secondary_metrics": secondary_metrics,
            "saved_metrics_ids": saved_metrics_ids,
            "filters": filters,
            "archived": archived,
            "exposure_criteria": exposure_criteria,
            "metrics": metrics,
            "metrics_secondary": metrics_secondary,
            "stats_config": stats_config,
            "scheduling_config": scheduling_config,
            "exposure_preaggregation_enabled": exposure_preaggregation_enabled,
            "only_count_matured_users": only_count_matured_users,
            "conclusion": conclusion,
            "conclusion_comment": conclusion_comment,
            "primary_metrics_ordered_uuids": primary_metrics_ordered_uuids,
            "secondary_metrics_ordered_uuids": secondary_metrics_ordered_uuids,
            "tags": tags,
            "allow_unknown_events": allow_unknown_events,
            "update_feature_flag_params": update_feature_flag_params,
            "type": type,
            "holdout": holdout,
            "saved_metrics": saved_metrics,
            # </generated>
        }
        return await self._send(ops.create_call(self._settings, fields))

    async def update(
        self,
        id: int,
        *,
        # <generated: update arguments>
        name: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        start_date: datetime.datetime | str | Unset | None = UNSET,
        end_date: datetime.datetime | str | Unset | None = UNSET,
        feature_flag: ExperimentFeatureFlagInput | Mapping[str, Any] | Unset = UNSET,
        holdout_id: int | Unset | None = UNSET,
        parameters: ExperimentParameters | Mapping[str, Any] | Unset | None = UNSET,
        running_time_calculation: RunningTimeCalculation | Mapping[str, Any] | Unset | None = UNSET,
        excluded_variants: Sequence[str] | Unset | None = UNSET,
        secondary_metrics: Any | Unset = UNSET,
        saved_metrics_ids: Sequence[SavedMetricReference | Mapping[str, Any]]
        | Unset
        | None = UNSET,
        filters: LegacyFilters | Mapping[str, Any] | Unset = UNSET,
        archived: bool | Unset = UNSET,
        exposure_criteria: ExposureCriteria | Mapping[str, Any] | Unset | None = UNSET,
        metrics: Sequence[ExperimentMetric | Mapping[str, Any]] | Unset | None = UNSET,
        metrics_secondary: Sequence[ExperimentMetric | Mapping[str, Any]] | Unset | None = UNSET,
        stats_config: StatsConfig | Mapping[str, Any] | Unset | None = UNSET,
        scheduling_config: Any | Unset = UNSET,
        exposure_preaggregation_enabled: bool | Unset = UNSET,
        only_count_matured_users: bool | Unset = UNSET,
        conclusion: ConclusionEnum | str | Unset | None = UNSET,
        conclusion_comment: str | Unset | None = UNSET,
        primary_metrics_ordered_uuids: Sequence[str] | Unset | None = UNSET,
        secondary_metrics_ordered_uuids: Sequence[str] | Unset | None = UNSET,
        tags: Sequence[Any] | Unset = UNSET,
        allow_unknown_events: bool | Unset = UNSET,
        update_feature_flag_params: bool | Unset = UNSET,
        holdout: ExperimentHoldout | int | Unset | None = UNSET,
        saved_metrics: Sequence[
            ExperimentSavedMetric | int | tuple[ExperimentSavedMetric | int, str]
        ]
        | Unset = UNSET,
        # </generated>
    ) -> Experiment:
        """Change only the fields given (PATCH). ``UNSET`` is not sent; ``None`` sends JSON null.

        ``parameters`` replaces the stored parameters wholesale. Setting ``start_date`` on a draft
        launches it. PostHog refuses to change the variants or holdout of a launched experiment,
        and never changes ``feature_flag_key`` or ``type``.

        Args:
            name: A str.
            description: 2025 allowed 400 characters, 2026 3,000. A str. ``None`` sends null.
            start_date: A timezone-aware datetime or an ISO 8601 str. ``None`` sends null.
            end_date: A timezone-aware datetime or an ISO 8601 str. ``None`` sends null.
            feature_flag: Flag config (newest PostHog). A ``ExperimentFeatureFlagInput`` or a
                dict, sent as given.
            holdout_id: An int. ``None`` sends null.
            parameters: Sizing and variant configuration. Replaced wholesale on update. A
                ``ExperimentParameters`` or a dict, sent as given. ``None`` sends null.
            running_time_calculation: The running-time calculator's state (newest; earlier kept
                in `parameters`). A ``RunningTimeCalculation`` or a dict, sent as given.
                ``None`` sends null.
            excluded_variants: A list of str. ``None`` sends null.
            secondary_metrics: Legacy secondary metrics. Any JSON value, sent as given.
            saved_metrics_ids: A list of ``SavedMetricReference`` or dicts, sent as given.
                ``None`` sends null.
            filters: Legacy target metric. An object (never null); a non-empty `properties` is
                refused on update ("Experiments do not support global filter properties"). A
                ``LegacyFilters`` or a dict, sent as given.
            archived: A bool.
            exposure_criteria: A ``ExposureCriteria`` or a dict, sent as given. ``None`` sends
                null.
            metrics: A list of ``ExperimentMetric`` or dicts, sent as given. ``None`` sends
                null.
            metrics_secondary: A list of ``ExperimentMetric`` or dicts, sent as given. ``None``
                sends null.
            stats_config: A ``StatsConfig`` or a dict, sent as given. ``None`` sends null.
            scheduling_config: Scheduling configuration (2026; 2025 refuses it on update). Any
                JSON value, sent as given.
            exposure_preaggregation_enabled: A bool.
            only_count_matured_users: A bool.
            conclusion: ``won``, ``lost``, ``inconclusive``, ``stopped_early``, ``invalid``, or
                any str PostHog accepts. ``None`` sends null.
            conclusion_comment: A str. ``None`` sends null.
            primary_metrics_ordered_uuids: A list of str. ``None`` sends null.
            secondary_metrics_ordered_uuids: A list of str. ``None`` sends null.
            tags: A list, sent as given.
            allow_unknown_events: Skip the check that metric events exist (2026). A bool.
            update_feature_flag_params: Also apply the flag config to a non-draft's flag (2026).
                A bool.
            holdout: The holdout to link, which null unlinks: an ``ExperimentHoldout`` or its
                int id (instead of ``holdout_id``). ``None`` sends null.
            saved_metrics: Saved metrics to link (instead of ``saved_metrics_ids``): each an
                ``ExperimentSavedMetric`` or its int id (primary), or a pair ``(metric,
                "primary")`` or ``(metric, "secondary")``. Replaces the links on update.

        Raises:
            InvalidArgumentError: An argument has the wrong type; nothing was sent.
            BadRequestError: PostHog refused the change; the message says why.
            NotFoundError: Unknown, deleted or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        fields = {
            # <generated: update fields>
            "name": name,
            "description": description,
            "start_date": start_date,
            "end_date": end_date,
            "feature_flag": feature_flag,
            "holdout_id": holdout_id,
            "parameters": parameters,
            "running_time_calculation": running_time_calculation,
            "excluded_variants": excluded_variants,
            "secondary_metrics": secondary_metrics,
            "saved_metrics_ids": saved_metrics_ids,
            "filters": filters,
            "archived": archived,
            "exposure_criteria": exposure_criteria,
            "metrics": metrics,
            "metrics_secondary": metrics_secondary,
            "stats_config": stats_config,
            "scheduling_config": scheduling_config,
            "exposure_preaggregation_enabled": exposure_preaggregation_enabled,
            "only_count_matured_users": only_count_matured_users,
            "conclusion": conclusion,
            "conclusion_comment": conclusion_comment,
            "primary_metrics_ordered_uuids": primary_metrics_ordered_uuids,
            "secondary_metrics_ordered_uuids": secondary_metrics_ordered_uuids,
            "tags": tags,
            "allow_unknown_events": allow_unknown_events,
            "update_feature_flag_params": update_feature_flag_params,
            "holdout": holdout,
            "saved_metrics": saved_metrics,
            # </generated>
        }
        return await self._send(ops.update_call(self._settings, id, fields))

    async def delete(self, id: int) -> None:
        """Soft-delete an experiment (``PATCH {"deleted": true}``; PostHog forbids DELETE).

        Idempotent across retries only: when a retried attempt finds the experiment already
        deleted, an earlier attempt succeeded, and that is success. A second ``delete()`` call
        raises ``NotFoundError``. Its feature flag is left alone. Undo with ``restore``.

        Raises:
            NotFoundError: Unknown, other-project or already deleted id (on the first attempt).
            PostHogError: Any other failure (see the exception tree).
        """
        await self._send(ops.delete_call(self._settings, id))

    async def restore(self, id: int) -> Experiment:
        """Undo a soft delete (``PATCH {"deleted": false}``).

        Raises:
            NotFoundError: Unknown or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        return await self._send(ops.restore_call(self._settings, id))

    async def duplicate(
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
        return await self._send(
            ops.duplicate_call(self._settings, id, name=name, feature_flag_key=feature_flag_key)
        )

    async def create_exposure_cohort(self, id: int) -> Cohort:
        """Create the cohort of users exposed to a launched experiment, and link it.

        Raises:
            BadRequestError: No feature flag, not launched, or it already has an exposure cohort.
            NotFoundError: Unknown, deleted or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        return await self._send(ops.exposure_cohort_call(self._settings, id))

    async def requires_flag_implementation(
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
        return await self._send(
            ops.requires_flag_call(self._settings, events=events, actions=actions)
        )

    # ------------------------------------------------------------------ lifecycle helpers

    async def launch(
        self, id: int, *, start_date: datetime.datetime | str | None = None
    ) -> Experiment:
        """Launch a draft: set ``start_date`` (default: now, UTC), which activates its flag.

        Raises:
            ExperimentStateError: It was already launched; nothing was changed.
            PostHogError: Any other failure (see the exception tree).
        """
        ops.ensure_launchable(await self.get(id))
        return await self.update(id, start_date=start_date or _utc_now())

    async def end(
        self,
        id: int,
        *,
        conclusion: ConclusionEnum | str | Unset | None = UNSET,
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
        ops.ensure_endable(await self.get(id))
        return await self.update(
            id,
            end_date=end_date or _utc_now(),
            conclusion=conclusion,
            conclusion_comment=conclusion_comment,
        )

    async def archive(self, id: int) -> Experiment:
        """Archive an experiment: it leaves the default list (``archived=True`` lists it).

        Raises:
            PostHogError: Any failure (see the exception tree).
        """
        return await self.update(id, archived=True)

    async def unarchive(self, id: int) -> Experiment:
        """Bring an archived experiment back into the default list.

        Raises:
            PostHogError: Any failure (see the exception tree).
        """
        return await self.update(id, archived=False)

    # ------------------------------------------------------------------ sending

    async def _send(self, call: ops.Call[T]) -> T:
        try:
            return await self._attempts(call)
        except PostHogError as error:
            # A server may echo the request back; its text must not carry the key into a message.
            raise responses.redact(error, self._settings.api_key) from error.__cause__

    def _open_pool(self, call: ops.Call[Any], waited: bool) -> httpx.AsyncClient:
        """The pool to send on, or ``APIConnectionError`` once the client has been closed."""
        if self._pools.is_closed():
            when = "while this call waited to retry" if waited else "before this call"
            raise APIConnectionError(
                f"{call.method} {self._settings.host}{call.path} not sent: the client has been "
                f"closed ({when}). Make calls before closing it, or use a new client.",
                request=httpx.Request(call.method, self._settings.host + call.path),
            )
        return self._pools.current()

    async def _attempts(self, call: ops.Call[T]) -> T:
        """Send ``call``, retrying as ``_retry`` allows, within the call's deadline."""
        settings = self._settings
        attempts = settings.max_retries + 1
        deadline = _retry.Deadline(settings.deadline)
        attempt = 1
        while True:
            http = self._open_pool(call, waited=attempt > 1)
            timeout = (
                settings.timeout
                if deadline.end is None
                else deadline.attempt_timeout(settings.timeout)
            )
            request = ops.build_request(http, settings, call, self._placement, timeout)
            started = time.perf_counter()
            try:
                response = await http.send(request, follow_redirects=False, stream=call.detach)
                if call.detach:
                    response = await _detached(response)
            except httpx.TransportError as exc:
                delay = _retry.delay_after_failure(
                    exc, call.method, attempt - 1, settings.max_retries
                )
                if delay is None:
                    raise responses.connection_error(
                        exc, request, attempts=attempt, timeout=timeout, deadline=deadline
                    ) from exc
                reason = type(exc).__name__
            except (
                httpx.HTTPError,
                httpx.InvalidURL,
                httpx.StreamError,
                httpx.CookieConflict,
            ) as exc:
                raise responses.connection_error(
                    exc, request, attempts=attempt, timeout=timeout, deadline=deadline
                ) from exc
            except RuntimeError as exc:  # a closed pool, or a pool bound to another event loop
                raise responses.pool_error(exc, request, closed=self._pools.is_closed()) from exc
            else:
                log_response(request, response, started, attempt)
                status = response.status_code
                if 200 <= status < 300:
                    remember(response)
                    return call.parse(response)
                if status == 404 and call.soft_delete and attempt > 1:
                    # An earlier attempt deleted it but its response was lost: the goal is reached.
                    remember(response)
                    return cast(T, None)
                error = responses.status_error(response, settings, call)
                retry_after = error.retry_after if isinstance(error, RateLimitError) else None
                delay = _retry.delay_after_status(
                    status, retry_after, call.method, attempt - 1, settings.max_retries
                )
                if delay is None:
                    raise error
                reason = f"{status} {response.reason_phrase}".strip()
            if not deadline.allows(delay):
                raise APITimeoutError(
                    f"{request.method} {request.url} gave up after {attempt} of {attempts} "
                    f"attempts (last: {reason}): the call's deadline of {deadline.seconds:g} s "
                    "leaves no time to wait and retry.",
                    request=request,
                )
            log_retry(request, reason, delay, attempt + 1, attempts)
            await _retry.async_sleep(delay)
            attempt += 1


class AsyncRawResponseView:
    """``AsyncExperimentsClient.with_raw_response``: the same methods, returning ``RawResponse``."""

    def __init__(self, client: AsyncExperimentsClient) -> None:
        self.get = raw_async(client.get)
        self.create = raw_async(client.create)
        self.update = raw_async(client.update)
        self.delete = raw_async(client.delete)
        self.restore = raw_async(client.restore)
        self.duplicate = raw_async(client.duplicate)
        self.create_exposure_cohort = raw_async(client.create_exposure_cohort)
        self.requires_flag_implementation = raw_async(client.requires_flag_implementation)
        self.launch = raw_async(client.launch)
        self.end = raw_async(client.end)
        self.archive = raw_async(client.archive)
        self.unarchive = raw_async(client.unarchive)
        self.holdouts = AsyncHoldoutsRawView(client.holdouts)
        self.saved_metrics = AsyncSavedMetricsRawView(client.saved_metrics)


async def _detached(response: httpx.Response) -> httpx.Response:
    """A streamed response, read into a new ``httpx.Response`` that no reference cycle holds."""
    if response.is_stream_consumed:  # an in-process transport handed over a read response
        return response
    try:
        raw = b"".join([chunk async for chunk in response.aiter_raw()])
    finally:
        await response.aclose()
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        content=raw,
        request=response.request,
        extensions=response.extensions,
    )


def _utc_now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc)
