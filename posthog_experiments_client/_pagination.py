"""Lazy pagers over PostHog's limit/offset pages. Pages are fetched only as they are consumed,
and only the current page is held, so memory stays O(page) however many experiments there are."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import Any

from ._generated.models import Experiment
from ._operations import Page, next_page_query

Query = Mapping[str, str]


class SyncPager:
    """The result of ``ExperimentsClient.list()``.

    ``for experiment in pager`` yields every experiment; ``pager.pages()`` yields ``Page``s;
    ``pager.first_page()`` fetches only the first.
    """

    def __init__(self, fetch: Callable[[Query], Page], query: Query) -> None:
        self._fetch = fetch
        self._query = query

    def __iter__(self) -> Iterator[Experiment]:
        for page in self.pages():
            yield from page.items

    def pages(self) -> Iterator[Page]:
        """Yield each page in turn, following PostHog's ``next`` links."""
        query: Query | None = self._query
        while query is not None:
            page = self._fetch(query)
            yield page
            query = next_page_query(page)

    def first_page(self) -> Page:
        """Fetch the first page only."""
        return self._fetch(self._query)


class AsyncPager:
    """The result of ``AsyncExperimentsClient.list()``, a plain method (no ``await`` needed).

    ``async for experiment in pager`` yields every experiment; ``pager.pages()`` yields ``Page``s;
    ``await pager`` (or ``await pager.first_page()``) returns the first page.
    """

    def __init__(self, fetch: Callable[[Query], Awaitable[Page]], query: Query) -> None:
        self._fetch = fetch
        self._query = query

    def __aiter__(self) -> AsyncIterator[Experiment]:
        return self._items()

    async def _items(self) -> AsyncIterator[Experiment]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def pages(self) -> AsyncIterator[Page]:
        """Yield each page in turn, following PostHog's ``next`` links."""
        query: Query | None = self._query
        while query is not None:
            page = await self._fetch(query)
            yield page
            query = next_page_query(page)

    async def first_page(self) -> Page:
        """Fetch the first page only."""
        return await self._fetch(self._query)

    def __await__(self) -> Generator[Any, None, Page]:
        return self.first_page().__await__()
