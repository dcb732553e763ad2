from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

import httpx

if TYPE_CHECKING:  # annotations only: importing the client classes costs time users of models skip
    from ...client import AuthenticatedClient, Client
from ... import errors
from ...models.cache_miss_response import CacheMissResponse
from ...models.error import Error
from ...models.experiment_exposure_query_response import ExperimentExposureQueryResponse
from ...models.experiment_query_response import ExperimentQueryResponse
from ...models.query_request import QueryRequest
from ...types import Response, ResponseShapeError, path_segment

# What this endpoint sends: the one source of its method and path, also for the client's façade.
METHOD = "POST"
PATH = "/api/projects/{project_id}/query/"


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
    body: QueryRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": METHOD,
        "url": request_path(
            project_id,
        ),
    }

    _kwargs["json"] = body.to_dict() if body is not None else None

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CacheMissResponse | Error | ExperimentExposureQueryResponse | ExperimentQueryResponse | None:
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
) -> CacheMissResponse | Error | ExperimentExposureQueryResponse | ExperimentQueryResponse | None:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> ExperimentExposureQueryResponse | ExperimentQueryResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                _response_200_type_0 = data
                response_200_type_0: ExperimentExposureQueryResponse
                if _response_200_type_0 is None:
                    response_200_type_0 = cast(Any, None)
                else:
                    response_200_type_0 = ExperimentExposureQueryResponse.from_dict(
                        _response_200_type_0
                    )

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise ResponseShapeError(
                    f"expected ExperimentQueryResponse, got {type(data).__name__}"
                )
            _response_200_type_1 = data
            response_200_type_1: ExperimentQueryResponse
            if _response_200_type_1 is None:
                response_200_type_1 = cast(Any, None)
            else:
                response_200_type_1 = ExperimentQueryResponse.from_dict(_response_200_type_1)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 202:
        _response_202 = response.json()
        response_202: CacheMissResponse
        if _response_202 is None:
            response_202 = cast(Any, None)
        else:
            response_202 = CacheMissResponse.from_dict(_response_202)

        return response_202

    if response.status_code == 400:
        _response_400 = response.json()
        response_400: Error
        if _response_400 is None:
            response_400 = cast(Any, None)
        else:
            response_400 = Error.from_dict(_response_400)

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
) -> Response[
    CacheMissResponse | Error | ExperimentExposureQueryResponse | ExperimentQueryResponse
]:
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
    body: QueryRequest,
) -> Response[
    CacheMissResponse | Error | ExperimentExposureQueryResponse | ExperimentQueryResponse
]:
    """Run a query (project path)

     The same endpoint under `/api/projects/` (listed by the 2026 schema); the `/api/environments/` path
    is the one every PostHog version serves.

    Args:
        project_id (str):
        body (QueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CacheMissResponse | Error | ExperimentExposureQueryResponse | ExperimentQueryResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: QueryRequest,
) -> CacheMissResponse | Error | ExperimentExposureQueryResponse | ExperimentQueryResponse | None:
    """Run a query (project path)

     The same endpoint under `/api/projects/` (listed by the 2026 schema); the `/api/environments/` path
    is the one every PostHog version serves.

    Args:
        project_id (str):
        body (QueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CacheMissResponse | Error | ExperimentExposureQueryResponse | ExperimentQueryResponse
    """

    return sync_detailed(
        project_id=project_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: QueryRequest,
) -> Response[
    CacheMissResponse | Error | ExperimentExposureQueryResponse | ExperimentQueryResponse
]:
    """Run a query (project path)

     The same endpoint under `/api/projects/` (listed by the 2026 schema); the `/api/environments/` path
    is the one every PostHog version serves.

    Args:
        project_id (str):
        body (QueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CacheMissResponse | Error | ExperimentExposureQueryResponse | ExperimentQueryResponse]
    """

    kwargs = _get_kwargs(
        project_id=project_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    project_id: str,
    *,
    client: AuthenticatedClient,
    body: QueryRequest,
) -> CacheMissResponse | Error | ExperimentExposureQueryResponse | ExperimentQueryResponse | None:
    """Run a query (project path)

     The same endpoint under `/api/projects/` (listed by the 2026 schema); the `/api/environments/` path
    is the one every PostHog version serves.

    Args:
        project_id (str):
        body (QueryRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CacheMissResponse | Error | ExperimentExposureQueryResponse | ExperimentQueryResponse
    """

    return (
        await asyncio_detailed(
            project_id=project_id,
            client=client,
            body=body,
        )
    ).parsed
