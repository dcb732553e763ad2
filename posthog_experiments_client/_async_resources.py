"""What ``client.holdouts`` and ``client.saved_metrics`` share: the pager and the sending.

This file is the source of the sync twin: ``scripts/unasync.py`` derives ``_resources.py`` from
it. As for experiments, pages are fetched only as they are consumed, only the current page is
held, and an iteration never yields the same id twice (PostHog pages by offset, so a row created
during the iteration would otherwise repeat one). The resources themselves, with their typed
signatures and docstrings, are ``_async_holdouts`` and ``_async_saved_metrics``.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._page import SeenIds
from ._resource_operations import Resource, ResourcePage

if TYPE_CHECKING:
    from ._async_client import AsyncExperimentsClient

M = TypeVar("M")
Query = Mapping[str, str]


class AsyncResourcePager(Generic[M]):
    """The result of ``list()`` on ``client.holdouts`` or ``client.saved_metrics``.

    A plain method (no ``await`` needed). ``async for item in pager`` yields every holdout or
    saved metric once; ``pager.pages()`` yields ``ResourcePage``s as PostHog sent them;
    ``await pager.first_page()`` returns the first page.
    """

    def __init__(self, fetch: Callable[[Query], Awaitable[ResourcePage[M]]], query: Query) -> None:
        self._fetch = fetch
        self._query = query

    async def __aiter__(self) -> AsyncIterator[M]:
        seen = SeenIds()
        async for page in self.pages():
            for item in page.items:
                if seen.add(getattr(item, "id", None)):
                    yield item

    async def pages(self) -> AsyncIterator[ResourcePage[M]]:
        """Yield each page in turn, following PostHog's ``next`` links.

        Raises:
            PostHogError: As for ``get``, while fetching a page.
        """
        query: Query | None = self._query
        while query is not None:
            page = await self._fetch(query)
            yield page
            query = page.next_page_query()

    async def first_page(self) -> ResourcePage[M]:
        """Fetch the first page only.

        Raises:
            PostHogError: As for ``get``.
        """
        return await self._fetch(self._query)

    # <async only>
    def __await__(self) -> Generator[Any, None, ResourcePage[M]]:
        return self.first_page().__await__()

    # </async only>


class AsyncResource(Generic[M]):
    """The calls of one resource, sent through the client (its retries, errors and logging)."""

    def __init__(self, client: AsyncExperimentsClient, resource: Resource[M]) -> None:
        self._client = client
        self._resource = resource

    def _pager(self, query: Query) -> AsyncResourcePager[M]:
        return AsyncResourcePager(self._fetch_page, query)

    async def _fetch_page(self, query: Query) -> ResourcePage[M]:
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
