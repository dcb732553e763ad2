"""The two PostHog versions the fake speaks, side by side: one row per rule that differs.

Every rule that changed between PostHog's 2025 code (``ee/clickhouse/views/experiments.py``)
and its 2026 code (``products/experiments/backend/``) is a field of
:class:`PostHogVersion`; :data:`VERSIONS` holds the value each version uses. The rule
modules only ask the version object, so each difference is written once, here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from . import criteria, metrics, queries, render, variants
from .experiment_fields import spec_writable_fields
from .fields import EMPTY

__all__ = ["DEFAULT_VERSION", "VERSIONS", "PostHogVersion", "get_version"]

# Fields the 2025 serializer does not have (whatever the spec lists).
_ONLY_2026 = (
    "exposure_preaggregation_enabled",
    "only_count_matured_users",
    "running_time_calculation",
    "allow_unknown_events",
    "update_feature_flag_params",
)
# Inputs of PostHog versions newer than both (the writable ``feature_flag``, top-level
# ``excluded_variants``, ``tags``): the spec lists them, and both versions ignore them, as any
# serializer ignores a key it does not declare.
_NEWEST_ONLY = ("feature_flag", "excluded_variants", "tags")
# Serializer fields of both eras that the curated spec may not list as writable.
_BEYOND_SPEC = ("scheduling_config",)

# ``update()``'s whitelist: the keys an experiment update may change.
_UPDATE_KEYS_2025 = frozenset(
    {
        "name",
        "description",
        "start_date",
        "end_date",
        "filters",
        "parameters",
        "archived",
        "deleted",
        "secondary_metrics",
        "holdout",
        "exposure_criteria",
        "metrics",
        "metrics_secondary",
        "stats_config",
        "conclusion",
        "conclusion_comment",
        "primary_metrics_ordered_uuids",
        "secondary_metrics_ordered_uuids",
    }
)
_UPDATE_KEYS_2026 = _UPDATE_KEYS_2025 | {
    "running_time_calculation",
    "scheduling_config",
    "saved_metrics_ids",
    "only_count_matured_users",
}

# The CRUD actions of the two resources experiments point at, routed in both versions.
_RESOURCE_ACTIONS = frozenset(
    f"{resource}_{action}"
    for resource in ("holdout", "saved_metric")
    for action in ("list", "create", "retrieve", "update", "partial_update", "destroy")
)

# The experiments viewset's actions: the classic ones, then those 2026 added.
_ACTIONS_2025 = _RESOURCE_ACTIONS | frozenset(
    {
        "list",
        "create",
        "retrieve",
        "update",
        "partial_update",
        "destroy",
        "duplicate",
        "create_exposure_cohort_for_experiment",
        "requires_flag_implementation",
        "eligible_feature_flags",
        "stats",
        "timeseries_results",
        "recalculate_timeseries",
        # The query API (experiment results and exposures).
        "query",
        "query_status",
        "query_cancel",
    }
)
_ACTIONS_2026 = _ACTIONS_2025 | {
    "launch",
    "end",
    "pause",
    "resume",
    "reset",
    "archive",
    "unarchive",
    "ship_variant",
    "copy_to_project",
}


def _fields(removed: tuple[str, ...], added: tuple[str, ...]) -> tuple[str, ...]:
    spec = tuple(name for name in spec_writable_fields() if name not in removed)
    return spec + tuple(name for name in added if name not in spec)


@dataclass(frozen=True, slots=True)
class PostHogVersion:
    """Everything that one PostHog version does differently from the other.

    Attributes:
        name: ``"2025"`` or ``"2026"``.
        writable_fields: The serializer's writable fields, in its declared order.
        description_max_length: ``description``'s limit.
        conclusion_comment_max_length: ``conclusion_comment``'s limit (``None``: none).
        holdouts_team_scoped: Whether ``holdout_id`` only finds the project's holdouts.
        check_parameters: ``validate_parameters`` (variants and their keys).
        parameters_after_launch_guard: Whether, on update, the parameter checks run after
            the launched-experiment checks (2026 runs them in the service).
        check_metrics: ``validate_metrics`` and ``validate_metrics_secondary``.
        check_metric_references: The service check that metric events and actions exist.
        check_exposure_criteria: ``validate_exposure_criteria``.
        check_stats_config: The stats-config checks of ``validate()``, if any.
        check_running_time: ``running_time_calculation``'s checks, if the field exists.
        find_flag: How create finds an existing flag by key.
        check_flag_eligible: Which existing flags may back an experiment.
        check_launch: Guards when an experiment is launched, if any.
        holdout_filter: How a holdout is written into the flag's filters.
        flag_config_from_parameters: Whether the flag takes ``parameters.rollout_percentage``
            and ``parameters.feature_flag_payloads`` (2025 always rolls out to 100%).
        reject_duplicate_metric_uuids: Whether two sent metrics sharing a uuid is a 400
            (2026) rather than the second one getting a new uuid (2025).
        default_exposure_criteria: What create stores for the criteria sent (``EMPTY``
            when none were).
        default_parameters: What create stores when no parameters are sent.
        update_keys: ``update()``'s whitelist.
        legacy_metrics_guard: Whether legacy-metric experiments are limited on update
            and refused by ``duplicate``/``copy_to_project``.
        restore_guard: Whether a restore is refused while the flag is deleted.
        saved_metrics_relinked: Whether an update deletes and recreates every saved-metric
            link (2025) instead of changing them in place (2026).
        duplicate_reads_name: Whether ``duplicate`` takes a ``name`` from its body.
        duplicate_new_metric_uuids: Whether ``duplicate`` gives metrics new uuids.
        duplicate_extra_fields: Fields ``duplicate`` copies beyond the classic list.
        duplicate_variants_from_flag: Whether a duplicate linked to another existing flag
            takes that flag's variants into ``parameters``.
        status_filter: The list's ``status`` filter.
        strict_order: Whether an ``order`` outside the allowlist is a 400.
        list_filters_2026: Whether the list takes ``feature_flag_id`` and ``prompt_name``.
        render_experiment: The ``Experiment`` serializer's output.
        render_flag: The ``MinimalFeatureFlag`` serializer's output.
        check_saved_metric_query: A saved metric's ``validate_query``.
        saved_metric_names_unique: Whether saved-metric names are unique per project,
            case-insensitive.
        saved_metric_uuids: Whether a saved metric's ``query`` gets a ``uuid`` when it has
            none and keeps it ("Saved metric UUID cannot be changed"); otherwise the query
            is stored as sent.
        saved_metric_scope: The scope object of the saved-metric endpoints.
        actions: The actions this version routes.
        query_newest_shapes: Whether query responses carry the newest fields
            (``breakdown_results``, ``hogql``, CUPED sums, ``sample_ratio_mismatch``, ...).
    """

    name: str
    writable_fields: tuple[str, ...]
    description_max_length: int
    conclusion_comment_max_length: int | None
    holdouts_team_scoped: bool
    check_parameters: Callable[[Any, str], Any]
    parameters_after_launch_guard: bool
    check_metrics: metrics.MetricsRule
    check_metric_references: bool
    check_exposure_criteria: criteria.CriteriaRule
    check_stats_config: Callable[[Any, list[Any]], None] | None
    check_running_time: criteria.CriteriaRule | None
    find_flag: variants.FlagLookup
    check_flag_eligible: variants.FlagEligibility
    check_launch: variants.FlagEligibility | None
    holdout_filter: variants.HoldoutFilter
    flag_config_from_parameters: bool
    reject_duplicate_metric_uuids: bool
    default_exposure_criteria: Callable[[Any], Any]
    default_parameters: Callable[[], Any]
    update_keys: frozenset[str]
    legacy_metrics_guard: bool
    restore_guard: bool
    saved_metrics_relinked: bool
    duplicate_reads_name: bool
    duplicate_new_metric_uuids: bool
    duplicate_extra_fields: tuple[str, ...]
    duplicate_variants_from_flag: bool
    status_filter: queries.StatusFilter
    strict_order: bool
    list_filters_2026: bool
    render_experiment: render.ExperimentRenderer
    render_flag: Callable[[Any], dict[str, Any]]
    check_saved_metric_query: Callable[[Any], Any]
    saved_metric_names_unique: bool
    saved_metric_uuids: bool
    saved_metric_scope: str
    actions: frozenset[str]
    query_newest_shapes: bool


def _criteria_as_sent(value: Any) -> Any:
    return {} if value is EMPTY else value


def _criteria_with_test_accounts(value: Any) -> Any:
    if value is None or value is EMPTY:
        return {"filterTestAccounts": True}
    if isinstance(value, dict) and "filterTestAccounts" not in value:
        return {**value, "filterTestAccounts": True}
    return value


V2025 = PostHogVersion(
    name="2025",
    writable_fields=_fields((*_ONLY_2026, *_NEWEST_ONLY), _BEYOND_SPEC),
    description_max_length=400,
    conclusion_comment_max_length=None,
    holdouts_team_scoped=False,
    check_parameters=variants.parameters_2025,
    parameters_after_launch_guard=False,
    check_metrics=metrics.metrics_2025,
    check_metric_references=False,
    check_exposure_criteria=criteria.exposure_criteria_2025,
    check_stats_config=None,
    check_running_time=None,
    find_flag=variants.lookup_live_flag,
    check_flag_eligible=variants.eligible_2025,
    check_launch=None,
    holdout_filter=variants.holdout_filter_2025,
    flag_config_from_parameters=False,
    reject_duplicate_metric_uuids=False,
    default_exposure_criteria=_criteria_as_sent,
    default_parameters=dict,
    update_keys=_UPDATE_KEYS_2025,
    legacy_metrics_guard=False,
    restore_guard=False,
    saved_metrics_relinked=True,
    duplicate_reads_name=False,
    duplicate_new_metric_uuids=False,
    duplicate_extra_fields=(),
    duplicate_variants_from_flag=False,
    status_filter=queries.status_filter_2025,
    strict_order=False,
    list_filters_2026=False,
    render_experiment=render.experiment_2025,
    render_flag=render.flag_json,
    check_saved_metric_query=metrics.saved_metric_query_2025,
    saved_metric_names_unique=False,
    saved_metric_uuids=False,
    saved_metric_scope="experiment",
    actions=_ACTIONS_2025,
    query_newest_shapes=False,
)

V2026 = PostHogVersion(
    name="2026",
    writable_fields=_fields(_NEWEST_ONLY, (*_BEYOND_SPEC, *_ONLY_2026)),
    description_max_length=3000,
    conclusion_comment_max_length=4000,
    holdouts_team_scoped=True,
    check_parameters=variants.parameters_2026,
    parameters_after_launch_guard=True,
    check_metrics=metrics.metrics_2026,
    check_metric_references=True,
    check_exposure_criteria=criteria.exposure_criteria_2026,
    check_stats_config=criteria.stats_config_2026,
    check_running_time=criteria.running_time_calculation_2026,
    find_flag=variants.lookup_any_flag,
    check_flag_eligible=variants.eligible_2026,
    check_launch=variants.check_launch_2026,
    holdout_filter=variants.holdout_filter_2026,
    flag_config_from_parameters=True,
    reject_duplicate_metric_uuids=True,
    default_exposure_criteria=_criteria_with_test_accounts,
    default_parameters=lambda: None,
    update_keys=_UPDATE_KEYS_2026,
    legacy_metrics_guard=True,
    restore_guard=True,
    saved_metrics_relinked=False,
    duplicate_reads_name=True,
    duplicate_new_metric_uuids=True,
    duplicate_extra_fields=("scheduling_config", "only_count_matured_users"),
    duplicate_variants_from_flag=True,
    status_filter=queries.status_filter_2026,
    strict_order=True,
    list_filters_2026=True,
    render_experiment=render.experiment_2026,
    render_flag=render.flag_json_2026,
    check_saved_metric_query=metrics.saved_metric_query_2026,
    saved_metric_names_unique=True,
    saved_metric_uuids=True,
    saved_metric_scope="experiment_saved_metric",
    actions=_ACTIONS_2026,
    query_newest_shapes=True,
)

VERSIONS: dict[str, PostHogVersion] = {"2025": V2025, "2026": V2026}
DEFAULT_VERSION = "2026"


def get_version(name: str) -> PostHogVersion:
    """The version called ``name``.

    Raises:
        ValueError: ``name`` is not ``"2025"`` or ``"2026"``.
    """
    try:
        return VERSIONS[str(name)]
    except KeyError:
        raise ValueError(
            f"posthog_version must be one of {sorted(VERSIONS)}, not {name!r}"
        ) from None
