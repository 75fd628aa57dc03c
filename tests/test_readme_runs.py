"""Every Python block of README.md runs, against the sandbox: they are the examples people copy.

Scripts run in this process with the clients' environment variables pointed at the pytest
plugin's sandbox (demo seed, reset per block) and a temporary working directory (journal files);
a traceback names the README's line. A block of ``test_`` functions (the pytest section's
example) is run as a pytest file, with the README's settings and ``-W error``, by
``tests/test_packaging.py`` from the built wheel (twice: recording, then replaying); running it
again here would only add a child pytest and a sandbox to every run, so this checks that it is
the block that test runs. ``tests/readme_blocks.py`` finds the blocks and says how a block that
cannot run as written (a fragment) is marked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from readme_blocks import Block, python_blocks

from loyaltykit.sandbox import RunningSandbox

BLOCKS = python_blocks()
SCRIPTS = [block for block in BLOCKS if block.kind == "script"]
PYTEST_FILES = [block for block in BLOCKS if block.kind == "pytest"]


def test_the_readme_has_runnable_blocks_of_both_kinds() -> None:
    # Guards the parametrizations below against a README (or a parser) that finds nothing.
    assert len(SCRIPTS) >= 5 and len(PYTEST_FILES) == 1


def _in_readme(block: Block) -> object:
    """The block compiled so that a traceback points at its line in README.md."""
    return compile("\n" * (block.line - 1) + block.code, "README.md", "exec")


@pytest.mark.parametrize("block", SCRIPTS, ids=[block.name for block in SCRIPTS])
def test_readme_script_runs(
    block: Block, loyaltykit_sandbox: RunningSandbox, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    credentials = loyaltykit_sandbox.credentials
    for name, value in {
        "BONIFIQ_API_TOKEN": credentials.bonifiq_api_token,
        "BONIFIQ_API_KEY": credentials.bonifiq_api_key,
        "BONIFIQ_BASE_URL": loyaltykit_sandbox.base_url,
        "GAMEBALL_API_KEY": credentials.gameball_api_key,
        "GAMEBALL_SECRET_KEY": credentials.gameball_secret_key,
        "GAMEBALL_BASE_URL": loyaltykit_sandbox.base_url,
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("LOYALTYKIT_JOURNAL", raising=False)
    monkeypatch.chdir(tmp_path)  # where a block's journal file goes

    def no_prompt(prompt: object = "") -> str:
        raise AssertionError(f"{block.name} asked for input ({prompt!r}): use a customer that needs no PIN")

    monkeypatch.setattr("builtins.input", no_prompt)
    exec(_in_readme(block), {"__name__": "__main__"})


def test_the_readmes_pytest_example_is_the_one_the_install_matrix_runs() -> None:
    from test_packaging import _readme_block

    assert [block.code for block in PYTEST_FILES] == [_readme_block("python")]


def test_blocks_are_found_with_their_line_and_kind(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    readme.write_text(
        "# t\n\n```python\nprint(1)\n```\n\n<!-- readme: fragment -->\n```python\nsale.redeem(x)\n```\n"
        "```sh\nmake test\n```\n```python\ndef test_it():\n    pass\n```\n"
    )
    found = [(block.line, block.kind, block.code) for block in python_blocks(readme)]
    assert found == [
        (4, "script", "print(1)\n"),
        (9, "fragment", "sale.redeem(x)\n"),
        (15, "pytest", "def test_it():\n    pass\n"),
    ]
