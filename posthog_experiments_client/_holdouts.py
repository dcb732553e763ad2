"""``client.holdouts`` on ``ExperimentsClient``: the synchronous twin.

Generated from ``_async_holdouts.py`` by ``scripts/unasync.py``; edit that file, then run
``make generate``. Requests are built in ``_resource_operations``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._generated.types import UNSET, Unset
from ._pagination import ResourcePager
from ._raw import raw_sync
from ._resource_operations import HOLDOUTS
from ._resources import SyncResource

if TYPE_CHECKING:  # annotations only: the models load with the calls that use them
    from ._client import ExperimentsClient

    # <generated: models>
    from ._generated.models import (
        ExperimentHoldout,
    )
    # </generated>


class Holdouts(SyncResource["ExperimentHoldout"]):
    """Holdouts: groups of users kept out of every experiment that uses the holdout.

    An experiment uses one through ``holdout=`` (or ``holdout_id=``) of ``create``/``update``.
    """

    def __init__(self, client: ExperimentsClient) -> None:
        super().__init__(client, HOLDOUTS)

    def list(self, *, page_size: int = 100) -> ResourcePager[ExperimentHoldout]:
        """List the project's holdouts, newest first, lazily (pages load as they are consumed).

        Args:
            page_size: Holdouts per request (PostHog's ``limit``).

        Raises:
            InvalidArgumentError: An argument has the wrong type (raised here, before any request).
            PostHogError: While iterating, as for ``get``.
        """
        return self._pager(HOLDOUTS.list_query(page_size=page_size))

    def get(self, id: int) -> ExperimentHoldout:
        """Fetch one holdout.

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
        description: str | Unset | None = UNSET,
        filters: Any | Unset = UNSET,
        # </generated>
    ) -> ExperimentHoldout:
        """Create a holdout. PostHog names each filter group's variant ``holdout-{id}``.

        A create is never retried once it may have reached PostHog.

        Args:
            name: A str.
            description: A str. ``None`` sends null.
            filters: Holdout groups, e.g. `[{"properties": [], "rollout_percentage": 10}]`
                (required on create by the server). Any JSON value, sent as given.

        Raises:
            InvalidArgumentError: An argument has the wrong type; nothing was sent.
            BadRequestError: PostHog's validation failed (e.g. "Filters are required to create an
                holdout group"); ``attr`` names the field.
            PostHogError: Any other failure (see the exception tree).
        """
        fields: dict[str, Any] = {
            # <generated: create fields>
            "name": name,
            "description": description,
            "filters": filters,
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
        filters: Any | Unset = UNSET,
        # </generated>
    ) -> ExperimentHoldout:
        """Change only the fields given (PATCH). ``UNSET`` is not sent; ``None`` sends JSON null.

        New ``filters`` are rewritten into the feature flag of every experiment using the holdout.

        Args:
            name: A str.
            description: A str. ``None`` sends null.
            filters: Holdout groups, e.g. `[{"properties": [], "rollout_percentage": 10}]`
                (required on create by the server). Any JSON value, sent as given.

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
            "filters": filters,
            # </generated>
        }
        return self._update(id, fields)

    def delete(self, id: int) -> None:
        """Delete a holdout for good (``DELETE``): its experiments and their flags lose it.

        Retried like a read. When a retried attempt finds it gone, an earlier attempt deleted
        it, and that is success; a second ``delete()`` call raises ``NotFoundError``.

        Raises:
            InvalidArgumentError: ``id`` is not a positive int; nothing was sent.
            NotFoundError: Unknown or other-project id (on the first attempt).
            PostHogError: Any other failure (see the exception tree).
        """
        self._delete(id)


class HoldoutsRawView:
    """``client.with_raw_response.holdouts``: the same methods, returning ``RawResponse``."""

    def __init__(self, holdouts: Holdouts) -> None:
        self.get = raw_sync(holdouts.get)
        self.create = raw_sync(holdouts.create)
        self.update = raw_sync(holdouts.update)
        self.delete = raw_sync(holdouts.delete)
