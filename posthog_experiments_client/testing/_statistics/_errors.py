"""Why a metric's results cannot be computed, in PostHog's words.

PostHog's experiment runner catches every error of a calculation and answers a 400
``validation_error`` whose ``detail`` is a fixed, user-facing sentence chosen by the error's
type. :class:`CalculationError` carries that sentence; the HTTP layer turns it into the 400.
"""

from __future__ import annotations

STATISTICS_FAILURE_MESSAGE = (
    "Unable to calculate experiment statistics. "
    "Please ensure your experiment has sufficient data and try again."
)
INVALID_CONFIGURATION_MESSAGE = (
    "Invalid experiment configuration detected. Please check your experiment setup."
)


class CalculationError(Exception):
    """A metric's results cannot be computed; PostHog answers 400 with :attr:`detail`.

    Attributes:
        detail: The user-facing sentence PostHog puts in the 400's ``detail``.
        reason: What went wrong, for the person debugging a test (PostHog only logs it).
    """

    detail: str = STATISTICS_FAILURE_MESSAGE

    def __init__(self, reason: str) -> None:
        super().__init__(f"{self.detail} ({reason})")
        self.reason = reason


class StatisticsError(CalculationError):
    """The statistics cannot be computed from the data (PostHog's ``StatisticError``)."""

    detail = STATISTICS_FAILURE_MESSAGE


class ConfigurationError(CalculationError):
    """The experiment cannot be analysed as configured, e.g. its baseline variant is missing."""

    detail = INVALID_CONFIGURATION_MESSAGE


class QueryValidationError(CalculationError):
    """The query itself is refused, with PostHog's message as the ``detail``.

    For example ``experiment_id is required``, or ``Experiment with id 12 not found`` (see
    :func:`experiment_not_found`), which PostHog's runners raise before computing anything.
    """

    def __init__(self, reason: str) -> None:
        self.detail = reason
        super().__init__(reason)

    def __str__(self) -> str:
        return self.detail


def experiment_not_found(experiment_id: object) -> QueryValidationError:
    """PostHog's 400 for a query about an experiment the project does not have."""
    return QueryValidationError(f"Experiment with id {experiment_id} not found")


class InvalidVariantStatsError(ValueError):
    """Seeded per-variant statistics are malformed (a test's input, not PostHog's data)."""


class UnsupportedMetricError(ValueError):
    """The metric is not one the statistics engine knows (``metric_type`` is not recognised)."""


class InvalidExposuresError(ValueError):
    """Seeded exposures, or an exposure query's dates, are malformed."""
