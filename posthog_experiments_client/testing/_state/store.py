"""In-memory tables of the fake and the lookups the rules need.

The store only holds rows and answers lookups; the rules that change experiments live
in :mod:`.._rules`. Callers serialise access with the fake's lock.
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from typing import Any

from .clock import FakeClock
from .ids import IdSource
from .models import (
    Action,
    ApiKey,
    Cohort,
    Event,
    Experiment,
    FeatureFlag,
    Holdout,
    Project,
    SavedMetric,
    SavedMetricLink,
    TimeseriesRecalculation,
    User,
)
from .results import ResultsTables

__all__ = ["Store"]


class Store:
    """Every table of one fake PostHog instance.

    Args:
        clock: Supplies ``created_at``/``updated_at``.
        seed: Seeds the UUIDs and API keys.
    """

    def __init__(self, clock: FakeClock, seed: int = 0) -> None:
        self.clock = clock
        self.ids = IdSource(seed)
        self.organizations: dict[str, str] = {}
        self.projects: dict[int, Project] = {}
        self.users: dict[int, User] = {}
        self.keys: dict[str, ApiKey] = {}
        self.flags: dict[int, FeatureFlag] = {}
        # (team_id, key) -> id of the one non-deleted flag with that key.
        self.live_flags: dict[tuple[int, str], int] = {}
        # (team_id, key) -> ids of every flag that ever had that key, oldest first.
        self.flags_by_key: defaultdict[tuple[int, str], list[int]] = defaultdict(list)
        self.holdouts: dict[int, Holdout] = {}
        self.saved_metrics: dict[int, SavedMetric] = {}
        self.saved_metric_links: dict[int, SavedMetricLink] = {}
        self.cohorts: dict[int, Cohort] = {}
        self.actions: dict[int, Action] = {}
        self.events: defaultdict[int, list[Event]] = defaultdict(list)
        # Event names each project has ingested (PostHog's event definitions).
        self.event_names: defaultdict[int, set[str]] = defaultdict(set)
        self.recalculations: dict[str, TimeseriesRecalculation] = {}
        self.experiments: dict[int, Experiment] = {}
        self.team_experiments: defaultdict[int, list[Experiment]] = defaultdict(list)
        # Bumped before anything changes; list results are cached per generation.
        self.generation = 0
        self.list_cache: dict[tuple[Any, ...], list[Experiment]] = {}
        # What experiment results are computed from, and the query API's cache and queries.
        self.results = ResultsTables()

    # ------------------------------------------------------------------ accounts

    def add_organization(self, name: str) -> str:
        """Create an organisation and return its UUID."""
        org_id = self.ids.uuid4()
        self.organizations[org_id] = name
        return org_id

    def add_project(self, project_id: int | None, name: str, organization_id: str) -> Project:
        """Create a project (an explicit id must be unused)."""
        if project_id is None:
            project_id = self.ids.next_id("project")
        elif project_id in self.projects:
            raise ValueError(f"project {project_id} already exists")
        else:
            self.ids.claim("project", project_id)
        project = Project(project_id, name, organization_id)
        self.projects[project_id] = project
        return project

    def add_user(
        self,
        *,
        email: str,
        first_name: str,
        last_name: str,
        project_ids: set[int],
        current_project_id: int | None,
        role_at_organization: str | None,
        is_active: bool = True,
    ) -> User:
        """Create a user who belongs to ``project_ids``."""
        user_id = self.ids.next_id("user")
        user = User(
            id=user_id,
            uuid=self.ids.uuid4(),
            distinct_id=self.ids.uuid4(),
            first_name=first_name,
            last_name=last_name,
            email=email,
            is_email_verified=True,
            role_at_organization=role_at_organization,
            current_project_id=current_project_id,
            project_ids=set(project_ids),
            is_active=is_active,
        )
        self.users[user_id] = user
        return user

    def add_key(
        self,
        *,
        user_id: int,
        scopes: frozenset[str],
        project_ids: frozenset[int] | None,
        organization_ids: frozenset[str] | None,
        value: str | None,
        label: str,
    ) -> ApiKey:
        """Create a personal API key for ``user_id``."""
        if user_id not in self.users:
            raise ValueError(f"user {user_id} does not exist")
        key = ApiKey(
            value=value or self.ids.api_key(),
            user_id=user_id,
            scopes=scopes,
            project_ids=project_ids,
            organization_ids=organization_ids,
            label=label,
        )
        self.keys[key.value] = key
        return key

    # ------------------------------------------------------------------ flags

    def live_flag(self, team_id: int, key: str) -> FeatureFlag | None:
        """The non-deleted flag with ``key`` in the project, if any."""
        flag_id = self.live_flags.get((team_id, key))
        return self.flags[flag_id] if flag_id is not None else None

    def add_flag(
        self,
        *,
        team_id: int,
        key: str,
        name: str,
        filters: dict[str, Any],
        active: bool,
        deleted: bool = False,
        ensure_experience_continuity: bool | None = False,
        created_by_id: int | None = None,
        creation_context: str | None = None,
    ) -> FeatureFlag:
        """Create a flag; a live flag with the same key must not exist."""
        if not deleted and (team_id, key) in self.live_flags:
            raise ValueError(f"a feature flag with key {key!r} already exists")
        flag = FeatureFlag(
            id=self.ids.next_id("feature_flag"),
            team_id=team_id,
            key=key,
            name=name,
            filters=filters,
            active=active,
            deleted=deleted,
            ensure_experience_continuity=ensure_experience_continuity,
            created_by_id=created_by_id,
            created_at=self.clock(),
            creation_context=creation_context,
        )
        self.flags[flag.id] = flag
        self.flags_by_key[(team_id, key)].append(flag.id)
        if not deleted:
            self.live_flags[(team_id, key)] = flag.id
        return flag

    def delete_flag(self, flag: FeatureFlag) -> None:
        """Soft-delete a flag; its key becomes free for a new flag."""
        flag.deleted = True
        if self.live_flags.get((flag.team_id, flag.key)) == flag.id:
            del self.live_flags[(flag.team_id, flag.key)]

    # ------------------------------------------------------------------ related rows

    def add_holdout(
        self,
        *,
        team_id: int,
        name: str,
        description: str | None,
        filters: Any,
        created_by_id: int | None,
    ) -> Holdout:
        """Create a holdout; like PostHog, each filter group gets ``variant: holdout-{id}``."""
        now = self.clock()
        holdout_id = self.ids.next_id("holdout")
        if isinstance(filters, list):
            filters = [
                {**group, "variant": f"holdout-{holdout_id}"} if isinstance(group, dict) else group
                for group in filters
            ]
        holdout = Holdout(holdout_id, team_id, name, description, filters, created_by_id, now, now)
        self.holdouts[holdout_id] = holdout
        return holdout

    def add_saved_metric(
        self,
        *,
        team_id: int,
        name: str,
        query: Any,
        description: str | None,
        created_by_id: int | None,
    ) -> SavedMetric:
        """Create a saved metric."""
        now = self.clock()
        metric_id = self.ids.next_id("saved_metric")
        metric = SavedMetric(
            metric_id, team_id, name, description, query, {}, created_by_id, now, now
        )
        self.saved_metrics[metric_id] = metric
        return metric

    def add_action(self, *, team_id: int, name: str, step_events: list[str | None]) -> Action:
        """Create an action matching any of ``step_events``."""
        action = Action(self.ids.next_id("action"), team_id, name, list(step_events))
        self.actions[action.id] = action
        return action

    def add_event(
        self, *, team_id: int, event: str, properties: dict[str, Any], timestamp: datetime
    ) -> Event:
        """Ingest one event (its properties are kept as ClickHouse's JSON text too)."""
        row = Event(team_id, event, properties, timestamp, json.dumps(properties))
        self.events[team_id].append(row)
        self.event_names[team_id].add(event)
        return row

    def add_cohort(self, cohort: Cohort) -> Cohort:
        """Store a cohort built by the rules."""
        self.cohorts[cohort.id] = cohort
        return cohort

    # ------------------------------------------------------------------ experiments

    def add_experiment(self, experiment: Experiment) -> Experiment:
        """Store a new experiment row."""
        self.experiments[experiment.id] = experiment
        self.team_experiments[experiment.team_id].append(experiment)
        return experiment

    def holdout_exists(self, holdout_id: int) -> bool:
        """Whether the holdout exists in any project (2025's unscoped lookup)."""
        return holdout_id in self.holdouts

    def holdout_in_team(self, team_id: int, holdout_id: int) -> bool:
        """Whether the holdout exists in the project (2026's team-scoped lookup)."""
        holdout = self.holdouts.get(holdout_id)
        return holdout is not None and holdout.team_id == team_id

    def saved_metrics_in_team(self, team_id: int, ids: list[Any]) -> set[int]:
        """The distinct ids among ``ids`` that name saved metrics of the project."""
        found: set[int] = set()
        for raw in ids:
            if isinstance(raw, bool) or not isinstance(raw, (int, str)):
                continue
            try:
                metric_id = int(raw)
            except ValueError:
                continue
            metric = self.saved_metrics.get(metric_id)
            if metric is not None and metric.team_id == team_id:
                found.add(metric_id)
        return found
