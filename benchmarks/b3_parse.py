"""B3: parsing a page of 100 experiments into models.

The input is the page's raw bytes, as they come off the wire. Sides, interleaved:

* subject: the client's own path from a response to models, ``_responses.parse_model`` (JSON
  decoding, ``PaginatedExperimentList.from_dict``, error mapping, and whatever else the client
  does there, such as pausing the garbage collector), on a pre-built ``httpx.Response``.
* ``json.loads(body)`` alone: the floor, no models at all.
* ``pydantic_json``: ``PaginatedExperimentList.model_validate_json(body)`` with pydantic v2 models
  generated from the same spec (``_pydantic_models.py``); this is how a pydantic user parses a
  response, and it is the target's baseline.
* ``pydantic_python``: ``model_validate(json.loads(body))``, pydantic from decoded JSON, shown for
  reference.

The garbage collector is on, as in an application (building thousands of containers per page
triggers collections, a real cost of any parser). For reference, ``from_dict(json.loads(body))``
and the pydantic target are also measured with the collector off: that isolates the parsers' own
CPU cost.
"""

from __future__ import annotations

import gc
import json
from collections.abc import Callable

import httpx

from ._bodies import page_bytes
from ._harness import Row, interleave, row, time_per_call

TARGET = 1.0
PAGE_SIZE = 100


def _without_gc(fn: Callable[[], object], calls: int) -> float:
    gc.disable()
    try:
        return time_per_call(fn, calls)
    finally:
        gc.enable()


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

    from posthog_experiments_client._responses import parse_model

    response = httpx.Response(
        200,
        content=body,
        headers={"content-type": "application/json"},
        request=httpx.Request("GET", "https://us.posthog.com/api/projects/1/experiments/"),
    )

    def subject() -> object:
        return parse_model(response, PaginatedExperimentList.from_dict, "page of experiments")

    def models_only() -> object:
        return PaginatedExperimentList.from_dict(json.loads(body))

    def pydantic_json() -> object:
        return pyd.PaginatedExperimentList.model_validate_json(body)

    def pydantic_python() -> object:
        return pyd.PaginatedExperimentList.model_validate(json.loads(body))

    # Both model sets must accept the body, or the comparison is meaningless.
    parsed = PaginatedExperimentList.from_dict(json.loads(body))
    assert len(parsed.results) == size
    assert parsed.to_dict() == json.loads(body)
    assert len(pyd.PaginatedExperimentList.model_validate_json(body).results) == size

    results = interleave(
        {
            "subject": lambda: time_per_call(subject, calls),
            "json": lambda: time_per_call(lambda: json.loads(body), calls),
            "pydantic_json": lambda: time_per_call(pydantic_json, calls),
            "pydantic_python": lambda: time_per_call(pydantic_python, calls),
            "subject_nogc": lambda: _without_gc(models_only, calls),
            "pydantic_json_nogc": lambda: _without_gc(pydantic_json, calls),
        },
        rounds,
    )
    subject_ms = [s * 1e3 for s in results["subject"]]
    what = f"the client's parse of a page of {size} experiments (`parse_model`)"
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
            f"`PaginatedExperimentList.from_dict(json.loads(b))`, {size} experiments",
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
