from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conclusion_enum import ConclusionEnum, check_conclusion_enum
from ..models.experiment_status_enum import ExperimentStatusEnum, check_experiment_status_enum
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
    from ..models.experiment_holdout import ExperimentHoldout
    from ..models.experiment_metric import ExperimentMetric
    from ..models.experiment_parameters import ExperimentParameters
    from ..models.experiment_to_saved_metric import ExperimentToSavedMetric
    from ..models.exposure_criteria import ExposureCriteria
    from ..models.minimal_feature_flag import MinimalFeatureFlag
    from ..models.running_time_calculation import RunningTimeCalculation
    from ..models.stats_config import StatsConfig
    from ..models.user_basic import UserBasic


T = TypeVar("T", bound="Experiment")


@_attrs_define
class Experiment(LazyFields):
    """An experiment as the server returns it: the full shape (retrieve, create, update, actions, and lists before the
    newest PostHog) or the newest lean list item (`ExperimentBasic`), which leaves out metrics, saved metrics, filters,
    stats, scheduling and exposure configuration and the ordering arrays.

        Attributes:
            id (int):
            name (str):
            feature_flag_key (str): The linked flag's key.
            created_by (None | UserBasic):
            created_at (datetime.datetime):
            updated_at (datetime.datetime):
            description (None | str | Unset):
            start_date (datetime.datetime | None | Unset): Non-null means launched.
            end_date (datetime.datetime | None | Unset): Non-null means ended.
            feature_flag (MinimalFeatureFlag | None | Unset): Null in 2026 when the flag is gone; absent from 2021-22
                servers.
            holdout (ExperimentHoldout | None | Unset):
            holdout_id (int | None | Unset):
            exposure_cohort (int | None | Unset):
            parameters (ExperimentParameters | None | Unset):
            running_time_calculation (None | RunningTimeCalculation | Unset):
            excluded_variants (list[str] | None | Unset): Variant keys left out of the analysis (newest).
            secondary_metrics (Any | Unset): Legacy secondary metrics.
            saved_metrics (list[ExperimentToSavedMetric] | Unset):
            saved_metrics_ids (list[Any] | None | Unset): Input only; responses carry null.
            filters (Any | Unset): Legacy target metric.
            archived (bool | Unset):
            deleted (bool | None | Unset):
            type_ (ExperimentTypeEnum | None | Unset):
            exposure_criteria (ExposureCriteria | None | Unset):
            metrics (list[ExperimentMetric] | None | Unset):
            metrics_secondary (list[ExperimentMetric] | None | Unset):
            stats_config (None | StatsConfig | Unset):
            scheduling_config (Any | Unset): Scheduling configuration (2026), any JSON or null.
            exposure_preaggregation_enabled (bool | Unset):
            only_count_matured_users (bool | Unset):
            conclusion (ConclusionEnum | None | Unset):
            conclusion_comment (None | str | Unset):
            primary_metrics_ordered_uuids (list[str] | None | Unset):
            secondary_metrics_ordered_uuids (list[str] | None | Unset):
            tags (list[Any] | Unset): Tags (newest).
            status (ExperimentStatusEnum | None | Unset):
            is_legacy (bool | Unset): Whether a metric uses a legacy kind (newest).
            can_freeze_exposure (bool | Unset): Newest.
            flag_cleanup_task_id (None | str | Unset): Newest.
            user_access_level (None | str | Unset): `none`, `viewer`, `editor` or `manager`; null with a project secret key.
    """

    id: int
    name: str
    feature_flag_key: str
    created_by: UserBasic | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: str | Unset | None = UNSET
    start_date: datetime.datetime | Unset | None = UNSET
    end_date: datetime.datetime | Unset | None = UNSET
    feature_flag: MinimalFeatureFlag | Unset | None = UNSET
    holdout: ExperimentHoldout | Unset | None = UNSET
    holdout_id: int | Unset | None = UNSET
    exposure_cohort: int | Unset | None = UNSET
    parameters: ExperimentParameters | Unset | None = UNSET
    running_time_calculation: RunningTimeCalculation | Unset | None = UNSET
    excluded_variants: list[str] | Unset | None = UNSET
    secondary_metrics: Any | Unset = UNSET
    saved_metrics: list[ExperimentToSavedMetric] | Unset = UNSET
    saved_metrics_ids: list[Any] | Unset | None = UNSET
    filters: Any | Unset = UNSET
    archived: bool | Unset = UNSET
    deleted: bool | Unset | None = UNSET
    type_: ExperimentTypeEnum | Unset | None = UNSET
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
    status: ExperimentStatusEnum | Unset | None = UNSET
    is_legacy: bool | Unset = UNSET
    can_freeze_exposure: bool | Unset = UNSET
    flag_cleanup_task_id: str | Unset | None = UNSET
    user_access_level: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        feature_flag_key = self.feature_flag_key

        created_by: dict[str, Any] | None
        if isinstance(self.created_by, UserBasic):
            created_by = self.created_by.to_dict() if self.created_by is not None else None
        else:
            created_by = self.created_by

        created_at = format_datetime(self.created_at)

        updated_at = format_datetime(self.updated_at)

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

        feature_flag: dict[str, Any] | Unset | None
        if isinstance(self.feature_flag, Unset):
            feature_flag = UNSET
        elif isinstance(self.feature_flag, MinimalFeatureFlag):
            feature_flag = self.feature_flag.to_dict() if self.feature_flag is not None else None
        else:
            feature_flag = self.feature_flag

        holdout: dict[str, Any] | Unset | None
        if isinstance(self.holdout, Unset):
            holdout = UNSET
        elif isinstance(self.holdout, ExperimentHoldout):
            holdout = self.holdout.to_dict() if self.holdout is not None else None
        else:
            holdout = self.holdout

        holdout_id: int | Unset | None
        if isinstance(self.holdout_id, Unset):
            holdout_id = UNSET
        else:
            holdout_id = self.holdout_id

        exposure_cohort: int | Unset | None
        if isinstance(self.exposure_cohort, Unset):
            exposure_cohort = UNSET
        else:
            exposure_cohort = self.exposure_cohort

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

        saved_metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.saved_metrics, Unset):
            if self.saved_metrics is None:
                saved_metrics = cast(Any, None)
            else:
                saved_metrics = []
                for saved_metrics_item_data in self.saved_metrics:
                    saved_metrics_item = (
                        saved_metrics_item_data.to_dict()
                        if saved_metrics_item_data is not None
                        else None
                    )
                    saved_metrics.append(saved_metrics_item)

        saved_metrics_ids: list[Any] | Unset | None
        if isinstance(self.saved_metrics_ids, Unset):
            saved_metrics_ids = UNSET
        elif isinstance(self.saved_metrics_ids, list):
            saved_metrics_ids = self.saved_metrics_ids

        else:
            saved_metrics_ids = self.saved_metrics_ids

        filters = self.filters

        archived = self.archived

        deleted: bool | Unset | None
        if isinstance(self.deleted, Unset):
            deleted = UNSET
        else:
            deleted = self.deleted

        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

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

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        is_legacy = self.is_legacy

        can_freeze_exposure = self.can_freeze_exposure

        flag_cleanup_task_id: str | Unset | None
        if isinstance(self.flag_cleanup_task_id, Unset):
            flag_cleanup_task_id = UNSET
        else:
            flag_cleanup_task_id = self.flag_cleanup_task_id

        user_access_level: str | Unset | None
        if isinstance(self.user_access_level, Unset):
            user_access_level = UNSET
        else:
            user_access_level = self.user_access_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "feature_flag_key": feature_flag_key,
                "created_by": created_by,
                "created_at": created_at,
                "updated_at": updated_at,
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
        if holdout is not UNSET:
            field_dict["holdout"] = holdout
        if holdout_id is not UNSET:
            field_dict["holdout_id"] = holdout_id
        if exposure_cohort is not UNSET:
            field_dict["exposure_cohort"] = exposure_cohort
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if running_time_calculation is not UNSET:
            field_dict["running_time_calculation"] = running_time_calculation
        if excluded_variants is not UNSET:
            field_dict["excluded_variants"] = excluded_variants
        if secondary_metrics is not UNSET:
            field_dict["secondary_metrics"] = secondary_metrics
        if saved_metrics is not UNSET:
            field_dict["saved_metrics"] = saved_metrics
        if saved_metrics_ids is not UNSET:
            field_dict["saved_metrics_ids"] = saved_metrics_ids
        if filters is not UNSET:
            field_dict["filters"] = filters
        if archived is not UNSET:
            field_dict["archived"] = archived
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        if status is not UNSET:
            field_dict["status"] = status
        if is_legacy is not UNSET:
            field_dict["is_legacy"] = is_legacy
        if can_freeze_exposure is not UNSET:
            field_dict["can_freeze_exposure"] = can_freeze_exposure
        if flag_cleanup_task_id is not UNSET:
            field_dict["flag_cleanup_task_id"] = flag_cleanup_task_id
        if user_access_level is not UNSET:
            field_dict["user_access_level"] = user_access_level

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        id = d["id"]

        if "name" not in d:
            raise ResponseShapeError("required field is missing", ("name",))
        name = d["name"]

        if "feature_flag_key" not in d:
            raise ResponseShapeError("required field is missing", ("feature_flag_key",))
        feature_flag_key = d["feature_flag_key"]

        try:
            if "created_by" not in d:
                raise ResponseShapeError("required field is missing")
            created_by = _check_Experiment_created_by(d["created_by"])
        except Exception as exc:
            raise field_error("created_by", exc) from exc

        try:
            if "created_at" not in d:
                raise ResponseShapeError("required field is missing")
            _created_at = d["created_at"]
            created_at: datetime.datetime
            if _created_at is None:
                created_at = cast(Any, None)
            else:
                created_at = parse_datetime(_created_at)

        except Exception as exc:
            raise field_error("created_at", exc) from exc

        try:
            if "updated_at" not in d:
                raise ResponseShapeError("required field is missing")
            _updated_at = d["updated_at"]
            updated_at: datetime.datetime
            if _updated_at is None:
                updated_at = cast(Any, None)
            else:
                updated_at = parse_datetime(_updated_at)

        except Exception as exc:
            raise field_error("updated_at", exc) from exc

        try:
            description: str | Unset | None = get("description", UNSET)

        except Exception as exc:
            raise field_error("description", exc) from exc

        try:
            start_date = _parse_Experiment_start_date(get("start_date", UNSET))
        except Exception as exc:
            raise field_error("start_date", exc) from exc

        try:
            end_date = _parse_Experiment_end_date(get("end_date", UNSET))
        except Exception as exc:
            raise field_error("end_date", exc) from exc

        try:
            feature_flag = _check_Experiment_feature_flag(get("feature_flag", UNSET))
        except Exception as exc:
            raise field_error("feature_flag", exc) from exc

        try:
            holdout = _check_Experiment_holdout(get("holdout", UNSET))
        except Exception as exc:
            raise field_error("holdout", exc) from exc

        try:
            holdout_id: int | Unset | None = get("holdout_id", UNSET)

        except Exception as exc:
            raise field_error("holdout_id", exc) from exc

        try:
            exposure_cohort: int | Unset | None = get("exposure_cohort", UNSET)

        except Exception as exc:
            raise field_error("exposure_cohort", exc) from exc

        try:
            parameters = _check_Experiment_parameters(get("parameters", UNSET))
        except Exception as exc:
            raise field_error("parameters", exc) from exc

        try:
            running_time_calculation = _check_Experiment_running_time_calculation(
                get("running_time_calculation", UNSET)
            )
        except Exception as exc:
            raise field_error("running_time_calculation", exc) from exc

        try:
            excluded_variants = _parse_Experiment_excluded_variants(get("excluded_variants", UNSET))
        except Exception as exc:
            raise field_error("excluded_variants", exc) from exc

        secondary_metrics = get("secondary_metrics", UNSET)

        try:
            _saved_metrics = get("saved_metrics", UNSET)
            saved_metrics: list[ExperimentToSavedMetric] | Unset
            if _saved_metrics is None:
                saved_metrics = cast(Any, None)
            elif isinstance(_saved_metrics, Unset):
                saved_metrics = UNSET
            elif not isinstance(_saved_metrics, list):
                raise ResponseShapeError(f"expected a list, got {type(_saved_metrics).__name__}")
            else:
                saved_metrics = []
                for saved_metrics_index, saved_metrics_item_data in enumerate(_saved_metrics):
                    try:
                        _saved_metrics_item = saved_metrics_item_data
                        saved_metrics_item: ExperimentToSavedMetric
                        if _saved_metrics_item is None:
                            saved_metrics_item = cast(Any, None)
                        else:
                            saved_metrics_item = ExperimentToSavedMetric._check(_saved_metrics_item)

                    except Exception as exc:
                        raise field_error(saved_metrics_index, exc) from exc
                    saved_metrics.append(saved_metrics_item)

        except Exception as exc:
            raise field_error("saved_metrics", exc) from exc

        try:
            saved_metrics_ids = _parse_Experiment_saved_metrics_ids(get("saved_metrics_ids", UNSET))
        except Exception as exc:
            raise field_error("saved_metrics_ids", exc) from exc

        filters = get("filters", UNSET)

        archived = get("archived", UNSET)

        try:
            deleted: bool | Unset | None = get("deleted", UNSET)

        except Exception as exc:
            raise field_error("deleted", exc) from exc

        try:
            type_ = _parse_Experiment_type_(get("type", UNSET))
        except Exception as exc:
            raise field_error("type", exc) from exc

        try:
            exposure_criteria = _check_Experiment_exposure_criteria(get("exposure_criteria", UNSET))
        except Exception as exc:
            raise field_error("exposure_criteria", exc) from exc

        try:
            metrics = _check_Experiment_metrics(get("metrics", UNSET))
        except Exception as exc:
            raise field_error("metrics", exc) from exc

        try:
            metrics_secondary = _check_Experiment_metrics_secondary(get("metrics_secondary", UNSET))
        except Exception as exc:
            raise field_error("metrics_secondary", exc) from exc

        try:
            stats_config = _check_Experiment_stats_config(get("stats_config", UNSET))
        except Exception as exc:
            raise field_error("stats_config", exc) from exc

        scheduling_config = get("scheduling_config", UNSET)

        exposure_preaggregation_enabled = get("exposure_preaggregation_enabled", UNSET)

        only_count_matured_users = get("only_count_matured_users", UNSET)

        try:
            conclusion = _parse_Experiment_conclusion(get("conclusion", UNSET))
        except Exception as exc:
            raise field_error("conclusion", exc) from exc

        try:
            conclusion_comment: str | Unset | None = get("conclusion_comment", UNSET)

        except Exception as exc:
            raise field_error("conclusion_comment", exc) from exc

        try:
            primary_metrics_ordered_uuids = _parse_Experiment_primary_metrics_ordered_uuids(
                get("primary_metrics_ordered_uuids", UNSET)
            )
        except Exception as exc:
            raise field_error("primary_metrics_ordered_uuids", exc) from exc

        try:
            secondary_metrics_ordered_uuids = _parse_Experiment_secondary_metrics_ordered_uuids(
                get("secondary_metrics_ordered_uuids", UNSET)
            )
        except Exception as exc:
            raise field_error("secondary_metrics_ordered_uuids", exc) from exc

        try:
            tags: list[Any] = get("tags", UNSET)

        except Exception as exc:
            raise field_error("tags", exc) from exc

        try:
            status = _parse_Experiment_status(get("status", UNSET))
        except Exception as exc:
            raise field_error("status", exc) from exc

        is_legacy = get("is_legacy", UNSET)

        can_freeze_exposure = get("can_freeze_exposure", UNSET)

        try:
            flag_cleanup_task_id: str | Unset | None = get("flag_cleanup_task_id", UNSET)

        except Exception as exc:
            raise field_error("flag_cleanup_task_id", exc) from exc

        try:
            user_access_level: str | Unset | None = get("user_access_level", UNSET)

        except Exception as exc:
            raise field_error("user_access_level", exc) from exc

        # Nested models are validated above and built on first access (see LazyFields).
        experiment = object.__new__(cls)
        experiment.id = id
        experiment.name = name
        experiment.feature_flag_key = feature_flag_key
        experiment.created_at = created_at
        experiment.updated_at = updated_at
        experiment.description = description
        experiment.start_date = start_date
        experiment.end_date = end_date
        experiment.holdout_id = holdout_id
        experiment.exposure_cohort = exposure_cohort
        experiment.excluded_variants = excluded_variants
        experiment.secondary_metrics = secondary_metrics
        experiment.saved_metrics_ids = saved_metrics_ids
        experiment.filters = filters
        experiment.archived = archived
        experiment.deleted = deleted
        experiment.type_ = type_
        experiment.scheduling_config = scheduling_config
        experiment.exposure_preaggregation_enabled = exposure_preaggregation_enabled
        experiment.only_count_matured_users = only_count_matured_users
        experiment.conclusion = conclusion
        experiment.conclusion_comment = conclusion_comment
        experiment.primary_metrics_ordered_uuids = primary_metrics_ordered_uuids
        experiment.secondary_metrics_ordered_uuids = secondary_metrics_ordered_uuids
        experiment.tags = tags
        experiment.status = status
        experiment.is_legacy = is_legacy
        experiment.can_freeze_exposure = can_freeze_exposure
        experiment.flag_cleanup_task_id = flag_cleanup_task_id
        experiment.user_access_level = user_access_level
        experiment._lazy_source = d
        experiment.additional_properties = (
            {}
            if d.keys() <= _Experiment_FIELDS
            else {k: v for k, v in d.items() if k not in _Experiment_FIELDS}
        )

        return experiment

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        if "name" not in d:
            raise ResponseShapeError("required field is missing", ("name",))
        if "feature_flag_key" not in d:
            raise ResponseShapeError("required field is missing", ("feature_flag_key",))
        try:
            if "created_by" not in d:
                raise ResponseShapeError("required field is missing")
            created_by = _check_Experiment_created_by(d["created_by"])
        except Exception as exc:
            raise field_error("created_by", exc) from exc

        try:
            if "created_at" not in d:
                raise ResponseShapeError("required field is missing")
            _created_at = d["created_at"]
            created_at: datetime.datetime
            if _created_at is None:
                created_at = cast(Any, None)
            else:
                created_at = parse_datetime(_created_at)

        except Exception as exc:
            raise field_error("created_at", exc) from exc

        try:
            if "updated_at" not in d:
                raise ResponseShapeError("required field is missing")
            _updated_at = d["updated_at"]
            updated_at: datetime.datetime
            if _updated_at is None:
                updated_at = cast(Any, None)
            else:
                updated_at = parse_datetime(_updated_at)

        except Exception as exc:
            raise field_error("updated_at", exc) from exc

        try:
            start_date = _parse_Experiment_start_date(get("start_date", UNSET))
        except Exception as exc:
            raise field_error("start_date", exc) from exc

        try:
            end_date = _parse_Experiment_end_date(get("end_date", UNSET))
        except Exception as exc:
            raise field_error("end_date", exc) from exc

        try:
            feature_flag = _check_Experiment_feature_flag(get("feature_flag", UNSET))
        except Exception as exc:
            raise field_error("feature_flag", exc) from exc

        try:
            holdout = _check_Experiment_holdout(get("holdout", UNSET))
        except Exception as exc:
            raise field_error("holdout", exc) from exc

        try:
            parameters = _check_Experiment_parameters(get("parameters", UNSET))
        except Exception as exc:
            raise field_error("parameters", exc) from exc

        try:
            running_time_calculation = _check_Experiment_running_time_calculation(
                get("running_time_calculation", UNSET)
            )
        except Exception as exc:
            raise field_error("running_time_calculation", exc) from exc

        try:
            excluded_variants = _parse_Experiment_excluded_variants(get("excluded_variants", UNSET))
        except Exception as exc:
            raise field_error("excluded_variants", exc) from exc

        try:
            _saved_metrics = get("saved_metrics", UNSET)
            saved_metrics: list[ExperimentToSavedMetric] | Unset
            if _saved_metrics is None:
                saved_metrics = cast(Any, None)
            elif isinstance(_saved_metrics, Unset):
                saved_metrics = UNSET
            elif not isinstance(_saved_metrics, list):
                raise ResponseShapeError(f"expected a list, got {type(_saved_metrics).__name__}")
            else:
                saved_metrics = []
                for saved_metrics_index, saved_metrics_item_data in enumerate(_saved_metrics):
                    try:
                        _saved_metrics_item = saved_metrics_item_data
                        saved_metrics_item: ExperimentToSavedMetric
                        if _saved_metrics_item is None:
                            saved_metrics_item = cast(Any, None)
                        else:
                            saved_metrics_item = ExperimentToSavedMetric._check(_saved_metrics_item)

                    except Exception as exc:
                        raise field_error(saved_metrics_index, exc) from exc
                    saved_metrics.append(saved_metrics_item)

        except Exception as exc:
            raise field_error("saved_metrics", exc) from exc

        try:
            saved_metrics_ids = _parse_Experiment_saved_metrics_ids(get("saved_metrics_ids", UNSET))
        except Exception as exc:
            raise field_error("saved_metrics_ids", exc) from exc

        try:
            type_ = _parse_Experiment_type_(get("type", UNSET))
        except Exception as exc:
            raise field_error("type", exc) from exc

        try:
            exposure_criteria = _check_Experiment_exposure_criteria(get("exposure_criteria", UNSET))
        except Exception as exc:
            raise field_error("exposure_criteria", exc) from exc

        try:
            metrics = _check_Experiment_metrics(get("metrics", UNSET))
        except Exception as exc:
            raise field_error("metrics", exc) from exc

        try:
            metrics_secondary = _check_Experiment_metrics_secondary(get("metrics_secondary", UNSET))
        except Exception as exc:
            raise field_error("metrics_secondary", exc) from exc

        try:
            stats_config = _check_Experiment_stats_config(get("stats_config", UNSET))
        except Exception as exc:
            raise field_error("stats_config", exc) from exc

        try:
            conclusion = _parse_Experiment_conclusion(get("conclusion", UNSET))
        except Exception as exc:
            raise field_error("conclusion", exc) from exc

        try:
            primary_metrics_ordered_uuids = _parse_Experiment_primary_metrics_ordered_uuids(
                get("primary_metrics_ordered_uuids", UNSET)
            )
        except Exception as exc:
            raise field_error("primary_metrics_ordered_uuids", exc) from exc

        try:
            secondary_metrics_ordered_uuids = _parse_Experiment_secondary_metrics_ordered_uuids(
                get("secondary_metrics_ordered_uuids", UNSET)
            )
        except Exception as exc:
            raise field_error("secondary_metrics_ordered_uuids", exc) from exc

        try:
            status = _parse_Experiment_status(get("status", UNSET))
        except Exception as exc:
            raise field_error("status", exc) from exc

        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict
        get = d.get

        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        id = d["id"]

        if "name" not in d:
            raise ResponseShapeError("required field is missing", ("name",))
        name = d["name"]

        if "feature_flag_key" not in d:
            raise ResponseShapeError("required field is missing", ("feature_flag_key",))
        feature_flag_key = d["feature_flag_key"]

        try:
            if "created_at" not in d:
                raise ResponseShapeError("required field is missing")
            _created_at = d["created_at"]
            created_at: datetime.datetime
            if _created_at is None:
                created_at = cast(Any, None)
            else:
                created_at = parse_datetime(_created_at)

        except Exception as exc:
            raise field_error("created_at", exc) from exc

        try:
            if "updated_at" not in d:
                raise ResponseShapeError("required field is missing")
            _updated_at = d["updated_at"]
            updated_at: datetime.datetime
            if _updated_at is None:
                updated_at = cast(Any, None)
            else:
                updated_at = parse_datetime(_updated_at)

        except Exception as exc:
            raise field_error("updated_at", exc) from exc

        try:
            description: str | Unset | None = get("description", UNSET)

        except Exception as exc:
            raise field_error("description", exc) from exc

        try:
            start_date = _parse_Experiment_start_date(get("start_date", UNSET))
        except Exception as exc:
            raise field_error("start_date", exc) from exc

        try:
            end_date = _parse_Experiment_end_date(get("end_date", UNSET))
        except Exception as exc:
            raise field_error("end_date", exc) from exc

        try:
            holdout_id: int | Unset | None = get("holdout_id", UNSET)

        except Exception as exc:
            raise field_error("holdout_id", exc) from exc

        try:
            exposure_cohort: int | Unset | None = get("exposure_cohort", UNSET)

        except Exception as exc:
            raise field_error("exposure_cohort", exc) from exc

        try:
            excluded_variants = _parse_Experiment_excluded_variants(get("excluded_variants", UNSET))
        except Exception as exc:
            raise field_error("excluded_variants", exc) from exc

        secondary_metrics = get("secondary_metrics", UNSET)

        try:
            saved_metrics_ids = _parse_Experiment_saved_metrics_ids(get("saved_metrics_ids", UNSET))
        except Exception as exc:
            raise field_error("saved_metrics_ids", exc) from exc

        filters = get("filters", UNSET)

        archived = get("archived", UNSET)

        try:
            deleted: bool | Unset | None = get("deleted", UNSET)

        except Exception as exc:
            raise field_error("deleted", exc) from exc

        try:
            type_ = _parse_Experiment_type_(get("type", UNSET))
        except Exception as exc:
            raise field_error("type", exc) from exc

        scheduling_config = get("scheduling_config", UNSET)

        exposure_preaggregation_enabled = get("exposure_preaggregation_enabled", UNSET)

        only_count_matured_users = get("only_count_matured_users", UNSET)

        try:
            conclusion = _parse_Experiment_conclusion(get("conclusion", UNSET))
        except Exception as exc:
            raise field_error("conclusion", exc) from exc

        try:
            conclusion_comment: str | Unset | None = get("conclusion_comment", UNSET)

        except Exception as exc:
            raise field_error("conclusion_comment", exc) from exc

        try:
            primary_metrics_ordered_uuids = _parse_Experiment_primary_metrics_ordered_uuids(
                get("primary_metrics_ordered_uuids", UNSET)
            )
        except Exception as exc:
            raise field_error("primary_metrics_ordered_uuids", exc) from exc

        try:
            secondary_metrics_ordered_uuids = _parse_Experiment_secondary_metrics_ordered_uuids(
                get("secondary_metrics_ordered_uuids", UNSET)
            )
        except Exception as exc:
            raise field_error("secondary_metrics_ordered_uuids", exc) from exc

        try:
            tags: list[Any] = get("tags", UNSET)

        except Exception as exc:
            raise field_error("tags", exc) from exc

        try:
            status = _parse_Experiment_status(get("status", UNSET))
        except Exception as exc:
            raise field_error("status", exc) from exc

        is_legacy = get("is_legacy", UNSET)

        can_freeze_exposure = get("can_freeze_exposure", UNSET)

        try:
            flag_cleanup_task_id: str | Unset | None = get("flag_cleanup_task_id", UNSET)

        except Exception as exc:
            raise field_error("flag_cleanup_task_id", exc) from exc

        try:
            user_access_level: str | Unset | None = get("user_access_level", UNSET)

        except Exception as exc:
            raise field_error("user_access_level", exc) from exc

        experiment = object.__new__(cls)
        experiment.id = id
        experiment.name = name
        experiment.feature_flag_key = feature_flag_key
        experiment.created_at = created_at
        experiment.updated_at = updated_at
        experiment.description = description
        experiment.start_date = start_date
        experiment.end_date = end_date
        experiment.holdout_id = holdout_id
        experiment.exposure_cohort = exposure_cohort
        experiment.excluded_variants = excluded_variants
        experiment.secondary_metrics = secondary_metrics
        experiment.saved_metrics_ids = saved_metrics_ids
        experiment.filters = filters
        experiment.archived = archived
        experiment.deleted = deleted
        experiment.type_ = type_
        experiment.scheduling_config = scheduling_config
        experiment.exposure_preaggregation_enabled = exposure_preaggregation_enabled
        experiment.only_count_matured_users = only_count_matured_users
        experiment.conclusion = conclusion
        experiment.conclusion_comment = conclusion_comment
        experiment.primary_metrics_ordered_uuids = primary_metrics_ordered_uuids
        experiment.secondary_metrics_ordered_uuids = secondary_metrics_ordered_uuids
        experiment.tags = tags
        experiment.status = status
        experiment.is_legacy = is_legacy
        experiment.can_freeze_exposure = can_freeze_exposure
        experiment.flag_cleanup_task_id = flag_cleanup_task_id
        experiment.user_access_level = user_access_level
        experiment._lazy_source = d
        experiment.additional_properties = (
            {}
            if d.keys() <= _Experiment_FIELDS
            else {k: v for k, v in d.items() if k not in _Experiment_FIELDS}
        )

        return experiment

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
_Experiment_FIELDS = frozenset(
    {
        "id",
        "name",
        "feature_flag_key",
        "created_by",
        "created_at",
        "updated_at",
        "description",
        "start_date",
        "end_date",
        "feature_flag",
        "holdout",
        "holdout_id",
        "exposure_cohort",
        "parameters",
        "running_time_calculation",
        "excluded_variants",
        "secondary_metrics",
        "saved_metrics",
        "saved_metrics_ids",
        "filters",
        "archived",
        "deleted",
        "type",
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
        "status",
        "is_legacy",
        "can_freeze_exposure",
        "flag_cleanup_task_id",
        "user_access_level",
    }
)


def _parse_Experiment_created_by(data: object) -> UserBasic | None:
    if data is None:
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected UserBasic, got {type(data).__name__}")
    _created_by_type_1 = data
    created_by_type_1: UserBasic
    if _created_by_type_1 is None:
        created_by_type_1 = cast(Any, None)
    else:
        created_by_type_1 = UserBasic._from_valid(_created_by_type_1)

    return created_by_type_1


def _check_Experiment_created_by(data: object) -> UserBasic | None:
    if data is None:
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected UserBasic, got {type(data).__name__}")
    _created_by_type_1 = data
    created_by_type_1: UserBasic
    if _created_by_type_1 is None:
        created_by_type_1 = cast(Any, None)
    else:
        created_by_type_1 = UserBasic._check(_created_by_type_1)

    return created_by_type_1


def _build_Experiment_created_by(d: Mapping[str, Any]) -> Any:
    try:
        if "created_by" not in d:
            raise ResponseShapeError("required field is missing")
        created_by = _parse_Experiment_created_by(d["created_by"])
    except Exception as exc:
        raise field_error("created_by", exc) from exc

    return created_by


def _parse_Experiment_start_date(data: object) -> datetime.datetime | Unset | None:
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


def _parse_Experiment_end_date(data: object) -> datetime.datetime | Unset | None:
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


def _parse_Experiment_feature_flag(data: object) -> MinimalFeatureFlag | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected MinimalFeatureFlag, got {type(data).__name__}")
    _feature_flag_type_1 = data
    feature_flag_type_1: MinimalFeatureFlag
    if _feature_flag_type_1 is None:
        feature_flag_type_1 = cast(Any, None)
    else:
        feature_flag_type_1 = MinimalFeatureFlag._from_valid(_feature_flag_type_1)

    return feature_flag_type_1


def _check_Experiment_feature_flag(data: object) -> MinimalFeatureFlag | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected MinimalFeatureFlag, got {type(data).__name__}")
    _feature_flag_type_1 = data
    feature_flag_type_1: MinimalFeatureFlag
    if _feature_flag_type_1 is None:
        feature_flag_type_1 = cast(Any, None)
    else:
        feature_flag_type_1 = MinimalFeatureFlag._check(_feature_flag_type_1)

    return feature_flag_type_1


def _build_Experiment_feature_flag(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        feature_flag = _parse_Experiment_feature_flag(get("feature_flag", UNSET))
    except Exception as exc:
        raise field_error("feature_flag", exc) from exc

    return feature_flag


def _parse_Experiment_holdout(data: object) -> ExperimentHoldout | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExperimentHoldout, got {type(data).__name__}")
    _holdout_type_1 = data
    holdout_type_1: ExperimentHoldout
    if _holdout_type_1 is None:
        holdout_type_1 = cast(Any, None)
    else:
        holdout_type_1 = ExperimentHoldout._from_valid(_holdout_type_1)

    return holdout_type_1


def _check_Experiment_holdout(data: object) -> ExperimentHoldout | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, dict):
        raise ResponseShapeError(f"expected ExperimentHoldout, got {type(data).__name__}")
    _holdout_type_1 = data
    holdout_type_1: ExperimentHoldout
    if _holdout_type_1 is None:
        holdout_type_1 = cast(Any, None)
    else:
        holdout_type_1 = ExperimentHoldout._check(_holdout_type_1)

    return holdout_type_1


def _build_Experiment_holdout(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        holdout = _parse_Experiment_holdout(get("holdout", UNSET))
    except Exception as exc:
        raise field_error("holdout", exc) from exc

    return holdout


def _parse_Experiment_parameters(data: object) -> ExperimentParameters | Unset | None:
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


def _check_Experiment_parameters(data: object) -> ExperimentParameters | Unset | None:
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


def _build_Experiment_parameters(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        parameters = _parse_Experiment_parameters(get("parameters", UNSET))
    except Exception as exc:
        raise field_error("parameters", exc) from exc

    return parameters


def _parse_Experiment_running_time_calculation(
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


def _check_Experiment_running_time_calculation(
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


def _build_Experiment_running_time_calculation(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        running_time_calculation = _parse_Experiment_running_time_calculation(
            get("running_time_calculation", UNSET)
        )
    except Exception as exc:
        raise field_error("running_time_calculation", exc) from exc

    return running_time_calculation


def _parse_Experiment_excluded_variants(data: object) -> list[str] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    excluded_variants_type_0: list[str] = data

    return excluded_variants_type_0


def _build_Experiment_saved_metrics(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        _saved_metrics = get("saved_metrics", UNSET)
        saved_metrics: list[ExperimentToSavedMetric] | Unset
        if _saved_metrics is None:
            saved_metrics = cast(Any, None)
        elif isinstance(_saved_metrics, Unset):
            saved_metrics = UNSET
        elif not isinstance(_saved_metrics, list):
            raise ResponseShapeError(f"expected a list, got {type(_saved_metrics).__name__}")
        else:
            saved_metrics = []
            for saved_metrics_index, saved_metrics_item_data in enumerate(_saved_metrics):
                try:
                    _saved_metrics_item = saved_metrics_item_data
                    saved_metrics_item: ExperimentToSavedMetric
                    if _saved_metrics_item is None:
                        saved_metrics_item = cast(Any, None)
                    else:
                        saved_metrics_item = ExperimentToSavedMetric._from_valid(
                            _saved_metrics_item
                        )

                except Exception as exc:
                    raise field_error(saved_metrics_index, exc) from exc
                saved_metrics.append(saved_metrics_item)

    except Exception as exc:
        raise field_error("saved_metrics", exc) from exc

    return saved_metrics


def _parse_Experiment_saved_metrics_ids(data: object) -> list[Any] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    saved_metrics_ids_type_0: list[Any] = data

    return saved_metrics_ids_type_0


def _parse_Experiment_type_(data: object) -> ExperimentTypeEnum | Unset | None:
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


def _parse_Experiment_exposure_criteria(data: object) -> ExposureCriteria | Unset | None:
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


def _check_Experiment_exposure_criteria(data: object) -> ExposureCriteria | Unset | None:
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


def _build_Experiment_exposure_criteria(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        exposure_criteria = _parse_Experiment_exposure_criteria(get("exposure_criteria", UNSET))
    except Exception as exc:
        raise field_error("exposure_criteria", exc) from exc

    return exposure_criteria


def _parse_Experiment_metrics(data: object) -> list[ExperimentMetric] | Unset | None:
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


def _check_Experiment_metrics(data: object) -> list[ExperimentMetric] | Unset | None:
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


def _build_Experiment_metrics(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        metrics = _parse_Experiment_metrics(get("metrics", UNSET))
    except Exception as exc:
        raise field_error("metrics", exc) from exc

    return metrics


def _parse_Experiment_metrics_secondary(data: object) -> list[ExperimentMetric] | Unset | None:
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


def _check_Experiment_metrics_secondary(data: object) -> list[ExperimentMetric] | Unset | None:
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


def _build_Experiment_metrics_secondary(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        metrics_secondary = _parse_Experiment_metrics_secondary(get("metrics_secondary", UNSET))
    except Exception as exc:
        raise field_error("metrics_secondary", exc) from exc

    return metrics_secondary


def _parse_Experiment_stats_config(data: object) -> StatsConfig | Unset | None:
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


def _check_Experiment_stats_config(data: object) -> StatsConfig | Unset | None:
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


def _build_Experiment_stats_config(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        stats_config = _parse_Experiment_stats_config(get("stats_config", UNSET))
    except Exception as exc:
        raise field_error("stats_config", exc) from exc

    return stats_config


def _parse_Experiment_conclusion(data: object) -> ConclusionEnum | Unset | None:
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


def _parse_Experiment_primary_metrics_ordered_uuids(data: object) -> list[str] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    primary_metrics_ordered_uuids_type_0: list[str] = data

    return primary_metrics_ordered_uuids_type_0


def _parse_Experiment_secondary_metrics_ordered_uuids(data: object) -> list[str] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    secondary_metrics_ordered_uuids_type_0: list[str] = data

    return secondary_metrics_ordered_uuids_type_0


def _parse_Experiment_status(data: object) -> ExperimentStatusEnum | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected str, got {type(data).__name__}")
    _status_type_1 = data
    status_type_1: ExperimentStatusEnum
    if _status_type_1 is None:
        status_type_1 = cast(Any, None)
    else:
        status_type_1 = check_experiment_status_enum(_status_type_1)

    return status_type_1


# How each lazy field is built from the validated input, on first access.
Experiment._lazy_builders = {
    "created_by": _build_Experiment_created_by,
    "feature_flag": _build_Experiment_feature_flag,
    "holdout": _build_Experiment_holdout,
    "parameters": _build_Experiment_parameters,
    "running_time_calculation": _build_Experiment_running_time_calculation,
    "saved_metrics": _build_Experiment_saved_metrics,
    "exposure_criteria": _build_Experiment_exposure_criteria,
    "metrics": _build_Experiment_metrics,
    "metrics_secondary": _build_Experiment_metrics_secondary,
    "stats_config": _build_Experiment_stats_config,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.experiment_holdout import ExperimentHoldout  # noqa: E402
from ..models.experiment_metric import ExperimentMetric  # noqa: E402
from ..models.experiment_parameters import ExperimentParameters  # noqa: E402
from ..models.experiment_to_saved_metric import ExperimentToSavedMetric  # noqa: E402
from ..models.exposure_criteria import ExposureCriteria  # noqa: E402
from ..models.minimal_feature_flag import MinimalFeatureFlag  # noqa: E402
from ..models.running_time_calculation import RunningTimeCalculation  # noqa: E402
from ..models.stats_config import StatsConfig  # noqa: E402
from ..models.user_basic import UserBasic  # noqa: E402
