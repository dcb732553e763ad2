"""The requests of PostHog's experiment actions, and what their answers mean.

Shared by the sync and async clients, like ``_operations`` (whose ``Call`` they build). Each
method and path comes from the generated endpoint module, imported on first use so that
importing the client stays quick.

``ACTIONS`` is the one table of the lifecycle actions PostHog added in 2026: whether a repeat is
safe, and which of PostHog's 400 messages mean "the experiment's state forbids it" (raised as
``ExperimentStateError``) or "an earlier attempt already did it" (a retry then reads the
experiment instead of failing).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import parse_qsl, urlsplit

import httpx

from . import _arguments as check
from ._config import ClientSettings
from ._exceptions import (
    ActionNotOfferedError,
    APIStatusError,
    ExperimentStateError,
    NotFoundError,
)
from ._generated.types import Unset
from ._operations import Call, page_query
from ._page import Page
from ._responses import check_page, parse_experiment, parse_model

if TYPE_CHECKING:
    from ._generated.models import (
        Experiment,
        ExperimentStats,
        ExperimentTimeseriesRecalculation,
        ExperimentTimeseriesResults,
        FeatureFlag,
    )

NOT_LAUNCHED = "Experiment has not been launched yet."
LAUNCHED = "Experiment has already been launched."
ENDED = "Experiment has already ended."
PAUSED = "Experiment is already paused."
NOT_PAUSED = "Experiment is not paused."
DRAFT = "Experiment is already in draft state."
NOT_ENDED = "Experiment must be ended before it can be archived."
ARCHIVED = "Experiment is already archived."
NOT_ARCHIVED = "Experiment is not archived."


class Action(NamedTuple):
    """One of PostHog's experiment actions, as the client treats it.

    Attributes:
        name: The route's last segment, e.g. ``launch``.
        repeatable: PostHog refuses to apply it twice (its guard answers 400), so an attempt
            that may have reached PostHog can be sent again.
        state_errors: PostHog's 400 messages that mean the experiment's state forbids it.
        done: The 400 message a repeat gets when an earlier attempt applied it, or None.
    """

    name: str
    repeatable: bool
    state_errors: frozenset[str]
    done: str | None


def _guarded(name: str, done: str, *others: str) -> Action:
    return Action(name, True, frozenset((done, *others)), done)


ACTIONS: dict[str, Action] = {
    action.name: action
    for action in (
        _guarded("launch", LAUNCHED),
        _guarded("end", ENDED, NOT_LAUNCHED),
        _guarded("pause", PAUSED, NOT_LAUNCHED, ENDED),
        _guarded("resume", NOT_PAUSED, NOT_LAUNCHED, ENDED),
        _guarded("reset", DRAFT),
        _guarded("archive", ARCHIVED, NOT_ENDED),
        _guarded("unarchive", NOT_ARCHIVED),
        # A repeat could open a second change request, or rewrite the flag again.
        Action("ship_variant", False, frozenset(), None),
        # A repeat could copy twice.
        Action("copy_to_project", False, frozenset(), None),
    )
}
# PostHog answers a repeat with the recalculation already pending (200), never a second one.
RECALCULATE = Action("recalculate_timeseries", True, frozenset(), None)


def error_detail(response: httpx.Response) -> str | None:
    """PostHog's ``detail``, from an error envelope or a bare ``{"detail": ...}``."""
    from ._exceptions import decode_body

    body = decode_body(response.content)
    detail = body.get("detail") if isinstance(body, dict) else None
    return detail if isinstance(detail, str) else None


def applied_earlier(call: Call[Any], response: httpx.Response) -> bool:
    """Whether this answer to a repeated attempt says an earlier attempt applied the action."""
    action = call.action
    return (
        action is not None
        and action.done is not None
        and response.status_code == 400
        and error_detail(response) == action.done
    )


# 404 messages that only an existing route sends: the action is there, something else is not.
_ROUTE_EXISTS_404 = frozenset({"Project not found.", "Target team not found."})


def action_of(call: Call[Any]) -> Action:
    if call.action is None:  # every caller builds its call with action_call
        raise TypeError(f"{call.method} {call.path} is not an action")
    return call.action


def may_be_missing_route(error: NotFoundError) -> bool:
    """Whether this 404 may come from a PostHog without the route (its text cannot tell)."""
    return error.detail not in _ROUTE_EXISTS_404


def state_error(call: Call[Any], error: APIStatusError) -> ExperimentStateError | None:
    """``ExperimentStateError`` when PostHog's 400 says the experiment's state forbids the
    action, as the PATCH forms say before sending; None for any other refusal."""
    action = action_of(call)
    if error.status_code != 400 or error.detail not in action.state_errors:
        return None
    return ExperimentStateError(
        f"Experiment {call.experiment_id}: {error.detail} (PostHog refused {action.name}; "
        "nothing was changed)",
        experiment_id=call.experiment_id or 0,
    )


def not_offered(settings: ClientSettings, call: Call[Any]) -> ActionNotOfferedError:
    name = action_of(call).name
    return ActionNotOfferedError(
        f"{settings.host} does not offer the {name} action: this PostHog predates it (PostHog "
        f"added it in 2026), so experiment {call.experiment_id} was not changed. Upgrade PostHog, "
        "or make the change in its web app",
        action=name,
        host=settings.host,
        experiment_id=call.experiment_id,
    )


# ----------------------------------------------------------------------------- lifecycle


def action_call(
    settings: ClientSettings, name: str, id: int, body: Mapping[str, Any] | None = None
) -> Call[Experiment]:
    """The POST of a lifecycle action on experiment ``id``; it answers with the experiment."""
    import importlib

    endpoint = importlib.import_module(
        f"._generated.api.experiments.experiments_{name}_create", __package__
    )
    path = endpoint.request_path(settings.project_id, check.experiment_id(id))
    call: Call[Experiment] = Call(
        endpoint.METHOD,
        path,
        parse_experiment,
        body=None if body is None else check.encode_body(body),
        experiment_id=id,
    )
    call.action = ACTIONS[name]
    return call


def optional_fields(**fields: Any) -> dict[str, Any]:
    """The body of the fields given: ``UNSET`` ones are left out, ``None`` is JSON null."""
    return {name: value for name, value in fields.items() if not isinstance(value, Unset)}


def end_body(conclusion: Any, conclusion_comment: Any) -> dict[str, Any]:
    for name, value in (("conclusion", conclusion), ("conclusion_comment", conclusion_comment)):
        if value is not None and not isinstance(value, Unset):
            check.text(name, value, nullable=True)
    return optional_fields(conclusion=conclusion, conclusion_comment=conclusion_comment)


def ship_variant_body(variant_key: Any, conclusion: Any, conclusion_comment: Any) -> dict[str, Any]:
    return {
        "variant_key": check.text("variant_key", variant_key),
        **end_body(conclusion, conclusion_comment),
    }


def copy_body(target_project_id: Any, name: Any, feature_flag_key: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"target_team_id": check.integer("target_project_id", target_project_id)}
    for key, value in (("name", name), ("feature_flag_key", feature_flag_key)):
        if not isinstance(value, Unset):
            body[key] = check.text(key, value)
    return body


# ----------------------------------------------------------------------------- reads and results


def stats_call(settings: ClientSettings) -> Call[ExperimentStats]:
    from ._generated.api.experiments import experiments_stats_retrieve as endpoint
    from ._generated.models.experiment_stats import ExperimentStats

    def parse(response: httpx.Response) -> ExperimentStats:
        return parse_model(response, ExperimentStats.from_dict, "experiment stats")

    return Call(endpoint.METHOD, endpoint.request_path(settings.project_id), parse)


def timeseries_call(
    settings: ClientSettings, id: int, *, metric_uuid: Any, fingerprint: Any
) -> Call[ExperimentTimeseriesResults]:
    from ._generated.api.experiments import experiments_timeseries_results_retrieve as endpoint
    from ._generated.models.experiment_timeseries_results import ExperimentTimeseriesResults

    def parse(response: httpx.Response) -> ExperimentTimeseriesResults:
        return parse_model(response, ExperimentTimeseriesResults.from_dict, "timeseries result")

    params = {
        "metric_uuid": check.text("metric_uuid", metric_uuid),
        "fingerprint": check.text("fingerprint", fingerprint),
    }
    path = endpoint.request_path(settings.project_id, check.experiment_id(id))
    return Call(endpoint.METHOD, path, parse, params=params, experiment_id=id)


def recalculate_call(
    settings: ClientSettings, id: int, *, metric: Any, fingerprint: Any
) -> Call[ExperimentTimeseriesRecalculation]:
    from ._generated.api.experiments import experiments_recalculate_timeseries_create as endpoint
    from ._generated.models.experiment_timeseries_recalculation import (
        ExperimentTimeseriesRecalculation,
    )

    def parse(response: httpx.Response) -> ExperimentTimeseriesRecalculation:
        return parse_model(
            response, ExperimentTimeseriesRecalculation.from_dict, "timeseries recalculation"
        )

    body = {
        "metric": check.blob("metric", metric),
        "fingerprint": check.text("fingerprint", fingerprint),
    }
    path = endpoint.request_path(settings.project_id, check.experiment_id(id))
    call = Call(endpoint.METHOD, path, parse, body=check.encode_body(body), experiment_id=id)
    call.action = RECALCULATE
    return call


# ----------------------------------------------------------------------------- eligible flags


def eligible_flags_query(
    page_size: Any,
    *,
    search: Any,
    active: Any,
    created_by_id: Any,
    order: Any,
    evaluation_runtime: Any,
    has_evaluation_contexts: Any,
) -> dict[str, str]:
    """The first page's query string, with the arguments' types checked."""
    return page_query(
        page_size,
        (
            ("search", search, check.text),
            ("active", active, check.boolean),
            ("created_by_id", created_by_id, check.integer),
            ("order", order, check.text),
            ("evaluation_runtime", evaluation_runtime, check.text),
            ("has_evaluation_contexts", has_evaluation_contexts, check.boolean),
        ),
    )


def eligible_flags_call(
    settings: ClientSettings, query: Mapping[str, str]
) -> Call[Page[FeatureFlag]]:
    from ._generated.api.experiments import experiments_eligible_feature_flags_retrieve as endpoint

    def parse(response: httpx.Response) -> Page[FeatureFlag]:
        return parse_flag_page(response, query)

    path = endpoint.request_path(settings.project_id)
    return Call(endpoint.METHOD, path, parse, params=query, detach=True)


def parse_flag_page(response: httpx.Response, query: Mapping[str, str]) -> Page[FeatureFlag]:
    """A page of eligible flags. PostHog pages them by hand, with ``results`` and ``count``
    only; the next page's URL is worked out from ``count``, so the pager follows it as a link."""
    from ._generated.models.eligible_feature_flags_page import EligibleFeatureFlagsPage
    from ._generated.models.feature_flag import FeatureFlag

    what = "page of eligible feature flags"
    page = parse_model(response, EligibleFeatureFlagsPage.from_dict, what)
    check_page(response, what, page.results, FeatureFlag, page.count)
    sent = dict(parse_qsl(urlsplit(str(response.request.url)).query))
    offset = int(sent.get("offset", "0")) + len(page.results)
    next_url = None
    if page.results and offset < page.count:
        next_url = str(response.request.url.copy_set_param("offset", str(offset)))
    return Page(
        items=page.results,
        count=page.count,
        next_url=next_url,
        previous_url=None,
        response=response,
        query=dict(query),
    )
