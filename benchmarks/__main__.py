"""``python -m benchmarks``: run the benchmarks, print the table, write ``bench/results.json``.

Usage::

    python -m benchmarks                 # all of them, full sizes
    python -m benchmarks --only B2       # one (repeat --only for several)
    python -m benchmarks --quick         # tiny sizes: checks that every benchmark still runs
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from . import b1_import, b2_get, b3_parse, b4_memory, b5_concurrency, b6_results
from ._harness import Row
from ._report import machine, machine_line, table, write_json

BENCHMARKS: dict[str, Callable[..., list[Row]]] = {
    "B1": b1_import.run,
    "B2": b2_get.run,
    "B3": b3_parse.run,
    "B4": b4_memory.run,
    "B5": b5_concurrency.run,
    "B6": b6_results.run,
}
DEFAULT_OUTPUT = Path("bench") / "results.json"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command-line options."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Performance ratios of posthog_experiments_client against baselines.",
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=sorted(BENCHMARKS),
        metavar="B#",
        help=f"run only this benchmark ({', '.join(BENCHMARKS)}); repeat for several",
    )
    parser.add_argument("--quick", action="store_true", help="tiny sizes, a couple of rounds")
    parser.add_argument(
        "--output",
        type=Path,
        default=None,
        help=f"JSON results file (default {DEFAULT_OUTPUT}; bench/results-quick.json with --quick)",
    )
    parser.add_argument(
        "--fail-on-miss", action="store_true", help="exit 1 when a target is missed"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the selected benchmarks.

    Args:
        argv: Command-line arguments (default ``sys.argv[1:]``).

    Returns:
        The exit code: 0, or 1 with ``--fail-on-miss`` when a target was missed.
    """
    args = parse_args(argv)
    selected = args.only or list(BENCHMARKS)
    info = machine()
    print(machine_line(info), flush=True)
    rows: list[Row] = []
    for name in BENCHMARKS:
        if name not in selected:
            continue
        started = time.perf_counter()
        print(f"running {name} ...", end=" ", flush=True)
        rows.extend(BENCHMARKS[name](quick=args.quick))
        print(f"{time.perf_counter() - started:.1f} s", flush=True)
    print()
    if args.quick:
        print("--quick: tiny sizes, to check that the benchmarks run; the ratios mean nothing.\n")
    print(table(rows))
    output = args.output or (
        DEFAULT_OUTPUT.with_name("results-quick.json") if args.quick else DEFAULT_OUTPUT
    )
    options = {"only": selected, "quick": args.quick}
    write_json(output, rows, info, options)
    print(f"\nwrote {output}")
    missed = [r.id for r in rows if r.passed is False]
    if missed:
        print(f"targets missed: {', '.join(missed)}")
    return 1 if missed and args.fail_on_miss else 0


if __name__ == "__main__":
    sys.exit(main())
