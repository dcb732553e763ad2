"""Every client method against the fake PostHog: sync and async clients, in-process and over a
real loopback socket, on asyncio and trio. One test body serves both clients: the sync client is
wrapped so that its methods can be awaited."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

import posthog_experiments_client as pec
from posthog_experiments_client.testing import FakePostHog


class AwaitableSync:
    """A sync client whose methods can be awaited, so one test body drives both twins; its
    resources and raw views are wrapped the same way."""

    _NESTED = ("holdouts", "saved_metrics", "with_raw_response")

    def __init__(self, target: Any) -> None:
        self._target = target

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(self._target, name)
        if name in self._NESTED:
            return AwaitableSync(attribute)
        if name in ("list", "eligible_feature_flags", "with_options") or not callable(attribute):
            return attribute

        async def call(*args: Any, **kwargs: Any) -> Any:
            return attribute(*args, **kwargs)

        return call


async def collect(pager: pec.AsyncPager | pec.SyncPager) -> list[pec.Experiment]:
    if isinstance(pager, pec.AsyncPager):
        return [experiment async for experiment in pager]
    return list(pager)


async def collect_pages(pager: pec.AsyncPager | pec.SyncPager) -> list[pec.Page]:
    if isinstance(pager, pec.AsyncPager):
        return [page async for page in pager.pages()]
    return list(pager.pages())


@pytest.fixture(params=["in-process", "socket"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(params=["sync", "async"])
def flavour(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def fake() -> FakePostHog:
    return FakePostHog()


@pytest.fixture
async def connect(fake: FakePostHog, mode: str, flavour: str) -> AsyncIterator[Callable[..., Any]]:
    """Make clients of the chosen flavour and mode; all are closed at the end."""
    async with contextlib.AsyncExitStack() as stack:
        base_url = stack.enter_context(fake.serve()) if mode == "socket" else None

        def make(**options: Any) -> Any:
            settings: dict[str, Any] = {
                "api_key": fake.api_key,
                "project_id": fake.project_id,
                **options,
            }
            if base_url is not None:
                settings.setdefault("host", base_url)
            else:
                settings.setdefault("transport", fake.transport())
            if flavour == "sync":
                client = pec.ExperimentsClient(**settings)
                stack.callback(client.close)
                return AwaitableSync(client)
            async_client = pec.AsyncExperimentsClient(**settings)
            stack.push_async_callback(async_client.aclose)
            return async_client

        yield make


@pytest.fixture
def client(connect: Callable[..., Any]) -> Any:
    return connect()


def sent(fake: FakePostHog, method: str, suffix: str = "") -> list[Any]:
    return [r for r in fake.requests if r.method == method and r.path.endswith(suffix)]


pytestmark = pytest.mark.anyio


async def test_create_get_and_defaults(client: Any, fake: FakePostHog) -> None:
    created = await client.create(name="Checkout", feature_flag_key="checkout", description="d")
    assert (created.name, created.feature_flag_key, created.description) == (
        "Checkout",
        "checkout",
        "d",
    )
    assert created.feature_flag.active is False  # a draft's new flag is inactive
    variants = created.feature_flag.filters["multivariate"]["variants"]
    assert [(v["key"], v["rollout_percentage"]) for v in variants] == [
        ("control", 50),
        ("test", 50),
    ]
    assert created.stats_config.method == "bayesian"
    assert created.type_ == "product"
    fetched = await client.get(created.id)
    assert fetched.to_dict() == created.to_dict()
    assert len(sent(fake, "POST")) == 1


async def test_create_with_typed_parameters_and_metrics(client: Any, fake: FakePostHog) -> None:
    fake.add_event("purchase")  # PostHog 2026 refuses metrics on events never ingested
    created = await client.create(
        name="Typed",
        feature_flag_key="typed",
        parameters=pec.ExperimentParameters(
            feature_flag_variants=[
                pec.FeatureFlagVariant(key="control", rollout_percentage=34),
                pec.FeatureFlagVariant(key="a", rollout_percentage=33),
                pec.FeatureFlagVariant(key="b", rollout_percentage=33),
            ]
        ),
        metrics=[
            {
                "kind": "ExperimentMetric",
                "metric_type": "mean",
                "source": {"kind": "EventsNode", "event": "purchase"},
            }
        ],
    )
    assert [v.key for v in created.parameters.feature_flag_variants] == ["control", "a", "b"]
    assert created.metrics[0].metric_type == "mean"
    assert created.metrics[0].source.event == "purchase"
    assert isinstance(created.metrics[0].uuid, str)  # assigned by the server


async def test_list_paginates_lazily_and_filters(client: Any, fake: FakePostHog) -> None:
    for index in range(7):
        await client.create(name=f"exp {index}", feature_flag_key=f"exp-{index}")
    before = len(fake.requests)
    pager = client.list(page_size=3)
    assert len(fake.requests) == before  # nothing fetched until consumed
    pages = await collect_pages(pager)
    assert [len(p.items) for p in pages] == [3, 3, 1]
    assert [p.count for p in pages] == [7, 7, 7]
    assert [p.next_offset() for p in pages] == [3, 6, None]
    assert [p.has_next_page() for p in pages] == [True, True, False]
    assert [e.name for e in await collect(client.list(page_size=3))] == [
        f"exp {i}" for i in range(6, -1, -1)
    ]
    assert [e.name for e in await collect(client.list(search="exp 3"))] == ["exp 3"]
    assert [e.name for e in await collect(client.list(order="name", page_size=2))][:2] == [
        "exp 0",
        "exp 1",
    ]
    assert len(await collect(client.list(created_by_id=fake.user_id))) == 7
    assert await collect(client.list(created_by_id=fake.user_id + 100)) == []


async def test_status_and_archived_filters(client: Any) -> None:
    draft = await client.create(name="draft", feature_flag_key="draft")
    running = await client.create(name="running", feature_flag_key="running")
    await client.launch(running.id)
    archived = await client.create(name="archived", feature_flag_key="archived")
    await client.update(archived.id, archived=True)  # PostHog's archive action wants it ended
    assert [e.id for e in await collect(client.list(status="draft"))] == [draft.id]
    assert [e.id for e in await collect(client.list(status="running"))] == [running.id]
    assert [e.id for e in await collect(client.list(archived=True))] == [archived.id]
    await client.unarchive(archived.id)
    assert archived.id in [e.id for e in await collect(client.list())]


async def test_update_sends_only_given_fields(client: Any, fake: FakePostHog) -> None:
    created = await client.create(name="Old", feature_flag_key="upd", description="keep me?")
    updated = await client.update(created.id, name="New", description=None)
    assert (updated.name, updated.description) == ("New", None)
    assert sent(fake, "PATCH")[-1].json() == {"name": "New", "description": None}


async def test_launch_end_and_state_errors(client: Any, fake: FakePostHog) -> None:
    created = await client.create(name="Life", feature_flag_key="life")
    with pytest.raises(pec.ExperimentStateError, match="not been launched"):
        await client.end(created.id)
    launched = await client.launch(created.id)
    assert launched.start_date is not None
    assert launched.feature_flag.active is True
    patches = len(sent(fake, "PATCH"))
    with pytest.raises(pec.ExperimentStateError, match="already been launched") as info:
        await client.launch(created.id)
    assert info.value.experiment_id == created.id
    assert len(sent(fake, "PATCH")) == patches  # nothing was sent
    ended = await client.end(created.id, conclusion="won", conclusion_comment="yes")
    assert (ended.conclusion, ended.conclusion_comment) == ("won", "yes")
    assert ended.end_date is not None
    with pytest.raises(pec.ExperimentStateError, match="already ended"):
        await client.end(created.id)


async def test_soft_delete_and_restore(client: Any, fake: FakePostHog) -> None:
    created = await client.create(name="Gone", feature_flag_key="gone")
    assert await client.delete(created.id) is None
    assert sent(fake, "PATCH")[-1].json() == {"deleted": True}
    assert not sent(fake, "DELETE")
    with pytest.raises(pec.NotFoundError):
        await client.get(created.id)
    assert await collect(client.list()) == []
    with pytest.raises(pec.NotFoundError):
        await client.delete(created.id)  # already deleted, on the first attempt
    restored = await client.restore(created.id)
    assert restored.deleted is False
    assert (await client.get(created.id)).name == "Gone"
    assert fake.feature_flag(created.feature_flag.id)["deleted"] is False


async def test_duplicate(client: Any) -> None:
    source = await client.create(name="Source", feature_flag_key="source")
    first = await client.duplicate(source.id)
    second = await client.duplicate(source.id)
    assert (first.name, second.name) == ("Source (Copy)", "Source (Copy) 1")
    assert first.feature_flag.id == source.feature_flag.id  # shares the flag
    own = await client.duplicate(source.id, name="Own", feature_flag_key="own-flag")
    assert (own.name, own.feature_flag_key) == ("Own", "own-flag")
    assert own.feature_flag.id != source.feature_flag.id


async def test_exposure_cohort(client: Any) -> None:
    created = await client.create(name="Cohorts", feature_flag_key="cohorts")
    with pytest.raises(pec.BadRequestError, match="Experiment does not have a start date"):
        await client.create_exposure_cohort(created.id)
    await client.launch(created.id)
    cohort = await client.create_exposure_cohort(created.id)
    assert isinstance(cohort, pec.Cohort)
    assert cohort.name == 'Users exposed to experiment "Cohorts"'
    assert cohort.experiment_set == [created.id]
    assert (await client.get(created.id)).exposure_cohort == cohort.id
    with pytest.raises(pec.BadRequestError, match="already has an exposure cohort"):
        await client.create_exposure_cohort(created.id)


async def test_requires_flag_implementation(client: Any, fake: FakePostHog) -> None:
    assert await client.requires_flag_implementation() is True
    fake.add_event("$pageview", {"$feature/checkout": "test"})
    assert await client.requires_flag_implementation(events=[{"id": "$pageview"}]) is False
    assert await client.requires_flag_implementation(events=[{"id": "signup"}]) is True


async def test_validation_errors_carry_posthogs_envelope(client: Any) -> None:
    with pytest.raises(pec.BadRequestError) as info:
        await client.create(name="", feature_flag_key="blank-name")
    assert (info.value.code, info.value.attr) == ("blank", "name")
    assert str(info.value) == "400 validation_error on name: This field may not be blank."
    with pytest.raises(pec.BadRequestError, match="End date must be after start date"):
        await client.create(
            name="d",
            feature_flag_key="d",
            start_date="2026-02-01T00:00:00Z",
            end_date="2026-01-01T00:00:00Z",
        )
    with pytest.raises(pec.BadRequestError, match=r"must contain a .*control") as info:
        await client.create(
            name="v",
            feature_flag_key="v",
            parameters={
                "feature_flag_variants": [
                    {"key": "a", "rollout_percentage": 50},
                    {"key": "b", "rollout_percentage": 50},
                ]
            },
        )
    assert info.value.attr == "parameters"
    with pytest.raises(pec.BadRequestError, match='Invalid pk "999"') as info:
        await client.create(name="h", feature_flag_key="h", holdout_id=999)
    assert (info.value.code, info.value.attr) == ("does_not_exist", "holdout_id")
    launched = await client.create(
        name="L", feature_flag_key="launched", start_date="2026-01-01T00:00:00Z"
    )
    with pytest.raises(
        pec.BadRequestError, match="Can't update feature_flag_variants on Experiment"
    ):
        await client.update(
            launched.id,
            parameters={
                "feature_flag_variants": [
                    {"key": "control", "rollout_percentage": 50},
                    {"key": "renamed", "rollout_percentage": 50},
                ]
            },
        )


async def test_auth_and_permission_errors(connect: Callable[..., Any], fake: FakePostHog) -> None:
    with pytest.raises(pec.AuthenticationError) as info:
        await connect(api_key="phx_not_a_real_key").get(1)
    assert info.value.code == "authentication_failed"
    assert "Personal API key found in request Authorization header is invalid." in str(info.value)
    read_only = fake.add_key(scopes=["experiment:read"])
    with pytest.raises(
        pec.PermissionDeniedError, match="API key missing required scope 'experiment:write'"
    ):
        await connect(api_key=read_only).create(name="x", feature_flag_key="x")
    other = fake.add_project(name="Elsewhere")
    limited = fake.add_key(project_ids=[other])
    with pytest.raises(pec.PermissionDeniedError, match=f"requested project: ID {fake.project_id}"):
        await connect(api_key=limited).get(1)
    with pytest.raises(pec.NotFoundError, match=r"Not found\."):
        await connect().get(424242)


async def test_rate_limit_is_retried_then_raised(
    connect: Callable[..., Any], fake: FakePostHog
) -> None:
    pec.set_testing(True)
    try:
        fake.rate_limits.per_minute = 2
        client = connect(max_retries=0)
        await client.create(name="a", feature_flag_key="a")
        await client.get(1)
        with pytest.raises(pec.RateLimitError) as info:
            await client.get(1)
        assert info.value.retry_after is not None
        assert info.value.retry_after > 0
        assert info.value.type == "throttled_error"
    finally:
        pec.set_testing(False)


async def test_retries_through_fault_injection(
    connect: Callable[..., Any], fake: FakePostHog, mode: str
) -> None:
    pec.set_testing(True)
    try:
        client = connect()
        created = await client.create(name="Flaky", feature_flag_key="flaky")

        fake.faults.bad_gateway(method="GET", times=2)
        assert (await client.get(created.id)).name == "Flaky"
        assert len(sent(fake, "GET", f"/{created.id}/")) == 3

        fake.faults.bad_gateway(method="POST")
        with pytest.raises(pec.InternalServerError):
            await client.create(name="Never twice", feature_flag_key="never-twice")
        assert (
            len(
                [
                    r
                    for r in sent(fake, "POST")
                    if r.json() and r.json().get("name") == "Never twice"
                ]
            )
            == 1
        )

        fake.faults.drop(method="POST", process=True)
        with pytest.raises(pec.APIConnectionError):
            await client.duplicate(created.id)
        assert len(sent(fake, "POST", "/duplicate/")) == 1
        assert len([e for e in await collect(client.list()) if e.name == "Flaky (Copy)"]) == 1

        fake.faults.drop(method="GET")
        assert (await client.get(created.id)).id == created.id

        fake.faults.respond(
            429,
            {
                "type": "throttled_error",
                "code": "throttled",
                "detail": "Request was throttled. Expected available in 1 second.",
                "attr": None,
            },
            headers={"Retry-After": "1"},
            method="POST",
        )
        again = await client.create(name="After throttle", feature_flag_key="after-throttle")
        assert again.name == "After throttle"

        fake.faults.truncate(method="GET")
        with pytest.raises(pec.ResponseValidationError, match="not valid JSON"):
            await client.with_options(max_retries=0).get(created.id)

        fake.faults.delay(0.5, method="GET")
        with pytest.raises(pec.APITimeoutError):
            await client.with_options(timeout=0.1, max_retries=0).get(created.id)
    finally:
        pec.set_testing(False)


async def test_raw_response_and_recorded_requests_hide_the_key(
    client: Any, fake: FakePostHog
) -> None:
    created = await client.create(name="Raw", feature_flag_key="raw")
    raw = client.with_raw_response.get(created.id)
    if not isinstance(raw, pec.RawResponse):
        raw = await raw
    assert raw.status_code == 200
    assert raw.parsed.id == created.id
    assert "application/json" in raw.headers["content-type"]
    for recorded in fake.requests:
        assert fake.api_key not in repr(recorded)
        assert fake.api_key not in str(recorded.headers)
