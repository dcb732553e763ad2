"""``ResourcePager``: lazy iteration over PostHog's pages of holdouts or saved metrics.

Generated from ``_async_resources.py`` by ``scripts/unasync.py``; edit that file, then run
``make generate``. What an iteration guarantees is explained there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Generic, TypeVar

from ._page import SeenIds
from ._resource_operations import ResourcePage

M = TypeVar("M")
Query = Mapping[str, str]


class ResourcePager(Generic[M]):
    """The result of ``list()`` on ``client.holdouts`` or ``client.saved_metrics``.

    ``for item in pager`` yields every holdout or
    saved metric once; ``pager.pages()`` yields ``ResourcePage``s as PostHog sent them;
    ``pager.first_page()`` returns the first page.
    """

    def __init__(self, fetch: Callable[[Query], ResourcePage[M]], query: Query) -> None:
        self._fetch = fetch
        self._query = query

    def __iter__(self) -> Iterator[M]:
        seen = SeenIds()
        for page in self.pages():
            for item in page.items:
                if seen.add(getattr(item, "id", None)):
                    yield item

    def pages(self) -> Iterator[ResourcePage[M]]:
        """Yield each page in turn, following PostHog's ``next`` links.

        Raises:
            PostHogError: As for ``get``, while fetching a page.
        """
        query: Query | None = self._query
        while query is not None:
            page = self._fetch(query)
            yield page
            query = page.next_page_query()

    def first_page(self) -> ResourcePage[M]:
        """Fetch the first page only.

        Raises:
            PostHogError: As for ``get``.
        """
        return self._fetch(self._query)
