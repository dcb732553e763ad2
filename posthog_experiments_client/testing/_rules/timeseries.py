"""Timeseries results of one metric, and requests to recalculate them.

The fake computes no results: ``timeseries_results`` reports the state of the latest
recalculation for the metric's uuid and fingerprint (``pending`` until one completes),
with an empty ``timeseries``. ``recalculate_timeseries`` answers 201 when it starts a
recalculation and 200 with the existing one while it is pending or in progress.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._errors import validation_error
from .._state.models import Experiment, TimeseriesRecalculation
from .._state.store import Store
from .fields import format_datetime

__all__ = ["recalculate_timeseries", "timeseries_results"]

_ACTIVE = ("pending", "in_progress")


def _latest(
    store: Store, experiment: Experiment, metric_uuid: str, fingerprint: str
) -> TimeseriesRecalculation | None:
    found = [
        r
        for r in store.recalculations.values()
        if r.experiment_id == experiment.id
        and r.metric_uuid == metric_uuid
        and r.fingerprint == fingerprint
    ]
    return found[-1] if found else None


def _recalculation_json(row: TimeseriesRecalculation) -> dict[str, Any]:
    return {
        "id": row.id,
        "experiment_id": row.experiment_id,
        "metric_uuid": row.metric_uuid,
        "fingerprint": row.fingerprint,
        "status": row.status,
        "created_at": format_datetime(row.created_at),
    }


def timeseries_results(
    store: Store, experiment: Experiment, params: Mapping[str, str]
) -> dict[str, Any]:
    """``GET /{id}/timeseries_results/?metric_uuid=&fingerprint=``."""
    metric_uuid, fingerprint = params.get("metric_uuid"), params.get("fingerprint")
    if not metric_uuid:
        raise validation_error("metric_uuid query parameter is required")
    if not fingerprint:
        raise validation_error("fingerprint query parameter is required")
    latest = _latest(store, experiment, metric_uuid, fingerprint)
    return {
        "experiment_id": experiment.id,
        "metric_uuid": metric_uuid,
        "status": latest.status if latest is not None else "pending",
        "timeseries": {},
        "errors": {},
        "computed_at": None,
        "created_at": format_datetime(latest.created_at) if latest is not None else None,
        "updated_at": format_datetime(latest.created_at) if latest is not None else None,
    }


def recalculate_timeseries(
    store: Store, experiment: Experiment, body: Any
) -> tuple[int, dict[str, Any]]:
    """``POST /{id}/recalculate_timeseries/`` with ``{"metric": {...}, "fingerprint": "..."}``."""
    data = body if isinstance(body, Mapping) else {}
    metric = data.get("metric")
    fingerprint = data.get("fingerprint")
    if not isinstance(metric, dict):
        raise validation_error("metric is required")
    if not isinstance(fingerprint, str) or not fingerprint:
        raise validation_error("fingerprint is required")
    metric_uuid = metric.get("uuid")
    if not isinstance(metric_uuid, str) or not metric_uuid:
        raise validation_error("metric must have a uuid")
    latest = _latest(store, experiment, metric_uuid, fingerprint)
    if latest is not None and latest.status in _ACTIVE:
        return 200, _recalculation_json(latest)
    row = TimeseriesRecalculation(
        id=store.ids.uuid4(),
        experiment_id=experiment.id,
        metric_uuid=metric_uuid,
        fingerprint=fingerprint,
        metric=metric,
        status="pending",
        created_at=store.clock(),
    )
    store.recalculations[row.id] = row
    return 201, _recalculation_json(row)
