"""The rows the fake stores: the fields and defaults of PostHog's Django models."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = [
    "Action",
    "ApiKey",
    "Cohort",
    "Event",
    "Experiment",
    "FeatureFlag",
    "Holdout",
    "Project",
    "SavedMetric",
    "SavedMetricLink",
    "TimeseriesRecalculation",
    "User",
]


@dataclass(slots=True)
class Project:
    """A project (team); experiments, flags and the rest belong to one."""

    id: int
    name: str
    organization_id: str


@dataclass(slots=True)
class User:
    """A PostHog user; serialised as ``UserBasic``."""

    id: int
    uuid: str
    distinct_id: str
    first_name: str
    last_name: str
    email: str
    is_email_verified: bool | None
    role_at_organization: str | None
    current_project_id: int | None
    project_ids: set[int]
    is_active: bool = True


@dataclass(slots=True)
class ApiKey:
    """A personal API key: its owner, scopes and optional project/organisation limits."""

    value: str
    user_id: int
    scopes: frozenset[str]
    project_ids: frozenset[int] | None
    organization_ids: frozenset[str] | None
    label: str


@dataclass(slots=True)
class FeatureFlag:
    """A feature flag as far as the experiments API shows it (``MinimalFeatureFlag``)."""

    id: int
    team_id: int
    key: str
    name: str
    filters: dict[str, Any]
    active: bool
    deleted: bool
    ensure_experience_continuity: bool | None
    created_by_id: int | None
    created_at: datetime
    version: int | None = 1
    evaluation_runtime: str | None = "all"
    has_encrypted_payloads: bool | None = False
    bucketing_identifier: str | None = None
    evaluation_tags: list[str] = field(default_factory=list)
    creation_context: str | None = None

    def variants(self) -> list[Any]:
        """Return ``filters.multivariate.variants`` (empty for a boolean flag)."""
        multivariate = self.filters.get("multivariate")
        if not isinstance(multivariate, dict):
            return []
        variants = multivariate.get("variants")
        return variants if isinstance(variants, list) else []


@dataclass(slots=True)
class Holdout:
    """An experiment holdout group."""

    id: int
    team_id: int
    name: str
    description: str | None
    filters: Any
    created_by_id: int | None
    created_at: datetime
    updated_at: datetime


@dataclass(slots=True)
class SavedMetric:
    """A reusable metric that experiments link through ``saved_metrics_ids``."""

    id: int
    team_id: int
    name: str
    description: str | None
    query: Any
    metadata: Any
    created_by_id: int | None
    created_at: datetime
    updated_at: datetime
    tags: list[Any] = field(default_factory=list)


@dataclass(slots=True)
class SavedMetricLink:
    """An ``ExperimentToSavedMetric`` row."""

    id: int
    experiment_id: int
    saved_metric_id: int
    metadata: Any
    created_at: datetime


@dataclass(slots=True)
class Cohort:
    """A cohort; the experiments API only creates exposure cohorts."""

    id: int
    team_id: int
    name: str | None
    filters: Any
    created_by_id: int | None
    created_at: datetime
    experiment_ids: list[int]
    description: str = ""
    is_static: bool = False
    is_calculating: bool = True
    cohort_type: str | None = "behavioral"


@dataclass(slots=True)
class Event:
    """An ingested event, for ``requires_flag_implementation``."""

    team_id: int
    event: str
    properties: dict[str, Any]
    timestamp: datetime
    properties_json: str


@dataclass(slots=True)
class Action:
    """An action: a named set of events (one per step)."""

    id: int
    team_id: int
    name: str
    step_events: list[str | None]


@dataclass(slots=True)
class Experiment:
    """An experiment row. ``status`` is derived from the dates, never stored."""

    id: int
    team_id: int
    name: str
    feature_flag_id: int
    created_by_id: int | None
    created_at: datetime
    updated_at: datetime
    description: str | None = ""
    start_date: datetime | None = None
    end_date: datetime | None = None
    holdout_id: int | None = None
    exposure_cohort_id: int | None = None
    parameters: Any = field(default_factory=dict)
    secondary_metrics: Any = field(default_factory=list)
    filters: Any = field(default_factory=dict)
    archived: bool = False
    deleted: bool | None = False
    type: str | None = "product"
    exposure_criteria: Any = field(default_factory=dict)
    metrics: Any = field(default_factory=list)
    metrics_secondary: Any = field(default_factory=list)
    stats_config: Any = field(default_factory=dict)
    conclusion: str | None = None
    conclusion_comment: str | None = None
    primary_metrics_ordered_uuids: Any = None
    secondary_metrics_ordered_uuids: Any = None
    scheduling_config: Any = None
    exposure_preaggregation_enabled: bool = False
    only_count_matured_users: bool = False
    running_time_calculation: Any = None
    saved_metric_link_ids: list[int] = field(default_factory=list)

    @property
    def is_draft(self) -> bool:
        """Not launched yet (no ``start_date``)."""
        return self.start_date is None

    @property
    def status(self) -> str:
        """``draft``, ``running`` or ``stopped``, from the dates (the model's ``computed_status``)."""
        if self.start_date is None:
            return "draft"
        return "running" if self.end_date is None else "stopped"


@dataclass(slots=True)
class TimeseriesRecalculation:
    """An ``ExperimentTimeseriesRecalculation`` row: a request to recompute one metric."""

    id: str
    experiment_id: int
    metric_uuid: str
    fingerprint: str
    metric: Any
    status: str
    created_at: datetime
