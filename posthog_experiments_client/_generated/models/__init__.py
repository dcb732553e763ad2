"""Contains all the data models used in inputs/outputs

Each model is imported on first use, so that importing one does not load them all.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .cohort import Cohort
    from .cohort_type_enum import CohortTypeEnum
    from .conclusion_enum import ConclusionEnum
    from .error import Error
    from .error_extra import ErrorExtra
    from .error_type_enum import ErrorTypeEnum
    from .evaluation_runtime_enum import EvaluationRuntimeEnum
    from .experiment import Experiment
    from .experiment_create import ExperimentCreate
    from .experiment_duplicate_request import ExperimentDuplicateRequest
    from .experiment_event_source import ExperimentEventSource
    from .experiment_event_source_properties_item import ExperimentEventSourcePropertiesItem
    from .experiment_exposure_cohort_response import ExperimentExposureCohortResponse
    from .experiment_holdout import ExperimentHoldout
    from .experiment_metric import ExperimentMetric
    from .experiment_parameters import ExperimentParameters
    from .experiment_parameters_custom_exposure_filter_type_0 import (
        ExperimentParametersCustomExposureFilterType0,
    )
    from .experiment_parameters_feature_flag_payloads_type_0 import (
        ExperimentParametersFeatureFlagPayloadsType0,
    )
    from .experiment_status_enum import ExperimentStatusEnum
    from .experiment_status_filter import ExperimentStatusFilter
    from .experiment_to_saved_metric import ExperimentToSavedMetric
    from .experiment_type_enum import ExperimentTypeEnum
    from .exposure_config import ExposureConfig
    from .exposure_config_properties_item import ExposureConfigPropertiesItem
    from .exposure_criteria import ExposureCriteria
    from .feature_flag_variant import FeatureFlagVariant
    from .legacy_filters import LegacyFilters
    from .metric_goal_enum import MetricGoalEnum
    from .metric_type_enum import MetricTypeEnum
    from .minimal_feature_flag import MinimalFeatureFlag
    from .minimal_feature_flag_filters import MinimalFeatureFlagFilters
    from .paginated_experiment_list import PaginatedExperimentList
    from .patched_experiment import PatchedExperiment
    from .requires_flag_implementation_response import RequiresFlagImplementationResponse
    from .role_at_organization_enum import RoleAtOrganizationEnum
    from .saved_metric_metadata import SavedMetricMetadata
    from .saved_metric_reference import SavedMetricReference
    from .saved_metric_type_enum import SavedMetricTypeEnum
    from .stats_config import StatsConfig
    from .stats_method_enum import StatsMethodEnum
    from .user_basic import UserBasic
    from .user_basic_hedgehog_config_type_0 import UserBasicHedgehogConfigType0

_MODULES: dict[str, str] = {
    "Cohort": ".cohort",
    "CohortTypeEnum": ".cohort_type_enum",
    "ConclusionEnum": ".conclusion_enum",
    "Error": ".error",
    "ErrorExtra": ".error_extra",
    "ErrorTypeEnum": ".error_type_enum",
    "EvaluationRuntimeEnum": ".evaluation_runtime_enum",
    "Experiment": ".experiment",
    "ExperimentCreate": ".experiment_create",
    "ExperimentDuplicateRequest": ".experiment_duplicate_request",
    "ExperimentEventSource": ".experiment_event_source",
    "ExperimentEventSourcePropertiesItem": ".experiment_event_source_properties_item",
    "ExperimentExposureCohortResponse": ".experiment_exposure_cohort_response",
    "ExperimentHoldout": ".experiment_holdout",
    "ExperimentMetric": ".experiment_metric",
    "ExperimentParameters": ".experiment_parameters",
    "ExperimentParametersCustomExposureFilterType0": ".experiment_parameters_custom_exposure_filter_type_0",
    "ExperimentParametersFeatureFlagPayloadsType0": ".experiment_parameters_feature_flag_payloads_type_0",
    "ExperimentStatusEnum": ".experiment_status_enum",
    "ExperimentStatusFilter": ".experiment_status_filter",
    "ExperimentToSavedMetric": ".experiment_to_saved_metric",
    "ExperimentTypeEnum": ".experiment_type_enum",
    "ExposureConfig": ".exposure_config",
    "ExposureConfigPropertiesItem": ".exposure_config_properties_item",
    "ExposureCriteria": ".exposure_criteria",
    "FeatureFlagVariant": ".feature_flag_variant",
    "LegacyFilters": ".legacy_filters",
    "MetricGoalEnum": ".metric_goal_enum",
    "MetricTypeEnum": ".metric_type_enum",
    "MinimalFeatureFlag": ".minimal_feature_flag",
    "MinimalFeatureFlagFilters": ".minimal_feature_flag_filters",
    "PaginatedExperimentList": ".paginated_experiment_list",
    "PatchedExperiment": ".patched_experiment",
    "RequiresFlagImplementationResponse": ".requires_flag_implementation_response",
    "RoleAtOrganizationEnum": ".role_at_organization_enum",
    "SavedMetricMetadata": ".saved_metric_metadata",
    "SavedMetricReference": ".saved_metric_reference",
    "SavedMetricTypeEnum": ".saved_metric_type_enum",
    "StatsConfig": ".stats_config",
    "StatsMethodEnum": ".stats_method_enum",
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
    "Cohort",
    "CohortTypeEnum",
    "ConclusionEnum",
    "Error",
    "ErrorExtra",
    "ErrorTypeEnum",
    "EvaluationRuntimeEnum",
    "Experiment",
    "ExperimentCreate",
    "ExperimentDuplicateRequest",
    "ExperimentEventSource",
    "ExperimentEventSourcePropertiesItem",
    "ExperimentExposureCohortResponse",
    "ExperimentHoldout",
    "ExperimentMetric",
    "ExperimentParameters",
    "ExperimentParametersCustomExposureFilterType0",
    "ExperimentParametersFeatureFlagPayloadsType0",
    "ExperimentStatusEnum",
    "ExperimentStatusFilter",
    "ExperimentToSavedMetric",
    "ExperimentTypeEnum",
    "ExposureConfig",
    "ExposureConfigPropertiesItem",
    "ExposureCriteria",
    "FeatureFlagVariant",
    "LegacyFilters",
    "MetricGoalEnum",
    "MetricTypeEnum",
    "MinimalFeatureFlag",
    "MinimalFeatureFlagFilters",
    "PaginatedExperimentList",
    "PatchedExperiment",
    "RequiresFlagImplementationResponse",
    "RoleAtOrganizationEnum",
    "SavedMetricMetadata",
    "SavedMetricReference",
    "SavedMetricTypeEnum",
    "StatsConfig",
    "StatsMethodEnum",
    "UserBasic",
    "UserBasicHedgehogConfigType0",
)
