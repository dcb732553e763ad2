"""Nested models are built on first access, after from_dict has validated the whole input."""

from __future__ import annotations

import copy
import pickle

import attrs
import pytest

from posthog_experiments_client._generated.models import (
    Experiment,
    MinimalFeatureFlag,
    PaginatedExperimentList,
)
from posthog_experiments_client._generated.types import LazyFields, ResponseShapeError

from ._support import experiment_body, experiment_list_body


def _eager_view(value: object) -> object:
    """Every field of every model, read recursively: forces every lazy field."""
    if isinstance(value, list):
        return [_eager_view(item) for item in value]
    if attrs.has(type(value)):
        return {f.name: _eager_view(getattr(value, f.name)) for f in attrs.fields(type(value))}
    return value


def test_a_nested_model_is_built_once_on_first_read() -> None:
    experiment = Experiment.from_dict(experiment_body())
    assert isinstance(experiment, LazyFields)
    flag = experiment.feature_flag
    assert isinstance(flag, MinimalFeatureFlag)
    assert experiment.feature_flag is flag  # stored: later reads are plain attribute reads
    assert flag.key == experiment_body()["feature_flag"]["key"]


def test_lazy_and_read_models_are_equal_and_round_trip() -> None:
    body = experiment_list_body()
    first = PaginatedExperimentList.from_dict(copy.deepcopy(body))
    second = PaginatedExperimentList.from_dict(copy.deepcopy(body))
    _eager_view(second)
    assert first == second
    assert first.to_dict() == body
    assert repr(first) == repr(second)


def test_copies_and_pickles_carry_every_field() -> None:
    experiment = Experiment.from_dict(experiment_body())
    for clone in (copy.copy(experiment), copy.deepcopy(experiment)):
        assert clone == experiment
    restored = pickle.loads(pickle.dumps(Experiment.from_dict(experiment_body())))
    assert restored == experiment
    assert restored.to_dict() == experiment_body()


def test_a_malformed_nested_model_fails_in_from_dict_not_on_read() -> None:
    body = experiment_list_body()
    body["results"][1]["holdout"]["updated_at"] = "not a date"
    with pytest.raises(ResponseShapeError) as caught:
        PaginatedExperimentList.from_dict(body)
    assert (
        str(caught.value)
        == "results[1].holdout.updated_at: invalid ISO 8601 date-time 'not a date'"
    )


def test_an_assigned_field_replaces_the_lazy_one() -> None:
    experiment = Experiment.from_dict(experiment_body())
    experiment.feature_flag = None
    assert experiment.feature_flag is None
    assert experiment.to_dict()["feature_flag"] is None


def test_a_model_built_by_its_constructor_has_no_lazy_fields() -> None:
    experiment = Experiment.from_dict(experiment_body())
    built = attrs.evolve(experiment, name="copy")
    assert built.feature_flag == experiment.feature_flag
    assert built.name == "copy"


def test_a_missing_attribute_is_still_an_attribute_error() -> None:
    experiment = Experiment.from_dict(experiment_body())
    with pytest.raises(AttributeError, match="no attribute 'nonexistent'"):
        experiment.nonexistent  # type: ignore[attr-defined]  # noqa: B018
    assert not hasattr(experiment, "nonexistent")
