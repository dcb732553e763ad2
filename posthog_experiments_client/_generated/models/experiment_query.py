from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.experiment_metric import ExperimentMetric


T = TypeVar("T", bound="ExperimentQuery")


@_attrs_define
class ExperimentQuery:
    """One metric's results. `metric` is the metric as stored on the experiment (`metrics[]`, `metrics_secondary[]` or a
    saved metric's `query`), sent as it is.

        Attributes:
            kind (str): `ExperimentQuery`.
            metric (ExperimentMetric): A metric (`kind: ExperimentMetric`). Legacy kinds (`ExperimentTrendsQuery`,
                `ExperimentFunnelsQuery`) parse too; their other keys are kept as additional properties.
            experiment_id (int | Unset): Always sent in practice: PostHog reads the experiment's dates, variants and
                `stats_config`.
            name (None | str | Unset):
            precomputation_mode (None | str | Unset): `precomputed` or `direct` (newest).
    """

    kind: str
    metric: ExperimentMetric
    experiment_id: int | Unset = UNSET
    name: str | Unset | None = UNSET
    precomputation_mode: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind

        metric = self.metric.to_dict() if self.metric is not None else None

        experiment_id = self.experiment_id

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        precomputation_mode: str | Unset | None
        if isinstance(self.precomputation_mode, Unset):
            precomputation_mode = UNSET
        else:
            precomputation_mode = self.precomputation_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "metric": metric,
            }
        )
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if name is not UNSET:
            field_dict["name"] = name
        if precomputation_mode is not UNSET:
            field_dict["precomputation_mode"] = precomputation_mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "kind" not in d:
            raise ResponseShapeError("required field is missing", ("kind",))
        kind = d["kind"]

        try:
            if "metric" not in d:
                raise ResponseShapeError("required field is missing")
            _metric = d["metric"]
            metric: ExperimentMetric
            if _metric is None:
                metric = cast(Any, None)
            else:
                metric = ExperimentMetric.from_dict(_metric)

        except Exception as exc:
            raise field_error("metric", exc) from exc

        experiment_id = get("experiment_id", UNSET)

        try:
            name: str | Unset | None = get("name", UNSET)

        except Exception as exc:
            raise field_error("name", exc) from exc

        try:
            precomputation_mode: str | Unset | None = get("precomputation_mode", UNSET)

        except Exception as exc:
            raise field_error("precomputation_mode", exc) from exc

        experiment_query = cls(
            kind=kind,
            metric=metric,
            experiment_id=experiment_id,
            name=name,
            precomputation_mode=precomputation_mode,
        )

        unknown = d.keys() - _ExperimentQuery_FIELDS
        experiment_query.additional_properties = (
            {k: v for k, v in d.items() if k in unknown} if unknown else {}
        )
        return experiment_query

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
_ExperimentQuery_FIELDS = frozenset(
    {
        "kind",
        "metric",
        "experiment_id",
        "name",
        "precomputation_mode",
    }
)


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.experiment_metric import ExperimentMetric  # noqa: E402
