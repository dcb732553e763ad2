"""Date-times parse to the same values and time-zone types on every Python version (3.10-3.13)."""

from __future__ import annotations

import datetime

import pytest

from posthog_experiments_client._generated.types import format_datetime, parse_datetime

UTC = datetime.timezone.utc

CASES = [
    ("2019-08-24T14:15:22Z", datetime.datetime(2019, 8, 24, 14, 15, 22, tzinfo=UTC)),
    ("2019-08-24T14:15:22.123Z", datetime.datetime(2019, 8, 24, 14, 15, 22, 123000, tzinfo=UTC)),
    ("2019-08-24T14:15:22.123456z", datetime.datetime(2019, 8, 24, 14, 15, 22, 123456, tzinfo=UTC)),
    ("2019-08-24T14:15:22+00:00", datetime.datetime(2019, 8, 24, 14, 15, 22, tzinfo=UTC)),
    (
        "2019-08-24T14:15:22+05:30",
        datetime.datetime(
            2019,
            8,
            24,
            14,
            15,
            22,
            tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30)),
        ),
    ),
    # Forms only python-dateutil reads on some versions: a comma, a basic-format offset.
    ("2019-08-24T14:15:22,5Z", datetime.datetime(2019, 8, 24, 14, 15, 22, 500000, tzinfo=UTC)),
    (
        "2019-08-24T14:15:22-0130",
        datetime.datetime(
            2019,
            8,
            24,
            14,
            15,
            22,
            tzinfo=datetime.timezone(-datetime.timedelta(hours=1, minutes=30)),
        ),
    ),
    ("2019-08-24T14:15:22", datetime.datetime(2019, 8, 24, 14, 15, 22)),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_same_value_and_time_zone_type_everywhere(text: str, expected: datetime.datetime) -> None:
    parsed = parse_datetime(text)
    assert parsed == expected
    assert (parsed.tzinfo is None) == (expected.tzinfo is None)
    if expected.tzinfo is not None:
        assert type(parsed.tzinfo) is datetime.timezone  # never dateutil's tzutc()/tzoffset()
        assert parsed.utcoffset() == expected.utcoffset()
        if not expected.utcoffset():
            assert parsed.tzinfo is UTC
    assert format_datetime(parsed) == text  # the source text round-trips
