"""The difference between a test variant and the baseline, and its variance.

Relative (PostHog's default): ``(mu_T - mu_C) / mu_C`` with the delta-method variance
``V_T / (n_T mu_C^2) + mu_T^2 V_C / (n_C mu_C^4)`` (the variants are independent, so no
covariance term). Absolute: ``mu_T - mu_C`` with ``V_T / n_T + V_C / n_C``.
"""

from __future__ import annotations

from ._config import DifferenceType
from ._errors import StatisticsError
from ._samples import Sample


def frequentist_difference(
    treatment: Sample, control: Sample, difference: DifferenceType
) -> tuple[float, float]:
    """The estimate and its variance, as PostHog's frequentist engine computes them.

    Raises:
        StatisticsError: If a relative difference has a control mean of (nearly) zero.
    """
    treatment_mean = treatment.mean
    control_mean = control.mean
    if difference == "absolute":
        return (
            treatment_mean - control_mean,
            treatment.variance / treatment.n + control.variance / control.n,
        )
    if abs(control_mean) < 1e-10:
        raise StatisticsError("Control mean cannot be zero for relative difference calculation")
    estimate = (treatment_mean - control_mean) / control_mean
    variance = treatment.variance / (treatment.n * control_mean**2) + (
        treatment_mean**2 * control.variance
    ) / (control.n * control_mean**4)
    return estimate, variance


def bayesian_difference(
    treatment: Sample, control: Sample, difference: DifferenceType
) -> tuple[float, float]:
    """The effect and its variance, as PostHog's Bayesian engine computes them.

    The same quantities as :func:`frequentist_difference`, written as PostHog's Bayesian code
    writes them (the delta method on the two means' variances), which can differ in the last
    bit; and a relative difference needs a positive control mean.

    Raises:
        StatisticsError: If a relative difference has a control mean that is not positive.
    """
    treatment_mean = treatment.mean
    control_mean = control.mean
    treatment_mean_variance = treatment.variance / treatment.n
    control_mean_variance = control.variance / control.n
    if difference == "absolute":
        return treatment_mean - control_mean, treatment_mean_variance + control_mean_variance
    if control_mean <= 0:
        raise StatisticsError("Control mean must be positive for relative difference calculation")
    if abs(control_mean) < 1e-10:
        raise StatisticsError("Denominator mean cannot be zero for ratio variance calculation")
    estimate = (treatment_mean - control_mean) / control_mean
    variance = (
        treatment_mean_variance / control_mean**2
        + treatment_mean**2 * control_mean_variance / control_mean**4
    )
    return estimate, variance
