"""Regenerate ``posthog_experiments_client/_generated`` from the curated spec, or check it.

    python scripts/generate.py           # regenerate in place, from scratch
    python scripts/generate.py --check   # regenerate in a scratch copy; exit 1 on any difference

Inputs: ``openapi/posthog-experiments.yaml``, ``generator-config.yml`` and ``templates/``, run through
the pinned openapi-python-client and formatted by the pinned ruff with this repo's settings.
``GENERATION.json`` beside the output records the hash of every input and the tool versions, and a
copy of the spec ships in the package so the fake server can serve it (also when vendored).
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import importlib.metadata
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "posthog-experiments.yaml"
CONFIG = ROOT / "generator-config.yml"
TEMPLATES = ROOT / "templates"
TARGET = ROOT / "posthog_experiments_client" / "_generated"
BIN = Path(sys.executable).parent


def _sha256(*paths: Path) -> str:
    digest = hashlib.sha256()
    for path in paths:
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            digest.update(file.relative_to(ROOT).as_posix().encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def _run(*args: str | Path, cwd: Path = ROOT) -> None:
    result = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"{' '.join(map(str, args))} failed:\n{result.stdout}{result.stderr}")


def generate_into(output: Path) -> None:
    """Write a complete generated package to ``output``, which must not exist yet."""
    _run(
        BIN / "openapi-python-client",
        "generate",
        "--path",
        SPEC,
        "--config",
        CONFIG,
        "--custom-template-path",
        TEMPLATES,
        "--meta",
        "none",
        "--output-path",
        output,
    )
    ruff_config = ROOT / "pyproject.toml"
    _run(
        sys.executable,
        "-m",
        "ruff",
        "check",
        "--config",
        ruff_config,
        "--fix-only",
        "--quiet",
        "--exit-zero",
        output,
    )
    _run(sys.executable, "-m", "ruff", "format", "--config", ruff_config, "--quiet", output)
    shutil.copyfile(SPEC, output / "openapi.yaml")
    provenance = {
        "spec": SPEC.relative_to(ROOT).as_posix(),
        "spec_sha256": _sha256(SPEC),
        "generator_config_sha256": _sha256(CONFIG),
        "templates_sha256": _sha256(TEMPLATES),
        "openapi-python-client": importlib.metadata.version("openapi-python-client"),
        "ruff": importlib.metadata.version("ruff"),
    }
    (output / "GENERATION.json").write_text(json.dumps(provenance, indent=2) + "\n")


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def check() -> int:
    with tempfile.TemporaryDirectory(prefix="generate-check-") as scratch:
        fresh = Path(scratch) / "_generated"
        generate_into(fresh)
        expected, actual = _tree(fresh), _tree(TARGET) if TARGET.exists() else {}
    problems: list[str] = []
    for name in sorted(expected.keys() - actual.keys()):
        problems.append(f"missing (generation would add it): {name}")
    for name in sorted(actual.keys() - expected.keys()):
        problems.append(f"extra (generation would remove it): {name}")
    for name in sorted(expected.keys() & actual.keys()):
        if expected[name] != actual[name]:
            diff = difflib.unified_diff(
                actual[name].decode(errors="replace").splitlines(),
                expected[name].decode(errors="replace").splitlines(),
                f"committed/{name}",
                f"regenerated/{name}",
                lineterm="",
                n=1,
            )
            problems.append(f"differs: {name}\n" + "\n".join(list(diff)[:40]))
    if problems:
        print("Generated code is out of date; run `make generate` and commit the result.")
        print("\n".join(problems))
        return 1
    print(f"Generated code is current ({len(expected)} files).")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with a fresh generation")
    if parser.parse_args().check:
        return check()
    with tempfile.TemporaryDirectory(prefix="generate-") as scratch:
        fresh = Path(scratch) / "_generated"
        generate_into(fresh)
        shutil.rmtree(TARGET, ignore_errors=True)
        shutil.copytree(fresh, TARGET)
    print(f"Regenerated {TARGET.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
