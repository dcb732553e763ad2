"""Every code block of README.md runs here, against the fake PostHog, so the docs cannot drift.

Python blocks are executed in order, each in a fresh namespace, with ``POSTHOG_*`` pointing at a
fake served on a loopback socket. A block that defines a FastAPI ``app`` is then exercised through
its lifespan. Shell blocks are checked for what can be checked here: the make targets and scripts
they name exist.
"""

from __future__ import annotations

import io
import re
import shlex
from collections.abc import Iterator
from contextlib import redirect_stdout
from pathlib import Path

import pytest

import posthog_experiments_client as pec
from posthog_experiments_client.testing import FakePostHog

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
FENCE = re.compile(r"^```(\w+)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def _blocks(language: str) -> list[tuple[int, str]]:
    text = README.read_text()
    return [
        (text.count("\n", 0, match.start()) + 1, match.group(2))
        for match in FENCE.finditer(text)
        if match.group(1) == language
    ]


@pytest.fixture(scope="module")
def fake_env() -> Iterator[FakePostHog]:
    fake = FakePostHog()
    with fake.serve() as base_url, pytest.MonkeyPatch.context() as patch:
        patch.setenv("POSTHOG_PERSONAL_API_KEY", fake.api_key)
        patch.setenv("POSTHOG_PROJECT_ID", str(fake.project_id))
        patch.setenv("POSTHOG_HOST", base_url)
        pec.set_testing(True)
        yield fake
        pec.set_testing(False)


def test_readme_has_python_blocks() -> None:
    assert len(_blocks("python")) >= 10


@pytest.mark.parametrize(
    ("line", "code"), _blocks("python"), ids=lambda v: str(v) if isinstance(v, int) else ""
)
def test_python_block_runs(line: int, code: str, fake_env: FakePostHog) -> None:
    namespace: dict[str, object] = {"__name__": f"readme_line_{line}"}
    with redirect_stdout(io.StringIO()):
        exec(compile(code, f"{README}:{line}", "exec"), namespace)
    app = namespace.get("app")
    if app is not None:
        from fastapi.testclient import TestClient

        with pec.ExperimentsClient() as client:
            experiment = client.create(
                name="Served by FastAPI", feature_flag_key="served-by-fastapi"
            )
        with TestClient(app) as http:  # type: ignore[arg-type]
            found = http.get(f"/experiments/{experiment.id}")
            assert found.status_code == 200
            assert found.json() == {
                "id": experiment.id,
                "name": "Served by FastAPI",
                "flag": "served-by-fastapi",
            }
            assert http.get("/experiments/999999").status_code == 404
            assert http.get("/experiments/0").status_code == 404
            assert http.get("/experiments/-1").status_code == 404


def test_shell_blocks_name_real_targets_and_scripts() -> None:
    makefile = (ROOT / "Makefile").read_text()
    targets = set(re.findall(r"^([a-z][\w-]*):", makefile, re.MULTILINE))
    checked = 0
    for _, code in _blocks("sh"):
        for raw in code.splitlines():
            command = raw.split("#", 1)[0].strip()
            if not command:
                continue
            words = shlex.split(command)
            if words[0] == "make":
                assert words[1] in targets, command
                checked += 1
            elif words[0] == "python" and words[1].startswith("scripts/"):
                assert (ROOT / words[1]).is_file(), command
                checked += 1
    assert checked >= 6
