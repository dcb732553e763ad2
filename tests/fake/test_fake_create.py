"""POST /experiments/."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from posthog_experiments_client.testing import FakePostHog

from ._support import BASE, assert_error, by_version, create, experiment_keys, invalid

DEFAULT_VARIANTS = [
    {"key": "control", "name": "Control Group", "rollout_percentage": 50},
    {"key": "test", "name": "Test Variant", "rollout_percentage": 50},
]


def test_minimal_create_returns_201_in_the_versions_shape(
    api: httpx.Client, fake: FakePostHog
) -> None:
    version = fake.posthog_version
    response = api.post(BASE, json={"name": "Checkout test", "feature_flag_key": "checkout-test"})
    assert response.status_code == 201
    body = response.json()
    assert list(body) == experiment_keys(version)
    assert body["id"] == 1
    assert body["name"] == "Checkout test"
    assert body["feature_flag_key"] == "checkout-test"
    assert body["feature_flag"] == {
        "id": 1,
        "team_id": 1,
        "name": "Feature Flag for Experiment Checkout test",
        "key": "checkout-test",
        "filters": {
            "groups": [{"properties": [], "rollout_percentage": 100}],
            "multivariate": {"variants": DEFAULT_VARIANTS},
            "aggregation_group_type_index": None,
            by_version(version, v2025="holdout_groups", v2026="holdout"): None,
        },
        "deleted": False,
        "active": False,
        "ensure_experience_continuity": False,
        "has_encrypted_payloads": False,
        "version": 1,
        "evaluation_runtime": "all",
        "evaluation_tags": [],
        **by_version(
            version, v2025={}, v2026={"bucketing_identifier": None, "evaluation_contexts": []}
        ),
    }
    assert body["created_by"] == {
        "id": fake.user_id,
        "uuid": body["created_by"]["uuid"],
        "distinct_id": body["created_by"]["distinct_id"],
        "first_name": "Ada",
        "last_name": "Lovelace",
        "email": "ada@example.com",
        "is_email_verified": True,
        "hedgehog_config": None,
        "role_at_organization": "engineering",
    }
    expected_defaults: dict[str, object] = {
        "description": "",
        "start_date": None,
        "end_date": None,
        "holdout": None,
        "holdout_id": None,
        "exposure_cohort": None,
        "parameters": by_version(version, v2025={}, v2026=None),
        "secondary_metrics": [],
        "saved_metrics": [],
        "saved_metrics_ids": None,
        "filters": {},
        "archived": False,
        "deleted": False,
        "created_at": "2026-01-01T12:00:00Z",
        "updated_at": "2026-01-01T12:00:00Z",
        "type": "product",
        "exposure_criteria": by_version(version, v2025={}, v2026={"filterTestAccounts": True}),
        "metrics": [],
        "metrics_secondary": [],
        "stats_config": {"method": "bayesian"},
        "conclusion": None,
        "conclusion_comment": None,
        "primary_metrics_ordered_uuids": None,
        "secondary_metrics_ordered_uuids": None,
        "user_access_level": "editor",
        **by_version(
            version,
            v2025={},
            v2026={
                "scheduling_config": None,
                "exposure_preaggregation_enabled": False,
                "running_time_calculation": None,
                "only_count_matured_users": False,
                "status": "draft",
            },
        ),
    }
    assert {k: body[k] for k in expected_defaults} == expected_defaults
    assert "_create_in_folder" not in body


@pytest.mark.parametrize(
    ("payload", "missing"),
    [({}, "name"), ({"feature_flag_key": "k"}, "name"), ({"name": "N"}, "feature_flag_key")],
)
def test_name_and_flag_key_are_required(
    api: httpx.Client, payload: dict[str, str], missing: str
) -> None:
    assert_error(api.post(BASE, json=payload), 400, "required", "This field is required.", missing)


@pytest.mark.parametrize(
    ("payload", "code", "message", "attr"),
    [
        ({"name": "  "}, "blank", "This field may not be blank.", "name"),
        ({"name": None}, "null", "This field may not be null.", "name"),
        (
            {"name": "x" * 401},
            "max_length",
            "Ensure this field has no more than 400 characters.",
            "name",
        ),
        ({"name": ["a"]}, "invalid_input", "Not a valid string.", "name"),
        ({"feature_flag_key": ""}, "blank", "This field may not be blank.", "feature_flag_key"),
        ({"type": "mobile"}, "invalid_choice", '"mobile" is not a valid choice.', "type"),
        ({"conclusion": "maybe"}, "invalid_choice", '"maybe" is not a valid choice.', "conclusion"),
        ({"archived": "perhaps"}, "invalid_input", "Must be a valid boolean.", "archived"),
        ({"archived": None}, "null", "This field may not be null.", "archived"),
        (
            {"filters": []},
            "not_a_dict",
            'Expected a dictionary of items but got type "list".',
            "filters",
        ),
        (
            {"holdout_id": "abc"},
            "incorrect_type",
            "Incorrect type. Expected pk value, received str.",
            "holdout_id",
        ),
        (
            {"holdout_id": 999},
            "does_not_exist",
            'Invalid pk "999" - object does not exist.',
            "holdout_id",
        ),
        (
            {"saved_metrics_ids": {"id": 1}},
            "not_a_list",
            'Expected a list of items but got type "dict".',
            "saved_metrics_ids",
        ),
    ],
)
def test_field_errors(
    api: httpx.Client, payload: dict[str, object], code: str, message: str, attr: str
) -> None:
    body = {"name": "N", "feature_flag_key": "k", **payload}
    assert_error(api.post(BASE, json=body), 400, code, message, attr)


def test_description_length_limit(api: httpx.Client, fake: FakePostHog) -> None:
    limit = by_version(fake.posthog_version, v2025=400, v2026=3000)
    assert create(api, "Long", description="d" * limit)["description"] == "d" * limit
    assert_error(
        api.post(
            BASE, json={"name": "N", "feature_flag_key": "k", "description": "d" * (limit + 1)}
        ),
        400,
        "max_length",
        f"Ensure this field has no more than {limit} characters.",
        "description",
    )


@pytest.mark.posthog_versions("2026")
def test_conclusion_comment_limit_2026(api: httpx.Client) -> None:
    assert_error(
        api.post(
            BASE, json={"name": "N", "feature_flag_key": "k", "conclusion_comment": "c" * 4001}
        ),
        400,
        "max_length",
        "Ensure this field has no more than 4000 characters.",
        "conclusion_comment",
    )


@pytest.mark.parametrize("field", ["start_date", "end_date"])
@pytest.mark.parametrize("value", ["yesterday", "2026-13-01T00:00:00Z", 12345, True])
def test_bad_datetimes(api: httpx.Client, field: str, value: object) -> None:
    response = api.post(BASE, json={"name": "N", "feature_flag_key": "k", field: value})
    invalid(
        response,
        "Datetime has wrong format. Use one of these formats instead: "
        "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].",
        field,
    )


def test_only_the_first_error_in_field_order_is_reported(api: httpx.Client) -> None:
    # `name` comes before `type` in the serializer, whatever the JSON order.
    response = api.post(BASE, json={"type": "bad", "feature_flag_key": "k", "name": ""})
    assert response.json()["attr"] == "name"


def test_end_date_must_be_after_start_date(api: httpx.Client) -> None:
    for end in ("2026-01-01T00:00:00Z", "2025-12-31T00:00:00Z"):
        response = api.post(
            BASE,
            json={
                "name": "N",
                "feature_flag_key": "k",
                "start_date": "2026-01-01T00:00:00Z",
                "end_date": end,
            },
        )
        invalid(response, "End date must be after start date")


def test_datetimes_are_normalised_to_utc(api: httpx.Client) -> None:
    body = create(api, "Dated", start_date="2026-02-01T10:00:00+02:00", end_date="2026-03-01")
    assert body["start_date"] == "2026-02-01T08:00:00Z"
    assert body["end_date"] == "2026-03-01T00:00:00Z"


def test_launched_create_makes_an_active_flag(api: httpx.Client) -> None:
    body = create(api, "Live", start_date="2026-01-01T00:00:00Z")
    assert body["feature_flag"]["active"] is True


def test_numbers_are_accepted_as_strings_like_drf(api: httpx.Client) -> None:
    response = api.post(BASE, json={"name": 123, "feature_flag_key": "num-key"})
    assert response.status_code == 201
    assert response.json()["name"] == "123"


@pytest.mark.parametrize(
    ("key", "message", "code"),
    [
        (
            "has space",
            "Only letters, numbers, hyphens (-) & underscores (_) are allowed.",
            "invalid_key",
        ),
        (
            "emoji-🚀",
            "Only letters, numbers, hyphens (-) & underscores (_) are allowed.",
            "invalid_key",
        ),
        ("k" * 401, "Ensure this field has no more than 400 characters.", "max_length"),
    ],
)
def test_new_flag_key_validation(
    api: httpx.Client, fake: FakePostHog, key: str, message: str, code: str
) -> None:
    response = api.post(BASE, json={"name": "N", "feature_flag_key": key})
    assert_error(response, 400, code, message, "key")
    assert api.get(BASE).json()["count"] == 0


def test_flag_key_whitespace_is_trimmed(api: httpx.Client) -> None:
    assert create(api, "Trim", key="  trimmed  ")["feature_flag_key"] == "trimmed"


def test_custom_variants_and_parameters_shape_the_new_flag(api: httpx.Client) -> None:
    variants = [
        {"key": "control", "name": "Control", "rollout_percentage": 34},
        {"key": "a", "rollout_percentage": 33},
        {"key": "b", "rollout_percentage": 33},
    ]
    body = create(
        api,
        "Three way",
        parameters={
            "feature_flag_variants": variants,
            "aggregation_group_type_index": 0,
            "ensure_experience_continuity": True,
            "minimum_detectable_effect": 5,
        },
    )
    flag = body["feature_flag"]
    assert flag["filters"]["multivariate"]["variants"] == variants
    assert flag["filters"]["aggregation_group_type_index"] == 0
    assert flag["ensure_experience_continuity"] is True
    assert body["parameters"]["minimum_detectable_effect"] == 5


SUM = ("Invalid variant definitions: Variant rollout percentages must sum to 100.", None)
TWO = "Feature flag must have at least 2 variants (control and at least one test variant)"


@pytest.mark.parametrize(
    ("variants", "expected_2025", "expected_2026"),
    [
        # 2025 has no minimum: one variant at 100% is a valid flag.
        ([{"key": "control", "rollout_percentage": 100}], None, (TWO, "parameters")),
        (
            [{"key": "a", "rollout_percentage": 50}, {"key": "b", "rollout_percentage": 50}],
            ("Feature flag variants must contain a control variant", "parameters"),
            (
                "Feature flag variants must contain a variant with key 'control' (lowercase, "
                "exactly). Got keys: ['a', 'b']. Rename the baseline variant's 'key' to 'control'.",
                "parameters",
            ),
        ),
        (
            [{"key": "control", "rollout_percentage": 5}]
            + [{"key": f"v{i}", "rollout_percentage": 5} for i in range(20)],
            ("Feature flag variants must be less than 21", "parameters"),
            ("Feature flag variants must be less than 21", "parameters"),
        ),
        (
            ["control", "test"],
            ("Feature flag variants must contain a control variant", "parameters"),
            ("Feature flag variant at index 0 must be an object", "parameters"),
        ),
        (
            [{"key": "control"}, {"key": "test"}],
            SUM,
            (
                "Each variant must include split_percent (recommended) or rollout_percentage "
                "(deprecated).",
                "parameters",
            ),
        ),
        (
            [{"key": "control", "rollout_percentage": 50}, {"name": "x", "rollout_percentage": 50}],
            None,  # 2025 checks no variant shape
            ("Feature flag variant at index 1 must have a 'key' field", "parameters"),
        ),
        (
            [
                {"key": "control", "rollout_percentage": 50},
                {"key": "test", "rollout_percentage": 40},
            ],
            SUM,
            SUM,
        ),
    ],
)
def test_variant_rules(
    api: httpx.Client,
    fake: FakePostHog,
    variants: object,
    expected_2025: tuple[str, str | None] | None,
    expected_2026: tuple[str, str | None] | None,
) -> None:
    expected = by_version(fake.posthog_version, v2025=expected_2025, v2026=expected_2026)
    response = api.post(
        BASE,
        json={
            "name": "V",
            "feature_flag_key": "v",
            "parameters": {"feature_flag_variants": variants},
        },
    )
    if expected is None:
        assert response.status_code == 201, response.text
        return
    invalid(response, *expected)
    with pytest.raises(KeyError):
        fake.feature_flag("v")  # nothing was created


def test_control_spelling_and_split_percent(api: httpx.Client, fake: FakePostHog) -> None:
    variants = [{"key": "Control", "split_percent": 50}, {"key": "test", "split_percent": 50}]
    response = api.post(
        BASE,
        json={
            "name": "S",
            "feature_flag_key": "s",
            "parameters": {"feature_flag_variants": variants},
        },
    )
    if fake.posthog_version == "2025":  # no normalisation: no `control`, no percentages
        invalid(response, "Feature flag variants must contain a control variant", "parameters")
        return
    assert response.status_code == 201, response.text
    sent = response.json()["parameters"]["feature_flag_variants"]
    assert sent == [
        {"key": "control", "rollout_percentage": 50, "split_percent": 50},
        {"key": "test", "rollout_percentage": 50, "split_percent": 50},
    ]
    flag_variants = fake.feature_flag("s")["filters"]["multivariate"]["variants"]
    assert flag_variants == [
        {"key": "control", "rollout_percentage": 50},
        {"key": "test", "rollout_percentage": 50},
    ]


def test_twenty_variants_are_fine(api: httpx.Client) -> None:
    variants = [{"key": "control", "rollout_percentage": 5}] + [
        {"key": f"v{i}", "rollout_percentage": 5} for i in range(19)
    ]
    body = create(api, "Twenty", parameters={"feature_flag_variants": variants})
    assert len(body["feature_flag"]["filters"]["multivariate"]["variants"]) == 20


def test_empty_variants_mean_the_defaults(api: httpx.Client) -> None:
    body = create(api, "Empty", parameters={"feature_flag_variants": []})
    assert body["feature_flag"]["filters"]["multivariate"]["variants"] == DEFAULT_VARIANTS


def test_an_eligible_existing_flag_is_linked_unchanged(
    api: httpx.Client, fake: FakePostHog
) -> None:
    variants = [
        {"key": "control", "rollout_percentage": 30},
        {"key": "test", "rollout_percentage": 70},
    ]
    flag_id = fake.add_feature_flag("existing", variants=variants, name="Mine", active=True)
    before = fake.feature_flag(flag_id)
    body = create(
        api,
        "Linked",
        key="existing",
        parameters={"feature_flag_variants": DEFAULT_VARIANTS},
    )
    assert body["feature_flag"] == before
    assert fake.feature_flag(flag_id) == before
    # Several experiments may share one flag.
    assert create(api, "Also linked", key="existing")["feature_flag"]["id"] == flag_id


@pytest.mark.parametrize(
    ("variants", "message_2025", "message_2026"),
    [
        (None, "Feature flag is not eligible for experiments.", TWO),
        (
            [{"key": "control", "rollout_percentage": 100}],
            "Feature flag is not eligible for experiments.",
            TWO,
        ),
        (
            [
                {"key": "test", "rollout_percentage": 50},
                {"key": "control", "rollout_percentage": 50},
            ],
            "Feature flag must have control as the first variant.",
            None,  # 2026 only needs a control variant somewhere
        ),
        (
            [
                {"key": "Control", "rollout_percentage": 50},
                {"key": "test", "rollout_percentage": 50},
            ],
            "Feature flag must have control as the first variant.",
            None,  # 2026 reads `Control` as control
        ),
        (
            [{"key": "a", "rollout_percentage": 50}, {"key": "b", "rollout_percentage": 50}],
            "Feature flag must have control as the first variant.",
            "Feature flag must have a variant with key 'control'",
        ),
    ],
)
def test_existing_flag_eligibility(
    api: httpx.Client,
    fake: FakePostHog,
    variants: list[dict[str, object]] | None,
    message_2025: str,
    message_2026: str | None,
) -> None:
    flag_id = fake.add_feature_flag("legacy", variants=variants)
    message = by_version(fake.posthog_version, v2025=message_2025, v2026=message_2026)
    response = api.post(BASE, json={"name": "N", "feature_flag_key": "legacy"})
    if message is None:
        assert response.status_code == 201, response.text
        assert response.json()["feature_flag"]["id"] == flag_id  # linked as it is
        return
    invalid(response, message)
    assert api.get(BASE).json()["count"] == 0


def test_a_deleted_flag_with_the_key(api: httpx.Client, fake: FakePostHog) -> None:
    old = fake.add_feature_flag("reused", deleted=True)
    body = create(api, "Fresh", key="reused")
    if fake.posthog_version == "2025":  # 2025 looks among live flags only: a new flag
        assert body["feature_flag"]["id"] != old
        assert body["feature_flag"]["deleted"] is False
        assert body["feature_flag"]["filters"]["multivariate"]["variants"] == DEFAULT_VARIANTS
        return
    # 2026's `.filter(key=..., team_id=...).first()` finds the deleted flag and links it,
    # and the launch guard then refuses it.
    assert body["feature_flag"]["id"] == old
    invalid(
        api.patch(f"{BASE}{body['id']}/", json={"start_date": "2026-01-01T00:00:00Z"}),
        "Experiment cannot be launched because its feature flag has been deleted.",
    )


def test_holdout_is_returned_and_enters_the_flag(api: httpx.Client, fake: FakePostHog) -> None:
    holdout_id = fake.add_holdout("Ten percent", rollout_percentage=10)
    body = create(api, "Held", holdout_id=holdout_id)
    assert body["holdout_id"] == holdout_id
    holdout = body["holdout"]
    assert holdout["id"] == holdout_id
    assert holdout["name"] == "Ten percent"
    assert holdout["filters"] == [
        {"properties": [], "rollout_percentage": 10, "variant": f"holdout-{holdout_id}"}
    ]
    assert holdout["created_by"]["id"] == fake.user_id
    flag_filters = body["feature_flag"]["filters"]
    if fake.posthog_version == "2025":  # 2025 copies the holdout's groups into the flag
        assert "holdout" not in flag_filters
        assert flag_filters["holdout_groups"] == holdout["filters"]
    else:
        assert "holdout_groups" not in flag_filters
        assert flag_filters["holdout"] == {"id": holdout_id, "exclusion_percentage": 10}


def test_holdout_of_another_project(api: httpx.Client, fake: FakePostHog) -> None:
    other = fake.add_project()
    holdout_id = fake.add_holdout(project_id=other)
    response = api.post(BASE, json={"name": "N", "feature_flag_key": "k", "holdout_id": holdout_id})
    if fake.posthog_version == "2025":  # a PrimaryKeyRelatedField over every holdout
        assert response.status_code == 201, response.text
        assert response.json()["holdout_id"] == holdout_id
        return
    assert_error(
        response,
        400,
        "does_not_exist",
        f'Invalid pk "{holdout_id}" - object does not exist.',
        "holdout_id",
    )


@pytest.mark.parametrize(
    ("items", "message"),
    [
        ([1], "Saved metric must be an object"),
        ([{"metadata": {"type": "primary"}}], "Saved metric must have an id"),
        ([{"id": 1, "metadata": "primary"}], "Metadata must be an object"),
        ([{"id": 1, "metadata": {}}], "Metadata must have a type key"),
        ([{"id": 999}], "Saved metric does not exist or does not belong to this project"),
    ],
)
def test_saved_metrics_ids_validation(
    api: httpx.Client, fake: FakePostHog, items: list[object], message: str
) -> None:
    fake.add_saved_metric()
    response = api.post(
        BASE, json={"name": "N", "feature_flag_key": "k", "saved_metrics_ids": items}
    )
    invalid(response, message, "saved_metrics_ids")


def test_saved_metrics_are_linked(api: httpx.Client, fake: FakePostHog) -> None:
    primary = fake.add_saved_metric("Pageviews")
    secondary = fake.add_saved_metric("Signups")
    body = create(
        api,
        "Saved",
        saved_metrics_ids=[{"id": primary}, {"id": secondary, "metadata": {"type": "secondary"}}],
    )
    assert body["saved_metrics_ids"] is None
    links = body["saved_metrics"]
    assert [(s["saved_metric"], s["name"], s["metadata"]) for s in links] == [
        (primary, "Pageviews", {"type": "primary"}),
        (secondary, "Signups", {"type": "secondary"}),
    ]
    assert all(s["experiment"] == body["id"] for s in links)
    assert links[0]["query"]["kind"] == "ExperimentMetric"
    assert body["primary_metrics_ordered_uuids"] == [links[0]["query"]["uuid"]]
    assert body["secondary_metrics_ordered_uuids"] == [links[1]["query"]["uuid"]]


def test_metrics_get_uuids_fingerprints_and_ordering(api: httpx.Client, fake: FakePostHog) -> None:
    fake.add_event("$pageview")
    metric = {
        "kind": "ExperimentMetric",
        "metric_type": "mean",
        "source": {"kind": "EventsNode", "event": "$pageview"},
    }
    kept = {**metric, "uuid": "my-uuid"}
    colliding = [metric, kept, dict(kept)]
    if fake.posthog_version == "2026":  # two sent metrics may not share a uuid
        invalid(
            api.post(BASE, json={"name": "M", "feature_flag_key": "m", "metrics": colliding}),
            "Duplicate metric UUID: 'my-uuid'. Each metric must have a unique UUID.",
        )
        colliding = [metric, kept, dict(metric)]
    body = create(api, "Metrics", metrics=colliding, metrics_secondary=[metric])
    uuids = [m["uuid"] for m in body["metrics"]]
    assert uuids[1] == "my-uuid"
    assert len(set(uuids)) == 3  # every metric has its own uuid
    assert all(len(m["fingerprint"]) == 64 for m in body["metrics"] + body["metrics_secondary"])
    assert body["primary_metrics_ordered_uuids"] == uuids
    assert body["secondary_metrics_ordered_uuids"] == [body["metrics_secondary"][0]["uuid"]]


def test_stats_config_keeps_keys_and_gets_a_method(api: httpx.Client, fake: FakePostHog) -> None:
    assert create(api, "S1", stats_config={"foo": 1})["stats_config"] == {
        "foo": 1,
        "method": "bayesian",
    }
    assert create(api, "S2", stats_config={"method": "frequentist"})["stats_config"] == {
        "method": "frequentist"
    }
    response = api.post(
        BASE, json={"name": "S3", "feature_flag_key": "s3", "stats_config": {"method": "magic"}}
    )
    baseline = api.post(
        BASE,
        json={
            "name": "S4",
            "feature_flag_key": "s4",
            "stats_config": {"baseline_variant_key": "b"},
        },
    )
    if fake.posthog_version == "2025":  # 2025 stores any stats config
        assert response.status_code == 201
        assert response.json()["stats_config"] == {"method": "magic"}
        assert baseline.status_code == 201
        return
    invalid(response, "Invalid stats method: 'magic'. Must be one of: bayesian, frequentist")
    invalid(baseline, "Invalid baseline_variant_key: 'b'. Must be one of: control, test")


@pytest.mark.parametrize(
    ("criteria", "message_2025", "message_2026"),
    [
        (
            [],
            "Invalid exposure criteria",
            "exposure_criteria must be an object, got list. Expected shape: "
            "{'filterTestAccounts': <bool>, 'exposure_config': <object>}.",
        ),
        (
            {"filterTestAccounts": "yes"},
            "filterTestAccounts must be a boolean",
            "exposure_criteria.filterTestAccounts must be a boolean, got str",
        ),
        (
            {"exposure_config": "x"},
            "Invalid exposure criteria",
            "exposure_criteria.exposure_config must be an object, got str",
        ),
        (
            {"exposure_config": {"kind": "Nope", "event": "$pageview"}},
            "Invalid exposure criteria",
            "exposure_criteria.exposure_config.kind must be one of "
            "['ExperimentEventExposureConfig', 'ActionsNode'], got 'Nope'",
        ),
        (
            {"exposure_config": {"kind": "ExperimentEventExposureConfig"}},
            "Invalid exposure criteria",
            "Invalid exposure_criteria.exposure_config (kind=ExperimentEventExposureConfig): "
            "[{'loc': ('event',), 'type': 'missing', 'msg': 'Field required'}].",
        ),
        (
            {"exposure_config": {"event": None, "properties": []}},
            "Invalid exposure criteria",
            "Invalid exposure_criteria.exposure_config (kind=ExperimentEventExposureConfig): "
            "[{'loc': ('event',), 'type': 'string_type', 'msg': 'Input should be a valid string'}].",
        ),
    ],
)
def test_exposure_criteria_validation(
    api: httpx.Client, fake: FakePostHog, criteria: object, message_2025: str, message_2026: str
) -> None:
    response = api.post(
        BASE, json={"name": "N", "feature_flag_key": "k", "exposure_criteria": criteria}
    )
    message = by_version(fake.posthog_version, v2025=message_2025, v2026=message_2026)
    invalid(response, message, "exposure_criteria")


def test_exposure_config_without_kind_is_an_event_config(api: httpx.Client) -> None:
    config = {"event": "$pageview", "properties": []}
    body = create(api, "Kindless", exposure_criteria={"exposure_config": config})
    assert body["exposure_criteria"]["exposure_config"] == config


def test_everything_writable_is_stored(api: httpx.Client) -> None:
    payload: dict[str, Any] = {
        "description": "Why",
        "type": "web",
        "filters": {"events": []},
        "secondary_metrics": [{"name": "legacy"}],
        "exposure_criteria": {
            "filterTestAccounts": True,
            "exposure_config": {
                "kind": "ExperimentEventExposureConfig",
                "event": "$pageview",
                "properties": [],
            },
        },
        "conclusion": "won",
        "conclusion_comment": "Great",
        "archived": True,
        "_create_in_folder": "Unfiled/Experiments",
    }
    body = create(api, "Full", "full", **payload)
    for key, value in payload.items():
        if key != "_create_in_folder":
            assert body[key] == value, key
    assert "_create_in_folder" not in body


def test_null_exposure_criteria(api: httpx.Client, fake: FakePostHog) -> None:
    body = create(api, "Null criteria", exposure_criteria=None)
    expected = by_version(fake.posthog_version, v2025=None, v2026={"filterTestAccounts": True})
    assert body["exposure_criteria"] == expected
    partial = create(
        api, "Partial criteria", exposure_criteria={"multiple_variant_handling": "exclude"}
    )
    assert partial["exposure_criteria"] == by_version(
        fake.posthog_version,
        v2025={"multiple_variant_handling": "exclude"},
        v2026={"multiple_variant_handling": "exclude", "filterTestAccounts": True},
    )


def test_create_with_null_and_blank_choices(api: httpx.Client) -> None:
    body = create(api, "Nulls", type=None, conclusion="", description=None, parameters=None)
    assert (body["type"], body["conclusion"], body["description"], body["parameters"]) == (
        None,
        "",
        None,
        None,
    )


def test_body_must_be_an_object(api: httpx.Client) -> None:
    invalid(api.post(BASE, json=[1, 2]), "Invalid data. Expected a dictionary, but got list.")


def test_form_urlencoded_create(api: httpx.Client) -> None:
    response = api.post(
        BASE,
        data={
            "name": "Form",
            "feature_flag_key": "form",
            "archived": "true",
            "parameters": '{"minimum_detectable_effect": 3}',
        },
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert (body["name"], body["archived"], body["parameters"]) == (
        "Form",
        True,
        {"minimum_detectable_effect": 3},
    )
    bad_json = api.post(BASE, data={"name": "F", "feature_flag_key": "f", "parameters": "{nope"})
    invalid(bad_json, "Value must be valid JSON.", "parameters")


def test_multipart_create(api: httpx.Client) -> None:
    response = api.post(
        BASE, data={"name": "Multi", "feature_flag_key": "multi"}, files={"ignored": b"x"}
    )
    assert response.status_code == 201, response.text
    assert response.json()["name"] == "Multi"


def test_ids_are_sequential(api: httpx.Client) -> None:
    assert [create(api, f"E{i}")["id"] for i in range(3)] == [1, 2, 3]


def test_metric_shapes_are_checked_like_pydantic_in_2026(
    api: httpx.Client, fake: FakePostHog
) -> None:
    fake.add_event("$pageview")
    response = api.post(
        BASE,
        json={
            "name": "N",
            "feature_flag_key": "k",
            "metrics": [
                {
                    "kind": "ExperimentMetric",
                    "metric_type": "mean",
                    "source": {"kind": "EventsNode", "event": "$pageview"},
                },
                {"kind": "ExperimentMetric", "goal": "up", "source": []},
            ],
        },
    )
    if fake.posthog_version == "2025":  # 2025 stores any JSON
        assert response.status_code == 201, response.text
        return
    invalid(
        response,
        "Invalid metric at index 1: [{'loc': ('metric_type',), 'type': 'missing', 'msg': "
        "'Field required'}, {'loc': ('goal',), 'type': 'literal_error', 'msg': "
        "\"Input should be 'increase' or 'decrease'\"}, {'loc': ('source',), 'type': 'dict_type', "
        "'msg': 'Input should be a valid dictionary'}].",
        "metrics",
    )


def test_flag_payloads_and_rollout_from_parameters(api: httpx.Client, fake: FakePostHog) -> None:
    payloads = {"control": "{}", "test": '{"color": "red"}'}
    body = create(
        api,
        "Payloads",
        parameters={"feature_flag_payloads": payloads, "rollout_percentage": 25},
    )
    filters = body["feature_flag"]["filters"]
    if fake.posthog_version == "2025":  # 2025 always rolls out to 100% and ignores payloads
        assert "payloads" not in filters
        assert filters["groups"][0]["rollout_percentage"] == 100
    else:
        assert filters["payloads"] == payloads
        assert filters["groups"][0]["rollout_percentage"] == 25


def test_parameters_blob_is_not_type_checked(api: httpx.Client) -> None:
    # Neither era validates the types inside `parameters` beyond the variants.
    body = create(api, "Loose", parameters={"minimum_detectable_effect": "big"})
    assert body["parameters"] == {"minimum_detectable_effect": "big"}


def test_ordering_arrays_hold_strings(api: httpx.Client) -> None:
    response = api.post(
        BASE, json={"name": "N", "feature_flag_key": "k", "primary_metrics_ordered_uuids": ["a", 1]}
    )
    invalid(response, "Not a valid string.", "primary_metrics_ordered_uuids__1")
