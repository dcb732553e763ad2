"""The response examples of PostHog's docs page round-trip through the generated models."""

from __future__ import annotations

import copy
import datetime

from posthog_experiments_client._generated.models import (
    Experiment,
    ExperimentHoldout,
    ExperimentToSavedMetric,
    MinimalFeatureFlag,
    PaginatedExperimentList,
    UserBasic,
)
from posthog_experiments_client._generated.types import ParsedDatetime

from ._support import FIXTURES, assert_json_identical, load_json

DOCS_INSTANT = datetime.datetime(2019, 8, 24, 14, 15, 22, tzinfo=datetime.timezone.utc)


def test_docs_experiment_round_trips_exactly() -> None:
    data = load_json(FIXTURES / "docs_experiment.json")
    pristine = copy.deepcopy(data)

    exp = Experiment.from_dict(data)

    assert data == pristine, "from_dict must not mutate its input"
    assert_json_identical(exp.to_dict(), pristine)


def test_docs_experiment_is_typed() -> None:
    data = load_json(FIXTURES / "docs_experiment.json")
    exp = Experiment.from_dict(data)

    assert isinstance(exp.feature_flag, MinimalFeatureFlag)
    assert exp.feature_flag.key == data["feature_flag"]["key"]
    assert exp.feature_flag.evaluation_runtime == "server"
    assert isinstance(exp.holdout, ExperimentHoldout)
    assert isinstance(exp.holdout.created_by, UserBasic)
    assert exp.holdout.created_by.email == "user@example.com"
    assert isinstance(exp.saved_metrics[0], ExperimentToSavedMetric)
    assert exp.type_ == "web"
    assert exp.conclusion == "won"
    assert exp.parameters is None
    # A write-only field the docs example shows in the response is kept, not dropped.
    assert exp.additional_properties == {"_create_in_folder": "string"}

    for value in (exp.created_at, exp.updated_at, exp.start_date, exp.end_date):
        assert isinstance(value, ParsedDatetime)
        assert value == DOCS_INSTANT
        assert value.utcoffset() == datetime.timedelta(0)
        assert value.source_text == "2019-08-24T14:15:22Z"


def test_docs_experiment_list_round_trips_exactly() -> None:
    data = load_json(FIXTURES / "docs_experiment_list.json")
    pristine = copy.deepcopy(data)

    page = PaginatedExperimentList.from_dict(data)

    assert data == pristine, "from_dict must not mutate its input"
    assert_json_identical(page.to_dict(), pristine)
    assert page.count == 123
    assert page.next_ == "http://api.example.org/accounts/?offset=400&limit=100"
    assert page.previous == "http://api.example.org/accounts/?offset=200&limit=100"
    assert len(page.results) == len(data["results"]) >= 1
    assert all(isinstance(item, Experiment) for item in page.results)
