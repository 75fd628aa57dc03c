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
import os
import re
import shutil
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
        route(method, path): operation
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and "responses" in operation
    }

    def spec_operation(endpoint: Any) -> dict[str, Any]:
        path = endpoint.path.get_untrusted_value() if hasattr(endpoint.path, "get_untrusted_value") else endpoint.path
        return by_route[route(str(endpoint.method), str(path))]

    project.env.globals["spec_operation"] = spec_operation


def generate_package(vendor: str, destination: Path) -> None:
    """Generate one vendor's package into ``destination`` (which must not exist)."""
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


def generate_all(target: Path) -> None:
    _check_toolchain()
    _numbers_are_decimal()
    target.mkdir(parents=True, exist_ok=True)
    for vendor, (_, package) in VENDORS.items():
        with tempfile.TemporaryDirectory(prefix="loyaltykit-gen-") as scratch:
            fresh = Path(scratch) / package
            generate_package(vendor, fresh)
            final = target / package
            if final.exists():
                shutil.rmtree(final)
            shutil.copytree(fresh, final)


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
        for _, package in VENDORS.values():
            if not (GENERATED / package).is_dir():
                report.append(f"generated/{package} is missing")
                continue
            report += _diff_trees(fresh / package, GENERATED / package)
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
    generate_all(GENERATED)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
