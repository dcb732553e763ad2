"""Derive the sync twins from the async sources, as httpcore does.

    python scripts/unasync.py          # rewrite _client.py, _results.py and _pagination.py
    python scripts/unasync.py --check  # exit 1 if one is out of date

The twins then differ only in ``async``/``await`` and names; everything else is shared code.
A rule that matches nothing fails the run, so a stale rule cannot hide.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "posthog_experiments_client"

# Rules common to every pair; each is (pattern, replacement), applied in order.
COMMON: list[tuple[str, str]] = [
    (r"\basync def ", "def "),
    (r"\bawait ", ""),
]

# source -> (target, its docstring, its own rules, applied before COMMON).
PAIRS: dict[str, tuple[str, str, list[tuple[str, str]]]] = {
    "_async_client.py": (
        "_client.py",
        '''"""``ExperimentsClient``: the synchronous client.

Generated from ``_async_client.py`` by ``scripts/unasync.py``; edit that file, then run
``make generate``. Everything that is not I/O lives in ``_operations``, ``_responses``,
``_arguments``, ``_config``, ``_pools`` and ``_retry``.
"""
''',
        [
            (r"\bAsyncExperimentsClient\b", "ExperimentsClient"),
            (r"\bAsyncRawResponseView\b", "RawResponseView"),
            (r"\bAsyncPager\b", "SyncPager"),
            (r"\b_async_pagination\b", "_pagination"),
            (r"\bAsyncPools\b", "SyncPool"),
            (r"\b_async_(holdouts|saved_metrics)\b", r"_\1"),
            (r"\bAsync(Holdouts|SavedMetrics)(RawView)?\b", r"\1\2"),
            (r"\braw_async\b", "raw_sync"),
            (r"\bAsyncResultsReader\b", "ResultsReader"),
            (r"\b_async_results\b", "_results"),
            (r"\bhttpx\.AsyncClient\b", "httpx.Client"),
            (r"\bhttpx\.AsyncBaseTransport\b", "httpx.BaseTransport"),
            (r"async def __aenter__", "def __enter__"),
            (r"async def __aexit__", "def __exit__"),
            (r"\baclose\b", "close"),
            (r"_retry\.async_sleep\b", "_retry.sleep"),
            (r"\baiter_raw\b", "iter_raw"),
            (r"Awaitable\[(\w+)\]", r"\1"),
            (
                r"Client for PostHog's Experiments API, for asyncio and trio\.",
                "Client for PostHog's Experiments API, for synchronous code.",
            ),
            (r"\(for example in a FastAPI lifespan\)", "(for example at module level)"),
            (r", and it must stay on the event loop that first used it\)", ")"),
            (
                r"``async for experiment in client\.list\(\.\.\.\)``",
                "``for experiment in client.list(...)``",
            ),
            (
                r"``await client\.list\(\.\.\.\)`` returns the first page",
                "``client.list(...).first_page()`` returns the first page",
            ),
            (r"\basync for ", "for "),
        ],
    ),
    "_async_results.py": (
        "_results.py",
        '''"""``ResultsReader``: the queries of ``results()`` for the synchronous client.

Generated from ``_async_results.py`` by ``scripts/unasync.py``; edit that file, then run
``make generate``. The queries of one call run on a bounded thread pool.
"""
''',
        [
            (r"\bAsyncResultsReader\b", "ResultsReader"),
            (r"\bAsyncExperimentsClient\b", "ExperimentsClient"),
            (r"\b_async_client\b", "_client"),
            (r"\basync_gather_bounded\b", "gather_bounded"),
            (r"\basync_shielded\b", "shielded"),
            (r"_retry\.async_sleep\b", "_retry.sleep"),
        ],
    ),
    "_async_pagination.py": (
        "_pagination.py",
        '''"""``SyncPager``: lazy iteration over PostHog's pages of experiments, eligible flags,
holdouts or saved metrics.

Generated from ``_async_pagination.py`` by ``scripts/unasync.py``; edit that file, then run
``make generate``. What an iteration guarantees is explained there.
"""
''',
        [
            (r"\bAsyncResourcePager\b", "ResourcePager"),
            (r"\bAsyncPager\b", "SyncPager"),
            (r"\bAsyncExperimentsClient\b", "ExperimentsClient"),
            (r",\s+plain\s+methods \(no ``await`` needed\)", ""),
            (r"``async for experiment in pager``", "``for experiment in pager``"),
            (r"``await pager\.first_page\(\)``", "``pager.first_page()``"),
            (r"\bAsyncIterator\b", "Iterator"),
            (r"Awaitable\[(\w+\[\w+\])\]", r"\1"),
            (r"__aiter__", "__iter__"),
            (r"\basync for ", "for "),
            (r"(?s)\n[ ]*# <async only>\n.*?# </async only>\n", "\n"),
        ],
    ),
    "_async_resources.py": (
        "_resources.py",
        '''"""``SyncResource``: what ``client.holdouts`` and ``client.saved_metrics`` share.

Generated from ``_async_resources.py`` by ``scripts/unasync.py``; edit that file, then run
``make generate``. Their lists page with the experiments' own pager (``_pagination``).
"""
''',
        [
            (r"\bAsyncPager\b", "SyncPager"),
            (r"\b_async_pagination\b", "_pagination"),
            (r"\bAsyncResource\b", "SyncResource"),
            (r"\bAsyncExperimentsClient\b", "ExperimentsClient"),
            (r"\b_async_client\b", "_client"),
        ],
    ),
    **{
        f"_async_{name}.py": (
            f"_{name}.py",
            f'''"""``client.{name}`` on ``ExperimentsClient``: the synchronous twin.

Generated from ``_async_{name}.py`` by ``scripts/unasync.py``; edit that file, then run
``make generate``. Requests are built in ``_resource_operations``.
"""
''',
            [
                (rf"\bAsync{cls}RawView\b", f"{cls}RawView"),
                (rf"\bAsync{cls}\b", cls),
                (r"\bAsyncResourcePager\b", "ResourcePager"),
                (r"\bAsyncResource\b", "SyncResource"),
                (r"\b_async_resources\b", "_resources"),
                (r"\b_async_pagination\b", "_pagination"),
                (r"\bAsyncExperimentsClient\b", "ExperimentsClient"),
                (r"\b_async_client\b", "_client"),
                (r"\braw_async\b", "raw_sync"),
            ],
        )
        for name, cls in (("holdouts", "Holdouts"), ("saved_metrics", "SavedMetrics"))
    },
}


class StaleRule(Exception):
    pass


def _apply(rules: list[tuple[str, str]], text: str, source: str) -> str:
    for pattern, replacement in rules:
        text, count = re.subn(pattern, replacement, text)
        if count == 0:
            # A rule that matches nothing is stale: fail rather than hide it (as httpcore does).
            raise StaleRule(f"{source}: rule {pattern!r} matches nothing")
    return text


def _ruff(args: list[str], text: str, target: Path) -> str:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            *args,
            "--config",
            str(ROOT / "pyproject.toml"),
            "--stdin-filename",
            str(target),
            "-",
        ],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def render(source_name: str) -> tuple[Path, str]:
    target_name, header, rules = PAIRS[source_name]
    target = PACKAGE / target_name
    body = (PACKAGE / source_name).read_text().split('"""', 2)[2]  # drop the module docstring
    body = _apply(rules + COMMON, body, source_name)
    text = _ruff(["format"], header + body, target)
    text = _ruff(["check", "--fix-only", "--exit-zero", "--quiet"], text, target)
    return target, text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a twin is out of date")
    check = parser.parse_args().check
    stale = 0
    for source in PAIRS:
        try:
            target, expected = render(source)
        except StaleRule as exc:
            print(exc)
            return 1
        name = target.relative_to(ROOT)
        current = target.exists() and target.read_text() == expected
        if check:
            print(
                f"{name} is current." if current else f"{name} is out of date; run `make generate`."
            )
            stale += not current
        elif not current:
            target.write_text(expected)
            print(f"Wrote {name}.")
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
