"""The documentation site (`make docs`) builds strictly, offline, with every public name in it.

It is built in this process, so the suite's network block applies: a build that fetched an
inventory, a font or anything else would fail here, not only on a machine without a network.
"""

from __future__ import annotations

import importlib.util
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import loyaltykit

mkdocs_build = pytest.importorskip("mkdocs.commands.build", reason="the docs extra is not installed")
mkdocs_config = pytest.importorskip("mkdocs.config")

ROOT = Path(__file__).resolve().parent.parent

PLUGIN_FIXTURES = (
    "loyaltykit_sandbox",
    "bonifiq_client",
    "gameball_client",
    "async_bonifiq_client",
    "async_gameball_client",
    "vcr_config",
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    site_dir = tmp_path_factory.mktemp("site")
    config = mkdocs_config.load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site_dir), strict=True)
    # Strict: any warning (a broken link, anchor or cross-reference, a docstring griffe cannot
    # parse) aborts the build, but only if it is logged: a quieter level (as `mkdocs build -q`
    # sets) would let every warning through.
    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        mkdocs_build.build(config)
    finally:
        logger.setLevel(level)
    yield site_dir


def _anchors(site: Path, page: str) -> set[str]:
    return set(re.findall(r'id="([^"]+)"', (site / page / "index.html").read_text(encoding="utf-8")))


def _page(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_repository_markdown_is_in_the_site(site: Path) -> None:
    home = (site / "index.html").read_text(encoding="utf-8")
    assert "A POS sale, exactly once" in home
    # README.md links src/loyaltykit/sandbox/README.md: in the site, the sandbox's page.
    assert 'href="sandbox/"' in home
    assert "What it does not emulate" in _page(site, "sandbox")
    assert "Where each concern lives" in _page(site, "architecture")
    assert "Renamed generated methods" in _page(site, "api")


@pytest.mark.slow
def test_every_exported_name_has_its_reference(site: Path) -> None:
    anchors = _anchors(site, "reference/loyaltykit")
    # `errors` has a page of its own; `__version__` is a string.
    classes = [name for name in loyaltykit.__all__ if name not in {"errors", "__version__"}]
    assert {f"loyaltykit.{name}" for name in classes} <= anchors
    assert {"loyaltykit.BonifiQ.with_options", "loyaltykit.Gameball.call", "loyaltykit.AsyncBonifiQ.close"} <= anchors
    errors = _anchors(site, "reference/loyaltykit.errors")
    assert {f"loyaltykit.errors.{name}" for name in loyaltykit.errors.__all__} <= errors


@pytest.mark.slow
def test_resources_sync_and_async_have_their_pages(site: Path) -> None:
    assert {"loyaltykit.bonifiq.resources.pos.POS", "loyaltykit.bonifiq.resources.pos.AsyncPOS"} <= _anchors(
        site, "reference/loyaltykit.bonifiq.resources.pos"
    )
    tiers = "loyaltykit.bonifiq.resources._generated.tiers"  # `bq.tiers`: no hand-written resource
    assert {f"{tiers}.TiersResource.available", f"{tiers}.AsyncTiersResource.available"} <= _anchors(
        site, f"reference/{tiers}"
    )
    for module in ("loyaltykit.checkout", "loyaltykit.outbox", "loyaltykit.journal", "loyaltykit.idempotency"):
        assert (site / "reference" / module / "index.html").is_file(), module


@pytest.mark.slow
def test_the_plugin_fixtures_are_documented(site: Path) -> None:
    page = _page(site, "reference/loyaltykit.testing.plugin")
    headings = set(re.findall(r'<h[1-6] id="[^"]*\.([a-z_]+)"', page))
    assert set(PLUGIN_FIXTURES) <= headings


def _hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("loyaltykit_docs_hooks", ROOT / "docs" / "hooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_repository_links_point_at_the_pages_their_files_became() -> None:
    rewrite = _hooks().rewrite_links
    readme = "See [the sandbox](src/loyaltykit/sandbox/README.md#faults) and [how](ARCHITECTURE.md 'layers')."
    assert rewrite(readme, "README.md", "index.md") == (
        "See [the sandbox](sandbox.md#faults) and [how](architecture.md 'layers')."
    )
    # From the sandbox's README, up two folders; a file that is no page is left for the strict
    # build to refuse; other sites and anchors are not touched.
    text = "[r](../../../README.md) [t](../../../tests/x.py) [p](https://pypi.org/x.md) [a](#faults)"
    assert rewrite(text, "src/loyaltykit/sandbox/README.md", "sandbox.md") == (
        "[r](index.md) [t](../../../tests/x.py) [p](https://pypi.org/x.md) [a](#faults)"
    )


def test_every_public_module_gets_a_page_and_private_ones_do_not() -> None:
    modules = _hooks().public_modules(ROOT / "src")
    assert {"loyaltykit", "loyaltykit.journal", "loyaltykit.testing.plugin", "loyaltykit.bonifiq.resources.pos"} <= set(
        modules
    )
    assert "loyaltykit.bonifiq.resources._generated.tiers" in modules  # what `bq.tiers` holds
    assert not [module for module in modules if "._" in module and "._generated." not in module]
    assert not [module for module in modules if module.startswith(("loyaltykit.cli", "loyaltykit.sandbox."))]
