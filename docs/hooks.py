"""The site's pages, added at build time (an mkdocs hook, named in mkdocs.yml).

- The repository's Markdown is read where it lives, never copied into docs/, so the site cannot
  drift from it. Its relative links point at repository paths (README.md links
  ``src/loyaltykit/sandbox/README.md``); each is rewritten to the page that file became, and a
  link to a file that is no page is left alone, so the strict build fails on it.
- The API reference is one page per public module, found by walking ``src/loyaltykit``: a module
  added later gets its page without anyone remembering to add it.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

# repository file -> (page, title in the navigation)
PAGES = {
    "README.md": ("index.md", "Home"),
    "ARCHITECTURE.md": ("architecture.md", "Architecture"),
    "api.md": ("api.md", "Every operation as a method"),
    "src/loyaltykit/sandbox/README.md": ("sandbox.md", "The sandbox"),
}

PACKAGE = "loyaltykit"

# Public by name but not an API: the emulator's per-vendor handlers (the sandbox is documented by
# its README and `loyaltykit.sandbox`) and the command line (documented by the README and --help).
EXCLUDED = ("loyaltykit.cli", "loyaltykit.sandbox.bonifiq", "loyaltykit.sandbox.gameball")

# Private by path, yet what a client attribute holds for a tag without a hand-written resource
# (and the base of every hand-written one): `bq.tiers` is a `TiersResource` from here.
GENERATED_RESOURCES = ("loyaltykit.bonifiq.resources._generated", "loyaltykit.gameball.resources._generated")

# The navigation's sections of the reference, by module prefix (first match wins).
SECTIONS = (
    ("BonifiQ", "loyaltykit.bonifiq"),
    ("Gameball", "loyaltykit.gameball"),
    ("Journal", "loyaltykit.journal"),
    ("Testing", "loyaltykit.testing"),
    ("Webhooks", "loyaltykit.webhooks"),
    ("Sandbox", "loyaltykit.sandbox"),
    ("Core", "loyaltykit"),
)

REFERENCE_INDEX = "reference/index.md"

# The clients' own methods (`call`, `with_options`, `close`...) live in private base classes, so
# their pages show inherited members; elsewhere a class links to its documented bases instead
# (a hand-written resource to its generated one, an error to its parent), which keeps each
# method on one page and the build fast.
INHERITED_MEMBERS = ("loyaltykit", "loyaltykit.bonifiq", "loyaltykit.gameball")

# An inline link or image target: `](target)`, `](target "title")` or `](target 'title')`.
_LINK = re.compile(r"""\]\((?P<target>[^)\s]+)(?P<rest>(?:\s+(?:"[^"]*"|'[^']*'))?\))""")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def _root(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).parent


def public_modules(source: Path) -> list[str]:
    """Every module of ``source`` (the ``src`` folder) a user may import, in dotted order."""
    modules = []
    for path in sorted((source / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(source).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        name = ".".join(parts)
        generated = name.startswith(GENERATED_RESOURCES) and name not in GENERATED_RESOURCES
        private = any(part.startswith("_") for part in parts)
        excluded = any(name == prefix or name.startswith(prefix + ".") for prefix in EXCLUDED)
        if (generated or not private) and not excluded:
            modules.append(name)
    return sorted(modules)


def reference_page(module: str) -> str:
    return f"reference/{module}.md"


def sections(modules: list[str]) -> dict[str, list[str]]:
    """The reference's sections (those with a module) and their modules."""
    grouped: dict[str, list[str]] = {title: [] for title, _ in SECTIONS}
    for module in modules:
        title = next(title for title, prefix in SECTIONS if module == prefix or module.startswith(prefix + "."))
        grouped[title].append(module)
    return {title: members for title, members in grouped.items() if members}


def rewrite_links(markdown: str, source: str, page: str) -> str:
    """Point the relative links of ``source`` (a repository path) at the pages their files became."""
    source_dir = posixpath.dirname(source)
    page_dir = posixpath.dirname(page)

    def replace(match: re.Match[str]) -> str:
        target = match.group("target")
        if target.startswith(("#", "/")) or _SCHEME.match(target):
            return match.group(0)
        path, hash_, anchor = target.partition("#")
        linked = PAGES.get(posixpath.normpath(posixpath.join(source_dir, path)))
        if linked is None:
            return match.group(0)
        relative = posixpath.relpath(linked[0], page_dir or ".")
        return f"]({relative}{hash_}{anchor}{match.group('rest')}"

    return _LINK.sub(replace, markdown)


# Objects a page's module provides without defining them under a public path: the plugin
# registers its async client fixtures and its `vcr_config` from private places at configure time.
REGISTERED_ELSEWHERE = {
    "loyaltykit.testing.plugin": (
        "loyaltykit.testing._async_clients.async_bonifiq_client",
        "loyaltykit.testing._async_clients.async_gameball_client",
        "loyaltykit.testing.plugin._VcrConfig.vcr_config",
    ),
}


def _reference_page(module: str) -> str:
    inherited = "true" if module in INHERITED_MEMBERS else "false"
    blocks = [f"::: {module}\n    options:\n      heading_level: 1\n      inherited_members: {inherited}\n"]
    if extra := REGISTERED_ELSEWHERE.get(module):
        blocks.append("## Registered at configure time\n")
        options = "    options:\n      heading_level: 3\n      show_root_full_path: false\n"
        blocks += [f"::: {name}\n{options}" for name in extra]
    return "\n".join(blocks)


def _reference_index(modules: list[str]) -> str:
    lines = [
        "# API reference",
        "",
        "One page per public module, from the docstrings. `loyaltykit` itself exports the clients",
        "(`BonifiQ`, `AsyncBonifiQ`, `Gameball`, `AsyncGameball`), `Checkout` / `AsyncCheckout`,",
        "`RequestOptions`, `APIResponse`, `DefaultAioHttpClient` and `errors`. Each client's resources",
        "(`bq.pos`, `gb.customers`...) are the classes of its vendor's `resources` modules; a tag",
        "without a hand-written resource is served by its generated one (`resources._generated`),",
        "which [every operation as a method](../api.md) lists by name.",
        "",
    ]
    for title, members in sections(modules).items():
        lines += [f"## {title}", ""]
        lines += [f"- [`{module}`]({module}.md)" for module in members]
        lines.append("")
    return "\n".join(lines)


def on_config(config: MkDocsConfig, **kwargs: Any) -> MkDocsConfig:
    modules = public_modules(_root(config) / "src")
    reference: list[Any] = [REFERENCE_INDEX]
    for title, members in sections(modules).items():
        reference.append({title: [{module: reference_page(module)} for module in members]})
    config.nav = [{title: page} for page, title in PAGES.values()] + [{"API reference": reference}]
    return config


def on_files(files: Files, config: MkDocsConfig, **kwargs: Any) -> Files:
    root = _root(config)
    for source, (page, _) in PAGES.items():
        markdown = (root / source).read_text(encoding="utf-8")
        files.append(File.generated(config, page, content=rewrite_links(markdown, source, page)))
    modules = public_modules(root / "src")
    for module in modules:
        files.append(File.generated(config, reference_page(module), content=_reference_page(module)))
    files.append(File.generated(config, REFERENCE_INDEX, content=_reference_index(modules)))
    return files
