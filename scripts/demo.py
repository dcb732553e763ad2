"""Walk an experiment through its whole lifecycle, with the async client and then the sync one.

python scripts/demo.py          # against the embedded fake PostHog on a loopback socket
python scripts/demo.py --live   # against the real project in POSTHOG_* (creates real objects)

It needs only the client's runtime dependencies (httpx, attrs, python-dateutil): ``make demo``
runs it in a small virtual environment of its own, ``.venv-demo``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import sys
import uuid
from collections.abc import Iterator
from http import HTTPStatus
from pathlib import Path

import posthog_experiments_client
from posthog_experiments_client import (
    AsyncExperimentsClient,
    ExperimentMetric,
    ExperimentParameters,
    ExperimentsClient,
    FeatureFlagVariant,
    NotFoundError,
)
from posthog_experiments_client.testing import FakePostHog

ROOT = Path(__file__).resolve().parent.parent


def say(step: str, detail: str = "") -> None:
    print(f"  {step:<28} {detail}")


def where(path: str | Path) -> str:
    """A path relative to the checkout when it is inside it."""
    resolved = Path(path).resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(resolved)


def status_text(status: int | None) -> str:
    if status is None:
        return "connection dropped"
    return f"{status} {HTTPStatus(status).phrase}"


async def lifecycle(client: AsyncExperimentsClient, suffix: str, fake: FakePostHog | None) -> int:
    print("\nAsync client")
    experiment = await client.create(
        name=f"Checkout redesign {suffix}",
        feature_flag_key=f"checkout-redesign-{suffix}",
        description="Does the one-page checkout convert better?",
        parameters=ExperimentParameters(
            feature_flag_variants=[
                FeatureFlagVariant(key="control", name="Current checkout", rollout_percentage=50),
                FeatureFlagVariant(key="one-page", name="One-page checkout", rollout_percentage=50),
            ],
            minimum_detectable_effect=5,
        ),
        metrics=[
            ExperimentMetric.from_dict(
                {
                    "kind": "ExperimentMetric",
                    "metric_type": "funnel",
                    "name": "Checkout completed",
                    "series": [{"kind": "EventsNode", "event": "checkout completed"}],
                }
            )
        ],
    )
    flag = experiment.feature_flag
    say(
        "create",
        f"experiment #{experiment.id} {experiment.name!r} (flag {flag.key!r}, active={flag.active})",
    )

    if fake is not None:
        # One scripted fault: the next GET meets an HTML 502 from the "gateway"; a GET is safe to
        # repeat, so the client waits briefly and retries it.
        fake.faults.bad_gateway(method="GET", times=1)
        seen = len(fake.requests)
        fetched = await client.get(experiment.id)
        attempts = [status_text(r.status) for r in list(fake.requests)[seen:]]
        say(
            "recover from a fault",
            f"get experiment #{fetched.id}: " + " -> retried -> ".join(attempts),
        )

    for index in range(3):
        await client.create(
            name=f"Pricing page test {suffix}-{index}", feature_flag_key=f"pricing-{suffix}-{index}"
        )

    pages = 0
    async for page in client.list(search=suffix, page_size=2).pages():
        pages += 1
        names = ", ".join(e.name for e in page.items)
        say(f"list page {pages}", f"{len(page.items)} of {page.count}: {names}")

    experiment = await client.update(experiment.id, description="One-page checkout vs current")
    say("update", f"description = {experiment.description!r}")

    experiment = await client.launch(experiment.id)
    say(
        "launch",
        f"start_date = {experiment.start_date:%Y-%m-%d %H:%M} UTC, flag active = {experiment.feature_flag.active}",
    )

    cohort = await client.create_exposure_cohort(experiment.id)
    say("exposure cohort", f"cohort #{cohort.id} {cohort.name!r}")

    copy = await client.duplicate(experiment.id)
    say(
        "duplicate",
        f"experiment #{copy.id} {copy.name!r} (shares flag {copy.feature_flag_key!r})",
    )

    experiment = await client.end(
        experiment.id, conclusion="won", conclusion_comment="+7% conversion"
    )
    say(
        "end",
        f"conclusion = {experiment.conclusion!r}, end_date set = {experiment.end_date is not None}",
    )

    experiment = await client.archive(experiment.id)
    say("archive", f"archived = {experiment.archived}")

    await client.delete(copy.id)
    listed = [e.id async for e in client.list(search=suffix)]
    say("soft delete", f"experiment #{copy.id} (still listed: {copy.id in listed})")
    try:
        await client.get(copy.id)
    except NotFoundError as error:  # every failure is a typed PostHogError that says what to do
        say("a typed error", f"{type(error).__name__}: {error}")
    restored = await client.restore(copy.id)
    say("restore", f"experiment #{restored.id} is back (deleted = {restored.deleted})")
    return experiment.id


def sync_twin(client: ExperimentsClient, experiment_id: int, suffix: str) -> None:
    print("\nSync client")
    experiment = client.get(experiment_id)
    state = "ended" if experiment.end_date else "running" if experiment.start_date else "draft"
    say(
        "get",
        f"experiment #{experiment.id} {experiment.name!r} ({state}, archived={experiment.archived})",
    )
    count = sum(1 for _ in client.list(search=suffix, page_size=2))
    say("list (iterate all)", f"{count} non-archived experiments matching {suffix!r}")
    archived = [e.name for e in client.list(archived=True, search=suffix)]
    say("list archived", ", ".join(archived))


@contextlib.contextmanager
def fake_posthog(fake: FakePostHog) -> Iterator[dict[str, object]]:
    with fake.serve() as base_url:
        print(f"Fake PostHog listening on {base_url} (project #{fake.project_id})")
        yield {"api_key": fake.api_key, "host": base_url, "project_id": fake.project_id}


async def run(settings: dict[str, object], suffix: str, fake: FakePostHog | None) -> int:
    async with AsyncExperimentsClient(**settings) as client:  # type: ignore[arg-type]
        return await lifecycle(client, suffix, fake)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--live", action="store_true", help="use the real PostHog in POSTHOG_*")
    args = parser.parse_args()
    suffix = uuid.uuid4().hex[:6]
    print(f"This demo is {where(__file__)}; the client it drives lives in")
    print(
        f"{where(Path(posthog_experiments_client.__file__).parent)}/ (the fake PostHog in testing/)."
    )
    fake: FakePostHog | None = None
    if args.live:
        missing = [
            v for v in ("POSTHOG_PERSONAL_API_KEY", "POSTHOG_PROJECT_ID") if not os.environ.get(v)
        ]
        if missing:
            print(f"--live needs {', '.join(missing)} (and POSTHOG_HOST unless US cloud).")
            return 2
        print("WARNING: --live creates real experiments and feature flags in your PostHog project.")
        settings_cm: contextlib.AbstractContextManager[dict[str, object]] = contextlib.nullcontext(
            {}
        )
    else:
        fake = FakePostHog()
        # PostHog 2026 refuses metrics on events it has never seen: the project has seen this one.
        fake.add_event("checkout completed")
        settings_cm = fake_posthog(fake)
    with settings_cm as settings:
        experiment_id = asyncio.run(run(settings, suffix, fake))
        with ExperimentsClient(**settings) as client:  # type: ignore[arg-type]
            sync_twin(client, experiment_id, suffix)
    print(f"\nDone. Read {where(__file__)} to see how each step is written.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
