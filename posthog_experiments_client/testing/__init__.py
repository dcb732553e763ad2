"""A stateful, faithful fake of PostHog's experiments API, for tests.

``FakePostHog`` keeps projects, personal API keys, users, experiments, feature flags,
holdouts, saved metrics, cohorts and ingested events in memory, and answers HTTP the
way PostHog's backend does: the same status codes, error envelopes and messages,
pagination links, authentication order, scopes and per-key rate limits.

In process (one transport serves ``httpx.Client`` and ``httpx.AsyncClient``)::

    fake = FakePostHog()
    client = httpx.Client(
        transport=fake.transport(),
        base_url="http://posthog.test",
        headers={"Authorization": f"Bearer {fake.api_key}"},
    )
    client.post(f"/api/projects/{fake.project_id}/experiments/", json={...})

Over a real socket, sharing the same state::

    with fake.serve() as base_url:  # e.g. http://127.0.0.1:54321
        ...

From a shell: ``python -m posthog_experiments_client.testing serve --port 8010``.

Script failures with ``fake.faults`` (statuses, HTML error pages, delays past a
timeout, dropped connections, broken JSON) and inspect what a client sent with
``fake.requests``. Seed state with ``fake.add_*`` and ``fake.seed_experiments``;
``fake.reset()`` starts over. The root package never imports this one.
"""

from ._fake import FakePostHog
from ._http.faults import Fault, FaultInjector
from ._http.ratelimit import RateLimits
from ._http.recording import RecordedRequest, RequestLog
from ._state.clock import FakeClock

__all__ = [
    "FakeClock",
    "FakePostHog",
    "Fault",
    "FaultInjector",
    "RateLimits",
    "RecordedRequest",
    "RequestLog",
]

for _name in __all__:
    globals()[_name].__module__ = __name__
del _name
