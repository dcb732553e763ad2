"""GET /experiments/: filters, ordering and DRF limit/offset pagination."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import httpx
import pytest

from posthog_experiments_client.testing import FakeClock, FakePostHog

from ._support import BASE, invalid


def _names(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [e["name"] for e in response.json()["results"]]


@pytest.fixture
def five(fake: FakePostHog, clock: FakeClock) -> list[int]:
    """Experiments E1..E5 created a minute apart (E5 newest)."""
    ids = []
    for i in range(1, 6):
        ids.append(fake.add_experiment(f"E{i}"))
        clock.advance(60)
    return ids


@pytest.mark.usefixtures("five")
def test_default_page_newest_first(api: httpx.Client) -> None:
    body = api.get(BASE).json()
    assert body["count"] == 5
    assert body["next"] is None
    assert body["previous"] is None
    assert [e["name"] for e in body["results"]] == ["E5", "E4", "E3", "E2", "E1"]


@pytest.mark.usefixtures("five")
@pytest.mark.parametrize(
    ("query", "names", "next_query", "previous_query"),
    [
        ("limit=2", ["E5", "E4"], "limit=2&offset=2", None),
        ("limit=2&offset=2", ["E3", "E2"], "limit=2&offset=4", "limit=2"),
        ("limit=2&offset=4", ["E1"], None, "limit=2&offset=2"),
        ("limit=2&offset=3", ["E2", "E1"], None, "limit=2&offset=1"),
        ("offset=1&limit=2", ["E4", "E3"], "limit=2&offset=3", "limit=2"),
        ("offset=2", ["E3", "E2", "E1"], None, "limit=100"),
        ("limit=2&offset=10", [], None, "limit=2&offset=8"),
        ("search=e&limit=2", ["E5", "E4"], "limit=2&offset=2&search=e", None),
        (
            "status=draft&archived=false&limit=2",
            ["E5", "E4"],
            "archived=false&limit=2&offset=2&status=draft",
            None,
        ),
        ("limit=abc&offset=xyz", ["E5", "E4", "E3", "E2", "E1"], None, None),
        ("limit=0&offset=-3", ["E5", "E4", "E3", "E2", "E1"], None, None),
        ("limit=-1", ["E5", "E4", "E3", "E2", "E1"], None, None),
        ("limit=1000", ["E5", "E4", "E3", "E2", "E1"], None, None),
        ("limit=2&limit=1", ["E5"], "limit=1&offset=1", None),
    ],
)
def test_pagination_links_are_built_like_drf(
    api: httpx.Client,
    origin: str,
    query: str,
    names: list[str],
    next_query: str | None,
    previous_query: str | None,
) -> None:
    body = api.get(f"{BASE}?{query}").json()
    assert [e["name"] for e in body["results"]] == names
    assert body["count"] == 5
    url = f"{origin}{BASE}"
    assert body["next"] == (f"{url}?{next_query}" if next_query else None)
    assert body["previous"] == (f"{url}?{previous_query}" if previous_query else None)


def test_default_page_size_is_100_without_a_maximum(
    api: httpx.Client, fake: FakePostHog, origin: str
) -> None:
    fake.seed_experiments(150)
    first = api.get(BASE).json()
    assert len(first["results"]) == 100
    assert first["next"] == f"{origin}{BASE}?limit=100&offset=100"
    second = api.get(first["next"]).json()
    assert len(second["results"]) == 50
    assert second["next"] is None
    assert second["previous"] == f"{origin}{BASE}?limit=100"
    assert len(api.get(BASE, params={"limit": 150}).json()["results"]) == 150


def test_links_keep_the_path_as_requested(
    api: httpx.Client, fake: FakePostHog, origin: str
) -> None:
    fake.seed_experiments(3)
    body = api.get("/api/projects/1/experiments?limit=1").json()
    assert body["next"] == f"{origin}/api/projects/1/experiments?limit=1&offset=1"
    at_current = api.get("/api/projects/@current/experiments/?limit=1").json()
    assert at_current["next"] == f"{origin}/api/projects/@current/experiments/?limit=1&offset=1"


def test_links_reencode_other_parameters(api: httpx.Client, fake: FakePostHog, origin: str) -> None:
    fake.add_experiment("a b")
    fake.add_experiment("a b c")
    body = api.get(f"{BASE}?search=a%20b&limit=1&zeta=%C3%A9").json()
    assert body["next"] == f"{origin}{BASE}?limit=1&offset=1&search=a+b&zeta=%C3%A9"


def test_walking_next_links_visits_every_row_once(api: httpx.Client, fake: FakePostHog) -> None:
    ids = set(fake.seed_experiments(23))
    seen: list[int] = []
    url: str | None = f"{BASE}?limit=5"
    while url:
        body = api.get(url).json()
        seen += [e["id"] for e in body["results"]]
        url = body["next"]
    assert sorted(seen) == sorted(ids)


def test_ties_in_created_at_are_broken_by_id(api: httpx.Client, fake: FakePostHog) -> None:
    fake.seed_experiments(3)  # same frozen instant
    assert _names(api.get(BASE)) == ["Experiment 3", "Experiment 2", "Experiment 1"]


def test_deleted_and_archived_are_hidden_by_default(api: httpx.Client, fake: FakePostHog) -> None:
    fake.add_experiment("Kept")
    fake.add_experiment("Gone", deleted=True)
    fake.add_experiment("Shelved", archived=True)
    assert _names(api.get(BASE)) == ["Kept"]
    assert _names(api.get(BASE, params={"archived": "true"})) == ["Shelved"]
    assert _names(api.get(BASE, params={"archived": "TRUE"})) == ["Shelved"]
    assert _names(api.get(BASE, params={"archived": "false"})) == ["Kept"]
    assert _names(api.get(BASE, params={"archived": "1"})) == ["Kept"]


@pytest.fixture
def lifecycle(fake: FakePostHog, clock: FakeClock) -> None:
    fake.add_experiment("Draft")
    clock.advance(1)
    fake.add_experiment("Running", start_date=datetime(2025, 12, 1, tzinfo=timezone.utc))
    clock.advance(1)
    fake.add_experiment(
        "Complete",
        start_date=datetime(2025, 11, 1, tzinfo=timezone.utc),
        end_date=datetime(2025, 11, 20, tzinfo=timezone.utc),
    )


@pytest.mark.usefixtures("lifecycle")
@pytest.mark.parametrize(
    ("status", "names"),
    [
        ("draft", ["Draft"]),
        ("DRAFT", ["Draft"]),
        ("running", ["Running"]),
        ("Complete", ["Complete"]),
        ("all", ["Complete", "Running", "Draft"]),
        ("nonsense", ["Complete", "Running", "Draft"]),  # unknown values are ignored
        ("", ["Complete", "Running", "Draft"]),
    ],
)
def test_status_filter(api: httpx.Client, status: str, names: list[str]) -> None:
    assert _names(api.get(BASE, params={"status": status})) == names


@pytest.mark.usefixtures("lifecycle")
@pytest.mark.parametrize(
    ("status", "names_2025", "names_2026"),
    [
        # 2025 knows neither value and ignores it.
        ("stopped", ["Complete", "Running", "Paused", "Draft"], ["Complete"]),
        ("paused", ["Complete", "Running", "Paused", "Draft"], ["Paused"]),
        ("running", ["Paused", "Running"], ["Running"]),
    ],
)
def test_status_values_by_version(
    api: httpx.Client,
    fake: FakePostHog,
    status: str,
    names_2025: list[str],
    names_2026: list[str],
) -> None:
    paused = fake.add_experiment("Paused", start_date=datetime(2025, 12, 2, tzinfo=timezone.utc))
    fake.add_experiment("Hidden", archived=True)
    flag_id = fake.experiment(paused)["feature_flag"]["id"]
    fake.set_feature_flag_active(flag_id, False)  # paused the pre-2026 way, on the flag
    expected = names_2025 if fake.posthog_version == "2025" else names_2026
    got = _names(api.get(BASE, params={"status": status}))
    assert sorted(got) == sorted(expected)


def test_feature_flag_id_filter(api: httpx.Client, fake: FakePostHog) -> None:
    first = fake.experiment(fake.add_experiment("First"))
    fake.add_experiment("Second")
    response = api.get(BASE, params={"feature_flag_id": first["feature_flag"]["id"]})
    bad = api.get(BASE, params={"feature_flag_id": "x"})
    if fake.posthog_version == "2025":  # not a 2025 filter
        assert sorted(_names(response)) == ["First", "Second"]
        assert bad.status_code == 200
        return
    assert _names(response) == ["First"]
    invalid(bad, "feature_flag_id must be an integer")


def test_search_is_case_insensitive_contains(api: httpx.Client, fake: FakePostHog) -> None:
    fake.add_experiment("Checkout Button")
    fake.add_experiment("Pricing page")
    assert _names(api.get(BASE, params={"search": "CHECKOUT"})) == ["Checkout Button"]
    assert _names(api.get(BASE, params={"search": "page"})) == ["Pricing page"]
    assert _names(api.get(BASE, params={"search": "nothing"})) == []


def test_created_by_id(api: httpx.Client, fake: FakePostHog) -> None:
    other = fake.add_user(first_name="Grace")
    fake.add_experiment("Mine")
    fake.add_experiment("Theirs", created_by=other)
    assert _names(api.get(BASE, params={"created_by_id": other})) == ["Theirs"]
    assert _names(api.get(BASE, params={"created_by_id": fake.user_id})) == ["Mine"]
    invalid(
        api.get(BASE, params={"created_by_id": "x"}),
        "A valid integer is required.",
        "created_by_id",
    )


@pytest.fixture
def ordered(fake: FakePostHog, clock: FakeClock) -> None:
    grace = fake.add_user(first_name="Grace")
    zed = fake.add_user(first_name="", email="zed@example.com")
    day = timedelta(days=1)
    base = datetime(2025, 1, 1, tzinfo=timezone.utc)
    fake.add_experiment("bravo", start_date=base, end_date=base + 3 * day, created_by=zed)
    clock.advance(10)
    fake.add_experiment("alpha", start_date=base + day, created_by=grace)
    clock.advance(10)
    fake.add_experiment("charlie")


@pytest.mark.posthog_versions("2026")
@pytest.mark.usefixtures("ordered")
@pytest.mark.parametrize(
    ("order", "names"),
    [
        ("name", ["alpha", "bravo", "charlie"]),
        ("-name", ["charlie", "bravo", "alpha"]),
        ("created_at", ["bravo", "alpha", "charlie"]),
        ("-created_at", ["charlie", "alpha", "bravo"]),
        ("start_date", ["bravo", "alpha", "charlie"]),  # NULLs last ascending
        ("-start_date", ["charlie", "alpha", "bravo"]),  # NULLs first descending
        ("end_date", ["bravo", "alpha", "charlie"]),  # NULLs tie-broken by id
        ("status", ["charlie", "alpha", "bravo"]),  # draft < running < stopped
        ("-status", ["bravo", "alpha", "charlie"]),
        ("duration", ["bravo", "alpha", "charlie"]),  # 3 days < ~1 year running
        ("created_by", ["charlie", "alpha", "bravo"]),  # Ada < Grace < zed@...
        ("updated_at", ["bravo", "alpha", "charlie"]),
    ],
)
def test_order(api: httpx.Client, order: str, names: list[str]) -> None:
    assert _names(api.get(BASE, params={"order": order})) == names


@pytest.mark.usefixtures("ordered")
@pytest.mark.posthog_versions("2025")
@pytest.mark.parametrize(
    ("order", "names"),
    [
        ("name", ["alpha", "bravo", "charlie"]),
        ("-start_date", ["charlie", "alpha", "bravo"]),
        ("id", ["bravo", "alpha", "charlie"]),
        ("duration", ["charlie", "alpha", "bravo"]),  # not a model field: ignored
    ],
)
def test_order_in_2025(api: httpx.Client, order: str, names: list[str]) -> None:
    assert _names(api.get(BASE, params={"order": order})) == names


@pytest.mark.posthog_versions("2026")
@pytest.mark.parametrize("order", ["id", "-feature_flag", "name; drop table"])
def test_order_outside_the_allowlist_is_400_in_2026(api: httpx.Client, order: str) -> None:
    invalid(api.get(BASE, params={"order": order}), f"Invalid order field: '{order}'")
