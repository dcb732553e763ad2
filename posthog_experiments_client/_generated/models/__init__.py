"""Contains all the data models used in inputs/outputs"""

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
