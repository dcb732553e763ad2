"""``ResultsReader``: the queries of ``results()`` for the synchronous client.

Generated from ``_async_results.py`` by ``scripts/unasync.py``; edit that file, then run
``make generate``. The queries of one call run on a bounded thread pool.
"""

from __future__ import annotations

import contextlib
import functools
from typing import TYPE_CHECKING, Any

from . import _concurrency, _retry
from . import _result_queries as queries
from ._exceptions import APITimeoutError, PostHogError, QueryFailedError
from ._operations import get_call
from ._result_types import ExperimentResults, ExposureResults, MetricResult

if TYPE_CHECKING:
    from ._client import ExperimentsClient
    from ._generated.models import Experiment


class ResultsReader:
    """One ``results()``, ``metric_result()`` or ``exposures()`` call, within one deadline.

    Args:
        client: The client to send with (its settings, pool and retries).
        refresh: PostHog's ``refresh`` mode as the caller gave it (``UNSET``: PostHog's default).
        deadline: Seconds the whole call may take, polling included (``UNSET``: the client's).
        max_concurrency: How many queries may run at once.

    Raises:
        InvalidArgumentError: An argument has the wrong type or value.
    """

    def __init__(
        self, client: ExperimentsClient, *, refresh: Any, deadline: Any, max_concurrency: Any
    ) -> None:
        self._client = client
        self._settings = client._settings
        self._refresh = queries.check_refresh(refresh)
        self._deadline = _retry.Deadline(queries.check_deadline(deadline, self._settings.deadline))
        self._max_concurrency = queries.check_max_concurrency(max_concurrency)
        self._stop = _concurrency.StopSignal()

    def results(self, id: int) -> ExperimentResults:
        """Every metric's result and the exposures, the queries run side by side."""
        experiment = self._experiment(id)
        data = experiment.to_dict()
        primary, secondary = queries.experiment_metrics(data)
        calls: list[Any] = [
            functools.partial(self._metric, experiment.id, spec) for spec in primary + secondary
        ]
        calls.append(functools.partial(self._exposures, data))
        outcomes = _concurrency.gather_bounded(calls, self._max_concurrency, self._stop)
        exposures = outcomes.pop()
        return ExperimentResults(
            experiment=experiment,
            primary=tuple(outcomes[: len(primary)]),
            secondary=tuple(outcomes[len(primary) :]),
            exposures=exposures,
        )

    def metric_result(self, id: int, metric: Any) -> MetricResult:
        """One metric's result (a uuid of the experiment's, or a metric); raises its error."""
        queries.check_metric(metric)
        experiment = self._experiment(id)
        spec = queries.find_metric(experiment.to_dict(), metric)
        return (self._metric(experiment.id, spec)).raise_for_error()

    def exposures(self, id: int) -> ExposureResults:
        """The experiment's exposures; raises the error of their query."""
        experiment = self._experiment(id)
        return (self._exposures(experiment.to_dict())).raise_for_error()

    def _experiment(self, id: int) -> Experiment:
        return self._client._send(get_call(self._settings, id), deadline=self._deadline)

    def _metric(self, experiment_id: int, spec: queries.MetricSpec) -> MetricResult:
        """One metric's result; a failed query gives the slot its error."""
        try:
            answer = self._query(queries.metric_query(experiment_id, spec))
        except PostHogError as error:
            return queries.metric_result(spec, error=queries.query_error(error))
        return queries.metric_result(spec, answer=answer)

    def _exposures(self, experiment: dict[str, Any]) -> ExposureResults:
        """The exposures; a failed query gives the slot its error."""
        try:
            answer = self._query(queries.exposure_query(experiment))
        except PostHogError as error:
            return queries.exposure_results(error=queries.query_error(error))
        return queries.exposure_results(answer=answer)

    def _query(self, query: dict[str, Any]) -> queries.Answer:
        call = queries.query_call(self._settings, query, self._refresh)
        answer = self._client._send(call, deadline=self._deadline)
        if answer.pending is None:
            return answer
        return self._poll(answer.pending)

    def _poll(self, query_id: str) -> queries.Answer:
        """Poll a running query until it completes; cancel it if this call gives up."""
        try:
            for delay in queries.poll_delays():
                if self._stop.is_set():
                    raise _concurrency.Stopped(query_id)
                left = self._deadline.remaining()
                if left is not None and left <= delay:
                    raise APITimeoutError(
                        f"Query {query_id} was still running when the call's deadline of "
                        f"{self._deadline.seconds:g} s passed; it was cancelled. Pass a longer "
                        "deadline= to results(), or a blocking refresh mode.",
                        request=queries.poll_request(self._settings, query_id),
                    )
                _retry.sleep(delay)
                answer = self._client._send(
                    queries.poll_call(self._settings, query_id), deadline=self._deadline
                )
                if answer.pending is None:
                    return answer
        except QueryFailedError:
            raise  # PostHog ended the query itself: nothing to cancel
        except BaseException:
            _concurrency.shielded(functools.partial(self._cancel, query_id))
            raise
        raise AssertionError("poll_delays() never ends")  # pragma: no cover

    def _cancel(self, query_id: str) -> None:
        """Cancel a query nobody waits for; a failure to cancel is not the caller's problem."""
        with contextlib.suppress(PostHogError):
            self._client._send(
                queries.cancel_call(self._settings, query_id),
                deadline=_retry.Deadline(queries.CANCEL_DEADLINE),
            )
