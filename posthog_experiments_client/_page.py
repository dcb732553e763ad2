"""A page of results (experiments, eligible feature flags, holdouts or saved metrics), and the
query of the page after it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Generic, Protocol, TypeVar
from urllib.parse import parse_qsl, urlsplit

import attrs
import httpx

from ._exceptions import ResponseValidationError


class Identified(Protocol):
    """An item of a page: an experiment, a feature flag, a holdout or a saved metric, each with its id."""

    @property
    def id(self) -> object: ...


T = TypeVar("T", bound=Identified)


@attrs.frozen
class Page(Generic[T]):
    """One page of experiments (``Page[Experiment]``), of eligible flags (``Page[FeatureFlag]``),
    of holdouts (``Page[ExperimentHoldout]``) or of saved metrics.

    Attributes:
        items: The experiments (or flags, holdouts, saved metrics) on this page.
        count: How many match the filters, across all pages.
        next_url: PostHog's link to the next page, or None on the last page. Where PostHog pages
            by hand without links (``eligible_feature_flags``), the URL of the next page, from
            ``count``.
        previous_url: PostHog's link to the previous page, or None on the first.
        response: The raw ``httpx.Response``.
    """

    items: list[T]
    count: int
    next_url: str | None
    previous_url: str | None
    response: httpx.Response = attrs.field(repr=False, eq=False)
    query: Mapping[str, str] = attrs.field(repr=False, eq=False, factory=dict)

    def has_next_page(self) -> bool:
        """Whether another page follows this one."""
        return self.next_url is not None

    def next_offset(self) -> int | None:
        """The ``offset`` of the next page, or None on the last page.

        Raises:
            ResponseValidationError: PostHog's ``next`` link has no usable offset.
        """
        query = self.next_page_query()
        return None if query is None else int(query["offset"])

    def next_page_query(self) -> dict[str, str] | None:
        """The query of the next page, from the offset and limit in PostHog's ``next`` link.

        Only those two numbers are taken from the link; the filters stay the caller's own and the
        request stays on the configured host, so the key is never sent to another origin and
        nothing the server wrote ends up in a request unchecked.

        Raises:
            ResponseValidationError: The link has no usable offset, or does not advance.
        """
        if self.next_url is None:
            return None
        current = int(self.query.get("offset", "0"))
        try:
            linked = dict(parse_qsl(urlsplit(self.next_url).query))
            offset = int(linked["offset"])
            limit = int(linked.get("limit", self.query.get("limit", "100")))
        except (ValueError, KeyError) as exc:
            raise self._bad(f"next page link has no usable offset: {self.next_url!r:.120}") from exc
        if offset <= current or limit < 1:
            raise self._bad(
                f"next page link does not advance past offset {current}: {self.next_url!r:.120}"
            )
        return {**self.query, "offset": str(offset), "limit": str(limit)}

    def _bad(self, message: str) -> ResponseValidationError:
        return ResponseValidationError(message, response=self.response)


# The name the holdouts and saved metrics export for their pages: the same class.
ResourcePage = Page


class SeenIds:
    """The experiment ids an iteration has yielded, in one bit per id of the range seen.

    Memory follows the span of the ids divided by eight, not a Python object per id, so an
    iteration over any number of experiments stays O(page). Ids far outside the span (more than
    ``MAX_SPAN`` apart) go to a small set instead.
    """

    MAX_SPAN = 1 << 26  # ids: a bitmap of at most 8 MiB

    __slots__ = ("_base", "_bits", "_outliers")

    def __init__(self) -> None:
        self._base: int | None = None
        self._bits = bytearray()
        self._outliers: set[object] = set()

    def add(self, item_id: object) -> bool:
        """Record ``item_id``; False when it was recorded already."""
        if type(item_id) is not int or item_id < 0:
            return self._add_outlier(item_id)
        if self._base is None:
            self._base = item_id - item_id % 8
        if item_id < self._base:
            grow = (self._base - item_id + 7) // 8
            if (len(self._bits) + grow) * 8 > self.MAX_SPAN:
                return self._add_outlier(item_id)
            self._bits[0:0] = bytes(grow)
            self._base -= grow * 8
        byte, bit = divmod(item_id - self._base, 8)
        if byte >= len(self._bits):
            if byte * 8 > self.MAX_SPAN:
                return self._add_outlier(item_id)
            self._bits.extend(bytes(byte + 1 - len(self._bits)))
        mask = 1 << bit
        if self._bits[byte] & mask:
            return False
        self._bits[byte] |= mask
        return True

    def _add_outlier(self, item_id: object) -> bool:
        try:
            if item_id in self._outliers:
                return False
            self._outliers.add(item_id)
        except TypeError:  # an unhashable id from a malformed page: nothing to compare
            pass
        return True
