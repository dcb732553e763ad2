"""What ``client.holdouts`` and ``client.saved_metrics`` share: the sending.

This file is the source of the sync twin: ``scripts/unasync.py`` derives ``_resources.py`` from
it. Their lists page with the experiments' own pager (``_async_pagination``). The resources
themselves, with their typed signatures and docstrings, are ``_async_holdouts`` and
``_async_saved_metrics``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._async_pagination import AsyncPager
from ._page import Identified, Page
from ._resource_operations import Resource

if TYPE_CHECKING:
    from ._async_client import AsyncExperimentsClient

M = TypeVar("M", bound=Identified)
Query = Mapping[str, str]


class AsyncResource(Generic[M]):
    """The calls of one resource, sent through the client (its retries, errors and logging)."""

    def __init__(self, client: AsyncExperimentsClient, resource: Resource[M]) -> None:
        self._client = client
        self._resource = resource

    def _pager(self, query: Query) -> AsyncPager[M]:
        return AsyncPager(self._fetch_page, query)

    async def _fetch_page(self, query: Query) -> Page[M]:
        return await self._client._send(self._resource.list_call(self._client._settings, query))

    async def _get(self, id: int) -> M:
        return await self._client._send(self._resource.get_call(self._client._settings, id))

    async def _create(self, fields: Mapping[str, Any]) -> M:
        return await self._client._send(self._resource.create_call(self._client._settings, fields))

    async def _update(self, id: int, fields: Mapping[str, Any]) -> M:
        call = self._resource.update_call(self._client._settings, id, fields)
        return await self._client._send(call)

    async def _delete(self, id: int) -> None:
        await self._client._send(self._resource.delete_call(self._client._settings, id))
