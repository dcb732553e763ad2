"""Misconfiguration is refused at construction with ``ConfigurationError``, from arguments and from
the environment alike, and the message never echoes a key or a password."""

from __future__ import annotations

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import posthog_experiments_client as pec
from posthog_experiments_client._generated.api.experiments import experiments_list

CLIENTS = [pec.ExperimentsClient, pec.AsyncExperimentsClient]
KEY_BODY = "phx_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("POSTHOG_PERSONAL_API_KEY", "POSTHOG_HOST", "POSTHOG_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)


def _refused(client_class: type, **options: object) -> str:
    with pytest.raises(pec.ConfigurationError) as caught:
        client_class(**options)
    return str(caught.value)


# ----------------------------------------------------------------------------- the key

BAD_KEYS = [
    # (key, 1-based position of the bad character, what the message calls it)
    (KEY_BODY[:10] + "\u200b" + KEY_BODY[10:], 11, "U+200B ZERO WIDTH SPACE"),
    (KEY_BODY[:5] + "\u0430" + KEY_BODY[6:], 6, "U+0430 CYRILLIC SMALL LETTER A"),
    (KEY_BODY[:20] + " " + KEY_BODY[20:], 21, "a space"),
    (KEY_BODY + "\n" + "x", len(KEY_BODY) + 1, "U+000A"),
    (KEY_BODY[:8] + "\u00e9" + KEY_BODY[8:], 9, "LATIN SMALL LETTER E WITH ACUTE"),
]


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(("key", "position", "named"), BAD_KEYS)
def test_a_non_ascii_key_is_refused_by_position_never_echoed(
    client_class: type, key: str, position: int, named: str
) -> None:
    message = _refused(client_class, api_key=key, project_id=1)
    assert f"position {position} of {len(key)}" in message
    assert named in message
    assert "the api_key argument" in message
    assert key not in message
    assert KEY_BODY[12:30] not in message  # no stretch of the key either


@pytest.mark.parametrize("client_class", CLIENTS)
def test_a_non_ascii_key_from_the_environment_names_the_variable(
    client_class: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = KEY_BODY + "\u200b"
    monkeypatch.setenv("POSTHOG_PERSONAL_API_KEY", key)
    message = _refused(client_class, project_id=1)
    assert "POSTHOG_PERSONAL_API_KEY" in message
    assert f"position {len(key)} of {len(key)}" in message
    assert KEY_BODY not in message


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(
    ("key", "type_name"), [(12345, "int"), (b"phx_bytes", "bytes"), (["phx_k"], "list")]
)
def test_a_non_string_key_is_refused_naming_its_type(
    client_class: type, key: object, type_name: str
) -> None:
    message = _refused(client_class, api_key=key, project_id=1)
    assert f"got {type_name}" in message
    assert "must be a str" in message
    assert "No PostHog personal API key" not in message


@pytest.mark.parametrize("client_class", CLIENTS)
def test_surrounding_whitespace_is_still_stripped(client_class: type) -> None:
    client = client_class(api_key=f"  {KEY_BODY}\n", project_id=1)
    assert client._settings.api_key == KEY_BODY
    assert client._settings.request_headers["Authorization"] == f"Bearer {KEY_BODY}"


# ----------------------------------------------------------------------------- the host


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(
    "host",
    [
        "https://eu.posthog.com/api/",
        "https://eu.posthog.com/api",
        "https://posthog.example.com/project/12345",
        "https://eu.posthog.com//",
    ],
)
def test_a_host_with_a_path_is_refused_and_the_origin_suggested(
    client_class: type, host: str
) -> None:
    message = _refused(client_class, api_key="phx_k", project_id=1, host=host)
    assert "without a path" in message
    origin = "https://" + host.split("/")[2]
    assert f"Use {origin!r}" in message


@pytest.mark.parametrize("client_class", CLIENTS)
def test_a_trailing_slash_is_not_a_path(client_class: type) -> None:
    client = client_class(api_key="phx_k", project_id=1, host="https://eu.posthog.com/")
    assert client._settings.host == "https://eu.posthog.com"


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(
    "host",
    [
        "https://ada:s3cr3t-pw@posthog.example.com",
        "https://s3cr3t-pw@posthog.example.com",
        "https://ada:s3cr3t-pw@posthog.example.com:8443/api/",
        "ftp://ada:s3cr3t-pw@posthog.example.com",
        "https://ada:s3cr3t-pw@posthog.example.com:99999",
    ],
)
def test_userinfo_is_refused_without_echoing_the_password(client_class: type, host: str) -> None:
    message = _refused(client_class, api_key="phx_k", project_id=1, host=host)
    assert "s3cr3t-pw" not in message
    assert "ada" not in message
    assert "user name or password" in message
    assert "***@posthog.example.com" in message


@pytest.mark.parametrize("client_class", CLIENTS)
def test_userinfo_from_the_environment_is_refused_too(
    client_class: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POSTHOG_HOST", "https://ada:s3cr3t-pw@eu.posthog.com")
    message = _refused(client_class, api_key="phx_k", project_id=1)
    assert "s3cr3t-pw" not in message
    assert "POSTHOG_HOST" in message


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(
    ("host", "fragment"),
    [
        ("https://eu.posthog .com", "a space at position 19"),
        ("https://eu.posthog.com\u200b", "U+200B ZERO WIDTH SPACE"),
        ("https://eu.post\thog.com", "U+0009"),
        ("https://eu.posthog.com:80000", "invalid port"),
        ("https://eu.posthog.com:0", "invalid port"),
        ("https://eu.posthog.com:-1", "invalid port"),
        ("https://eu.posthog.com:https", "invalid port"),
        ("https://[::1", "not a valid URL"),
        ("https://", "http(s) URL"),
        ("eu.posthog.com", "http(s) URL"),
    ],
)
def test_spaces_bad_ports_and_broken_urls_are_refused(
    client_class: type, host: str, fragment: str
) -> None:
    message = _refused(client_class, api_key="phx_k", project_id=1, host=host)
    assert fragment in message


@pytest.mark.parametrize("client_class", CLIENTS)
def test_a_bad_host_from_the_environment_names_the_variable(
    client_class: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POSTHOG_HOST", "https://eu.posthog.com:70000")
    message = _refused(client_class, api_key="phx_k", project_id=1)
    assert "invalid port" in message
    assert "POSTHOG_HOST" in message


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(
    ("host", "kept"),
    [
        ("https://eu.posthog.com:443", "https://eu.posthog.com:443"),
        ("http://127.0.0.1:65535/", "http://127.0.0.1:65535"),
        ("https://exämple.example", "https://exämple.example"),  # IDNA, encoded by httpx
        ("HTTPS://X.io", "https://X.io"),
    ],
)
def test_valid_hosts_are_kept(client_class: type, host: str, kept: str) -> None:
    client = client_class(api_key="phx_k", project_id=1, host=host)
    assert client._settings.host == kept


# ----------------------------------------------------------------------------- the project


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(
    "project_id", [0, "0", "00", -5, "²", "١٢", "1²", "\uff11\uff12", " ", "1 2"]
)
def test_zero_and_unicode_digits_are_refused_as_project_ids(
    client_class: type, project_id: object
) -> None:
    message = _refused(client_class, api_key="phx_k", project_id=project_id)
    assert "project_id" in message


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize("project_id", ["0", "²", "١٢"])
def test_bad_project_ids_from_the_environment_are_refused(
    client_class: type, project_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POSTHOG_PROJECT_ID", project_id)
    message = _refused(client_class, api_key="phx_k")
    assert "POSTHOG_PROJECT_ID" in message
    assert repr(project_id) in message


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(
    ("project_id", "segment"), [(7, "7"), ("42", "42"), (" 42 ", "42"), ("007", "7")]
)
def test_good_project_ids_become_one_path_segment(
    client_class: type, project_id: object, segment: str
) -> None:
    client = client_class(api_key="phx_k", project_id=project_id)
    assert client._settings.project_id == segment
    path = experiments_list.request_path(client._settings.project_id)
    assert path == f"/api/projects/{segment}/experiments/"


# ----------------------------------------------------------------------------- other options


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(
    ("headers", "fragment"),
    [
        ({"X-Team": "croissant\u00e9"}, "value of 'X-Team'"),
        ({"X-T\u00e9am": "ok"}, "name"),
        ({"X Team": "ok"}, "name"),
        ({"": "ok"}, "name"),
    ],
)
def test_headers_that_httpx_cannot_send_are_refused(
    client_class: type, headers: dict[str, str], fragment: str
) -> None:
    message = _refused(client_class, api_key="phx_k", project_id=1, headers=headers)
    assert fragment in message


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize("timeout", [float("nan"), float("inf")])
def test_a_timeout_that_is_not_finite_is_refused(client_class: type, timeout: float) -> None:
    assert "timeout" in _refused(client_class, api_key="phx_k", project_id=1, timeout=timeout)


@pytest.mark.parametrize("client_class", CLIENTS)
def test_a_key_pasted_with_its_bearer_prefix_is_refused(client_class: type) -> None:
    message = _refused(client_class, api_key=f"Bearer {KEY_BODY}", project_id=1)
    assert "starts with 'Bearer '" in message
    assert KEY_BODY not in message


@pytest.mark.parametrize("client_class", CLIENTS)
@pytest.mark.parametrize(
    ("host", "hint"),
    [
        ("eu.posthog.com", "Did you mean 'https://eu.posthog.com'?"),
        ("posthog.example.com:8443/api", "Did you mean 'https://posthog.example.com:8443'?"),
        ("localhost:8010", None),
        ("a]b", None),
    ],
)
def test_a_host_without_a_scheme_gets_a_suggestion(
    client_class: type, host: str, hint: str | None
) -> None:
    message = _refused(client_class, api_key="phx_k", project_id=1, host=host)
    assert "http(s) URL" in message
    if hint is None:
        assert "Did you mean" not in message
    else:
        assert hint in message


SETTINGS_TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]) | st.sampled_from(":/@[]?#. %"),
    max_size=40,
)


def _construct(client_class: type, **options: object) -> object:
    try:
        return client_class(**options)
    except pec.ConfigurationError as error:
        return error


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(
    api_key=st.one_of(st.none(), SETTINGS_TEXT, st.integers(), st.binary(max_size=8)),
    host=st.one_of(st.none(), SETTINGS_TEXT, SETTINGS_TEXT.map(lambda t: "https://" + t)),
    project_id=st.one_of(st.none(), SETTINGS_TEXT, st.integers(), st.floats()),
)
def test_any_settings_either_work_or_raise_configuration_error(
    api_key: object, host: object, project_id: object
) -> None:
    for client_class in CLIENTS:
        outcome = _construct(
            client_class, api_key=api_key or "phx_k", host=host, project_id=project_id
        )
        if isinstance(outcome, pec.ConfigurationError):
            if isinstance(api_key, str) and "API key from" in str(outcome):
                assert api_key.strip() not in str(outcome)
            continue
        assert isinstance(outcome, client_class)
        resolved = outcome._settings
        # What was accepted can be sent: an ASCII header, a URL httpx takes, one path segment.
        resolved.request_headers["Authorization"].encode("ascii")
        httpx.URL(resolved.host + experiments_list.request_path(resolved.project_id))
        assert resolved.project_id == "@current" or resolved.project_id.isdigit()
