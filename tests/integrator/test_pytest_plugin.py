"""The pytest plugin as integrators meet it: in their own project, with or without the extras."""

from __future__ import annotations

from pathlib import Path

from ._runs import ASYNC_INI, run_pytest

TRIVIAL = "def test_one():\n    assert 1 + 1 == 2\n"


def test_a_core_install_plus_pytest_runs_tests_without_pytest_recording(tmp_path: Path) -> None:
    # The plugin registers for everyone; its pytest-recording hook must not need pytest-recording.
    (tmp_path / "test_trivial.py").write_text(TRIVIAL)
    run = run_pytest(tmp_path, plugins=("loyaltykit.testing.plugin",))
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert "1 passed" in run.stdout


RECORDED = """
import pytest


@pytest.mark.vcr
def test_points(bonifiq_client, gameball_client):
    assert bonifiq_client.customers.points("ana@example.com").points_balance == 1500
    assert gameball_client.customers.balance("ana@example.com").available_points_balance == 1500
"""


def test_a_cassette_recorded_through_the_sandbox_fixture_replays_in_the_next_run(tmp_path: Path) -> None:
    # Each session's sandbox takes a free port: a cassette must not be tied to the one it was recorded on.
    (tmp_path / "test_recorded.py").write_text(RECORDED)
    first = run_pytest(tmp_path, "--record-mode=once")
    assert first.returncode == 0, first.stdout[-3000:]
    (cassette,) = tmp_path.rglob("test_points.yaml")
    recorded = cassette.read_text()
    second = run_pytest(tmp_path, "--record-mode=none")  # any request the cassette lacks fails
    assert second.returncode == 0, second.stdout[-3000:]
    assert "1 passed" in second.stdout
    assert cassette.read_text() == recorded


ASYNC_TESTS = """
async def test_bonifiq(async_bonifiq_client):
    assert (await async_bonifiq_client.customers.points("ana@example.com")).points_balance == 1500


async def test_gameball(async_gameball_client):
    assert (await async_gameball_client.customers.balance("ana@example.com")).available_points_balance == 1500


async def test_both(async_bonifiq_client, async_gameball_client):
    await async_bonifiq_client.customers.points("bruno@example.com")
    await async_gameball_client.customers.balance("bruno@example.com")
"""


def test_async_client_fixtures_close_on_the_tests_loop_with_warnings_as_errors(tmp_path: Path) -> None:
    (tmp_path / "test_async.py").write_text(ASYNC_TESTS)
    run = run_pytest(tmp_path, "-W", "error", ini=ASYNC_INI)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "3 passed" in run.stdout and "error" not in run.stdout.lower()


def test_without_pytest_asyncio_an_async_client_fixture_says_what_to_install(tmp_path: Path) -> None:
    # The conftest runs before the plugin's pytest_configure: pytest-asyncio looks uninstalled.
    (tmp_path / "conftest.py").write_text("import sys\n\nsys.modules['pytest_asyncio'] = None\n")
    (tmp_path / "test_async.py").write_text("def test_it(async_bonifiq_client):\n    pass\n")
    run = run_pytest(tmp_path, plugins=("loyaltykit.testing.plugin",))
    assert run.returncode == 1, run.stdout[-2000:]
    assert "need pytest-asyncio" in run.stdout and "pip install 'loyaltykit[testing]'" in run.stdout
