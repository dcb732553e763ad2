"""B4: client-side peak memory while iterating ``list()`` over 20,000 experiments vs 2,000.

Method. The fake serves from a child process over a loopback socket (``_fake_server``), so none
of its allocations happen in this process. Here, after a warm-up (imports, connection, first
page), ``tracemalloc`` is started and the whole ``for experiment in client.list()`` loop runs,
counting items without keeping them. The peak traced memory above the level at start is the
client side of the work: the response bytes read from the socket, the decoded JSON, the page's
models and the pager. If the pager held every page (O(N)), the 20,000 run would peak about ten
times higher than the 2,000 run; O(page) keeps the ratio near 1. The two sizes have their own
servers and alternate, round by round.
"""

from __future__ import annotations

import gc
import time
import tracemalloc

from ._fake_server import Served, fake_server
from ._harness import Row, interleave, row

TARGET = 1.5


def peak_while_listing(served: Served, page_size: int, expected: int) -> float:
    """Peak KiB traced while iterating every experiment of ``served`` once.

    Args:
        served: The fake to list from.
        page_size: ``list(page_size=...)``.
        expected: How many experiments it must yield.

    Returns:
        The peak, in KiB, above the traced memory at the start of the loop.
    """
    from posthog_experiments_client import ExperimentsClient

    with ExperimentsClient(
        api_key=served.api_key, project_id=served.project_id, host=served.base_url
    ) as client:
        client.list(page_size=page_size).first_page()  # warm-up: imports, connection
        gc.collect()
        tracemalloc.start()
        try:
            start, _ = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
            count = 0
            for _ in client.list(page_size=page_size):
                count += 1
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    if count != expected:
        raise AssertionError(f"listed {count} experiments, expected {expected}")
    return (peak - start) / 1024


def run(*, quick: bool) -> list[Row]:
    """Measure both sizes, interleaved.

    Args:
        quick: 20 vs 200 experiments, pages of 10, one round (smoke test).

    Returns:
        The B4 row.
    """
    small, large, page_size, rounds = (20, 200, 10, 1) if quick else (2_000, 20_000, 100, 3)
    started = time.perf_counter()
    with fake_server(seeded=small) as small_fake, fake_server(seeded=large) as large_fake:
        results = interleave(
            {
                "small": lambda: peak_while_listing(small_fake, page_size, small),
                "large": lambda: peak_while_listing(large_fake, page_size, large),
            },
            rounds,
        )
    return [
        row(
            "B4 memory",
            f"peak traced KiB iterating `list()` over {large:,} experiments",
            f"the same over {small:,}",
            "KiB",
            results["large"],
            results["small"],
            max_ratio=TARGET,
            notes=(
                f"tracemalloc in the client process; fake in a child process over loopback; "
                f"page_size={page_size}; {rounds} rounds; {time.perf_counter() - started:.0f} s"
            ),
        )
    ]
