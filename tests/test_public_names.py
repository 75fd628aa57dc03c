"""``dir(loyaltykit)`` is what an integrator's REPL and IDE offer: the public names, nothing else (issue 15)."""

from __future__ import annotations

import subprocess
import sys

import loyaltykit


def test_dir_shows_only_the_public_names() -> None:
    shown = dir(loyaltykit)
    assert shown == sorted(loyaltykit.__all__)
    for helper in ("Any", "TYPE_CHECKING", "annotations", "import_module", "_LAZY"):
        assert helper not in shown


def test_every_name_dir_shows_can_be_read() -> None:
    # In a fresh interpreter: the lazy names resolve on first access.
    code = "import loyaltykit\nfor name in dir(loyaltykit): getattr(loyaltykit, name)\nprint(len(dir(loyaltykit)))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(loyaltykit.__all__)
