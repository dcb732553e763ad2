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
from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import httpx

from . import _actions as acts
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
    BadRequestError,
    ConfigurationError,
    ConflictError,
    NotFoundError,
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
    from ._generated.models.query_refresh_enum import QueryRefreshEnum
    from ._result_types import ExperimentResults, ExposureResults, MetricResult

if TYPE_CHECKING:  # the results of the actions and reads that take no writable fields
    from ._generated.models.experiment_stats import ExperimentStats
    from ._generated.models.experiment_timeseries_recalculation import (
        ExperimentTimeseriesRecalculation,
    )
    from ._generated.models.experiment_timeseries_results import ExperimentTimeseriesResults
    from ._generated.models.feature_flag import FeatureFlag

T = TypeVar("T")

# How many queries one results() call runs at once by default (PostHog answers 429 past its own
# limit, and 429s are retried).
DEFAULT_MAX_CONCURRENCY = 16

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
        # Which actions this host serves, learned from answers; shared with with_options copies.
        self._server_actions = self._pools.server_actions
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
    ) -> AsyncPager[Experiment]:
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

    async def _fetch_page(self, query: Mapping[str, str]) -> Page[Experiment]:
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

    # ------------------------------------------------------------------ actions
    # PostHog's own actions. launch, end, archive and unarchive fall back to today's PATCH forms
    # on a PostHog that predates the actions (2025); see ``_server_actions`` and the README.

    async def launch(
        self, id: int, *, start_date: datetime.datetime | str | None = None
    ) -> Experiment:
        """Launch a draft: its flag is activated and ``start_date`` set to now.

        Sends PostHog's ``launch`` action, whose checks apply atomically on the server. On a
        PostHog without it (2025), or when ``start_date`` is given (the action always takes the
        server's time), it reads the experiment, checks it is a draft, and PATCHes
        ``start_date`` (default: now, UTC).

        Raises:
            ExperimentStateError: It was already launched; nothing was changed.
            BadRequestError: PostHog refused, e.g. its flag cannot run an experiment.
            NotFoundError: Unknown, deleted or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """

        async def by_patch(experiment: Experiment) -> Experiment:
            ops.ensure_launchable(experiment)
            return await self.update(id, start_date=start_date or _utc_now())

        if start_date is not None:
            return await by_patch(await self.get(id))
        return await self._action(acts.action_call(self._settings, "launch", id), by_patch)

    async def end(
        self,
        id: int,
        *,
        conclusion: ConclusionEnum | str | Unset | None = UNSET,
        conclusion_comment: str | Unset | None = UNSET,
        end_date: datetime.datetime | str | None = None,
    ) -> Experiment:
        """End a running experiment: ``end_date`` becomes now, with the conclusion; the flag stays.

        Sends PostHog's ``end`` action. On a PostHog without it (2025), or when ``end_date`` is
        given, it reads the experiment, checks it is running, and PATCHes ``end_date``.

        Args:
            conclusion: ``won``, ``lost``, ``inconclusive``, ``stopped_early`` or ``invalid``.
            conclusion_comment: Free text.
            end_date: When it ended (default: PostHog's time, or now, UTC).

        Raises:
            ExperimentStateError: It is a draft or has already ended; nothing was changed.
            InvalidArgumentError: An argument has the wrong type; nothing was sent.
            NotFoundError: Unknown, deleted or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        body = acts.end_body(conclusion, conclusion_comment)

        async def by_patch(experiment: Experiment) -> Experiment:
            ops.ensure_endable(experiment)
            return await self.update(id, end_date=end_date or _utc_now(), **body)

        if end_date is not None:
            return await by_patch(await self.get(id))
        return await self._action(acts.action_call(self._settings, "end", id, body), by_patch)

    async def pause(self, id: int) -> Experiment:
        """Pause a running experiment: its flag is deactivated and ``status`` reads ``paused``.

        Raises:
            ExperimentStateError: It is a draft, has ended, or is already paused.
            BadRequestError: It has no linked feature flag.
            ActionNotOfferedError: This PostHog predates the action (2025); nothing was changed.
            NotFoundError: Unknown, deleted or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        return await self._action(acts.action_call(self._settings, "pause", id))

    async def resume(self, id: int) -> Experiment:
        """Resume a paused experiment: its flag is activated again.

        Raises:
            ExperimentStateError: It is a draft, has ended, or is not paused.
            ActionNotOfferedError: This PostHog predates the action (2025); nothing was changed.
            NotFoundError: Unknown, deleted or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        return await self._action(acts.action_call(self._settings, "resume", id))

    async def reset(self, id: int) -> Experiment:
        """Reset an experiment to a draft: dates, archived flag and conclusion are cleared.

        The feature flag is not changed.

        Raises:
            ExperimentStateError: It is already a draft.
            ActionNotOfferedError: This PostHog predates the action (2025); nothing was changed.
            NotFoundError: Unknown, deleted or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        return await self._action(acts.action_call(self._settings, "reset", id))

    async def archive(self, id: int) -> Experiment:
        """Archive an ended experiment: it leaves the default list (``archived=True`` lists it).

        Sends PostHog's ``archive`` action, which requires the experiment to have ended. On a
        PostHog without it (2025) it PATCHes ``archived``, which 2025 allows in any state.

        Raises:
            ExperimentStateError: It has not ended, or is already archived (the action only).
            NotFoundError: Unknown, deleted or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """

        async def by_patch(experiment: Experiment) -> Experiment:
            return await self.update(id, archived=True)

        return await self._action(acts.action_call(self._settings, "archive", id), by_patch)

    async def unarchive(self, id: int) -> Experiment:
        """Bring an archived experiment back into the default list.

        Sends PostHog's ``unarchive`` action; on a PostHog without it (2025) it PATCHes
        ``archived``.

        Raises:
            ExperimentStateError: It is not archived (the action only).
            NotFoundError: Unknown, deleted or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """

        async def by_patch(experiment: Experiment) -> Experiment:
            return await self.update(id, archived=False)

        return await self._action(acts.action_call(self._settings, "unarchive", id), by_patch)

    async def ship_variant(
        self,
        id: int,
        *,
        variant_key: str,
        conclusion: ConclusionEnum | str | Unset | None = UNSET,
        conclusion_comment: str | Unset | None = UNSET,
    ) -> Experiment:
        """Serve one variant to everyone, and end the experiment if it is still running.

        PostHog rewrites the flag's variants so that ``variant_key`` gets 100 %. Never retried
        once it may have reached PostHog: a repeat could open a second change request.

        Args:
            variant_key: The variant to ship, e.g. ``"test"``.
            conclusion: As for ``end``.
            conclusion_comment: Free text.

        Raises:
            ApprovalRequiredError: An approval policy guards the flag: PostHog opened the change
                request ``change_request_id`` and changed nothing yet.
            BadRequestError: No linked flag, or no such variant on it.
            ActionNotOfferedError: This PostHog predates the action (2025); nothing was changed.
            InvalidArgumentError: An argument has the wrong type; nothing was sent.
            NotFoundError: Unknown, deleted or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        body = acts.ship_variant_body(variant_key, conclusion, conclusion_comment)
        return await self._action(acts.action_call(self._settings, "ship_variant", id, body))

    async def copy_to_project(
        self,
        id: int,
        *,
        target_project_id: int,
        name: str | Unset = UNSET,
        feature_flag_key: str | Unset = UNSET,
    ) -> Experiment:
        """Copy an experiment, as a draft, into another project; returns the copy.

        Never retried once it may have reached PostHog, so it cannot copy twice.

        Args:
            target_project_id: The project to copy into (PostHog's ``target_team_id``).
            name: The copy's name (default: the source's).
            feature_flag_key: The copy's flag key in the target (default: the source's).

        Raises:
            NotFoundError: Unknown, deleted or other-project id, or no such target project.
            PermissionDeniedError: No write access to the target project.
            BadRequestError: PostHog refused, e.g. for legacy metrics.
            ActionNotOfferedError: This PostHog predates the action (2025); nothing was changed.
            InvalidArgumentError: An argument has the wrong type; nothing was sent.
            PostHogError: Any other failure (see the exception tree).
        """
        body = acts.copy_body(target_project_id, name, feature_flag_key)
        return await self._action(acts.action_call(self._settings, "copy_to_project", id, body))

    def eligible_feature_flags(
        self,
        *,
        search: str | Unset = UNSET,
        active: bool | Unset = UNSET,
        created_by_id: int | Unset = UNSET,
        order: str | Unset = UNSET,
        evaluation_runtime: str | Unset = UNSET,
        has_evaluation_contexts: bool | Unset = UNSET,
        page_size: int = 20,
    ) -> AsyncPager[FeatureFlag]:
        """Feature flags that can back a new experiment, lazily, like ``list()``.

        PostHog lists live multivariate flags whose first variant is ``control``, in pages of
        ``page_size`` (at most 100).

        Args:
            search: Matches the flag's key or name.
            active: Only active (``True``) or inactive (``False``) flags.
            created_by_id: Only flags created by this user id.
            order: A field, ``-`` for descending.
            evaluation_runtime: ``server``, ``client`` or ``all`` (or any str PostHog accepts).
            has_evaluation_contexts: Only flags with (``True``) or without evaluation contexts.
            page_size: Flags per request (PostHog's ``limit``).

        Raises:
            InvalidArgumentError: An argument has the wrong type (raised here, before any request).
            PermissionDeniedError: While iterating: the key lacks ``feature_flag:read``.
            PostHogError: While iterating, as for ``get``.
        """
        query = acts.eligible_flags_query(
            page_size,
            search=search,
            active=active,
            created_by_id=created_by_id,
            order=order,
            evaluation_runtime=evaluation_runtime,
            has_evaluation_contexts=has_evaluation_contexts,
        )
        return AsyncPager(self._fetch_flag_page, query)

    async def _fetch_flag_page(self, query: Mapping[str, str]) -> Page[FeatureFlag]:
        return await self._send(acts.eligible_flags_call(self._settings, query))

    async def stats(self) -> ExperimentStats:
        """Launches in the last 30 days and the 30 before, running and recently ended counts.

        Raises:
            PostHogError: Any failure (see the exception tree).
        """
        return await self._send(acts.stats_call(self._settings))

    async def timeseries_results(
        self, id: int, *, metric_uuid: str, fingerprint: str
    ) -> ExperimentTimeseriesResults:
        """The stored daily results of one metric of an experiment.

        Args:
            metric_uuid: The metric's ``uuid``, from the experiment's ``metrics``.
            fingerprint: The metric's ``fingerprint``, from the same place.

        Raises:
            InvalidArgumentError: An argument has the wrong type; nothing was sent.
            NotFoundError: Unknown, deleted or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        return await self._send(
            acts.timeseries_call(
                self._settings, id, metric_uuid=metric_uuid, fingerprint=fingerprint
            )
        )

    async def recalculate_timeseries(
        self, id: int, *, metric: ExperimentMetric | Mapping[str, Any], fingerprint: str
    ) -> ExperimentTimeseriesRecalculation:
        """Start recalculating one metric's timeseries, or get the recalculation already pending.

        Safe to retry: PostHog answers a repeat with the pending recalculation.

        Args:
            metric: The metric, as in the experiment's ``metrics`` (a model or a dict).
            fingerprint: The metric's ``fingerprint``.

        Raises:
            InvalidArgumentError: An argument has the wrong type; nothing was sent.
            BadRequestError: PostHog refused, e.g. the experiment has not started.
            NotFoundError: Unknown, deleted or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        return await self._send(
            acts.recalculate_call(self._settings, id, metric=metric, fingerprint=fingerprint)
        )

    async def _action(
        self,
        call: ops.Call[Experiment],
        fallback: Callable[[Experiment], Awaitable[Experiment]] | None = None,
    ) -> Experiment:
        """Send an action; where this PostHog lacks it, ``fallback`` (or ActionNotOfferedError).

        A 404 from an action that this host is not yet known to serve is followed by a GET of
        the experiment: if that succeeds, the route is missing (remembered for this host);
        otherwise the GET's ``NotFoundError`` is raised. Nothing was applied by a 404.
        """
        host, action, id = self._settings.host, acts.action_of(call), call.experiment_id or 0
        known = self._server_actions.offered(host, action.name)
        if known is False:
            return await self._without_action(call, fallback, await self.get(id), None)
        try:
            result = await self._send(call)
        except NotFoundError as missing:
            if known:  # this host serves the action, so the experiment is what is missing
                raise
            if not acts.may_be_missing_route(missing):  # e.g. copy_to_project's target
                self._server_actions.learn(host, action.name, True)
                raise
            experiment = await self.get(id)  # raises NotFoundError when the experiment is missing
            self._server_actions.learn(host, action.name, False)
            return await self._without_action(call, fallback, experiment, missing)
        except (BadRequestError, ConflictError) as refused:  # answered by the action itself
            self._server_actions.learn(host, action.name, True)
            state = acts.state_error(call, refused)
            if state is None:
                raise
            raise state from refused
        self._server_actions.learn(host, action.name, True)
        return result

    async def _without_action(
        self,
        call: ops.Call[Experiment],
        fallback: Callable[[Experiment], Awaitable[Experiment]] | None,
        experiment: Experiment,
        cause: NotFoundError | None,
    ) -> Experiment:
        if fallback is None:
            raise acts.not_offered(self._settings, call) from cause
        return await fallback(experiment)

    # ------------------------------------------------------------------ results

    async def results(
        self,
        id: int,
        *,
        refresh: QueryRefreshEnum | str | bool | Unset | None = UNSET,
        max_concurrency: int = DEFAULT_MAX_CONCURRENCY,
        deadline: float | Unset | None = UNSET,
    ) -> ExperimentResults:
        """Read an experiment's results: every metric's, and the exposures.

        One ``ExperimentQuery`` per metric (primary and secondary, saved ones included, in the
        experiment's order) and one ``ExperimentExposureQuery`` go to PostHog's query API at
        once, at most ``max_concurrency`` at a time. A metric whose query fails still gets its
        slot, with the typed error in ``error`` (e.g. ``StatisticsUnavailableError``) and the
        other results intact: check ``results.errors``, or call ``results.raise_for_errors()``.

        Args:
            id: The experiment.
            refresh: PostHog's cache mode: ``blocking`` (PostHog's default), ``force_blocking``,
                ``force_cache``, or an async mode (``async``, ``lazy_async``, ``force_async``,
                ``async_except_on_cache_miss``), whose queries are polled until they complete
                and cancelled if this call gives up. Any str is sent as given, as are the
                older ``True``/``False``; ``None`` sends null (PostHog's default).
            max_concurrency: How many queries may run at once (default 16). PostHog answers
                429 past its own limit; those are retried like any 429.
            deadline: Seconds the whole call may take, polling included (default: the client's
                ``deadline``, else 600). ``None`` means 600. A query still running then is
                cancelled and its slot holds ``APITimeoutError``.

        Raises:
            InvalidArgumentError: An argument has the wrong type; nothing was sent.
            NotFoundError: Unknown, deleted or other-project experiment.
            PostHogError: Fetching the experiment failed (a query's failure goes in its slot).
        """
        from ._async_results import AsyncResultsReader  # loaded by the first results call

        reader = AsyncResultsReader(
            self, refresh=refresh, deadline=deadline, max_concurrency=max_concurrency
        )
        return await reader.results(id)

    async def metric_result(
        self,
        id: int,
        metric: str | ExperimentMetric | Mapping[str, Any],
        *,
        refresh: QueryRefreshEnum | str | bool | Unset | None = UNSET,
        deadline: float | Unset | None = UNSET,
    ) -> MetricResult:
        """Read one metric's results.

        Args:
            id: The experiment.
            metric: The uuid of one of its metrics (saved ones included), or a metric itself
                (an ``ExperimentMetric`` or a dict, sent as given).
            refresh: As for ``results``.
            deadline: As for ``results``.

        Raises:
            InvalidArgumentError: An argument has the wrong type, or no metric has that uuid.
            StatisticsUnavailableError: PostHog cannot compute this metric's statistics yet.
            QueryFailedError: The async query failed; ``error_message`` says why.
            PermissionDeniedError: The key lacks the ``query:read`` scope (the message says so).
            APITimeoutError: The deadline passed; a query still running was cancelled.
            PostHogError: Any other failure (see the exception tree).
        """
        from ._async_results import AsyncResultsReader

        reader = AsyncResultsReader(self, refresh=refresh, deadline=deadline, max_concurrency=1)
        return await reader.metric_result(id, metric)

    async def exposures(
        self,
        id: int,
        *,
        refresh: QueryRefreshEnum | str | bool | Unset | None = UNSET,
        deadline: float | Unset | None = UNSET,
    ) -> ExposureResults:
        """Read an experiment's exposures: per variant, per day and in total.

        Args:
            id: The experiment.
            refresh: As for ``results``.
            deadline: As for ``results``.

        Raises:
            InvalidArgumentError: An argument has the wrong type; nothing was sent.
            QueryFailedError: The async query failed; ``error_message`` says why.
            PermissionDeniedError: The key lacks the ``query:read`` scope (the message says so).
            PostHogError: Any other failure (see the exception tree).
        """
        from ._async_results import AsyncResultsReader

        reader = AsyncResultsReader(self, refresh=refresh, deadline=deadline, max_concurrency=1)
        return await reader.exposures(id)

    # ------------------------------------------------------------------ sending

    async def _send(self, call: ops.Call[T], deadline: _retry.Deadline | None = None) -> T:
        try:
            return await self._attempts(call, deadline)
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

    async def _attempts(self, call: ops.Call[T], deadline: _retry.Deadline | None) -> T:
        """Send ``call``, retrying as ``_retry`` allows, within the call's deadline.

        A call made of several requests (``results``) passes one ``deadline`` for them all.
        """
        settings = self._settings
        attempts = settings.max_retries + 1
        if deadline is None:
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
                    exc, call.method, attempt - 1, settings.max_retries, call.repeatable
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
                if attempt > 1 and acts.applied_earlier(call, response):
                    # An earlier attempt applied the action but its answer was lost; PostHog's
                    # guard refuses the repeat. The goal is reached: read the experiment.
                    remember(response)
                    return cast(T, await self.get(cast(int, call.experiment_id)))
                error = responses.status_error(response, settings, call)
                retry_after = error.retry_after if isinstance(error, RateLimitError) else None
                delay = _retry.delay_after_status(
                    status,
                    retry_after,
                    call.method,
                    attempt - 1,
                    settings.max_retries,
                    call.repeatable,
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
        self.pause = raw_async(client.pause)
        self.resume = raw_async(client.resume)
        self.reset = raw_async(client.reset)
        self.ship_variant = raw_async(client.ship_variant)
        self.copy_to_project = raw_async(client.copy_to_project)
        self.stats = raw_async(client.stats)
        self.timeseries_results = raw_async(client.timeseries_results)
        self.recalculate_timeseries = raw_async(client.recalculate_timeseries)
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
