"""Regression corpus: real PostHog response bodies (provenance in the corpus README).

Every file's outcome is pinned: it either round-trips exactly, or fails with the exact
``ResponseShapeError`` message given here, naming a missing required field. A file that is added
to (or removed from) the corpus without updating ``EXPECTED`` fails the suite.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from posthog_experiments_client._generated.models import (
    Error,
    Experiment,
    PaginatedExperimentList,
)
from posthog_experiments_client._generated.types import ResponseShapeError

from ._support import assert_json_identical, load_json

CORPUS = Path(__file__).parents[2].parent / "shared" / "data" / "posthog-responses"

ROUNDTRIP = "roundtrip"
MISSING = "required field is missing"

EXPECTED: dict[str, str] = {
    "error-posthog-flagtest-1.json": ROUNDTRIP,
    "error-posthog-flagtest-2.json": ROUNDTRIP,
    "error-posthog-flagtest-3.json": ROUNDTRIP,
    # A hand-written frontend mock: its one result only has id, name and description, and no
    # PostHog version leaves out feature_flag_key (nor created_by, created_at, updated_at).
    "experiment-list-posthog-logictest-1.json": f"results[0].feature_flag_key: {MISSING}",
    "experiment-posthog-fixture-1.json": ROUNDTRIP,
    "experiment-posthog-fixture-2.json": ROUNDTRIP,
    "experiment-posthog-fixture-3.json": ROUNDTRIP,
    "experiment-posthog-fixture-4.json": ROUNDTRIP,
    "experiment-posthog-fixture-5.json": ROUNDTRIP,
    "experiment-posthog-fixture-6.json": ROUNDTRIP,
    "experiment-posthog-fixture-7.json": ROUNDTRIP,
    "experiment-posthog-fixture-8.json": ROUNDTRIP,
    "experiment-posthog-fixture-9.json": ROUNDTRIP,
    "experiment-posthog-fixture-10.json": ROUNDTRIP,
    "experiment-posthog-fixture-11.json": ROUNDTRIP,
    # MCP app story data, not verbatim API output. A missing feature_flag is no longer an
    # error (2021-22 servers do not send it), but these also lack created_by and updated_at,
    # which every PostHog version sends in every shape of an experiment, lean list items too.
    "experiment-posthog-mcpstory-1.json": f"created_by: {MISSING}",
    "experiment-posthog-mcpstory-2.json": f"created_by: {MISSING}",
    "experiment-posthog-mcpstory-3.json": f"created_by: {MISSING}",
}

requires_corpus = pytest.mark.skipif(
    not CORPUS.is_dir(), reason=f"response corpus not found at {CORPUS}"
)


def model_for(name: str) -> Any:
    """The generated model a corpus file is parsed with, chosen by its name prefix."""
    if name.startswith("experiment-list-"):
        return PaginatedExperimentList
    if name.startswith("experiment-"):
        return Experiment
    if name.startswith("error-"):
        return Error
    pytest.fail(f"{name}: no model is known for this file name prefix")


@requires_corpus
def test_every_corpus_file_is_pinned() -> None:
    present = {path.name for path in CORPUS.glob("*.json")}
    unlisted = sorted(present - EXPECTED.keys())
    missing = sorted(EXPECTED.keys() - present)
    assert not unlisted, f"corpus files without a pinned expectation: {unlisted}"
    assert not missing, f"pinned corpus files no longer present: {missing}"


def test_pinned_failures_name_a_missing_required_field() -> None:
    for name, expected in EXPECTED.items():
        assert expected == ROUNDTRIP or expected.endswith(f": {MISSING}"), name


@requires_corpus
@pytest.mark.parametrize(("name", "expected"), sorted(EXPECTED.items()), ids=sorted(EXPECTED))
def test_corpus_file(name: str, expected: str) -> None:
    path = CORPUS / name
    assert path.is_file(), f"{name} is pinned but absent from {CORPUS}"
    model = model_for(name)
    data = load_json(path)
    pristine = copy.deepcopy(data)

    if expected == ROUNDTRIP:
        parsed = model.from_dict(data)
        assert data == pristine, "from_dict must not mutate its input"
        assert_json_identical(parsed.to_dict(), pristine)
        return

    with pytest.raises(ResponseShapeError) as caught:
        model.from_dict(data)
    assert str(caught.value) == expected
    assert caught.value.problem == MISSING
    assert isinstance(caught.value, ValueError)
