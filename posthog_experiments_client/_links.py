"""``holdout=`` and ``saved_metrics=``: an experiment's links given as models or ids.

``create`` and ``update`` take the spec's ``holdout_id`` and ``saved_metrics_ids`` as they are,
and two conveniences beside them, turned into those fields before anything is sent:

* ``holdout``: an ``ExperimentHoldout`` (or its int id); ``None`` sends ``holdout_id: null``,
  which unlinks it.
* ``saved_metrics``: a list whose items are a saved metric (an ``ExperimentSavedMetric`` or its
  int id), which links it as primary, or a ``(metric, type)`` pair, where ``type`` is
  ``"primary"`` or ``"secondary"`` (sent as given: PostHog judges it). The list replaces the
  experiment's links.

Each convenience and its spec field are two spellings of one field: giving both is an
``InvalidArgumentError``. ``LINK_ARGUMENTS`` is the one table of them; ``scripts/writable_fields.py``
writes them into the signatures and docstrings of ``create`` and ``update``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from ._exceptions import InvalidArgumentError
from ._generated.types import UNSET, Unset


class LinkArgument(NamedTuple):
    """A façade-only argument of ``create``/``update`` and the spec field it fills."""

    name: str
    field: str
    annotation: str
    doc: str
    models: tuple[str, ...]


LINK_ARGUMENTS: tuple[LinkArgument, ...] = (
    LinkArgument(
        "holdout",
        "holdout_id",
        "ExperimentHoldout | int | Unset | None",
        "The holdout to link, which null unlinks: an ``ExperimentHoldout`` or its int id "
        "(instead of ``holdout_id``).",
        ("ExperimentHoldout",),
    ),
    LinkArgument(
        "saved_metrics",
        "saved_metrics_ids",
        "Sequence[ExperimentSavedMetric | int | tuple[ExperimentSavedMetric | int, str]] | Unset",
        "Saved metrics to link (instead of ``saved_metrics_ids``): each an "
        '``ExperimentSavedMetric`` or its int id (primary), or a pair ``(metric, "primary")`` '
        'or ``(metric, "secondary")``. Replaces the links on update.',
        ("ExperimentSavedMetric",),
    ),
)


def _type_name(value: object) -> str:
    return type(value).__name__


def _metric_id(name: str, value: Any) -> int:
    """The id of a saved metric or holdout given as a model (with an int ``id``) or an int."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    model_id = getattr(value, "id", None)
    if callable(getattr(value, "to_dict", None)) and isinstance(model_id, int):
        return model_id
    raise InvalidArgumentError(f"{name} must be a model or an int id, got {_type_name(value)}")


def _holdout_id(value: Any) -> int | None:
    return None if value is None else _metric_id("holdout", value)


def _saved_metric_refs(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, (str, bytes, Mapping)) or not isinstance(value, Sequence):
        raise InvalidArgumentError(
            "saved_metrics must be a list of saved metrics, ids or (metric, type) pairs, "
            f"got {_type_name(value)}"
        )
    refs = []
    for index, item in enumerate(value):
        name = f"saved_metrics[{index}]"
        if isinstance(item, tuple):
            if len(item) != 2:
                raise InvalidArgumentError(f"{name} must be a (metric, type) pair")
            metric, kind = item
            if not isinstance(kind, str):
                raise InvalidArgumentError(
                    f"{name}: the type must be a str such as 'primary', got {_type_name(kind)}"
                )
            refs.append({"id": _metric_id(name, metric), "metadata": {"type": kind}})
        else:
            refs.append({"id": _metric_id(name, item), "metadata": {"type": "primary"}})
    return refs


_CONVERT = {"holdout": _holdout_id, "saved_metrics": _saved_metric_refs}


def with_links(fields: Mapping[str, Any]) -> dict[str, Any]:
    """``fields`` with the conveniences turned into their spec fields (and removed).

    Raises:
        InvalidArgumentError: A convenience has the wrong type, or it and its spec field
            were both given.
    """
    out = dict(fields)
    for link in LINK_ARGUMENTS:
        value = out.pop(link.name, None)
        if link.name not in fields or isinstance(value, Unset):
            continue
        if not isinstance(out.get(link.field, UNSET), Unset):
            raise InvalidArgumentError(
                f"Pass {link.name} or {link.field}, not both: they set the same field."
            )
        out[link.field] = _CONVERT[link.name](value)
    return out
