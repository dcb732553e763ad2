from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LazyFields,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.saved_metric_metadata import SavedMetricMetadata


T = TypeVar("T", bound="SavedMetricReference")


@_attrs_define
class SavedMetricReference(LazyFields):
    """Links a saved metric; `metadata.type` is `primary` (default) or `secondary`.

    Attributes:
        id (int):
        metadata (SavedMetricMetadata | Unset):
    """

    id: int
    metadata: SavedMetricMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict() if self.metadata is not None else None

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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

        try:
            _metadata = get("metadata", UNSET)
            metadata: SavedMetricMetadata | Unset
            if _metadata is None:
                metadata = cast(Any, None)
            elif isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = SavedMetricMetadata._check(_metadata)

        except Exception as exc:
            raise field_error("metadata", exc) from exc

        # Nested models are validated above and built on first access (see LazyFields).
        saved_metric_reference = object.__new__(cls)
        saved_metric_reference.id = id
        saved_metric_reference._lazy_source = d
        saved_metric_reference.additional_properties = (
            {}
            if d.keys() <= _SavedMetricReference_FIELDS
            else {k: v for k, v in d.items() if k not in _SavedMetricReference_FIELDS}
        )

        return saved_metric_reference

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        try:
            _metadata = get("metadata", UNSET)
            metadata: SavedMetricMetadata | Unset
            if _metadata is None:
                metadata = cast(Any, None)
            elif isinstance(_metadata, Unset):
                metadata = UNSET
            else:
                metadata = SavedMetricMetadata._check(_metadata)

        except Exception as exc:
            raise field_error("metadata", exc) from exc

        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict
        get = d.get

        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        id = d["id"]

        saved_metric_reference = object.__new__(cls)
        saved_metric_reference.id = id
        saved_metric_reference._lazy_source = d
        saved_metric_reference.additional_properties = (
            {}
            if d.keys() <= _SavedMetricReference_FIELDS
            else {k: v for k, v in d.items() if k not in _SavedMetricReference_FIELDS}
        )

        return saved_metric_reference

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
_SavedMetricReference_FIELDS = frozenset(
    {
        "id",
        "metadata",
    }
)


def _build_SavedMetricReference_metadata(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        _metadata = get("metadata", UNSET)
        metadata: SavedMetricMetadata | Unset
        if _metadata is None:
            metadata = cast(Any, None)
        elif isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = SavedMetricMetadata._from_valid(_metadata)

    except Exception as exc:
        raise field_error("metadata", exc) from exc

    return metadata


# How each lazy field is built from the validated input, on first access.
SavedMetricReference._lazy_builders = {
    "metadata": _build_SavedMetricReference_metadata,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.saved_metric_metadata import SavedMetricMetadata  # noqa: E402
