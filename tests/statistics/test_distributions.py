"""The pure-Python Normal and Student-t distributions agree with scipy to 1e-9."""

from __future__ import annotations

import math

import pytest
from scipy import stats

from posthog_experiments_client.testing._statistics._distributions import (
    normal_cdf,
    normal_ppf,
    normal_sf,
    student_t_cdf,
    student_t_pdf,
    student_t_ppf,
    student_t_sf,
)

# Small, fractional, moderate, large and very large degrees of freedom, both sides of the
# switch to the large-df expansion at 1e6, and PostHog's own Welch df from its tests.
DEGREES_OF_FREEDOM = [
    0.3, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.2, 7.5, 10.0, 29.5, 100.0, 1_000.0,
    2_966.5207225, 4_105.070480863958, 1e5, 999_999.0, 1_000_001.0, 3e6, 1e8, 1e10,
]  # fmt: skip
T_VALUES = [
    -1e6, -300.0, -50.0, -12.0, -6.0, -3.2, -1.96, -1.0, -0.3, -1e-3, 0.0,
    0.05, 0.7, 1.5, 2.5, 4.0, 8.0, 20.0, 100.0, 1e4, 1e8,
]  # fmt: skip
PROBABILITIES = [
    1e-12, 1e-9, 1e-6, 1e-4, 1e-3, 0.01, 0.025, 0.05, 0.1, 0.25, 0.4, 0.4999, 0.5,
    0.5001, 0.6, 0.75, 0.9, 0.95, 0.975, 0.99, 0.999, 1 - 1e-6, 1 - 1e-9,
]  # fmt: skip
TOLERANCE = 1e-9


@pytest.mark.parametrize("df", DEGREES_OF_FREEDOM)
def test_t_cdf_and_sf_match_scipy_on_the_grid(df: float) -> None:
    for t in T_VALUES:
        assert student_t_cdf(t, df) == pytest.approx(stats.t.cdf(t, df), abs=TOLERANCE), t
        assert student_t_sf(t, df) == pytest.approx(stats.t.sf(t, df), abs=TOLERANCE), t


@pytest.mark.parametrize("df", DEGREES_OF_FREEDOM)
def test_t_ppf_matches_scipy_on_the_grid(df: float) -> None:
    # Quantiles are compared relative to their size: far tails of df < 1 reach 1e20 and more.
    for p in PROBABILITIES:
        expected = stats.t.ppf(p, df)
        assert student_t_ppf(p, df) == pytest.approx(expected, rel=TOLERANCE, abs=TOLERANCE), p


@pytest.mark.parametrize("df", [0.5, 1.0, 3.0, 30.0, 5e5, 5e6])
def test_t_ppf_inverts_the_cdf(df: float) -> None:
    for p in [1e-8, 0.01, 0.3, 0.5, 0.8, 0.975]:
        assert student_t_cdf(student_t_ppf(p, df), df) == pytest.approx(p, rel=1e-12, abs=1e-15)


@pytest.mark.parametrize("df", [0.5, 2.0, 10.0, 1e4, 2e6])
def test_t_pdf_matches_scipy(df: float) -> None:
    for t in [-30.0, -2.0, 0.0, 0.5, 3.0, 12.0]:
        assert student_t_pdf(t, df) == pytest.approx(stats.t.pdf(t, df), rel=1e-10)


def test_t_cdf_matches_the_closed_forms_near_zero() -> None:
    # Where the closed forms exist (Cauchy for df=1, df=2); tiny t is where a naive
    # implementation loses digits.
    for t in [1e-8, 1e-4, 0.3, -2.0, 40.0]:
        assert student_t_cdf(t, 1.0) == pytest.approx(0.5 + math.atan(t) / math.pi, abs=1e-15)
        assert student_t_cdf(t, 2.0) == pytest.approx(
            0.5 + t / (2 * math.sqrt(2 + t * t)), abs=1e-15
        )


def test_t_quantiles_a_frequentist_interval_needs() -> None:
    # 1 - alpha/2 at PostHog's default alpha, with PostHog's test's Welch degrees of freedom.
    assert student_t_ppf(0.975, 4105.070480863958) == pytest.approx(
        stats.t.ppf(0.975, 4105.070480863958), rel=1e-12
    )
    assert student_t_ppf(0.975, 1.0) == pytest.approx(math.tan(math.pi * 0.475), rel=1e-12)


def test_t_edges() -> None:
    assert student_t_cdf(0.0, 3.0) == 0.5
    assert student_t_cdf(math.inf, 3.0) == 1.0
    assert student_t_cdf(-math.inf, 3.0) == 0.0
    assert student_t_ppf(0.0, 3.0) == -math.inf
    assert student_t_ppf(1.0, 3.0) == math.inf
    assert student_t_ppf(0.5, 3.0) == 0.0
    for bad in [0.0, -1.0, math.inf, math.nan]:
        with pytest.raises(ValueError, match="Degrees of freedom"):
            student_t_cdf(1.0, bad)
    with pytest.raises(ValueError, match="must be a number"):
        student_t_ppf(math.nan, 3.0)


def test_normal_matches_scipy() -> None:
    for x in [-40.0, -8.0, -1.96, -0.5, 0.0, 0.3, 1.0, 5.0, 9.0]:
        assert normal_cdf(x) == pytest.approx(stats.norm.cdf(x), abs=1e-15, rel=1e-13)
        assert normal_sf(x) == pytest.approx(stats.norm.sf(x), abs=1e-15, rel=1e-13)
    for p in [1e-300, 1e-20, *PROBABILITIES]:
        assert normal_ppf(p) == pytest.approx(stats.norm.ppf(p), rel=1e-13, abs=1e-14), p
    assert normal_ppf(0.0) == -math.inf
    assert normal_ppf(1.0) == math.inf


def test_extreme_tails_stay_finite_and_follow_the_power_law() -> None:
    # Beyond scipy's own accuracy: P(T > t) ~ c t^-df for huge t, and quantiles past the
    # largest float are infinite.
    for df in [0.3, 1.0, 3.0]:
        ratio = student_t_sf(1e200, df) / student_t_sf(1e100, df)
        assert ratio == pytest.approx(1e-100**df, rel=1e-9)
    assert student_t_ppf(1e-300, 0.3) == -math.inf
    assert student_t_ppf(1e-200, 1.0) == pytest.approx(-1 / (math.pi * 1e-200), rel=1e-12)
    assert math.isfinite(student_t_ppf(5e-324, 3.0))
    assert math.isfinite(normal_ppf(5e-324))
