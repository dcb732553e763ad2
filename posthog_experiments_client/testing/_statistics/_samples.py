"""PostHog's three sample statistics: a sample mean, a proportion and a delta-method ratio.

Each one has a size ``n``, a ``mean`` and a per-unit ``variance``; the variance of the mean
is ``variance / n``. They check their inputs as PostHog's do (``SampleMeanStatistic``,
``ProportionStatistic``, ``RatioStatistic``) and raise :class:`StatisticsError` where
PostHog raises ``InvalidStatisticError``, which ends the whole metric in a 400.
"""

from __future__ import annotations

from typing import Literal

import attrs

from ._errors import StatisticsError
from ._variant_stats import VariantStats

MetricKind = Literal["mean", "funnel", "ratio", "retention"]


@attrs.frozen
class MeanSample:
    """A continuous metric: ``n`` units, the sum of their values and of their squares."""

    n: int
    sum: float
    sum_squares: float

    def __attrs_post_init__(self) -> None:
        if self.n <= 0:
            raise StatisticsError("Sample size must be positive")
        if self.n == 1 and self.sum_squares < self.sum**2:
            raise StatisticsError("sum_squares must be >= sum^2 for single observation")
        if self.n > 1 and self.sum_squares < self.sum**2 / self.n:
            raise StatisticsError("sum_squares incompatible with sum and n")

    @property
    def mean(self) -> float:
        """``sum / n``."""
        return self.sum / self.n

    @property
    def variance(self) -> float:
        """The sample variance ``(sum_squares - sum^2 / n) / (n - 1)``."""
        if self.n == 1:
            return 0.0
        return (self.sum_squares - self.sum**2 / self.n) / (self.n - 1)


@attrs.frozen
class ProportionSample:
    """A conversion metric: ``n`` trials with ``successes`` of them converting."""

    n: int
    successes: int

    def __attrs_post_init__(self) -> None:
        if self.n <= 0:
            raise StatisticsError("Sample size must be positive")
        if self.successes < 0:
            raise StatisticsError("Number of successes cannot be negative")
        if self.successes > self.n:
            raise StatisticsError("Number of successes cannot exceed sample size")

    @property
    def mean(self) -> float:
        """The proportion ``successes / n``."""
        return self.successes / self.n

    @property
    def variance(self) -> float:
        """The Bernoulli variance ``p (1 - p)``."""
        p = self.mean
        return p * (1 - p)


@attrs.frozen
class RatioSample:
    """A ratio of two per-unit means, e.g. revenue per order, by the delta method."""

    n: int
    numerator: MeanSample
    denominator: MeanSample
    sum_of_products: float

    def __attrs_post_init__(self) -> None:
        if self.n <= 0:
            raise StatisticsError("Sample size must be positive")
        if self.numerator.n != self.n or self.denominator.n != self.n:
            raise StatisticsError("All statistics must have same sample size")
        if abs(self.denominator.mean) < 1e-10:
            raise StatisticsError("Denominator mean cannot be zero for ratio calculation")

    @property
    def mean(self) -> float:
        """The ratio ``sum(numerator) / sum(denominator)``."""
        return self.numerator.sum / self.denominator.sum

    @property
    def covariance(self) -> float:
        """The sample covariance of numerator and denominator."""
        if self.n == 1:
            return 0.0
        return (self.sum_of_products - self.numerator.sum * self.denominator.sum / self.n) / (
            self.n - 1
        )

    @property
    def variance(self) -> float:
        """``Var(M)/D^2 + M^2 Var(D)/D^4 - 2 M Cov(M, D)/D^3`` with the per-unit means."""
        m_mean = self.numerator.mean
        d_mean = self.denominator.mean
        return (
            self.numerator.variance / d_mean**2
            + m_mean**2 * self.denominator.variance / d_mean**4
            - 2 * m_mean * self.covariance / d_mean**3
        )


Sample = MeanSample | ProportionSample | RatioSample


def sample_for(kind: MetricKind, stats: VariantStats) -> Sample:
    """The sample statistic PostHog builds for a metric of this kind from a variant's data.

    Funnels are proportions of ``int(sum)`` successes; ratio and retention metrics are ratios
    whose missing denominator fields count as 0.

    Raises:
        StatisticsError: If the data cannot form that statistic.
    """
    if kind == "mean":
        return MeanSample(stats.number_of_samples, stats.sum, stats.sum_squares)
    if kind == "funnel":
        return ProportionSample(stats.number_of_samples, int(stats.sum))
    numerator = MeanSample(stats.number_of_samples, stats.sum, stats.sum_squares)
    denominator = MeanSample(
        stats.number_of_samples, stats.denominator_sum or 0.0, stats.denominator_sum_squares or 0.0
    )
    return RatioSample(
        stats.number_of_samples,
        numerator,
        denominator,
        stats.numerator_denominator_sum_product or 0.0,
    )
