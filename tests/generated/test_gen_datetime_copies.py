"""Copies and pickles of parsed models keep each date-time's source text."""

from __future__ import annotations

import copy
import datetime
import pickle

from posthog_experiments_client._generated.models import Experiment
from posthog_experiments_client._generated.types import ParsedDatetime, format_datetime

from ._support import experiment_body


def test_deepcopy_and_pickle_keep_exact_round_trip() -> None:
    body = experiment_body()
    body["created_at"] = "2019-08-24T14:15:22Z"
    parsed = Experiment.from_dict(body)
    for clone in (copy.deepcopy(parsed), pickle.loads(pickle.dumps(parsed))):
        assert clone.to_dict()["created_at"] == "2019-08-24T14:15:22Z"
        assert isinstance(clone.created_at, ParsedDatetime)


def test_derived_datetimes_are_written_in_iso_format() -> None:
    parsed = Experiment.from_dict({**experiment_body(), "created_at": "2019-08-24T14:15:22Z"})
    later = parsed.created_at + datetime.timedelta(hours=1)
    assert format_datetime(later) == "2019-08-24T15:15:22+00:00"
