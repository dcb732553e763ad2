"""PostHog's frequentist test: a two-sided Welch t-test, or its always-valid sequential twin.

Welch: ``t = estimate / sqrt(var)``, Welch-Satterthwaite degrees of freedom
``(s1/n1 + s2/n2)^2 / ((s1/n1)^2/(n1-1) + (s2/n2)^2/(n2-1))``, ``p = 2 (1 - T.cdf(|t|, df))``,
interval ``estimate +/- T.ppf(1 - alpha/2, df) sqrt(var)``, significant when ``p < alpha``.

Sequential (Waudby-Smith et al. 2023, eq. 9, 155, 161): with ``n = n_T + n_C`` and
``rho = sqrt((-2 ln alpha + ln(-2 ln alpha + 1)) / N)``, the p-value is
``min(1, 1 / e-value)`` and the interval's half-width
``sqrt(var n) sqrt(2 (n rho^2 + 1) ln(sqrt(n rho^2 + 1) / alpha) / (n rho)^2)``.
"""

from __future__ import annotations

import math

import attrs

from ._config import DifferenceType
from ._difference import frequentist_difference
from ._distributions import student_t_cdf, student_t_ppf
from ._errors import StatisticsError
from ._samples import Sample

_MIN_SAMPLE_SIZE = 5


@attrs.frozen
class FrequentistOutcome:
    """A frequentist comparison of one test variant with the baseline.

    Attributes:
        estimate: The (relative or absolute) difference.
        variance: Its variance.
        degrees_of_freedom: Welch-Satterthwaite degrees of freedom (NaN when sequential).
        p_value: The two-sided p-value.
        confidence_interval: The interval for the difference, at ``1 - alpha``.
        significant: ``p_value < alpha``.
    """

    estimate: float
    variance: float
    degrees_of_freedom: float
    p_value: float
    confidence_interval: tuple[float, float]
    significant: bool


def welch_degrees_of_freedom(treatment: Sample, control: Sample) -> float:
    """The Welch-Satterthwaite degrees of freedom of two samples.

    Raises:
        StatisticsError: If a sample has fewer than 2 units or both have zero variance.
    """
    if min(treatment.n, control.n) < 2:
        raise StatisticsError("Welch-Satterthwaite requires n >= 2 per group.")
    treatment_term = treatment.variance / treatment.n
    control_term = control.variance / control.n
    numerator = (treatment_term + control_term) ** 2
    denominator = treatment_term**2 / (treatment.n - 1) + control_term**2 / (control.n - 1)
    if denominator == 0:
        raise StatisticsError("Both variants have zero variance")
    return numerator / denominator


def _check_alpha(alpha: float) -> None:
    if not 0 < alpha < 1:
        raise StatisticsError("Alpha must be between 0 and 1")


def _check_sample_sizes(treatment: Sample, control: Sample) -> None:
    if treatment.n < _MIN_SAMPLE_SIZE:
        raise StatisticsError(f"Treatment sample size ({treatment.n}) below minimum")
    if control.n < _MIN_SAMPLE_SIZE:
        raise StatisticsError(f"Control sample size ({control.n}) below minimum")


def welch_t_test(
    treatment: Sample, control: Sample, *, alpha: float, difference: DifferenceType
) -> FrequentistOutcome:
    """Compare a test variant with the baseline by a two-sided Welch t-test.

    Raises:
        StatisticsError: If alpha is not in (0, 1) or the data cannot be tested.
    """
    _check_alpha(alpha)
    _check_sample_sizes(treatment, control)
    estimate, variance = frequentist_difference(treatment, control, difference)
    df = welch_degrees_of_freedom(treatment, control)
    if variance <= 0:
        raise StatisticsError("Pooled variance must be positive")
    standard_error = math.sqrt(variance)
    t_statistic = estimate / standard_error
    p_value = 2 * (1 - student_t_cdf(abs(t_statistic), df))
    margin = student_t_ppf(1 - alpha / 2, df) * standard_error
    return FrequentistOutcome(
        estimate=estimate,
        variance=variance,
        degrees_of_freedom=df,
        p_value=p_value,
        confidence_interval=(estimate - margin, estimate + margin),
        significant=p_value < alpha,
    )


def sequential_rho(alpha: float, tuning_parameter: float) -> float:
    """The mixing parameter ``rho`` of the sequential test (Waudby-Smith et al., eq. 161).

    Raises:
        StatisticsError: If alpha is not in (0, 1) or the tuning parameter is not positive.
    """
    _check_alpha(alpha)
    if tuning_parameter <= 0:
        raise StatisticsError("Sequential tuning parameter must be positive")
    log_alpha = math.log(alpha)
    return math.sqrt((-2 * log_alpha + math.log(-2 * log_alpha + 1)) / tuning_parameter)


def sequential_t_test(
    treatment: Sample,
    control: Sample,
    *,
    alpha: float,
    difference: DifferenceType,
    tuning_parameter: float,
) -> FrequentistOutcome:
    """Compare a test variant with the baseline by the always-valid sequential test.

    Raises:
        StatisticsError: If a setting is out of range or the data cannot be tested.
    """
    rho = sequential_rho(alpha, tuning_parameter)
    _check_sample_sizes(treatment, control)
    estimate, variance = frequentist_difference(treatment, control, difference)
    n = treatment.n + control.n
    if variance <= 0:
        raise StatisticsError("Pooled variance must be positive")
    t_squared = estimate**2 * n / variance
    n_rho_squared_plus_one = n * rho**2 + 1
    log_evalue = rho**2 * t_squared / (2 * n_rho_squared_plus_one) - 0.5 * math.log(
        n_rho_squared_plus_one
    )
    # Work in log space: the e-value can be astronomically large.
    p_value = 1.0 if log_evalue <= 0 else min(math.exp(-log_evalue), 1.0)
    per_observation_variance = variance * n
    halfwidth = math.sqrt(per_observation_variance) * math.sqrt(
        2
        * n_rho_squared_plus_one
        * math.log(math.sqrt(n_rho_squared_plus_one) / alpha)
        / (n * rho) ** 2
    )
    return FrequentistOutcome(
        estimate=estimate,
        variance=variance,
        degrees_of_freedom=math.nan,
        p_value=p_value,
        confidence_interval=(estimate - halfwidth, estimate + halfwidth),
        significant=p_value < alpha,
    )
