from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

if TYPE_CHECKING:  # annotations only: importing the client classes costs time users of models skip
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.error import Error
from ...models.query_status_response import QueryStatusResponse
from ...types import Response, ResponseShapeError, path_segment

# What this endpoint sends: the one source of its method and path, also for the client's façade.
METHOD = "GET"
PATH = "/api/environments/{project_id}/query/{id}/"


def request_path(
    project_id: str,
    id: str,
) -> str:
    """PATH with each path parameter percent-encoded as a single segment."""
    return PATH.format(
        project_id=path_segment(project_id),
        id=path_segment(id),
    )


def _get_kwargs(
    project_id: str,
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": request_path(
            project_id,
            id,
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | QueryStatusResponse | None:
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
) -> Error | QueryStatusResponse | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: QueryStatusResponse
        if _response_200 is None:
            response_200 = cast(Any, None)
        else:
            response_200 = QueryStatusResponse.from_dict(_response_200)

        return response_200

    if response.status_code == 202:
        _response_202 = response.json()
        response_202: QueryStatusResponse
        if _response_202 is None:
            response_202 = cast(Any, None)
        else:
            response_202 = QueryStatusResponse.from_dict(_response_202)

        return response_202

    if response.status_code == 400:
        _response_400 = response.json()
        response_400: QueryStatusResponse
        if _response_400 is None:
            response_400 = cast(Any, None)
        else:
            response_400 = QueryStatusResponse.from_dict(_response_400)

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

    if response.status_code == 500:
        _response_500 = response.json()
        response_500: QueryStatusResponse
        if _response_500 is None:
            response_500 = cast(Any, None)
        else:
            response_500 = QueryStatusResponse.from_dict(_response_500)

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | QueryStatusResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | QueryStatusResponse]:
    r"""Poll an async query

     202 while the query runs, 200 once it is complete (the response is in
    `query_status.results`), 400 when it failed with a message for the user
    (`query_status.error_message`), 500 when it failed without one. Every answer is the
    same `{\"query_status\": {...}}` body. An unknown id answers 404.

    Args:
        project_id (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueryStatusResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> Error | QueryStatusResponse | None:
    r"""Poll an async query

     202 while the query runs, 200 once it is complete (the response is in
    `query_status.results`), 400 when it failed with a message for the user
    (`query_status.error_message`), 500 when it failed without one. Every answer is the
    same `{\"query_status\": {...}}` body. An unknown id answers 404.

    Args:
        project_id (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueryStatusResponse
    """

    return sync_detailed(
        project_id=project_id,
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> Response[Error | QueryStatusResponse]:
    r"""Poll an async query

     202 while the query runs, 200 once it is complete (the response is in
    `query_status.results`), 400 when it failed with a message for the user
    (`query_status.error_message`), 500 when it failed without one. Every answer is the
    same `{\"query_status\": {...}}` body. An unknown id answers 404.

    Args:
        project_id (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | QueryStatusResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    id: str,
    *,
    client: AuthenticatedClient,
) -> Error | QueryStatusResponse | None:
    r"""Poll an async query

     202 while the query runs, 200 once it is complete (the response is in
    `query_status.results`), 400 when it failed with a message for the user
    (`query_status.error_message`), 500 when it failed without one. Every answer is the
    same `{\"query_status\": {...}}` body. An unknown id answers 404.

    Args:
        project_id (str):
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | QueryStatusResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            id=id,
            client=client,
        )
    ).parsed
