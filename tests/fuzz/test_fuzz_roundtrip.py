"""Every body valid under the spec parses through the generated models and round-trips exactly.

Bodies come from the spec's own component schemas (hypothesis-jsonschema, see ``_schemas.py``),
unknown keys included; ``to_dict()`` must give back exactly what was parsed: the same keys, the
same JSON types, date-times as the same text.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from posthog_experiments_client._generated.models import (
    Cohort,
    Error,
    Experiment,
    ExperimentExposureCohortResponse,
    PaginatedExperimentList,
    RequiresFlagImplementationResponse,
)
from posthog_experiments_client._generated.types import ResponseShapeError

from ._json import assert_same_json
from ._settings import FUZZ
from ._strategies import valid_body

MODELS: dict[str, Any] = {
    "Experiment": Experiment,
    "PaginatedExperimentList": PaginatedExperimentList,
    "Cohort": Cohort,
    "Error": Error,
    "ExperimentExposureCohortResponse": ExperimentExposureCohortResponse,
    "RequiresFlagImplementationResponse": RequiresFlagImplementationResponse,
}
STRATEGIES = {name: valid_body(name) for name in MODELS}


def _round_trip(schema_name: str, body: Any) -> None:
    # Through the wire format, as the client sees it.
    decoded = json.loads(json.dumps(body))
    untouched = copy.deepcopy(decoded)
    model = MODELS[schema_name].from_dict(decoded)
    assert_same_json(model.to_dict(), untouched)
    assert_same_json(decoded, untouched)  # parsing did not change its input


@pytest.mark.parametrize("schema_name", sorted(MODELS))
@FUZZ
@given(data=st.data())
def test_valid_body_round_trips(schema_name: str, data: st.DataObject) -> None:
    _round_trip(schema_name, data.draw(STRATEGIES[schema_name], label=schema_name))


_MINIMAL_EXPERIMENT: dict[str, Any] = {
    "id": 1,
    "name": "n",
    "feature_flag_key": "k",
    "feature_flag": {"id": 1, "team_id": 1, "key": "k"},
    "saved_metrics": [],
    "created_by": None,
    "created_at": "2024-01-01T00:00:00Z",
    "updated_at": "2024-01-01T00:00:00Z",
}


@pytest.mark.parametrize("field", ["created_at", "updated_at", "start_date", "end_date"])
@pytest.mark.parametrize(
    "value",
    ["2024-01-01t00:00:00.1234567890z", "2024-01-01T00:00:00-00:00", "9999-12-31T23:59:59+23:59"],
)
def test_date_time_text_comes_back_unchanged(field: str, value: str) -> None:
    body = {**_MINIMAL_EXPERIMENT, field: value}
    assert Experiment.from_dict(copy.deepcopy(body)).to_dict()[field] == value


@pytest.mark.parametrize("value", ["0000-01-01T00:00:00Z", "2016-12-31T23:59:60Z"])
def test_date_times_python_cannot_hold_are_a_shape_error(value: str) -> None:
    """RFC 3339 allows year 0000 and leap seconds; datetime cannot hold them. Documented limit:
    the body is refused with ResponseShapeError (ResponseValidationError via the clients)."""
    with pytest.raises(ResponseShapeError, match="created_at"):
        Experiment.from_dict({**_MINIMAL_EXPERIMENT, "created_at": value})
