"""``client.saved_metrics`` on ``ExperimentsClient``: the synchronous twin.

Generated from ``_async_saved_metrics.py`` by ``scripts/unasync.py``; edit that file, then run
``make generate``. Requests are built in ``_resource_operations``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._generated.types import UNSET, Unset
from ._pagination import ResourcePager
from ._raw import raw_sync
from ._resource_operations import SAVED_METRICS
from ._resources import SyncResource

if TYPE_CHECKING:  # annotations only: the models load with the calls that use them
    from ._client import ExperimentsClient

    # <generated: models>
    from ._generated.models import (
        ExperimentMetric,
        ExperimentSavedMetric,
    )
    # </generated>


class SavedMetrics(SyncResource["ExperimentSavedMetric"]):
    """Saved metrics: metrics kept once and shared by experiments.

    An experiment links them through ``saved_metrics=`` (or ``saved_metrics_ids=``) of
    ``create``/``update``.
    """

    def __init__(self, client: ExperimentsClient) -> None:
        super().__init__(client, SAVED_METRICS)

    def list(
        self, *, search: str | Unset = UNSET, page_size: int = 100
    ) -> ResourcePager[ExperimentSavedMetric]:
        """List the project's saved metrics by name, lazily (pages load as they are consumed).

        Args:
            search: Case-insensitive substring of the name (newer PostHog also matches the
                description and tags).
            page_size: Saved metrics per request (PostHog's ``limit``).

        Raises:
            InvalidArgumentError: An argument has the wrong type (raised here, before any request).
            PostHogError: While iterating, as for ``get``.
        """
        query = SAVED_METRICS.list_query(page_size=page_size, search=search)
        return self._pager(query)

    def get(self, id: int) -> ExperimentSavedMetric:
        """Fetch one saved metric.

        Raises:
            InvalidArgumentError: ``id`` is not a positive int; nothing was sent.
            NotFoundError: Unknown or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        return self._get(id)

    def create(
        self,
        *,
        # <generated: create arguments>
        name: str,
        query: ExperimentMetric | Mapping[str, Any],
        description: str | Unset | None = UNSET,
        tags: Sequence[Any] | Unset = UNSET,
        # </generated>
    ) -> ExperimentSavedMetric:
        """Create a saved metric. PostHog gives ``query.uuid`` a value when it has none.

        2026 refuses a name already used in the project (any case) and the legacy query kinds.
        A create is never retried once it may have reached PostHog.

        Args:
            name: A str.
            query: A metric (`kind: ExperimentMetric`). Legacy kinds (`ExperimentTrendsQuery`,
                `ExperimentFunnelsQuery`) parse too; their other keys are kept as additional
                properties. A ``ExperimentMetric`` or a dict, sent as given.
            description: A str. ``None`` sends null.
            tags: A list, sent as given.

        Raises:
            InvalidArgumentError: An argument has the wrong type; nothing was sent.
            BadRequestError: PostHog's validation failed (e.g. "A shared metric with this name
                already exists."); ``attr`` names the field.
            PostHogError: Any other failure (see the exception tree).
        """
        fields: dict[str, Any] = {
            # <generated: create fields>
            "name": name,
            "query": query,
            "description": description,
            "tags": tags,
            # </generated>
        }
        return self._create(fields)

    def update(
        self,
        id: int,
        *,
        # <generated: update arguments>
        name: str | Unset = UNSET,
        description: str | Unset | None = UNSET,
        query: ExperimentMetric | Mapping[str, Any] | Unset = UNSET,
        tags: Sequence[Any] | Unset = UNSET,
        # </generated>
    ) -> ExperimentSavedMetric:
        """Change only the fields given (PATCH). ``UNSET`` is not sent; ``None`` sends JSON null.

        The query keeps its ``uuid`` (2026 refuses another one: "Saved metric UUID cannot be
        changed"), so the experiments that link it keep their metric order.

        Args:
            name: A str.
            description: A str. ``None`` sends null.
            query: A metric (`kind: ExperimentMetric`). Legacy kinds (`ExperimentTrendsQuery`,
                `ExperimentFunnelsQuery`) parse too; their other keys are kept as additional
                properties. A ``ExperimentMetric`` or a dict, sent as given.
            tags: A list, sent as given.

        Raises:
            InvalidArgumentError: An argument has the wrong type; nothing was sent.
            BadRequestError: PostHog refused the change; the message says why.
            NotFoundError: Unknown or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        fields: dict[str, Any] = {
            # <generated: update fields>
            "name": name,
            "description": description,
            "query": query,
            "tags": tags,
            # </generated>
        }
        return self._update(id, fields)

    def delete(self, id: int) -> None:
        """Delete a saved metric for good (``DELETE``): the experiments that link it lose it.

        Retried like a read. When a retried attempt finds it gone, an earlier attempt deleted
        it, and that is success; a second ``delete()`` call raises ``NotFoundError``.

        Raises:
            InvalidArgumentError: ``id`` is not a positive int; nothing was sent.
            NotFoundError: Unknown or other-project id (on the first attempt).
            PostHogError: Any other failure (see the exception tree).
        """
        self._delete(id)


class SavedMetricsRawView:
    """``client.with_raw_response.saved_metrics``: the same methods, returning ``RawResponse``."""

    def __init__(self, saved_metrics: SavedMetrics) -> None:
        self.get = raw_sync(saved_metrics.get)
        self.create = raw_sync(saved_metrics.create)
        self.update = raw_sync(saved_metrics.update)
        self.delete = raw_sync(saved_metrics.delete)
