"""A typed, sync and async client for PostHog's Experiments REST API.

    from posthog_experiments_client import AsyncExperimentsClient

    async with AsyncExperimentsClient() as client:  # key, host, project from POSTHOG_* variables
        async for experiment in client.list(status="running"):
            print(experiment.id, experiment.name)

Public names are loaded on first use, so importing the package costs almost nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__ as __version__

if TYPE_CHECKING:  # `X as X`: re-exported, for type checkers
    from ._async_client import (
        AsyncExperimentsClient as AsyncExperimentsClient,
    )
    from ._async_pagination import (
        AsyncPager as AsyncPager,
    )
    from ._async_pagination import (
        AsyncResourcePager as AsyncResourcePager,
    )
    from ._client import (
        ExperimentsClient as ExperimentsClient,
    )
    from ._exceptions import (
        ActionNotOfferedError as ActionNotOfferedError,
    )
    from ._exceptions import (
        APIConnectionError as APIConnectionError,
    )
    from ._exceptions import (
        APIError as APIError,
    )
    from ._exceptions import (
        APIStatusError as APIStatusError,
    )
    from ._exceptions import (
        APITimeoutError as APITimeoutError,
    )
    from ._exceptions import (
        ApprovalRequiredError as ApprovalRequiredError,
    )
    from ._exceptions import (
        AuthenticationError as AuthenticationError,
    )
    from ._exceptions import (
        BadRequestError as BadRequestError,
    )
    from ._exceptions import (
        ConfigurationError as ConfigurationError,
    )
    from ._exceptions import (
        ConflictError as ConflictError,
    )
    from ._exceptions import (
        ExperimentStateError as ExperimentStateError,
    )
    from ._exceptions import (
        InternalServerError as InternalServerError,
    )
    from ._exceptions import (
        InvalidArgumentError as InvalidArgumentError,
    )
    from ._exceptions import (
        MethodNotAllowedError as MethodNotAllowedError,
    )
    from ._exceptions import (
        NotFoundError as NotFoundError,
    )
    from ._exceptions import (
        PermissionDeniedError as PermissionDeniedError,
    )
    from ._exceptions import (
        PostHogError as PostHogError,
    )
    from ._exceptions import (
        QueryFailedError as QueryFailedError,
    )
    from ._exceptions import (
        RateLimitError as RateLimitError,
    )
    from ._exceptions import (
        ResponseValidationError as ResponseValidationError,
    )
    from ._exceptions import (
        StatisticsUnavailableError as StatisticsUnavailableError,
    )
    from ._generated.models import (
        Cohort as Cohort,
    )
    from ._generated.models import (
        Experiment as Experiment,
    )
    from ._generated.models import (
        ExperimentEventSource as ExperimentEventSource,
    )
    from ._generated.models import (
        ExperimentHoldout as ExperimentHoldout,
    )
    from ._generated.models import (
        ExperimentMetric as ExperimentMetric,
    )
    from ._generated.models import (
        ExperimentParameters as ExperimentParameters,
    )
    from ._generated.models import (
        ExperimentSavedMetric as ExperimentSavedMetric,
    )
    from ._generated.models import (
        ExperimentStats as ExperimentStats,
    )
    from ._generated.models import (
        ExperimentTimeseriesRecalculation as ExperimentTimeseriesRecalculation,
    )
    from ._generated.models import (
        ExperimentTimeseriesResults as ExperimentTimeseriesResults,
    )
    from ._generated.models import (
        ExperimentToSavedMetric as ExperimentToSavedMetric,
    )
    from ._generated.models import (
        ExposureConfig as ExposureConfig,
    )
    from ._generated.models import (
        ExposureCriteria as ExposureCriteria,
    )
    from ._generated.models import (
        FeatureFlag as FeatureFlag,
    )
    from ._generated.models import (
        FeatureFlagVariant as FeatureFlagVariant,
    )
    from ._generated.models import (
        MinimalFeatureFlag as MinimalFeatureFlag,
    )
    from ._generated.models import (
        SavedMetricMetadata as SavedMetricMetadata,
    )
    from ._generated.models import (
        SavedMetricReference as SavedMetricReference,
    )
    from ._generated.models import (
        StatsConfig as StatsConfig,
    )
    from ._generated.models import (
        UserBasic as UserBasic,
    )
    from ._generated.types import (
        UNSET as UNSET,
    )
    from ._generated.types import (
        Unset as Unset,
    )
    from ._page import (
        Page as Page,
    )
    from ._page import (
        ResourcePage as ResourcePage,
    )
    from ._pagination import (
        ResourcePager as ResourcePager,
    )
    from ._pagination import (
        SyncPager as SyncPager,
    )
    from ._raw import (
        RawResponse as RawResponse,
    )
    from ._result_types import (
        BayesianVariantResult as BayesianVariantResult,
    )
    from ._result_types import (
        ExperimentResults as ExperimentResults,
    )
    from ._result_types import (
        ExposureResults as ExposureResults,
    )
    from ._result_types import (
        FrequentistVariantResult as FrequentistVariantResult,
    )
    from ._result_types import (
        MetricResult as MetricResult,
    )
    from ._result_types import (
        VariantResult as VariantResult,
    )
    from ._retry import (
        set_testing as set_testing,
    )

# The one table of public names: each name and the private module that defines it. Names are
# imported on first use. ``__all__`` derives from it; the ``TYPE_CHECKING`` imports above give
# type checkers the same names, and a test checks that the two agree.
_EXPORTS: dict[str, str] = {
    "APIConnectionError": "._exceptions",
    "ActionNotOfferedError": "._exceptions",
    "ApprovalRequiredError": "._exceptions",
    "APIError": "._exceptions",
    "APIStatusError": "._exceptions",
    "APITimeoutError": "._exceptions",
    "AsyncExperimentsClient": "._async_client",
    "AsyncPager": "._async_pagination",
    "AsyncResourcePager": "._async_pagination",
    "AuthenticationError": "._exceptions",
    "BadRequestError": "._exceptions",
    "BayesianVariantResult": "._result_types",
    "Cohort": "._generated.models",
    "ConfigurationError": "._exceptions",
    "ConflictError": "._exceptions",
    "Experiment": "._generated.models",
    "ExperimentEventSource": "._generated.models",
    "ExperimentHoldout": "._generated.models",
    "ExperimentMetric": "._generated.models",
    "ExperimentParameters": "._generated.models",
    "ExperimentResults": "._result_types",
    "ExperimentSavedMetric": "._generated.models",
    "ExperimentStateError": "._exceptions",
    "ExperimentStats": "._generated.models",
    "ExperimentTimeseriesRecalculation": "._generated.models",
    "ExperimentTimeseriesResults": "._generated.models",
    "ExperimentToSavedMetric": "._generated.models",
    "ExperimentsClient": "._client",
    "ExposureConfig": "._generated.models",
    "ExposureCriteria": "._generated.models",
    "ExposureResults": "._result_types",
    "FeatureFlag": "._generated.models",
    "FeatureFlagVariant": "._generated.models",
    "FrequentistVariantResult": "._result_types",
    "InternalServerError": "._exceptions",
    "InvalidArgumentError": "._exceptions",
    "MethodNotAllowedError": "._exceptions",
    "MetricResult": "._result_types",
    "MinimalFeatureFlag": "._generated.models",
    "NotFoundError": "._exceptions",
    "Page": "._page",
    "PermissionDeniedError": "._exceptions",
    "PostHogError": "._exceptions",
    "QueryFailedError": "._exceptions",
    "RateLimitError": "._exceptions",
    "RawResponse": "._raw",
    "ResourcePage": "._page",
    "ResourcePager": "._pagination",
    "ResponseValidationError": "._exceptions",
    "SavedMetricMetadata": "._generated.models",
    "SavedMetricReference": "._generated.models",
    "StatisticsUnavailableError": "._exceptions",
    "StatsConfig": "._generated.models",
    "SyncPager": "._pagination",
    "UNSET": "._generated.types",
    "Unset": "._generated.types",
    "UserBasic": "._generated.models",
    "VariantResult": "._result_types",
    "set_testing": "._retry",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    location = _EXPORTS.get(name)
    if location is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(location, __name__), name)
    if isinstance(value, type) or callable(value):
        # Reprs and docs show the public path, not the private module (as httpx does).
        value.__module__ = __name__
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
