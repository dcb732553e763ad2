"""The experiment rules: create, update, duplicate, copy to another project, and validation.

Everything here works on the store and raises :class:`~.._errors.ApiError` (or, for
the few bare bodies, :class:`~.._errors.BareError`); nothing here knows about HTTP.
Each operation validates fully before it changes any row, so a rejected request
leaves the state as it was. Where PostHog's versions differ, the rule asks
:class:`~.versions.PostHogVersion`.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from .._errors import BareError, validation_error
from .._state.models import Experiment, FeatureFlag, Holdout, SavedMetricLink
from .._state.store import Store
from .experiment_fields import validate_experiment_body
from .fields import EMPTY
from .metrics import (
    check_metric_references,
    check_unique_metric_uuids,
    has_legacy_metrics,
    prepare_metrics,
    regenerate_metric_uuids,
)
from .variants import (
    DEFAULT_VARIANTS,
    check_flag_key,
    check_variant_sum,
    check_variants_unchanged,
    rollout,
    variant_keys,
)
from .versions import PostHogVersion

__all__ = ["DEFAULT_VARIANTS", "ExperimentRules"]

# The service pops these write-only switches before the update whitelist.
_SWITCHES = ("allow_unknown_events", "update_feature_flag_params")
# What a legacy-metric experiment may still change in 2026.
_LEGACY_UPDATABLE = frozenset({"name", "description", "end_date", "deleted"})


class ExperimentRules:
    """PostHog's experiment business rules over a :class:`~.._state.store.Store`.

    Args:
        store: The fake's tables.
        version: The PostHog version whose rules apply.
    """

    def __init__(self, store: Store, version: PostHogVersion) -> None:
        self.store = store
        self.version = version

    # ------------------------------------------------------------------ validation

    def validate(
        self,
        team_id: int,
        data: Any,
        *,
        partial: bool,
        defer_parameters: bool = False,
        current_variants: list[Any] | None = None,
    ) -> dict[str, Any]:
        """Run the serializer's field and object validation for ``team_id``."""
        store = self.store
        version = self.version

        def holdout_exists(pk: int) -> bool:
            if version.holdouts_team_scoped:
                return store.holdout_in_team(team_id, pk)
            return store.holdout_exists(pk)

        def keys(validated: dict[str, Any]) -> list[Any]:
            parameters = validated.get("parameters")
            sent = parameters.get("feature_flag_variants") if isinstance(parameters, dict) else None
            return variant_keys(sent or current_variants or DEFAULT_VARIANTS)

        return validate_experiment_body(
            data,
            version=version,
            partial=partial,
            holdout_exists=holdout_exists,
            saved_metrics_found=lambda ids: store.saved_metrics_in_team(team_id, ids),
            defer_parameters=defer_parameters,
            variant_keys=keys,
        )

    def _check_references(self, team_id: int, values: Mapping[str, Any]) -> None:
        if self.version.reject_duplicate_metric_uuids:
            check_unique_metric_uuids([values.get("metrics"), values.get("metrics_secondary")])
        if self.version.check_metric_references and not values.get("allow_unknown_events"):
            check_metric_references(
                self.store,
                team_id,
                [values.get("metrics"), values.get("metrics_secondary")],
            )

    # ------------------------------------------------------------------ create

    def create(self, team_id: int, user_id: int | None, data: Any) -> Experiment:
        """``POST /experiments/``: validate, link or create the flag, store the experiment."""
        validated = self.validate(team_id, data, partial=False)
        self._check_references(team_id, validated)
        return self.create_validated(team_id, user_id, validated)

    def create_validated(
        self, team_id: int, user_id: int | None, validated: dict[str, Any]
    ) -> Experiment:
        """Create from already validated values (the serializer's ``create``)."""
        store = self.store
        version = self.version
        values = dict(validated)
        key: str = values.pop("get_feature_flag_key")
        values.pop("_create_in_folder", None)
        for switch in _SWITCHES:
            values.pop(switch, None)
        saved_metrics = values.pop("saved_metrics_ids", None) or []
        if "parameters" not in values:
            values["parameters"] = version.default_parameters()
        parameters = values.get("parameters")
        holdout = store.holdouts.get(values["holdout"]) if values.get("holdout") else None
        is_draft = values.get("start_date") is None

        flag = version.find_flag(store, team_id, key)
        new_flag_filters: dict[str, Any] | None = None
        if flag is not None:
            version.check_flag_eligible(flag)
        else:
            check_flag_key(key)
            new_flag_filters = self._new_flag_filters(parameters, holdout)
            check_variant_sum(new_flag_filters["multivariate"]["variants"])

        # Nothing can fail below this line, so no half-made rows are left behind.
        if flag is None:
            assert new_flag_filters is not None
            continuity = parameters.get("ensure_experience_continuity") if parameters else None
            flag = store.add_flag(
                team_id=team_id,
                key=key,
                name=f"Feature Flag for Experiment {values['name']}",
                filters=new_flag_filters,
                active=not is_draft,
                ensure_experience_continuity=continuity if isinstance(continuity, bool) else False,
                created_by_id=user_id,
                creation_context="experiments",
            )
        now = store.clock()
        experiment = Experiment(
            id=store.ids.next_id("experiment"),
            team_id=team_id,
            name=values["name"],
            feature_flag_id=flag.id,
            created_by_id=user_id,
            created_at=now,
            updated_at=now,
            stats_config=_with_default_stats_method(values.pop("stats_config", None)),
            exposure_criteria=version.default_exposure_criteria(
                values.pop("exposure_criteria", EMPTY)
            ),
        )
        if "holdout" in values:
            experiment.holdout_id = values.pop("holdout")
        for attr, value in values.items():
            setattr(experiment, attr, value)
        store.add_experiment(experiment)
        self._link_saved_metrics(experiment, saved_metrics)
        prepare_metrics(experiment, store)
        return experiment

    def _new_flag_filters(
        self, parameters: Mapping[str, Any] | None, holdout: Holdout | None
    ) -> dict[str, Any]:
        params = parameters or {}
        variants = params.get("feature_flag_variants") or DEFAULT_VARIANTS
        share = rollout(params) if self.version.flag_config_from_parameters else None
        filters: dict[str, Any] = {
            "groups": [{"properties": [], "rollout_percentage": 100 if share is None else share}],
            "multivariate": {"variants": copy.deepcopy(variants)},
            "aggregation_group_type_index": params.get("aggregation_group_type_index"),
            **self.version.holdout_filter(holdout),
        }
        payloads = params.get("feature_flag_payloads")
        if self.version.flag_config_from_parameters and isinstance(payloads, dict):
            filters["payloads"] = copy.deepcopy(payloads)
        return filters

    def _synced_flag_filters(
        self, flag: FeatureFlag, parameters: Mapping[str, Any], holdout: Holdout | None
    ) -> dict[str, Any]:
        """The flag after a ``parameters`` update: groups kept, the rest from parameters."""
        filters = copy.deepcopy(flag.filters)
        variants = parameters.get("feature_flag_variants") or DEFAULT_VARIANTS
        filters["multivariate"] = {"variants": copy.deepcopy(variants)}
        filters["aggregation_group_type_index"] = parameters.get("aggregation_group_type_index")
        filters.update(self.version.holdout_filter(holdout))
        share = rollout(parameters) if self.version.flag_config_from_parameters else None
        groups = filters.get("groups")
        if (
            share is not None
            and isinstance(groups, list)
            and groups
            and isinstance(groups[0], dict)
        ):
            groups[0]["rollout_percentage"] = share
        payloads = parameters.get("feature_flag_payloads")
        if self.version.flag_config_from_parameters and isinstance(payloads, dict):
            filters["payloads"] = copy.deepcopy(payloads)
        return filters

    # ------------------------------------------------------------------ update

    def check_restore(self, experiment: Experiment) -> None:
        """2026 refuses to restore an experiment whose flag is deleted."""
        flag = self.store.flags[experiment.feature_flag_id]
        if self.version.restore_guard and experiment.deleted is True and flag.deleted:
            raise validation_error(
                "Cannot restore experiment: the linked feature flag has been deleted. Restore "
                "the feature flag first, then restore the experiment."
            )

    def update(self, experiment: Experiment, data: Any, *, partial: bool) -> Experiment:
        """``PATCH``/``PUT``: whitelist, guards, launched checks, flag sync, then the changes."""
        store = self.store
        version = self.version
        flag = store.flags[experiment.feature_flag_id]
        defer = version.parameters_after_launch_guard
        values = self.validate(
            experiment.team_id,
            data,
            partial=partial,
            defer_parameters=defer,
            current_variants=flag.variants(),
        )
        switches = {name: values.pop(name, False) for name in _SWITCHES}
        replace_saved_metrics = "saved_metrics_ids" in values
        saved_metrics = values.pop("saved_metrics_ids", None) or []
        if replace_saved_metrics and "saved_metrics_ids" in version.update_keys:
            values["saved_metrics_ids"] = saved_metrics  # whitelisted in 2026

        extra = set(values) - version.update_keys
        if values.get("get_feature_flag_key") == flag.key:
            extra.discard("get_feature_flag_key")
        if extra:
            raise validation_error(f"Can't update keys: {', '.join(sorted(extra))} on Experiment")
        values.pop("get_feature_flag_key", None)
        values.pop("saved_metrics_ids", None)

        if version.legacy_metrics_guard and has_legacy_metrics(experiment, store):
            self._check_legacy_update(experiment, values, replace_saved_metrics)

        parameters = values.get("parameters")
        if not experiment.is_draft:
            if isinstance(parameters, dict) and parameters.get("feature_flag_variants") is not None:
                check_variants_unchanged(parameters["feature_flag_variants"], flag.variants())
            if "holdout" in values and values["holdout"] != experiment.holdout_id:
                raise validation_error("Can't update holdout on running Experiment")
        if defer and "parameters" in values:
            parameters = values["parameters"] = version.check_parameters(parameters, "parameters")

        filters = values.get("filters")
        if isinstance(filters, dict) and filters.get("properties"):
            raise validation_error("Experiments do not support global filter properties")

        launching = experiment.is_draft and values.get("start_date") is not None
        if launching and version.check_launch is not None:
            version.check_launch(flag)
        self._check_references(experiment.team_id, {**values, **switches})

        new_flag_filters: dict[str, Any] | None = None
        if experiment.is_draft or switches["update_feature_flag_params"]:
            holdout_id = values.get("holdout", experiment.holdout_id)
            holdout = store.holdouts.get(holdout_id) if holdout_id else None
            if parameters:
                new_flag_filters = self._synced_flag_filters(flag, parameters, holdout)
                check_variant_sum(new_flag_filters["multivariate"]["variants"])
            elif "holdout" in values:
                new_flag_filters = {**flag.filters, **version.holdout_filter(holdout)}

        # Validation is over: apply the changes.
        if new_flag_filters is not None and new_flag_filters != flag.filters:
            flag.filters = new_flag_filters
            flag.version = (flag.version or 0) + 1
        if launching:
            flag.active = True
        if "holdout" in values:
            experiment.holdout_id = values.pop("holdout")
        for attr, value in values.items():
            setattr(experiment, attr, value)
        if replace_saved_metrics:
            self._replace_saved_metrics(experiment, saved_metrics)
        prepare_metrics(experiment, store)
        experiment.updated_at = store.clock()
        return experiment

    def _check_legacy_update(
        self, experiment: Experiment, values: Mapping[str, Any], saved_metrics: bool
    ) -> None:
        blocked = (set(values) | ({"saved_metrics_ids"} if saved_metrics else set())) - (
            _LEGACY_UPDATABLE
        )
        if blocked:
            raise validation_error(
                "This experiment uses legacy metric formats and can only have its name, "
                "description, or end_date updated. Cannot update: "
                + ", ".join(sorted("holdout_id" if k == "holdout" else k for k in blocked))
            )
        end = values.get("end_date")
        if end is not None and experiment.start_date is not None and end <= experiment.start_date:
            raise validation_error("End date must be after start date")

    # ------------------------------------------------------------------ saved metrics

    def _link_saved_metrics(self, experiment: Experiment, items: list[Any]) -> None:
        store = self.store
        for item in items:
            link = SavedMetricLink(
                id=store.ids.next_id("saved_metric_link"),
                experiment_id=experiment.id,
                saved_metric_id=int(item["id"]),
                metadata=item.get("metadata", {"type": "primary"}),
                created_at=store.clock(),
            )
            store.saved_metric_links[link.id] = link
            experiment.saved_metric_link_ids.append(link.id)

    def _replace_saved_metrics(self, experiment: Experiment, items: list[Any]) -> None:
        """2025 deletes and recreates every link; 2026 keeps the links that stay."""
        store = self.store
        old = experiment.saved_metric_link_ids
        reusable: dict[int, int] = {}
        if not self.version.saved_metrics_relinked:
            reusable = {store.saved_metric_links[i].saved_metric_id: i for i in old}
        experiment.saved_metric_link_ids = []
        for item in items:
            link_id = reusable.pop(int(item["id"]), None)
            if link_id is None:
                self._link_saved_metrics(experiment, [item])
            else:
                store.saved_metric_links[link_id].metadata = item.get(
                    "metadata", {"type": "primary"}
                )
                experiment.saved_metric_link_ids.append(link_id)
        for link_id in old:
            if link_id not in experiment.saved_metric_link_ids:
                store.saved_metric_links.pop(link_id, None)

    # ------------------------------------------------------------------ duplicate

    def _copy_payload(self, source: Experiment, name: Any, flag_key: Any) -> dict[str, Any]:
        store = self.store
        links = [store.saved_metric_links[i] for i in source.saved_metric_link_ids]
        payload: dict[str, Any] = copy.deepcopy(
            {
                "name": name,
                "description": source.description,
                "type": source.type,
                "parameters": source.parameters,
                "filters": source.filters,
                "metrics": source.metrics,
                "metrics_secondary": source.metrics_secondary,
                "stats_config": source.stats_config,
                "exposure_criteria": source.exposure_criteria,
                "saved_metrics_ids": [
                    {"id": link.saved_metric_id, "metadata": link.metadata} for link in links
                ],
                "feature_flag_key": flag_key,
                "primary_metrics_ordered_uuids": source.primary_metrics_ordered_uuids,
                "secondary_metrics_ordered_uuids": source.secondary_metrics_ordered_uuids,
            }
        )
        for attr in self.version.duplicate_extra_fields:
            payload[attr] = copy.deepcopy(getattr(source, attr))
        if self.version.duplicate_new_metric_uuids:
            regenerate_metric_uuids(payload, store)
        return payload

    def _guard_legacy(self, source: Experiment, action: str) -> None:
        if self.version.legacy_metrics_guard and has_legacy_metrics(source, self.store):
            raise BareError(
                400, {"detail": f"{action} is not supported for experiments using legacy metrics."}
            )

    def duplicate(self, source: Experiment, user_id: int | None, body: Any) -> Experiment:
        """``POST /{id}/duplicate/``: a draft copy through the normal create path."""
        store = self.store
        self._guard_legacy(source, "Duplication")
        options = body if isinstance(body, Mapping) else {}
        flag_key = options.get("feature_flag_key")
        if flag_key is None:
            flag_key = store.flags[source.feature_flag_id].key
        name = options.get("name") if self.version.duplicate_reads_name else None
        if name is None:
            name = self._copy_name(source)
        payload = self._copy_payload(source, name, flag_key)
        if flag_key != store.flags[source.feature_flag_id].key:
            self._variants_from_existing_flag(payload, source.team_id)
        if self.version.check_metric_references:
            payload["allow_unknown_events"] = True
        return self.create(source.team_id, user_id, payload)

    def _variants_from_existing_flag(self, payload: dict[str, Any], team_id: int) -> None:
        """2026: a copy linked to another existing flag takes that flag's variants."""
        key = payload.get("feature_flag_key")
        if not self.version.duplicate_variants_from_flag or not isinstance(key, str):
            return
        flag = self.version.find_flag(self.store, team_id, key.strip())
        parameters = payload.get("parameters")
        if flag is not None and isinstance(parameters, dict) and flag.variants():
            parameters["feature_flag_variants"] = copy.deepcopy(flag.variants())

    def _copy_name(self, source: Experiment) -> str:
        taken = {e.name for e in self.store.team_experiments[source.team_id] if e.deleted is False}
        base = f"{source.name} (Copy)"
        candidate, counter = base, 1
        while candidate in taken:
            candidate = f"{base} {counter}"
            counter += 1
        return candidate

    # ------------------------------------------------------------------ copy to project

    def copy_to_project(
        self, source: Experiment, target_team_id: int, user_id: int | None, body: Mapping[str, Any]
    ) -> Experiment:
        """``POST /{id}/copy_to_project/`` (2026): a draft copy in another project.

        The caller has checked the target project and the user's access to it. Saved
        metrics and the holdout belong to the source project and are not copied.
        """
        self._guard_legacy(source, "Copying")
        name = body.get("name") or source.name
        flag_key = body.get("feature_flag_key") or self.store.flags[source.feature_flag_id].key
        payload = self._copy_payload(source, name, flag_key)
        payload["saved_metrics_ids"] = []
        payload["allow_unknown_events"] = True
        self._variants_from_existing_flag(payload, target_team_id)
        return self.create(target_team_id, user_id, payload)


def _with_default_stats_method(stats_config: Any) -> Any:
    if not stats_config:
        return {"method": "bayesian"}
    if isinstance(stats_config, dict) and not stats_config.get("method"):
        return {**stats_config, "method": "bayesian"}
    return stats_config
