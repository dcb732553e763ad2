"""The public import surface: exactly these names, sorted, importable, lazily loaded."""

from __future__ import annotations

import subprocess
import sys

import pytest

import posthog_experiments_client as package

EXPECTED = {
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ActionNotOfferedError",
    "ApprovalRequiredError",
    "AsyncExperimentsClient",
    "AsyncPager",
    "AuthenticationError",
    "BadRequestError",
    "BayesianVariantResult",
    "Cohort",
    "ConfigurationError",
    "ConflictError",
    "Experiment",
    "ExperimentEventSource",
    "ExperimentHoldout",
    "ExperimentSavedMetric",
    "ResourcePage",
    "ResourcePager",
    "AsyncResourcePager",
    "ExperimentMetric",
    "ExperimentParameters",
    "ExperimentResults",
    "ExperimentStateError",
    "ExperimentStats",
    "ExperimentTimeseriesRecalculation",
    "ExperimentTimeseriesResults",
    "ExperimentToSavedMetric",
    "ExperimentsClient",
    "ExposureConfig",
    "ExposureCriteria",
    "ExposureResults",
    "FeatureFlag",
    "FeatureFlagVariant",
    "FrequentistVariantResult",
    "InternalServerError",
    "InvalidArgumentError",
    "MethodNotAllowedError",
    "MetricResult",
    "MinimalFeatureFlag",
    "NotFoundError",
    "Page",
    "PermissionDeniedError",
    "PostHogError",
    "QueryFailedError",
    "RateLimitError",
    "RawResponse",
    "ResponseValidationError",
    "SavedMetricMetadata",
    "SavedMetricReference",
    "StatisticsUnavailableError",
    "StatsConfig",
    "SyncPager",
    "UNSET",
    "Unset",
    "UserBasic",
    "VariantResult",
    "__version__",
    "set_testing",
}


def test_type_checking_imports_match_the_table() -> None:
    """The names type checkers see are exactly the table's, from the same modules."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(package.__file__).read_text())
    block = next(
        node
        for node in tree.body
        if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"
    )
    seen = {
        alias.name: "." * node.level + (node.module or "")
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert seen == package._EXPORTS


def test_all_is_sorted_and_exactly_the_public_names() -> None:
    assert package.__all__ == sorted(package.__all__)
    assert set(package.__all__) == EXPECTED


def test_every_public_name_resolves_and_shows_the_package_as_its_module() -> None:
    for name in package.__all__:
        value = getattr(package, name)
        if isinstance(value, type):
            assert value.__module__ == package.__name__, name
    assert set(package.__all__) <= set(dir(package))


def test_unknown_attribute_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NotAThing"):
        package.NotAThing  # type: ignore[attr-defined]  # noqa: B018


def test_version_does_not_need_package_metadata() -> None:
    assert isinstance(package.__version__, str)
    assert package.__version__.count(".") >= 2


def test_exceptions_form_one_tree() -> None:
    for name in EXPECTED:
        value = getattr(package, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, package.PostHogError), name
    assert issubclass(package.APITimeoutError, package.APIConnectionError)
    for status_error in (
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "MethodNotAllowedError",
        "ConflictError",
        "RateLimitError",
        "InternalServerError",
    ):
        assert issubclass(getattr(package, status_error), package.APIStatusError)


def test_root_import_is_light() -> None:
    """Importing the package loads neither the models nor the fake server."""
    code = (
        "import sys, posthog_experiments_client;"
        "print(sorted(m for m in sys.modules if m.startswith('posthog_experiments_client')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert (
        out.stdout.strip()
        == "['posthog_experiments_client', 'posthog_experiments_client._version']"
    )
