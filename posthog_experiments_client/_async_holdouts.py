"""``client.holdouts`` on ``AsyncExperimentsClient``: PostHog's experiment holdouts.

This file is the source of the sync twin: ``scripts/unasync.py`` derives ``_holdouts.py`` from
it. The keyword arguments of ``create`` and ``update`` are written by
``scripts/writable_fields.py`` from the spec, between ``<generated>`` markers. Requests are built
in ``_resource_operations``; sending, retries, errors and logging are the client's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._async_pagination import AsyncResourcePager
from ._async_resources import AsyncResource
from ._generated.types import UNSET, Unset
from ._raw import raw_async
from ._resource_operations import HOLDOUTS

if TYPE_CHECKING:  # annotations only: the models load with the calls that use them
    from ._async_client import AsyncExperimentsClient

    # <generated: models>
    from ._generated.models import (
        ExperimentHoldout,
    )
    # </generated>


class AsyncHoldouts(AsyncResource["ExperimentHoldout"]):
    """Holdouts: groups of users kept out of every experiment that uses the holdout.

    An experiment uses one through ``holdout=`` (or ``holdout_id=``) of ``create``/``update``.
    """

    def __init__(self, client: AsyncExperimentsClient) -> None:
        super().__init__(client, HOLDOUTS)

    def list(self, *, page_size: int = 100) -> AsyncResourcePager[ExperimentHoldout]:
        """List the project's holdouts, newest first, lazily (pages load as they are consumed).

        Args:
            page_size: Holdouts per request (PostHog's ``limit``).

        Raises:
            InvalidArgumentError: An argument has the wrong type (raised here, before any request).
            PostHogError: While iterating, as for ``get``.
        """
        return self._pager(HOLDOUTS.list_query(page_size=page_size))

    async def get(self, id: int) -> ExperimentHoldout:
        """Fetch one holdout.

        Raises:
            InvalidArgumentError: ``id`` is not a positive int; nothing was sent.
            NotFoundError: Unknown or other-project id.
            PostHogError: Any other failure (see the exception tree).
        """
        return await self._get(id)

    async def create(
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
        return await self._create(fields)

    async def update(
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
        return await self._update(id, fields)

    async def delete(self, id: int) -> None:
        """Delete a holdout for good (``DELETE``): its experiments and their flags lose it.

        Retried like a read. When a retried attempt finds it gone, an earlier attempt deleted
        it, and that is success; a second ``delete()`` call raises ``NotFoundError``.

        Raises:
            InvalidArgumentError: ``id`` is not a positive int; nothing was sent.
            NotFoundError: Unknown or other-project id (on the first attempt).
            PostHogError: Any other failure (see the exception tree).
        """
        await self._delete(id)


class AsyncHoldoutsRawView:
    """``client.with_raw_response.holdouts``: the same methods, returning ``RawResponse``."""

    def __init__(self, holdouts: AsyncHoldouts) -> None:
        self.get = raw_async(holdouts.get)
        self.create = raw_async(holdouts.create)
        self.update = raw_async(holdouts.update)
        self.delete = raw_async(holdouts.delete)
