"""Regenerate ``posthog_experiments_client/_generated`` from the curated spec, or check it.

    python scripts/generate.py           # regenerate in place, from scratch
    python scripts/generate.py --check   # regenerate in a scratch copy; exit 1 on any difference

Inputs: ``openapi/posthog-experiments.yaml``, ``generator-config.yml`` and ``templates/``, run through
the pinned openapi-python-client and formatted by the pinned ruff with this repo's settings.
``scripts/writable_fields.py`` then derives the façade's create/update arguments from the same
spec, and ``--check`` also compares the pinned generator's templates with the upstream bases
recorded in ``templates/UPSTREAM.json``. ``GENERATION.json`` beside the output records the hash of every input and the tool versions, and a
copy of the spec ships in the package so the fake server can serve it (also when vendored).
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import importlib.metadata
import importlib.util
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


UPSTREAM = TEMPLATES / "UPSTREAM.json"
UPSTREAM_TEMPLATES = (
    Path(importlib.util.find_spec("openapi_python_client").origin).parent / "templates"
)  # type: ignore[arg-type, union-attr]


def _upstream_hashes() -> dict[str, str]:
    """The pinned generator's own copy of each template we keep an edited copy of."""
    ours = sorted(p.relative_to(TEMPLATES).as_posix() for p in TEMPLATES.rglob("*.jinja"))
    return {
        name: hashlib.sha256((UPSTREAM_TEMPLATES / name).read_bytes()).hexdigest()
        if (UPSTREAM_TEMPLATES / name).exists()
        else "no upstream template"
        for name in ours
    }


def check_template_bases() -> int:
    """Compare the pinned generator's templates with the upstream bases ours were edited from.

    ``templates/UPSTREAM.json`` records, for each template in ``templates/``, the generator version
    and the hash of the upstream template it was copied from. After a generator upgrade, every
    template whose upstream changed is listed: diff the old and new upstream and merge again.
    """
    recorded = json.loads(UPSTREAM.read_text())
    version = importlib.metadata.version("openapi-python-client")
    current = _upstream_hashes()
    problems = [
        f"{name}: upstream differs from the recorded base (openapi-python-client "
        f"{recorded['openapi-python-client']} -> {version}); merge its changes into "
        f"templates/{name}, then run `scripts/generate.py --record-template-bases`"
        for name, digest in current.items()
        if recorded["templates"].get(name) != digest
    ]
    problems += [
        f"{name}: recorded in UPSTREAM.json but not in templates/"
        for name in sorted(recorded["templates"].keys() - current.keys())
    ]
    if problems:
        print("Template bases:\n" + "\n".join(problems))
        return 1
    print(f"Templates follow openapi-python-client {version} ({len(current)} bases match).")
    return 0


def record_template_bases() -> None:
    version = importlib.metadata.version("openapi-python-client")
    record = {"openapi-python-client": version, "templates": _upstream_hashes()}
    UPSTREAM.write_text(json.dumps(record, indent=2) + "\n")
    print(f"Recorded the upstream bases of {len(record['templates'])} templates ({version}).")


def _writable_fields(*args: str) -> int:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "writable_fields.py"), *args]
    ).returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with a fresh generation")
    parser.add_argument(
        "--record-template-bases",
        action="store_true",
        help="record the pinned generator's templates as the bases of templates/",
    )
    args = parser.parse_args()
    if args.record_template_bases:
        record_template_bases()
        return 0
    if args.check:
        results = [check_template_bases(), check(), _writable_fields("--check")]
        return 1 if any(results) else 0
    with tempfile.TemporaryDirectory(prefix="generate-") as scratch:
        fresh = Path(scratch) / "_generated"
        generate_into(fresh)
        shutil.rmtree(TARGET, ignore_errors=True)
        shutil.copytree(fresh, TARGET)
    print(f"Regenerated {TARGET.relative_to(ROOT)}.")
    return _writable_fields()


if __name__ == "__main__":
    sys.exit(main())
