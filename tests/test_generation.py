"""`make check-generated` catches drift, and `make generate` is deterministic and complete."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT

pytestmark = pytest.mark.slow

RESOURCES = tuple(f"src/loyaltykit/{vendor}/resources/_generated" for vendor in ("bonifiq", "gameball"))


def _run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(repo / "scripts" / "generate.py"), *args],
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    for folder in ("specs", "scripts", "generated", *RESOURCES):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("api.md", "pyproject.toml"):  # pyproject.toml: the resources are formatted by its ruff settings
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def test_spec_edit_without_regenerating_fails_the_check(repo_copy: Path) -> None:
    spec = repo_copy / "specs" / "bonifiq" / "openapi.yaml"
    text = spec.read_text(encoding="utf-8")
    anchor = "    CouponlessRewardGenerateRequest:\n      type: object\n"
    assert anchor in text
    spec.write_text(text.replace(anchor, anchor + "      description: edited without regenerating\n", 1))

    result = _run(repo_copy, "--check")

    assert result.returncode == 1
    assert "couponless_reward_generate_request.py" in result.stderr


def test_generate_removes_stale_files_and_is_repeatable(repo_copy: Path) -> None:
    stale = repo_copy / "generated" / "loyaltykit_gameball_api" / "models" / "removed_long_ago.py"
    stale.write_text("x = 1\n")
    # The generated resource modules and api.md are checked and rewritten too.
    resource = repo_copy / RESOURCES[0] / "pos.py"
    resource.write_text(
        resource.read_text(encoding="utf-8").replace("def redeem_request(", "def redeem_request_edited(")
    )
    (repo_copy / "api.md").write_text("edited\n")
    checked = _run(repo_copy, "--check")
    assert checked.returncode == 1
    assert "removed_long_ago.py" in checked.stderr and "pos.py" in checked.stderr and "api.md" in checked.stderr

    first = _run(repo_copy)
    assert first.returncode == 0, first.stderr
    assert not stale.exists()
    snapshot = {p.relative_to(repo_copy): p.read_bytes() for p in (repo_copy / "generated").rglob("*") if p.is_file()}

    second = _run(repo_copy)
    assert second.returncode == 0, second.stderr
    again = {p.relative_to(repo_copy): p.read_bytes() for p in (repo_copy / "generated").rglob("*") if p.is_file()}
    assert again == snapshot
    assert _run(repo_copy, "--check").returncode == 0
    assert (repo_copy / "api.md").read_text() == (ROOT / "api.md").read_text()
    assert "def redeem_request(" in resource.read_text(encoding="utf-8")
