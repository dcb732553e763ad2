"""Strict comparison of JSON values: equal, and of the same JSON types all the way down."""

from __future__ import annotations

import math
from typing import Any


def assert_same_json(actual: Any, expected: Any, path: str = "$") -> None:
    """Assert that two decoded JSON values are identical.

    Plain ``==`` treats ``1 == 1.0 == True`` and ignores key order problems; this also checks that
    every value kept its JSON type (an int did not become a float or a bool), that no extra
    or missing key slipped in, and it names the path of the first difference.

    Args:
        actual: What the code under test returned.
        expected: The original.
        path: Where we are, for the message.
    """
    assert type(actual) is type(expected), (
        f"{path}: {type(actual).__name__} {actual!r:.80} != {type(expected).__name__} "
        f"{expected!r:.80}"
    )
    if isinstance(expected, dict):
        assert set(actual) == set(expected), (
            f"{path}: keys differ: extra {sorted(set(actual) - set(expected))!r:.200}, "
            f"missing {sorted(set(expected) - set(actual))!r:.200}"
        )
        for key, value in expected.items():
            assert_same_json(actual[key], value, f"{path}.{key}")
    elif isinstance(expected, list):
        assert len(actual) == len(expected), f"{path}: {len(actual)} items != {len(expected)}"
        for index, (left, right) in enumerate(zip(actual, expected, strict=True)):
            assert_same_json(left, right, f"{path}[{index}]")
    elif isinstance(expected, float) and math.isnan(expected):
        assert math.isnan(actual), f"{path}: {actual!r} is not NaN"
    else:
        assert actual == expected, f"{path}: {actual!r:.200} != {expected!r:.200}"
