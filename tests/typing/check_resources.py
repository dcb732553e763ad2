"""Example calls of ``client.holdouts`` and ``client.saved_metrics``, type-checked, never run."""

from __future__ import annotations

from typing_extensions import assert_type

from posthog_experiments_client import (
    AsyncExperimentsClient,
    AsyncResourcePager,
    Experiment,
    ExperimentHoldout,
    ExperimentSavedMetric,
    ExperimentsClient,
    RawResponse,
    ResourcePage,
    ResourcePager,
)


async def async_calls(client: AsyncExperimentsClient) -> None:
    holdout = await client.holdouts.create(name="H", filters=[{"rollout_percentage": 10}])
    assert_type(holdout, ExperimentHoldout)
    assert_type(client.holdouts.list(), AsyncResourcePager[ExperimentHoldout])
    assert_type(await client.holdouts.list(), ResourcePage[ExperimentHoldout])
    async for item in client.saved_metrics.list(search="sign"):
        assert_type(item, ExperimentSavedMetric)
    metric = await client.saved_metrics.create(name="M", query={"kind": "ExperimentMetric"})
    assert_type(
        await client.saved_metrics.update(metric.id, description=None), ExperimentSavedMetric
    )
    assert_type(await client.holdouts.delete(holdout.id), None)
    raw = await client.with_raw_response.holdouts.get(holdout.id)
    assert_type(raw, RawResponse[ExperimentHoldout])
    linked = await client.create(
        name="E", feature_flag_key="e", holdout=holdout, saved_metrics=[(metric, "primary"), 3]
    )
    assert_type(linked, Experiment)
    await client.update(1, holdout=None, saved_metrics=[metric])
    await client.saved_metrics.get("1")  # type: ignore[arg-type]
    await client.holdouts.create(filters=[])  # type: ignore[call-arg]


def sync_calls(client: ExperimentsClient) -> None:
    assert_type(client.holdouts.get(1), ExperimentHoldout)
    assert_type(client.saved_metrics.list(), ResourcePager[ExperimentSavedMetric])
    for page in client.holdouts.list().pages():
        assert_type(page.items, list[ExperimentHoldout])
    assert_type(client.saved_metrics.delete(1), None)
    assert_type(
        client.with_raw_response.saved_metrics.create(name="M", query={}).parsed,
        ExperimentSavedMetric,
    )
    client.create(name="E", feature_flag_key="e", saved_metrics=[("x", "primary")])  # type: ignore[list-item]
