from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bucketing_identifier_enum import (
    BucketingIdentifierEnum,
    check_bucketing_identifier_enum,
)
from ..models.evaluation_runtime_enum import EvaluationRuntimeEnum, check_evaluation_runtime_enum
from ..types import (
    UNSET,
    LazyFields,
    ResponseShapeError,
    Unset,
    expect_object,
    field_error,
)

if TYPE_CHECKING:
    from ..models.minimal_feature_flag_filters import MinimalFeatureFlagFilters


T = TypeVar("T", bound="MinimalFeatureFlag")


@_attrs_define
class MinimalFeatureFlag(LazyFields):
    """
    Attributes:
        id (int):
        team_id (int):
        key (str):
        name (str | Unset):
        filters (MinimalFeatureFlagFilters | Unset): `groups`, `multivariate.variants`, `aggregation_group_type_index`,
            `holdout`, `payloads`.
        deleted (bool | Unset):
        active (bool | Unset):
        ensure_experience_continuity (bool | None | Unset):
        has_encrypted_payloads (bool | None | Unset): Gone in the newest PostHog.
        version (int | None | Unset):
        evaluation_runtime (EvaluationRuntimeEnum | None | Unset):
        bucketing_identifier (BucketingIdentifierEnum | None | Unset): Identifier used for bucketing users (2026).
        evaluation_tags (list[str] | Unset): Early 2026; renamed `evaluation_contexts`.
        evaluation_contexts (list[str] | Unset):
    """

    id: int
    team_id: int
    key: str
    name: str | Unset = UNSET
    filters: MinimalFeatureFlagFilters | Unset = UNSET
    deleted: bool | Unset = UNSET
    active: bool | Unset = UNSET
    ensure_experience_continuity: bool | Unset | None = UNSET
    has_encrypted_payloads: bool | Unset | None = UNSET
    version: int | Unset | None = UNSET
    evaluation_runtime: EvaluationRuntimeEnum | Unset | None = UNSET
    bucketing_identifier: BucketingIdentifierEnum | Unset | None = UNSET
    evaluation_tags: list[str] | Unset = UNSET
    evaluation_contexts: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        team_id = self.team_id

        key = self.key

        name = self.name

        filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filters, Unset):
            filters = self.filters.to_dict() if self.filters is not None else None

        deleted = self.deleted

        active = self.active

        ensure_experience_continuity: bool | Unset | None
        if isinstance(self.ensure_experience_continuity, Unset):
            ensure_experience_continuity = UNSET
        else:
            ensure_experience_continuity = self.ensure_experience_continuity

        has_encrypted_payloads: bool | Unset | None
        if isinstance(self.has_encrypted_payloads, Unset):
            has_encrypted_payloads = UNSET
        else:
            has_encrypted_payloads = self.has_encrypted_payloads

        version: int | Unset | None
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        evaluation_runtime: str | Unset | None
        if isinstance(self.evaluation_runtime, Unset):
            evaluation_runtime = UNSET
        elif isinstance(self.evaluation_runtime, str):
            evaluation_runtime = self.evaluation_runtime
        else:
            evaluation_runtime = self.evaluation_runtime

        bucketing_identifier: str | Unset | None
        if isinstance(self.bucketing_identifier, Unset):
            bucketing_identifier = UNSET
        elif isinstance(self.bucketing_identifier, str):
            bucketing_identifier = self.bucketing_identifier
        else:
            bucketing_identifier = self.bucketing_identifier

        evaluation_tags: list[str] | Unset = UNSET
        if not isinstance(self.evaluation_tags, Unset):
            evaluation_tags = self.evaluation_tags

        evaluation_contexts: list[str] | Unset = UNSET
        if not isinstance(self.evaluation_contexts, Unset):
            evaluation_contexts = self.evaluation_contexts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "team_id": team_id,
                "key": key,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if filters is not UNSET:
            field_dict["filters"] = filters
        if deleted is not UNSET:
            field_dict["deleted"] = deleted
        if active is not UNSET:
            field_dict["active"] = active
        if ensure_experience_continuity is not UNSET:
            field_dict["ensure_experience_continuity"] = ensure_experience_continuity
        if has_encrypted_payloads is not UNSET:
            field_dict["has_encrypted_payloads"] = has_encrypted_payloads
        if version is not UNSET:
            field_dict["version"] = version
        if evaluation_runtime is not UNSET:
            field_dict["evaluation_runtime"] = evaluation_runtime
        if bucketing_identifier is not UNSET:
            field_dict["bucketing_identifier"] = bucketing_identifier
        if evaluation_tags is not UNSET:
            field_dict["evaluation_tags"] = evaluation_tags
        if evaluation_contexts is not UNSET:
            field_dict["evaluation_contexts"] = evaluation_contexts

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

        if "team_id" not in d:
            raise ResponseShapeError("required field is missing", ("team_id",))
        team_id = d["team_id"]

        if "key" not in d:
            raise ResponseShapeError("required field is missing", ("key",))
        key = d["key"]

        name = get("name", UNSET)

        try:
            _filters = get("filters", UNSET)
            filters: MinimalFeatureFlagFilters | Unset
            if _filters is None:
                filters = cast(Any, None)
            elif isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = MinimalFeatureFlagFilters._check(_filters)

        except Exception as exc:
            raise field_error("filters", exc) from exc

        deleted = get("deleted", UNSET)

        active = get("active", UNSET)

        try:
            ensure_experience_continuity: bool | Unset | None = get(
                "ensure_experience_continuity", UNSET
            )

        except Exception as exc:
            raise field_error("ensure_experience_continuity", exc) from exc

        try:
            has_encrypted_payloads: bool | Unset | None = get("has_encrypted_payloads", UNSET)

        except Exception as exc:
            raise field_error("has_encrypted_payloads", exc) from exc

        try:
            version: int | Unset | None = get("version", UNSET)

        except Exception as exc:
            raise field_error("version", exc) from exc

        try:
            evaluation_runtime = _parse_MinimalFeatureFlag_evaluation_runtime(
                get("evaluation_runtime", UNSET)
            )
        except Exception as exc:
            raise field_error("evaluation_runtime", exc) from exc

        try:
            bucketing_identifier = _parse_MinimalFeatureFlag_bucketing_identifier(
                get("bucketing_identifier", UNSET)
            )
        except Exception as exc:
            raise field_error("bucketing_identifier", exc) from exc

        try:
            evaluation_tags: list[str] = get("evaluation_tags", UNSET)

        except Exception as exc:
            raise field_error("evaluation_tags", exc) from exc

        try:
            evaluation_contexts: list[str] = get("evaluation_contexts", UNSET)

        except Exception as exc:
            raise field_error("evaluation_contexts", exc) from exc

        # Nested models are validated above and built on first access (see LazyFields).
        minimal_feature_flag = object.__new__(cls)
        minimal_feature_flag.id = id
        minimal_feature_flag.team_id = team_id
        minimal_feature_flag.key = key
        minimal_feature_flag.name = name
        minimal_feature_flag.deleted = deleted
        minimal_feature_flag.active = active
        minimal_feature_flag.ensure_experience_continuity = ensure_experience_continuity
        minimal_feature_flag.has_encrypted_payloads = has_encrypted_payloads
        minimal_feature_flag.version = version
        minimal_feature_flag.evaluation_runtime = evaluation_runtime
        minimal_feature_flag.bucketing_identifier = bucketing_identifier
        minimal_feature_flag.evaluation_tags = evaluation_tags
        minimal_feature_flag.evaluation_contexts = evaluation_contexts
        minimal_feature_flag._lazy_source = d
        minimal_feature_flag.additional_properties = (
            {}
            if d.keys() <= _MinimalFeatureFlag_FIELDS
            else {k: v for k, v in d.items() if k not in _MinimalFeatureFlag_FIELDS}
        )

        return minimal_feature_flag

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        if "team_id" not in d:
            raise ResponseShapeError("required field is missing", ("team_id",))
        if "key" not in d:
            raise ResponseShapeError("required field is missing", ("key",))
        try:
            _filters = get("filters", UNSET)
            filters: MinimalFeatureFlagFilters | Unset
            if _filters is None:
                filters = cast(Any, None)
            elif isinstance(_filters, Unset):
                filters = UNSET
            else:
                filters = MinimalFeatureFlagFilters._check(_filters)

        except Exception as exc:
            raise field_error("filters", exc) from exc

        try:
            evaluation_runtime = _parse_MinimalFeatureFlag_evaluation_runtime(
                get("evaluation_runtime", UNSET)
            )
        except Exception as exc:
            raise field_error("evaluation_runtime", exc) from exc

        try:
            bucketing_identifier = _parse_MinimalFeatureFlag_bucketing_identifier(
                get("bucketing_identifier", UNSET)
            )
        except Exception as exc:
            raise field_error("bucketing_identifier", exc) from exc

        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict
        get = d.get

        if "id" not in d:
            raise ResponseShapeError("required field is missing", ("id",))
        id = d["id"]

        if "team_id" not in d:
            raise ResponseShapeError("required field is missing", ("team_id",))
        team_id = d["team_id"]

        if "key" not in d:
            raise ResponseShapeError("required field is missing", ("key",))
        key = d["key"]

        name = get("name", UNSET)

        deleted = get("deleted", UNSET)

        active = get("active", UNSET)

        try:
            ensure_experience_continuity: bool | Unset | None = get(
                "ensure_experience_continuity", UNSET
            )

        except Exception as exc:
            raise field_error("ensure_experience_continuity", exc) from exc

        try:
            has_encrypted_payloads: bool | Unset | None = get("has_encrypted_payloads", UNSET)

        except Exception as exc:
            raise field_error("has_encrypted_payloads", exc) from exc

        try:
            version: int | Unset | None = get("version", UNSET)

        except Exception as exc:
            raise field_error("version", exc) from exc

        try:
            evaluation_runtime = _parse_MinimalFeatureFlag_evaluation_runtime(
                get("evaluation_runtime", UNSET)
            )
        except Exception as exc:
            raise field_error("evaluation_runtime", exc) from exc

        try:
            bucketing_identifier = _parse_MinimalFeatureFlag_bucketing_identifier(
                get("bucketing_identifier", UNSET)
            )
        except Exception as exc:
            raise field_error("bucketing_identifier", exc) from exc

        try:
            evaluation_tags: list[str] = get("evaluation_tags", UNSET)

        except Exception as exc:
            raise field_error("evaluation_tags", exc) from exc

        try:
            evaluation_contexts: list[str] = get("evaluation_contexts", UNSET)

        except Exception as exc:
            raise field_error("evaluation_contexts", exc) from exc

        minimal_feature_flag = object.__new__(cls)
        minimal_feature_flag.id = id
        minimal_feature_flag.team_id = team_id
        minimal_feature_flag.key = key
        minimal_feature_flag.name = name
        minimal_feature_flag.deleted = deleted
        minimal_feature_flag.active = active
        minimal_feature_flag.ensure_experience_continuity = ensure_experience_continuity
        minimal_feature_flag.has_encrypted_payloads = has_encrypted_payloads
        minimal_feature_flag.version = version
        minimal_feature_flag.evaluation_runtime = evaluation_runtime
        minimal_feature_flag.bucketing_identifier = bucketing_identifier
        minimal_feature_flag.evaluation_tags = evaluation_tags
        minimal_feature_flag.evaluation_contexts = evaluation_contexts
        minimal_feature_flag._lazy_source = d
        minimal_feature_flag.additional_properties = (
            {}
            if d.keys() <= _MinimalFeatureFlag_FIELDS
            else {k: v for k, v in d.items() if k not in _MinimalFeatureFlag_FIELDS}
        )

        return minimal_feature_flag

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
_MinimalFeatureFlag_FIELDS = frozenset(
    {
        "id",
        "team_id",
        "key",
        "name",
        "filters",
        "deleted",
        "active",
        "ensure_experience_continuity",
        "has_encrypted_payloads",
        "version",
        "evaluation_runtime",
        "bucketing_identifier",
        "evaluation_tags",
        "evaluation_contexts",
    }
)


def _build_MinimalFeatureFlag_filters(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        _filters = get("filters", UNSET)
        filters: MinimalFeatureFlagFilters | Unset
        if _filters is None:
            filters = cast(Any, None)
        elif isinstance(_filters, Unset):
            filters = UNSET
        else:
            filters = MinimalFeatureFlagFilters._from_valid(_filters)

    except Exception as exc:
        raise field_error("filters", exc) from exc

    return filters


def _parse_MinimalFeatureFlag_evaluation_runtime(
    data: object,
) -> EvaluationRuntimeEnum | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected str, got {type(data).__name__}")
    _evaluation_runtime_type_1 = data
    evaluation_runtime_type_1: EvaluationRuntimeEnum
    if _evaluation_runtime_type_1 is None:
        evaluation_runtime_type_1 = cast(Any, None)
    else:
        evaluation_runtime_type_1 = check_evaluation_runtime_enum(_evaluation_runtime_type_1)

    return evaluation_runtime_type_1


def _parse_MinimalFeatureFlag_bucketing_identifier(
    data: object,
) -> BucketingIdentifierEnum | Unset | None:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if not isinstance(data, str):
        raise ResponseShapeError(f"expected str, got {type(data).__name__}")
    _bucketing_identifier_type_1 = data
    bucketing_identifier_type_1: BucketingIdentifierEnum
    if _bucketing_identifier_type_1 is None:
        bucketing_identifier_type_1 = cast(Any, None)
    else:
        bucketing_identifier_type_1 = check_bucketing_identifier_enum(_bucketing_identifier_type_1)

    return bucketing_identifier_type_1


# How each lazy field is built from the validated input, on first access.
MinimalFeatureFlag._lazy_builders = {
    "filters": _build_MinimalFeatureFlag_filters,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.minimal_feature_flag_filters import MinimalFeatureFlagFilters  # noqa: E402
