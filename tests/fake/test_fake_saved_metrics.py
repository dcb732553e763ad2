"""/experiment_saved_metrics/: CRUD, validation per version, uuids, names, links, scopes."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from posthog_experiments_client.testing import FakePostHog

from ._support import NOT_FOUND, PROJECT, assert_error, by_version, create, detail, invalid

METRICS = f"/api/projects/{PROJECT}/experiment_saved_metrics/"
MEAN = {
    "kind": "ExperimentMetric",
    "metric_type": "mean",
    "source": {"kind": "EventsNode", "event": "$pageview"},
}
LEGACY = {"kind": "ExperimentTrendsQuery", "count_query": {"kind": "TrendsQuery", "series": []}}
KEYS = ["id", "name", "description", "query", "created_by", "created_at", "updated_at", "tags"]


def _metric(api: httpx.Client, name: str = "Pageviews", query: Any = None, **body: Any) -> Any:
    response = api.post(METRICS, json={"name": name, "query": query or MEAN, **body})
    assert response.status_code == 201, response.text
    return response.json()


def test_create_answers_201_and_2026_gives_the_query_a_uuid(
    api: httpx.Client, fake: FakePostHog
) -> None:
    body = _metric(api, description="All pageviews", tags=["web"])
    assert list(body) == KEYS
    assert (body["description"], body["tags"]) == ("All pageviews", ["web"])
    assert body["created_by"]["id"] == fake.user_id
    if fake.posthog_version == "2025":  # stored as sent
        assert body["query"] == MEAN
        return
    uuid = body["query"].pop("uuid")
    assert isinstance(uuid, str)
    assert len(uuid) == 36
    assert body["query"] == MEAN
    assert api.get(f"{METRICS}{body['id']}/").json()["query"]["uuid"] == uuid


def test_a_uuid_sent_on_create_is_kept(api: httpx.Client) -> None:
    body = _metric(api, query={**MEAN, "uuid": "my-own-uuid"})
    assert body["query"]["uuid"] == "my-own-uuid"


@pytest.mark.parametrize(
    ("payload", "detail_text", "attr", "code"),
    [
        ({"query": MEAN}, "This field is required.", "name", "required"),
        ({"name": "m"}, "This field is required.", "query", "required"),
        (
            {"name": "m", "query": {}},
            "Query is required to create a saved metric",
            "query",
            "invalid_input",
        ),
        ({"name": "m", "query": None}, "This field may not be null.", "query", "null"),
        (
            {"name": "m", "query": {"kind": "ExperimentMetric"}},
            "ExperimentMetric requires a metric_type",
            "query",
            "invalid_input",
        ),
    ],
)
def test_create_validation_in_both_versions(
    api: httpx.Client, payload: dict[str, Any], detail_text: str, attr: str, code: str
) -> None:
    assert_error(api.post(METRICS, json=payload), 400, code, detail_text, attr)
    assert api.get(METRICS).json()["count"] == 0


def test_legacy_kinds_are_refused_in_2026_and_accepted_in_2025(
    api: httpx.Client, fake: FakePostHog
) -> None:
    response = api.post(METRICS, json={"name": "Legacy", "query": LEGACY})
    if fake.posthog_version == "2025":
        assert response.status_code == 201
        assert response.json()["query"]["kind"] == "ExperimentTrendsQuery"
    else:
        invalid(
            response,
            "Legacy metric kind 'ExperimentTrendsQuery' is no longer supported for new saved "
            "metrics. Use 'ExperimentMetric' instead.",
            "query",
        )


def test_unknown_kinds_and_metric_types_get_each_versions_message(
    api: httpx.Client, fake: FakePostHog
) -> None:
    version = fake.posthog_version
    invalid(
        api.post(METRICS, json={"name": "m", "query": {"kind": "Nope"}}),
        by_version(
            version,
            v2025="Metric query kind must be 'ExperimentMetric', 'ExperimentTrendsQuery' or "
            "'ExperimentFunnelsQuery'",
            v2026="Metric query kind must be 'ExperimentMetric'",
        ),
        "query",
    )
    invalid(
        api.post(METRICS, json={"name": "m", "query": {**MEAN, "metric_type": "median"}}),
        by_version(
            version,
            v2025="ExperimentMetric metric_type must be 'mean', 'funnel', or 'ratio'",
            v2026="ExperimentMetric metric_type must be 'mean', 'funnel', 'ratio', or 'retention'",
        ),
        "query",
    )


def test_a_malformed_metric_gets_pydantics_error_list(api: httpx.Client) -> None:
    response = api.post(
        METRICS, json={"name": "m", "query": {"kind": "ExperimentMetric", "metric_type": "mean"}}
    )
    assert response.status_code == 400
    body = response.json()
    assert body["attr"] == "query"
    assert body["detail"] == "[{'type': 'missing', 'loc': ('source',), 'msg': 'Field required'}]"
    ratio = {"kind": "ExperimentMetric", "metric_type": "ratio", "numerator": MEAN["source"]}
    missing = api.post(METRICS, json={"name": "r", "query": ratio}).json()["detail"]
    assert "'loc': ('denominator',), 'msg': 'Field required'" in missing


@pytest.mark.posthog_versions("2025")
def test_2025_legacy_queries_need_their_inner_query(api: httpx.Client) -> None:
    response = api.post(METRICS, json={"name": "m", "query": {"kind": "ExperimentTrendsQuery"}})
    assert response.status_code == 400
    assert "'loc': ('count_query',), 'msg': 'Field required'" in response.json()["detail"]
    funnels = api.post(METRICS, json={"name": "m", "query": {"kind": "ExperimentFunnelsQuery"}})
    assert "'loc': ('funnels_query',), 'msg': 'Field required'" in funnels.json()["detail"]
    created = _metric(api, query=LEGACY)
    assert created["query"] == LEGACY
    renamed = api.patch(f"{METRICS}{created['id']}/", json={"name": "Renamed", "query": LEGACY})
    assert renamed.json()["query"] == LEGACY


def test_names_are_unique_per_project_case_insensitively_in_2026(
    api: httpx.Client, fake: FakePostHog
) -> None:
    first = _metric(api, "Pageviews")
    second = api.post(METRICS, json={"name": "PAGEVIEWS", "query": MEAN})
    renamed_to_taken = api.patch(
        f"{METRICS}{_metric(api, 'Other')['id']}/", json={"name": "pageviews"}
    )
    if fake.posthog_version == "2026":
        invalid(second, "A shared metric with this name already exists.", "name")
        invalid(renamed_to_taken, "A shared metric with this name already exists.", "name")
    else:
        assert second.status_code == 201
        assert renamed_to_taken.status_code == 200
    # Keeping its own name is no clash, and another project may use the name.
    assert api.patch(f"{METRICS}{first['id']}/", json={"name": "pageviews"}).status_code == 200
    elsewhere = f"/api/projects/{fake.second_project_id}/experiment_saved_metrics/"
    assert api.post(elsewhere, json={"name": "Pageviews", "query": MEAN}).status_code == 201


@pytest.mark.posthog_versions("2026")
def test_an_update_keeps_the_uuid_and_refuses_another(api: httpx.Client) -> None:
    metric = _metric(api)
    uuid = metric["query"]["uuid"]
    path = f"{METRICS}{metric['id']}/"
    signups = {**MEAN, "source": {"kind": "EventsNode", "event": "signup"}}
    kept = api.patch(path, json={"query": signups})
    assert kept.status_code == 200
    assert kept.json()["query"] == {**signups, "uuid": uuid}
    same = api.patch(path, json={"query": {**MEAN, "uuid": uuid}})
    assert same.status_code == 200
    other = api.patch(path, json={"query": {**MEAN, "uuid": "another"}})
    invalid(other, "Saved metric UUID cannot be changed", "query")
    assert api.get(path).json()["query"]["uuid"] == uuid


@pytest.mark.posthog_versions("2025")
def test_2025_stores_the_query_as_sent_on_update(api: httpx.Client) -> None:
    metric = _metric(api, query={**MEAN, "uuid": "first"})
    path = f"{METRICS}{metric['id']}/"
    assert api.patch(path, json={"query": MEAN}).json()["query"] == MEAN
    assert api.patch(path, json={"query": {**MEAN, "uuid": "x"}}).json()["query"]["uuid"] == "x"


def test_a_patch_without_query_changes_only_what_it_sends(api: httpx.Client) -> None:
    metric = _metric(api)
    changed = api.patch(f"{METRICS}{metric['id']}/", json={"description": None}).json()
    assert changed["query"] == metric["query"]
    assert changed["description"] is None


def test_list_is_by_lower_name_with_search_and_pages(api: httpx.Client, origin: str) -> None:
    for name in ("beta", "Alpha", "gamma", "alphabet"):
        _metric(api, name)
    names = [m["name"] for m in api.get(METRICS).json()["results"]]
    assert names == ["Alpha", "alphabet", "beta", "gamma"]
    found = api.get(METRICS, params={"search": "ALPHA"}).json()
    assert (found["count"], [m["name"] for m in found["results"]]) == (2, ["Alpha", "alphabet"])
    page = api.get(METRICS, params={"limit": 3}).json()
    assert [m["name"] for m in page["results"]] == names[:3]
    assert page["next"] == f"{origin}{METRICS}?limit=3&offset=3"


def test_options_name_the_viewset_and_fake_saved_metric_renders_it(
    api: httpx.Client, fake: FakePostHog
) -> None:
    metric = _metric(api)
    assert api.options(METRICS).json()["name"] == "Experiment Saved Metric List"
    assert api.options(f"{METRICS}{metric['id']}/").json()["name"] == "Experiment Saved Metric"
    assert fake.saved_metric(metric["id"]) == metric


def test_other_projects_and_unknown_ids_are_not_found(api: httpx.Client, fake: FakePostHog) -> None:
    other = fake.add_saved_metric("Elsewhere", project_id=fake.second_project_id)
    for path in (f"{METRICS}{other}/", f"{METRICS}999/"):
        assert_error(api.get(path), 404, "not_found", NOT_FOUND["detail"])
        assert_error(api.delete(path), 404, "not_found", NOT_FOUND["detail"])


def test_linking_adds_it_to_saved_metrics_and_the_ordering_arrays(api: httpx.Client) -> None:
    primary = _metric(api, "Primary", {**MEAN, "uuid": "uuid-primary"})
    secondary = _metric(api, "Secondary", {**MEAN, "uuid": "uuid-secondary"})
    experiment = create(
        api,
        saved_metrics_ids=[
            {"id": primary["id"], "metadata": {"type": "primary"}},
            {"id": secondary["id"], "metadata": {"type": "secondary"}},
        ],
    )
    links = experiment["saved_metrics"]
    assert [(link["saved_metric"], link["metadata"]["type"], link["name"]) for link in links] == [
        (primary["id"], "primary", "Primary"),
        (secondary["id"], "secondary", "Secondary"),
    ]
    assert links[0]["query"] == primary["query"]
    assert experiment["primary_metrics_ordered_uuids"] == ["uuid-primary"]
    assert experiment["secondary_metrics_ordered_uuids"] == ["uuid-secondary"]


def test_link_metadata_is_kept_as_sent(api: httpx.Client) -> None:
    metric = _metric(api)
    metadata = {"type": "secondary", "uuid": "test-uuid-1"}
    experiment = create(api, saved_metrics_ids=[{"id": metric["id"], "metadata": metadata}])
    assert experiment["saved_metrics"][0]["metadata"] == metadata


def test_deleting_it_removes_the_links(api: httpx.Client) -> None:
    kept, gone = _metric(api, "Kept"), _metric(api, "Gone")
    experiment = create(api, saved_metrics_ids=[{"id": kept["id"]}, {"id": gone["id"]}])
    response = api.delete(f"{METRICS}{gone['id']}/")
    assert (response.status_code, response.content) == (204, b"")
    after = api.get(detail(experiment["id"])).json()
    assert [link["saved_metric"] for link in after["saved_metrics"]] == [kept["id"]]
    assert api.get(METRICS).json()["count"] == 1


def test_unknown_saved_metrics_cannot_be_linked(api: httpx.Client) -> None:
    response = api.post(
        f"/api/projects/{PROJECT}/experiments/",
        json={"name": "x", "feature_flag_key": "x", "saved_metrics_ids": [{"id": 999}]},
    )
    assert response.status_code == 400
    assert response.json()["attr"] == "saved_metrics_ids"


def test_scopes_are_each_versions(connect: Any, fake: FakePostHog) -> None:
    experiment_reader = connect(fake.add_key(scopes=["experiment:read"]))
    metric_reader = connect(fake.add_key(scopes=["experiment_saved_metric:read"]))
    metric_writer = connect(fake.add_key(scopes=["experiment_saved_metric:write"]))
    if fake.posthog_version == "2026":
        assert_error(
            experiment_reader.get(METRICS),
            403,
            "permission_denied",
            "API key missing required scope 'experiment_saved_metric:read'",
        )
        assert metric_reader.get(METRICS).status_code == 200
        assert_error(
            metric_reader.post(METRICS, json={"name": "m", "query": MEAN}),
            403,
            "permission_denied",
            "API key missing required scope 'experiment_saved_metric:write'",
        )
        assert metric_writer.post(METRICS, json={"name": "m", "query": MEAN}).status_code == 201
    else:
        assert experiment_reader.get(METRICS).status_code == 200
        assert_error(
            metric_writer.get(METRICS),
            403,
            "permission_denied",
            "API key missing required scope 'experiment:read'",
        )
