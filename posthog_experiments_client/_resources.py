"""``ResourcePager``: lazy iteration over PostHog's pages of holdouts or saved metrics.

Generated from ``_async_resources.py`` by ``scripts/unasync.py``; edit that file, then run
``make generate``. What an iteration guarantees is explained there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._page import SeenIds
from ._resource_operations import Resource, ResourcePage

if TYPE_CHECKING:
    from ._client import ExperimentsClient

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


class SyncResource(Generic[M]):
    """The calls of one resource, sent through the client (its retries, errors and logging)."""

    def __init__(self, client: ExperimentsClient, resource: Resource[M]) -> None:
        self._client = client
        self._resource = resource

    def _pager(self, query: Query) -> ResourcePager[M]:
        return ResourcePager(self._fetch_page, query)

    def _fetch_page(self, query: Query) -> ResourcePage[M]:
        return self._client._send(self._resource.list_call(self._client._settings, query))

    def _get(self, id: int) -> M:
        return self._client._send(self._resource.get_call(self._client._settings, id))

    def _create(self, fields: Mapping[str, Any]) -> M:
        return self._client._send(self._resource.create_call(self._client._settings, fields))

    def _update(self, id: int, fields: Mapping[str, Any]) -> M:
        call = self._resource.update_call(self._client._settings, id, fields)
        return self._client._send(call)

    def _delete(self, id: int) -> None:
        self._client._send(self._resource.delete_call(self._client._settings, id))
