"""A virtual environment with only the core installed: loyaltykit's wheel, httpx and attrs.

What ``pip install loyaltykit`` gives a POS, without the extras the development venv carries
(rich, for one, makes ``import httpx`` dearer: httpx imports its CLI when rich and click are
there). It is kept in the system's temporary directory, one per checkout, and rebuilt only
when what it needs changes: the dependencies are pinned to this venv's versions, and the
wheel is built again (and installed without dependencies) only when a file that goes into it
changed, so a repeated ``make bench`` spends a second here.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import ROOT

# The core's dependencies and theirs, pinned to the versions this venv runs.
PINNED = ("httpx", "httpcore", "h11", "anyio", "idna", "certifi", "sniffio", "attrs")
# What goes into the wheel.
SOURCES = ("src", "generated", "specs/bonifiq/openapi.yaml", "specs/gameball/openapi.json", "pyproject.toml")


def _pins() -> list[str]:
    pins = []
    for name in PINNED:
        try:
            pins.append(f"{name}=={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            continue  # not installed here (sniffio): not installed there either
    return pins


def _digest() -> str:
    digest = hashlib.sha256()
    for source in SOURCES:
        root = ROOT / source
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _run(*command: str | Path) -> None:
    result = subprocess.run([str(part) for part in command], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(map(str, command))} failed:\n{result.stderr[-2000:]}")


def core_python() -> Path:
    """The interpreter of the core-only venv, built or brought up to date first."""
    checkout = hashlib.sha256(str(ROOT).encode()).hexdigest()[:10]
    venv = Path(tempfile.gettempdir()) / f"loyaltykit-bench-core-{checkout}"
    python = venv / "bin" / "python"
    pins = _pins()
    deps_stamp, wheel_stamp = venv / "deps.txt", venv / "wheel.txt"
    if not python.exists() or not deps_stamp.exists() or deps_stamp.read_text() != "\n".join(pins):
        _run(sys.executable, "-m", "venv", "--clear", venv)
        _run(python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *pins)
        deps_stamp.write_text("\n".join(pins))
    digest = _digest()
    if not wheel_stamp.exists() or wheel_stamp.read_text() != digest:
        with tempfile.TemporaryDirectory() as wheels:
            _run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", wheels, ROOT)
            (wheel,) = Path(wheels).glob("loyaltykit-*.whl")
            _run(python, "-m", "pip", "install", "--quiet", "--no-deps", "--force-reinstall", wheel)
        wheel_stamp.write_text(digest)
    return python
