"""What ``results()`` returns: an experiment's metric results and exposures, typed.

Every object keeps the generated model it was read from (``raw`` / ``response``), so each field
PostHog sent, unknown ones included, stays reachable. The conveniences here only read PostHog's
own fields (``significant``, the intervals, ``chance_to_win``, ``p_value``); nothing is computed
that PostHog did not send.

A metric whose query failed still has its slot: ``error`` holds the typed exception and the
statistics are empty. ``raise_for_error()`` (one slot) and ``raise_for_errors()`` (all of them)
turn that back into an exception for callers who prefer one.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

import attrs

from ._generated.types import Unset

if TYPE_CHECKING:
    from ._exceptions import PostHogError
    from ._generated.models import (
        Experiment,
        ExperimentExposureQueryResponse,
        ExperimentExposureTimeSeries,
        ExperimentMetric,
        ExperimentQueryResponse,
        ExperimentStatsBase,
        ExperimentVariantResult,
    )

MetricRole = Literal["primary", "secondary"]
Direction = Literal["positive", "negative"]


def _value(value: Any) -> Any:
    """A model field as a plain value: ``UNSET`` (not sent) reads as ``None``."""
    return None if isinstance(value, Unset) else value


def _interval(value: Any) -> tuple[float, float] | None:
    value = _value(value)
    if isinstance(value, list) and len(value) == 2:
        return (value[0], value[1])
    return None


@attrs.frozen(kw_only=True)
class VariantResult:
    """One test variant compared with the baseline, in a method this client does not know.

    ``FrequentistVariantResult`` and ``BayesianVariantResult`` are the two PostHog sends today;
    any other ``method`` arrives as this class, with every field kept in ``raw``.

    Attributes:
        key: The variant key.
        method: PostHog's ``method`` (``frequentist``, ``bayesian`` or a newer one), or None.
        number_of_samples: Exposed units in this variant.
        sum: The metric's sum over those units.
        sum_squares: The sum of squares.
        significant: PostHog's verdict, or None when it could not compare (see
            ``validation_failures``).
        validation_failures: Why PostHog could not compare, e.g. ``not-enough-exposures``.
        raw: The generated model with every field PostHog sent (ratio and funnel sums too).
    """

    key: str
    method: str | None
    number_of_samples: int
    sum: float
    sum_squares: float
    significant: bool | None
    validation_failures: tuple[str, ...]
    raw: ExperimentVariantResult = attrs.field(repr=False)

    @property
    def interval(self) -> tuple[float, float] | None:
        """The interval of the relative lift PostHog sent (0.05 = +5 %), or None."""
        return None

    @property
    def direction(self) -> Direction | None:
        """Which way the lift points by PostHog's numbers, or None when they do not say."""
        interval = self.interval
        if interval is None:
            return None
        low, high = interval
        if low > 0:
            return "positive"
        if high < 0:
            return "negative"
        return None

    def _strength(self) -> float:
        """How strongly PostHog's numbers favour this variant, to pick one of several winners."""
        return 0.0


@attrs.frozen(kw_only=True)
class FrequentistVariantResult(VariantResult):
    """A test variant under the frequentist method (``method == "frequentist"``).

    Attributes:
        p_value: The two-sided p-value, or None when PostHog could not compare.
        confidence_interval: ``(low, high)`` of the relative lift, or None.
    """

    p_value: float | None
    confidence_interval: tuple[float, float] | None

    @property
    def interval(self) -> tuple[float, float] | None:
        return self.confidence_interval

    def _strength(self) -> float:
        return 1.0 - self.p_value if self.p_value is not None else 0.0


@attrs.frozen(kw_only=True)
class BayesianVariantResult(VariantResult):
    """A test variant under the Bayesian method (``method == "bayesian"``).

    Attributes:
        chance_to_win: PostHog's probability that this variant beats the baseline, or None.
        credible_interval: ``(low, high)`` of the relative lift, or None.
    """

    chance_to_win: float | None
    credible_interval: tuple[float, float] | None

    @property
    def interval(self) -> tuple[float, float] | None:
        return self.credible_interval

    @property
    def direction(self) -> Direction | None:
        # PostHog calls a Bayesian result significant on chance_to_win, either way.
        if self.chance_to_win is None or self.chance_to_win == 0.5:
            return super().direction
        return "positive" if self.chance_to_win > 0.5 else "negative"

    def _strength(self) -> float:
        chance = self.chance_to_win
        return 0.0 if chance is None else max(chance, 1.0 - chance)


def variant_result(raw: ExperimentVariantResult) -> VariantResult:
    """The typed result for one of PostHog's ``variant_results``, chosen by ``method``."""
    method = _value(raw.method)
    common: dict[str, Any] = {
        "key": raw.key,
        "method": method if isinstance(method, str) else None,
        "number_of_samples": raw.number_of_samples,
        "sum": raw.sum_,
        "sum_squares": raw.sum_squares,
        "significant": _value(raw.significant),
        "validation_failures": tuple(_value(raw.validation_failures) or ()),
        "raw": raw,
    }
    if method == "frequentist":
        return FrequentistVariantResult(
            **common,
            p_value=_value(raw.p_value),
            confidence_interval=_interval(raw.confidence_interval),
        )
    if method == "bayesian":
        return BayesianVariantResult(
            **common,
            chance_to_win=_value(raw.chance_to_win),
            credible_interval=_interval(raw.credible_interval),
        )
    return VariantResult(**common)


@attrs.frozen(kw_only=True)
class MetricResult:
    """One metric's results, tied to the metric they are for.

    Attributes:
        metric_uuid: The metric's ``uuid`` (None for a metric stored without one).
        name: The metric's name (a saved metric's own name), or None.
        role: ``"primary"`` or ``"secondary"``.
        metric: The metric as the experiment stores it, sent to PostHog as it is.
        saved_metric_id: The saved metric's id when it is a linked saved metric, else None.
        baseline: The control variant's statistics, or None (no data, or an error).
        variants: One result per test variant, in PostHog's order.
        response: PostHog's whole response (cache fields, warnings, breakdowns), or None.
        error: Why this metric has no results (e.g. ``StatisticsUnavailableError``), or None.
    """

    metric_uuid: str | None
    name: str | None
    role: MetricRole
    metric: ExperimentMetric = attrs.field(repr=False)
    saved_metric_id: int | None = None
    baseline: ExperimentStatsBase | None = None
    variants: tuple[VariantResult, ...] = ()
    response: ExperimentQueryResponse | None = attrs.field(default=None, repr=False)
    error: PostHogError | None = None

    @property
    def ok(self) -> bool:
        """Whether the query succeeded (its variants may still have failed validation)."""
        return self.error is None

    @property
    def method(self) -> str | None:
        """The method of the variant results (PostHog never mixes them), or None."""
        return self.variants[0].method if self.variants else None

    @property
    def goal(self) -> str:
        """The metric's ``goal``: ``increase`` (PostHog's default) or ``decrease``."""
        goal = _value(self.metric.goal)
        return goal if isinstance(goal, str) else "increase"

    def variant(self, key: str) -> VariantResult | None:
        """The result of the test variant ``key``, or None."""
        return next((v for v in self.variants if v.key == key), None)

    @property
    def significant_variants(self) -> tuple[VariantResult, ...]:
        """The test variants PostHog calls significant, in either direction."""
        return tuple(v for v in self.variants if v.significant)

    @property
    def winner(self) -> VariantResult | None:
        """The significant variant that moves the metric toward its goal, or None.

        With several, the one PostHog's numbers favour most (highest ``chance_to_win``, or
        lowest ``p_value``). A significant move against the goal is never a winner.
        """
        wanted: Direction = "negative" if self.goal == "decrease" else "positive"
        candidates = [v for v in self.significant_variants if v.direction == wanted]
        return max(candidates, key=lambda v: v._strength(), default=None)

    @property
    def losers(self) -> tuple[VariantResult, ...]:
        """The significant variants that move the metric against its goal."""
        unwanted: Direction = "positive" if self.goal == "decrease" else "negative"
        return tuple(v for v in self.significant_variants if v.direction == unwanted)

    def raise_for_error(self) -> MetricResult:
        """Return this result, or raise its ``error`` when the query failed.

        Raises:
            PostHogError: The error in this slot (e.g. ``StatisticsUnavailableError``).
        """
        if self.error is not None:
            raise self.error
        return self


@attrs.frozen(kw_only=True)
class ExposureResults:
    """The exposures of an experiment: who saw which variant, per day and in total.

    Attributes:
        timeseries: One cumulative series per variant (``variant``, ``days``,
            ``exposure_counts``).
        total_exposures: Units per variant; may hold ``$multiple`` and ``holdout-<id>``.
        response: PostHog's whole response (date range, sample ratio mismatch, ...), or None.
        error: Why the exposures are missing, or None.
    """

    timeseries: tuple[ExperimentExposureTimeSeries, ...] = attrs.field(default=(), repr=False)
    total_exposures: dict[str, float] = attrs.field(factory=dict)
    response: ExperimentExposureQueryResponse | None = attrs.field(default=None, repr=False)
    error: PostHogError | None = None

    @property
    def ok(self) -> bool:
        """Whether the exposure query succeeded."""
        return self.error is None

    def total(self, variant: str) -> float:
        """The exposures of ``variant`` (0 when PostHog reports none)."""
        return self.total_exposures.get(variant, 0)

    def raise_for_error(self) -> ExposureResults:
        """Return these exposures, or raise the error of their query.

        Raises:
            PostHogError: The error in this slot.
        """
        if self.error is not None:
            raise self.error
        return self


@attrs.frozen(kw_only=True)
class ExperimentResults:
    """An experiment with the results of every metric and its exposures.

    Attributes:
        experiment: The experiment, as fetched for this call.
        primary: A result per primary metric (saved ones included), in the experiment's order.
        secondary: A result per secondary metric, in the experiment's order.
        exposures: The exposures.
    """

    experiment: Experiment = attrs.field(repr=False)
    primary: tuple[MetricResult, ...]
    secondary: tuple[MetricResult, ...]
    exposures: ExposureResults

    @property
    def metrics(self) -> tuple[MetricResult, ...]:
        """Primary metrics, then secondary ones."""
        return self.primary + self.secondary

    def __iter__(self) -> Iterator[MetricResult]:
        return iter(self.metrics)

    def __len__(self) -> int:
        return len(self.metrics)

    def metric(self, uuid_or_name: str) -> MetricResult | None:
        """The result of the metric with this uuid, else the first with this name, or None."""
        by_uuid = next((m for m in self.metrics if m.metric_uuid == uuid_or_name), None)
        return by_uuid or next((m for m in self.metrics if m.name == uuid_or_name), None)

    @property
    def errors(self) -> tuple[PostHogError, ...]:
        """The error of every slot that failed: metrics in order, then the exposures."""
        found = [m.error for m in self.metrics if m.error is not None]
        if self.exposures.error is not None:
            found.append(self.exposures.error)
        return tuple(found)

    @property
    def ok(self) -> bool:
        """Whether every query of the call succeeded."""
        return not self.errors

    def raise_for_errors(self) -> ExperimentResults:
        """Return these results, or raise the first error among the slots.

        Raises:
            PostHogError: The first failed slot's error (metrics in order, then exposures).
        """
        errors = self.errors
        if errors:
            raise errors[0]
        return self
