"""The Normal and Student-t distributions in pure Python, accurate to about 1e-12.

PostHog calls scipy (``norm.cdf``, ``norm.sf``, ``norm.ppf``, ``t.cdf``, ``t.ppf``); the fake
has no scipy at runtime, so these functions stand in for them. The Student-t CDF is the
regularized incomplete beta function evaluated by its continued fraction (modified Lentz),
with the log-beta prefactor computed without the cancellation that ``lgamma`` differences
suffer for large degrees of freedom. Beyond a million degrees of freedom Fisher's expansion
around the Normal takes over, where it is exact to double precision and the continued
fraction would need thousands of terms.
"""

from __future__ import annotations

import math

_SQRT2 = math.sqrt(2.0)
_LOG_SQRT_PI = 0.5 * math.log(math.pi)
_INV_SQRT_2PI = 1.0 / math.sqrt(2.0 * math.pi)

# Above this many degrees of freedom Fisher's expansion around the Normal replaces the
# continued fraction, which would need thousands of terms and lose digits doing so.
_LARGE_DF = 1.0e6
_CF_EPSILON = 1.0e-16
_CF_TINY = 1.0e-300
_CF_MAX_TERMS = 100_000
_MAX_LOG_T = 709.0  # exp() of more overflows a float

# Acklam's rational approximation of the Normal quantile, refined by Halley steps below.
_A = (
    -3.969683028665376e01,
    2.209460984245205e02,
    -2.759285104469687e02,
    1.383577518672690e02,
    -3.066479806614716e01,
    2.506628277459239e00,
)
_B = (
    -5.447609879822406e01,
    1.615858368580409e02,
    -1.556989798598866e02,
    6.680131188771972e01,
    -1.328068155288572e01,
)
_C = (
    -7.784894002430293e-03,
    -3.223964580411365e-01,
    -2.400758277161838e00,
    -2.549732539343734e00,
    4.374664141464968e00,
    2.938163982698783e00,
)
_D = (
    7.784695709041462e-03,
    3.224671290700398e-01,
    2.445134137142996e00,
    3.754408661907416e00,
)
_ACKLAM_LOW = 0.02425


def normal_pdf(x: float) -> float:
    """The standard Normal density."""
    return _INV_SQRT_2PI * math.exp(-0.5 * x * x)


def normal_cdf(x: float) -> float:
    """``P(Z <= x)`` for a standard Normal ``Z`` (scipy's ``norm.cdf``)."""
    return 0.5 * math.erfc(-x / _SQRT2)


def normal_sf(x: float) -> float:
    """``P(Z > x)`` for a standard Normal ``Z`` (scipy's ``norm.sf``)."""
    return 0.5 * math.erfc(x / _SQRT2)


def normal_ppf(p: float) -> float:
    """The standard Normal quantile (scipy's ``norm.ppf``).

    Raises:
        ValueError: If ``p`` is NaN.
    """
    if math.isnan(p):
        raise ValueError("The probability must be a number")
    if p <= 0.0:
        return -math.inf
    if p >= 1.0:
        return math.inf
    if p > 0.5:
        # Refine in the upper tail against the upper-tail probability, which keeps precision.
        return -_lower_normal_ppf(1.0 - p)
    return _lower_normal_ppf(p)


def _lower_normal_ppf(p: float) -> float:
    # p is in (0, 0.5]; the result is <= 0.
    if p < _ACKLAM_LOW:
        q = math.sqrt(-2.0 * math.log(p))
        x = (((((_C[0] * q + _C[1]) * q + _C[2]) * q + _C[3]) * q + _C[4]) * q + _C[5]) / (
            (((_D[0] * q + _D[1]) * q + _D[2]) * q + _D[3]) * q + 1.0
        )
    else:
        q = p - 0.5
        r = q * q
        x = (
            (((((_A[0] * r + _A[1]) * r + _A[2]) * r + _A[3]) * r + _A[4]) * r + _A[5])
            * q
            / (((((_B[0] * r + _B[1]) * r + _B[2]) * r + _B[3]) * r + _B[4]) * r + 1.0)
        )
    for _ in range(2):
        # Halley's method on Phi(x) - p; two steps take Acklam's 1e-9 to full precision.
        if 0.5 * x * x > 700.0:
            break  # Phi(x) is subnormal there; Acklam's tail formula is as good as it gets
        error = normal_cdf(x) - p
        u = error * math.sqrt(2.0 * math.pi) * math.exp(0.5 * x * x)
        x = x - u / (1.0 + 0.5 * x * u)
    return x


def _half_gamma_ratio_log(a: float) -> float:
    """``lgamma(a + 1/2) - lgamma(a)`` without cancellation for large ``a``."""
    if a < 30.0:
        # Below 30 lgamma is small enough that the difference loses nothing; above it the
        # Stirling series' first omitted term is under 1e-16.
        return math.lgamma(a + 0.5) - math.lgamma(a)

    def stirling_tail(z: float) -> float:
        z2 = z * z
        return (
            1.0 / (12.0 * z)
            - 1.0 / (360.0 * z * z2)
            + 1.0 / (1260.0 * z * z2 * z2)
            - 1.0 / (1680.0 * z * z2 * z2 * z2)
        )

    return (
        0.5 * math.log(a)
        + (a * math.log1p(0.5 / a) - 0.5)
        + stirling_tail(a + 0.5)
        - stirling_tail(a)
    )


def _log_beta_half(a: float) -> float:
    """``log B(a, 1/2)``."""
    return _LOG_SQRT_PI - _half_gamma_ratio_log(a)


def _away_from_zero(value: float) -> float:
    # Lentz's guard: a vanishing partial denominator is replaced by a tiny one.
    return value if abs(value) >= _CF_TINY else _CF_TINY


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of the incomplete beta function (modified Lentz)."""
    c = 1.0
    d = 1.0 / _away_from_zero(1.0 - (a + b) * x / (a + 1.0))
    h = d
    for m in range(1, _CF_MAX_TERMS + 1):
        m2 = 2 * m
        # Each term has an even and an odd partial numerator.
        for numerator in (
            m * (b - m) * x / ((a - 1.0 + m2) * (a + m2)),
            -(a + m) * (a + b + m) * x / ((a + m2) * (a + 1.0 + m2)),
        ):
            d = 1.0 / _away_from_zero(1.0 + numerator * d)
            c = _away_from_zero(1.0 + numerator / c)
            step = d * c
            h *= step
        if abs(step - 1.0) < _CF_EPSILON:
            return h
    raise ArithmeticError("The incomplete beta continued fraction did not converge")


def _log1p_square_ratio(t: float, df: float) -> float:
    """``log(1 + t^2 / df)``, also where ``t^2`` overflows."""
    t = abs(t)
    if t < 1e100:
        return math.log1p(t * t / df)
    return 2.0 * math.log(t) - math.log(df) + math.log1p(df / t / t)


def _check_df(df: float) -> None:
    if not df > 0.0 or math.isinf(df):
        raise ValueError(f"Degrees of freedom must be a positive finite number, not {df!r}")


def _large_df_tail(t: float, df: float) -> float:
    """``P(T > t)`` for ``t >= 0`` and large ``df``: Fisher's expansion around the Normal.

    ``P(T > t) = Q(t) + phi(t) (g1(t)/df + g2(t)/df^2 + ...)``; beyond a million degrees of
    freedom the terms after ``g2`` are below 1e-15 for any ``t`` that matters.
    """
    t2 = t * t
    g1 = (t2 + 1.0) * t / 4.0
    g2 = (((3.0 * t2 - 7.0) * t2 - 5.0) * t2 - 3.0) * t / 96.0
    return normal_sf(t) + normal_pdf(t) * (g1 / df + g2 / (df * df))


def student_t_sf(t: float, df: float) -> float:
    """``P(T > t)`` for a Student-t ``T`` with ``df`` degrees of freedom (scipy's ``t.sf``).

    Raises:
        ValueError: If ``df`` is not a positive finite number or ``t`` is NaN.
    """
    _check_df(df)
    if math.isnan(t):
        raise ValueError("t must be a number")
    if t < 0.0:
        return 1.0 - student_t_sf(-t, df)
    if t == 0.0:
        return 0.5
    if math.isinf(t):
        return 0.0
    if df > _LARGE_DF:
        return _large_df_tail(t, df)
    a = 0.5 * df
    b = 0.5
    # x = df / (df + t^2) and 1 - x, each from a form that keeps its precision.
    log_x = -_log1p_square_ratio(t, df)
    log_one_minus_x = -math.log1p(df / t / t)
    x = math.exp(log_x)
    prefactor = math.exp(a * log_x + b * log_one_minus_x - _log_beta_half(a))
    if x < (a + 1.0) / (a + b + 2.0):
        incomplete = prefactor * _beta_continued_fraction(a, b, x) / a
    else:
        one_minus_x = math.exp(log_one_minus_x)
        incomplete = 1.0 - prefactor * _beta_continued_fraction(b, a, one_minus_x) / b
    return 0.5 * incomplete


def student_t_cdf(t: float, df: float) -> float:
    """``P(T <= t)`` for a Student-t ``T`` with ``df`` degrees of freedom (scipy's ``t.cdf``).

    Raises:
        ValueError: If ``df`` is not a positive finite number or ``t`` is NaN.
    """
    if t < 0.0:
        return student_t_sf(-t, df)
    return 1.0 - student_t_sf(t, df)


def student_t_pdf(t: float, df: float) -> float:
    """The Student-t density.

    Raises:
        ValueError: If ``df`` is not a positive finite number.
    """
    _check_df(df)
    log_norm = _log_beta_half(0.5 * df) + 0.5 * math.log(df)
    return math.exp(-log_norm - 0.5 * (df + 1.0) * _log1p_square_ratio(t, df))


def student_t_ppf(p: float, df: float) -> float:
    """The Student-t quantile (scipy's ``t.ppf``).

    Solved by a safeguarded Newton iteration on ``log P(T > t)`` against ``log t``, which is
    smooth and nearly linear in both tails, so heavy tails (``df < 1``) converge as fast as
    light ones.

    Raises:
        ValueError: If ``df`` is not a positive finite number or ``p`` is NaN.
    """
    _check_df(df)
    if math.isnan(p):
        raise ValueError("The probability must be a number")
    if p <= 0.0:
        return -math.inf
    if p >= 1.0:
        return math.inf
    if p == 0.5:
        return 0.0
    if p > 0.5:
        return _upper_t_quantile(1.0 - p, df)
    return -_upper_t_quantile(p, df)


def _upper_t_quantile(tail: float, df: float) -> float:
    """The ``t > 0`` with ``P(T > t) = tail``, for ``0 < tail < 0.5``."""
    target = math.log(tail)
    z = -normal_ppf(tail)
    guess = z + (z**3 + z) / (4.0 * df) + ((5.0 * z**2 + 16.0) * z**2 + 3.0) * z / (96.0 * df**2)
    if df < 3.0:
        # Heavy tails: P(T > t) ~ c t^-df; a power-law guess lands in the right decade.
        log_c = (0.5 * df - 0.5) * math.log(df) - _log_beta_half(0.5 * df) - math.log(df)
        u = max(math.log(max(guess, 1e-300)), min((log_c - target) / df, _MAX_LOG_T))
    else:
        u = math.log(guess) if guess > 0.0 else math.log(max(z, 1e-300))

    def log_survival(log_t: float) -> float:
        survival = student_t_sf(math.exp(min(log_t, _MAX_LOG_T)), df)
        return math.log(survival) if survival > 0.0 else -math.inf

    # Bracket the root: log_survival() decreases as log t grows.
    low, high = u - 1.0, u + 1.0
    while log_survival(low) < target:
        low -= 2.0 * (u - low)
    while log_survival(high) > target:
        if high >= _MAX_LOG_T:
            return math.inf  # beyond the largest float
        high = min(high + 2.0 * (high - u), _MAX_LOG_T)
    u = min(max(u, low), high)
    for _ in range(200):
        t = math.exp(u)
        survival = student_t_sf(t, df)
        if survival <= 0.0:
            high = u
            candidate = 0.5 * (low + high)
        else:
            value = math.log(survival) - target
            if value == 0.0:
                return t
            if value > 0.0:
                low = u
            else:
                high = u
            slope = -t * student_t_pdf(t, df) / survival
            candidate = u - value / slope if slope < 0.0 else 0.5 * (low + high)
            if not low < candidate < high:
                candidate = 0.5 * (low + high)
        scale = max(1.0, abs(u))
        if abs(candidate - u) <= 1e-15 * scale or high - low <= 1e-15 * scale:
            return math.exp(candidate)
        u = candidate
    return math.exp(u)
