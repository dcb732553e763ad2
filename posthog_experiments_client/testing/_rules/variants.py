"""Variants and the feature flag behind an experiment: parameter checks, eligibility, flag filters.

Each rule that differs between PostHog versions has one function per era here; the
version table in :mod:`.versions` says which one a version uses.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping
from typing import Any

from .._errors import validation_error
from .._state.models import FeatureFlag, Holdout
from .._state.store import Store
from . import fields as f

__all__ = [
    "DEFAULT_VARIANTS",
    "check_flag_key",
    "check_launch_2026",
    "check_variant_sum",
    "check_variants_unchanged",
    "eligible_2025",
    "eligible_2026",
    "holdout_filter_2025",
    "holdout_filter_2026",
    "lookup_any_flag",
    "lookup_live_flag",
    "parameters_2025",
    "parameters_2026",
    "variant_keys",
]

DEFAULT_VARIANTS: list[dict[str, Any]] = [
    {"key": "control", "name": "Control Group", "rollout_percentage": 50},
    {"key": "test", "name": "Test Variant", "rollout_percentage": 50},
]
MAX_VARIANTS = 20
AT_LEAST_TWO = "Feature flag must have at least 2 variants (control and at least one test variant)"

_FLAG_KEY_RE = re.compile(r"^[a-zA-Z0-9_-]+$")

# (flag) -> None; raises when an existing flag cannot back an experiment.
FlagEligibility = Callable[[FeatureFlag], None]
# (store, team_id, key) -> the flag a create links to.
FlagLookup = Callable[[Store, int, str], "FeatureFlag | None"]
# (holdout) -> the flag-filter keys that carry the holdout.
HoldoutFilter = Callable[["Holdout | None"], dict[str, Any]]


def variant_keys(variants: Any) -> list[Any]:
    """The ``key`` of every variant object in a list."""
    return (
        [v.get("key") for v in variants if isinstance(v, dict)]
        if isinstance(variants, list)
        else []
    )


# ---------------------------------------------------------------------- parameters


def parameters_2025(value: Any, attr: str = "parameters") -> Any:
    """2025's ``validate_parameters``: at most 20 variants, one of them keyed ``control``."""
    parameters = f.dict_json(value, attr, allow_null=True)
    if not parameters:
        return parameters
    variants = parameters.get("feature_flag_variants") or []
    if not isinstance(variants, list):
        variants = []
    if len(variants) >= MAX_VARIANTS + 1:
        raise validation_error("Feature flag variants must be less than 21", attr)
    if variants and "control" not in variant_keys(variants):
        raise validation_error("Feature flag variants must contain a control variant", attr)
    return parameters


def parameters_2026(value: Any, attr: str = "parameters") -> Any:
    """2026's ``ExperimentService.validate_experiment_parameters``: variants, keys and exclusions."""
    parameters = f.dict_json(value, attr, allow_null=True)
    if not parameters:
        return parameters
    variants = parameters.get("feature_flag_variants")
    if variants is None:
        return parameters
    if not isinstance(variants, list):
        raise validation_error("Feature flag variants must be a list", attr)
    for index, variant in enumerate(variants):
        if not isinstance(variant, dict):
            raise validation_error(f"Feature flag variant at index {index} must be an object", attr)
        if not isinstance(variant.get("key"), str):
            raise validation_error(
                f"Feature flag variant at index {index} must have a 'key' field", attr
            )
        if variant["key"].lower() == "control":
            variant["key"] = "control"  # `Control` and `CONTROL` are normalised
        if "split_percent" in variant:
            variant["rollout_percentage"] = variant.pop("split_percent")
        elif "rollout_percentage" not in variant:
            raise validation_error(
                "Each variant must include split_percent (recommended) or "
                "rollout_percentage (deprecated).",
                attr,
            )
    if len(variants) > MAX_VARIANTS:
        raise validation_error("Feature flag variants must be less than 21", attr)
    if len(variants) == 1:
        raise validation_error(AT_LEAST_TWO, attr)
    keys = variant_keys(variants)
    if variants and "control" not in keys:
        raise validation_error(
            "Feature flag variants must contain a variant with key 'control' (lowercase, "
            f"exactly). Got keys: {keys!r}. Rename the baseline variant's 'key' to 'control'.",
            attr,
        )
    _check_excluded_variants(parameters, keys, attr)
    return parameters


def _check_excluded_variants(parameters: dict[str, Any], keys: list[Any], attr: str) -> None:
    excluded = parameters.get("excluded_variants")
    if excluded is None:
        return
    if not isinstance(excluded, list) or not all(isinstance(k, str) for k in excluded):
        raise validation_error("excluded_variants must be a list of strings", attr)
    if not keys:
        raise validation_error(
            "excluded_variants requires feature_flag_variants in the same request — parameters "
            "are replaced as a whole on update, so send the full parameters object",
            attr,
        )
    holdouts = [k for k in excluded if k.startswith("holdout-")]
    if holdouts:
        raise validation_error(f"cannot exclude holdout pseudo-variants: {holdouts!r}", attr)
    if "control" in excluded:
        raise validation_error("baseline variant cannot be excluded ('control')", attr)
    unknown = [k for k in excluded if k not in keys]
    if unknown:
        raise validation_error(f"unknown variants for this experiment: {unknown!r}", attr)
    if not [k for k in keys if k != "control" and k not in excluded]:
        raise validation_error("at least one test variant must remain in analysis", attr)


def check_variant_sum(variants: list[Any]) -> None:
    """The nested feature-flag serializer: variant percentages must sum to 100."""
    total: float = 0
    for variant in variants:
        value = variant.get("rollout_percentage") if isinstance(variant, dict) else None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            total = -1
            break
        total += value
    if variants and total != 100:
        raise validation_error(
            "Invalid variant definitions: Variant rollout percentages must sum to 100."
        )


def check_variants_unchanged(new: Any, current: list[Any]) -> None:
    """A launched experiment keeps its variant count and keys."""
    error = "Can't update feature_flag_variants on Experiment"
    if not isinstance(new, list) or len(new) != len(current):
        raise validation_error(error)
    current_keys = variant_keys(current)
    for variant in new:
        key = variant.get("key") if isinstance(variant, dict) else None
        if current_keys.count(key) != 1:
            raise validation_error(error)


# ---------------------------------------------------------------------- existing flags


def lookup_live_flag(store: Store, team_id: int, key: str) -> FeatureFlag | None:
    """2025: the team's non-deleted flag with that key."""
    return store.live_flag(team_id, key)


def lookup_any_flag(store: Store, team_id: int, key: str) -> FeatureFlag | None:
    """2026: ``FeatureFlag.objects.filter(key=..., team_id=...).first()``, deleted ones too."""
    live = store.live_flag(team_id, key)
    if live is not None:
        return live
    ids = store.flags_by_key.get((team_id, key))
    return store.flags[ids[0]] if ids else None


def eligible_2025(flag: FeatureFlag) -> None:
    """2025: at least two variants, the first keyed ``control``."""
    variants = flag.variants()
    if len(variants) < 2:
        raise validation_error("Feature flag is not eligible for experiments.")
    first = variants[0]
    if not isinstance(first, dict) or first.get("key") != "control":
        raise validation_error("Feature flag must have control as the first variant.")


def eligible_2026(flag: FeatureFlag) -> None:
    """2026: at least two variants, one keyed ``control`` (any case), anywhere."""
    variants = flag.variants()
    if len(variants) < 2:
        raise validation_error(AT_LEAST_TWO)
    if "control" not in [str(k).lower() for k in variant_keys(variants)]:
        raise validation_error("Feature flag must have a variant with key 'control'")


def check_launch_2026(flag: FeatureFlag) -> None:
    """2026's launch guards (a PATCH setting ``start_date`` and the ``launch`` action)."""
    if flag.deleted:
        raise validation_error(
            "Experiment cannot be launched because its feature flag has been deleted."
        )
    variants = flag.variants()
    if len(variants) < 2:
        raise validation_error(AT_LEAST_TWO)
    if "control" not in variant_keys(variants):
        raise validation_error("Feature flag must have a variant with key 'control'")


def check_flag_key(key: str) -> None:
    """The nested feature-flag serializer's checks on a new flag's ``key`` (``attr: key``)."""
    if len(key) > 400:
        raise validation_error(
            "Ensure this field has no more than 400 characters.", "key", "max_length"
        )
    if not _FLAG_KEY_RE.match(key):
        raise validation_error(
            "Only letters, numbers, hyphens (-) & underscores (_) are allowed.",
            "key",
            "invalid_key",
        )


# ---------------------------------------------------------------------- flag filters


def holdout_filter_2025(holdout: Holdout | None) -> dict[str, Any]:
    """2025 writes the holdout's groups into the flag as ``holdout_groups``."""
    return {"holdout_groups": copy.deepcopy(holdout.filters) if holdout is not None else None}


def holdout_filter_2026(holdout: Holdout | None) -> dict[str, Any]:
    """2026's ``holdout_filters_for_flag``."""
    if holdout is None:
        return {"holdout": None}
    groups = holdout.filters
    first = groups[0] if isinstance(groups, list) and groups else None
    exclusion = first.get("rollout_percentage") if isinstance(first, dict) else None
    return {"holdout": {"id": holdout.id, "exclusion_percentage": exclusion}}


def rollout(parameters: Mapping[str, Any] | None) -> Any:
    """``parameters.rollout_percentage`` when it is a usable percentage."""
    value = parameters.get("rollout_percentage") if parameters else None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 100:
        return value
    return None
