"""Holdouts and saved metrics through the client, against the fake: create, link, launch, list,
delete. Sync and async clients, in process and over a real socket, on asyncio and trio, against
both PostHog versions of the fake. One test body serves both clients: the sync client is wrapped
so that its methods (and its resources' methods) can be awaited."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest

import posthog_experiments_client as pec
from posthog_experiments_client.testing import FakePostHog, Fault

from .test_client_against_fake import collect, connect, flavour, mode

__all__ = ["connect", "flavour", "mode"]  # fixtures used here, defined beside the other tests

MEAN = {
    "kind": "ExperimentMetric",
    "metric_type": "mean",
    "source": {"kind": "EventsNode", "event": "$pageview"},
}
TEN_PERCENT = [{"properties": [], "rollout_percentage": 10}]

pytestmark = pytest.mark.anyio


async def first_page(pager: Any) -> pec.ResourcePage[Any]:
    page = pager.first_page()
    return await page if isinstance(pager, pec.AsyncResourcePager) else page


@pytest.fixture(params=["2025", "2026"])
def fake(request: pytest.FixtureRequest) -> FakePostHog:
    return FakePostHog(posthog_version=request.param)


@pytest.fixture(autouse=True)
def _no_internal_errors(fake: FakePostHog) -> Iterator[None]:
    yield
    assert fake.internal_errors == []


@pytest.fixture
def client(connect: Callable[..., Any]) -> Any:
    return connect()


async def test_create_link_launch_list_and_delete(client: Any, fake: FakePostHog) -> None:
    holdout = await client.holdouts.create(name="Ten percent", filters=TEN_PERCENT)
    assert isinstance(holdout, pec.ExperimentHoldout)
    assert holdout.filters == [{**TEN_PERCENT[0], "variant": f"holdout-{holdout.id}"}]
    primary = await client.saved_metrics.create(name="Pageviews", query={**MEAN, "uuid": "u-1"})
    secondary = await client.saved_metrics.create(
        name="Signups",
        query=pec.ExperimentMetric.from_dict(
            {**MEAN, "uuid": "u-2", "source": {"kind": "EventsNode", "event": "signup"}}
        ),
    )
    assert isinstance(primary, pec.ExperimentSavedMetric)
    assert primary.query.uuid == "u-1"

    experiment = await client.create(
        name="Checkout",
        feature_flag_key="checkout",
        holdout=holdout,
        saved_metrics=[primary, (secondary.id, "secondary")],
    )
    assert experiment.holdout.id == holdout.id
    assert experiment.holdout_id == holdout.id
    assert [(s.saved_metric, s.metadata["type"]) for s in experiment.saved_metrics] == [
        (primary.id, "primary"),
        (secondary.id, "secondary"),
    ]
    assert experiment.primary_metrics_ordered_uuids == [primary.query.uuid]
    assert experiment.secondary_metrics_ordered_uuids == [secondary.query.uuid]
    flag_key = "holdout_groups" if fake.posthog_version == "2025" else "holdout"
    assert experiment.feature_flag.filters[flag_key]

    launched = await client.launch(experiment.id)
    assert launched.start_date is not None
    with pytest.raises(pec.BadRequestError, match="Can't update holdout on running Experiment"):
        await client.update(experiment.id, holdout=None)

    assert [h.id for h in await collect(client.holdouts.list())] == [holdout.id]
    found = await collect(client.saved_metrics.list(search="SIGN"))
    assert [m.id for m in found] == [secondary.id]

    await client.saved_metrics.delete(primary.id)
    await client.holdouts.delete(holdout.id)
    after = await client.get(experiment.id)
    assert after.holdout is None
    assert [s.saved_metric for s in after.saved_metrics] == [secondary.id]
    with pytest.raises(pec.NotFoundError, match=f"Holdout {holdout.id} was not found"):
        await client.holdouts.get(holdout.id)
    with pytest.raises(pec.NotFoundError, match=f"Saved metric {primary.id} was not found"):
        await client.saved_metrics.delete(primary.id)


async def test_update_sends_only_what_is_given_and_none_as_null(
    client: Any, fake: FakePostHog
) -> None:
    holdout = await client.holdouts.create(name="H", description="d", filters=TEN_PERCENT)
    renamed = await client.holdouts.update(holdout.id, name="Renamed", description=None)
    assert (renamed.name, renamed.description) == ("Renamed", None)
    assert fake.requests[-1].method == "PATCH"
    assert fake.requests[-1].json() == {"name": "Renamed", "description": None}
    metric = await client.saved_metrics.create(name="M", query=MEAN, tags=["web"])
    changed = await client.saved_metrics.update(metric.id, description="About")
    assert changed.query.uuid == metric.query.uuid
    assert isinstance(metric.query.uuid, str) == (fake.posthog_version == "2026")
    assert fake.requests[-1].json() == {"description": "About"}


async def test_linking_by_ids_and_relinking_on_update(client: Any) -> None:
    holdout = await client.holdouts.create(name="H", filters=TEN_PERCENT)
    metric = await client.saved_metrics.create(name="M", query=MEAN)
    experiment = await client.create(
        name="By ids",
        feature_flag_key="by-ids",
        holdout_id=holdout.id,
        saved_metrics_ids=[{"id": metric.id, "metadata": {"type": "secondary"}}],
    )
    assert experiment.holdout.id == holdout.id
    assert experiment.saved_metrics[0].metadata["type"] == "secondary"
    relinked = await client.update(experiment.id, holdout=None, saved_metrics=[(metric, "primary")])
    assert relinked.holdout is None
    assert [s.metadata["type"] for s in relinked.saved_metrics] == ["primary"]
    cleared = await client.update(experiment.id, saved_metrics=[])
    assert cleared.saved_metrics == []


async def test_pages_follow_next_links(client: Any) -> None:
    for number in range(5):
        await client.saved_metrics.create(name=f"Metric {number}", query=MEAN)
    page = await first_page(client.saved_metrics.list(page_size=2))
    assert (page.count, len(page.items), page.has_next_page()) == (5, 2, True)
    names = [m.name for m in await collect(client.saved_metrics.list(page_size=2))]
    assert names == [f"Metric {number}" for number in range(5)]


async def test_bad_arguments_raise_before_anything_is_sent(client: Any, fake: FakePostHog) -> None:
    before = len(fake.requests)
    with pytest.raises(pec.InvalidArgumentError, match="not both"):
        await client.create(name="x", feature_flag_key="x", holdout=1, holdout_id=1)
    with pytest.raises(pec.InvalidArgumentError, match=r"saved_metrics\[0\]"):
        await client.create(name="x", feature_flag_key="x", saved_metrics=["nope"])
    with pytest.raises(pec.InvalidArgumentError, match=r"saved_metrics\[0\]: the type"):
        await client.update(1, saved_metrics=[(1, 2)])
    with pytest.raises(pec.InvalidArgumentError, match="name must be a str"):
        await client.holdouts.create(name=3)
    with pytest.raises(pec.InvalidArgumentError, match="id must be an int"):
        await client.saved_metrics.get("1")
    with pytest.raises(pec.InvalidArgumentError, match="search must be a str"):
        client.saved_metrics.list(search=1)
    assert len(fake.requests) == before


async def test_posthog_judges_the_values(client: Any, fake: FakePostHog) -> None:
    with pytest.raises(pec.BadRequestError, match="Filters are required") as caught:
        await client.holdouts.create(name="No filters")
    assert caught.value.status_code == 400
    legacy = {"kind": "ExperimentTrendsQuery", "count_query": {"kind": "TrendsQuery"}}
    if fake.posthog_version == "2025":
        created = await client.saved_metrics.create(name="Legacy", query=legacy)
        assert created.query.to_dict()["kind"] == "ExperimentTrendsQuery"
    else:
        with pytest.raises(pec.BadRequestError, match="Legacy metric kind"):
            await client.saved_metrics.create(name="Legacy", query=legacy)


async def test_raw_response_view(client: Any) -> None:
    holdout = await client.holdouts.create(name="H", filters=TEN_PERCENT)
    raw = await client.with_raw_response.holdouts.get(holdout.id)
    assert raw.status_code == 200
    assert raw.parsed.id == holdout.id
    created = await client.with_raw_response.saved_metrics.create(name="M", query=MEAN)
    assert created.status_code == 201
    deleted = await client.with_raw_response.saved_metrics.delete(created.parsed.id)
    assert (deleted.status_code, deleted.parsed) == (204, None)


async def test_a_retried_delete_that_meets_404_has_succeeded(
    client: Any, fake: FakePostHog, caplog: pytest.LogCaptureFixture
) -> None:
    holdout = await client.holdouts.create(name="H", filters=TEN_PERCENT)
    path = f"/api/projects/{fake.project_id}/experiment_holdouts/{holdout.id}/"
    # The first attempt deletes it but its answer is lost; the retry finds it gone.
    fake.faults.add(Fault(method="DELETE", path=path, status=503, process=True))
    with caplog.at_level(logging.DEBUG, logger="posthog_experiments_client"):
        assert await client.holdouts.delete(holdout.id) is None
    assert [r.status for r in fake.requests if r.method == "DELETE"] == [503, 404]
    assert any("retry" in record.getMessage().lower() for record in caplog.records)


async def test_a_create_that_may_have_been_applied_is_not_retried(
    client: Any, fake: FakePostHog
) -> None:
    fake.faults.add(Fault(method="POST", status=503, process=True))
    with pytest.raises(
        pec.APIStatusError, match="look for the new saved metric with list"
    ) as caught:
        await client.saved_metrics.create(name="Once", query=MEAN)
    assert caught.value.status_code == 503
    assert len([r for r in fake.requests if r.method == "POST"]) == 1
