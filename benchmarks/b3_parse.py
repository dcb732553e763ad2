"""B3: parsing a page of 100 experiments into models.

The input is the page's raw bytes, as they come off the wire. Sides, interleaved:

* subject: the client's own path from a list response to a ``Page`` of experiments,
  ``_responses.parse_page`` (JSON decoding, ``PaginatedExperimentList.from_dict``, error mapping,
  the page checks, and building the 100 ``Experiment`` objects), on a pre-built
  ``httpx.Response``. ``from_dict`` validates the whole body; an experiment's nested models
  (flag, holdout, metrics, ...) are built when first read (``LazyFields``), so the reference row
  ``B3 every field read`` also reads every field of every model on the page.
* ``json.loads(body)`` alone: the floor, no models at all.
* ``pydantic_json``: ``PaginatedExperimentList.model_validate_json(body)`` with pydantic v2 models
  generated from the same spec (``_pydantic_models.py``); this is how a pydantic user parses a
  response, and it is the target's baseline.
* ``pydantic_python``: ``model_validate(json.loads(body))``, pydantic from decoded JSON, shown for
  reference.

The garbage collector is on, as in an application (building thousands of containers per page
triggers collections, a real cost of any parser). For reference, the subject
and the pydantic target are also measured with the collector off: that isolates the parsers' own
CPU cost.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable
from typing import TYPE_CHECKING

import httpx

from ._bodies import page_bytes
from ._harness import Row, interleave, row, time_per_call

if TYPE_CHECKING:
    from posthog_experiments_client._page import Page

TARGET = 1.0
PAGE_SIZE = 100


def _without_gc(fn: Callable[[], object], calls: int) -> float:
    gc.disable()
    try:
        return time_per_call(fn, calls)
    finally:
        gc.enable()


def _read_every_field(value: object) -> None:
    """Read every attribute of every model reachable from ``value``: all lazy fields get built."""
    if isinstance(value, list):
        for item in value:
            _read_every_field(item)
        return
    fields = getattr(type(value), "__attrs_attrs__", None)
    if fields is None:
        return
    for field in fields:
        _read_every_field(getattr(value, field.name))


def _read_every_pydantic_field(value: object) -> None:
    """``_read_every_field`` for pydantic models: the same walk, as the baseline of that row."""
    if isinstance(value, list):
        for item in value:
            _read_every_pydantic_field(item)
        return
    fields = getattr(type(value), "model_fields", None)
    if fields is None:
        return
    for name in fields:
        _read_every_pydantic_field(getattr(value, name))


def run(*, quick: bool) -> list[Row]:
    """Measure the subject against the three baselines.

    Args:
        quick: Tiny page and two rounds (smoke test).

    Returns:
        One row per baseline.
    """
    from posthog_experiments_client._generated.models import PaginatedExperimentList

    from . import _pydantic_models as pyd

    size, rounds, calls = (3, 2, 2) if quick else (PAGE_SIZE, 21, 15)
    body = page_bytes(size)

    from posthog_experiments_client._responses import parse_page

    response = httpx.Response(
        200,
        content=body,
        headers={"content-type": "application/json"},
        request=httpx.Request("GET", "https://us.posthog.com/api/projects/1/experiments/"),
    )

    def subject() -> Page:
        return parse_page(response, {})

    def subject_every_field() -> object:
        page = parse_page(response, {})
        _read_every_field(page.items)
        return page

    def pydantic_json() -> object:
        return pyd.PaginatedExperimentList.model_validate_json(body)

    def pydantic_every_field() -> object:
        page = pyd.PaginatedExperimentList.model_validate_json(body)
        _read_every_pydantic_field(page.results)
        return page

    def pydantic_python() -> object:
        return pyd.PaginatedExperimentList.model_validate(json.loads(body))

    # Both model sets must accept the body, or the comparison is meaningless.
    parsed = PaginatedExperimentList.from_dict(json.loads(body))
    assert len(parsed.results) == size
    assert parsed.to_dict() == json.loads(body)
    assert len(subject().items) == size
    assert len(pyd.PaginatedExperimentList.model_validate_json(body).results) == size

    results = interleave(
        {
            "subject": lambda: time_per_call(subject, calls),
            "subject_every_field": lambda: time_per_call(subject_every_field, calls),
            "json": lambda: time_per_call(lambda: json.loads(body), calls),
            "pydantic_json": lambda: time_per_call(pydantic_json, calls),
            "pydantic_python": lambda: time_per_call(pydantic_python, calls),
            "pydantic_every_field": lambda: time_per_call(pydantic_every_field, calls),
            "subject_nogc": lambda: _without_gc(subject, calls),
            "pydantic_json_nogc": lambda: _without_gc(pydantic_json, calls),
        },
        rounds,
    )
    subject_ms = [s * 1e3 for s in results["subject"]]
    what = f"the client's parse of a page of {size} experiments (`parse_page`)"
    notes = f"{len(body)} B page; {rounds} rounds x {calls} parses"
    return [
        row(
            "B3 vs pydantic",
            what,
            "pydantic v2 `model_validate_json(b)`",
            "ms/page",
            subject_ms,
            [b * 1e3 for b in results["pydantic_json"]],
            max_ratio=TARGET,
            notes=notes,
        ),
        row(
            "B3 every field read",
            f"`parse_page`, then every field of every model read ({size} experiments)",
            "pydantic v2 `model_validate_json(b)`, then every field read",
            "ms/page",
            [s * 1e3 for s in results["subject_every_field"]],
            [b * 1e3 for b in results["pydantic_every_field"]],
            notes="reference only: the cost when a caller reads every field of every model",
        ),
        row(
            "B3 vs pydantic (py)",
            what,
            "pydantic v2 `model_validate(json.loads(b))`",
            "ms/page",
            subject_ms,
            [b * 1e3 for b in results["pydantic_python"]],
            notes="reference only: pydantic from already-decoded JSON",
        ),
        row(
            "B3 vs pydantic, gc off",
            what,
            "pydantic v2 `model_validate_json(b)`",
            "ms/page",
            [s * 1e3 for s in results["subject_nogc"]],
            [b * 1e3 for b in results["pydantic_json_nogc"]],
            notes="reference only: both sides with the garbage collector disabled",
        ),
        row(
            "B3 vs json",
            what,
            "`json.loads(b)` alone",
            "ms/page",
            subject_ms,
            [b * 1e3 for b in results["json"]],
            notes="reference only: the cost of building models at all",
        ),
    ]
