from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
)

T = TypeVar("T", bound="QueryStatus")


@_attrs_define
class QueryStatus:
    """The state of an async query.

    Attributes:
        id (str):
        query_async (bool | Unset):
        team_id (int | Unset):
        complete (bool | None | Unset):
        error (bool | None | Unset):
        error_message (None | str | Unset):
        results (Any | Unset): The query's response once complete, else null.
        start_time (None | str | Unset):
        end_time (None | str | Unset):
        expiration_time (None | str | Unset):
        pickup_time (None | str | Unset):
        task_id (None | str | Unset):
        query_progress (Any | Unset): Progress counters, or null.
        dashboard_id (int | None | Unset):
        insight_id (int | None | Unset):
        labels (list[str] | None | Unset):
    """

    id: str
    query_async: bool | Unset = UNSET
    team_id: int | Unset = UNSET
    complete: bool | Unset | None = UNSET
    error: bool | Unset | None = UNSET
    error_message: str | Unset | None = UNSET
    results: Any | Unset = UNSET
    start_time: str | Unset | None = UNSET
    end_time: str | Unset | None = UNSET
    expiration_time: str | Unset | None = UNSET
    pickup_time: str | Unset | None = UNSET
    task_id: str | Unset | None = UNSET
    query_progress: Any | Unset = UNSET
    dashboard_id: int | Unset | None = UNSET
    insight_id: int | Unset | None = UNSET
    labels: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        query_async = self.query_async

        team_id = self.team_id

        complete: bool | Unset | None
        if isinstance(self.complete, Unset):
            complete = UNSET
        else:
            complete = self.complete

        error: bool | Unset | None
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        error_message: str | Unset | None
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        results = self.results

        start_time: str | Unset | None
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        else:
            start_time = self.start_time

        end_time: str | Unset | None
        if isinstance(self.end_time, Unset):
            end_time = UNSET
        else:
            end_time = self.end_time

        expiration_time: str | Unset | None
        if isinstance(self.expiration_time, Unset):
            expiration_time = UNSET
        else:
            expiration_time = self.expiration_time

        pickup_time: str | Unset | None
        if isinstance(self.pickup_time, Unset):
            pickup_time = UNSET
        else:
            pickup_time = self.pickup_time

        task_id: str | Unset | None
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        query_progress = self.query_progress

        dashboard_id: int | Unset | None
        if isinstance(self.dashboard_id, Unset):
            dashboard_id = UNSET
        else:
            dashboard_id = self.dashboard_id

        insight_id: int | Unset | None
        if isinstance(self.insight_id, Unset):
            insight_id = UNSET
        else:
            insight_id = self.insight_id

        labels: list[str] | Unset | None
        if isinstance(self.labels, Unset):
            labels = UNSET
        elif isinstance(self.labels, list):
            labels = self.labels

        else:
            labels = self.labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if query_async is not UNSET:
            field_dict["query_async"] = query_async
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if complete is not UNSET:
            field_dict["complete"] = complete
        if error is not UNSET:
            field_dict["error"] = error
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if results is not UNSET:
            field_dict["results"] = results
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if expiration_time is not UNSET:
            field_dict["expiration_time"] = expiration_time
        if pickup_time is not UNSET:
            field_dict["pickup_time"] = pickup_time
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if query_progress is not UNSET:
            field_dict["query_progress"] = query_progress
        if dashboard_id is not UNSET:
            field_dict["dashboard_id"] = dashboard_id
        if insight_id is not UNSET:
            field_dict["insight_id"] = insight_id
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        id = d["id"]

        query_async = get("query_async", UNSET)

        team_id = get("team_id", UNSET)

        try:
            complete: bool | Unset | None = get("complete", UNSET)

        except Exception as exc:
            raise field_error("complete", exc) from exc

        try:
            error: bool | Unset | None = get("error", UNSET)

        except Exception as exc:
            raise field_error("error", exc) from exc

        try:
            error_message: str | Unset | None = get("error_message", UNSET)

        except Exception as exc:
            raise field_error("error_message", exc) from exc

        results = get("results", UNSET)

        try:
            start_time: str | Unset | None = get("start_time", UNSET)

        except Exception as exc:
            raise field_error("start_time", exc) from exc

        try:
            end_time: str | Unset | None = get("end_time", UNSET)

        except Exception as exc:
            raise field_error("end_time", exc) from exc

        try:
            expiration_time: str | Unset | None = get("expiration_time", UNSET)

        except Exception as exc:
            raise field_error("expiration_time", exc) from exc

        try:
            pickup_time: str | Unset | None = get("pickup_time", UNSET)

        except Exception as exc:
            raise field_error("pickup_time", exc) from exc

        try:
            task_id: str | Unset | None = get("task_id", UNSET)

        except Exception as exc:
            raise field_error("task_id", exc) from exc

        query_progress = get("query_progress", UNSET)

        try:
            dashboard_id: int | Unset | None = get("dashboard_id", UNSET)

        except Exception as exc:
            raise field_error("dashboard_id", exc) from exc

        try:
            insight_id: int | Unset | None = get("insight_id", UNSET)

        except Exception as exc:
            raise field_error("insight_id", exc) from exc

        try:
            labels = _parse_QueryStatus_labels(get("labels", UNSET))
        except Exception as exc:
            raise field_error("labels", exc) from exc

        query_status = cls(
            id=id,
            query_async=query_async,
            team_id=team_id,
            complete=complete,
            error=error,
            error_message=error_message,
            results=results,
            start_time=start_time,
            end_time=end_time,
            expiration_time=expiration_time,
            pickup_time=pickup_time,
            task_id=task_id,
            query_progress=query_progress,
            dashboard_id=dashboard_id,
            insight_id=insight_id,
            labels=labels,
        )

        unknown = d.keys() - _QueryStatus_FIELDS
        query_status.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
        )
        return query_status

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The JSON names of the declared fields; any other key is kept in ``additional_properties``.
_QueryStatus_FIELDS = frozenset(
    {
        "id",
        "query_async",
        "team_id",
        "complete",
        "error",
        "error_message",
        "results",
        "start_time",
        "end_time",
        "expiration_time",
        "pickup_time",
        "task_id",
        "query_progress",
        "dashboard_id",
        "insight_id",
        "labels",
    }
)


def _parse_QueryStatus_labels(data: object) -> list[str] | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, list):
        raise ResponseShapeError(f"expected list, got {type(data).__name__}")
    labels_type_0: list[str] = data

    return labels_type_0
