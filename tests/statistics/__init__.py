"""Tests of the fake's experiment statistics (``testing._statistics``), pure computation."""
