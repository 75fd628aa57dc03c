"""Running pytest or the command line in a child process, as an integrator's project would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# The plugins an integrator with the testing extra has; not this repository's others (hypothesis,
# schemathesis...), which would only make every child run slower to start.
TESTING_PLUGINS = ("loyaltykit.testing.plugin", "pytest_recording.plugin", "pytest_asyncio.plugin")

# An integrator's pytest settings for async tests, as the README gives them.
ASYNC_INI = "[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n"


def run_pytest(
    project: Path, *args: str, ini: str = "[pytest]\n", plugins: tuple[str, ...] = TESTING_PLUGINS
) -> subprocess.CompletedProcess[str]:
    """pytest in ``project`` with its own ini file (this repository's settings do not apply) and ``plugins``."""
    (project / "pytest.ini").write_text(ini)
    loaded = [arg for name in plugins for arg in ("-p", name)]
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *loaded, *args],
        capture_output=True,
        text=True,
        cwd=project,
        timeout=120,
        env={**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"},
    )


def run_python_without(modules: tuple[str, ...], code: str) -> subprocess.CompletedProcess[str]:
    """``code`` in a child Python where importing any of ``modules`` fails as on an install without them."""
    blocked = "".join(f"sys.modules[{name!r}] = None\n" for name in modules)
    return subprocess.run(
        [sys.executable, "-c", f"import sys\n{blocked}{code}"], capture_output=True, text=True, timeout=120
    )
