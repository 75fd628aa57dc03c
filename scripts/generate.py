"""Regenerate the low-level clients in ``generated/`` from the vendored specs.

    python scripts/generate.py            # rewrite generated/ (deterministic; no stale files)
    python scripts/generate.py --check    # regenerate into a temporary folder and diff

Pipeline per vendor: specs/<vendor>/openapi.* -> scripts/normalise_spec.py -> a temporary
JSON document -> openapi-python-client (pinned in pyproject.toml) with specs/generator.yaml
and the template overrides in specs/templates/ -> generated/<package>/.

Generation always happens in a fresh temporary folder, then replaces the package folder as a
whole: ``--overwrite`` would leave stale top-level files behind, and ruff would otherwise pick
up the repository's own settings.
"""

from __future__ import annotations

import difflib
import filecmp
import json
import keyword
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
TEMPLATES = SPECS / "templates"
CONFIG = SPECS / "generator.yaml"
GENERATOR_VERSION = "0.29.1"

VENDOR_TITLES = {"bonifiq": "BonifiQ", "gameball": "Gameball"}

# vendor folder under specs/ -> (vendored document, generated package name).
# The names are prefixed so they never collide with PyPI packages (`gameball` exists).
VENDORS = {
    "bonifiq": ("openapi.yaml", "loyaltykit_bonifiq_api"),
    "gameball": ("openapi.json", "loyaltykit_gameball_api"),
}

sys.path.insert(0, str(Path(__file__).resolve().parent))
import normalise_spec  # noqa: E402


def _numbers_are_decimal() -> None:
    """Make the generator type every JSON number as ``decimal.Decimal``.

    Why: the generator maps ``type: number`` (and BonifiQ's ``format: decimal``) to ``float``,
    and every number in these APIs is an amount of money or points. The templates in
    specs/templates/ parse values with ``to_decimal``; this types them to match. The patch
    targets the pinned generator version only.
    """
    from openapi_python_client.parser.properties import float as float_module
    from openapi_python_client.parser.properties.protocol import Value
    from openapi_python_client.strings import PythonCode

    cls = float_module.FloatProperty
    if getattr(cls, "_loyaltykit_decimal", False):
        return
    base_get_imports = cls.get_imports
    base_convert_value = cls.convert_value.__func__  # type: ignore[attr-defined]

    def get_imports(self: Any, *, prefix: str) -> set[str]:
        imports: set[str] = base_get_imports(self, prefix=prefix)
        return imports | {"from decimal import Decimal", f"from {prefix}types import to_decimal"}

    def convert_value(klass: type, value: object) -> object:
        converted = base_convert_value(klass, value)
        if isinstance(converted, Value) and converted.raw_value is not None:
            return Value(python_code=PythonCode(f'Decimal("{converted.raw_value}")'), raw_value=converted.raw_value)
        return converted

    cls._type_string = "Decimal"
    cls._json_type_string = "Decimal"
    cls.get_imports = get_imports  # type: ignore[method-assign]
    cls.convert_value = classmethod(convert_value)  # type: ignore[method-assign, assignment]
    cls._loyaltykit_decimal = True  # type: ignore[attr-defined]


def _check_toolchain() -> None:
    from importlib.metadata import version

    found = version("openapi-python-client")
    if found != GENERATOR_VERSION:
        raise SystemExit(f"openapi-python-client {GENERATOR_VERSION} is required, found {found} (run `make install`)")
    # The post hooks call ruff; without it on PATH the generator still succeeds but leaves
    # unformatted code, which would then differ from the committed tree.
    os.environ["PATH"] = str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")
    if shutil.which("ruff") is None:
        raise SystemExit("ruff is not installed next to this Python (run `make install`)")


def _add_spec_globals(project: Any, document: dict[str, Any]) -> None:
    """Give the templates what the generator's parsed endpoints lose: the raw operation.

    Why: ``endpoint.name`` is the operationId snake-cased (``POS_Redeem`` -> ``pos_redeem``), and
    the facade names operations by the spec's own operationId; the vendor page (``x-source``)
    is read from the operation too.
    """

    # The generator renames path parameters (``{OrderId}`` -> ``{order_id}``): match the shape.
    def route(method: str, path: str) -> tuple[str, str]:
        return method.lower(), re.sub(r"\{[^}]*\}", "{}", path)

    by_route = {
        # x-source sits on the path item in BonifiQ's spec; an operation's own wins.
        route(method, path): {"x-source": item.get("x-source"), **operation, "x-loyaltykit-path": path}
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "responses" in operation
    }

    def spec_operation(endpoint: Any) -> dict[str, Any]:
        return by_route[route(str(endpoint.method), _path(endpoint))]

    project.env.globals["spec_operation"] = spec_operation
    project.env.globals["method_name"] = method_name
    # One set of redaction rules: the generated reprs take loyaltykit's (the generated packages
    # import nothing of loyaltykit, so the rules are rendered into them).
    from loyaltykit import _redaction

    project.env.globals["personal_data_pattern"] = _redaction.PERSONAL_DATA_PATTERN
    project.env.globals["personal_field_name_pattern"] = _redaction.PERSONAL_FIELD_NAME.pattern
    project.env.globals["is_personal_field"] = lambda name: bool(
        _redaction.PERSONAL_FIELD_NAME.compiled.search(_text(name))
    )
    project.env.filters["pyrepr"] = repr


def _text(value: Any) -> str:
    """The text of a spec value the generator wraps (``UntrustedString``) or not."""
    return str(value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else value)


def _path(endpoint: Any) -> str:
    return _text(endpoint.path)


# Tag -> client attribute, where they differ: the attribute is what users type (``bq.customers``),
# and the generated module and classes are named after it (``_generated/customers.py``,
# ``CustomersResource``). A plural for a collection, as the hand-written resources already had;
# BonifiQ's ``Checkout`` tag is e-commerce cashback, unrelated to the POS sale (``bq.pos.checkout()``).
RESOURCE_ATTRIBUTES: dict[str, dict[str, str]] = {
    "bonifiq": {
        "affiliate": "affiliates",
        "checkout": "ecommerce_cashback",
        "customer": "customers",
        "order": "orders",
        "product": "products",
    },
    "gameball": {},
}

# (vendor, tag, name by the rule) -> the generated method's name, where a hand-written method
# keeps the rule's name with a signature the generated one cannot share (a pager for one page, a
# result type for the wire's answer), or where the hand-written name was public first. api.md
# lists them; the hand-written resource documents which method it wraps.
METHOD_RENAMES: dict[tuple[str, str, str], str] = {
    ("bonifiq", "customer", "history"): "history_page",
    ("bonifiq", "pos", "challenge"): "challenge_request",
    ("bonifiq", "pos", "partial_cancel"): "partial_cancel_request",
    ("bonifiq", "pos", "redeem"): "redeem_request",
    ("bonifiq", "checkout", "refresh_redeem"): "refresh",
    ("bonifiq", "checkout", "remove_redeem"): "remove",
}

# The hand-written methods over the renamed ones, for api.md: (vendor, attribute.method, what it adds).
HAND_WRITTEN = {
    ("bonifiq", "customers.history"): "every page lazily (`SyncPager`), over `customers.history_page`",
    ("bonifiq", "pos.challenge"): "a `Challenge` result from plain arguments, over `pos.challenge_request`",
    ("bonifiq", "pos.partial_cancel"): "a keyed `Refund` (derived CancelKey), over `pos.partial_cancel_request`",
    ("bonifiq", "pos.redeem"): "a `Redemption` from plain arguments (keyed), over `pos.redeem_request`",
    ("bonifiq", "ecommerce_cashback.refresh_redeem"): "none: `ecommerce_cashback.refresh` was public first",
    ("bonifiq", "ecommerce_cashback.remove_redeem"): "none: `ecommerce_cashback.remove` was public first",
}


def resource_attribute(vendor: str, tag: str) -> str:
    """The client attribute of a tag's resource (``RESOURCE_ATTRIBUTES``, else the tag)."""
    return RESOURCE_ATTRIBUTES[vendor].get(tag, tag)


def method_name(endpoint: Any, tag: str, vendor: str | None = None) -> str:
    """The rule naming a generated resource method (api.md states it).

    The operationId in snake_case, without a leading ``<tag>_`` (BonifiQ's ``POS_Redeem`` on the
    ``pos`` resource is ``redeem``); a Python keyword gets a trailing ``_``; then ``METHOD_RENAMES``.
    """
    name = str(endpoint.name)  # the generator's snake_case of the operationId
    if name.startswith(f"{tag}_") and name != f"{tag}_":
        name = name[len(tag) + 1 :]
    name = f"{name}_" if keyword.iskeyword(name) else name
    return METHOD_RENAMES.get((vendor, tag, name), name) if vendor else name


def _imports(endpoints: list[Any], package: str) -> tuple[list[str], list[str]]:
    """The resource module's imports of models: (at run time, for type checking only).

    Models are imported for type checking only (import cost); a model named in a parameter's
    default value (an enum member) is needed when the method is defined, so at run time.
    """
    lines = sorted({line.replace("from ...", f"from {package}.") for e in endpoints for line in e.relative_imports})
    # The module imports UNSET and Unset itself; other names from types (File) are annotations only.
    from_types = {
        name.strip() for line in lines if ".types import" in line for name in line.rsplit(" import ", 1)[1].split(",")
    } & {"File"}
    lines = [line for line in lines if ".types import" not in line]
    lines += [f"from {package}.types import {name}" for name in sorted(from_types)]
    defaults = " ".join(
        p.default.python_code.as_unembedded_code()
        for e in endpoints
        for p in e.list_all_parameters()
        if getattr(p, "default", None) is not None
    )
    named = set(re.findall(r"\b([A-Z]\w*)\.", defaults))
    runtime = [line for line in lines if line.startswith("from ") and line.rsplit(" import ", 1)[1] in named]
    return runtime, [line for line in lines if line not in runtime]


def _success_type(endpoint: Any) -> str:
    """What the templates' ``success_type`` macro gives, for api.md."""
    types = sorted(
        {
            "None" if response.source["attribute"] == "None" else response.prop.get_type_string().as_unembedded_code()
            for response in endpoint.responses.patterns
            if response.status_code.range[0] >= 200 and response.status_code.range[1] <= 299
        }
    )
    return " | ".join(types) or "None"


def render_resources(vendor: str, project: Any, destination: Path) -> list[tuple[str, str, str, str]]:
    """One module per tag: a sync and an async resource class with a method per operation.

    Returns api.md's rows: (resource.method, HTTP method, spec path, return type).
    """
    document, package = VENDORS[vendor]
    template = project.env.get_template("loyaltykit/resource_module.py.jinja")
    spec_operation = project.env.globals["spec_operation"]
    project.env.globals["method_name"] = lambda endpoint, tag: method_name(endpoint, tag, vendor)
    destination.mkdir(parents=True)
    rows: list[tuple[str, str, str, str]] = []
    tags: list[str] = []
    by_attribute = sorted(
        project.openapi.endpoint_collections_by_tag.items(), key=lambda item: resource_attribute(vendor, item[0])
    )
    # In the clients' spelling and order: api.md's table reads as the attributes do.
    for tag, collection in by_attribute:
        endpoints = sorted(collection.endpoints, key=lambda e: method_name(e, tag, vendor))
        if not endpoints:
            continue
        names = [method_name(e, tag, vendor) for e in endpoints]
        attribute = resource_attribute(vendor, tag)
        if len(set(names)) != len(names) or "with_raw_response" in names:
            raise SystemExit(f"[{vendor}] method names collide on the {tag} resource: {names}")
        tags.append(tag)
        text = template.render(
            tag=tag,
            endpoints=endpoints,
            package=package,
            vendor_title=VENDOR_TITLES[vendor],
            spec_file=f"specs/{vendor}/{document}",
            attribute=attribute,
            class_base=project.env.globals["class_name"](attribute),
            imports=_imports(endpoints, package),
        )
        (destination / f"{attribute}.py").write_text(text, encoding="utf-8")
        for endpoint, name in zip(endpoints, names, strict=True):
            operation = spec_operation(endpoint)
            rows.append(
                (
                    f"{attribute}.{name}",
                    str(endpoint.method).upper(),
                    operation["x-loyaltykit-path"],
                    _success_type(endpoint),
                )
            )
    (destination / "__init__.py").write_text(
        f'"""{VENDOR_TITLES[vendor]} operations as resources, one module per tag (scripts/generate.py)."""\n',
        encoding="utf-8",
    )
    return rows


def generate_package(vendor: str, destination: Path, resources: Path) -> list[tuple[str, str, str, str]]:
    """Generate one vendor's package into ``destination`` and its resources into ``resources``.

    Neither may exist. Returns api.md's rows for the vendor.
    """
    from openapi_python_client import Project, _get_project_for_url_or_path
    from openapi_python_client.config import Config, ConfigFile, MetaType

    document, _package = VENDORS[vendor]
    with tempfile.TemporaryDirectory(prefix=f"loyaltykit-{vendor}-") as scratch:
        normalised = Path(scratch) / "openapi.json"
        normalise_spec.main(["normalise_spec", str(SPECS / vendor / document), str(normalised)])
        config = Config.from_sources(
            ConfigFile.load_from_path(CONFIG),
            MetaType.NONE,
            normalised,
            "utf-8",
            overwrite=False,
            output_path=destination,
        )
        project = _get_project_for_url_or_path(config=config, custom_template_path=TEMPLATES)
        if not isinstance(project, Project):
            raise SystemExit(f"generation of {vendor} failed: {project.header}: {project.detail}")
        _add_spec_globals(project, json.loads(normalised.read_text(encoding="utf-8")))
        errors = project.build()
        rows = render_resources(vendor, project, resources) if not errors else []
    # Every warning means something was dropped (an endpoint, a model or a response): the
    # normaliser must fix the cause, so any warning fails the run.
    for error in errors:
        print(f"[{vendor}] {error.level.name}: {error.header}: {error.detail}", file=sys.stderr)
    if errors or not destination.is_dir():
        raise SystemExit(f"generation of {vendor} failed")
    shutil.rmtree(destination / ".ruff_cache", ignore_errors=True)
    for cache in destination.rglob("__pycache__"):
        shutil.rmtree(cache, ignore_errors=True)
    # --meta none writes no marker; the wheel ships these packages as typed.
    (destination / "py.typed").write_text("")
    return rows


def _resources_of(root: Path, vendor: str) -> Path:
    return root / "src" / "loyaltykit" / vendor / "resources" / "_generated"


def _format(folders: list[Path]) -> None:
    """Format the resource modules with the repository's own ruff settings (they live in src/)."""
    config = str(ROOT / "pyproject.toml")
    for args in (["check", "--fix-only", "--quiet"], ["format", "--quiet"]):
        subprocess.run(["ruff", *args, "--config", config, *map(str, folders)], check=True)


def generate_all(root: Path) -> None:
    """Write generated/, each vendor's resources/_generated/ and api.md under ``root``."""
    _check_toolchain()
    _numbers_are_decimal()
    rows: dict[str, list[tuple[str, str, str, str]]] = {}
    with tempfile.TemporaryDirectory(prefix="loyaltykit-gen-") as scratch:
        fresh = Path(scratch)
        for vendor, (_, package) in VENDORS.items():
            rows[vendor] = generate_package(vendor, fresh / package, fresh / vendor)
        _format([fresh / vendor for vendor in VENDORS])
        for vendor, (_, package) in VENDORS.items():
            for source, final in (
                (fresh / package, root / "generated" / package),
                (fresh / vendor, _resources_of(root, vendor)),
            ):
                if final.exists():
                    shutil.rmtree(final)
                shutil.copytree(source, final, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
    (root / "api.md").write_text(api_md(rows), encoding="utf-8")


def api_md(rows: dict[str, list[tuple[str, str, str, str]]]) -> str:
    lines = [
        "# API: every operation as a method",
        "",
        "Generated by `scripts/generate.py` from `specs/` (do not edit; `make check-generated` fails on drift).",
        "",
        "## Naming rule",
        "",
        "- A resource per API tag, reached as `client.<attribute>` on the four clients (`BonifiQ`, `AsyncBonifiQ`,",
        "  `Gameball`, `AsyncGameball`). The attribute is the tag in snake_case, except where",
        "  `RESOURCE_ATTRIBUTES` (scripts/generate.py) says otherwise:",
        *[
            f"  {VENDOR_TITLES[vendor]} `{tag}` -> `{attribute}`;"
            for vendor, table in RESOURCE_ATTRIBUTES.items()
            for tag, attribute in table.items()
        ],
        "  a Gameball operation the published file leaves untagged is tagged by the first path segment after",
        "  `/api/v4.0/integrations` (scripts/normalise_spec.py). The generated module is",
        "  `loyaltykit.<vendor>.resources._generated.<attribute>`, holding `<Attribute>Resource` (sync) and",
        "  `Async<Attribute>Resource`, both rendered from one template macro. Where loyaltykit has a",
        "  hand-written resource for the tag (`resources/<name>.py`), the client's attribute holds it: it",
        "  subclasses the generated one, so every method below is still there, and wraps or replaces a",
        "  method of the same name explicitly, with a signature that accepts the generated one's arguments.",
        "- A method per operation: its operationId in snake_case, without a leading `<tag>_`",
        "  (`POS_Redeem` on `pos` is `pos.redeem`); a Python keyword gets a trailing `_`. Gameball operations the",
        "  published file leaves unnamed are named `<method>_<path segments>` by the normaliser. Then",
        "  `METHOD_RENAMES` (scripts/generate.py): where a hand-written method keeps that name with another",
        "  signature (a pager, a result type), the generated one is renamed, listed below.",
        "- Parameters are those of the operation's generated `request(...)` (path parameters positional, the",
        "  rest keyword-only, `body` the request model), plus `**options` (`timeout`, `max_retries`,",
        "  `extra_headers`, `extra_query`, `extra_body`). A method returns the documented success model;",
        "  `resource.with_raw_response.<method>(...)` takes the same parameters and returns `APIResponse[T]`.",
        "- The published Gameball file's sample `/plants` operations are dropped by the normaliser: no method.",
        "- Types: every field of a model a method returns is `T | None` (the wire may leave any out; never",
        '  `Unset`); a request model\'s optional field defaults to `UNSET`, "not sent". A schema both sent and',
        "  returned has a request copy named `<Name>Param`. Reprs leave out unset fields and mask personal data.",
        "  The hand-written results (`Offer`, `RewardOption`, `Redemption`, `CompletedOrder`, `Refund`,",
        "  `BalanceChange`) keep the vendor's generated model in `.detail`, typed as the union of the models",
        "  the two vendors return (narrow it with `isinstance`), or None.",
        "- Retries: a GET, a POST that only reads (marked `x-loyaltykit-read-only` by the normaliser:",
        "  BonifiQ's queries, Gameball's calculations and previews) and a write carrying an idempotency key",
        "  are retried; any other write is sent once.",
        "",
        "## Renamed generated methods",
        "",
        "| generated method | rule's name | the hand-written method of that name |",
        "|---|---|---|",
        *[
            f"| `{resource_attribute(vendor, tag)}.{renamed}` ({VENDOR_TITLES[vendor]}) | `{name}` | "
            f"{HAND_WRITTEN[vendor, f'{resource_attribute(vendor, tag)}.{name}']} |"
            for (vendor, tag, name), renamed in METHOD_RENAMES.items()
        ],
    ]
    for vendor, vendor_rows in rows.items():
        lines += ["", f"## {VENDOR_TITLES[vendor]} ({len(vendor_rows)} operations)", ""]
        lines += ["| method | HTTP | returns |", "|---|---|---|"]
        lines += [f"| `{name}` | `{verb} {path}` | `{returns}` |" for name, verb, path, returns in vendor_rows]
    return "\n".join(lines) + "\n"


def _diff_trees(expected: Path, actual: Path) -> list[str]:
    report: list[str] = []

    def walk(cmp: filecmp.dircmp[str], rel: Path) -> None:
        for name in cmp.left_only:
            report.append(f"missing from generated/: {rel / name}")
        for name in cmp.right_only:
            report.append(f"stale file in generated/: {rel / name}")
        for name in cmp.diff_files:
            a = (Path(cmp.left) / name).read_text(encoding="utf-8").splitlines()
            b = (Path(cmp.right) / name).read_text(encoding="utf-8").splitlines()
            diff = difflib.unified_diff(b, a, f"generated/{rel / name}", f"regenerated/{rel / name}", lineterm="")
            report.append("\n".join(list(diff)[:40]))
        for sub, subcmp in cmp.subdirs.items():
            walk(subcmp, rel / sub)

    walk(filecmp.dircmp(expected, actual, ignore=["__pycache__"]), Path(expected.name))
    return report


def check() -> int:
    with tempfile.TemporaryDirectory(prefix="loyaltykit-check-") as scratch:
        fresh = Path(scratch)
        generate_all(fresh)
        report: list[str] = []
        for vendor, (_, package) in VENDORS.items():
            pairs = (
                (fresh / "generated" / package, GENERATED / package),
                (_resources_of(fresh, vendor), _resources_of(ROOT, vendor)),
            )
            for regenerated, committed in pairs:
                if not committed.is_dir():
                    report.append(f"{committed.relative_to(ROOT)} is missing")
                    continue
                report += _diff_trees(regenerated, committed)
        committed_api = ROOT / "api.md"
        if not committed_api.is_file() or committed_api.read_text(encoding="utf-8") != (fresh / "api.md").read_text(
            encoding="utf-8"
        ):
            report.append("api.md differs from what the specs produce")
    if report:
        print("generated/ does not match specs/; run `make generate` and commit the result:", file=sys.stderr)
        print("\n".join(report[:50]), file=sys.stderr)
        return 1
    print("generated/ matches specs/")
    return 0


def main(argv: list[str]) -> int:
    if argv[1:] == ["--check"]:
        return check()
    if argv[1:]:
        print(__doc__, file=sys.stderr)
        return 2
    generate_all(ROOT)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
