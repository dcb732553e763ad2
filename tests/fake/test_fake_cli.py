"""``python -m posthog_experiments_client.testing serve``."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys

import httpx
import pytest


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.skipif(sys.platform == "win32", reason="uses SIGINT")
# "ignored": started the way a shell without job control starts a background command, with
# SIGINT ignored and inherited; Ctrl-C must still stop the server.
@pytest.mark.parametrize("inherited_sigint", ["default", "ignored"])
def test_serve_prints_connection_details_and_stops_on_ctrl_c(inherited_sigint: str) -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "posthog_experiments_client.testing",
            "serve",
            "--port",
            "0",
            "--seed-experiments",
            "3",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        preexec_fn=_ignore_sigint if inherited_sigint == "ignored" else None,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(3)]
        base_url = re.search(r"listening on (http://127\.0\.0\.1:\d+)", lines[0])
        key = re.search(r"API key:\s+(phx_\S+)", lines[1])
        project = re.search(r"Project id:\s+(\d+)", lines[2])
        assert base_url, lines
        assert key, lines
        assert project, lines
        response = httpx.get(
            f"{base_url.group(1)}/api/projects/{project.group(1)}/experiments/",
            headers={"Authorization": f"Bearer {key.group(1)}"},
        )
        assert response.status_code == 200
        assert response.json()["count"] == 3
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=10)
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr
