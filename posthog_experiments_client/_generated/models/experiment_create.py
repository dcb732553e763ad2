from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conclusion_enum import ConclusionEnum, check_conclusion_enum
from ..models.experiment_type_enum import ExperimentTypeEnum, check_experiment_type_enum
from ..types import (
    UNSET,
    LazyFields,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
    format_datetime,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.experiment_feature_flag_input import ExperimentFeatureFlagInput
    from ..models.experiment_metric import ExperimentMetric
    from ..models.experiment_parameters import ExperimentParameters
    from ..models.exposure_criteria import ExposureCriteria
    from ..models.legacy_filters import LegacyFilters
    from ..models.running_time_calculation import RunningTimeCalculation
    from ..models.saved_metric_reference import SavedMetricReference
    from ..models.stats_config import StatsConfig


T = TypeVar("T", bound="ExperimentCreate")


@_attrs_define
class ExperimentCreate(LazyFields):
    """The body of a create. Only `name` and `feature_flag_key` are required.

    Attributes:
        name (str):
        feature_flag_key (str): The key of the flag to create, or of an existing eligible flag to link.
        description (None | str | Unset): 2025 allowed 400 characters, 2026 3,000.
        start_date (datetime.datetime | None | Unset):
        end_date (datetime.datetime | None | Unset):
        feature_flag (ExperimentFeatureFlagInput | Unset): The newest PostHog's writable flag config: variants, rollout,
            aggregation, payloads and experience continuity, in the flag's own shape. Refused with a pre-existing flag key
            on create, and on a non-draft without `update_feature_flag_params`.
        holdout_id (int | None | Unset):
        parameters (ExperimentParameters | None | Unset):
        running_time_calculation (None | RunningTimeCalculation | Unset):
        excluded_variants (list[str] | None | Unset):
        secondary_metrics (Any | Unset): Legacy secondary metrics.
        saved_metrics_ids (list[SavedMetricReference] | None | Unset):
        filters (LegacyFilters | Unset): Legacy target metric. An object (never null); a non-empty `properties` is
            refused on update ("Experiments do not support global filter properties").
        archived (bool | Unset):
        deleted (bool | None | Unset):
        exposure_criteria (ExposureCriteria | None | Unset):
        metrics (list[ExperimentMetric] | None | Unset):
        metrics_secondary (list[ExperimentMetric] | None | Unset):
        stats_config (None | StatsConfig | Unset):
        scheduling_config (Any | Unset): Scheduling configuration (2026; 2025 refuses it on update).
        exposure_preaggregation_enabled (bool | Unset):
        only_count_matured_users (bool | Unset):
        conclusion (ConclusionEnum | None | Unset):
        conclusion_comment (None | str | Unset):
        primary_metrics_ordered_uuids (list[str] | None | Unset):
        secondary_metrics_ordered_uuids (list[str] | None | Unset):
        tags (list[Any] | Unset):
        allow_unknown_events (bool | Unset): Skip the check that metric events exist (2026).
        update_feature_flag_params (bool | Unset): Also apply the flag config to a non-draft's flag (2026).
        type_ (ExperimentTypeEnum | None | Unset):
        field_create_in_folder (str | Unset): Folder in the file-system tree.
    """

    name: str
    feature_flag_key: str
    description: str | Unset | None = UNSET
    start_date: datetime.datetime | Unset | None = UNSET
    end_date: datetime.datetime | Unset | None = UNSET
    feature_flag: ExperimentFeatureFlagInput | Unset = UNSET
    holdout_id: int | Unset | None = UNSET
    parameters: ExperimentParameters | Unset | None = UNSET
    running_time_calculation: RunningTimeCalculation | Unset | None = UNSET
    excluded_variants: list[str] | Unset | None = UNSET
    secondary_metrics: Any | Unset = UNSET
    saved_metrics_ids: list[SavedMetricReference] | Unset | None = UNSET
    filters: LegacyFilters | Unset = UNSET
    archived: bool | Unset = UNSET
    deleted: bool | Unset | None = UNSET
    exposure_criteria: ExposureCriteria | Unset | None = UNSET
    metrics: list[ExperimentMetric] | Unset | None = UNSET
    metrics_secondary: list[ExperimentMetric] | Unset | None = UNSET
    stats_config: StatsConfig | Unset | None = UNSET
    scheduling_config: Any | Unset = UNSET
    exposure_preaggregation_enabled: bool | Unset = UNSET
    only_count_matured_users: bool | Unset = UNSET
    conclusion: ConclusionEnum | Unset | None = UNSET
    conclusion_comment: str | Unset | None = UNSET
    primary_metrics_ordered_uuids: list[str] | Unset | None = UNSET
    secondary_metrics_ordered_uuids: list[str] | Unset | None = UNSET
    tags: list[Any] | Unset = UNSET
    allow_unknown_events: bool | Unset = UNSET
    update_feature_flag_params: bool | Unset = UNSET
    type_: ExperimentTypeEnum | Unset | None = UNSET
    field_create_in_folder: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        feature_flag_key = self.feature_flag_key

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        start_date: str | Unset | None
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = format_datetime(self.start_date)
        else:
            start_date = self.start_date

        end_date: str | Unset | None
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.datetime):
            end_date = format_datetime(self.end_date)
        else:
            end_date = self.end_date

        feature_flag: dict[str, Any] | Unset = UNSET
        if not isinstance(self.feature_flag, Unset):
            feature_flag = self.feature_flag.to_dict() if self.feature_flag is not None else None

        holdout_id: int | Unset | None
        if isinstance(self.holdout_id, Unset):
            holdout_id = UNSET
        else:
            holdout_id = self.holdout_id

        parameters: dict[str, Any] | Unset | None
        if isinstance(self.parameters, Unset):
            parameters = UNSET
        elif isinstance(self.parameters, ExperimentParameters):
            parameters = self.parameters.to_dict() if self.parameters is not None else None
        else:
            parameters = self.parameters

        running_time_calculation: dict[str, Any] | Unset | None
        if isinstance(self.running_time_calculation, Unset):
            running_time_calculation = UNSET
        elif isinstance(self.running_time_calculation, RunningTimeCalculation):
            running_time_calculation = (
                self.running_time_calculation.to_dict()
                if self.running_time_calculation is not None
                else None
            )
        else:
            running_time_calculation = self.running_time_calculation

        excluded_variants: list[str] | Unset | None
        if isinstance(self.excluded_variants, Unset):
            excluded_variants = UNSET
        elif isinstance(self.excluded_variants, list):
            excluded_variants = self.excluded_variants

        else:
            excluded_variants = self.excluded_variants

        secondary_metrics = self.secondary_metrics

        saved_metrics_ids: list[dict[str, Any]] | Unset | None
        if isinstance(self.saved_metrics_ids, Unset):
            saved_metrics_ids = UNSET
        elif isinstance(self.saved_metrics_ids, list):
            if self.saved_metrics_ids is None:
                saved_metrics_ids = cast(Any, None)
            else:
                saved_metrics_ids = []
                for saved_metrics_ids_type_0_item_data in self.saved_metrics_ids:
                    saved_metrics_ids_type_0_item = (
                        saved_metrics_ids_type_0_item_data.to_dict()
                        if saved_metrics_ids_type_0_item_data is not None
                        else None
                    )
                    saved_metrics_ids.append(saved_metrics_ids_type_0_item)

        else:
            saved_metrics_ids = self.saved_metrics_ids

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict() if self.filters is not None else None

        archived = self.archived

        deleted: bool | Unset | None
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        exposure_criteria: dict[str, Any] | Unset | None
        if isinstance(self.exposure_criteria, Unset):
            exposure_criteria = UNSET
        elif isinstance(self.exposure_criteria, ExposureCriteria):
            exposure_criteria = (
                self.exposure_criteria.to_dict() if self.exposure_criteria is not None else None
            )
        else:
            exposure_criteria = self.exposure_criteria

        metrics: list[dict[str, Any]] | Unset | None
        if isinstance(self.metrics, Unset):
            metrics = UNSET
        elif isinstance(self.metrics, list):
            if self.metrics is None:
                metrics = cast(Any, None)
            else:
                metrics = []
                for metrics_type_0_item_data in self.metrics:
                    metrics_type_0_item = (
                        metrics_type_0_item_data.to_dict()
                        if metrics_type_0_item_data is not None
                        else None
                    )
                    metrics.append(metrics_type_0_item)

        else:
            metrics = self.metrics

        metrics_secondary: list[dict[str, Any]] | Unset | None
        if isinstance(self.metrics_secondary, Unset):
            metrics_secondary = UNSET
        elif isinstance(self.metrics_secondary, list):
            if self.metrics_secondary is None:
                metrics_secondary = cast(Any, None)
            else:
                metrics_secondary = []
                for metrics_secondary_type_0_item_data in self.metrics_secondary:
                    metrics_secondary_type_0_item = (
                        metrics_secondary_type_0_item_data.to_dict()
                        if metrics_secondary_type_0_item_data is not None
                        else None
                    )
                    metrics_secondary.append(metrics_secondary_type_0_item)

        else:
            metrics_secondary = self.metrics_secondary

        stats_config: dict[str, Any] | Unset | None
        if isinstance(self.stats_config, Unset):
            stats_config = UNSET
        elif isinstance(self.stats_config, StatsConfig):
            stats_config = self.stats_config.to_dict() if self.stats_config is not None else None
        else:
            stats_config = self.stats_config

        scheduling_config = self.scheduling_config

        exposure_preaggregation_enabled = self.exposure_preaggregation_enabled

        only_count_matured_users = self.only_count_matured_users

        conclusion: str | Unset | None
        if isinstance(self.conclusion, Unset):
            conclusion = UNSET
        elif isinstance(self.conclusion, str):
            conclusion = self.conclusion
        else:
            conclusion = self.conclusion

        conclusion_comment: str | Unset | None
        if isinstance(self.conclusion_comment, Unset):
            conclusion_comment = UNSET
        else:
            conclusion_comment = self.conclusion_comment

        primary_metrics_ordered_uuids: list[str] | Unset | None
        if isinstance(self.primary_metrics_ordered_uuids, Unset):
            primary_metrics_ordered_uuids = UNSET
        elif isinstance(self.primary_metrics_ordered_uuids, list):
            primary_metrics_ordered_uuids = self.primary_metrics_ordered_uuids

        else:
            primary_metrics_ordered_uuids = self.primary_metrics_ordered_uuids

        secondary_metrics_ordered_uuids: list[str] | Unset | None
        if isinstance(self.secondary_metrics_ordered_uuids, Unset):
            secondary_metrics_ordered_uuids = UNSET
        elif isinstance(self.secondary_metrics_ordered_uuids, list):
            secondary_metrics_ordered_uuids = self.secondary_metrics_ordered_uuids

        else:
            secondary_metrics_ordered_uuids = self.secondary_metrics_ordered_uuids

        tags: list[Any] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        allow_unknown_events = self.allow_unknown_events

        update_feature_flag_params = self.update_feature_flag_params

        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        field_create_in_folder = self.field_create_in_folder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "feature_flag_key": feature_flag_key,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if feature_flag is not UNSET:
            field_dict["feature_flag"] = feature_flag
        if holdout_id is not UNSET:
            field_dict["holdout_id"] = holdout_id
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if running_time_calculation is not UNSET:
            field_dict["running_time_calculation"] = running_time_calculation
        if excluded_variants is not UNSET:
            field_dict["excluded_variants"] = excluded_variants
        if secondary_metrics is not UNSET:
            field_dict["secondary_metrics"] = secondary_metrics
        if saved_metrics_ids is not UNSET:
            field_dict["saved_metrics_ids"] = saved_metrics_ids
        if filters is not UNSET:
            field_dict["filters"] = filters
        if archived is not UNSET:
            field_dict["archived"] = archived
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if exposure_criteria is not UNSET:
            field_dict["exposure_criteria"] = exposure_criteria
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if metrics_secondary is not UNSET:
            field_dict["metrics_secondary"] = metrics_secondary
        if stats_config is not UNSET:
            field_dict["stats_config"] = stats_config
        if scheduling_config is not UNSET:
            field_dict["scheduling_config"] = scheduling_config
        if exposure_preaggregation_enabled is not UNSET:
            field_dict["exposure_preaggregation_enabled"] = exposure_preaggregation_enabled
        if only_count_matured_users is not UNSET:
            field_dict["only_count_matured_users"] = only_count_matured_users
        if conclusion is not UNSET:
            field_dict["conclusion"] = conclusion
        if conclusion_comment is not UNSET:
            field_dict["conclusion_comment"] = conclusion_comment
        if primary_metrics_ordered_uuids is not UNSET:
            field_dict["primary_metrics_ordered_uuids"] = primary_metrics_ordered_uuids
        if secondary_metrics_ordered_uuids is not UNSET:
            field_dict["secondary_metrics_ordered_uuids"] = secondary_metrics_ordered_uuids
        if tags is not UNSET:
            field_dict["tags"] = tags
        if allow_unknown_events is not UNSET:
            field_dict["allow_unknown_events"] = allow_unknown_events
        if update_feature_flag_params is not UNSET:
            field_dict["update_feature_flag_params"] = update_feature_flag_params
        if type_ is not UNSET:
            field_dict["type"] = type_
        if field_create_in_folder is not UNSET:
            field_dict["_create_in_folder"] = field_create_in_folder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        if "name" not in d:
            raise ResponseShapeError("required field is missing", ("name",))
        name = d["name"]

        if "feature_flag_key" not in d:
            raise ResponseShapeError("required field is missing", ("feature_flag_key",))
        feature_flag_key = d["feature_flag_key"]

        try:
            description: str | Unset | None = get("description", UNSET)

        except Exception as exc:
            raise field_error("description", exc) from exc

        try:
            start_date = _parse_ExperimentCreate_start_date(get("start_date", UNSET))
        except Exception as exc:
            raise field_error("start_date", exc) from exc

        try:
            end_date = _parse_ExperimentCreate_end_date(get("end_date", UNSET))
        except Exception as exc:
            raise field_error("end_date", exc) from exc

        try:
            _feature_flag = get("feature_flag", UNSET)
            feature_flag: ExperimentFeatureFlagInput | Unset
            if _feature_flag is None:
                feature_flag = cast(Any, None)
            elif isinstance(_feature_flag, Unset):
                feature_flag = UNSET
            else:
                feature_flag = ExperimentFeatureFlagInput._check(_feature_flag)

        except Exception as exc:
            raise field_error("feature_flag", exc) from exc

        try:
            holdout_id: int | Unset | None = get("holdout_id", UNSET)

        except Exception as exc:
            raise field_error("holdout_id", exc) from exc

        try:
            parameters = _check_ExperimentCreate_parameters(get("parameters", UNSET))
        except Exception as exc:
            raise field_error("parameters", exc) from exc

        try:
            running_time_calculation = _check_ExperimentCreate_running_time_calculation(
                get("running_time_calculation", UNSET)
            )
        except Exception as exc:
            raise field_error("running_time_calculation", exc) from exc

        try:
            excluded_variants = _parse_ExperimentCreate_excluded_variants(
                get("excluded_variants", UNSET)
            )
        except Exception as exc:
            raise field_error("excluded_variants", exc) from exc

        secondary_metrics = get("secondary_metrics", UNSET)

        try:
            saved_metrics_ids = _check_ExperimentCreate_saved_metrics_ids(
                get("saved_metrics_ids", UNSET)
            )
        except Exception as exc:
            raise field_error("saved_metrics_ids", exc) from exc

        try:
            _filters = get("filters", UNSET)
            filters: LegacyFilters | Unset
            if _filters is None:
                filters = cast(Any, None)
            elif isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = LegacyFilters._check(_filters)

        except Exception as exc:
            raise field_error("filters", exc) from exc

        archived = get("archived", UNSET)

        try:
            deleted: bool | Unset | None = get("deleted", UNSET)

        except Exception as exc:
            raise field_error("deleted", exc) from exc

        try:
            exposure_criteria = _check_ExperimentCreate_exposure_criteria(
                get("exposure_criteria", UNSET)
            )
        except Exception as exc:
            raise field_error("exposure_criteria", exc) from exc

        try:
            metrics = _check_ExperimentCreate_metrics(get("metrics", UNSET))
        except Exception as exc:
            raise field_error("metrics", exc) from exc

        try:
            metrics_secondary = _check_ExperimentCreate_metrics_secondary(
                get("metrics_secondary", UNSET)
            )
        except Exception as exc:
            raise field_error("metrics_secondary", exc) from exc

        try:
            stats_config = _check_ExperimentCreate_stats_config(get("stats_config", UNSET))
        except Exception as exc:
            raise field_error("stats_config", exc) from exc

        scheduling_config = get("scheduling_config", UNSET)

        exposure_preaggregation_enabled = get("exposure_preaggregation_enabled", UNSET)

        only_count_matured_users = get("only_count_matured_users", UNSET)

        try:
            conclusion = _parse_ExperimentCreate_conclusion(get("conclusion", UNSET))
        except Exception as exc:
            raise field_error("conclusion", exc) from exc

        try:
            conclusion_comment: str | Unset | None = get("conclusion_comment", UNSET)

        except Exception as exc:
            raise field_error("conclusion_comment", exc) from exc

        try:
            primary_metrics_ordered_uuids = _parse_ExperimentCreate_primary_metrics_ordered_uuids(
                get("primary_metrics_ordered_uuids", UNSET)
            )
        except Exception as exc:
            raise field_error("primary_metrics_ordered_uuids", exc) from exc

        try:
            secondary_metrics_ordered_uuids = (
                _parse_ExperimentCreate_secondary_metrics_ordered_uuids(
                    get("secondary_metrics_ordered_uuids", UNSET)
                )
            )
        except Exception as exc:
            raise field_error("secondary_metrics_ordered_uuids", exc) from exc

        try:
            tags: list[Any] = get("tags", UNSET)

        except Exception as exc:
            raise field_error("tags", exc) from exc

        allow_unknown_events = get("allow_unknown_events", UNSET)

        update_feature_flag_params = get("update_feature_flag_params", UNSET)

        try:
            type_ = _parse_ExperimentCreate_type_(get("type", UNSET))
        except Exception as exc:
            raise field_error("type", exc) from exc

        field_create_in_folder = get("_create_in_folder", UNSET)

        # Nested models are validated above and built on first access (see LazyFields).
        experiment_create = object.__new__(cls)
        experiment_create.name = name
        experiment_create.feature_flag_key = feature_flag_key
        experiment_create.description = description
        experiment_create.start_date = start_date
        experiment_create.end_date = end_date
        experiment_create.holdout_id = holdout_id
        experiment_create.excluded_variants = excluded_variants
        experiment_create.secondary_metrics = secondary_metrics
        experiment_create.archived = archived
        experiment_create.deleted = deleted
        experiment_create.scheduling_config = scheduling_config
        experiment_create.exposure_preaggregation_enabled = exposure_preaggregation_enabled
        experiment_create.only_count_matured_users = only_count_matured_users
        experiment_create.conclusion = conclusion
        experiment_create.conclusion_comment = conclusion_comment
        experiment_create.primary_metrics_ordered_uuids = primary_metrics_ordered_uuids
        experiment_create.secondary_metrics_ordered_uuids = secondary_metrics_ordered_uuids
        experiment_create.tags = tags
        experiment_create.allow_unknown_events = allow_unknown_events
        experiment_create.update_feature_flag_params = update_feature_flag_params
        experiment_create.type_ = type_
        experiment_create.field_create_in_folder = field_create_in_folder
        experiment_create._lazy_source = d
        experiment_create.additional_properties = (
            {}
            if d.keys() <= _ExperimentCreate_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentCreate_FIELDS}
        )

        return experiment_create

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "name" not in d:
            raise ResponseShapeError("required field is missing", ("name",))
        if "feature_flag_key" not in d:
            raise ResponseShapeError("required field is missing", ("feature_flag_key",))
        try:
            start_date = _parse_ExperimentCreate_start_date(get("start_date", UNSET))
        except Exception as exc:
            raise field_error("start_date", exc) from exc

        try:
            end_date = _parse_ExperimentCreate_end_date(get("end_date", UNSET))
        except Exception as exc:
            raise field_error("end_date", exc) from exc

        try:
            _feature_flag = get("feature_flag", UNSET)
            feature_flag: ExperimentFeatureFlagInput | Unset
            if _feature_flag is None:
                feature_flag = cast(Any, None)
            elif isinstance(_feature_flag, Unset):
                feature_flag = UNSET
            else:
                feature_flag = ExperimentFeatureFlagInput._check(_feature_flag)

        except Exception as exc:
            raise field_error("feature_flag", exc) from exc

        try:
            parameters = _check_ExperimentCreate_parameters(get("parameters", UNSET))
        except Exception as exc:
            raise field_error("parameters", exc) from exc

        try:
            running_time_calculation = _check_ExperimentCreate_running_time_calculation(
                get("running_time_calculation", UNSET)
            )
        except Exception as exc:
            raise field_error("running_time_calculation", exc) from exc

        try:
            excluded_variants = _parse_ExperimentCreate_excluded_variants(
                get("excluded_variants", UNSET)
            )
        except Exception as exc:
            raise field_error("excluded_variants", exc) from exc

        try:
            saved_metrics_ids = _check_ExperimentCreate_saved_metrics_ids(
                get("saved_metrics_ids", UNSET)
            )
        except Exception as exc:
            raise field_error("saved_metrics_ids", exc) from exc

        try:
            _filters = get("filters", UNSET)
            filters: LegacyFilters | Unset
            if _filters is None:
                filters = cast(Any, None)
            elif isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = LegacyFilters._check(_filters)

        except Exception as exc:
            raise field_error("filters", exc) from exc

        try:
            exposure_criteria = _check_ExperimentCreate_exposure_criteria(
                get("exposure_criteria", UNSET)
            )
        except Exception as exc:
            raise field_error("exposure_criteria", exc) from exc

        try:
            metrics = _check_ExperimentCreate_metrics(get("metrics", UNSET))
        except Exception as exc:
            raise field_error("metrics", exc) from exc

        try:
            metrics_secondary = _check_ExperimentCreate_metrics_secondary(
                get("metrics_secondary", UNSET)
            )
        except Exception as exc:
            raise field_error("metrics_secondary", exc) from exc

        try:
            stats_config = _check_ExperimentCreate_stats_config(get("stats_config", UNSET))
        except Exception as exc:
            raise field_error("stats_config", exc) from exc

        try:
            conclusion = _parse_ExperimentCreate_conclusion(get("conclusion", UNSET))
        except Exception as exc:
            raise field_error("conclusion", exc) from exc

        try:
            primary_metrics_ordered_uuids = _parse_ExperimentCreate_primary_metrics_ordered_uuids(
                get("primary_metrics_ordered_uuids", UNSET)
            )
        except Exception as exc:
            raise field_error("primary_metrics_ordered_uuids", exc) from exc

        try:
            secondary_metrics_ordered_uuids = (
                _parse_ExperimentCreate_secondary_metrics_ordered_uuids(
                    get("secondary_metrics_ordered_uuids", UNSET)
                )
            )
        except Exception as exc:
            raise field_error("secondary_metrics_ordered_uuids", exc) from exc

        try:
            type_ = _parse_ExperimentCreate_type_(get("type", UNSET))
        except Exception as exc:
            raise field_error("type", exc) from exc

        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict
        get = d.get

        if "name" not in d:
            raise ResponseShapeError("required field is missing", ("name",))
        name = d["name"]

        if "feature_flag_key" not in d:
            raise ResponseShapeError("required field is missing", ("feature_flag_key",))
        feature_flag_key = d["feature_flag_key"]

        try:
            description: str | Unset | None = get("description", UNSET)

        except Exception as exc:
            raise field_error("description", exc) from exc

        try:
            start_date = _parse_ExperimentCreate_start_date(get("start_date", UNSET))
        except Exception as exc:
            raise field_error("start_date", exc) from exc

        try:
            end_date = _parse_ExperimentCreate_end_date(get("end_date", UNSET))
        except Exception as exc:
            raise field_error("end_date", exc) from exc

        try:
            holdout_id: int | Unset | None = get("holdout_id", UNSET)

        except Exception as exc:
            raise field_error("holdout_id", exc) from exc

        try:
            excluded_variants = _parse_ExperimentCreate_excluded_variants(
                get("excluded_variants", UNSET)
            )
        except Exception as exc:
            raise field_error("excluded_variants", exc) from exc

        secondary_metrics = get("secondary_metrics", UNSET)

        archived = get("archived", UNSET)

        try:
            deleted: bool | Unset | None = get("deleted", UNSET)

        except Exception as exc:
            raise field_error("deleted", exc) from exc

        scheduling_config = get("scheduling_config", UNSET)

        exposure_preaggregation_enabled = get("exposure_preaggregation_enabled", UNSET)

        only_count_matured_users = get("only_count_matured_users", UNSET)

        try:
            conclusion = _parse_ExperimentCreate_conclusion(get("conclusion", UNSET))
        except Exception as exc:
            raise field_error("conclusion", exc) from exc

        try:
            conclusion_comment: str | Unset | None = get("conclusion_comment", UNSET)

        except Exception as exc:
            raise field_error("conclusion_comment", exc) from exc

        try:
            primary_metrics_ordered_uuids = _parse_ExperimentCreate_primary_metrics_ordered_uuids(
                get("primary_metrics_ordered_uuids", UNSET)
            )
        except Exception as exc:
            raise field_error("primary_metrics_ordered_uuids", exc) from exc

        try:
            secondary_metrics_ordered_uuids = (
                _parse_ExperimentCreate_secondary_metrics_ordered_uuids(
                    get("secondary_metrics_ordered_uuids", UNSET)
                )
            )
        except Exception as exc:
            raise field_error("secondary_metrics_ordered_uuids", exc) from exc

        try:
            tags: list[Any] = get("tags", UNSET)

        except Exception as exc:
            raise field_error("tags", exc) from exc

        allow_unknown_events = get("allow_unknown_events", UNSET)

        update_feature_flag_params = get("update_feature_flag_params", UNSET)

        try:
            type_ = _parse_ExperimentCreate_type_(get("type", UNSET))
        except Exception as exc:
            raise field_error("type", exc) from exc

        field_create_in_folder = get("_create_in_folder", UNSET)

        experiment_create = object.__new__(cls)
        experiment_create.name = name
        experiment_create.feature_flag_key = feature_flag_key
        experiment_create.description = description
        experiment_create.start_date = start_date
        experiment_create.end_date = end_date
        experiment_create.holdout_id = holdout_id
        experiment_create.excluded_variants = excluded_variants
        experiment_create.secondary_metrics = secondary_metrics
        experiment_create.archived = archived
        experiment_create.deleted = deleted
        experiment_create.scheduling_config = scheduling_config
        experiment_create.exposure_preaggregation_enabled = exposure_preaggregation_enabled
        experiment_create.only_count_matured_users = only_count_matured_users
        experiment_create.conclusion = conclusion
        experiment_create.conclusion_comment = conclusion_comment
        experiment_create.primary_metrics_ordered_uuids = primary_metrics_ordered_uuids
        experiment_create.secondary_metrics_ordered_uuids = secondary_metrics_ordered_uuids
        experiment_create.tags = tags
        experiment_create.allow_unknown_events = allow_unknown_events
        experiment_create.update_feature_flag_params = update_feature_flag_params
        experiment_create.type_ = type_
        experiment_create.field_create_in_folder = field_create_in_folder
        experiment_create._lazy_source = d
        experiment_create.additional_properties = (
            {}
            if d.keys() <= _ExperimentCreate_FIELDS
            else {k: v for k, v in d.items() if k not in _ExperimentCreate_FIELDS}
        )

        return experiment_create

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The JSON names of the declared fields; any other key is kept in ``additional_properties``.
_ExperimentCreate_FIELDS = frozenset(
    {
        "name",
        "feature_flag_key",
        "description",
        "start_date",
        "end_date",
        "feature_flag",
        "holdout_id",
        "parameters",
        "running_time_calculation",
        "excluded_variants",
        "secondary_metrics",
        "saved_metrics_ids",
        "filters",
        "archived",
        "deleted",
        "exposure_criteria",
        "metrics",
        "metrics_secondary",
        "stats_config",
        "scheduling_config",
        "exposure_preaggregation_enabled",
        "only_count_matured_users",
        "conclusion",
        "conclusion_comment",
        "primary_metrics_ordered_uuids",
        "secondary_metrics_ordered_uuids",
        "tags",
        "allow_unknown_events",
        "update_feature_flag_params",
        "type",
        "_create_in_folder",
    }
)


def _parse_ExperimentCreate_start_date(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected datetime.datetime, got {type(data).__name__}")
    _start_date_type_0 = data
    start_date_type_0: datetime.datetime
    if _start_date_type_0 is None:
        start_date_type_0 = cast(Any, None)
    else:
        start_date_type_0 = parse_datetime(_start_date_type_0)

    return start_date_type_0


def _parse_ExperimentCreate_end_date(data: object) -> datetime.datetime | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected datetime.datetime, got {type(data).__name__}")
    _end_date_type_0 = data
    end_date_type_0: datetime.datetime
    if _end_date_type_0 is None:
        end_date_type_0 = cast(Any, None)
    else:
        end_date_type_0 = parse_datetime(_end_date_type_0)

    return end_date_type_0


def _build_ExperimentCreate_feature_flag(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        _feature_flag = get("feature_flag", UNSET)
        feature_flag: ExperimentFeatureFlagInput | Unset
        if _feature_flag is None:
            feature_flag = cast(Any, None)
        elif isinstance(_feature_flag, Unset):
            feature_flag = UNSET
        else:
            feature_flag = ExperimentFeatureFlagInput._from_valid(_feature_flag)

    except Exception as exc:
        raise field_error("feature_flag", exc) from exc

    return feature_flag


def _parse_ExperimentCreate_parameters(data: object) -> ExperimentParameters | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExperimentParameters, got {type(data).__name__}")
    _parameters_type_1 = data
    parameters_type_1: ExperimentParameters
    if _parameters_type_1 is None:
        parameters_type_1 = cast(Any, None)
    else:
        parameters_type_1 = ExperimentParameters._from_valid(_parameters_type_1)

    return parameters_type_1


def _check_ExperimentCreate_parameters(data: object) -> ExperimentParameters | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExperimentParameters, got {type(data).__name__}")
    _parameters_type_1 = data
    parameters_type_1: ExperimentParameters
    if _parameters_type_1 is None:
        parameters_type_1 = cast(Any, None)
    else:
        parameters_type_1 = ExperimentParameters._check(_parameters_type_1)

    return parameters_type_1


def _build_ExperimentCreate_parameters(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        parameters = _parse_ExperimentCreate_parameters(get("parameters", UNSET))
    except Exception as exc:
        raise field_error("parameters", exc) from exc

    return parameters


def _parse_ExperimentCreate_running_time_calculation(
    data: object,
) -> RunningTimeCalculation | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected RunningTimeCalculation, got {type(data).__name__}")
    _running_time_calculation_type_1 = data
    running_time_calculation_type_1: RunningTimeCalculation
    if _running_time_calculation_type_1 is None:
        running_time_calculation_type_1 = cast(Any, None)
    else:
        running_time_calculation_type_1 = RunningTimeCalculation._from_valid(
            _running_time_calculation_type_1
        )

    return running_time_calculation_type_1


def _check_ExperimentCreate_running_time_calculation(
    data: object,
) -> RunningTimeCalculation | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected RunningTimeCalculation, got {type(data).__name__}")
    _running_time_calculation_type_1 = data
    running_time_calculation_type_1: RunningTimeCalculation
    if _running_time_calculation_type_1 is None:
        running_time_calculation_type_1 = cast(Any, None)
    else:
        running_time_calculation_type_1 = RunningTimeCalculation._check(
            _running_time_calculation_type_1
        )

    return running_time_calculation_type_1


def _build_ExperimentCreate_running_time_calculation(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        running_time_calculation = _parse_ExperimentCreate_running_time_calculation(
            get("running_time_calculation", UNSET)
        )
    except Exception as exc:
        raise field_error("running_time_calculation", exc) from exc

    return running_time_calculation


def _parse_ExperimentCreate_excluded_variants(data: object) -> list[str] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    excluded_variants_type_0: list[str] = data

    return excluded_variants_type_0


def _parse_ExperimentCreate_saved_metrics_ids(
    data: object,
) -> list[SavedMetricReference] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    _saved_metrics_ids_type_0 = data
    saved_metrics_ids_type_0: list[SavedMetricReference]
    if _saved_metrics_ids_type_0 is None:
        saved_metrics_ids_type_0 = cast(Any, None)
    elif not isinstance(_saved_metrics_ids_type_0, list):
        raise ResponseShapeError(f"expected a list, got {type(_saved_metrics_ids_type_0).__name__}")
    else:
        saved_metrics_ids_type_0 = []
        for saved_metrics_ids_type_0_index, saved_metrics_ids_type_0_item_data in enumerate(
            _saved_metrics_ids_type_0
        ):
            try:
                _saved_metrics_ids_type_0_item = saved_metrics_ids_type_0_item_data
                saved_metrics_ids_type_0_item: SavedMetricReference
                if _saved_metrics_ids_type_0_item is None:
                    saved_metrics_ids_type_0_item = cast(Any, None)
                else:
                    saved_metrics_ids_type_0_item = SavedMetricReference._from_valid(
                        _saved_metrics_ids_type_0_item
                    )

            except Exception as exc:
                raise field_error(saved_metrics_ids_type_0_index, exc) from exc
            saved_metrics_ids_type_0.append(saved_metrics_ids_type_0_item)

    return saved_metrics_ids_type_0


def _check_ExperimentCreate_saved_metrics_ids(
    data: object,
) -> list[SavedMetricReference] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    _saved_metrics_ids_type_0 = data
    saved_metrics_ids_type_0: list[SavedMetricReference]
    if _saved_metrics_ids_type_0 is None:
        saved_metrics_ids_type_0 = cast(Any, None)
    elif not isinstance(_saved_metrics_ids_type_0, list):
        raise ResponseShapeError(f"expected a list, got {type(_saved_metrics_ids_type_0).__name__}")
    else:
        saved_metrics_ids_type_0 = []
        for saved_metrics_ids_type_0_index, saved_metrics_ids_type_0_item_data in enumerate(
            _saved_metrics_ids_type_0
        ):
            try:
                _saved_metrics_ids_type_0_item = saved_metrics_ids_type_0_item_data
                saved_metrics_ids_type_0_item: SavedMetricReference
                if _saved_metrics_ids_type_0_item is None:
                    saved_metrics_ids_type_0_item = cast(Any, None)
                else:
                    saved_metrics_ids_type_0_item = SavedMetricReference._check(
                        _saved_metrics_ids_type_0_item
                    )

            except Exception as exc:
                raise field_error(saved_metrics_ids_type_0_index, exc) from exc
            saved_metrics_ids_type_0.append(saved_metrics_ids_type_0_item)

    return saved_metrics_ids_type_0


def _build_ExperimentCreate_saved_metrics_ids(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        saved_metrics_ids = _parse_ExperimentCreate_saved_metrics_ids(
            get("saved_metrics_ids", UNSET)
        )
    except Exception as exc:
        raise field_error("saved_metrics_ids", exc) from exc

    return saved_metrics_ids


def _build_ExperimentCreate_filters(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        _filters = get("filters", UNSET)
        filters: LegacyFilters | Unset
        if _filters is None:
            filters = cast(Any, None)
        elif isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = LegacyFilters._from_valid(_filters)

    except Exception as exc:
        raise field_error("filters", exc) from exc

    return filters


def _parse_ExperimentCreate_exposure_criteria(data: object) -> ExposureCriteria | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExposureCriteria, got {type(data).__name__}")
    _exposure_criteria_type_1 = data
    exposure_criteria_type_1: ExposureCriteria
    if _exposure_criteria_type_1 is None:
        exposure_criteria_type_1 = cast(Any, None)
    else:
        exposure_criteria_type_1 = ExposureCriteria._from_valid(_exposure_criteria_type_1)

    return exposure_criteria_type_1


def _check_ExperimentCreate_exposure_criteria(data: object) -> ExposureCriteria | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExposureCriteria, got {type(data).__name__}")
    _exposure_criteria_type_1 = data
    exposure_criteria_type_1: ExposureCriteria
    if _exposure_criteria_type_1 is None:
        exposure_criteria_type_1 = cast(Any, None)
    else:
        exposure_criteria_type_1 = ExposureCriteria._check(_exposure_criteria_type_1)

    return exposure_criteria_type_1


def _build_ExperimentCreate_exposure_criteria(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        exposure_criteria = _parse_ExperimentCreate_exposure_criteria(
            get("exposure_criteria", UNSET)
        )
    except Exception as exc:
        raise field_error("exposure_criteria", exc) from exc

    return exposure_criteria


def _parse_ExperimentCreate_metrics(data: object) -> list[ExperimentMetric] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    _metrics_type_0 = data
    metrics_type_0: list[ExperimentMetric]
    if _metrics_type_0 is None:
        metrics_type_0 = cast(Any, None)
    elif not isinstance(_metrics_type_0, list):
        raise ResponseShapeError(f"expected a list, got {type(_metrics_type_0).__name__}")
    else:
        metrics_type_0 = []
        for metrics_type_0_index, metrics_type_0_item_data in enumerate(_metrics_type_0):
            try:
                _metrics_type_0_item = metrics_type_0_item_data
                metrics_type_0_item: ExperimentMetric
                if _metrics_type_0_item is None:
                    metrics_type_0_item = cast(Any, None)
                else:
                    metrics_type_0_item = ExperimentMetric._from_valid(_metrics_type_0_item)

            except Exception as exc:
                raise field_error(metrics_type_0_index, exc) from exc
            metrics_type_0.append(metrics_type_0_item)

    return metrics_type_0


def _check_ExperimentCreate_metrics(data: object) -> list[ExperimentMetric] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    _metrics_type_0 = data
    metrics_type_0: list[ExperimentMetric]
    if _metrics_type_0 is None:
        metrics_type_0 = cast(Any, None)
    elif not isinstance(_metrics_type_0, list):
        raise ResponseShapeError(f"expected a list, got {type(_metrics_type_0).__name__}")
    else:
        metrics_type_0 = []
        for metrics_type_0_index, metrics_type_0_item_data in enumerate(_metrics_type_0):
            try:
                _metrics_type_0_item = metrics_type_0_item_data
                metrics_type_0_item: ExperimentMetric
                if _metrics_type_0_item is None:
                    metrics_type_0_item = cast(Any, None)
                else:
                    metrics_type_0_item = ExperimentMetric._check(_metrics_type_0_item)

            except Exception as exc:
                raise field_error(metrics_type_0_index, exc) from exc
            metrics_type_0.append(metrics_type_0_item)

    return metrics_type_0


def _build_ExperimentCreate_metrics(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        metrics = _parse_ExperimentCreate_metrics(get("metrics", UNSET))
    except Exception as exc:
        raise field_error("metrics", exc) from exc

    return metrics


def _parse_ExperimentCreate_metrics_secondary(
    data: object,
) -> list[ExperimentMetric] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    _metrics_secondary_type_0 = data
    metrics_secondary_type_0: list[ExperimentMetric]
    if _metrics_secondary_type_0 is None:
        metrics_secondary_type_0 = cast(Any, None)
    elif not isinstance(_metrics_secondary_type_0, list):
        raise ResponseShapeError(f"expected a list, got {type(_metrics_secondary_type_0).__name__}")
    else:
        metrics_secondary_type_0 = []
        for metrics_secondary_type_0_index, metrics_secondary_type_0_item_data in enumerate(
            _metrics_secondary_type_0
        ):
            try:
                _metrics_secondary_type_0_item = metrics_secondary_type_0_item_data
                metrics_secondary_type_0_item: ExperimentMetric
                if _metrics_secondary_type_0_item is None:
                    metrics_secondary_type_0_item = cast(Any, None)
                else:
                    metrics_secondary_type_0_item = ExperimentMetric._from_valid(
                        _metrics_secondary_type_0_item
                    )

            except Exception as exc:
                raise field_error(metrics_secondary_type_0_index, exc) from exc
            metrics_secondary_type_0.append(metrics_secondary_type_0_item)

    return metrics_secondary_type_0


def _check_ExperimentCreate_metrics_secondary(
    data: object,
) -> list[ExperimentMetric] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    _metrics_secondary_type_0 = data
    metrics_secondary_type_0: list[ExperimentMetric]
    if _metrics_secondary_type_0 is None:
        metrics_secondary_type_0 = cast(Any, None)
    elif not isinstance(_metrics_secondary_type_0, list):
        raise ResponseShapeError(f"expected a list, got {type(_metrics_secondary_type_0).__name__}")
    else:
        metrics_secondary_type_0 = []
        for metrics_secondary_type_0_index, metrics_secondary_type_0_item_data in enumerate(
            _metrics_secondary_type_0
        ):
            try:
                _metrics_secondary_type_0_item = metrics_secondary_type_0_item_data
                metrics_secondary_type_0_item: ExperimentMetric
                if _metrics_secondary_type_0_item is None:
                    metrics_secondary_type_0_item = cast(Any, None)
                else:
                    metrics_secondary_type_0_item = ExperimentMetric._check(
                        _metrics_secondary_type_0_item
                    )

            except Exception as exc:
                raise field_error(metrics_secondary_type_0_index, exc) from exc
            metrics_secondary_type_0.append(metrics_secondary_type_0_item)

    return metrics_secondary_type_0


def _build_ExperimentCreate_metrics_secondary(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        metrics_secondary = _parse_ExperimentCreate_metrics_secondary(
            get("metrics_secondary", UNSET)
        )
    except Exception as exc:
        raise field_error("metrics_secondary", exc) from exc

    return metrics_secondary


def _parse_ExperimentCreate_stats_config(data: object) -> StatsConfig | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected StatsConfig, got {type(data).__name__}")
    _stats_config_type_1 = data
    stats_config_type_1: StatsConfig
    if _stats_config_type_1 is None:
        stats_config_type_1 = cast(Any, None)
    else:
        stats_config_type_1 = StatsConfig._from_valid(_stats_config_type_1)

    return stats_config_type_1


def _check_ExperimentCreate_stats_config(data: object) -> StatsConfig | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected StatsConfig, got {type(data).__name__}")
    _stats_config_type_1 = data
    stats_config_type_1: StatsConfig
    if _stats_config_type_1 is None:
        stats_config_type_1 = cast(Any, None)
    else:
        stats_config_type_1 = StatsConfig._check(_stats_config_type_1)

    return stats_config_type_1


def _build_ExperimentCreate_stats_config(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        stats_config = _parse_ExperimentCreate_stats_config(get("stats_config", UNSET))
    except Exception as exc:
        raise field_error("stats_config", exc) from exc

    return stats_config


def _parse_ExperimentCreate_conclusion(data: object) -> ConclusionEnum | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected str, got {type(data).__name__}")
    _conclusion_type_1 = data
    conclusion_type_1: ConclusionEnum
    if _conclusion_type_1 is None:
        conclusion_type_1 = cast(Any, None)
    else:
        conclusion_type_1 = check_conclusion_enum(_conclusion_type_1)

    return conclusion_type_1


def _parse_ExperimentCreate_primary_metrics_ordered_uuids(data: object) -> list[str] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    primary_metrics_ordered_uuids_type_0: list[str] = data

    return primary_metrics_ordered_uuids_type_0


def _parse_ExperimentCreate_secondary_metrics_ordered_uuids(
    data: object,
) -> list[str] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    secondary_metrics_ordered_uuids_type_0: list[str] = data

    return secondary_metrics_ordered_uuids_type_0


def _parse_ExperimentCreate_type_(data: object) -> ExperimentTypeEnum | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected str, got {type(data).__name__}")
    _type_type_1 = data
    type_type_1: ExperimentTypeEnum
    if _type_type_1 is None:
        type_type_1 = cast(Any, None)
    else:
        type_type_1 = check_experiment_type_enum(_type_type_1)

    return type_type_1


# How each lazy field is built from the validated input, on first access.
ExperimentCreate._lazy_builders = {
    "feature_flag": _build_ExperimentCreate_feature_flag,
    "parameters": _build_ExperimentCreate_parameters,
    "running_time_calculation": _build_ExperimentCreate_running_time_calculation,
    "saved_metrics_ids": _build_ExperimentCreate_saved_metrics_ids,
    "filters": _build_ExperimentCreate_filters,
    "exposure_criteria": _build_ExperimentCreate_exposure_criteria,
    "metrics": _build_ExperimentCreate_metrics,
    "metrics_secondary": _build_ExperimentCreate_metrics_secondary,
    "stats_config": _build_ExperimentCreate_stats_config,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.experiment_feature_flag_input import ExperimentFeatureFlagInput  # noqa: E402
from ..models.experiment_metric import ExperimentMetric  # noqa: E402
from ..models.experiment_parameters import ExperimentParameters  # noqa: E402
from ..models.exposure_criteria import ExposureCriteria  # noqa: E402
from ..models.legacy_filters import LegacyFilters  # noqa: E402
from ..models.running_time_calculation import RunningTimeCalculation  # noqa: E402
from ..models.saved_metric_reference import SavedMetricReference  # noqa: E402
from ..models.stats_config import StatsConfig  # noqa: E402
