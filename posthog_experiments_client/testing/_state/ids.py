"""Deterministic id sequences, UUIDs and API keys, so a reset fake repeats itself."""

from __future__ import annotations

import random
import string
import uuid
from collections import defaultdict

__all__ = ["IdSource"]

_KEY_ALPHABET = string.ascii_letters + string.digits


class IdSource:
    """Per-table integer sequences (like Postgres) plus seeded UUIDs and keys.

    Args:
        seed: Seeds the UUID and key generator; the same seed gives the same values.
    """

    def __init__(self, seed: int = 0) -> None:
        self._seed = seed
        self._next: defaultdict[str, int] = defaultdict(lambda: 1)
        self._random = random.Random(seed)

    def next_id(self, table: str) -> int:
        """Return the next id of ``table`` (1, 2, 3, ...)."""
        value = self._next[table]
        self._next[table] = value + 1
        return value

    def claim(self, table: str, value: int) -> None:
        """Note an explicitly chosen id so the sequence never hands it out again."""
        if value >= self._next[table]:
            self._next[table] = value + 1

    def uuid4(self) -> str:
        """Return a random-looking but reproducible version-4 UUID string."""
        return str(uuid.UUID(int=self._random.getrandbits(128), version=4))

    def api_key(self) -> str:
        """Return a new personal API key, ``phx_`` plus 43 characters like PostHog's."""
        return "phx_" + "".join(self._random.choice(_KEY_ALPHABET) for _ in range(43))
