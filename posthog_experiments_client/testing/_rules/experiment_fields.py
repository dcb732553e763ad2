"""Validation of experiment request bodies, field by field in the serializer's order.

Like DRF, every field is checked in the order the serializer declares it (the docs
page's order) and only the first error is reported (exceptions_hog's default). Rules
that PostHog runs in ``validate()`` come after all field checks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from .._errors import validation_error
from . import fields as f
from .blobs import EXPOSURE_CONFIG, METRIC, PARAMETERS, check, describe
from .fields import FormData

__all__ = ["SavedMetricLookup", "validate_experiment_body"]

TYPE_CHOICES = ("web", "product")
CONCLUSION_CHOICES = ("won", "lost", "inconclusive", "stopped_early", "invalid")
STATS_METHODS = ("bayesian", "frequentist")
MAX_VARIANTS = 20

# Called with the saved-metric ids of a request; returns the ids that exist in the project.
SavedMetricLookup = Callable[[list[Any]], set[int]]


@dataclass(frozen=True, slots=True)
class _Context:
    holdout_exists: Callable[[int], bool]
    saved_metrics_found: SavedMetricLookup


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


def _description(value: Any, _: _Context) -> Any:
    return f.char(value, "description", allow_null=True, allow_blank=True, max_length=400)


def _start_date(value: Any, _: _Context) -> Any:
    return f.date_time(value, "start_date", allow_null=True)


def _end_date(value: Any, _: _Context) -> Any:
    return f.date_time(value, "end_date", allow_null=True)


def _feature_flag_key(value: Any, _: _Context) -> Any:
    return f.char(value, "feature_flag_key")


def _holdout_id(value: Any, ctx: _Context) -> Any:
    return f.primary_key(value, "holdout_id", ctx.holdout_exists, allow_null=True)


def _parameters(value: Any, _: _Context) -> Any:
    parameters = f.dict_json(value, "parameters", allow_null=True)
    if not parameters:
        return parameters
    variants = parameters.get("feature_flag_variants")
    if variants is None:
        return _typed_parameters(parameters)
    if not isinstance(variants, list):
        raise validation_error("Feature flag variants must be a list", "parameters")
    keys: list[Any] = []
    for index, variant in enumerate(variants):
        if not isinstance(variant, dict):
            raise validation_error(
                f"Feature flag variant at index {index} must be an object", "parameters"
            )
        if not isinstance(variant.get("key"), str):
            raise validation_error(
                f"Feature flag variant at index {index} must have a 'key' field", "parameters"
            )
        if "rollout_percentage" not in variant:
            if "split_percent" not in variant:
                raise validation_error(
                    "Each variant must include split_percent (recommended) or "
                    "rollout_percentage (deprecated).",
                    "parameters",
                )
            variant["rollout_percentage"] = variant["split_percent"]
        keys.append(variant["key"])
    if len(variants) > MAX_VARIANTS:
        raise validation_error("Feature flag variants must be less than 21", "parameters")
    if len(variants) == 1:
        raise validation_error(
            "Feature flag must have at least 2 variants (control and at least one test variant)",
            "parameters",
        )
    if variants and "control" not in keys:
        raise validation_error("Feature flag variants must contain a control variant", "parameters")
    return _typed_parameters(parameters)


def _typed_parameters(parameters: dict[str, Any]) -> dict[str, Any]:
    problems = check(parameters, PARAMETERS)
    if problems:
        location, _, message = problems[0]
        path = ".".join(str(part) for part in location)
        raise validation_error(f"Invalid parameters: {path}: {message}", "parameters")
    return parameters


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


def _exposure_criteria(value: Any, _: _Context) -> Any:
    attr = "exposure_criteria"
    criteria = f.json_value(value, attr, allow_null=True)
    if criteria is None:
        return None
    if not isinstance(criteria, dict):
        raise validation_error(
            f"exposure_criteria must be an object, got {f.type_name(criteria)}. Expected shape: "
            "{'filterTestAccounts': <bool>, 'exposure_config': <object>}.",
            attr,
        )
    if "filterTestAccounts" in criteria and not isinstance(criteria["filterTestAccounts"], bool):
        raise validation_error("filterTestAccounts must be a boolean", attr)
    if "exposure_config" in criteria and check(criteria["exposure_config"], EXPOSURE_CONFIG):
        raise validation_error("Invalid exposure criteria", attr)
    handling = criteria.get("multiple_variant_handling")
    if handling is not None and not isinstance(handling, str):
        raise validation_error("Invalid exposure criteria", attr)
    return criteria


def _metrics(attr: str) -> Callable[[Any, _Context], Any]:
    def check_metrics(value: Any, _: _Context) -> Any:
        metrics = f.json_value(value, attr, allow_null=True)
        if metrics is None:
            return None
        if not isinstance(metrics, list):
            raise validation_error("Metrics must be a list", attr)
        for index, metric in enumerate(metrics):
            if not isinstance(metric, dict):
                raise validation_error(f"Invalid metric at index {index}: must be a dict", attr)
            problems = check(metric, METRIC)
            if problems:
                raise validation_error(
                    f"Invalid metric at index {index}: {describe(problems)}.", attr
                )
        return metrics

    return check_metrics


def _stats_config(value: Any, _: _Context) -> Any:
    return f.dict_json(value, "stats_config", allow_null=True)


def _create_in_folder(value: Any, _: _Context) -> Any:
    return f.char(value, "_create_in_folder", allow_blank=True)


def _conclusion(value: Any, _: _Context) -> Any:
    return f.choice(value, "conclusion", CONCLUSION_CHOICES, allow_null=True, allow_blank=True)


def _conclusion_comment(value: Any, _: _Context) -> Any:
    return f.char(value, "conclusion_comment", allow_null=True, allow_blank=True)


# The serializer's declared order (``Meta.fields``), which decides which error comes first.
_FIELDS: tuple[_Field, ...] = (
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
)


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
    partial: bool,
    holdout_exists: Callable[[int], bool],
    saved_metrics_found: SavedMetricLookup,
) -> dict[str, Any]:
    """Validate a create/update body and return the validated values by model attribute.

    Args:
        data: The decoded request body.
        partial: True for PATCH (nothing is required).
        holdout_exists: Whether a holdout id exists in the project.
        saved_metrics_found: Which of the given saved-metric ids exist in the project.

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
    ctx = _Context(holdout_exists, saved_metrics_found)
    validated: dict[str, Any] = {}
    for spec in _FIELDS:
        raw = _raw_value(data, spec, partial)
        if raw is f.EMPTY:
            if spec.required and not partial:
                raise validation_error("This field is required.", spec.name, "required")
            continue
        validated[spec.target] = spec.check(raw, ctx)
    _validate_object(validated)
    return validated


def _validate_object(validated: dict[str, Any]) -> None:
    """The serializer's ``validate()``: rules across fields, reported with ``attr: null``."""
    start, end = validated.get("start_date"), validated.get("end_date")
    if start is not None and end is not None and start >= end:
        raise validation_error("End date must be after start date")
    stats = validated.get("stats_config")
    if stats and "method" in stats and stats["method"] not in STATS_METHODS:
        raise validation_error(
            f"Invalid stats method: '{stats['method']}'. Must be one of: bayesian, frequentist"
        )
