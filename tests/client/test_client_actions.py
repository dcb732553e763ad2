"""PostHog's experiment actions through both clients, against the fake in both PostHog versions:
sync and async, in-process and over a socket, on asyncio and trio.

2026 serves every action; 2025 predates the lifecycle actions, so launch/end/archive/unarchive
take their PATCH forms there and the others raise ``ActionNotOfferedError``. A missing experiment
is ``NotFoundError`` in both, and nothing is applied twice under injected faults.
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Callable
from typing import Any

import pytest

import posthog_experiments_client as pec
from posthog_experiments_client.testing import FakePostHog

from .test_client_against_fake import (
    AwaitableSync,
    collect,
    collect_pages,
    connect,
    flavour,
    mode,
    sent,
)

__all__ = ["connect", "flavour", "mode"]  # fixtures used here, defined beside the other tests

pytestmark = pytest.mark.anyio

ONLY_2026 = ("pause", "resume", "reset", "ship_variant", "copy_to_project")


@pytest.fixture(params=["2026", "2025"])
def version(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def fake(version: str) -> FakePostHog:
    return FakePostHog(posthog_version=version)


@pytest.fixture
def client(connect: Callable[..., Any]) -> Any:
    return connect()


async def settle(result: Any) -> Any:
    """The sync raw view returns its result; the async one, an awaitable of it."""
    return await result if inspect.isawaitable(result) else result


def posts(fake: FakePostHog, action: str) -> list[Any]:
    return sent(fake, "POST", f"/{action}/")


async def test_the_lifecycle(client: Any, fake: FakePostHog, version: str) -> None:
    created = await client.create(name="Life", feature_flag_key="life")
    launched = await client.launch(created.id)
    assert launched.start_date is not None
    assert launched.feature_flag.active is True
    if version == "2026":
        assert launched.status == "running"
        paused = await client.pause(created.id)
        assert (paused.status, paused.feature_flag.active) == ("paused", False)
        resumed = await client.resume(created.id)
        assert (resumed.status, resumed.feature_flag.active) == ("running", True)
    ended = await client.end(created.id, conclusion="won", conclusion_comment="clear")
    assert ended.end_date is not None
    assert (ended.conclusion, ended.conclusion_comment) == ("won", "clear")
    if version == "2026":
        shipped = await client.ship_variant(created.id, variant_key="test")
        variants = shipped.feature_flag.filters["multivariate"]["variants"]
        assert {v["key"]: v["rollout_percentage"] for v in variants} == {"control": 0, "test": 100}
    archived = await client.archive(created.id)
    assert archived.archived is True
    assert [e.id for e in await collect(client.list(archived=True))] == [created.id]
    unarchived = await client.unarchive(created.id)
    assert unarchived.archived is False
    if version == "2026":
        draft = await client.reset(created.id)
        assert (draft.start_date, draft.end_date, draft.conclusion) == (None, None, None)
        assert draft.status == "draft"
        # Every step was PostHog's own action; none was a read-then-PATCH.
        assert not sent(fake, "PATCH")
        for action in ("launch", "pause", "resume", "end", "ship_variant", "archive", "reset"):
            assert len(posts(fake, action)) == 1, action
    else:
        # Each action was tried once, found missing, and then done by PATCH.
        for action in ("launch", "end", "archive", "unarchive"):
            assert [r.status for r in posts(fake, action)] == [404], action
        assert len(sent(fake, "PATCH")) == 4


async def test_2025_remembers_the_missing_actions(
    connect: Callable[..., Any], fake: FakePostHog, version: str
) -> None:
    client = connect()
    copy = client.with_options(timeout=10)  # shares what the original learns
    if isinstance(copy, pec.ExperimentsClient):
        copy = AwaitableSync(copy)
    first = await client.create(name="One", feature_flag_key="one")
    second = await client.create(name="Two", feature_flag_key="two")
    await client.launch(first.id)
    await copy.launch(second.id)
    await copy.end(first.id)
    await client.end(second.id)
    for action in ("launch", "end"):
        statuses = [r.status for r in posts(fake, action)]
        assert statuses == ([404] if version == "2025" else [200, 200]), action
    # Another client against the same host learns for itself.
    other = connect()
    third = await other.create(name="Three", feature_flag_key="three")
    await other.launch(third.id)
    assert len(posts(fake, "launch")) == (2 if version == "2025" else 3)


async def test_actions_2025_predates_raise_action_not_offered(
    client: Any, fake: FakePostHog, version: str
) -> None:
    created = await client.create(name="Old", feature_flag_key="old")
    await client.launch(created.id)
    before = fake.experiment(created.id)
    calls = {
        "pause": lambda: client.pause(created.id),
        "resume": lambda: client.resume(created.id),
        "reset": lambda: client.reset(created.id),
        "ship_variant": lambda: client.ship_variant(created.id, variant_key="test"),
        "copy_to_project": lambda: client.copy_to_project(
            created.id, target_project_id=fake.second_project_id
        ),
    }
    if version == "2026":
        assert (await calls["pause"]()).status == "paused"
        return
    for name, call in calls.items():
        for _ in range(2):  # learned on the first call, remembered on the second
            with pytest.raises(pec.ActionNotOfferedError) as info:
                await call()
            assert (info.value.action, info.value.experiment_id) == (name, created.id)
            assert f"does not offer the {name} action" in str(info.value)
            assert not isinstance(info.value, pec.NotFoundError)
        assert len(posts(fake, name)) == 1
    assert fake.experiment(created.id) == before


async def test_a_missing_experiment_stays_not_found(
    client: Any, fake: FakePostHog, version: str
) -> None:
    created = await client.create(name="Known", feature_flag_key="known")
    missing = created.id + 1000
    calls = [
        lambda i: client.launch(i),
        lambda i: client.end(i),
        lambda i: client.pause(i),
        lambda i: client.resume(i),
        lambda i: client.reset(i),
        lambda i: client.archive(i),
        lambda i: client.unarchive(i),
        lambda i: client.ship_variant(i, variant_key="test"),
        lambda i: client.copy_to_project(i, target_project_id=fake.second_project_id),
        lambda i: client.timeseries_results(i, metric_uuid="u", fingerprint="f"),
        lambda i: client.recalculate_timeseries(
            i, metric={"kind": "ExperimentMetric"}, fingerprint="f"
        ),
    ]
    for round in ("before the actions are known", "after"):
        for call in calls:
            with pytest.raises(pec.NotFoundError) as info:
                await call(missing)
            assert f"Experiment {missing} was not found" in str(info.value), round
        if round == "before the actions are known":
            await client.launch(created.id)  # teaches the client about launch
    # Once launch is known to be there (2026), its 404 is the experiment's: no read follows.
    reads = len(sent(fake, "GET", f"/{missing}/"))
    with pytest.raises(pec.NotFoundError):
        await client.launch(missing)
    assert len(sent(fake, "GET", f"/{missing}/")) == reads + (1 if version == "2025" else 0)
    assert fake.experiment(created.id)["start_date"] is not None


async def test_state_errors_match_across_versions(client: Any, fake: FakePostHog) -> None:
    created = await client.create(name="State", feature_flag_key="state")
    with pytest.raises(pec.ExperimentStateError, match="not been launched") as info:
        await client.end(created.id)
    assert info.value.experiment_id == created.id
    await client.launch(created.id)
    with pytest.raises(pec.ExperimentStateError, match="already been launched"):
        await client.launch(created.id)
    await client.end(created.id)
    with pytest.raises(pec.ExperimentStateError, match="already ended"):
        await client.end(created.id)
    if fake.posthog_version == "2026":
        with pytest.raises(pec.ExperimentStateError, match="already ended"):
            await client.pause(created.id)
        await client.archive(created.id)
        with pytest.raises(pec.ExperimentStateError, match="already archived") as state:
            await client.archive(created.id)
        assert isinstance(state.value.__cause__, pec.BadRequestError)  # PostHog's answer
        draft = await client.create(name="Draft", feature_flag_key="draft")
        with pytest.raises(pec.ExperimentStateError, match="must be ended"):
            await client.archive(draft.id)
        with pytest.raises(pec.ExperimentStateError, match="already in draft"):
            await client.reset(draft.id)
        with pytest.raises(pec.BadRequestError, match="not found on feature flag"):
            await client.ship_variant(created.id, variant_key="nope")


async def test_explicit_dates_use_the_patch_forms(client: Any, fake: FakePostHog) -> None:
    created = await client.create(name="Dated", feature_flag_key="dated")
    launched = await client.launch(created.id, start_date="2026-11-01T00:00:00Z")
    assert launched.start_date.isoformat().startswith("2026-11-01")
    ended = await client.end(created.id, end_date="2026-11-20T00:00:00Z", conclusion="lost")
    assert ended.end_date.isoformat().startswith("2026-11-20")
    assert ended.conclusion == "lost"
    assert not posts(fake, "launch")
    assert not posts(fake, "end")
    assert [r.json() for r in sent(fake, "PATCH")][-1]["conclusion"] == "lost"


# 2025 PostHog has neither ship_variant nor copy_to_project: see the action-not-offered test.
@pytest.mark.parametrize("version", ["2026"])
async def test_ship_variant_under_an_approval_policy(client: Any, fake: FakePostHog) -> None:
    fake.ship_variant_requires_approval = True
    created = await client.create(name="Guarded", feature_flag_key="guarded")
    await client.launch(created.id)
    before = fake.experiment(created.id)
    with pytest.raises(pec.ApprovalRequiredError) as info:
        await client.ship_variant(created.id, variant_key="test", conclusion="won")
    error = info.value
    assert isinstance(error, pec.ConflictError)
    assert error.status_code == 409
    assert isinstance(error.change_request_id, str)
    assert error.change_request_id
    assert error.body["change_request_id"] == error.change_request_id
    assert fake.experiment(created.id) == before  # nothing changes until it is approved


@pytest.mark.parametrize("version", ["2026"])
async def test_copy_to_project(connect: Callable[..., Any], fake: FakePostHog) -> None:
    client = connect()
    source = await client.create(name="Source", feature_flag_key="source")
    copy = await client.copy_to_project(
        source.id, target_project_id=fake.second_project_id, name="Copied"
    )
    assert (copy.name, copy.feature_flag_key, copy.start_date) == ("Copied", "source", None)
    assert copy.id != source.id
    target = connect(project_id=fake.second_project_id)
    assert (await target.get(copy.id)).name == "Copied"
    with pytest.raises(pec.NotFoundError):
        await client.get(copy.id)  # not in the source project
    with pytest.raises(pec.NotFoundError, match="Target team not found"):
        await client.copy_to_project(source.id, target_project_id=987654)
    # That 404 came from the action: the client still knows the action exists.
    assert len(posts(fake, "copy_to_project")) == 2
    with pytest.raises(pec.InvalidArgumentError, match="target_project_id must be an int"):
        await client.copy_to_project(source.id, target_project_id="2")


async def test_eligible_feature_flags_is_a_lazy_pager(client: Any, fake: FakePostHog) -> None:
    for index in range(5):
        fake.add_feature_flag(f"flag-{index}")
    fake.add_feature_flag("boolean", variants=None)  # not eligible
    before = len(fake.requests)
    pager = client.eligible_feature_flags(page_size=2)
    assert len(fake.requests) == before  # nothing fetched yet
    flags = await collect(pager)
    assert sorted(flag.key for flag in flags) == [f"flag-{index}" for index in range(5)]
    assert all(isinstance(flag, pec.FeatureFlag) for flag in flags)
    pages = await collect_pages(client.eligible_feature_flags(page_size=2))
    assert [len(page.items) for page in pages] == [2, 2, 1]
    assert {page.count for page in pages} == {5}
    assert [r.query.get("offset") for r in sent(fake, "GET", "/eligible_feature_flags/")][-3:] == [
        None,
        "2",
        "4",
    ]
    found = await collect(client.eligible_feature_flags(search="flag-3"))
    assert [flag.key for flag in found] == ["flag-3"]
    assert sent(fake, "GET", "/eligible_feature_flags/")[-1].query["search"] == "flag-3"


async def test_stats_and_timeseries(client: Any, fake: FakePostHog) -> None:
    fake.add_event("purchase")
    metric = {
        "kind": "ExperimentMetric",
        "metric_type": "mean",
        "source": {"kind": "EventsNode", "event": "purchase"},
    }
    created = await client.create(name="Numbers", feature_flag_key="numbers", metrics=[metric])
    launched = await client.launch(created.id)
    stats = await client.stats()
    assert isinstance(stats, pec.ExperimentStats)
    assert (stats.launched_last_30d, stats.active_experiments) == (1, 1)
    stored = launched.metrics[0]
    recalculation = await client.recalculate_timeseries(
        created.id, metric=stored, fingerprint=stored.fingerprint
    )
    assert isinstance(recalculation, pec.ExperimentTimeseriesRecalculation)
    assert recalculation.status == "pending"
    again = await client.recalculate_timeseries(
        created.id, metric=stored.to_dict(), fingerprint=stored.fingerprint
    )
    assert again.id == recalculation.id  # the pending one, not a second
    results = await client.timeseries_results(
        created.id, metric_uuid=stored.uuid, fingerprint=stored.fingerprint
    )
    assert isinstance(results, pec.ExperimentTimeseriesResults)
    assert results.metric_uuid == stored.uuid
    assert sent(fake, "GET", "/timeseries_results/")[-1].query == {
        "metric_uuid": stored.uuid,
        "fingerprint": stored.fingerprint,
    }


async def test_a_retried_action_is_applied_once(
    client: Any, fake: FakePostHog, version: str
) -> None:
    created = await client.create(name="Flaky", feature_flag_key="flaky")
    # The launch is applied, but its answer is lost; the retry meets PostHog's guard.
    fake.faults.drop(method="POST", path="*/launch/", process=True)
    fake.faults.drop(method="PATCH", process=True)
    launched = await client.launch(created.id)
    assert launched.start_date is not None
    stored = fake.experiment(created.id)["start_date"]
    assert stored is not None
    if version == "2026":
        assert [r.status for r in posts(fake, "launch")] == [None, 400]
        assert not sent(fake, "PATCH")
    else:  # the PATCH form: a PATCH sent twice sets the same start_date
        assert [r.status for r in sent(fake, "PATCH")] == [None, 200]
        bodies = [r.json() for r in sent(fake, "PATCH")]
        assert bodies[0] == bodies[1]
    # A gateway error that never reached PostHog is retried for a guarded action too.
    fake.faults.bad_gateway(method="POST", path="*/end/")
    ended = await client.end(created.id)
    assert ended.end_date is not None
    if version == "2026":
        assert [r.status for r in posts(fake, "end")] == [502, 200]
        # ship_variant may open a change request or rewrite the flag: never sent twice.
        version_before = fake.feature_flag(created.feature_flag.id)["version"]
        fake.faults.drop(method="POST", path="*/ship_variant/", process=True)
        with pytest.raises(pec.APIConnectionError):
            await client.ship_variant(created.id, variant_key="test")
        assert len(posts(fake, "ship_variant")) == 1
        assert fake.feature_flag(created.feature_flag.id)["version"] == version_before + 1
        # copy_to_project creates: never sent twice.
        fake.faults.bad_gateway(method="POST", path="*/copy_to_project/")
        with pytest.raises(pec.InternalServerError, match="not retried"):
            await client.copy_to_project(created.id, target_project_id=fake.second_project_id)
        assert len(posts(fake, "copy_to_project")) == 1


async def test_a_2025_action_404_behind_a_flaky_gateway_still_falls_back_once(
    client: Any, fake: FakePostHog, version: str
) -> None:
    created = await client.create(name="Gateway", feature_flag_key="gateway")
    fake.faults.bad_gateway(method="POST", path="*/archive/")
    fake.faults.bad_gateway(method="GET", path=f"*/experiments/{created.id}/")
    await client.launch(created.id)
    await client.end(created.id)
    archived = await client.archive(created.id)
    assert archived.archived is True
    statuses = [r.status for r in posts(fake, "archive")]
    assert statuses == ([502, 404] if version == "2025" else [502, 200])
    assert len(sent(fake, "PATCH")) == (3 if version == "2025" else 0)


async def test_lean_list_items_and_a_null_feature_flag(
    connect: Callable[..., Any], fake: FakePostHog
) -> None:
    client = connect()
    for index in range(3):
        await client.create(name=f"Lean {index}", feature_flag_key=f"lean-{index}")
    fake.lean_list_items = True
    items = await collect(client.list(page_size=2))
    assert sorted(item.name for item in items) == ["Lean 0", "Lean 1", "Lean 2"]
    assert all(isinstance(item.metrics, pec.Unset) for item in items)  # not in the lean shape
    full = await client.get(items[0].id)
    assert isinstance(full.metrics, list)

    # 2026 can send a null feature_flag, in a lean list item and on the experiment itself.
    with fake.client() as http:
        page = http.get(f"/api/projects/{fake.project_id}/experiments/").json()
        detail = http.get(f"/api/projects/{fake.project_id}/experiments/{full.id}/").json()
    page["results"][0]["feature_flag"] = None
    detail["feature_flag"] = None
    fake.faults.respond(200, page, method="GET", path="*/experiments/")
    fake.faults.respond(200, detail, method="GET", path=f"*/experiments/{full.id}/")
    first = (await collect(client.list()))[0]
    assert first.feature_flag is None
    unflagged = await client.get(full.id)
    assert unflagged.feature_flag is None
    assert unflagged.to_dict()["feature_flag"] is None


async def test_raw_responses_of_the_actions(client: Any, fake: FakePostHog, version: str) -> None:
    created = await client.create(name="Raw", feature_flag_key="raw")
    raw = await settle(client.with_raw_response.launch(created.id))
    assert raw.parsed.start_date is not None
    # 2026: the action's answer; 2025: the PATCH that the fallback sent.
    expected = f"/{created.id}/launch/" if version == "2026" else f"/{created.id}/"
    assert raw.http_response.request.url.path.endswith(expected)
    stats = await settle(client.with_raw_response.stats())
    assert stats.status_code == 200
    assert json.loads(stats.http_response.content)["launched_last_30d"] == 1


def test_the_memory_is_shared_and_thread_safe() -> None:
    """Threads sharing a sync client learn once per action, whichever thread asks first."""
    import threading

    fake = FakePostHog(posthog_version="2025")
    with pec.ExperimentsClient(
        api_key=fake.api_key, project_id=fake.project_id, transport=fake.transport()
    ) as client:
        ids = [client.create(name=f"T{i}", feature_flag_key=f"t-{i}").id for i in range(8)]
        client.launch(ids[0])  # learned here
        errors: list[BaseException] = []

        def launch(experiment_id: int) -> None:
            try:
                client.with_options(max_retries=0).launch(experiment_id)
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=launch, args=(i,)) for i in ids[1:]]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
    assert len(posts(fake, "launch")) == 1
    assert all(fake.experiment(i)["start_date"] is not None for i in ids)


def test_an_unknown_route_and_a_missing_experiment_look_alike_in_2025() -> None:
    """Why the client reads the experiment after a 404: the bodies cannot tell them apart."""
    fake = FakePostHog(posthog_version="2025")
    with fake.client() as http:
        created = http.post(
            f"/api/projects/{fake.project_id}/experiments/",
            json={"name": "x", "feature_flag_key": "x"},
        ).json()
        route = http.post(f"/api/projects/{fake.project_id}/experiments/{created['id']}/pause/")
        missing = http.get(f"/api/projects/{fake.project_id}/experiments/99999/")
    assert route.status_code == missing.status_code == 404
    assert route.json() == missing.json()
