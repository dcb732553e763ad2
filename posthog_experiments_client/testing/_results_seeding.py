"""``FakePostHog``'s methods for experiment results: the data the query API computes from.

The fake ingests no events. A test gives it per-variant sufficient statistics per metric
(``set_metric_data``) and exposures per variant per day (``set_exposures``), or draws both
from :func:`simulate_experiment`; the query API then computes results from them exactly as
PostHog does. ``load_results`` takes the same data as JSON, which is how ``serve
--results-file`` seeds a socket server.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._state.results import CompletionRule
from ._statistics import parse_exposures, parse_variants

if TYPE_CHECKING:
    from ._http.app import FakeApp

__all__ = ["ResultsSeeding"]


def _experiment_id(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"experiment_id must be an int, not {type(value).__name__}")
    return value


class ResultsSeeding:
    """The results part of ``FakePostHog`` (its ``_app`` holds the state)."""

    _app: FakeApp

    def set_metric_data(
        self,
        experiment_id: int,
        metric_uuid: str,
        variants: Mapping[str, Mapping[str, Any]],
    ) -> None:
        """Seed one metric's per-variant statistics, which its ``ExperimentQuery`` reads.

        Args:
            experiment_id: The experiment (it may be created later).
            metric_uuid: The metric's ``uuid``, inline or saved.
            variants: ``{variant: {...}}`` with the fields of PostHog's
                ``ExperimentStatsBase``: ``number_of_samples``, ``sum``, ``sum_squares``; for
                ratio metrics also ``denominator_sum``, ``denominator_sum_squares`` and
                ``numerator_denominator_sum_product``; for funnels ``step_counts``. Variants
                left out count as nobody exposed.

        Raises:
            TypeError: ``experiment_id`` or ``metric_uuid`` has the wrong type.
            InvalidVariantStatsError: A variant's statistics are malformed (the message
                names the variant and field).
        """
        experiment_id = _experiment_id(experiment_id)
        if not isinstance(metric_uuid, str):
            raise TypeError(f"metric_uuid must be a str, not {type(metric_uuid).__name__}")
        parsed = parse_variants(variants)
        with self._app.mutating():
            tables = self._app.store.results
            tables.metric_data[(experiment_id, metric_uuid)] = parsed
            tables.forget_cached(experiment_id)

    def set_exposures(
        self,
        experiment_id: int,
        exposures: Mapping[str, Mapping[str | dt.date, int]],
    ) -> None:
        """Seed the exposures the ``ExperimentExposureQuery`` reads.

        Args:
            experiment_id: The experiment (it may be created later).
            exposures: New exposures per variant per day, ``{variant: {day: count}}``, a day
                being an ISO date string (``"2026-01-31"``) or a ``datetime.date``.

        Raises:
            TypeError: ``experiment_id`` is not an int.
            InvalidExposuresError: A variant, day or count is malformed.
        """
        experiment_id = _experiment_id(experiment_id)
        parsed = parse_exposures(exposures)
        with self._app.mutating():
            tables = self._app.store.results
            tables.exposures[experiment_id] = parsed
            tables.forget_cached(experiment_id)

    def set_query_error(
        self,
        experiment_id: int,
        metric_uuid: str | None = None,
        *,
        error_message: str | None,
    ) -> None:
        """Make the queries of one metric (or, with no uuid, the exposures) fail.

        A blocking query then answers 400 with ``error_message`` as its ``detail``; an async
        one fails with it as ``query_status.error_message`` (its poll answers 400). With
        ``error_message=None`` the failure is internal: 500, and no message.
        """
        experiment_id = _experiment_id(experiment_id)
        with self._app.mutating():
            tables = self._app.store.results
            tables.query_errors[(experiment_id, metric_uuid)] = error_message
            tables.forget_cached(experiment_id)

    def clear_query_errors(self) -> None:
        """Undo every ``set_query_error``."""
        with self._app.mutating():
            self._app.store.results.query_errors.clear()

    def set_async_queries(self, *, polls: int = 1, seconds: float | None = None) -> None:
        """When queries started in an async ``refresh`` mode complete.

        Args:
            polls: Polls answered 202 before the next one completes the query (default 1;
                0 completes it on the first poll).
            seconds: Complete once the fake's clock is this many seconds past the query's
                start instead, however often it is polled (use with ``fake.clock``).

        Raises:
            ValueError: ``polls`` or ``seconds`` is negative.
        """
        if polls < 0 or (seconds is not None and seconds < 0):
            raise ValueError("polls and seconds must not be negative")
        with self._app.mutating():
            self._app.store.results.completion = CompletionRule(polls=polls, seconds=seconds)

    def async_queries(self) -> list[dict[str, Any]]:
        """The async queries the fake knows: ``id``, ``polls``, ``complete``, ``query``."""
        with self._app.lock:
            return [
                {
                    "id": query.id,
                    "polls": query.polls,
                    "complete": query.ended is not None,
                    "error": query.failed,
                    "query": json.loads(json.dumps(query.query)),
                }
                for query in self._app.store.results.queries.values()
            ]

    def load_results(self, data: Mapping[str, Any] | str | Path) -> None:
        """Seed metric data and exposures from JSON (a mapping, or a path to a file).

        The shape::

            {"metric_data": [{"experiment_id": 1, "metric_uuid": "m-1",
                              "variants": {"control": {...}, "test": {...}}}],
             "exposures": [{"experiment_id": 1,
                            "variants": {"control": {"2026-01-01": 120}}}]}

        Raises:
            ValueError: The JSON does not have this shape (the message says where).
            InvalidVariantStatsError: As for ``set_metric_data``.
            InvalidExposuresError: As for ``set_exposures``.
        """
        if isinstance(data, (str, Path)):
            data = json.loads(Path(data).read_text(encoding="utf-8"))
        if not isinstance(data, Mapping):
            raise ValueError("results data must be a JSON object")
        unknown = set(data) - {"metric_data", "exposures"}
        if unknown:
            raise ValueError(f"unknown keys in results data: {sorted(unknown)}")
        for index, entry in enumerate(data.get("metric_data") or ()):
            where = f"metric_data[{index}]"
            if not isinstance(entry, Mapping):
                raise ValueError(f"{where} must be an object")
            try:
                self.set_metric_data(
                    entry["experiment_id"], entry["metric_uuid"], entry["variants"]
                )
            except (KeyError, TypeError) as exc:
                raise ValueError(
                    f"{where} needs experiment_id (int), metric_uuid (str) and variants: {exc}"
                ) from None
        for index, entry in enumerate(data.get("exposures") or ()):
            where = f"exposures[{index}]"
            if not isinstance(entry, Mapping):
                raise ValueError(f"{where} must be an object")
            try:
                self.set_exposures(entry["experiment_id"], entry["variants"])
            except (KeyError, TypeError) as exc:
                raise ValueError(f"{where} needs experiment_id (int) and variants: {exc}") from None
