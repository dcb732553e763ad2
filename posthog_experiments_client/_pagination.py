"""Pagination: PostHog's limit/offset pages, the query of each, and lazy pagers over them.

Pages are fetched only as they are consumed, and only the current page is held, so memory stays
O(page) however many experiments there are.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs
import httpx

from . import _arguments as check
from ._config import ClientSettings
from ._exceptions import InvalidArgumentError, ResponseValidationError
from ._generated.models.experiment import Experiment
from ._generated.models.experiment_status_filter import EXPERIMENT_STATUS_FILTER_VALUES
from ._generated.models.paginated_experiment_list import PaginatedExperimentList
from ._generated.types import Unset
from ._operations import Call
from ._responses import invalid_response, parse_model

Query = Mapping[str, str]


@attrs.frozen
class Page:
    """One page of experiments.

    Attributes:
        items: The experiments on this page.
        count: How many experiments match the filters, across all pages.
        next_url: PostHog's link to the next page, or None on the last page.
        previous_url: PostHog's link to the previous page, or None on the first.
        response: The raw ``httpx.Response``.
    """

    items: list[Experiment]
    count: int
    next_url: str | None
    previous_url: str | None
    response: httpx.Response = attrs.field(repr=False, eq=False)
    query: Mapping[str, str] = attrs.field(repr=False, eq=False, factory=dict)

    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        return self.next_url is not None

    @property
    def next_offset(self) -> int | None:
        """The ``offset`` of the next page, or None on the last page."""
        query = next_page_query(self)
        return None if query is None else int(query["offset"])


def list_query(
    *,
    status: Any,
    search: Any,
    archived: Any,
    created_by_id: Any,
    order: Any,
    page_size: Any,
) -> dict[str, str]:
    """The first page's query string, with arguments checked."""
    check.choice("status", status, EXPERIMENT_STATUS_FILTER_VALUES)  # type: ignore[arg-type]
    check.text("search", search, nullable=False)
    check.boolean("archived", archived)
    check.integer("created_by_id", created_by_id, nullable=False)
    check.text("order", order, nullable=False)
    size = check.integer("page_size", page_size, nullable=False)
    if size < 1:
        raise InvalidArgumentError(f"page_size must be >= 1, got {size}")
    query = {"limit": str(size)}
    for key, value in (
        ("status", status),
        ("search", search),
        ("archived", archived),
        ("created_by_id", created_by_id),
        ("order", order),
    ):
        if not isinstance(value, Unset):
            query[key] = ("true" if value else "false") if isinstance(value, bool) else str(value)
    return query


def list_call(settings: ClientSettings, query: Mapping[str, str]) -> Call[Page]:
    def parse(response: httpx.Response) -> Page:
        page = parse_model(response, PaginatedExperimentList.from_dict, "page of experiments")
        # Nulls are kept elsewhere for forward compatibility, but a page must hold experiments.
        if not isinstance(page.results, list) or not all(
            isinstance(e, Experiment) for e in page.results
        ):
            raise invalid_response(
                response, "page of experiments", "results must be a list of experiments"
            )
        if isinstance(page.count, bool) or not isinstance(page.count, int):
            raise invalid_response(response, "page of experiments", "count must be an integer")
        return Page(
            items=page.results,
            count=page.count,
            next_url=page.next_ if isinstance(page.next_, str) else None,
            previous_url=page.previous if isinstance(page.previous, str) else None,
            response=response,
            query=dict(query),
        )

    return Call("GET", settings.experiments_path, parse, params=query)


def next_page_query(page: Page) -> dict[str, str] | None:
    """The query of the page after ``page``, from the offset and limit in PostHog's ``next`` link.

    Only those two numbers are taken from the link; the filters stay the caller's own and the
    request stays on the configured host, so the key is never sent to another origin and nothing
    the server wrote ends up in a request unchecked.
    """
    if page.next_url is None:
        return None
    current = int(page.query.get("offset", "0"))
    try:
        linked = dict(parse_qsl(urlsplit(page.next_url).query))
        offset = int(linked["offset"])
        limit = int(linked.get("limit", page.query.get("limit", "100")))
    except (ValueError, KeyError) as exc:
        raise _bad_page(
            page, f"next page link has no usable offset: {page.next_url!r:.120}"
        ) from exc
    if offset <= current or limit < 1:
        raise _bad_page(
            page, f"next page link does not advance past offset {current}: {page.next_url!r:.120}"
        )
    return {**page.query, "offset": str(offset), "limit": str(limit)}


def _bad_page(page: Page, message: str) -> ResponseValidationError:
    return ResponseValidationError(message, body=page.response.content, response=page.response)


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
