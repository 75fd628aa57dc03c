"""Without an extra, what needs it says in one line which extra to install: no traceback."""

from __future__ import annotations

import pytest

from ._runs import run_python_without

SANDBOX_EXTRA = ("starlette", "uvicorn")
INSTALL_SANDBOX = "pip install 'loyaltykit[sandbox]'"


def _one_line(stderr: str) -> str:
    assert "Traceback" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def test_python_m_sandbox_without_the_extra_names_it() -> None:
    run = run_python_without(
        SANDBOX_EXTRA,
        "import runpy\nsys.argv = ['sandbox']\nrunpy.run_module('loyaltykit.sandbox', run_name='__main__')",
    )
    assert run.returncode != 0
    line = _one_line(run.stderr)
    assert INSTALL_SANDBOX in line and "starlette" in line


@pytest.mark.parametrize(
    "args",
    [["demo"], ["sandbox", "--port", "0"], ["bonifiq", "points", "ana@example.com", "--sandbox"]],
    ids=["demo", "sandbox", "--sandbox"],
)
def test_the_command_line_without_the_sandbox_extra_names_it(args: list[str]) -> None:
    # rich reads "[sandbox]" as markup: unescaped, the line said "pip install 'loyaltykit'".
    run = run_python_without(
        SANDBOX_EXTRA, f"from loyaltykit.cli import main\nsys.argv = ['loyaltykit', *{args!r}]\nmain()"
    )
    assert run.returncode == 2, run.stdout + run.stderr
    assert INSTALL_SANDBOX in _one_line(run.stderr)


def test_the_library_without_the_extra_still_raises_the_import_error() -> None:
    # Loading the sandbox lazily must not turn a missing dependency into an AttributeError.
    run = run_python_without(
        SANDBOX_EXTRA,
        "try:\n    from loyaltykit.sandbox import start_in_thread\n"
        "except ImportError as error:\n    print(error.name.split('.')[0])\n",
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() in SANDBOX_EXTRA
