"""`pip install .` gives a wheel whose three packages import outside the source tree."""

from __future__ import annotations

import subprocess
import venv
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow


def test_wheel_installs_and_imports_outside_the_source_tree(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr[-2000:]

    probe = (
        "import pathlib, loyaltykit, loyaltykit_bonifiq_api, loyaltykit_gameball_api\n"
        "for m in (loyaltykit, loyaltykit_bonifiq_api, loyaltykit_gameball_api):\n"
        "    here = pathlib.Path(m.__file__).parent\n"
        "    assert 'site-packages' in str(here), here\n"
        "    assert (here / 'py.typed').exists(), here\n"
        "print(loyaltykit.__version__)\n"
    )
    run = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == __import__("loyaltykit").__version__
