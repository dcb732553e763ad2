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
    from ..models.feature_flag_variant import FeatureFlagVariant


T = TypeVar("T", bound="FeatureFlagMultivariate")


@_attrs_define
class FeatureFlagMultivariate(LazyFields):
    """
    Attributes:
        variants (list[FeatureFlagVariant] | Unset):
    """

    variants: list[FeatureFlagVariant] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        variants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variants, Unset):
            if self.variants is None:
                variants = cast(Any, None)
            else:
                variants = []
                for variants_item_data in self.variants:
                    variants_item = (
                        variants_item_data.to_dict() if variants_item_data is not None else None
                    )
                    variants.append(variants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if variants is not UNSET:
            field_dict["variants"] = variants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get

        try:
            _variants = get("variants", UNSET)
            variants: list[FeatureFlagVariant] | Unset
            if _variants is None:
                variants = cast(Any, None)
            elif isinstance(_variants, Unset):
                variants = UNSET
            elif not isinstance(_variants, list):
                raise ResponseShapeError(f"expected a list, got {type(_variants).__name__}")
            else:
                variants = []
                for variants_index, variants_item_data in enumerate(_variants):
                    try:
                        _variants_item = variants_item_data
                        variants_item: FeatureFlagVariant
                        if _variants_item is None:
                            variants_item = cast(Any, None)
                        else:
                            variants_item = FeatureFlagVariant._check(_variants_item)

                    except Exception as exc:
                        raise field_error(variants_index, exc) from exc
                    variants.append(variants_item)

        except Exception as exc:
            raise field_error("variants", exc) from exc

        # Nested models are validated above and built on first access (see LazyFields).
        feature_flag_multivariate = object.__new__(cls)
        feature_flag_multivariate._lazy_source = d
        feature_flag_multivariate.additional_properties = (
            {}
            if d.keys() <= _FeatureFlagMultivariate_FIELDS
            else {k: v for k, v in d.items() if k not in _FeatureFlagMultivariate_FIELDS}
        )

        return feature_flag_multivariate

    @classmethod
    def _check(cls, src_dict: Mapping[str, Any]) -> Any:
        """Raise what ``from_dict(src_dict)`` raises, building nothing."""
        if type(src_dict) is not dict:
            expect_object(src_dict)
        d = src_dict
        get = d.get
        try:
            _variants = get("variants", UNSET)
            variants: list[FeatureFlagVariant] | Unset
            if _variants is None:
                variants = cast(Any, None)
            elif isinstance(_variants, Unset):
                variants = UNSET
            elif not isinstance(_variants, list):
                raise ResponseShapeError(f"expected a list, got {type(_variants).__name__}")
            else:
                variants = []
                for variants_index, variants_item_data in enumerate(_variants):
                    try:
                        _variants_item = variants_item_data
                        variants_item: FeatureFlagVariant
                        if _variants_item is None:
                            variants_item = cast(Any, None)
                        else:
                            variants_item = FeatureFlagVariant._check(_variants_item)

                    except Exception as exc:
                        raise field_error(variants_index, exc) from exc
                    variants.append(variants_item)

        except Exception as exc:
            raise field_error("variants", exc) from exc

        return None

    @classmethod
    def _from_valid(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """``from_dict`` for input that ``_check`` accepted: builds without checking again."""
        d = src_dict
        get = d.get

        feature_flag_multivariate = object.__new__(cls)
        feature_flag_multivariate._lazy_source = d
        feature_flag_multivariate.additional_properties = (
            {}
            if d.keys() <= _FeatureFlagMultivariate_FIELDS
            else {k: v for k, v in d.items() if k not in _FeatureFlagMultivariate_FIELDS}
        )

        return feature_flag_multivariate

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
_FeatureFlagMultivariate_FIELDS = frozenset(
    {
        "variants",
    }
)


def _build_FeatureFlagMultivariate_variants(d: Mapping[str, Any]) -> Any:
    get = d.get
    try:
        _variants = get("variants", UNSET)
        variants: list[FeatureFlagVariant] | Unset
        if _variants is None:
            variants = cast(Any, None)
        elif isinstance(_variants, Unset):
            variants = UNSET
        elif not isinstance(_variants, list):
            raise ResponseShapeError(f"expected a list, got {type(_variants).__name__}")
        else:
            variants = []
            for variants_index, variants_item_data in enumerate(_variants):
                try:
                    _variants_item = variants_item_data
                    variants_item: FeatureFlagVariant
                    if _variants_item is None:
                        variants_item = cast(Any, None)
                    else:
                        variants_item = FeatureFlagVariant._from_valid(_variants_item)

                except Exception as exc:
                    raise field_error(variants_index, exc) from exc
                variants.append(variants_item)

    except Exception as exc:
        raise field_error("variants", exc) from exc

    return variants


# How each lazy field is built from the validated input, on first access.
FeatureFlagMultivariate._lazy_builders = {
    "variants": _build_FeatureFlagMultivariate_variants,
}


# Imported here rather than at the top, where they would form import cycles between models, and
# rather than inside the methods, where they would run on every call.
from ..models.feature_flag_variant import FeatureFlagVariant  # noqa: E402
