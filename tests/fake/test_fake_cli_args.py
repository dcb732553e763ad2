"""The ``serve`` command's options and mistakes: each mistake is one line on stderr and exit 2, and
what it prints (a URL and ``export`` lines) configures both clients as they are."""

from __future__ import annotations

import os
import re
import shlex
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

import posthog_experiments_client as pec
from posthog_experiments_client.testing.__main__ import main

COMMAND = [sys.executable, "-m", "posthog_experiments_client.testing", "serve"]
ENV = {**os.environ, "PYTHONUNBUFFERED": "1"}

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uses SIGINT")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, *args], capture_output=True, text=True, env=ENV, timeout=30, check=False
    )


def _assert_one_line_usage_error(result: subprocess.CompletedProcess[str], fragment: str) -> None:
    assert result.returncode == 2, result
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert fragment in lines[0]


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--port", "80000"], "--port: must be a number from 0 to 65535"),
        (["--port", "-1"], "--port: must be a number from 0 to 65535"),
        (["--port", "http"], "--port: must be a number from 0 to 65535"),
        (["--project-id", "0"], "--project-id: must be a positive numeric id"),
        (["--project-id", "²"], "--project-id: must be a positive numeric id"),
        (["--api-key", "phx_a\u200bb"], "U+200B ZERO WIDTH SPACE at position 6"),
        (["--seed-experiments", "-3"], "--seed-experiments: must be a number 0 or more"),
        (["--posthog-version", "2024"], "--posthog-version: invalid choice: '2024'"),
        (["--no-such-option"], "unrecognized arguments"),
    ],
)
def test_a_bad_option_is_one_line_and_exit_2(args: list[str], fragment: str) -> None:
    _assert_one_line_usage_error(_run(*args), fragment)


def test_bad_options_exit_2_in_process_too(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["serve", "--port", "80000"])
    assert caught.value.code == 2
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_a_busy_port_is_one_line_and_exit_2() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = _run("--port", str(port))
    _assert_one_line_usage_error(result, f"cannot listen on 127.0.0.1 port {port}")
    assert "already in use" in result.stderr


def test_an_address_that_cannot_be_bound_is_one_line_and_exit_2() -> None:
    _assert_one_line_usage_error(
        _run("--host", "no-such-host.invalid", "--port", "0"), "cannot listen on"
    )


@contextmanager
def _serving(*args: str) -> Iterator[list[str]]:
    """Run ``serve`` with ``args`` until its banner is out; yield the banner's lines."""
    process = subprocess.Popen(
        [*COMMAND, "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    try:
        assert process.stdout is not None
        lines: list[str] = []
        while not lines or not lines[-1].startswith("Press Ctrl-C"):
            line = process.stdout.readline()
            assert line, f"serve ended early: {lines}"
            lines.append(line.rstrip("\n"))
        yield lines
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=10)
    assert process.returncode == 0, stderr
    assert "Traceback" not in stderr


def _exports(lines: list[str]) -> dict[str, str]:
    exports = {}
    for line in lines:
        match = re.fullmatch(r"export (\w+)=(.*)", line)
        if match:
            exports[match.group(1)] = shlex.split(match.group(2))[0]
    return exports


def test_it_prints_ready_to_paste_export_lines() -> None:
    with _serving() as lines:
        exports = _exports(lines)
        assert set(exports) == {"POSTHOG_HOST", "POSTHOG_PERSONAL_API_KEY", "POSTHOG_PROJECT_ID"}
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+", exports["POSTHOG_HOST"])
        assert exports["POSTHOG_PERSONAL_API_KEY"].startswith("phx_")
        assert exports["POSTHOG_PROJECT_ID"] == "1"
        # Pasted into a shell, they really are what the lines say.
        shell = subprocess.run(
            ["sh", "-c", "\n".join(line for line in lines if line.startswith("export ")) + "\nenv"],
            capture_output=True,
            text=True,
            check=True,
        )
        for name, value in exports.items():
            assert f"{name}={value}" in shell.stdout.splitlines()


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_on_every_interface_the_printed_url_is_one_both_clients_accept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with _serving("--host", "0.0.0.0", "--seed-experiments", "2") as lines:
        exports = _exports(lines)
        assert "0.0.0.0" not in exports["POSTHOG_HOST"]
        assert any("every interface" in line for line in lines)
        for name, value in exports.items():
            monkeypatch.setenv(name, value)
        with pec.ExperimentsClient() as client:
            assert len(list(client.list())) == 2
        async with pec.AsyncExperimentsClient() as async_client:
            assert len([e async for e in async_client.list()]) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio", "trio"])
async def test_api_key_and_project_id_are_the_ones_served(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    key = "phx_my_local_development_key"
    with _serving("--api-key", key, "--project-id", "4242", "--seed-experiments", "3") as lines:
        exports = _exports(lines)
        assert exports["POSTHOG_PERSONAL_API_KEY"] == key
        assert exports["POSTHOG_PROJECT_ID"] == "4242"
        assert f"  API key:    {key}" in lines
        assert "  Project id: 4242" in lines
        for name, value in exports.items():
            monkeypatch.setenv(name, value)
        with pec.ExperimentsClient() as client:
            names = sorted(e.name for e in client.list())
            assert names == ["Experiment 1", "Experiment 2", "Experiment 3"]
            created = client.create(name="Mine", feature_flag_key="mine")
        async with pec.AsyncExperimentsClient(project_id="@current") as async_client:
            assert (await async_client.get(created.id)).name == "Mine"  # @current is 4242
        stranger = pec.ExperimentsClient(api_key="phx_some_other_key")
        with stranger, pytest.raises(pec.AuthenticationError):
            stranger.get(created.id)


@pytest.mark.parametrize(
    ("version", "launch_status", "has_status"), [("2025", 404, False), ("2026", 200, True)]
)
def test_posthog_version_chooses_the_era_served(
    version: str, launch_status: int, has_status: bool
) -> None:
    with _serving("--posthog-version", version, "--seed-experiments", "1") as lines:
        exports = _exports(lines)
        headers = {"Authorization": f"Bearer {exports['POSTHOG_PERSONAL_API_KEY']}"}
        base = f"{exports['POSTHOG_HOST']}/api/projects/{exports['POSTHOG_PROJECT_ID']}/experiments"
        with httpx.Client(headers=headers) as http:
            experiment = http.get(f"{base}/").json()["results"][0]
            assert ("status" in experiment) is has_status  # 2026 computes it; 2025 has none
            # The 2026 launch action: a route 2025 does not have.
            launched = http.post(f"{base}/{experiment['id']}/launch/")
            assert launched.status_code == launch_status, launched.text


def test_lean_list_items_lists_experiment_basic_items() -> None:
    with _serving("--lean-list-items", "--seed-experiments", "1") as lines:
        exports = _exports(lines)
        headers = {"Authorization": f"Bearer {exports['POSTHOG_PERSONAL_API_KEY']}"}
        base = f"{exports['POSTHOG_HOST']}/api/projects/{exports['POSTHOG_PROJECT_ID']}/experiments"
        with httpx.Client(headers=headers) as http:
            item = http.get(f"{base}/").json()["results"][0]
            assert "metrics" not in item
            assert "saved_metrics" not in item
            assert "metrics" in http.get(f"{base}/{item['id']}/").json()  # retrieve stays full
