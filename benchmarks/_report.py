"""The results table (printed) and its JSON file (for comparing runs)."""

from __future__ import annotations

import datetime
import json
import os
import platform
import sys
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

from ._harness import Row


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    versions: dict[str, str | None] = {}
    for package in ("httpx", "pydantic", "posthog-experiments-client"):
        try:
            versions[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            versions[package] = None
    return {
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "processor": platform.processor() or None,
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "python_executable": sys.executable,
        "packages": versions,
    }


def _fmt(value: float) -> str:
    if value >= 1000:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def _verdict(passed: bool | None) -> str:
    return {True: "pass", False: "MISS", None: "-"}[passed]


def table(rows: Sequence[Row]) -> str:
    """Render the rows as a fixed-width text table followed by per-row notes.

    Args:
        rows: Results, in order.

    Returns:
        The table.
    """
    headers = ["#", "unit", "subject", "baseline", "ratio median [min-max]", "target", "result"]
    lines = [
        [
            r.id,
            r.unit,
            _fmt(r.subject.median),
            _fmt(r.baseline_stats.median),
            f"{r.ratio.median:.2f}x [{r.ratio.min:.2f}-{r.ratio.max:.2f}]",
            r.target or "-",
            _verdict(r.passed),
        ]
        for r in rows
    ]
    widths = [
        max(len(str(cell)) for cell in column) for column in zip(headers, *lines, strict=True)
    ]

    def render(cells: Sequence[str]) -> str:
        return "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True))

    out = [render(headers), render(["-" * w for w in widths])]
    out.extend(render(line) for line in lines)
    out.append("")
    for r in rows:
        out.append(f"{r.id}: {r.what} vs {r.baseline}")
        if r.notes:
            out.append(f"    {r.notes}")
    return "\n".join(out)


def machine_line(info: dict[str, Any]) -> str:
    """One line naming the machine."""
    return (
        f"machine: {info['cpu_count']} CPUs, {info['platform']}, {info['python']}, "
        f"httpx {info['packages']['httpx']}, pydantic {info['packages']['pydantic']}"
    )


def write_json(path: Path, rows: Sequence[Row], info: dict[str, Any], args: dict[str, Any]) -> None:
    """Write the results, the machine and the arguments to ``path`` (parents created).

    Args:
        path: Output file.
        rows: Results.
        info: ``machine()``.
        args: The command-line options used.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": info,
        "options": args,
        "results": [r.to_json() for r in rows],
    }
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
