"""Holdouts and saved metrics: their requests, as ``Call``s, and how their answers are read.

Shared by the sync and async resource clients (``client.holdouts``, ``client.saved_metrics``),
which only send what is built here. As for experiments, each method and path comes from the
generated endpoint module (its ``METHOD`` and ``request_path``), and the writable fields of
``create``/``update`` from ``_fields``, generated from the spec. The generated modules load on
first use, so importing the client stays quick.

Both resources are deleted for real (``DELETE``, answered 204). A delete is retried like any
idempotent call; when a retried attempt meets 404, an earlier attempt deleted it and its answer
was lost, so the delete has succeeded. A 404 on the first attempt is a ``NotFoundError``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
import httpx

from . import _arguments as check
from ._arguments import Field
from ._config import ClientSettings
from ._exceptions import InvalidArgumentError
from ._generated.types import Unset
from ._operations import Call
from ._page import Identified, Page
from ._responses import check_page, linked_page, parse_model, parse_nothing

if TYPE_CHECKING:
    from ._generated.models.experiment_holdout import ExperimentHoldout
    from ._generated.models.experiment_saved_metric import ExperimentSavedMetric

M = TypeVar("M", bound=Identified)


@attrs.frozen
class Resource(Generic[M]):
    """What differs between the two resources: names, generated modules, fields.

    Attributes:
        subject: How messages name one row (``Holdout``).
        package: The generated endpoint package (``experiment_holdouts``).
        model: The generated model module and class of one row.
        page_model: The generated model module and class of a page.
        create_fields: The writable fields of ``create``.
        update_fields: The writable fields of ``update``.
    """

    subject: str
    package: str
    model: tuple[str, str]
    page_model: tuple[str, str]
    create_fields: tuple[Field, ...]
    update_fields: tuple[Field, ...]

    def endpoint(self, verb: str) -> Any:
        return importlib.import_module(
            f"._generated.api.{self.package}.{self.package}_{verb}", __package__
        )

    def model_class(self, which: tuple[str, str]) -> Any:
        module = importlib.import_module(f"._generated.models.{which[0]}", __package__)
        return getattr(module, which[1])

    def parse(self, response: httpx.Response) -> M:
        parsed: M = parse_model(response, self.model_class(self.model).from_dict, self.model[1])
        return parsed

    def parse_page(self, response: httpx.Response, query: Mapping[str, str]) -> Page[M]:
        what = f"page of {self.subject.lower()}s"
        page = parse_model(response, self.model_class(self.page_model).from_dict, what)
        model = self.model_class(self.model)
        check_page(response, what, page.results, model, page.count, items=self.model[1])
        return linked_page(response, page, query)

    # ------------------------------------------------------------------ calls

    def list_query(self, *, page_size: Any, search: Any = None) -> dict[str, str]:
        """The first page's query string, with the arguments' types checked."""
        size = check.integer("page_size", page_size)
        if size < 1:
            raise InvalidArgumentError(f"page_size must be >= 1, got {size}")
        query = {"limit": str(size)}
        if search is not None and not isinstance(search, Unset):
            query["search"] = check.text("search", search)
        return query

    def list_call(self, settings: ClientSettings, query: Mapping[str, str]) -> Call[Page[M]]:
        def parse(response: httpx.Response) -> Page[M]:
            return self.parse_page(response, query)

        endpoint = self.endpoint("list")
        path = endpoint.request_path(settings.project_id)
        return Call(endpoint.METHOD, path, parse, params=query, detach=True)

    def get_call(self, settings: ClientSettings, id: int) -> Call[M]:
        return self._detail(settings, "retrieve", id, self.parse)

    def create_call(self, settings: ClientSettings, fields: Mapping[str, Any]) -> Call[M]:
        endpoint = self.endpoint("create")
        body = check.encode_body(check.body_from(self.create_fields, fields))
        path = endpoint.request_path(settings.project_id)
        return Call(endpoint.METHOD, path, self.parse, body=body, subject=self.subject)

    def update_call(self, settings: ClientSettings, id: int, fields: Mapping[str, Any]) -> Call[M]:
        body = check.encode_body(check.body_from(self.update_fields, fields))
        return self._detail(settings, "partial_update", id, self.parse, body=body)

    def delete_call(self, settings: ClientSettings, id: int) -> Call[None]:
        call = self._detail(settings, "destroy", id, parse_nothing)
        call.soft_delete = True  # a 404 after a retry: an earlier attempt deleted it
        return call

    def _detail(
        self,
        settings: ClientSettings,
        verb: str,
        id: int,
        parse: Callable[[httpx.Response], Any],
        *,
        body: bytes | None = None,
    ) -> Call[Any]:
        endpoint = self.endpoint(verb)
        path = endpoint.request_path(settings.project_id, check.experiment_id(id))
        return Call(endpoint.METHOD, path, parse, body=body, experiment_id=id, subject=self.subject)


def _resources() -> tuple[Resource[ExperimentHoldout], Resource[ExperimentSavedMetric]]:
    from ._fields import (
        HOLDOUT_CREATE_FIELDS,
        HOLDOUT_UPDATE_FIELDS,
        SAVED_METRIC_CREATE_FIELDS,
        SAVED_METRIC_UPDATE_FIELDS,
    )

    holdouts: Resource[ExperimentHoldout] = Resource(
        "Holdout",
        "experiment_holdouts",
        ("experiment_holdout", "ExperimentHoldout"),
        ("paginated_experiment_holdout_list", "PaginatedExperimentHoldoutList"),
        HOLDOUT_CREATE_FIELDS,
        HOLDOUT_UPDATE_FIELDS,
    )
    saved_metrics: Resource[ExperimentSavedMetric] = Resource(
        "Saved metric",
        "experiment_saved_metrics",
        ("experiment_saved_metric", "ExperimentSavedMetric"),
        ("paginated_experiment_saved_metric_list", "PaginatedExperimentSavedMetricList"),
        SAVED_METRIC_CREATE_FIELDS,
        SAVED_METRIC_UPDATE_FIELDS,
    )
    return holdouts, saved_metrics


HOLDOUTS, SAVED_METRICS = _resources()
