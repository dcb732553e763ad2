"""The package works when copied under another parent package, with the original absent."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SMOKE = textwrap.dedent(
    """
    import importlib.util, sys
    from pathlib import Path

    repo = Path({repo!r}).resolve()
    sys.path[:] = [p for p in sys.path if p and Path(p).resolve() != repo]
    sys.path.insert(0, {tree!r})
    assert importlib.util.find_spec("posthog_experiments_client") is None, "original still importable"

    import anyio
    import {parent}.posthog_experiments_client as pec
    from {parent}.posthog_experiments_client.testing import FakePostHog

    assert pec.Experiment.__module__ == "{parent}.posthog_experiments_client"
    assert pec.__version__
    pec.set_testing(True)
    fake = FakePostHog()

    # Sync, in-process: create, paginate, errors.
    client = pec.ExperimentsClient(api_key=fake.api_key, project_id=fake.project_id, transport=fake.transport())
    for index in range(5):
        client.create(name=f"Vendored {{index}}", feature_flag_key=f"vendored-{{index}}")
    pages = list(client.list(page_size=2).pages())
    assert [len(p.items) for p in pages] == [2, 2, 1], pages
    try:
        client.get(424242)
    except pec.NotFoundError as error:
        assert error.code == "not_found"
    else:
        raise AssertionError("expected NotFoundError")
    try:
        client.create(name="No key", feature_flag_key="")
    except pec.BadRequestError as error:
        assert error.attr == "feature_flag_key", error
    else:
        raise AssertionError("expected BadRequestError")

    # Async, over a real socket, on asyncio and trio.
    async def run() -> None:
        with fake.serve() as base_url:
            async with pec.AsyncExperimentsClient(api_key=fake.api_key, project_id=fake.project_id, host=base_url) as aclient:
                names = [e.name async for e in aclient.list(page_size=2)]
                assert len(names) == 5, names
                first = await aclient.list(page_size=2)
                assert first.count == 5 and first.has_next_page()
                try:
                    await aclient.delete(424242)
                except pec.NotFoundError:
                    pass
                else:
                    raise AssertionError("expected NotFoundError")

    anyio.run(run, backend="asyncio")
    anyio.run(run, backend="trio")
    print("vendored smoke flow ok")
    """
)


def _vendor(tmp_path: Path, parent: str, *extra: str) -> Path:
    tree = tmp_path / "tree"
    dest = tree.joinpath(*parent.split("."))
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "vendor.py"), str(dest), *extra],
        check=True,
        capture_output=True,
    )
    for depth in range(1, len(parent.split(".")) + 1):
        tree.joinpath(*parent.split(".")[:depth], "__init__.py").touch()
    return tree


@pytest.mark.parametrize("parent", ["acme._vendor", "other_corp.third_party.libs"])
def test_vendored_copy_runs_the_smoke_flow(tmp_path: Path, parent: str) -> None:
    tree = _vendor(tmp_path, parent)
    package = tree.joinpath(*parent.split("."), "posthog_experiments_client")
    assert (package / "LICENSE").is_file()
    assert (package / "py.typed").is_file()
    script = SMOKE.format(repo=str(ROOT), tree=str(tree), parent=parent)
    result = subprocess.run(
        [sys.executable, "-I", "-c", script], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "vendored smoke flow ok" in result.stdout


def test_vendoring_without_the_fake(tmp_path: Path) -> None:
    tree = _vendor(tmp_path, "acme._vendor", "--without-testing")
    package = tree / "acme" / "_vendor" / "posthog_experiments_client"
    assert not (package / "testing").exists()
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        sys.path[:] = [p for p in sys.path if p and Path(p).resolve() != Path({str(ROOT)!r}).resolve()]
        sys.path.insert(0, {str(tree)!r})
        from acme._vendor.posthog_experiments_client import ExperimentsClient, NotFoundError
        import httpx
        client = ExperimentsClient(api_key="phx_k", project_id=1, transport=httpx.MockTransport(
            lambda r: httpx.Response(404, json={{"type": "invalid_request", "code": "not_found", "detail": "Not found.", "attr": None}})))
        try:
            client.get(1)
        except NotFoundError as error:
            print(error)
        """
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", script], capture_output=True, text=True, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(
        "404 invalid_request: Not found. Experiment 1 was not found in project 1"
    )


def test_no_module_imports_the_package_by_its_absolute_name() -> None:
    offenders = []
    for path in (ROOT / "posthog_experiments_client").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            if any(name.split(".")[0] == "posthog_experiments_client" for name in names):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert offenders == []
