"""``SyncResource``: what ``client.holdouts`` and ``client.saved_metrics`` share.

Generated from ``_async_resources.py`` by ``scripts/unasync.py``; edit that file, then run
``make generate``. Their lists page with the experiments' own pager (``_pagination``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._page import Identified, Page
from ._pagination import SyncPager
from ._resource_operations import Resource

if TYPE_CHECKING:
    from ._client import ExperimentsClient

M = TypeVar("M", bound=Identified)
Query = Mapping[str, str]


class SyncResource(Generic[M]):
    """The calls of one resource, sent through the client (its retries, errors and logging)."""

    def __init__(self, client: ExperimentsClient, resource: Resource[M]) -> None:
        self._client = client
        self._resource = resource

    def _pager(self, query: Query) -> SyncPager[M]:
        return SyncPager(self._fetch_page, query)

    def _fetch_page(self, query: Query) -> Page[M]:
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
