"""Run the test suite under every supported Python, or with the lowest and newest dependencies.

    python scripts/matrix.py pythons [--versions 3.10,3.13] [--skip-current] [--light] [--require-all]
    python scripts/matrix.py bounds [--only lowest|newest] [--light]

``pythons`` finds an interpreter for each version the package supports (the ``Programming
Language :: Python :: 3.x`` classifiers of ``pyproject.toml``): first under ``pyenv root``, then
``python3.x`` on ``PATH``. Each gets its own virtualenv, ``.venv-3.x``, created and refreshed here
whenever ``pyproject.toml`` changes, with the project and its dev extra installed.

``bounds`` runs the suite twice: with the lowest versions ``pyproject.toml`` allows for the
runtime dependencies (``.venv-lowest``, on the oldest supported Python found) and with the newest
versions the bounds allow (``.venv-newest``, on the newest supported Python found).

``--light`` leaves out the long-running property-based and schemathesis modules (see
``LIGHT_EXCLUDES``); the README says what that covers. ``--skip-current`` leaves out the version
of the interpreter running this script (``.ci/run``: ``make test`` has just run the whole suite
on it).

Each run prints one line per environment (interpreter, counts, time), the versions that were
missing, and exits 1 when a run failed (or, with ``--require-all``, when a version is missing).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
RUNTIME_DEPENDENCIES = ("httpx", "attrs", "python-dateutil")

# Modules left out by --light: they exercise parsers and the fake with generated data, which the
# full run on the default interpreter covers; the rest of the suite still runs.
LIGHT_EXCLUDES = ("tests/fuzz", "tests/fake/test_fake_schemathesis.py", "tests/bench")


@dataclass
class Outcome:
    """What one environment's run gave.

    Attributes:
        label: The environment, e.g. ``3.12`` or ``lowest``.
        interpreter: The base interpreter used.
        ok: Whether set-up and tests passed.
        summary: pytest's closing counts, or why the run did not happen.
        seconds: Wall time of the test run.
    """

    label: str
    interpreter: str
    ok: bool
    summary: str
    seconds: float


def supported_versions() -> list[str]:
    """The ``3.x`` versions listed in the classifiers of ``pyproject.toml``, oldest first."""
    text = PYPROJECT.read_text(encoding="utf-8")
    found = set(re.findall(r'"Programming Language :: Python :: (3\.\d+)"', text))
    return sorted(found, key=lambda v: tuple(int(p) for p in v.split(".")))


def lowest_bounds() -> dict[str, str]:
    """The ``>=`` lower bound of each runtime dependency in ``pyproject.toml``."""
    text = PYPROJECT.read_text(encoding="utf-8")
    block = re.search(r"^dependencies = \[(.*?)^\]", text, re.S | re.M)
    if block is None:
        raise SystemExit("matrix: no dependencies list in pyproject.toml")
    bounds = {}
    for name in RUNTIME_DEPENDENCIES:
        match = re.search(rf'"{re.escape(name)}>=([\w.]+)', block.group(1))
        if match is None:
            raise SystemExit(f"matrix: {name} has no '>=' lower bound in pyproject.toml")
        bounds[name] = match.group(1)
    return bounds


def _pyenv_root() -> Path | None:
    if os.environ.get("PYENV_ROOT"):
        return Path(os.environ["PYENV_ROOT"])
    pyenv = shutil.which("pyenv")
    if pyenv:
        done = subprocess.run([pyenv, "root"], capture_output=True, text=True, check=False)
        if done.returncode == 0 and done.stdout.strip():
            return Path(done.stdout.strip())
    return None


def _reports_version(interpreter: Path, version: str) -> bool:
    try:
        done = subprocess.run(
            [str(interpreter), "-c", "import sys; print('%d.%d' % sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0 and done.stdout.strip() == version


def find_interpreter(version: str) -> Path | None:
    """A CPython ``version`` (``3.x``): the newest patch under ``pyenv root``, else on PATH."""
    candidates: list[Path] = []
    root = _pyenv_root()
    if root is not None:
        installs = sorted(
            (root / "versions").glob(f"{version}.*"),
            key=lambda p: [int(x) if x.isdigit() else -1 for x in p.name.split(".")],
            reverse=True,
        )
        candidates += [install / "bin" / f"python{version}" for install in installs]
    on_path = shutil.which(f"python{version}")
    if on_path:
        candidates.append(Path(on_path))
    return next((c for c in candidates if c.exists() and _reports_version(c, version)), None)


def _run(command: Sequence[str], log: Path) -> bool:
    """Run a set-up command, appending its output to ``log``."""
    with log.open("a", encoding="utf-8") as out:
        out.write(f"$ {' '.join(command)}\n")
        out.flush()
        done = subprocess.run(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, check=False)
    return done.returncode == 0


def ensure_venv(
    venv: Path, interpreter: Path, extra_args: Sequence[str] = (), after: Sequence[str] = ()
) -> str | None:
    """Create or refresh ``venv`` with the project and its dev extra; return an error or None.

    The venv is rebuilt when ``pyproject.toml``, the interpreter or the install arguments change
    (a stamp file records them).
    """
    recipe = "\n".join([str(interpreter), *extra_args, "|", *after, PYPROJECT.read_text("utf-8")])
    digest = hashlib.sha256(recipe.encode()).hexdigest()
    stamp = venv / ".matrix-stamp"
    if stamp.exists() and stamp.read_text(encoding="utf-8") == digest:
        return None
    log = venv.with_name(venv.name + ".log")
    log.write_text("", encoding="utf-8")
    python = venv / "bin" / "python"
    steps = [
        [str(interpreter), "-m", "venv", "--clear", str(venv)],
        [str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
        [str(python), "-m", "pip", "install", "--quiet", "-e", ".[dev]", *extra_args],
    ]
    if after:
        steps.append([str(python), "-m", "pip", "install", "--quiet", *after])
    for step in steps:
        if not _run(step, log):
            tail = log.read_text(encoding="utf-8").splitlines()[-15:]
            print("\n".join(f"    {line}" for line in tail), flush=True)
            return f"set-up failed (see {log.relative_to(ROOT)})"
    stamp.write_text(digest, encoding="utf-8")
    return None


def _same(installed: str, bound: str) -> bool:
    """Whether two release numbers are equal, ignoring trailing zeros (``0.27`` is ``0.27.0``)."""

    def release(text: str) -> list[str]:
        parts = text.split(".")
        while len(parts) > 1 and parts[-1] == "0":
            parts.pop()
        return parts

    return release(installed) == release(bound)


def installed_versions(venv: Path) -> str:
    """``name==version`` of the runtime dependencies installed in ``venv``."""
    code = (
        "import importlib.metadata as m; "
        f"print(' '.join(n + '==' + m.version(n) for n in {RUNTIME_DEPENDENCIES!r}))"
    )
    done = subprocess.run(
        [str(venv / "bin" / "python"), "-c", code], capture_output=True, text=True, check=False
    )
    return done.stdout.strip() or done.stderr.strip()


def run_suite(label: str, venv: Path, interpreter: Path, *, light: bool) -> Outcome:
    """Run pytest in ``venv``, streaming its output, and summarise the closing line."""
    command = [str(venv / "bin" / "python"), "-m", "pytest", "-q", "-rs"]
    if light:
        command += [f"--ignore={path}" for path in LIGHT_EXCLUDES]
    print(f"--- {label}: {' '.join(command[1:])}", flush=True)
    started = time.monotonic()
    lines: list[str] = []
    with subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            sys.stdout.write(line)
            lines.append(line.rstrip("\n"))
        code = process.wait()
    seconds = time.monotonic() - started
    closing = next((line.strip("= ") for line in reversed(lines) if " in " in line), "")
    closing = re.sub(r"\s+in [\d.]+s.*$", "", closing) or f"pytest exited {code}"
    return Outcome(label, str(interpreter), code == 0, closing, seconds)


def print_summary(title: str, outcomes: Sequence[Outcome], missing: Sequence[str]) -> None:
    print(f"\n{title}", flush=True)
    for outcome in outcomes:
        status = "ok    " if outcome.ok else "FAILED"
        print(
            f"  {outcome.label:<8} {status} {outcome.summary} ({outcome.seconds:.0f} s)"
            f"  [{outcome.interpreter}]"
        )
    print(f"  missing: {', '.join(missing) if missing else 'none'}", flush=True)


def cmd_pythons(args: argparse.Namespace) -> int:
    supported = supported_versions()
    wanted = args.versions.split(",") if args.versions else supported
    unknown = sorted(set(wanted) - set(supported))
    if unknown:
        print(f"matrix: not supported by pyproject.toml: {', '.join(unknown)}", file=sys.stderr)
        return 2
    skipped: list[str] = []
    if args.skip_current:
        current = f"{sys.version_info.major}.{sys.version_info.minor}"
        skipped = [v for v in wanted if v == current]
        wanted = [v for v in wanted if v != current]
        for version in skipped:
            print(f"--- {version}: skipped, the interpreter running this script ({sys.executable})")
    outcomes: list[Outcome] = []
    missing: list[str] = []
    for version in wanted:
        interpreter = find_interpreter(version)
        if interpreter is None:
            print(f"--- {version}: no interpreter found (pyenv root or python{version} on PATH)")
            missing.append(version)
            continue
        venv = ROOT / f".venv-{version}"
        print(f"--- {version}: {interpreter} -> {venv.name}", flush=True)
        error = ensure_venv(venv, interpreter)
        if error:
            outcomes.append(Outcome(version, str(interpreter), False, error, 0.0))
            continue
        outcomes.append(run_suite(version, venv, interpreter, light=args.light))
    print_summary(f"Python matrix ({'light' if args.light else 'full'} suite)", outcomes, missing)
    if skipped:
        print(f"  skipped: {', '.join(skipped)} (--skip-current)", flush=True)
    if not outcomes and not skipped:
        print("matrix: no supported interpreter found", file=sys.stderr)
        return 1
    failed = any(not outcome.ok for outcome in outcomes)
    return 1 if failed or (args.require_all and missing) else 0


def cmd_bounds(args: argparse.Namespace) -> int:
    found = [(v, find_interpreter(v)) for v in supported_versions()]
    available = [(v, i) for v, i in found if i is not None]
    if not available:
        print("matrix: no supported interpreter found", file=sys.stderr)
        return 1
    lowest = lowest_bounds()
    constraints = ROOT / ".venv-lowest.constraints.txt"
    constraints.write_text(
        "".join(f"{name}=={version}\n" for name, version in lowest.items()), encoding="utf-8"
    )
    plans = [
        # The lowest bounds, on the oldest Python: what a conservative application pins.
        ("lowest", available[0], ["--constraint", str(constraints)], []),
        # The newest releases the bounds allow, on the newest Python.
        ("newest", available[-1], [], ["--upgrade", *RUNTIME_DEPENDENCIES]),
    ]
    outcomes: list[Outcome] = []
    for label, (version, interpreter), extra, after in plans:
        if args.only and label != args.only:
            continue
        assert interpreter is not None
        venv = ROOT / f".venv-{label}"
        print(f"--- {label}: Python {version} ({interpreter}) -> {venv.name}", flush=True)
        error = ensure_venv(venv, interpreter, extra, after)
        if error:
            outcomes.append(Outcome(label, str(interpreter), False, error, 0.0))
            continue
        versions = installed_versions(venv)
        print(f"--- {label}: {versions}", flush=True)
        if label == "lowest":
            got = dict(item.split("==", 1) for item in versions.split() if "==" in item)
            wrong = [f"{n}=={v}" for n, v in lowest.items() if not _same(got.get(n, ""), v)]
            if wrong:
                summary = f"lowest bounds not installed: {', '.join(wrong)}"
                outcomes.append(Outcome(label, str(interpreter), False, summary, 0.0))
                continue
        outcome = run_suite(label, venv, interpreter, light=args.light)
        outcome.summary = f"{outcome.summary}; {versions}"
        outcomes.append(outcome)
    print_summary("Dependency bounds", outcomes, [])
    return 0 if all(outcome.ok for outcome in outcomes) else 1


def main(argv: Sequence[str] | None = None) -> int:
    # A shell without job control starts background commands with SIGINT ignored, and children
    # inherit that; the suite sends SIGINT to the fake server, so give the children the default.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    parser = argparse.ArgumentParser(prog="matrix.py", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    pythons = commands.add_parser("pythons", help="the suite under every supported Python")
    pythons.add_argument("--versions", help="comma-separated subset, e.g. 3.10,3.13")
    pythons.add_argument("--require-all", action="store_true", help="a missing version fails")
    pythons.add_argument(
        "--skip-current",
        action="store_true",
        help="leave out the version of the Python running this script",
    )
    bounds = commands.add_parser("bounds", help="the suite with the lowest and newest dependencies")
    bounds.add_argument("--only", choices=("lowest", "newest"), help="run one end only")
    for sub in (pythons, bounds):
        sub.add_argument("--light", action="store_true", help="leave out LIGHT_EXCLUDES")
    args = parser.parse_args(argv)
    return cmd_pythons(args) if args.command == "pythons" else cmd_bounds(args)


if __name__ == "__main__":
    sys.exit(main())
