"""Derive the writable fields of every façade ``create`` and ``update`` from the spec.

    python scripts/writable_fields.py          # rewrite the derived code
    python scripts/writable_fields.py --check  # exit 1 if it is out of date

Writes ``posthog_experiments_client/_fields.py`` (the field tables the façade checks and sends) and
the marked blocks of each façade source in ``TARGETS`` (the keyword arguments of ``create`` and
``update``, their docstring ``Args`` and the dict passing them on): experiments in
``_async_client.py``, holdouts and saved metrics in their own modules. The experiment methods also
get the link conveniences of ``_links.LINK_ARGUMENTS``. The sync twins follow through
``scripts/unasync.py``. Adding a field to a request schema in the spec then needs only
``make generate``.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any, NamedTuple

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from posthog_experiments_client._links import LINK_ARGUMENTS

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "posthog-experiments.yaml"
PACKAGE = ROOT / "posthog_experiments_client"
FIELDS = PACKAGE / "_fields.py"
CLIENT = PACKAGE / "_async_client.py"


class Target(NamedTuple):
    """A façade source: its methods' field tables and request schemas, and the models it names."""

    tables: dict[str, tuple[str, str]]  # method -> (table in _fields.py, request schema)
    models: frozenset[str]  # named by its other methods, imported in the generated statement
    links: bool = False  # add the link conveniences (experiments only)


TARGETS = {
    CLIENT: Target(
        {
            "create": ("CREATE_FIELDS", "ExperimentCreate"),
            "update": ("UPDATE_FIELDS", "PatchedExperiment"),
        },
        frozenset({"Cohort", "Experiment"}),
        links=True,
    ),
    PACKAGE / "_async_holdouts.py": Target(
        {
            "create": ("HOLDOUT_CREATE_FIELDS", "ExperimentHoldoutRequest"),
            "update": ("HOLDOUT_UPDATE_FIELDS", "PatchedExperimentHoldout"),
        },
        frozenset({"ExperimentHoldout"}),
    ),
    PACKAGE / "_async_saved_metrics.py": Target(
        {
            "create": ("SAVED_METRIC_CREATE_FIELDS", "ExperimentSavedMetricRequest"),
            "update": ("SAVED_METRIC_UPDATE_FIELDS", "PatchedExperimentSavedMetric"),
        },
        frozenset({"ExperimentSavedMetric"}),
    ),
}
# Written by their own verbs (``delete``/``restore``), never by create/update.
VERB_FIELDS = frozenset({"deleted"})

# kind -> (annotation of the argument, what the docstring says it accepts)
SCALARS = {
    "text": ("str", "A str"),
    "integer": ("int", "An int"),
    "number": ("float", "A number"),
    "boolean": ("bool", "A bool"),
    "datetime": ("datetime.datetime | str", "A timezone-aware datetime or an ISO 8601 str"),
    "text_list": ("Sequence[str]", "A list of str"),
}


class SpecError(Exception):
    pass


def _resolve(spec: dict[str, Any], schema: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """(schema name, schema) of a ``$ref``, also inside a one-element ``allOf``/``oneOf``."""
    for key in ("allOf", "oneOf", "anyOf"):
        options = [s for s in schema.get(key, []) if s.get("type") != "null"]
        if len(options) == 1:
            return _resolve(spec, options[0])
    ref = schema.get("$ref")
    if ref is None:
        return None, schema
    name = ref.rsplit("/", 1)[-1]
    return name, spec["components"]["schemas"][name]


def _nullable(schema: dict[str, Any]) -> bool:
    if schema.get("nullable"):
        return True
    return any(s.get("type") == "null" for key in ("oneOf", "anyOf") for s in schema.get(key, []))


def _field(spec: dict[str, Any], name: str, schema: dict[str, Any]) -> dict[str, Any]:
    """Kind, annotation and docstring text of one property."""
    ref_name, target = _resolve(spec, schema)
    kind: str
    annotation: str
    accepts: str
    models: list[str] = []
    if "enum" in target:
        kind = "choice"
        annotation, accepts = "str", "A str"
        if ref_name:
            models.append(ref_name)
            annotation = f"{ref_name} | str"
            values = ", ".join(f"``{v}``" for v in target["enum"] if v is not None)
            accepts = f"{values}, or any str PostHog accepts"
    elif ref_name and target.get("type", "object") == "object":
        kind, annotation = "blob", f"{ref_name} | Mapping[str, Any]"
        models.append(ref_name)
        accepts = f"A ``{ref_name}`` or a dict, sent as given"
    elif target.get("type") == "array":
        item_ref, item = _resolve(spec, target.get("items", {}))
        if item_ref and item.get("type", "object") == "object":
            kind, annotation = "blob_list", f"Sequence[{item_ref} | Mapping[str, Any]]"
            models.append(item_ref)
            accepts = f"A list of ``{item_ref}`` or dicts, sent as given"
        elif item.get("type") == "string" and "format" not in item:
            kind = "text_list"
            annotation, accepts = SCALARS[kind]
        else:
            kind, annotation, accepts = "json", "Sequence[Any]", "A list, sent as given"
    elif target.get("type") == "string":
        kind = "datetime" if target.get("format") == "date-time" else "text"
        annotation, accepts = SCALARS[kind]
    elif target.get("type") in ("integer", "number", "boolean"):
        kind = target["type"]
        annotation, accepts = SCALARS[kind]
    elif target.get("type") == "object" or "type" not in target:
        kind, annotation = "json", "Mapping[str, Any]" if "type" in target else "Any"
        accepts = "Any JSON value, sent as given"
    else:
        raise SpecError(f"{name}: no façade rule for schema {schema!r}")
    description = " ".join(
        str(schema.get("description") or target.get("description") or "").split()
    )
    return {
        "name": name,
        "kind": kind,
        "nullable": _nullable(schema),
        "annotation": annotation,
        "doc": (description.rstrip(".") + ". " if description else "") + accepts + ".",
        "models": models,
    }


def _flatten(spec: dict[str, Any], schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """The properties and required names of an object schema, through ``$ref`` and ``allOf``."""
    ref = schema.get("$ref")
    if ref is not None:
        return _flatten(spec, spec["components"]["schemas"][ref.rsplit("/", 1)[-1]])
    properties: dict[str, Any] = {}
    required: set[str] = set()
    for part in schema.get("allOf", []):
        part_properties, part_required = _flatten(spec, part)
        properties.update(part_properties)
        required |= part_required
    properties.update(schema.get("properties", {}))
    required |= set(schema.get("required", []))
    return properties, required


def fields_of(spec: dict[str, Any], schema_name: str) -> list[dict[str, Any]]:
    properties, required = _flatten(spec, spec["components"]["schemas"][schema_name])
    fields = []
    for name, prop in properties.items():
        if prop.get("readOnly") or name in VERB_FIELDS or not name.isidentifier():
            continue
        if name.startswith("_"):  # PostHog's internal inputs, e.g. ``_create_in_folder``
            continue
        field = _field(spec, name, prop)
        field["required"] = name in required
        fields.append(field)
    # Required arguments first (Python needs no default before them), spec order otherwise.
    return sorted(fields, key=lambda f: not f["required"])


def _signature(fields: list[dict[str, Any]]) -> str:
    lines = []
    for f in fields:
        annotation = f["annotation"] + (" | None" if f["nullable"] else "")
        if f["required"]:
            lines.append(f"{f['name']}: {annotation},")
        else:
            lines.append(
                f"{f['name']}: {f['annotation']} | Unset{' | None' if f['nullable'] else ''} = UNSET,"
            )
    return "\n".join(lines)


def _args_doc(fields: list[dict[str, Any]], indent: str) -> str:
    lines = []
    for f in fields:
        text = f["doc"] + (" ``None`` sends null." if f["nullable"] else "")
        wrapped = textwrap.wrap(
            f"{f['name']}: {text}", width=96 - len(indent), subsequent_indent="    "
        )
        lines.extend(indent + line for line in wrapped)
    return "\n".join(lines)


def _passing(fields: list[dict[str, Any]]) -> str:
    return "\n".join(f'"{f["name"]}": {f["name"]},' for f in fields)


def render_fields_module(tables: dict[str, tuple[str, list[dict[str, Any]]]]) -> str:
    out = [
        '"""The writable fields of every façade ``create`` and ``update``: the one table of them.',
        "",
        "Generated from ``openapi/posthog-experiments.yaml`` by ``scripts/writable_fields.py``",
        "(``make generate``); do not edit. Each field's kind names its rule in",
        "``_arguments.CHECKS``.",
        '"""',
        "",
        "from ._arguments import Field",
        "",
    ]
    for table, (schema, fields) in tables.items():
        out.append(f"# {schema}, without the fields written by their own verbs.")
        out.append(f"{table}: tuple[Field, ...] = (")
        for f in fields:
            out.append(f"    Field({f['name']!r}, {f['kind']!r}, nullable={f['nullable']}),")
        out.append(")")
        out.append("")
    out.append(f"VERB_FIELDS = {tuple(sorted(VERB_FIELDS))!r}")
    return "\n".join(out) + "\n"


def _replace_block(text: str, tag: str, body: str, indent: str, path: Path) -> str:
    pattern = re.compile(
        rf"(?P<start>^[ ]*# <generated: {re.escape(tag)}>\n)(?P<old>.*?)(?P<end>^[ ]*# </generated>\n)",
        re.S | re.M,
    )
    if len(pattern.findall(text)) != 1:
        raise SpecError(f"{path.name}: expected exactly one '# <generated: {tag}>' block")
    new = textwrap.indent(body, indent) + "\n" if body else ""
    return pattern.sub(lambda m: m["start"] + new + m["end"], text)


def _replace_args_doc(text: str, method: str, doc: str, path: Path) -> str:
    """Rewrite the ``Args:`` section of ``method``'s docstring (it stays right before ``Raises:``)."""
    pattern = re.compile(
        rf"(async def {method}\((?:(?!\n    (?:async )?def ).)*?\n        Args:\n)"
        r"(?:[ ]{12}[^\n]*\n|\n)*?(        Raises:)",
        re.S,
    )
    if len(pattern.findall(text)) != 1:
        raise SpecError(f"{path.name}: {method}() needs one docstring 'Args:' before 'Raises:'")
    return pattern.sub(lambda m: m[1] + doc + "\n\n" + m[2], text, count=1)


def _link_fields() -> list[dict[str, Any]]:
    """The link conveniences, as fields of the signature (never of a ``_fields`` table)."""
    return [
        {
            "name": link.name,
            "annotation": link.annotation.removesuffix(" | Unset | None").removesuffix(" | Unset"),
            "nullable": link.annotation.endswith("| None"),
            "required": False,
            "doc": link.doc,
            "models": list(link.models),
        }
        for link in LINK_ARGUMENTS
    ]


def render_client(path: Path, target: Target, tables: dict[str, list[dict[str, Any]]]) -> str:
    text = path.read_text()
    if target.links:
        tables = {method: fields + _link_fields() for method, fields in tables.items()}
    models = sorted(
        {m for fields in tables.values() for f in fields for m in f["models"]} | target.models
    )
    imports = "from ._generated.models import (\n" + "".join(f"    {m},\n" for m in models) + ")"
    text = _replace_block(text, "models", imports, "    ", path)
    for method, fields in tables.items():
        text = _replace_block(text, f"{method} arguments", _signature(fields), " " * 8, path)
        text = _replace_block(text, f"{method} fields", _passing(fields), " " * 12, path)
        text = _replace_args_doc(text, method, _args_doc(fields, " " * 12), path)
    return _format(text, path)


def _format(text: str, path: Path) -> str:
    config = str(ROOT / "pyproject.toml")
    for args in (["format"],):
        text = subprocess.run(
            [
                sys.executable,
                "-m",
                "ruff",
                *args,
                "--config",
                config,
                "--stdin-filename",
                str(path),
                "-",
            ],
            input=text,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    return text


def render() -> dict[Path, str]:
    spec = yaml.safe_load(SPEC.read_text())
    field_tables: dict[str, tuple[str, list[dict[str, Any]]]] = {}
    outputs: dict[Path, str] = {}
    for path, target in TARGETS.items():
        tables = {}
        for method, (table, schema) in target.tables.items():
            tables[method] = fields_of(spec, schema)
            field_tables[table] = (schema, tables[method])
        outputs[path] = render_client(path, target, tables)
    return {FIELDS: _format(render_fields_module(field_tables), FIELDS), **outputs}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the derived code is stale")
    check = parser.parse_args().check
    try:
        outputs = render()
    except SpecError as exc:
        print(f"writable_fields: {exc}")
        return 1
    stale = [p for p, text in outputs.items() if not p.exists() or p.read_text() != text]
    if check:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date; run `make generate`.")
        if not stale:
            print("Writable fields of create/update are current.")
        return 1 if stale else 0
    for path in stale:
        path.write_text(outputs[path])
        print(f"Wrote {path.relative_to(ROOT)}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
