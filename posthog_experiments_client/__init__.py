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

from ._version import __version__

if TYPE_CHECKING:
    from ._async_client import AsyncExperimentsClient
    from ._async_pagination import AsyncPager
    from ._client import ExperimentsClient
    from ._exceptions import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConfigurationError,
        ConflictError,
        ExperimentStateError,
        InternalServerError,
        InvalidArgumentError,
        MethodNotAllowedError,
        NotFoundError,
        PermissionDeniedError,
        PostHogError,
        RateLimitError,
        ResponseValidationError,
    )
    from ._generated.models import (
        Cohort,
        Experiment,
        ExperimentEventSource,
        ExperimentHoldout,
        ExperimentMetric,
        ExperimentParameters,
        ExperimentToSavedMetric,
        ExposureConfig,
        ExposureCriteria,
        FeatureFlagVariant,
        MinimalFeatureFlag,
        SavedMetricMetadata,
        SavedMetricReference,
        StatsConfig,
        UserBasic,
    )
    from ._generated.types import UNSET, Unset
    from ._page import Page
    from ._pagination import SyncPager
    from ._raw import RawResponse
    from ._retry import set_testing

# Plain sorted() order, which a test checks.
__all__ = [  # noqa: RUF022
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncExperimentsClient",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "Cohort",
    "ConfigurationError",
    "ConflictError",
    "Experiment",
    "ExperimentEventSource",
    "ExperimentHoldout",
    "ExperimentMetric",
    "ExperimentParameters",
    "ExperimentStateError",
    "ExperimentToSavedMetric",
    "ExperimentsClient",
    "ExposureConfig",
    "ExposureCriteria",
    "FeatureFlagVariant",
    "InternalServerError",
    "InvalidArgumentError",
    "MethodNotAllowedError",
    "MinimalFeatureFlag",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "PostHogError",
    "RateLimitError",
    "RawResponse",
    "ResponseValidationError",
    "SavedMetricMetadata",
    "SavedMetricReference",
    "StatsConfig",
    "SyncPager",
    "UNSET",
    "Unset",
    "UserBasic",
    "__version__",
    "set_testing",
]

_EXCEPTIONS = "._exceptions"
_MODELS = "._generated.models"
_LOCATIONS: dict[str, str] = {
    "AsyncExperimentsClient": "._async_client",
    "ExperimentsClient": "._client",
    "AsyncPager": "._async_pagination",
    "SyncPager": "._pagination",
    "Page": "._page",
    "RawResponse": "._raw",
    "UNSET": "._generated.types",
    "Unset": "._generated.types",
    "set_testing": "._retry",
    **dict.fromkeys(
        [
            "APIConnectionError",
            "APIStatusError",
            "APITimeoutError",
            "AuthenticationError",
            "BadRequestError",
            "ConfigurationError",
            "ConflictError",
            "ExperimentStateError",
            "InternalServerError",
            "InvalidArgumentError",
            "MethodNotAllowedError",
            "NotFoundError",
            "PermissionDeniedError",
            "PostHogError",
            "RateLimitError",
            "ResponseValidationError",
        ],
        _EXCEPTIONS,
    ),
    **dict.fromkeys(
        [
            "Cohort",
            "Experiment",
            "ExperimentEventSource",
            "ExperimentHoldout",
            "ExperimentMetric",
            "ExperimentParameters",
            "ExperimentToSavedMetric",
            "ExposureConfig",
            "ExposureCriteria",
            "FeatureFlagVariant",
            "MinimalFeatureFlag",
            "SavedMetricMetadata",
            "SavedMetricReference",
            "StatsConfig",
            "UserBasic",
        ],
        _MODELS,
    ),
}


def __getattr__(name: str) -> Any:
    location = _LOCATIONS.get(name)
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
