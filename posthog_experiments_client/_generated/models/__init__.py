"""Contains all the data models used in inputs/outputs

Each model is imported on first use, so that importing one does not load them all.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .approval_required_error import ApprovalRequiredError
    from .archive_experiment import ArchiveExperiment
    from .bucketing_identifier_enum import BucketingIdentifierEnum
    from .cache_miss_response import CacheMissResponse
    from .cohort import Cohort
    from .cohort_type_enum import CohortTypeEnum
    from .conclusion_enum import ConclusionEnum
    from .copy_experiment_to_project import CopyExperimentToProject
    from .eligible_feature_flags_page import EligibleFeatureFlagsPage
    from .end_experiment import EndExperiment
    from .error import Error
    from .error_extra import ErrorExtra
    from .error_type_enum import ErrorTypeEnum
    from .evaluation_runtime_enum import EvaluationRuntimeEnum
    from .experiment import Experiment
    from .experiment_breakdown_result import ExperimentBreakdownResult
    from .experiment_create import ExperimentCreate
    from .experiment_duplicate_request import ExperimentDuplicateRequest
    from .experiment_event_source import ExperimentEventSource
    from .experiment_exposure_cohort_response import ExperimentExposureCohortResponse
    from .experiment_exposure_date_range import ExperimentExposureDateRange
    from .experiment_exposure_query import ExperimentExposureQuery
    from .experiment_exposure_query_response import ExperimentExposureQueryResponse
    from .experiment_exposure_query_response_total_exposures import (
        ExperimentExposureQueryResponseTotalExposures,
    )
    from .experiment_exposure_time_series import ExperimentExposureTimeSeries
    from .experiment_feature_flag_filters import ExperimentFeatureFlagFilters
    from .experiment_feature_flag_filters_payloads import ExperimentFeatureFlagFiltersPayloads
    from .experiment_feature_flag_input import ExperimentFeatureFlagInput
    from .experiment_holdout import ExperimentHoldout
    from .experiment_holdout_request import ExperimentHoldoutRequest
    from .experiment_metric import ExperimentMetric
    from .experiment_parameters import ExperimentParameters
    from .experiment_parameters_custom_exposure_filter_type_0 import (
        ExperimentParametersCustomExposureFilterType0,
    )
    from .experiment_parameters_feature_flag_payloads_type_0 import (
        ExperimentParametersFeatureFlagPayloadsType0,
    )
    from .experiment_query import ExperimentQuery
    from .experiment_query_response import ExperimentQueryResponse
    from .experiment_saved_metric import ExperimentSavedMetric
    from .experiment_saved_metric_request import ExperimentSavedMetricRequest
    from .experiment_stats import ExperimentStats
    from .experiment_stats_base import ExperimentStatsBase
    from .experiment_stats_validation_failure_enum import ExperimentStatsValidationFailureEnum
    from .experiment_status_enum import ExperimentStatusEnum
    from .experiment_status_filter import ExperimentStatusFilter
    from .experiment_timeseries_recalculation import ExperimentTimeseriesRecalculation
    from .experiment_timeseries_results import ExperimentTimeseriesResults
    from .experiment_to_saved_metric import ExperimentToSavedMetric
    from .experiment_type_enum import ExperimentTypeEnum
    from .experiment_update import ExperimentUpdate
    from .experiment_variant_result import ExperimentVariantResult
    from .exposure_config import ExposureConfig
    from .exposure_criteria import ExposureCriteria
    from .feature_flag import FeatureFlag
    from .feature_flag_filters import FeatureFlagFilters
    from .feature_flag_multivariate import FeatureFlagMultivariate
    from .feature_flag_rollout_group import FeatureFlagRolloutGroup
    from .feature_flag_variant import FeatureFlagVariant
    from .legacy_filters import LegacyFilters
    from .loose_error import LooseError
    from .metric_goal_enum import MetricGoalEnum
    from .metric_type_enum import MetricTypeEnum
    from .minimal_feature_flag import MinimalFeatureFlag
    from .minimal_feature_flag_filters import MinimalFeatureFlagFilters
    from .paginated_experiment_holdout_list import PaginatedExperimentHoldoutList
    from .paginated_experiment_list import PaginatedExperimentList
    from .paginated_experiment_saved_metric_list import PaginatedExperimentSavedMetricList
    from .patched_experiment import PatchedExperiment
    from .patched_experiment_holdout import PatchedExperimentHoldout
    from .patched_experiment_saved_metric import PatchedExperimentSavedMetric
    from .query_cache_envelope import QueryCacheEnvelope
    from .query_refresh_enum import QueryRefreshEnum
    from .query_request import QueryRequest
    from .query_status import QueryStatus
    from .query_status_response import QueryStatusResponse
    from .requires_flag_implementation_response import RequiresFlagImplementationResponse
    from .role_at_organization_enum import RoleAtOrganizationEnum
    from .running_time_calculation import RunningTimeCalculation
    from .sample_ratio_mismatch import SampleRatioMismatch
    from .sample_ratio_mismatch_expected import SampleRatioMismatchExpected
    from .saved_metric_metadata import SavedMetricMetadata
    from .saved_metric_reference import SavedMetricReference
    from .saved_metric_type_enum import SavedMetricTypeEnum
    from .ship_variant import ShipVariant
    from .stats_config import StatsConfig
    from .stats_method_enum import StatsMethodEnum
    from .timeseries_recalculation_request import TimeseriesRecalculationRequest
    from .user_basic import UserBasic
    from .user_basic_hedgehog_config_type_0 import UserBasicHedgehogConfigType0

_MODULES: dict[str, str] = {
    "ApprovalRequiredError": ".approval_required_error",
    "ArchiveExperiment": ".archive_experiment",
    "BucketingIdentifierEnum": ".bucketing_identifier_enum",
    "CacheMissResponse": ".cache_miss_response",
    "Cohort": ".cohort",
    "CohortTypeEnum": ".cohort_type_enum",
    "ConclusionEnum": ".conclusion_enum",
    "CopyExperimentToProject": ".copy_experiment_to_project",
    "EligibleFeatureFlagsPage": ".eligible_feature_flags_page",
    "EndExperiment": ".end_experiment",
    "Error": ".error",
    "ErrorExtra": ".error_extra",
    "ErrorTypeEnum": ".error_type_enum",
    "EvaluationRuntimeEnum": ".evaluation_runtime_enum",
    "Experiment": ".experiment",
    "ExperimentBreakdownResult": ".experiment_breakdown_result",
    "ExperimentCreate": ".experiment_create",
    "ExperimentDuplicateRequest": ".experiment_duplicate_request",
    "ExperimentEventSource": ".experiment_event_source",
    "ExperimentExposureCohortResponse": ".experiment_exposure_cohort_response",
    "ExperimentExposureDateRange": ".experiment_exposure_date_range",
    "ExperimentExposureQuery": ".experiment_exposure_query",
    "ExperimentExposureQueryResponse": ".experiment_exposure_query_response",
    "ExperimentExposureQueryResponseTotalExposures": ".experiment_exposure_query_response_total_exposures",
    "ExperimentExposureTimeSeries": ".experiment_exposure_time_series",
    "ExperimentFeatureFlagFilters": ".experiment_feature_flag_filters",
    "ExperimentFeatureFlagFiltersPayloads": ".experiment_feature_flag_filters_payloads",
    "ExperimentFeatureFlagInput": ".experiment_feature_flag_input",
    "ExperimentHoldout": ".experiment_holdout",
    "ExperimentHoldoutRequest": ".experiment_holdout_request",
    "ExperimentMetric": ".experiment_metric",
    "ExperimentParameters": ".experiment_parameters",
    "ExperimentParametersCustomExposureFilterType0": ".experiment_parameters_custom_exposure_filter_type_0",
    "ExperimentParametersFeatureFlagPayloadsType0": ".experiment_parameters_feature_flag_payloads_type_0",
    "ExperimentQuery": ".experiment_query",
    "ExperimentQueryResponse": ".experiment_query_response",
    "ExperimentSavedMetric": ".experiment_saved_metric",
    "ExperimentSavedMetricRequest": ".experiment_saved_metric_request",
    "ExperimentStats": ".experiment_stats",
    "ExperimentStatsBase": ".experiment_stats_base",
    "ExperimentStatsValidationFailureEnum": ".experiment_stats_validation_failure_enum",
    "ExperimentStatusEnum": ".experiment_status_enum",
    "ExperimentStatusFilter": ".experiment_status_filter",
    "ExperimentTimeseriesRecalculation": ".experiment_timeseries_recalculation",
    "ExperimentTimeseriesResults": ".experiment_timeseries_results",
    "ExperimentToSavedMetric": ".experiment_to_saved_metric",
    "ExperimentTypeEnum": ".experiment_type_enum",
    "ExperimentUpdate": ".experiment_update",
    "ExperimentVariantResult": ".experiment_variant_result",
    "ExposureConfig": ".exposure_config",
    "ExposureCriteria": ".exposure_criteria",
    "FeatureFlag": ".feature_flag",
    "FeatureFlagFilters": ".feature_flag_filters",
    "FeatureFlagMultivariate": ".feature_flag_multivariate",
    "FeatureFlagRolloutGroup": ".feature_flag_rollout_group",
    "FeatureFlagVariant": ".feature_flag_variant",
    "LegacyFilters": ".legacy_filters",
    "LooseError": ".loose_error",
    "MetricGoalEnum": ".metric_goal_enum",
    "MetricTypeEnum": ".metric_type_enum",
    "MinimalFeatureFlag": ".minimal_feature_flag",
    "MinimalFeatureFlagFilters": ".minimal_feature_flag_filters",
    "PaginatedExperimentHoldoutList": ".paginated_experiment_holdout_list",
    "PaginatedExperimentList": ".paginated_experiment_list",
    "PaginatedExperimentSavedMetricList": ".paginated_experiment_saved_metric_list",
    "PatchedExperiment": ".patched_experiment",
    "PatchedExperimentHoldout": ".patched_experiment_holdout",
    "PatchedExperimentSavedMetric": ".patched_experiment_saved_metric",
    "QueryCacheEnvelope": ".query_cache_envelope",
    "QueryRefreshEnum": ".query_refresh_enum",
    "QueryRequest": ".query_request",
    "QueryStatus": ".query_status",
    "QueryStatusResponse": ".query_status_response",
    "RequiresFlagImplementationResponse": ".requires_flag_implementation_response",
    "RoleAtOrganizationEnum": ".role_at_organization_enum",
    "RunningTimeCalculation": ".running_time_calculation",
    "SampleRatioMismatch": ".sample_ratio_mismatch",
    "SampleRatioMismatchExpected": ".sample_ratio_mismatch_expected",
    "SavedMetricMetadata": ".saved_metric_metadata",
    "SavedMetricReference": ".saved_metric_reference",
    "SavedMetricTypeEnum": ".saved_metric_type_enum",
    "ShipVariant": ".ship_variant",
    "StatsConfig": ".stats_config",
    "StatsMethodEnum": ".stats_method_enum",
    "TimeseriesRecalculationRequest": ".timeseries_recalculation_request",
    "UserBasic": ".user_basic",
    "UserBasicHedgehogConfigType0": ".user_basic_hedgehog_config_type_0",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


__all__ = (
    "ApprovalRequiredError",
    "ArchiveExperiment",
    "BucketingIdentifierEnum",
    "CacheMissResponse",
    "Cohort",
    "CohortTypeEnum",
    "ConclusionEnum",
    "CopyExperimentToProject",
    "EligibleFeatureFlagsPage",
    "EndExperiment",
    "Error",
    "ErrorExtra",
    "ErrorTypeEnum",
    "EvaluationRuntimeEnum",
    "Experiment",
    "ExperimentBreakdownResult",
    "ExperimentCreate",
    "ExperimentDuplicateRequest",
    "ExperimentEventSource",
    "ExperimentExposureCohortResponse",
    "ExperimentExposureDateRange",
    "ExperimentExposureQuery",
    "ExperimentExposureQueryResponse",
    "ExperimentExposureQueryResponseTotalExposures",
    "ExperimentExposureTimeSeries",
    "ExperimentFeatureFlagFilters",
    "ExperimentFeatureFlagFiltersPayloads",
    "ExperimentFeatureFlagInput",
    "ExperimentHoldout",
    "ExperimentHoldoutRequest",
    "ExperimentMetric",
    "ExperimentParameters",
    "ExperimentParametersCustomExposureFilterType0",
    "ExperimentParametersFeatureFlagPayloadsType0",
    "ExperimentQuery",
    "ExperimentQueryResponse",
    "ExperimentSavedMetric",
    "ExperimentSavedMetricRequest",
    "ExperimentStats",
    "ExperimentStatsBase",
    "ExperimentStatsValidationFailureEnum",
    "ExperimentStatusEnum",
    "ExperimentStatusFilter",
    "ExperimentTimeseriesRecalculation",
    "ExperimentTimeseriesResults",
    "ExperimentToSavedMetric",
    "ExperimentTypeEnum",
    "ExperimentUpdate",
    "ExperimentVariantResult",
    "ExposureConfig",
    "ExposureCriteria",
    "FeatureFlag",
    "FeatureFlagFilters",
    "FeatureFlagMultivariate",
    "FeatureFlagRolloutGroup",
    "FeatureFlagVariant",
    "LegacyFilters",
    "LooseError",
    "MetricGoalEnum",
    "MetricTypeEnum",
    "MinimalFeatureFlag",
    "MinimalFeatureFlagFilters",
    "PaginatedExperimentHoldoutList",
    "PaginatedExperimentList",
    "PaginatedExperimentSavedMetricList",
    "PatchedExperiment",
    "PatchedExperimentHoldout",
    "PatchedExperimentSavedMetric",
    "QueryCacheEnvelope",
    "QueryRefreshEnum",
    "QueryRequest",
    "QueryStatus",
    "QueryStatusResponse",
    "RequiresFlagImplementationResponse",
    "RoleAtOrganizationEnum",
    "RunningTimeCalculation",
    "SampleRatioMismatch",
    "SampleRatioMismatchExpected",
    "SavedMetricMetadata",
    "SavedMetricReference",
    "SavedMetricTypeEnum",
    "ShipVariant",
    "StatsConfig",
    "StatsMethodEnum",
    "TimeseriesRecalculationRequest",
    "UserBasic",
    "UserBasicHedgehogConfigType0",
)
