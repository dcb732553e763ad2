"""Validation of experiment request bodies, field by field in the serializer's order.

Like DRF, every field is checked in the order the serializer declares it and only the
first error is reported (exceptions_hog's default). Rules that PostHog runs in
``validate()`` come after all field checks. Which fields a version's serializer has is
``PostHogVersion.writable_fields``, derived from the generated request model
(:func:`spec_writable_fields`) plus each era's own fields; how a field whose rule
changed is checked is also read from the version.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._errors import validation_error
from . import fields as f
from .fields import FormData

if TYPE_CHECKING:
    from .versions import PostHogVersion

__all__ = ["SavedMetricLookup", "spec_writable_fields", "validate_experiment_body"]

TYPE_CHOICES = ("web", "product")
CONCLUSION_CHOICES = ("won", "lost", "inconclusive", "stopped_early", "invalid")

# Called with the saved-metric ids of a request; returns the ids that exist in the project.
SavedMetricLookup = Callable[[list[Any]], set[int]]


@functools.cache
def spec_writable_fields() -> tuple[str, ...]:
    """The request body's fields, in order, as the generated ``ExperimentCreate`` model has them.

    openapi-python-client renames a JSON name that is a Python keyword (``type`` ->
    ``type_``) or starts with an underscore (``_create_in_folder`` ->
    ``field_create_in_folder``); this undoes those two renames.
    """
    import attrs

    from ..._generated.models.experiment_create import ExperimentCreate

    names: list[str] = []
    for attribute in attrs.fields(ExperimentCreate):
        name = attribute.name
        if name == "additional_properties":
            continue
        if name.startswith("field_"):
            name = "_" + name.removeprefix("field_")
        elif name.endswith("_"):
            name = name[:-1]
        names.append(name)
    return tuple(names)


@dataclass(frozen=True, slots=True)
class _Context:
    version: PostHogVersion
    holdout_exists: Callable[[int], bool]
    saved_metrics_found: SavedMetricLookup
    defer_parameters: bool


@dataclass(frozen=True, slots=True)
class _Field:
    name: str
    target: str
    check: Callable[[Any, _Context], Any]
    allow_null: bool = True
    allow_blank: bool = False
    required: bool = False


def _name(value: Any, _: _Context) -> Any:
    return f.char(value, "name", max_length=400)


def _description(value: Any, ctx: _Context) -> Any:
    return f.char(
        value,
        "description",
        allow_null=True,
        allow_blank=True,
        max_length=ctx.version.description_max_length,
    )


def _start_date(value: Any, _: _Context) -> Any:
    return f.date_time(value, "start_date", allow_null=True)


def _end_date(value: Any, _: _Context) -> Any:
    return f.date_time(value, "end_date", allow_null=True)


def _feature_flag_key(value: Any, _: _Context) -> Any:
    return f.char(value, "feature_flag_key")


def _holdout_id(value: Any, ctx: _Context) -> Any:
    return f.primary_key(value, "holdout_id", ctx.holdout_exists, allow_null=True)


def _parameters(value: Any, ctx: _Context) -> Any:
    if ctx.defer_parameters:  # checked by the update rules, after the launched checks
        return f.dict_json(value, "parameters", allow_null=True)
    return ctx.version.check_parameters(value, "parameters")


def _any_json(attr: str, *, allow_null: bool = True) -> Callable[[Any, _Context], Any]:
    def check_json(value: Any, _: _Context) -> Any:
        return f.json_value(value, attr, allow_null=allow_null)

    return check_json


def _uuid_list(attr: str) -> Callable[[Any, _Context], Any]:
    def check_uuids(value: Any, _: _Context) -> Any:
        items = f.list_json(value, attr, allow_null=True)
        for index, item in enumerate(items or ()):
            if not isinstance(item, str):
                raise validation_error("Not a valid string.", f"{attr}__{index}")
        return items

    return check_uuids


def _saved_metrics_ids(value: Any, ctx: _Context) -> Any:
    attr = "saved_metrics_ids"
    items = f.list_json(value, attr, allow_null=True)
    if items is None:
        return None
    for item in items:
        if not isinstance(item, dict):
            raise validation_error("Saved metric must be an object", attr)
        if "id" not in item:
            raise validation_error("Saved metric must have an id", attr)
        if "metadata" in item:
            if not isinstance(item["metadata"], dict):
                raise validation_error("Metadata must be an object", attr)
            if "type" not in item["metadata"]:
                raise validation_error("Metadata must have a type key", attr)
    found = ctx.saved_metrics_found([item["id"] for item in items])
    if len(found) != len(items):
        raise validation_error(
            "Saved metric does not exist or does not belong to this project", attr
        )
    return items


def _filters(value: Any, _: _Context) -> Any:
    return f.dict_json(value, "filters")


def _archived(value: Any, _: _Context) -> Any:
    return f.boolean(value, "archived")


def _deleted(value: Any, _: _Context) -> Any:
    return f.boolean(value, "deleted", allow_null=True)


def _type(value: Any, _: _Context) -> Any:
    return f.choice(value, "type", TYPE_CHOICES, allow_null=True, allow_blank=True)


def _exposure_criteria(value: Any, ctx: _Context) -> Any:
    return ctx.version.check_exposure_criteria(value)


def _metrics(attr: str) -> Callable[[Any, _Context], Any]:
    def check_metrics(value: Any, ctx: _Context) -> Any:
        return ctx.version.check_metrics(value, attr)

    return check_metrics


def _boolean(attr: str) -> Callable[[Any, _Context], Any]:
    def check_boolean(value: Any, _: _Context) -> Any:
        return f.boolean(value, attr)

    return check_boolean


def _running_time_calculation(value: Any, ctx: _Context) -> Any:
    rule = ctx.version.check_running_time
    return rule(value) if rule is not None else value


def _stats_config(value: Any, _: _Context) -> Any:
    return f.dict_json(value, "stats_config", allow_null=True)


def _create_in_folder(value: Any, _: _Context) -> Any:
    return f.char(value, "_create_in_folder", allow_blank=True)


def _conclusion(value: Any, _: _Context) -> Any:
    return f.choice(value, "conclusion", CONCLUSION_CHOICES, allow_null=True, allow_blank=True)


def _conclusion_comment(value: Any, ctx: _Context) -> Any:
    return f.char(
        value,
        "conclusion_comment",
        allow_null=True,
        allow_blank=True,
        max_length=ctx.version.conclusion_comment_max_length,
    )


# Every field any version's serializer has; a version picks and orders them.
_FIELDS: dict[str, _Field] = {
    spec.name: spec
    for spec in (
        _Field("name", "name", _name, allow_null=False, required=True),
        _Field("description", "description", _description, allow_blank=True),
        _Field("start_date", "start_date", _start_date),
        _Field("end_date", "end_date", _end_date),
        _Field(
            "feature_flag_key",
            "get_feature_flag_key",
            _feature_flag_key,
            allow_null=False,
            required=True,
        ),
        _Field("holdout_id", "holdout", _holdout_id),
        _Field("parameters", "parameters", _parameters),
        _Field("secondary_metrics", "secondary_metrics", _any_json("secondary_metrics")),
        _Field("saved_metrics_ids", "saved_metrics_ids", _saved_metrics_ids),
        _Field("filters", "filters", _filters, allow_null=False),
        _Field("archived", "archived", _archived, allow_null=False),
        _Field("deleted", "deleted", _deleted),
        _Field("type", "type", _type, allow_blank=True),
        _Field("exposure_criteria", "exposure_criteria", _exposure_criteria),
        _Field("metrics", "metrics", _metrics("metrics")),
        _Field("metrics_secondary", "metrics_secondary", _metrics("metrics_secondary")),
        _Field("stats_config", "stats_config", _stats_config),
        _Field("scheduling_config", "scheduling_config", _any_json("scheduling_config")),
        _Field("_create_in_folder", "_create_in_folder", _create_in_folder, allow_null=False),
        _Field("conclusion", "conclusion", _conclusion, allow_blank=True),
        _Field("conclusion_comment", "conclusion_comment", _conclusion_comment, allow_blank=True),
        _Field(
            "primary_metrics_ordered_uuids",
            "primary_metrics_ordered_uuids",
            _uuid_list("primary_metrics_ordered_uuids"),
        ),
        _Field(
            "secondary_metrics_ordered_uuids",
            "secondary_metrics_ordered_uuids",
            _uuid_list("secondary_metrics_ordered_uuids"),
        ),
        _Field(
            "exposure_preaggregation_enabled",
            "exposure_preaggregation_enabled",
            _boolean("exposure_preaggregation_enabled"),
            allow_null=False,
        ),
        _Field(
            "only_count_matured_users",
            "only_count_matured_users",
            _boolean("only_count_matured_users"),
            allow_null=False,
        ),
        _Field("running_time_calculation", "running_time_calculation", _running_time_calculation),
        _Field(
            "allow_unknown_events",
            "allow_unknown_events",
            _boolean("allow_unknown_events"),
            allow_null=False,
        ),
        _Field(
            "update_feature_flag_params",
            "update_feature_flag_params",
            _boolean("update_feature_flag_params"),
            allow_null=False,
        ),
    )
}


def _raw_value(data: Mapping[str, Any], spec: _Field, partial: bool) -> Any:
    """Read a field the way DRF's ``Field.get_value`` does, including form quirks."""
    if spec.name not in data:
        return f.EMPTY
    value = data[spec.name]
    if isinstance(data, FormData) and value == "":
        if spec.allow_null:
            return "" if spec.allow_blank else None
        if partial or not spec.required:
            return "" if spec.allow_blank else f.EMPTY
    return value


def validate_experiment_body(
    data: Any,
    *,
    version: PostHogVersion,
    partial: bool,
    holdout_exists: Callable[[int], bool],
    saved_metrics_found: SavedMetricLookup,
    defer_parameters: bool = False,
    variant_keys: Callable[[dict[str, Any]], list[Any]] | None = None,
) -> dict[str, Any]:
    """Validate a create/update body and return the validated values by model attribute.

    Args:
        data: The decoded request body.
        version: The PostHog version whose serializer runs.
        partial: True for PATCH (nothing is required).
        holdout_exists: Whether a holdout id may be linked.
        saved_metrics_found: Which of the given saved-metric ids exist in the project.
        defer_parameters: Leave the ``parameters`` rules to the caller.
        variant_keys: The experiment's variant keys once validated (for the stats config).

    Returns:
        The validated values, keyed like PostHog's ``validated_data`` (``holdout`` for
        ``holdout_id``, ``get_feature_flag_key`` for ``feature_flag_key``).

    Raises:
        ApiError: The first validation error, in field order.
    """
    if not isinstance(data, Mapping):
        raise validation_error(
            f"Invalid data. Expected a dictionary, but got {f.type_name(data)}.", None
        )
    ctx = _Context(version, holdout_exists, saved_metrics_found, defer_parameters)
    validated: dict[str, Any] = {}
    for name in version.writable_fields:
        spec = _FIELDS.get(name)
        if spec is None:  # a field the spec gained that the fake has no rule for: plain JSON
            spec = _Field(name, name, _any_json(name))
        raw = _raw_value(data, spec, partial)
        if raw is f.EMPTY:
            if spec.required and not partial:
                raise validation_error("This field is required.", spec.name, "required")
            continue
        validated[spec.target] = spec.check(raw, ctx)
    _validate_object(validated, version, variant_keys)
    return validated


def _validate_object(
    validated: dict[str, Any],
    version: PostHogVersion,
    variant_keys: Callable[[dict[str, Any]], list[Any]] | None,
) -> None:
    """The serializer's ``validate()``: rules across fields, reported with ``attr: null``."""
    start, end = validated.get("start_date"), validated.get("end_date")
    if start is not None and end is not None and start >= end:
        raise validation_error("End date must be after start date")
    stats = validated.get("stats_config")
    if stats and version.check_stats_config is not None:
        keys = variant_keys(validated) if variant_keys is not None else ["control", "test"]
        version.check_stats_config(stats, keys)
