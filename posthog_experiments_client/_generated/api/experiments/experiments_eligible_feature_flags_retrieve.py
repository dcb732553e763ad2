from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

if TYPE_CHECKING:  # annotations only: importing the client classes costs time users of models skip
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.eligible_feature_flags_page import EligibleFeatureFlagsPage
from ...models.error import Error
from ...models.loose_error import LooseError
from ...types import UNSET, Response, ResponseShapeError, Unset, path_segment

# What this endpoint sends: the one source of its method and path, also for the client's façade.
METHOD = "GET"
PATH = "/api/projects/{project_id}/experiments/eligible_feature_flags/"


def request_path(
    project_id: str,
) -> str:
    """PATH with each path parameter percent-encoded as a single segment."""
    return PATH.format(
        project_id=path_segment(project_id),
    )


def _get_kwargs(
    project_id: str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    created_by_id: int | Unset = UNSET,
    order: str | Unset = UNSET,
    evaluation_runtime: str | Unset = UNSET,
    has_evaluation_contexts: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["search"] = search

    params["active"] = active

    params["created_by_id"] = created_by_id

    params["order"] = order

    params["evaluation_runtime"] = evaluation_runtime

    params["has_evaluation_contexts"] = has_evaluation_contexts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": request_path(
            project_id,
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EligibleFeatureFlagsPage | Error | LooseError | None:
    try:
        return _parse_documented_response(client=client, response=response)
    except ResponseShapeError:
        raise
    except ValueError as exc:  # the body is not JSON (json.JSONDecodeError, UnicodeDecodeError)
        if response.status_code >= 400:
            # An error page that is not JSON (e.g. a proxy's HTML): nothing to parse.
            return None
        raise ResponseShapeError(
            f"the {response.status_code} response body is not valid JSON: {exc}"
        ) from exc


def _parse_documented_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EligibleFeatureFlagsPage | Error | LooseError | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: EligibleFeatureFlagsPage
        if _response_200 is None:
            response_200 = cast(Any, None)
        else:
            response_200 = EligibleFeatureFlagsPage.from_dict(_response_200)

        return response_200

    if response.status_code == 400:
        _response_400 = response.json()
        response_400: LooseError
        if _response_400 is None:
            response_400 = cast(Any, None)
        else:
            response_400 = LooseError.from_dict(_response_400)

        return response_400

    if response.status_code == 401:
        _response_401 = response.json()
        response_401: Error
        if _response_401 is None:
            response_401 = cast(Any, None)
        else:
            response_401 = Error.from_dict(_response_401)

        return response_401

    if response.status_code == 403:
        _response_403 = response.json()
        response_403: Error
        if _response_403 is None:
            response_403 = cast(Any, None)
        else:
            response_403 = Error.from_dict(_response_403)

        return response_403

    if response.status_code == 404:
        _response_404 = response.json()
        response_404: Error
        if _response_404 is None:
            response_404 = cast(Any, None)
        else:
            response_404 = Error.from_dict(_response_404)

        return response_404

    if response.status_code == 429:
        _response_429 = response.json()
        response_429: Error
        if _response_429 is None:
            response_429 = cast(Any, None)
        else:
            response_429 = Error.from_dict(_response_429)

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[EligibleFeatureFlagsPage | Error | LooseError]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    created_by_id: int | Unset = UNSET,
    order: str | Unset = UNSET,
    evaluation_runtime: str | Unset = UNSET,
    has_evaluation_contexts: bool | Unset = UNSET,
) -> Response[EligibleFeatureFlagsPage | Error | LooseError]:
    r"""Feature flags that can back an experiment

     Multivariate flags with at least 2 variants whose first variant is `control`. Paginated by
    hand: `limit` (default 20, at most 100) and `offset`; the page has `results` and `count`
    only. A bad `limit` or `offset` gives 400 `{\"error\": \"Invalid limit or offset\"}`.

    Args:
        project_id (str):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        active (bool | Unset):
        created_by_id (int | Unset):
        order (str | Unset):
        evaluation_runtime (str | Unset):
        has_evaluation_contexts (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EligibleFeatureFlagsPage | Error | LooseError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        limit=limit,
        offset=offset,
        search=search,
        active=active,
        created_by_id=created_by_id,
        order=order,
        evaluation_runtime=evaluation_runtime,
        has_evaluation_contexts=has_evaluation_contexts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    created_by_id: int | Unset = UNSET,
    order: str | Unset = UNSET,
    evaluation_runtime: str | Unset = UNSET,
    has_evaluation_contexts: bool | Unset = UNSET,
) -> EligibleFeatureFlagsPage | Error | LooseError | None:
    r"""Feature flags that can back an experiment

     Multivariate flags with at least 2 variants whose first variant is `control`. Paginated by
    hand: `limit` (default 20, at most 100) and `offset`; the page has `results` and `count`
    only. A bad `limit` or `offset` gives 400 `{\"error\": \"Invalid limit or offset\"}`.

    Args:
        project_id (str):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        active (bool | Unset):
        created_by_id (int | Unset):
        order (str | Unset):
        evaluation_runtime (str | Unset):
        has_evaluation_contexts (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EligibleFeatureFlagsPage | Error | LooseError
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        limit=limit,
        offset=offset,
        search=search,
        active=active,
        created_by_id=created_by_id,
        order=order,
        evaluation_runtime=evaluation_runtime,
        has_evaluation_contexts=has_evaluation_contexts,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    created_by_id: int | Unset = UNSET,
    order: str | Unset = UNSET,
    evaluation_runtime: str | Unset = UNSET,
    has_evaluation_contexts: bool | Unset = UNSET,
) -> Response[EligibleFeatureFlagsPage | Error | LooseError]:
    r"""Feature flags that can back an experiment

     Multivariate flags with at least 2 variants whose first variant is `control`. Paginated by
    hand: `limit` (default 20, at most 100) and `offset`; the page has `results` and `count`
    only. A bad `limit` or `offset` gives 400 `{\"error\": \"Invalid limit or offset\"}`.

    Args:
        project_id (str):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        active (bool | Unset):
        created_by_id (int | Unset):
        order (str | Unset):
        evaluation_runtime (str | Unset):
        has_evaluation_contexts (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EligibleFeatureFlagsPage | Error | LooseError]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        limit=limit,
        offset=offset,
        search=search,
        active=active,
        created_by_id=created_by_id,
        order=order,
        evaluation_runtime=evaluation_runtime,
        has_evaluation_contexts=has_evaluation_contexts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    search: str | Unset = UNSET,
    active: bool | Unset = UNSET,
    created_by_id: int | Unset = UNSET,
    order: str | Unset = UNSET,
    evaluation_runtime: str | Unset = UNSET,
    has_evaluation_contexts: bool | Unset = UNSET,
) -> EligibleFeatureFlagsPage | Error | LooseError | None:
    r"""Feature flags that can back an experiment

     Multivariate flags with at least 2 variants whose first variant is `control`. Paginated by
    hand: `limit` (default 20, at most 100) and `offset`; the page has `results` and `count`
    only. A bad `limit` or `offset` gives 400 `{\"error\": \"Invalid limit or offset\"}`.

    Args:
        project_id (str):
        limit (int | Unset):
        offset (int | Unset):
        search (str | Unset):
        active (bool | Unset):
        created_by_id (int | Unset):
        order (str | Unset):
        evaluation_runtime (str | Unset):
        has_evaluation_contexts (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EligibleFeatureFlagsPage | Error | LooseError
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            limit=limit,
            offset=offset,
            search=search,
            active=active,
            created_by_id=created_by_id,
            order=order,
            evaluation_runtime=evaluation_runtime,
            has_evaluation_contexts=has_evaluation_contexts,
        )
    ).parsed
