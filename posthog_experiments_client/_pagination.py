"""``SyncPager``: lazy iteration over PostHog's pages of experiments, eligible flags,
holdouts or saved metrics.

Generated from ``_async_pagination.py`` by ``scripts/unasync.py``; edit that file, then run
``make generate``. What an iteration guarantees is explained there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Generic, TypeVar

from ._page import Identified, Page, SeenIds

Query = Mapping[str, str]
T = TypeVar("T", bound=Identified)


class SyncPager(Generic[T]):
    """The result of ``ExperimentsClient.list()``, ``.eligible_feature_flags()``,
    ``.holdouts.list()`` and ``.saved_metrics.list()``.

    ``for experiment in pager`` yields every experiment (or flag) once; ``pager.pages()``
    yields ``Page``s as PostHog sent them; ``pager.first_page()`` returns the first page.
    """

    def __init__(self, fetch: Callable[[Query], Page[T]], query: Query) -> None:
        self._fetch = fetch
        self._query = query

    def __iter__(self) -> Iterator[T]:
        seen = SeenIds()
        for page in self.pages():
            for item in page.items:
                if seen.add(item.id):
                    yield item

    def pages(self) -> Iterator[Page[T]]:
        """Yield each page in turn, following PostHog's ``next`` links.

        Raises:
            PostHogError: As for ``get``, while fetching a page.
        """
        query: Query | None = self._query
        while query is not None:
            page = self._fetch(query)
            yield page
            query = page.next_page_query()

    def first_page(self) -> Page[T]:
        """Fetch the first page only.

        Raises:
            PostHogError: As for ``get``.
        """
        return self._fetch(self._query)


# The name the holdouts and saved metrics export for their pagers: the same class.
ResourcePager = SyncPager
