"""Derive the sync client ``_client.py`` from the async one, as httpcore does.

    python scripts/unasync.py          # rewrite posthog_experiments_client/_client.py
    python scripts/unasync.py --check  # exit 1 if it is out of date

The twins then differ only in ``async``/``await`` and names; everything else is shared code.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "posthog_experiments_client" / "_async_client.py"
TARGET = ROOT / "posthog_experiments_client" / "_client.py"

HEADER = '''"""``ExperimentsClient``: the synchronous client.

Generated from ``_async_client.py`` by ``scripts/unasync.py``; edit that file, then run
``make generate``. Everything that is not I/O lives in ``_operations``, ``_responses``,
``_pagination``, ``_arguments``, ``_config`` and ``_retry``.
"""
'''

# Applied in order; each is (pattern, replacement).
REPLACEMENTS: list[tuple[str, str]] = [
    (r"\bAsyncExperimentsClient\b", "ExperimentsClient"),
    (r"\bAsyncRawResponseView\b", "RawResponseView"),
    (r"\bAsyncPager\b", "SyncPager"),
    (r"\bhttpx\.AsyncClient\b", "httpx.Client"),
    (r"\bhttpx\.AsyncBaseTransport\b", "httpx.BaseTransport"),
    (r"async def __aenter__", "def __enter__"),
    (r"async def __aexit__", "def __exit__"),
    (r"\baclose\b", "close"),
    (r"_retry\.async_sleep\b", "_retry.sleep"),
    (
        r"Client for PostHog's Experiments API, for asyncio and trio\.",
        "Client for PostHog's Experiments API, for synchronous code.",
    ),
    (r"\(for example in a FastAPI lifespan\)", "(for example at module level)"),
    (
        r"``async for experiment in client\.list\(\.\.\.\)``",
        "``for experiment in client.list(...)``",
    ),
    (
        r"``await client\.list\(\.\.\.\)`` returns the first page",
        "``client.list(...).first_page()`` returns the first page",
    ),
    (r"\basync def ", "def "),
    (r"\basync for ", "for "),
    (r"\basync with ", "with "),
    (r"\bawait ", ""),
]


def render() -> str:
    source = SOURCE.read_text()
    body = source.split('"""', 2)[2]  # drop the module docstring
    for pattern, replacement in REPLACEMENTS:
        body = re.sub(pattern, replacement, body)
    text = HEADER + body
    formatted = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "format",
            "--config",
            str(ROOT / "pyproject.toml"),
            "--stdin-filename",
            str(TARGET),
            "-",
        ],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    fixed = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--config",
            str(ROOT / "pyproject.toml"),
            "--fix-only",
            "--exit-zero",
            "--quiet",
            "--stdin-filename",
            str(TARGET),
            "-",
        ],
        input=formatted,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return fixed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if _client.py is out of date")
    expected = render()
    if parser.parse_args().check:
        if not TARGET.exists() or TARGET.read_text() != expected:
            print(f"{TARGET.relative_to(ROOT)} is out of date; run `make generate`.")
            return 1
        print(f"{TARGET.relative_to(ROOT)} is current.")
        return 0
    TARGET.write_text(expected)
    print(f"Wrote {TARGET.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
