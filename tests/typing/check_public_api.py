"""Example calls, type-checked by ``mypy --strict`` in ``make test`` and never run.

``assert_type`` pins what the public API returns; each ``# type: ignore[...]`` marks a call that
must be rejected (``warn_unused_ignores`` fails the check if it is accepted).
"""

from __future__ import annotations

import datetime

from typing_extensions import assert_type

from posthog_experiments_client import (
    UNSET,
    AsyncExperimentsClient,
    AsyncPager,
    Cohort,
    Experiment,
    ExperimentParameters,
    ExperimentResults,
    ExperimentsClient,
    ExperimentStats,
    ExperimentTimeseriesRecalculation,
    ExperimentTimeseriesResults,
    ExposureResults,
    FeatureFlag,
    FeatureFlagVariant,
    MetricResult,
    Page,
    PostHogError,
    RawResponse,
    SyncPager,
    VariantResult,
)


async def async_calls(client: AsyncExperimentsClient) -> None:
    assert_type(await client.get(1), Experiment)
    assert_type(client.list(), AsyncPager[Experiment])
    assert_type(await client.list(status="running"), Page[Experiment])
    async for experiment in client.list(search="checkout"):
        assert_type(experiment, Experiment)
    async for page in client.list().pages():
        assert_type(page, Page[Experiment])
        assert_type(page.items, list[Experiment])
        assert_type(page.has_next_page(), bool)
    created = await client.create(
        name="Checkout",
        feature_flag_key="checkout",
        parameters=ExperimentParameters(
            feature_flag_variants=[
                FeatureFlagVariant(key="control", rollout_percentage=50),
                FeatureFlagVariant(key="test", rollout_percentage=50),
            ]
        ),
        metrics=[{"kind": "ExperimentMetric", "metric_type": "mean"}],
    )
    assert_type(created, Experiment)
    assert_type(await client.update(1, description=None, name=UNSET), Experiment)
    assert_type(await client.delete(1), None)
    assert_type(await client.restore(1), Experiment)
    assert_type(await client.duplicate(1, name="Copy"), Experiment)
    assert_type(await client.create_exposure_cohort(1), Cohort)
    assert_type(await client.requires_flag_implementation(events=[{"id": "$pageview"}]), bool)
    assert_type(await client.launch(1), Experiment)
    assert_type(await client.end(1, conclusion="won"), Experiment)
    assert_type(await client.archive(1), Experiment)
    assert_type(await client.pause(1), Experiment)
    assert_type(await client.ship_variant(1, variant_key="test"), Experiment)
    assert_type(await client.copy_to_project(1, target_project_id=2), Experiment)
    assert_type(client.eligible_feature_flags(), AsyncPager[FeatureFlag])
    async for flag in client.eligible_feature_flags(active=True):
        assert_type(flag, FeatureFlag)
    assert_type(await client.stats(), ExperimentStats)
    assert_type(
        await client.timeseries_results(1, metric_uuid="u", fingerprint="f"),
        ExperimentTimeseriesResults,
    )
    assert_type(
        await client.recalculate_timeseries(1, metric={}, fingerprint="f"),
        ExperimentTimeseriesRecalculation,
    )
    assert_type(await client.with_raw_response.get(1), RawResponse[Experiment])
    assert_type(client.with_options(max_retries=0), AsyncExperimentsClient)

    await client.get("1")  # type: ignore[arg-type]
    await client.create(name="only a name")  # type: ignore[call-arg]
    await client.create("positional", "args")  # type: ignore[call-arg]
    await client.update(1, feature_flag_key="immutable")  # type: ignore[call-arg]
    await client.update(1, archived="yes")  # type: ignore[arg-type]
    await client.end(1, conclusion=3)  # type: ignore[arg-type]
    client.list(page_size="10")  # type: ignore[arg-type]
    await client.ship_variant(1)  # type: ignore[call-arg]
    await client.copy_to_project(1, 2)  # type: ignore[call-arg]


def sync_calls(client: ExperimentsClient) -> None:
    assert_type(client.get(1), Experiment)
    assert_type(client.list(), SyncPager[Experiment])
    for experiment in client.list(archived=True):
        assert_type(experiment, Experiment)
    assert_type(client.list().first_page(), Page[Experiment])
    assert_type(
        client.launch(1, start_date=datetime.datetime.now(datetime.timezone.utc)), Experiment
    )
    assert_type(client.delete(1), None)
    assert_type(client.with_raw_response.delete(1), RawResponse[None])
    assert_type(client.eligible_feature_flags().first_page(), Page[FeatureFlag])
    assert_type(client.resume(1), Experiment)

    client.get(None)  # type: ignore[arg-type]
    client.duplicate(1, "name")  # type: ignore[call-arg]
    ExperimentsClient("phx_key")  # type: ignore[call-arg]


async def async_results(client: AsyncExperimentsClient) -> None:
    results = await client.results(1, refresh="force_async", max_concurrency=4, deadline=30)
    assert_type(results, ExperimentResults)
    assert_type(results.primary, tuple[MetricResult, ...])
    assert_type(results.exposures, ExposureResults)
    assert_type(results.errors, tuple[PostHogError, ...])
    for result in results:
        assert_type(result, MetricResult)
        assert_type(result.winner, VariantResult | None)
        assert_type(result.error, PostHogError | None)
    assert_type(await client.metric_result(1, "uuid"), MetricResult)
    assert_type(await client.exposures(1), ExposureResults)
    await client.results("1")  # type: ignore[arg-type]
    await client.results(1, "force_async")  # type: ignore[call-arg]


def sync_results(client: ExperimentsClient) -> None:
    assert_type(client.results(1), ExperimentResults)
    assert_type(client.metric_result(1, {"kind": "ExperimentMetric"}), MetricResult)
    assert_type(client.exposures(1, refresh="blocking"), ExposureResults)
    client.results(1, max_concurrency="4")  # type: ignore[arg-type]
