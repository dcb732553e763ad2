"""2026's lifecycle actions (routed under 2026 only), with ``experiment_service.py``'s messages.

launch, end, pause, resume, reset, archive, unarchive and ship_variant. Each checks
everything first and then changes the experiment and its flag together, so flag and
experiment never disagree: pause switches the flag off (status ``paused``), resume
back on, ship_variant rewrites the variants, reset clears dates and conclusion.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from .._errors import BareError, validation_error
from .._state.models import Experiment, FeatureFlag
from .._state.store import Store
from . import fields as f
from .experiment_fields import CONCLUSION_CHOICES
from .metrics import prepare_metrics
from .variants import variant_keys
from .versions import PostHogVersion

__all__ = [
    "RELEASE_GROUP_DESCRIPTION",
    "archive",
    "end",
    "launch",
    "pause",
    "reset",
    "resume",
    "ship_variant",
    "unarchive",
]

RELEASE_GROUP_DESCRIPTION = (
    "Added automatically when the experiment was ended to keep only one variant."
)
NOT_LAUNCHED = "Experiment has not been launched yet."
ALREADY_ENDED = "Experiment has already ended."


def _flag(store: Store, experiment: Experiment) -> FeatureFlag | None:
    return store.flags.get(experiment.feature_flag_id)


def _touch(store: Store, experiment: Experiment) -> Experiment:
    experiment.updated_at = store.clock()
    return experiment


def _conclusion(body: Mapping[str, Any]) -> dict[str, Any]:
    """The optional ``conclusion`` and ``conclusion_comment`` of end and ship_variant."""
    values: dict[str, Any] = {}
    if "conclusion" in body:
        values["conclusion"] = f.choice(
            body["conclusion"], "conclusion", CONCLUSION_CHOICES, allow_null=True
        )
    if "conclusion_comment" in body:
        values["conclusion_comment"] = f.char(
            body["conclusion_comment"], "conclusion_comment", allow_null=True, allow_blank=True
        )
    return values


def launch(store: Store, version: PostHogVersion, experiment: Experiment) -> Experiment:
    """Start a draft now and switch its flag on."""
    if experiment.start_date is not None:
        raise validation_error("Experiment has already been launched.")
    flag = _flag(store, experiment)
    if flag is None:
        raise validation_error("Experiment does not have a feature flag linked.")
    if version.check_launch is not None:
        version.check_launch(flag)
    experiment.start_date = store.clock()
    flag.active = True
    prepare_metrics(experiment, store)  # fingerprints include the start date
    return _touch(store, experiment)


def end(experiment: Experiment, store: Store, body: Mapping[str, Any]) -> Experiment:
    """Stop a running experiment now; the flag keeps serving its variants."""
    values = _conclusion(body)  # the request serializer runs before the service
    if experiment.start_date is None:
        raise validation_error(NOT_LAUNCHED)
    if experiment.end_date is not None:
        raise validation_error(ALREADY_ENDED)
    experiment.end_date = store.clock()
    for attr, value in values.items():
        setattr(experiment, attr, value)
    return _touch(store, experiment)


def _running_flag(store: Store, experiment: Experiment) -> FeatureFlag:
    if experiment.start_date is None:
        raise validation_error(NOT_LAUNCHED)
    if experiment.end_date is not None:
        raise validation_error(ALREADY_ENDED)
    flag = _flag(store, experiment)
    if flag is None:
        raise validation_error("Experiment does not have a feature flag linked.")
    return flag


def pause(experiment: Experiment, store: Store) -> Experiment:
    """Switch a running experiment's flag off (status ``paused``)."""
    flag = _running_flag(store, experiment)
    if not flag.active:
        raise validation_error("Experiment is already paused.")
    flag.active = False
    return _touch(store, experiment)


def resume(experiment: Experiment, store: Store) -> Experiment:
    """Switch a paused experiment's flag back on."""
    flag = _running_flag(store, experiment)
    if flag.active:
        raise validation_error("Experiment is not paused.")
    flag.active = True
    return _touch(store, experiment)


def reset(experiment: Experiment, store: Store) -> Experiment:
    """Back to draft: dates, archived and the conclusion cleared; the flag is untouched."""
    if experiment.start_date is None:
        raise validation_error("Experiment is already in draft state.")
    experiment.start_date = None
    experiment.end_date = None
    experiment.archived = False
    experiment.conclusion = None
    experiment.conclusion_comment = None
    prepare_metrics(experiment, store)
    return _touch(store, experiment)


def archive(experiment: Experiment, store: Store) -> Experiment:
    """Archive an ended experiment."""
    if experiment.start_date is None or experiment.end_date is None:
        raise validation_error("Experiment must be ended before it can be archived.")
    if experiment.archived:
        raise validation_error("Experiment is already archived.")
    experiment.archived = True
    return _touch(store, experiment)


def unarchive(experiment: Experiment, store: Store) -> Experiment:
    """Bring an archived experiment back to the default list."""
    if not experiment.archived:
        raise validation_error("Experiment is not archived.")
    experiment.archived = False
    return _touch(store, experiment)


def ship_variant(
    experiment: Experiment,
    store: Store,
    body: Mapping[str, Any],
    *,
    approval_required: bool,
) -> Experiment:
    """Serve one variant to everyone and end the experiment if it is still running.

    Raises:
        ApiError: 400 for a draft, a missing flag or an unknown variant.
        BareError: 409 with ``change_request_id`` when an approval policy applies
            (nothing is changed then).
    """
    if "variant_key" not in body:
        raise validation_error("This field is required.", "variant_key", "required")
    key = f.char(body["variant_key"], "variant_key")
    values = _conclusion(body)
    if experiment.start_date is None:
        raise validation_error(NOT_LAUNCHED)
    flag = _flag(store, experiment)
    if flag is None:
        raise validation_error("Experiment does not have a linked feature flag.")
    variants = flag.variants()
    if key not in variant_keys(variants):
        raise validation_error(f"Variant '{key}' not found on feature flag.")
    if approval_required:
        raise BareError(
            409,
            {
                "detail": "This change requires approval. A change request has been created.",
                "change_request_id": store.ids.uuid4(),
            },
        )

    filters = copy.deepcopy(flag.filters)
    filters["multivariate"] = {
        **(filters.get("multivariate") or {}),
        "variants": [
            {**v, "rollout_percentage": 100 if v.get("key") == key else 0}
            for v in variants
            if isinstance(v, dict)
        ],
    }
    raw_groups = filters.get("groups")
    groups: list[Any] = raw_groups if isinstance(raw_groups, list) else []
    everyone = [
        g
        for g in groups
        if isinstance(g, dict) and not g.get("properties") and g.get("rollout_percentage") == 100
    ]
    if not everyone:
        release = {
            "properties": [],
            "rollout_percentage": 100,
            "description": RELEASE_GROUP_DESCRIPTION,
        }
        filters["groups"] = [release, *groups]
    flag.filters = filters
    flag.version = (flag.version or 0) + 1
    if experiment.end_date is None:
        experiment.end_date = store.clock()
    for attr, value in values.items():
        setattr(experiment, attr, value)
    return _touch(store, experiment)
