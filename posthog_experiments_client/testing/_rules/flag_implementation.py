"""``requires_flag_implementation``: do the given events already carry ``$feature/`` properties?

PostHog samples up to 20 property blobs per event from the last seven days and answers
``false`` as soon as one contains ``$feature/``. ClickHouse samples at random; the fake
takes the 20 last ingested events of each name, so answers are reproducible.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from .._errors import validation_error
from .._state.store import Store

__all__ = ["requires_flag_implementation"]

SAMPLE_SIZE = 20
WINDOW = timedelta(days=7)


def _entities(params: Mapping[str, str], name: str) -> list[Any]:
    raw = params.get(name)
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        value = None
    if not isinstance(value, list):
        raise validation_error(f"{name} must be a JSON list.", name)
    return value


def _entity_id(entity: Any) -> Any:
    return entity.get("id") if isinstance(entity, dict) else entity


def requires_flag_implementation(
    store: Store, team_id: int, params: Mapping[str, str], now: datetime
) -> bool:
    """Answer the action from the store's ingested events.

    Args:
        store: The fake's tables.
        team_id: The project.
        params: The query string (``events`` and ``actions`` hold JSON lists).
        now: The end of the seven-day window.

    Returns:
        ``True`` unless a sampled event of the selection has a ``$feature/`` property
        (also ``True`` with no events at all).
    """
    names: set[Any] = {_entity_id(e) for e in _entities(params, "events")}
    for entity in _entities(params, "actions"):
        try:
            action_id = int(_entity_id(entity))
        except (TypeError, ValueError):
            continue
        action = store.actions.get(action_id)
        if action is not None and action.team_id == team_id:
            names.update(action.step_events)
    if not names:
        return True
    since = now - WINDOW
    recent: dict[Any, int] = {}
    for event in reversed(store.events.get(team_id, [])):
        if event.event not in names or not since <= event.timestamp <= now:
            continue
        seen = recent.get(event.event, 0)
        if seen >= SAMPLE_SIZE:
            continue
        recent[event.event] = seen + 1
        if "$feature/" in event.properties_json:
            return False
    return True
