"""Rules for the smaller JSON settings: exposure criteria, stats config, running-time calculation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .._errors import validation_error
from . import fields as f
from .blobs import EXPOSURE_CONFIG, check, describe

__all__ = [
    "exposure_criteria_2025",
    "exposure_criteria_2026",
    "running_time_calculation_2026",
    "stats_config_2026",
]

ATTR = "exposure_criteria"
STATS_METHODS = ("bayesian", "frequentist")
_EXPOSURE_KINDS = ["ExperimentEventExposureConfig", "ActionsNode"]
_RUNNING_TIME_NUMBERS = (
    "minimum_detectable_effect",
    "recommended_running_time",
    "recommended_sample_size",
)

CriteriaRule = Callable[[Any], Any]


def exposure_criteria_2025(value: Any) -> Any:
    """2025's ``validate_exposure_criteria``."""
    criteria = f.json_value(value, ATTR, allow_null=True)
    if criteria is None:
        return None
    if not isinstance(criteria, dict):
        raise validation_error("Invalid exposure criteria", ATTR)
    if "filterTestAccounts" in criteria and not isinstance(criteria["filterTestAccounts"], bool):
        raise validation_error("filterTestAccounts must be a boolean", ATTR)
    if "exposure_config" in criteria and check(criteria["exposure_config"], EXPOSURE_CONFIG):
        raise validation_error("Invalid exposure criteria", ATTR)
    return criteria


def exposure_criteria_2026(value: Any) -> Any:
    """2026's ``validate_exposure_criteria``: an object whose exposure config must parse."""
    criteria = f.json_value(value, ATTR, allow_null=True)
    if criteria is None:
        return None
    if not isinstance(criteria, dict):
        raise validation_error(
            f"exposure_criteria must be an object, got {f.type_name(criteria)}. Expected shape: "
            "{'filterTestAccounts': <bool>, 'exposure_config': <object>}.",
            ATTR,
        )
    accounts = criteria.get("filterTestAccounts")
    if "filterTestAccounts" in criteria and not isinstance(accounts, bool):
        raise validation_error(
            f"exposure_criteria.filterTestAccounts must be a boolean, got {f.type_name(accounts)}",
            ATTR,
        )
    if "exposure_config" not in criteria:
        return criteria
    config = criteria["exposure_config"]
    if not isinstance(config, dict):
        raise validation_error(
            f"exposure_criteria.exposure_config must be an object, got {f.type_name(config)}",
            ATTR,
        )
    kind = config.get("kind")
    if "kind" in config and kind not in _EXPOSURE_KINDS:
        raise validation_error(
            f"exposure_criteria.exposure_config.kind must be one of {_EXPOSURE_KINDS!r}, "
            f"got {kind!r}",
            ATTR,
        )
    problems = check(config, EXPOSURE_CONFIG)
    if problems:
        shown = kind if kind is not None else "ExperimentEventExposureConfig"
        raise validation_error(
            f"Invalid exposure_criteria.exposure_config (kind={shown}): {describe(problems)}.",
            ATTR,
        )
    return criteria


def stats_config_2026(stats: Any, variant_keys: list[Any]) -> None:
    """2026's stats-config checks in ``validate()`` (``attr: null``)."""
    if not isinstance(stats, dict):
        return
    if "method" in stats and stats["method"] not in STATS_METHODS:
        raise validation_error(
            f"Invalid stats method: '{stats['method']}'. Must be one of: bayesian, frequentist"
        )
    baseline = stats.get("baseline_variant_key")
    if baseline is not None and baseline not in variant_keys:
        keys = ", ".join(str(k) for k in variant_keys)
        raise validation_error(
            f"Invalid baseline_variant_key: '{baseline}'. Must be one of: {keys}"
        )


def running_time_calculation_2026(value: Any) -> Any:
    """2026's ``running_time_calculation`` checks (attr ``running_time_calculation``)."""
    attr = "running_time_calculation"
    data = f.json_value(value, attr, allow_null=True)
    if data is None:
        return None
    if not isinstance(data, dict):
        raise validation_error("running_time_calculation must be an object", attr)
    unknown = sorted(set(data) - {*_RUNNING_TIME_NUMBERS, "exposure_estimate_config"})
    if unknown:
        raise validation_error(f"running_time_calculation got unknown keys: {unknown!r}", attr)
    for key in _RUNNING_TIME_NUMBERS:
        number = data.get(key)
        if number is not None and (
            isinstance(number, bool) or not isinstance(number, (int, float))
        ):
            raise validation_error(f"{key} must be a number", attr)
    estimate = data.get("exposure_estimate_config")
    if estimate is not None and not isinstance(estimate, dict):
        raise validation_error("exposure_estimate_config must be an object", attr)
    return data
