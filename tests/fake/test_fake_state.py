"""Seeding helpers, inspection, reset, clock and the public surface."""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import datetime, timezone

import httpx
import pytest

import posthog_experiments_client.testing as testing
from posthog_experiments_client.testing import FakeClock, FakePostHog

from ._support import BASE, create


def test_defaults_are_documented_values() -> None:
    fake = FakePostHog()
    assert fake.project_id == 1
    assert fake.user_id == 1
    assert fake.api_key.startswith("phx_")
    assert len(fake.api_key) == 47


def test_reset_restores_a_new_fake_exactly(api: httpx.Client, fake: FakePostHog) -> None:
    key = fake.api_key
    first = create(api, "Before reset")
    fake.faults.respond(500, times=5)
    fake.reset()
    assert fake.api_key == key
    assert fake.faults.pending == []
    assert len(fake.requests) == 0
    assert api.get(BASE).json()["count"] == 0
    again = create(api, "Before reset")
    assert again == first  # same ids, uuids and timestamps


def test_project_id_and_api_key_can_be_chosen(posthog_version: str) -> None:
    fake = FakePostHog(posthog_version=posthog_version, project_id=42, api_key="phx_mine")
    assert (fake.project_id, fake.second_project_id, fake.api_key) == (42, 43, "phx_mine")
    with fake.client() as client:
        assert client.get("/api/projects/42/experiments/").status_code == 200
        assert client.get("/api/projects/@current/experiments/").status_code == 200
        assert client.get("/api/projects/1/experiments/").json()["detail"] == "Project not found."
    fake.reset()
    assert (fake.project_id, fake.api_key) == (42, "phx_mine")


def test_same_seed_same_keys_and_uuids() -> None:
    one, two, other = FakePostHog(seed=3), FakePostHog(seed=3), FakePostHog(seed=4)
    assert one.api_key == two.api_key != other.api_key


def test_clock_injection_and_advance() -> None:
    moments = iter([datetime(2030, 5, 1, tzinfo=timezone.utc)] * 10)
    fake = FakePostHog(clock=lambda: next(moments))
    experiment = fake.experiment(fake.add_experiment("Injected"))
    assert experiment["created_at"] == "2030-05-01T00:00:00Z"
    clock = FakeClock(datetime(2026, 1, 1))
    clock.advance(90)
    assert clock() == datetime(2026, 1, 1, 0, 1, 30, tzinfo=timezone.utc)
    clock.set(datetime(2027, 1, 1, tzinfo=timezone.utc))
    assert clock().year == 2027
    assert clock.frozen


def test_wall_clock_by_default() -> None:
    fake = FakePostHog()
    before = datetime.now(timezone.utc)
    assert before <= fake.clock() <= datetime.now(timezone.utc)
    assert not fake.clock.frozen


def test_seeding_helpers(fake: FakePostHog) -> None:
    assert fake.second_project_id == 2
    other = fake.add_project(name="Third")
    assert other == 3
    flag = fake.add_feature_flag(
        "no-control",
        variants=[{"key": "a", "rollout_percentage": 50}, {"key": "b", "rollout_percentage": 50}],
    )
    assert fake.feature_flag("no-control")["id"] == flag
    assert fake.feature_flag(flag)["filters"]["multivariate"]["variants"][0]["key"] == "a"
    holdout = fake.holdout(fake.add_holdout("H", rollout_percentage=25))
    assert holdout["filters"][0]["rollout_percentage"] == 25
    message = {
        "2025": r"Feature flag must have control as the first variant\.",
        "2026": r"Feature flag must have a variant with key 'control'",
    }[fake.posthog_version]
    with pytest.raises(ValueError, match=message):
        fake.add_experiment("Bad", feature_flag_key="no-control")
    experiment = fake.experiment(
        fake.add_experiment(
            "Seeded",
            start_date=datetime(2025, 1, 1, tzinfo=timezone.utc),
            created_at=datetime(2024, 1, 1, tzinfo=timezone.utc),
            archived=True,
        )
    )
    assert (experiment["start_date"], experiment["created_at"], experiment["archived"]) == (
        "2025-01-01T00:00:00Z",
        "2024-01-01T00:00:00Z",
        True,
    )
    assert experiment["feature_flag"]["active"] is True
    with pytest.raises(KeyError):
        fake.feature_flag("missing")


def test_seed_twenty_thousand_and_list_them_all_quickly(fake: FakePostHog) -> None:
    started = time.monotonic()
    ids = fake.seed_experiments(20_000)
    seeded = time.monotonic() - started
    assert len(ids) == 20_000
    assert seeded < 5, seeded
    fake.rate_limits.enabled = False
    started = time.monotonic()
    seen = 0
    with fake.client() as client:
        url: str | None = BASE
        while url:
            body = client.get(url).json()
            seen += len(body["results"])
            url = body["next"]
    listed = time.monotonic() - started
    assert seen == 20_000
    assert listed < 15, listed


def test_public_names() -> None:
    assert testing.__all__ == sorted(testing.__all__)
    for name in testing.__all__:
        assert getattr(testing, name).__module__ == "posthog_experiments_client.testing"
    public = {n for n in dir(testing) if not n.startswith("_")}
    assert public - set(testing.__all__) <= {"annotations"}


def test_root_import_does_not_load_the_fake() -> None:
    code = (
        "import sys, posthog_experiments_client\n"
        "assert not any(m.startswith('posthog_experiments_client.testing') for m in sys.modules), "
        "[m for m in sys.modules if 'testing' in m]\n"
        "import posthog_experiments_client.testing\n"
        "heavy = {'yaml', 'schemathesis', 'hypothesis', 'requests'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
