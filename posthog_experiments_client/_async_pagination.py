"""``AsyncPager``: lazy iteration over PostHog's pages of experiments, eligible flags, holdouts or
saved metrics.

This file is the source of the sync twin: ``scripts/unasync.py`` derives ``_pagination.py`` from
it. Pages are fetched only as they are consumed and only the current page is held, so memory
stays O(page) however many experiments there are.

PostHog pages by offset: an experiment created during an iteration shifts the later ones by one
place, so the next page would repeat one already yielded. An iteration therefore remembers the ids
it yielded (one bit per id, see ``SeenIds``) and never yields the same experiment twice. What
it cannot prevent:
an experiment deleted during the iteration shifts the later ones back, so one may be skipped, and
experiments created meanwhile may or may not appear.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Mapping
from typing import Any, Generic, TypeVar

from ._page import Identified, Page, SeenIds

Query = Mapping[str, str]
T = TypeVar("T", bound=Identified)


class AsyncPager(Generic[T]):
    """The result of ``AsyncExperimentsClient.list()``, ``.eligible_feature_flags()``,
    ``.holdouts.list()`` and ``.saved_metrics.list()``, plain methods (no ``await`` needed).

    ``async for experiment in pager`` yields every experiment (or flag) once; ``pager.pages()``
    yields ``Page``s as PostHog sent them; ``await pager.first_page()`` returns the first page.
    """

    def __init__(self, fetch: Callable[[Query], Awaitable[Page[T]]], query: Query) -> None:
        self._fetch = fetch
        self._query = query

    async def __aiter__(self) -> AsyncIterator[T]:
        seen = SeenIds()
        async for page in self.pages():
            for item in page.items:
                if seen.add(item.id):
                    yield item

    async def pages(self) -> AsyncIterator[Page[T]]:
        """Yield each page in turn, following PostHog's ``next`` links.

        Raises:
            PostHogError: As for ``get``, while fetching a page.
        """
        query: Query | None = self._query
        while query is not None:
            page = await self._fetch(query)
            yield page
            query = page.next_page_query()

    async def first_page(self) -> Page[T]:
        """Fetch the first page only.

        Raises:
            PostHogError: As for ``get``.
        """
        return await self._fetch(self._query)

    # <async only>
    def __await__(self) -> Generator[Any, None, Page[T]]:
        return self.first_page().__await__()

    # </async only>


# The name the holdouts and saved metrics export for their pagers: the same class.
AsyncResourcePager = AsyncPager
