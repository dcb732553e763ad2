"""The writable fields of every façade ``create`` and ``update``: the one table of them.

Generated from ``openapi/posthog-experiments.yaml`` by ``scripts/writable_fields.py``
(``make generate``); do not edit. Each field's kind names its rule in
``_arguments.CHECKS``.
"""

from ._arguments import Field

# ExperimentCreate, without the fields written by their own verbs.
CREATE_FIELDS: tuple[Field, ...] = (
    Field("name", "text", nullable=False),
    Field("feature_flag_key", "text", nullable=False),
    Field("description", "text", nullable=True),
    Field("start_date", "datetime", nullable=True),
    Field("end_date", "datetime", nullable=True),
    Field("feature_flag", "blob", nullable=False),
    Field("holdout_id", "integer", nullable=True),
    Field("parameters", "blob", nullable=True),
    Field("running_time_calculation", "blob", nullable=True),
    Field("excluded_variants", "text_list", nullable=True),
    Field("secondary_metrics", "json", nullable=False),
    Field("saved_metrics_ids", "blob_list", nullable=True),
    Field("filters", "blob", nullable=False),
    Field("archived", "boolean", nullable=False),
    Field("exposure_criteria", "blob", nullable=True),
    Field("metrics", "blob_list", nullable=True),
    Field("metrics_secondary", "blob_list", nullable=True),
    Field("stats_config", "blob", nullable=True),
    Field("scheduling_config", "json", nullable=False),
    Field("exposure_preaggregation_enabled", "boolean", nullable=False),
    Field("only_count_matured_users", "boolean", nullable=False),
    Field("conclusion", "choice", nullable=True),
    Field("conclusion_comment", "text", nullable=True),
    Field("primary_metrics_ordered_uuids", "text_list", nullable=True),
    Field("secondary_metrics_ordered_uuids", "text_list", nullable=True),
    Field("tags", "json", nullable=False),
    Field("allow_unknown_events", "boolean", nullable=False),
    Field("update_feature_flag_params", "boolean", nullable=False),
    Field("type", "choice", nullable=True),
)

# PatchedExperiment, without the fields written by their own verbs.
UPDATE_FIELDS: tuple[Field, ...] = (
    Field("name", "text", nullable=False),
    Field("description", "text", nullable=True),
    Field("start_date", "datetime", nullable=True),
    Field("end_date", "datetime", nullable=True),
    Field("feature_flag", "blob", nullable=False),
    Field("holdout_id", "integer", nullable=True),
    Field("parameters", "blob", nullable=True),
    Field("running_time_calculation", "blob", nullable=True),
    Field("excluded_variants", "text_list", nullable=True),
    Field("secondary_metrics", "json", nullable=False),
    Field("saved_metrics_ids", "blob_list", nullable=True),
    Field("filters", "blob", nullable=False),
    Field("archived", "boolean", nullable=False),
    Field("exposure_criteria", "blob", nullable=True),
    Field("metrics", "blob_list", nullable=True),
    Field("metrics_secondary", "blob_list", nullable=True),
    Field("stats_config", "blob", nullable=True),
    Field("scheduling_config", "json", nullable=False),
    Field("exposure_preaggregation_enabled", "boolean", nullable=False),
    Field("only_count_matured_users", "boolean", nullable=False),
    Field("conclusion", "choice", nullable=True),
    Field("conclusion_comment", "text", nullable=True),
    Field("primary_metrics_ordered_uuids", "text_list", nullable=True),
    Field("secondary_metrics_ordered_uuids", "text_list", nullable=True),
    Field("tags", "json", nullable=False),
    Field("allow_unknown_events", "boolean", nullable=False),
    Field("update_feature_flag_params", "boolean", nullable=False),
)

# ExperimentHoldoutRequest, without the fields written by their own verbs.
HOLDOUT_CREATE_FIELDS: tuple[Field, ...] = (
    Field("name", "text", nullable=False),
    Field("description", "text", nullable=True),
    Field("filters", "json", nullable=False),
)

# PatchedExperimentHoldout, without the fields written by their own verbs.
HOLDOUT_UPDATE_FIELDS: tuple[Field, ...] = (
    Field("name", "text", nullable=False),
    Field("description", "text", nullable=True),
    Field("filters", "json", nullable=False),
)

# ExperimentSavedMetricRequest, without the fields written by their own verbs.
SAVED_METRIC_CREATE_FIELDS: tuple[Field, ...] = (
    Field("name", "text", nullable=False),
    Field("query", "blob", nullable=False),
    Field("description", "text", nullable=True),
    Field("tags", "json", nullable=False),
)

# PatchedExperimentSavedMetric, without the fields written by their own verbs.
SAVED_METRIC_UPDATE_FIELDS: tuple[Field, ...] = (
    Field("name", "text", nullable=False),
    Field("description", "text", nullable=True),
    Field("query", "blob", nullable=False),
    Field("tags", "json", nullable=False),
)

VERB_FIELDS = ("deleted",)
