"""What the statistics read from an experiment and its metric: variants and metric kind."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from ._errors import UnsupportedMetricError
from ._samples import MetricKind

METRIC_KINDS: tuple[MetricKind, ...] = ("mean", "funnel", "ratio", "retention")
MULTIPLE_VARIANT_KEY = "$multiple"


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def flag_variant_keys(feature_flag: object) -> list[str]:
    """The variant keys of a feature flag, in its order (``filters.multivariate.variants``)."""
    filters = _mapping(_mapping(feature_flag).get("filters"))
    variants = _mapping(filters.get("multivariate")).get("variants")
    if not isinstance(variants, Sequence) or isinstance(variants, str):
        return []
    return [
        variant["key"]
        for variant in variants
        if isinstance(variant, Mapping) and isinstance(variant.get("key"), str)
    ]


def holdout_variant_key(holdout: object, holdout_id: object = None) -> str | None:
    """``holdout-<id>`` for an experiment's holdout, or ``None`` without one."""
    identifier = _mapping(holdout).get("id", holdout_id)
    if identifier is None or isinstance(identifier, bool):
        return None
    return f"holdout-{identifier}"


def experiment_variant_keys(experiment: Mapping[str, Any]) -> list[str]:
    """The variants PostHog analyses: the flag's, in order, then the holdout's, if any.

    The flag comes from the experiment's ``feature_flag``; an experiment serialized without
    it falls back to ``parameters.feature_flag_variants``.
    """
    keys = flag_variant_keys(experiment.get("feature_flag"))
    if not keys:
        listed = _mapping(experiment.get("parameters")).get("feature_flag_variants")
        if isinstance(listed, Sequence) and not isinstance(listed, str):
            keys = [
                variant["key"]
                for variant in listed
                if isinstance(variant, Mapping) and isinstance(variant.get("key"), str)
            ]
    holdout = holdout_variant_key(experiment.get("holdout"), experiment.get("holdout_id"))
    if holdout is not None:
        keys.append(holdout)
    return keys


def metric_kind(metric: Mapping[str, Any]) -> MetricKind:
    """The metric's ``metric_type``: ``mean``, ``funnel``, ``ratio`` or ``retention``.

    Raises:
        UnsupportedMetricError: If the metric is not an ``ExperimentMetric`` of a known type.
    """
    if not isinstance(metric, Mapping):
        raise UnsupportedMetricError("The metric must be a JSON object")
    kind = metric.get("metric_type")
    if kind not in METRIC_KINDS:
        raise UnsupportedMetricError(
            f"ExperimentMetric metric_type must be 'mean', 'funnel', 'ratio', or 'retention', "
            f"not {kind!r}"
        )
    return cast(MetricKind, kind)
