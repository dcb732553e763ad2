"""Make hypothesis-jsonschema 0.23.1 (its latest release) work with current Hypothesis.

hypothesis-jsonschema generates objects with Hypothesis' private ``cu.many`` helper, calling
``elements.more()`` in a loop. Current Hypothesis replaced that API with a context manager that
is iterated (``with many(...) as elements: for _ in elements:``), so every object schema fails
with ``AttributeError: 'many' object has no attribute 'more'``. ``install()`` gives
hypothesis-jsonschema a ``many`` with the old interface on top of the new one. It touches only
hypothesis-jsonschema's reference to the helper, nothing in Hypothesis itself, and does nothing
when the old interface is still there.

``install()`` also memoises hypothesis-jsonschema's schema-to-strategy conversion. It rebuilds
(and re-canonicalises) the strategy of every property each time an object is drawn, which made
drawing one Experiment cost about 0.2 s; strategies are immutable, so reusing them for an equal
schema changes nothing but the speed.
"""

from __future__ import annotations

import functools
import json
import types
from collections.abc import Callable
from typing import Any

from hypothesis.internal.conjecture import utils as cu


class _LegacyMany:
    """``cu.many`` with the ``more()``/``reject()`` interface hypothesis-jsonschema expects."""

    def __init__(self, data: Any, min_size: int, max_size: float, average_size: float) -> None:
        self._many = cu.many(data, min_size=min_size, max_size=max_size, average_size=average_size)
        self._many.__enter__()
        self._elements = iter(self._many)
        self._open = True

    def more(self) -> bool:
        """Whether to draw another element (closing the collection when not)."""
        if not self._open:
            return False
        try:
            next(self._elements)
        except StopIteration:
            self._open = False
            self._many.__exit__(None, None, None)
            return False
        return True

    def reject(self, why: str | None = None) -> None:
        """Do not count the current element."""
        self._many.reject(why)


def _memoised(convert: Callable[..., Any]) -> Callable[..., Any]:
    cache: dict[tuple[str, int, int], tuple[Any, Any, Any]] = {}

    @functools.wraps(convert)
    def wrapper(schema: Any, *, alphabet: Any, custom_formats: Any) -> Any:
        try:
            key = (json.dumps(schema, sort_keys=True), id(alphabet), id(custom_formats))
        except (TypeError, ValueError):
            return convert(schema, alphabet=alphabet, custom_formats=custom_formats)
        hit = cache.get(key)
        if hit is None:
            # Keep alphabet and formats alive, so that their ids stay theirs.
            strategy = convert(schema, alphabet=alphabet, custom_formats=custom_formats)
            hit = cache[key] = (strategy, alphabet, custom_formats)
        return hit[0]

    wrapper.memoised = True  # type: ignore[attr-defined]
    return wrapper


def install() -> None:
    """Adapt hypothesis-jsonschema to this Hypothesis, and memoise its conversions (once)."""
    from hypothesis_jsonschema import _from_schema

    if not hasattr(cu.many, "more"):
        _from_schema.cu = types.SimpleNamespace(  # type: ignore[attr-defined,assignment]
            **{**vars(cu), "many": _LegacyMany}
        )
    for name in ("merged_as_strategies", "__from_schema"):
        convert = getattr(_from_schema, name)
        if not getattr(convert, "memoised", False):
            setattr(_from_schema, name, _memoised(convert))
