"""PostHog's Bayesian test: a Normal posterior on the difference under a flat prior.

With a flat (improper) prior the posterior is ``N(estimate, 1 / (1 / var))``.
``chance_to_win = P(effect > 0)``; the credible interval is the posterior's central
``ci_level`` interval; ``significant`` is ``chance_to_win > ci_level`` or
``chance_to_win < 1 - ci_level``. The metric's goal does not flip ``chance_to_win``.

Before computing, PostHog checks both samples as its ``validate_test_inputs`` does, and for
proportions that the Normal approximation holds (at least 5 successes and 5 failures).
"""

from __future__ import annotations

import math

import attrs

from ._config import DifferenceType
from ._difference import bayesian_difference
from ._distributions import normal_ppf, normal_sf
from ._errors import StatisticsError
from ._samples import MeanSample, ProportionSample, Sample


@attrs.frozen
class BayesianOutcome:
    """A Bayesian comparison of one test variant with the baseline.

    Attributes:
        effect: The posterior mean of the difference.
        posterior_variance: The posterior variance.
        chance_to_win: ``P(effect > 0)``.
        credible_interval: The central ``ci_level`` posterior interval.
        significant: Whether ``chance_to_win`` is beyond ``ci_level`` either way.
    """

    effect: float
    posterior_variance: float
    chance_to_win: float
    credible_interval: tuple[float, float]
    significant: bool


def _check_sample(role: str, sample: Sample) -> None:
    # PostHog's validate_statistic_inputs, which turns any finding into an error.
    mean = sample.mean
    variance = sample.variance
    if not math.isfinite(mean):
        raise StatisticsError(f"{role}: mean must be finite")
    if not math.isfinite(variance) or variance < 0:
        raise StatisticsError(f"{role}: variance must be finite and non-negative")
    if isinstance(sample, MeanSample):
        if sample.n > 1 and sample.sum_squares < sample.sum**2 / sample.n - 1e-10:
            raise StatisticsError(f"{role}: sum_squares violates mathematical constraint")
        if abs(sample.sum) > 1e15:
            raise StatisticsError(f"{role}: sum extremely large")
        if sample.sum_squares > 1e30:
            raise StatisticsError(f"{role}: sum of squares extremely large")
    elif isinstance(sample, ProportionSample) and (mean < 1e-10 or mean > 1 - 1e-10):
        raise StatisticsError(f"{role}: proportion extremely close to 0 or 1")


def _check_normal_approximation(role: str, sample: ProportionSample) -> None:
    if sample.successes < 5:
        raise StatisticsError(f"{role}: only {sample.successes} successes (need >= 5)")
    if sample.n - sample.successes < 5:
        raise StatisticsError(f"{role}: only {sample.n - sample.successes} failures (need >= 5)")


def bayesian_test(
    treatment: Sample, control: Sample, *, ci_level: float, difference: DifferenceType
) -> BayesianOutcome:
    """Compare a test variant with the baseline under a flat prior.

    Raises:
        StatisticsError: If ``ci_level`` is not in (0, 1) or the data cannot be tested.
    """
    if not 0 < ci_level < 1:
        raise StatisticsError("ci_level must be between 0 and 1")
    if type(treatment) is not type(control):
        raise StatisticsError("Treatment and control statistics must be the same type")
    if isinstance(treatment, ProportionSample) and isinstance(control, ProportionSample):
        _check_normal_approximation("treatment", treatment)
        _check_normal_approximation("control", control)
    _check_sample("treatment", treatment)
    _check_sample("control", control)
    effect, variance = bayesian_difference(treatment, control, difference)
    if variance <= 0:
        raise StatisticsError("Effect variance must be positive")
    # A flat prior has zero precision: the posterior is the likelihood.
    posterior_variance = 1.0 / (0.0 + 1.0 / variance)
    posterior_std = math.sqrt(posterior_variance)
    chance_to_win = normal_sf((0 - effect) / posterior_std)
    alpha = 1 - ci_level
    interval = (
        effect + posterior_std * normal_ppf(alpha / 2),
        effect + posterior_std * normal_ppf(1 - alpha / 2),
    )
    return BayesianOutcome(
        effect=effect,
        posterior_variance=posterior_variance,
        chance_to_win=chance_to_win,
        credible_interval=interval,
        significant=chance_to_win > ci_level or chance_to_win < 1 - ci_level,
    )
