"""The package version, kept in source so that vendored copies know it without package metadata."""

__version__ = "0.1.0"
