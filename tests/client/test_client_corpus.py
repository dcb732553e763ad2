"""PostHog's own response fixtures through the façade: each parses and round-trips, or fails with
the documented ``ResponseValidationError`` naming the missing field."""

from __future__ import annotations

import json
import re
from pathlib import Path

import httpx
import pytest

import posthog_experiments_client as pec

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "posthog-responses"
FILES = sorted(CORPUS.glob("experiment*.json")) if CORPUS.is_dir() else []

# Hand-written or trimmed mocks that lack fields every real response carries (created_by,
# feature_flag_key), in every PostHog version and shape.
EXPECTED_FAILURES = {
    "experiment-posthog-mcpstory-1.json": "created_by: required field is missing",
    "experiment-posthog-mcpstory-2.json": "created_by: required field is missing",
    "experiment-posthog-mcpstory-3.json": "created_by: required field is missing",
    "experiment-list-posthog-logictest-1.json": "results[0].feature_flag_key: required field is missing",
}


@pytest.mark.skipif(not FILES, reason=f"response corpus not found at {CORPUS}")
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_corpus_file_through_the_client(path: Path) -> None:
    body = path.read_bytes()
    client = pec.ExperimentsClient(
        api_key="phx_k",
        project_id=1,
        transport=httpx.MockTransport(lambda request: httpx.Response(200, content=body)),
    )
    is_list = path.name.startswith("experiment-list")
    expected_failure = EXPECTED_FAILURES.get(path.name)
    if expected_failure is not None:
        with pytest.raises(pec.ResponseValidationError, match=re.escape(expected_failure)) as info:
            list(client.list()) if is_list else client.get(1)
        assert info.value.response.content == body
        return
    if is_list:
        page = client.list().first_page()
        assert [e.to_dict() for e in page.items] == json.loads(body)["results"]
    else:
        assert client.get(1).to_dict() == json.loads(body)
