"""Report drift between PostHog's published OpenAPI schema and the curated experiments spec.

    python scripts/spec_drift.py PATH_OR_URL [--curated FILE] [--allowlist FILE] [--show-allowed]
                                 [--whole-schema]

``PATH_OR_URL`` is PostHog's published schema (what ``/api/schema/`` serves), whole or a slice, as
JSON or YAML, OAS 3.0 or 3.1. It is compared with ``openapi/posthog-experiments.yaml`` resource by
resource, a resource being a collection path and everything below it
(``/api/projects/{project_id}/experiments/``, ``.../experiment_holdouts/``,
``.../experiment_saved_metrics/``):

* every curated resource that the published document has is compared, all its operations; the
  published document's other paths are ignored. A curated resource it does not have at all is
  not compared (the document is a slice of other resources), and the report's header says which
  resources were compared and which not. With ``--whole-schema`` (PostHog's whole schema, as the
  scheduled CI job downloads it) every curated resource is compared, so a resource PostHog no
  longer serves shows as its operations removed. A document with none of the curated resources
  is a load error;
* operations are matched by operationId, else by method and path (ignoring trailing slashes and
  path-parameter names);
* each matched operation is compared by role: parameters, request body, and the body of each
  response status, following ``$ref``s through allOf/oneOf/anyOf, items, properties and
  additionalProperties. Component names are never compared, so ``ExperimentCreate`` (curated) is
  compared with ``Experiment`` (published) because both are ``experiments_create``'s request body.
  Request bodies ignore read-only properties and responses ignore write-only ones;
* nullability is normalised: 3.0 ``nullable: true``, 3.1 ``type: [x, "null"]``, ``oneOf`` with
  ``{type: "null"}`` and drf-spectacular's ``NullEnum`` mean the same thing, and an
  ``allOf: [{$ref}]`` wrapper means its target. 3.1 ``const`` is a one-value enum, 3.0's boolean
  ``exclusiveMinimum``/``exclusiveMaximum`` are read as 3.1's numbers, ``unevaluatedProperties:
  false`` counts as ``additionalProperties: false``, and ``example``/``examples`` are ignored;
* compared: operations, per-operation security schemes and scopes, parameters, status codes,
  properties, types, nullability, readOnly/writeOnly, required, enum values (``""`` included:
  drf-spectacular's ``BlankEnum`` is a value, not a spelling of null), ``format``, ``default``,
  value constraints (``maxLength``, ``minimum``, ``pattern``, ``maxItems``, ...), closed objects
  (``additionalProperties: false`` on one side), and a typed schema that is any JSON or a
  free-form object on the published side. Descriptions, titles and examples are not compared;
* an operation's outcome is its 2xx statuses, or its 405 when it has no 2xx (an era where
  DELETE is always refused), so another era's ``204`` reads ``response status 405 -> 204``.

Every finding has a stable id, ``<where>: <what>``. ``where`` is an operationId, a parameter
(``experiments_list query.limit``) or a curated component and property path
(``Experiment.holdout``, ``PaginatedExperimentList.results[]``). "added" means only in the
published schema, "removed" means only in the curated spec, and ``a -> b`` means curated ``a``,
published ``b``. The report prints one finding per line, grouped by operation and then by
curated component, in a stable order. Findings listed in ``openapi/drift-allowlist.yml``
(documented curated differences; its header describes the format) are not drift; allow-list
entries that match nothing are reported as warnings, except entries about an operation or
component the run did not look into (a resource not compared, or a schema behind a published
"any JSON").

Exit status: 0 no drift, 1 drift found, 2 usage or load error.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

import httpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
CURATED = ROOT / "openapi" / "posthog-experiments.yaml"
ALLOWLIST = ROOT / "openapi" / "drift-allowlist.yml"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
FETCH_TIMEOUT = 30.0
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available

Mode = Literal["request", "response"]

# Report sections, in the order they are printed.
OPERATIONS = "Operations"
PARAMETERS = "Parameters"
REQUEST_BODIES = "Request bodies"
RESPONSES = "Responses"
FIELDS = "Fields added or removed"
REQUIRED = "Required"
TYPES = "Types"
TYPED_JSON = "Typed in curated, free-form in published"
NULLABILITY = "Nullability"
ACCESS = "readOnly / writeOnly"
ENUMS = "Enum values"
FORMATS = "Formats"
DEFAULTS = "Defaults"
LIMITS = "Value constraints"
CLOSED = "Closed objects"
SECURITY = "Security"
SECTIONS = (
    OPERATIONS,
    PARAMETERS,
    REQUEST_BODIES,
    RESPONSES,
    FIELDS,
    REQUIRED,
    TYPES,
    TYPED_JSON,
    NULLABILITY,
    ACCESS,
    ENUMS,
    FORMATS,
    DEFAULTS,
    LIMITS,
    CLOSED,
    SECURITY,
)


# Value constraints compared by the check (``exclusive*`` as 3.1 numbers; see Shape.limits).
LIMIT_KEYWORDS = (
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
)
NO_DEFAULT = "<no default>"


class LoadError(Exception):
    """A document or the allow-list could not be read, parsed or resolved."""


# --------------------------------------------------------------------------------------- loading


def load_document(source: str) -> dict[str, Any]:
    """Load an OpenAPI document from a file path or an http(s) URL.

    Args:
        source: A file path, or a URL starting with ``http://`` or ``https://``.

    Returns:
        The parsed document.

    Raises:
        LoadError: The source cannot be read, or is not an OpenAPI document.
    """
    if source.startswith(("http://", "https://")):
        try:
            response = httpx.get(
                source,
                timeout=FETCH_TIMEOUT,
                follow_redirects=True,
                headers={"Accept": "application/json, application/yaml;q=0.9, */*;q=0.5"},
            )
            response.raise_for_status()
        except httpx.HTTPError as exc:
            raise LoadError(f"cannot fetch {source}: {exc}") from exc
        text = response.text
    else:
        try:
            text = Path(source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise LoadError(f"cannot read {source}: {exc}") from exc
    return parse_document(text, source)


def parse_document(text: str, source: str) -> dict[str, Any]:
    """Parse JSON or YAML text into an OpenAPI document.

    Args:
        text: The document text.
        source: Where it came from, for error messages.

    Returns:
        The parsed document.

    Raises:
        LoadError: The text is neither JSON nor YAML, or has no ``paths`` mapping.
    """
    try:
        data = json.loads(text)
    except ValueError:
        try:
            data = yaml.load(text, Loader=YAML_LOADER)  # a safe loader
        except yaml.YAMLError as exc:
            raise LoadError(f"{source} is neither JSON nor YAML: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("paths"), dict):
        raise LoadError(f"{source} is not an OpenAPI document (no 'paths' mapping)")
    return data


# --------------------------------------------------------------------------- schema normalising


@dataclass
class Shape:
    """The meaning of a schema once refs, wrappers and nullability spellings are resolved.

    Attributes:
        types: JSON types other than ``"null"``; empty means unconstrained.
        nullable: Whether null is allowed.
        read_only: ``readOnly: true``.
        write_only: ``writeOnly: true``.
        enum: Allowed values other than null (``""`` included), or None when not an enum.
        properties: Property name to (unresolved) property schema.
        required: Names of required properties.
        items: The (unresolved) item schema of an array, if declared.
        additional: The (unresolved) ``additionalProperties`` schema, if it is one.
        name: The component the schema comes from, if it is a ``$ref``.
        null_only: The schema allows only null (``{type: "null"}``, ``NullEnum``).
        blank_only: The schema allows only ``""`` (``BlankEnum``).
        closed: ``additionalProperties: false`` (or ``unevaluatedProperties: false``).
        format: The ``format`` keyword.
        default: The ``default`` value (its JSON text), or ``NO_DEFAULT``.
        limits: Value constraints by keyword (``maxLength``, ``minimum``, ``pattern``, ...);
            OAS 3.0's boolean ``exclusiveMinimum``/``exclusiveMaximum`` are rewritten the 3.1 way.
    """

    types: frozenset[str] = frozenset()
    nullable: bool = False
    read_only: bool = False
    write_only: bool = False
    enum: frozenset[Any] | None = None
    properties: dict[str, Any] = field(default_factory=dict)
    required: frozenset[str] = frozenset()
    items: Any = None
    additional: Any = None
    name: str | None = None
    null_only: bool = False
    blank_only: bool = False
    closed: bool = False
    format: str | None = None
    default: Any = NO_DEFAULT
    limits: dict[str, Any] = field(default_factory=dict)

    @property
    def is_any(self) -> bool:
        """Whether the schema accepts any JSON value (and so null too)."""
        return not self.types and self.enum is None and not self.properties and self.items is None

    @property
    def is_free_form(self) -> bool:
        """Whether the schema is any JSON, or an object without declared properties."""
        return self.is_any or (self.types == {"object"} and not self.properties)

    def type_label(self) -> str:
        """The types as shown in the report, e.g. ``string`` or ``any``."""
        return "|".join(sorted(self.types)) if self.types else "any"


def _hashable(value: Any) -> Any:
    """An enum value as a set member: scalars as they are, lists and objects as JSON text."""
    return (
        value if isinstance(value, (str, int, float, bool)) else json.dumps(value, sort_keys=True)
    )


def _merge(into: Shape, other: Shape) -> None:
    """Add the constraints of ``other`` (an allOf member, or a ref target) to ``into``."""
    if into.types and other.types:
        into.types = into.types & other.types or into.types | other.types
    else:
        into.types = into.types or other.types
    if other.enum is not None:
        into.enum = other.enum if into.enum is None else into.enum & other.enum
    into.properties = {**into.properties, **other.properties}
    into.required = into.required | other.required
    into.items = other.items if other.items is not None else into.items
    into.additional = other.additional if other.additional is not None else into.additional
    into.read_only = into.read_only or other.read_only
    into.write_only = into.write_only or other.write_only
    into.closed = into.closed or other.closed
    into.format = other.format or into.format
    into.default = other.default if other.default != NO_DEFAULT else into.default
    into.limits = {**into.limits, **other.limits}


def _union(members: Sequence[Shape]) -> Shape:
    """Combine the non-null alternatives of a oneOf/anyOf."""
    if len(members) == 1:
        return replace(members[0], null_only=False, blank_only=False)
    if any(member.is_any for member in members):
        return Shape()
    union = Shape()
    for member in members:
        union.types = union.types | member.types
        union.properties = {**union.properties, **member.properties}
        union.nullable = union.nullable or member.nullable
    enums = [member.enum for member in members]
    if all(enum is not None for enum in enums):
        union.enum = frozenset().union(*(enum for enum in enums if enum is not None))
    return union


class Spec:
    """An OpenAPI document with local ``$ref`` resolution and schema normalising.

    Args:
        doc: The parsed document.
        label: A name for error messages.
    """

    def __init__(self, doc: Mapping[str, Any], label: str) -> None:
        self.doc = doc
        self.label = label
        # Keyed by id(); the schema is kept too, so that its id cannot be reused meanwhile.
        self._shapes: dict[int, tuple[Any, Shape]] = {}

    def lookup(self, ref: str) -> Any:
        """Return the node a local JSON pointer ``$ref`` points at.

        Raises:
            LoadError: The ref is external or points at nothing.
        """
        if not ref.startswith("#/"):
            raise LoadError(f"{self.label}: only local $refs are supported, not {ref!r}")
        node: Any = self.doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, Mapping) or part not in node:
                raise LoadError(f"{self.label}: unresolvable $ref {ref!r}")
            node = node[part]
        return node

    def resolve(self, node: Any) -> Any:
        """Follow ``$ref`` until reaching a node that is not a reference."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise LoadError(f"{self.label}: circular $ref {ref!r}")
            seen.add(ref)
            node = self.lookup(ref)
        return node

    def shape(self, schema: Any) -> Shape:
        """Normalise a schema into a :class:`Shape` (cached per schema object)."""
        key = id(schema)
        if key not in self._shapes:
            self._shapes[key] = (schema, self._flatten(schema, frozenset()))
        return self._shapes[key][1]

    def _flatten(self, node: Any, refs: frozenset[str]) -> Shape:
        if not isinstance(node, Mapping):
            return Shape()  # `true`, or a missing schema: anything goes
        shape = Shape()
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref not in refs:
                shape = replace(self._flatten(self.lookup(ref), refs | {ref}))
            shape.name = ref.rsplit("/", 1)[-1]
        parts = [self._flatten(member, refs) for member in node.get("allOf") or []]
        for part in parts:
            _merge(shape, part)
        if parts:
            shape.nullable = shape.nullable or all(part.nullable for part in parts)
            if len(parts) == 1 and shape.name is None:
                shape.name = parts[0].name  # an `allOf: [{$ref}]` wrapper
        for keyword in ("oneOf", "anyOf"):
            if not node.get(keyword):
                continue
            members = [self._flatten(member, refs) for member in node[keyword]]
            values = [m for m in members if not m.null_only and not m.blank_only]
            alternatives = _union(values) if values else Shape()
            if values and any(m.null_only for m in members):
                alternatives.nullable = True
            if any(m.blank_only for m in members) and alternatives.enum is not None:
                alternatives.enum = alternatives.enum | {""}  # BlankEnum: "" is a value too
            if len(values) == 1 and shape.name is None:
                shape.name = values[0].name
            _merge(shape, alternatives)
            shape.nullable = shape.nullable or alternatives.nullable
        self._apply_keywords(shape, node)
        if not shape.types and shape.enum is None:  # `type` left out: infer it
            if shape.properties:
                shape.types = frozenset({"object"})
            elif shape.items is not None:
                shape.types = frozenset({"array"})
        return shape

    @staticmethod
    def _apply_keywords(shape: Shape, node: Mapping[str, Any]) -> None:
        """Apply a schema's own keywords (type, enum, properties, ...) on top of ``shape``."""
        declared = node.get("type")
        if declared is not None:
            names = {declared} if isinstance(declared, str) else set(declared)
            if "null" in names:
                shape.nullable = True
                shape.null_only = names == {"null"}
            _merge(shape, Shape(types=frozenset(names - {"null"})))
        values: list[Any] | None = None
        if isinstance(node.get("enum"), list):
            values = list(node["enum"])
        elif "const" in node:
            values = [node["const"]]
        if values is not None:
            if None in values:
                shape.nullable = True
            shape.null_only = shape.null_only or values == [None]
            shape.blank_only = values == [""]
            enum = frozenset(_hashable(v) for v in values if v is not None)
            if enum:
                _merge(shape, Shape(enum=enum))
        if node.get("nullable") is True:
            shape.nullable = True
        shape.read_only = shape.read_only or node.get("readOnly") is True
        shape.write_only = shape.write_only or node.get("writeOnly") is True
        if isinstance(node.get("properties"), Mapping):
            shape.properties = {**shape.properties, **node["properties"]}
        if isinstance(node.get("required"), list):
            shape.required = shape.required | frozenset(node["required"])
        if "items" in node:
            shape.items = node["items"]
        if isinstance(node.get("additionalProperties"), Mapping):
            shape.additional = node["additionalProperties"]
        if node.get("additionalProperties") is False or node.get("unevaluatedProperties") is False:
            shape.closed = True
        if isinstance(node.get("format"), str):
            shape.format = node["format"]
        if "default" in node:
            shape.default = json.dumps(node["default"], sort_keys=True)
        limits = {key: node[key] for key in LIMIT_KEYWORDS if key in node}
        for bound in ("Minimum", "Maximum"):  # OAS 3.0: a boolean next to minimum/maximum
            flag = limits.get(f"exclusive{bound}")
            if isinstance(flag, bool):
                del limits[f"exclusive{bound}"]
                if flag and bound.lower() in limits:
                    limits[f"exclusive{bound}"] = limits.pop(bound.lower())
        if limits.get("uniqueItems") is False:
            del limits["uniqueItems"]  # the default
        shape.limits = {**shape.limits, **limits}


# ------------------------------------------------------------------------------------ operations


@dataclass(frozen=True)
class Operation:
    """One HTTP operation of a document.

    Attributes:
        method: Lower-case HTTP method.
        path: The path template as written.
        operation_id: The operationId, if any.
        node: The operation object.
        path_item: The path item holding it (for path-level parameters).
    """

    method: str
    path: str
    operation_id: str | None
    node: Mapping[str, Any]
    path_item: Mapping[str, Any]

    @property
    def key(self) -> tuple[str, str]:
        """Method and normalised path, for matching operations without an operationId."""
        return self.method, normalise_path(self.path)

    @property
    def name(self) -> str:
        """The operationId, or ``METHOD path``."""
        return self.operation_id or f"{self.method.upper()} {self.path}"

    @property
    def endpoint(self) -> str:
        """``METHOD path`` as written."""
        return f"{self.method.upper()} {self.path}"


def normalise_path(path: str) -> str:
    """Drop the trailing slash and the names of path parameters: ``/a/{id}/`` -> ``/a/{}``."""
    path = re.sub(r"\{[^}/]*\}", "{}", path)
    return path.rstrip("/") or "/"


def resource_of(path: str) -> str:
    """The resource a path belongs to: its normalised path up to the first name after a parameter.

    ``/api/projects/{project_id}/experiments/{id}/launch/`` and ``/api/projects/{project_id}/
    experiments/`` are both ``/api/projects/{}/experiments``; a path without parameters belongs to
    its first two segments (``/api/users``).
    """
    segments = normalise_path(path).split("/")
    if "{}" in segments[:-1]:
        return "/".join(segments[: segments.index("{}") + 2])
    return "/".join(segments[:3])


def all_operations(spec: Spec) -> list[Operation]:
    """Every operation of ``spec``, in document order."""
    operations = []
    for path, raw_item in spec.doc["paths"].items():
        item = spec.resolve(raw_item)
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            node = item.get(method)
            if isinstance(node, Mapping):
                operation_id = node.get("operationId")
                operations.append(
                    Operation(
                        method,
                        str(path),
                        operation_id if isinstance(operation_id, str) else None,
                        node,
                        item,
                    )
                )
    return operations


def match_operations(
    curated: Sequence[Operation], published: Sequence[Operation]
) -> tuple[list[tuple[Operation, Operation]], list[Operation], list[Operation]]:
    """Pair operations by operationId, then by method and normalised path.

    Returns:
        The pairs (curated, published), the published-only and the curated-only operations.
    """
    by_id = {op.operation_id: op for op in curated if op.operation_id}
    pairs: list[tuple[Operation, Operation]] = []
    paired: set[int] = set()
    leftover: list[Operation] = []
    for op in published:
        match = by_id.get(op.operation_id) if op.operation_id else None
        if match is not None and id(match) not in paired:
            pairs.append((match, op))
            paired.add(id(match))
        else:
            leftover.append(op)
    by_key = {op.key: op for op in curated if id(op) not in paired}
    added = []
    for op in leftover:
        match = by_key.pop(op.key, None)
        if match is None:
            added.append(op)
        else:
            pairs.append((match, op))
            paired.add(id(match))
    removed = [op for op in curated if id(op) not in paired]
    return pairs, added, removed


# -------------------------------------------------------------------------------------- findings


@dataclass
class Finding:
    """One difference between the curated spec and the published schema.

    Attributes:
        id: The stable id, ``<where>: <what>``, as used in the allow-list.
        section: The report section it belongs to.
        roles: Where a schema finding was seen, e.g. ``experiments_retrieve response 200``.
    """

    id: str
    section: str
    roles: list[str] = field(default_factory=list)


def _label(value: Any) -> str:
    """An enum value as the report shows it: strings bare, except ``""``; others as JSON."""
    return value if isinstance(value, str) and value else json.dumps(value)


def _bool(value: bool) -> str:
    return "true" if value else "false"


def _default(value: str) -> str:
    return "none" if value == NO_DEFAULT else value


def _limit(value: Any) -> str:
    return "none" if value is None else json.dumps(value)


def _openness(closed: bool) -> str:
    """How a report shows ``additionalProperties``: false, or open (absent or a schema)."""
    return "false" if closed else "open"


def _outcomes(responses: Mapping[str, Any]) -> list[str]:
    """The statuses an operation answers when it does its job (see compare_responses)."""
    success = sorted(code for code in responses if code.startswith("2"))
    return success or (["405"] if "405" in responses else [])


def _names(names: Iterable[str]) -> str:
    return ", ".join(sorted(names)) or "none"


def _codes(codes: Iterable[str]) -> str:
    return ", ".join(codes) or "none"


def _media_schema(body: Any) -> Any:
    """The schema of a request body or response: its JSON media type, else its first one."""
    content = body.get("content") if isinstance(body, Mapping) else None
    if not isinstance(content, Mapping) or not content:
        return None
    media = content.get("application/json")
    if media is None:
        media = next((v for k, v in content.items() if "json" in str(k)), None)
    if media is None:
        media = next(iter(content.values()))
    return media.get("schema", {}) if isinstance(media, Mapping) else None


def _prefix_length(path: str) -> int:
    """How much of ``path`` (as written) is its resource's prefix, trailing slash included."""
    segments = path.split("/")
    keep = len(resource_of(path).split("/"))
    prefix = "/".join(segments[:keep])
    return len(prefix) + (1 if len(path) > len(prefix) else 0)


def _components(spec: Spec, node: Any) -> set[str]:
    """The names of the components ``node`` reaches through ``$ref``s, transitively."""
    names: set[str] = set()
    seen: set[str] = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, Mapping):
            ref = current.get("$ref")
            if isinstance(ref, str) and ref not in seen:
                seen.add(ref)
                names.add(ref.rsplit("/", 1)[-1])
                stack.append(spec.lookup(ref))
            stack.extend(v for k, v in current.items() if k != "$ref")
        elif isinstance(current, list):
            stack.extend(current)
    return names


class Comparison:
    """Compares the operations of the curated resources in two documents and collects findings.

    Args:
        curated: The curated spec (the baseline).
        published: PostHog's published schema, whole or a slice.
        whole_schema: Compare every curated resource, even one the published document lacks.
    """

    def __init__(self, curated: Spec, published: Spec, *, whole_schema: bool = False) -> None:
        self.curated = curated
        self.published = published
        self.whole_schema = whole_schema
        self.findings: dict[str, Finding] = {}
        self.compared = 0
        self.endpoints: dict[str, str] = {}  # operation name -> METHOD path, for the report
        # Resource (see resource_of) -> its curated path prefix as written, and its operations.
        self.resources: dict[str, str] = {}
        self.curated_ops: dict[str, list[Operation]] = {}
        self.published_ops: dict[str, list[Operation]] = {}
        self.visited: set[str] = set()  # operations and components compared (see _subject)
        self._role = ""
        self._active: set[tuple[int, int, str]] = set()

    @property
    def compared_resources(self) -> list[str]:
        """The curated resources compared: those the published document has (or all of them)."""
        return [r for r in self.resources if self.whole_schema or self.published_ops.get(r)]

    @property
    def skipped_resources(self) -> list[str]:
        """The curated resources the published document (a slice) does not have."""
        compared = set(self.compared_resources)
        return [r for r in self.resources if r not in compared]

    def run(self) -> list[Finding]:
        """Compare everything and return the findings, sorted by section and id.

        Only the published operations of the curated spec's resources are read, so a whole
        PostHog schema can be given. A curated resource with no path in the published document
        (a slice of another resource) is not compared, unless ``whole_schema`` is set, in which
        case its operations are reported as removed.
        """
        for op in all_operations(self.curated):
            resource = resource_of(op.path)
            self.resources.setdefault(resource, op.path[: _prefix_length(op.path)])
            self.curated_ops.setdefault(resource, []).append(op)
        for op in all_operations(self.published):
            resource = resource_of(op.path)
            if resource in self.resources:
                self.published_ops.setdefault(resource, []).append(op)
        curated_ops = [op for r in self.compared_resources for op in self.curated_ops[r]]
        published_ops = [
            op for r in self.compared_resources for op in self.published_ops.get(r, [])
        ]
        pairs, added, removed = match_operations(curated_ops, published_ops)
        self.visited.update(op.name for op in curated_ops)
        for op in [*published_ops, *curated_ops]:  # the curated endpoint wins for a pair
            self.endpoints[op.name] = op.endpoint
        for op in added:
            self.emit(op.name, "operation added", OPERATIONS)
        for op in removed:
            self.emit(op.name, "operation removed", OPERATIONS)
        for cur, pub in sorted(pairs, key=lambda pair: pair[0].name):
            self.compare_operation(cur, pub)
        self.compared = len(pairs)
        order = {section: index for index, section in enumerate(SECTIONS)}
        return sorted(self.findings.values(), key=lambda f: (order[f.section], f.id))

    def unchecked_subjects(self) -> set[str]:
        """Curated operations and components that this run did not look into.

        They belong to resources not compared, or sit behind a published schema that stops the
        comparison (any JSON). An allow-list entry about one of them cannot match in this run, so
        it is not reported as stale; an entry about a name the curated spec does not reach at
        all is.
        """
        known: set[str] = set()
        for ops in self.curated_ops.values():
            for op in ops:
                known.add(op.name)
                known.update(_components(self.curated, op.node))
                known.update(_components(self.curated, op.path_item.get("parameters")))
        return known - self.visited

    def emit(self, where: str, what: str, section: str) -> None:
        """Record a finding ``<where>: <what>`` (once per id)."""
        finding_id = f"{where}: {what}"
        self.findings.setdefault(finding_id, Finding(finding_id, section))

    # ---------------------------------------------------------------------------- operations

    def compare_operation(self, cur: Operation, pub: Operation) -> None:
        """Compare one matched operation: identity, parameters, request body, responses."""
        name = cur.name
        if cur.operation_id and pub.operation_id and cur.operation_id != pub.operation_id:
            self.emit(name, f"operationId {cur.operation_id} -> {pub.operation_id}", OPERATIONS)
        if cur.key != pub.key:
            self.emit(name, f"endpoint {cur.endpoint} -> {pub.endpoint}", OPERATIONS)
        self.compare_security(cur, pub)
        self.compare_parameters(cur, pub)
        self.compare_request_body(cur, pub)
        self.compare_responses(cur, pub)

    @staticmethod
    def _security(spec: Spec, op: Operation) -> tuple[set[str], set[str]]:
        """The schemes and scopes an operation requires (its own ``security``, else the document's)."""
        requirements = op.node.get("security", spec.doc.get("security")) or []
        schemes: set[str] = set()
        scopes: set[str] = set()
        for requirement in requirements:
            if isinstance(requirement, Mapping):
                for scheme, names in requirement.items():
                    schemes.add(str(scheme))
                    scopes.update(str(n) for n in names or [])
        return schemes, scopes

    def compare_security(self, cur: Operation, pub: Operation) -> None:
        """Compare the security schemes and scopes of one operation."""
        cur_schemes, cur_scopes = self._security(self.curated, cur)
        pub_schemes, pub_scopes = self._security(self.published, pub)
        for label, cur_set, pub_set in (
            ("schemes", cur_schemes, pub_schemes),
            ("scopes", cur_scopes, pub_scopes),
        ):
            if cur_set != pub_set:
                change = f"security {label} {_names(cur_set)} -> {_names(pub_set)}"
                self.emit(cur.name, change, SECURITY)

    def _parameters(self, spec: Spec, op: Operation) -> dict[tuple[str, str], Mapping[str, Any]]:
        merged: dict[tuple[str, str], Mapping[str, Any]] = {}
        for raw in [*op.path_item.get("parameters", []), *op.node.get("parameters", [])]:
            param = spec.resolve(raw)
            if isinstance(param, Mapping) and "name" in param and "in" in param:
                merged[(str(param["in"]), str(param["name"]))] = param
        return merged

    def compare_parameters(self, cur: Operation, pub: Operation) -> None:
        """Compare parameters by location and name (path parameters by position)."""
        cur_params = self._parameters(self.curated, cur)
        pub_params = self._parameters(self.published, pub)
        cur_names = re.findall(r"\{([^}/]*)\}", cur.path)
        pub_names = re.findall(r"\{([^}/]*)\}", pub.path)
        if len(cur_names) == len(pub_names):
            renames = dict(zip(pub_names, cur_names, strict=True))
            pub_params = {
                (where, renames.get(name, name) if where == "path" else name): param
                for (where, name), param in pub_params.items()
            }
        self._role = f"{cur.name} parameters"
        for key in sorted(set(cur_params) | set(pub_params)):
            where = f"{cur.name} {key[0]}.{key[1]}"
            cur_param, pub_param = cur_params.get(key), pub_params.get(key)
            if cur_param is None:
                self.emit(where, "parameter added", PARAMETERS)
            elif pub_param is None:
                self.emit(where, "parameter removed", PARAMETERS)
            else:
                cur_required = cur_param.get("required") is True
                pub_required = pub_param.get("required") is True
                if cur_required != pub_required:
                    change = f"required {_bool(cur_required)} -> {_bool(pub_required)}"
                    self.emit(where, change, PARAMETERS)
                self.compare_schema(
                    cur_param.get("schema", _media_schema(cur_param)),
                    pub_param.get("schema", _media_schema(pub_param)),
                    where,
                    "request",
                )

    def compare_request_body(self, cur: Operation, pub: Operation) -> None:
        """Compare the presence, ``required`` flag and schema of the request bodies."""
        cur_body = self.curated.resolve(cur.node.get("requestBody"))
        pub_body = self.published.resolve(pub.node.get("requestBody"))
        if cur_body is None and pub_body is None:
            return
        if cur_body is None or pub_body is None:
            what = "request body added" if cur_body is None else "request body removed"
            self.emit(cur.name, what, REQUEST_BODIES)
            return
        cur_required = cur_body.get("required") is True
        pub_required = pub_body.get("required") is True
        if cur_required != pub_required:
            change = f"request body required {_bool(cur_required)} -> {_bool(pub_required)}"
            self.emit(cur.name, change, REQUEST_BODIES)
        self.compare_body(cur.name, "request", cur_body, pub_body, "request")

    def compare_responses(self, cur: Operation, pub: Operation) -> None:
        """Compare status codes, and the bodies of the statuses both declare.

        An operation's outcome is its 2xx statuses, or, when it has none, its 405: an era in
        which DELETE is always refused declares 405 as the answer, not as an error, so a later
        era's 204 shows as ``response status 405 -> 204``. When each side has exactly one
        outcome and they differ, those two bodies are compared as well, under the curated status.
        """
        cur_responses = {str(k): v for k, v in (cur.node.get("responses") or {}).items()}
        pub_responses = {str(k): v for k, v in (pub.node.get("responses") or {}).items()}
        cur_ok, pub_ok = _outcomes(cur_responses), _outcomes(pub_responses)
        outcomes = set(cur_ok) | set(pub_ok)
        pairs = [(code, code) for code in sorted(set(cur_responses) & set(pub_responses))]
        if cur_ok != pub_ok:
            self.emit(cur.name, f"response status {_codes(cur_ok)} -> {_codes(pub_ok)}", RESPONSES)
            if len(cur_ok) == 1 and len(pub_ok) == 1:
                pairs.insert(0, (cur_ok[0], pub_ok[0]))
        others_added = [
            c for c in sorted(pub_responses) if c not in cur_responses and c not in outcomes
        ]
        others_removed = [
            c for c in sorted(cur_responses) if c not in pub_responses and c not in outcomes
        ]
        if others_added:
            self.emit(cur.name, f"error responses added: {_codes(others_added)}", RESPONSES)
        if others_removed:
            self.emit(cur.name, f"error responses removed: {_codes(others_removed)}", RESPONSES)
        for cur_code, pub_code in pairs:
            self.compare_body(
                cur.name,
                f"response {cur_code}",
                self.curated.resolve(cur_responses[cur_code]),
                self.published.resolve(pub_responses[pub_code]),
                "response",
            )

    def compare_body(self, op_name: str, role: str, cur: Any, pub: Any, mode: Mode) -> None:
        """Compare the JSON schemas of two request bodies or responses."""
        cur_schema, pub_schema = _media_schema(cur), _media_schema(pub)
        if cur_schema is None and pub_schema is None:
            return
        if cur_schema is None or pub_schema is None:
            what = "added" if cur_schema is None else "removed"
            section = REQUEST_BODIES if mode == "request" else RESPONSES
            self.emit(op_name, f"{role} body {what}", section)
            return
        self._role = f"{op_name} {role}"
        root = self.curated.shape(cur_schema).name or f"{op_name} {role}"
        self.compare_schema(cur_schema, pub_schema, root, mode)

    # ------------------------------------------------------------------------------- schemas

    def compare_schema(self, cur: Any, pub: Any, where: str, mode: Mode) -> None:
        """Compare two schemas recursively, by meaning and property name.

        Args:
            cur: The curated schema.
            pub: The published schema.
            where: The location used in finding ids.
            mode: Whether the schemas describe a request or a response.
        """
        key = (id(cur), id(pub), mode)
        if key in self._active:
            return  # a recursive schema: this pair is already being compared
        self._active.add(key)
        try:
            self._compare_shapes(self.curated.shape(cur), self.published.shape(pub), where, mode)
        finally:
            self._active.discard(key)

    def _emit_schema(self, where: str, what: str, section: str) -> None:
        """Record a schema finding, noting the role (operation and body) it was seen in."""
        self.emit(where, what, section)
        roles = self.findings[f"{where}: {what}"].roles
        if self._role not in roles:
            roles.append(self._role)

    def _compare_shapes(self, cur: Shape, pub: Shape, where: str, mode: Mode) -> None:
        self.visited.add(_subject(where))
        for flag, cur_value, pub_value in (
            ("readOnly", cur.read_only, pub.read_only),
            ("writeOnly", cur.write_only, pub.write_only),
        ):
            if cur_value != pub_value:
                self._emit_schema(where, f"{flag} {_bool(cur_value)} -> {_bool(pub_value)}", ACCESS)
        if pub.is_any and not cur.is_any:
            # Any JSON includes null, so nullability is part of this one finding.
            self._emit_schema(where, "typed in curated, any JSON in published", TYPED_JSON)
            return
        if pub.is_free_form and not cur.is_free_form:
            self._emit_schema(where, "typed in curated, free-form object in published", TYPED_JSON)
            if cur.nullable != pub.nullable:
                change = f"nullable {_bool(cur.nullable)} -> {_bool(pub.nullable)}"
                self._emit_schema(where, change, NULLABILITY)
            return
        if cur.types != pub.types:
            self._emit_schema(where, f"type {cur.type_label()} -> {pub.type_label()}", TYPES)
            return
        if cur.is_any:
            return  # both accept any JSON, null included
        if cur.nullable != pub.nullable:
            change = f"nullable {_bool(cur.nullable)} -> {_bool(pub.nullable)}"
            self._emit_schema(where, change, NULLABILITY)
        self._compare_values(cur, pub, where)
        inner = cur.name or where
        self.visited.add(_subject(inner))
        self._compare_closed(cur, pub, inner)
        self._compare_enums(cur, pub, inner)
        if cur.properties or pub.properties:
            self._compare_properties(cur, pub, inner, mode)
        if cur.items is not None or pub.items is not None:
            self.compare_schema(cur.items or {}, pub.items or {}, f"{inner}[]", mode)
        if cur.additional is not None and pub.additional is not None:
            self.compare_schema(cur.additional, pub.additional, f"{inner}{{}}", mode)

    def _compare_values(self, cur: Shape, pub: Shape, where: str) -> None:
        """Compare format, default, value constraints and closed objects."""
        if cur.format != pub.format:
            change = f"format {cur.format or 'none'} -> {pub.format or 'none'}"
            self._emit_schema(where, change, FORMATS)
        if cur.default != pub.default:
            change = f"default {_default(cur.default)} -> {_default(pub.default)}"
            self._emit_schema(where, change, DEFAULTS)
        for keyword in LIMIT_KEYWORDS:
            cur_limit, pub_limit = cur.limits.get(keyword), pub.limits.get(keyword)
            if cur_limit != pub_limit:
                change = f"{keyword} {_limit(cur_limit)} -> {_limit(pub_limit)}"
                self._emit_schema(where, change, LIMITS)

    def _compare_closed(self, cur: Shape, pub: Shape, where: str) -> None:
        """Report ``additionalProperties: false`` on one side only (of an object schema)."""
        if cur.closed != pub.closed and "object" in cur.types | pub.types:
            change = f"additionalProperties {_openness(cur.closed)} -> {_openness(pub.closed)}"
            self._emit_schema(where, change, CLOSED)

    def _compare_enums(self, cur: Shape, pub: Shape, where: str) -> None:
        if cur.enum is None and pub.enum is None:
            return
        if cur.enum is None or pub.enum is None:
            what = "enum constraint added" if cur.enum is None else "enum constraint removed"
            self._emit_schema(where, what, ENUMS)
            return
        for value in sorted(pub.enum - cur.enum, key=_label):
            self._emit_schema(where, f"enum value added: {_label(value)}", ENUMS)
        for value in sorted(cur.enum - pub.enum, key=_label):
            self._emit_schema(where, f"enum value removed: {_label(value)}", ENUMS)

    def _visible(self, spec: Spec, schema: Any, mode: Mode) -> bool:
        """Whether a property exists in this role: no readOnly in requests, no writeOnly in responses."""
        if schema is None:
            return False
        shape = spec.shape(schema)
        return not (shape.read_only if mode == "request" else shape.write_only)

    def _compare_properties(self, cur: Shape, pub: Shape, where: str, mode: Mode) -> None:
        for name in sorted(set(cur.properties) | set(pub.properties)):
            cur_schema, pub_schema = cur.properties.get(name), pub.properties.get(name)
            cur_visible = self._visible(self.curated, cur_schema, mode)
            pub_visible = self._visible(self.published, pub_schema, mode)
            prop = f"{where}.{name}"
            if cur_schema is None or pub_schema is None:
                if pub_visible:
                    self._emit_schema(prop, "field added", FIELDS)
                elif cur_visible:
                    self._emit_schema(prop, "field removed", FIELDS)
                continue
            if not cur_visible and not pub_visible:
                continue
            cur_required, pub_required = name in cur.required, name in pub.required
            if cur_visible and pub_visible and cur_required != pub_required:
                change = f"required {_bool(cur_required)} -> {_bool(pub_required)}"
                self._emit_schema(prop, change, REQUIRED)
            self.compare_schema(cur_schema, pub_schema, prop, mode)


# ------------------------------------------------------------------------------------ allow-list


# An allow-list id starts with a name (operationId or component), never with `*`.
NAMED_PATTERN = re.compile(r"[A-Za-z_][\w-]*(?:[ .\[{:]|$)")


@dataclass
class AllowEntry:
    """One allow-listed finding id, or a pattern where ``*`` matches any text.

    Attributes:
        pattern: The id or pattern, as written.
        reason: Why the curated spec differs here.
        matched: How many findings it matched in this run.
    """

    pattern: str
    reason: str
    matched: int = 0

    def matches(self, finding_id: str) -> bool:
        """Whether ``finding_id`` matches (``*`` is the only wildcard)."""
        regex = ".*".join(re.escape(part) for part in self.pattern.split("*"))
        return re.fullmatch(regex, finding_id) is not None


def load_allowlist(path: Path) -> list[AllowEntry]:
    """Read the allow-list: ``allow:`` entries, each with ``id`` or ``ids`` and a ``reason``.

    Raises:
        LoadError: The file cannot be read or has the wrong shape.
    """
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise LoadError(f"cannot read allow-list {path}: {exc}") from exc
    if data is None:
        return []
    if not isinstance(data, dict) or set(data) != {"allow"} or not isinstance(data["allow"], list):
        raise LoadError(f"{path}: expected a mapping with one key, 'allow', holding a list")
    entries: list[AllowEntry] = []
    for number, entry in enumerate(data["allow"], start=1):
        problem = None
        if not isinstance(entry, dict) or set(entry) not in ({"id", "reason"}, {"ids", "reason"}):
            problem = "needs 'reason' and either 'id' or 'ids', and nothing else"
        elif not isinstance(entry["reason"], str) or not entry["reason"].strip():
            problem = "'reason' must be a non-empty string"
        else:
            ids = [entry["id"]] if "id" in entry else entry["ids"]
            if not isinstance(ids, list) or not ids or not all(isinstance(i, str) for i in ids):
                problem = "'id' must be a string and 'ids' a non-empty list of strings"
            else:
                unnamed = [i for i in ids if not NAMED_PATTERN.match(i)]
                if unnamed:
                    problem = (
                        f"{unnamed[0]!r} does not start with the operation, parameter or"
                        " component it covers (a '*' may only follow a name)"
                    )
        if problem:
            raise LoadError(f"{path}: entry {number}: {problem}")
        entries.extend(AllowEntry(i, entry["reason"].strip()) for i in ids)
    return entries


def apply_allowlist(
    findings: Sequence[Finding], entries: Sequence[AllowEntry]
) -> tuple[list[Finding], list[tuple[Finding, AllowEntry]]]:
    """Split findings into drift and allow-listed ones, counting each entry's matches.

    Returns:
        The drift findings, and each allow-listed finding with the entry that allowed it.
    """
    for entry in entries:
        entry.matched = sum(entry.matches(finding.id) for finding in findings)
    drift: list[Finding] = []
    allowed: list[tuple[Finding, AllowEntry]] = []
    for finding in findings:
        match = next((e for e in entries if e.matches(finding.id)), None)
        if match is None:
            drift.append(finding)
        else:
            allowed.append((finding, match))
    return drift, allowed


# ---------------------------------------------------------------------------------------- report


def _subject(finding_id: str) -> str:
    """The operation or component a finding id starts with (``Experiment`` for ``Experiment.x``)."""
    return re.split(r"[ .\[{:]", finding_id, maxsplit=1)[0]


def _coverage(comparison: Comparison) -> list[str]:
    """Which curated resources were compared, and which the published document does not have."""

    def label(resource: str) -> str:
        count = len(comparison.curated_ops[resource])
        noun = "operation" if count == 1 else "operations"
        return f"{comparison.resources[resource]} ({count} curated {noun})"

    lines = [
        "Compared: " + ("; ".join(map(label, comparison.compared_resources)) or "nothing") + "."
    ]
    if comparison.skipped_resources:
        lines.append(
            "Not compared, not in the published document: "
            + "; ".join(map(label, comparison.skipped_resources))
            + "."
        )
    return lines


def format_report(
    source: str,
    comparison: Comparison,
    drift: Sequence[Finding],
    allowed: Sequence[tuple[Finding, AllowEntry]],
    show_allowed: bool,
) -> str:
    """Render the report: one line per drift finding, grouped by operation, then by schema.

    Group headers start in column 0; each finding is its allow-list id, indented two spaces.
    """
    lines = [
        f"Spec drift: {source} (published) vs the curated spec;"
        f" {comparison.compared} operations matched.",
        *_coverage(comparison),
        '"added" = only in the published schema, "removed" = only in the curated spec,'
        ' "a -> b" = curated a, published b.',
    ]
    groups: dict[str, list[Finding]] = {}
    for finding in drift:
        groups.setdefault(_subject(finding.id), []).append(finding)
    order = {section: index for index, section in enumerate(SECTIONS)}

    def group_key(subject: str) -> tuple[bool, str]:
        return subject not in comparison.endpoints, subject

    for subject in sorted(groups, key=group_key):
        found = sorted(groups[subject], key=lambda f: (order[f.section], f.id))
        if subject in comparison.endpoints:
            header = f"Operation {subject} ({comparison.endpoints[subject]})"
        else:
            roles = sorted({role for finding in found for role in finding.roles})
            header = f"Schema {subject}" + (f" (seen in: {', '.join(roles)})" if roles else "")
        lines += ["", header, *(f"  {finding.id}" for finding in found)]
    if show_allowed and allowed:
        lines += ["", f"Allow-listed ({len(allowed)})"]
        for finding, entry in allowed:
            lines += [f"  {finding.id}", f"      reason: {entry.reason}"]
    lines.append("")
    if drift:
        lines.append(f"DRIFT: {len(drift)} finding(s); {len(allowed)} allow-listed.")
    else:
        lines.append(f"No drift; {len(allowed)} finding(s) allow-listed.")
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="spec_drift.py",
        description="Compare PostHog's published OpenAPI schema with the curated experiments spec.",
        epilog="Exit status: 0 no drift, 1 drift found, 2 usage or load error.",
    )
    parser.add_argument("schema", metavar="PATH_OR_URL", help="the published schema (JSON or YAML)")
    parser.add_argument(
        "--curated", type=Path, default=CURATED, help="curated spec (default: %(default)s)"
    )
    parser.add_argument(
        "--allowlist", type=Path, default=ALLOWLIST, help="allow-list (default: %(default)s)"
    )
    parser.add_argument(
        "--show-allowed", action="store_true", help="also list allow-listed findings and reasons"
    )
    parser.add_argument(
        "--whole-schema",
        action="store_true",
        help="the document is PostHog's whole schema, not a slice: compare every curated resource,"
        " so one that it lacks is reported as removed",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the drift check.

    Args:
        argv: Command-line arguments without the program name (default: ``sys.argv[1:]``).

    Returns:
        0 when there is no drift, 1 when there is, 2 on a usage or load error.
    """
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # --help, or a usage error already printed by argparse
        return exc.code if isinstance(exc.code, int) else 2
    try:
        published = Spec(load_document(args.schema), args.schema)
        curated = Spec(load_document(str(args.curated)), str(args.curated))
        entries = load_allowlist(args.allowlist)
        comparison = Comparison(curated, published, whole_schema=args.whole_schema)
        findings = comparison.run()
        if not comparison.compared_resources:
            raise LoadError(
                f"{args.schema} has no path of the curated resources"
                f" ({', '.join(comparison.resources.values())}): nothing to compare"
            )
    except LoadError as exc:
        print(f"spec_drift: error: {exc}", file=sys.stderr)
        return 2
    drift, allowed = apply_allowlist(findings, entries)
    print(format_report(args.schema, comparison, drift, allowed, args.show_allowed))
    sys.stdout.flush()  # keep the warnings after the report in a shared log
    unchecked = comparison.unchecked_subjects()
    for entry in entries:
        if entry.matched == 0 and _subject(entry.pattern) not in unchecked:
            print(
                f"spec_drift: warning: allow-list entry matches nothing (stale): {entry.pattern}",
                file=sys.stderr,
            )
    return 1 if drift else 0


if __name__ == "__main__":
    sys.exit(main())
