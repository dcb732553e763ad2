"""``/api/schema/``: the curated OpenAPI spec shipped inside this package."""

from __future__ import annotations

import functools
import importlib
import json
from pathlib import Path
from typing import Any

import httpx

from .._errors import not_found
from .wire import error_response

__all__ = ["SPEC_PATH", "schema_response"]

# `make generate` ships a copy of openapi/posthog-experiments.yaml with the generated code, so a
# vendored package has it too.
SPEC_PATH = Path(__file__).parents[2] / "_generated" / "openapi.yaml"


@functools.lru_cache(maxsize=1)
def _spec_as_json(text: str) -> bytes | None:
    try:
        yaml = importlib.import_module("yaml")  # optional: only needed for ?format=json
    except ImportError:
        return None
    data: Any = yaml.safe_load(text)
    return json.dumps(data).encode()


def schema_response(params: dict[str, str]) -> httpx.Response:
    """The spec as YAML, or as JSON with ``?format=json`` when PyYAML is installed."""
    try:
        text = SPEC_PATH.read_text(encoding="utf-8")
    except OSError:
        return error_response(not_found())
    if params.get("format") == "json":
        as_json = _spec_as_json(text)
        if as_json is not None:
            return httpx.Response(
                200, content=as_json, headers={"Content-Type": "application/json"}
            )
    return httpx.Response(
        200, content=text.encode(), headers={"Content-Type": "application/yaml; charset=utf-8"}
    )
