"""The curated spec against PostHog's published schema slices: no drift outside the allow-list.

The slices are reference data kept beside the repository (``../shared/reference/published/``),
not copied into it; where they are absent these tests skip and say so.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ._support import ROOT, Result, load_spec_drift

spec_drift = load_spec_drift()

PUBLISHED = ROOT.parent / "shared" / "reference" / "published"
# Each slice and the curated resource it covers.
SLICES = {
    "experiments.yaml": "/api/projects/{project_id}/experiments/",
    "experiment-holdouts.yaml": "/api/projects/{project_id}/experiment_holdouts/",
    "experiment-saved-metrics.yaml": "/api/projects/{project_id}/experiment_saved_metrics/",
}


def _slice(name: str) -> Path:
    path = PUBLISHED / name
    if not path.is_file():
        pytest.skip(
            f"PostHog's published slice {path} is not there (reference data beside the repo)"
        )
    return path


@pytest.mark.parametrize("name", sorted(SLICES))
def test_a_published_slice_has_no_drift_outside_the_allowlist(
    run: Callable[..., Result], name: str
) -> None:
    result = run(_slice(name))
    assert (result.code, result.findings, result.stale) == (0, [], []), result.out + result.err
    # Only the slice's own resource is compared; the others are named as not compared.
    assert f"Compared: {SLICES[name]} (" in result.out
    assert "Not compared, not in the published document: " in result.out
    assert "operation removed" not in result.out


def test_every_allowlist_entry_matches_in_some_published_slice() -> None:
    curated = spec_drift.Spec(
        spec_drift.load_document(str(spec_drift.CURATED)), str(spec_drift.CURATED)
    )
    patterns = [entry.pattern for entry in spec_drift.load_allowlist(spec_drift.ALLOWLIST)]
    used: set[str] = set()
    for name in sorted(SLICES):
        path = str(_slice(name))
        published = spec_drift.Spec(spec_drift.load_document(path), path)
        findings = spec_drift.Comparison(curated, published).run()
        entries = spec_drift.load_allowlist(spec_drift.ALLOWLIST)
        spec_drift.apply_allowlist(findings, entries)
        used.update(entry.pattern for entry in entries if entry.matched)
    assert [pattern for pattern in patterns if pattern not in used] == []
