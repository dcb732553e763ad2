"""Hypothesis settings shared by the fuzz tests.

``FUZZ_EXAMPLES`` sets the examples per test. Unset (``make test``, CI), a small count and a
derandomized run keep the suite fast and reproducible; ``make fuzz`` sets it to 5000 and lets
Hypothesis explore freely (failures are kept in its example database, ``.hypothesis/``).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

DEFAULT_EXAMPLES = 50
EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES") or DEFAULT_EXAMPLES)
LONG_RUN = "FUZZ_EXAMPLES" in os.environ

FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not LONG_RUN,
    # A long run keeps what it finds in Hypothesis' default database; CI keeps nothing.
    database=settings().database if LONG_RUN else None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.large_base_example,
        HealthCheck.function_scoped_fixture,
    ],
)
