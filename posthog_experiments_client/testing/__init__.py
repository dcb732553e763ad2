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

Two PostHog versions
--------------------
``FakePostHog(posthog_version="2026")`` (the default) is today's PostHog: its 2026
validation and messages, the computed ``status`` (``paused`` included), the 2026 fields
and the lifecycle actions (launch, end, pause, resume, reset, archive, unarchive,
ship_variant, copy_to_project). ``posthog_version="2025"`` is the classic API of the
docs page, as 2025's code ran it. ``lean_list_items=True`` serves list items in the
newest PostHog's ``ExperimentBasic`` shape, and ``ship_variant_requires_approval=True``
acts as if an approval policy guarded flags. Every rule that differs is one row of
``PostHogVersion`` in ``_rules/versions.py``.

The code is in three layers: ``_http`` (routing, parsing, auth, throttling, faults,
transports), ``_rules`` (one module per resource, plus the version table) and
``_state`` (the rows and tables).

What the fake chooses
---------------------
Where PostHog's behaviour is not confirmed, the fake does this:

* Routes: ``eligible_feature_flags``, ``stats``, ``timeseries_results`` and
  ``recalculate_timeseries`` exist in both versions (2025 had them, off the docs page);
  the nine 2026 actions exist only in 2026. Under 2025 their paths are unknown, so they
  answer 404 ``Not found.`` before authentication, like every unknown path.
* A new fake has a second project (id 2, ``fake.second_project_id``) that its user
  belongs to, so ``copy_to_project`` has a target over plain HTTP.
* ``user_access_level`` is ``"editor"`` on every object.
* 2025's ``MinimalFeatureFlag`` is the docs page's plus ``evaluation_tags: []``; 2026
  adds ``bucketing_identifier`` and ``evaluation_contexts`` and keeps
  ``has_encrypted_payloads``.
* 2026's ``Experiment`` puts ``scheduling_config``, ``exposure_preaggregation_enabled``
  and ``running_time_calculation`` after ``stats_config``, and ends with
  ``only_count_matured_users``, ``status`` and ``user_access_level``. 2025 ends with
  ``user_access_level``; it stores ``scheduling_config`` on create (its whitelist
  refuses it on update) but does not render it.
* Create without ``parameters`` stores ``{}`` in 2025 and ``null`` in 2026. 2025 stores
  ``exposure_criteria`` as sent (``{}`` when absent); 2026 turns missing or null
  criteria into ``{"filterTestAccounts": true}`` and adds the key to an object without
  it.
* 2026 refuses a metric without ``kind`` ("metric kind must be 'ExperimentMetric'").
  Its pydantic errors are simplified: locations without union tags; a mean metric needs
  ``source``, a ratio ``numerator`` and ``denominator``, a retention ``start_event`` and
  ``completion_event``; an EventsNode may not carry ``id``; an ActionsNode needs an
  integer ``id``.
* 2026's event check knows the events ingested with ``fake.add_event`` (a new fake
  knows none) and the actions made with ``fake.add_action``; it runs on create and on
  updates that send metrics, over inline metrics only, actions before events.
* 2026's exposure-config error is ``Invalid exposure_criteria.exposure_config
  (kind=K): [pydantic errors].`` with no hint after it; type names in messages are
  Python's (``list``, ``str``) and a bad ``kind`` is quoted (``got 'Nope'``). 2025 also
  refuses a non-object ``exposure_criteria`` with ``Invalid exposure criteria``.
* 2026's legacy-metric guard lists the refused keys sorted and comma-separated
  (``holdout_id`` for the holdout).
* 2026 finds an existing flag by key among deleted flags too (before tombstoned keys),
  reads ``Control``/``CONTROL`` as ``control`` when judging it, and links it unchanged.
* 2025's ``order`` sorts by ``id``, ``name``, ``created_at``, ``updated_at``,
  ``start_date`` or ``end_date`` and ignores anything else (PostHog 2025 would answer
  500). Unknown ``status`` values are ignored in both versions.
* ``update_feature_flag_params=true`` on a launched experiment still keeps the variant
  count and keys; it syncs percentages, rollout and holdout into the flag.
* 2025 checks no variant's shape; a variant without a percentage fails the flag's
  "must sum to 100" check. 2026 echoes each variant's ``rollout_percentage`` as
  ``split_percent`` in ``parameters``, and validates ``parameters.excluded_variants``
  and ``running_time_calculation`` (2026-only launch and sizing checks).
* Lifecycle: archive checks "ended" before "already archived"; launch, pause and resume
  of an experiment without a flag say "Experiment does not have a feature flag linked.";
  ship_variant on a draft says "Experiment has not been launched yet.", without
  ``variant_key`` answers DRF's required error, prepends the release group only when no
  group already serves 100% without conditions, and bumps the flag's ``version``. Its
  409 body is ``{"detail": "This change requires approval. A change request has been
  created.", "change_request_id": "<uuid>"}`` and nothing changes.
* copy_to_project answers bare ``{"detail": ...}`` errors: ``target_team_id is
  required.`` and ``target_team_id must be an integer.`` (400), ``Target team not
  found.`` (404), and ``You do not have write access to the target project.`` (403) when
  the user is not a member of the target; a legacy-metric source gets ``Copying is not
  supported for experiments using legacy metrics.``. The copy is a draft with the
  duplicate's fields, new metric uuids, the given or the source's name and flag key,
  and no saved metrics or holdout.
* eligible_feature_flags lists live flags with two or more variants, the first keyed
  ``control`` (both versions), newest first; it filters by ``search`` (key or name),
  ``active``, ``created_by_id`` and ``evaluation_runtime``; a negative or non-integer
  limit or offset is the bare 400; the limit is capped at 100.
* stats counts live experiments: launches in the last 30 days and the 30 before,
  ``percent_change`` rounded to one decimal (100.0 with no earlier launches, 0.0 with
  none at all), running non-archived experiments, and ends in the last 30 days.
* Holdouts (both versions, scope ``experiment``): a ``filters`` value that is not a
  list is DRF's ``not_a_list`` error, and a group that is not an object, or whose
  ``rollout_percentage`` is not a number, gets the nearest of PostHog's messages ("must
  be present", "must be between 0 and 100") where PostHog would answer 500. An update
  with empty ``filters`` stores them and leaves the flags alone. Ties in ``-created_at``
  list the later id first. Their 2025 flag key is ``holdout_groups`` only.
* Saved metrics: 2025 is mid-2025's serializer (scope ``experiment``, the three kinds,
  ``mean``/``funnel``/``ratio``, the query stored as sent, no name check; of a legacy
  query only ``count_query``/``funnels_query`` is required); 2026 is the newest rules
  (scope ``experiment_saved_metric``, legacy kinds refused, ``retention`` allowed, names
  unique per project ignoring case with ``attr: name``, a ``query.uuid`` given when
  absent and kept, "Saved metric UUID cannot be changed" with ``attr: query``). Both
  render ``tags`` and no ``user_access_level``, filter ``search`` on the name only (no
  ``event``), list by ``lower(name)`` then id, and list pydantic errors as ``type``,
  ``loc``, ``msg`` (no ``input`` or ``url``), with the experiments' simplified checks.
  A 2025 query without a uuid joins no ordering array when linked. Deleting a saved
  metric deletes its links, and the experiments' ordering arrays keep its uuid, as a
  cascade leaves them.
* Both resources answer a delete with 204, no body and no content type, and
  ``/api/environments/...`` paths route like ``/api/projects/...`` ones.
* The fake computes no timeseries: ``timeseries_results`` answers ``status`` of the
  latest recalculation (``pending``) with an empty ``timeseries``; a missing
  ``metric_uuid`` or ``fingerprint`` is a 400 (``... query parameter is required``).
  ``recalculate_timeseries`` needs ``metric`` (with a ``uuid``) and ``fingerprint``.

Experiment results
------------------
The query API (``POST /api/environments/{project}/query/``, and ``/api/projects/...``)
runs ``ExperimentQuery`` and ``ExperimentExposureQuery``, with PostHog's statistics, from
data a test seeds: ``fake.set_metric_data(experiment_id, metric_uuid, variants)`` (the
fields of ``ExperimentStatsBase`` per variant) and ``fake.set_exposures(experiment_id,
{variant: {day: count}})``. :func:`simulate_experiment` draws both from a seed
(``simulate_experiment(conversion_rates={"control": 0.10, "test": 0.12}, exposures=2000,
seed=7)``); ``serve --results-file data.json`` seeds a socket server
(``fake.load_results``). ``fake.set_async_queries(polls=N)`` or ``(seconds=S)`` decides
when an async query completes, ``fake.set_query_error`` makes one fail. The query API needs
the ``query:read`` scope. 2025 answers without the newest fields (breakdowns, ``hogql``,
CUPED sums, ``sample_ratio_mismatch``, ...). What the fake chooses where PostHog is
unconfirmed is listed in ``_rules/results.py``.
"""

from ._fake import FakePostHog
from ._http.faults import Fault, FaultInjector
from ._http.ratelimit import RateLimits
from ._http.recording import RecordedRequest, RequestLog
from ._state.clock import FakeClock
from ._statistics import (
    InvalidExposuresError,
    InvalidVariantStatsError,
    SimulatedExperiment,
    simulate_experiment,
)

__all__ = [
    "FakeClock",
    "FakePostHog",
    "Fault",
    "FaultInjector",
    "InvalidExposuresError",
    "InvalidVariantStatsError",
    "RateLimits",
    "RecordedRequest",
    "RequestLog",
    "SimulatedExperiment",
    "simulate_experiment",
]

for _name in __all__:
    globals()[_name].__module__ = __name__
del _name
