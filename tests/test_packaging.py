"""The built wheel, as integrators install it: the install matrix (issue 15).

The wheel is built once for the module; each environment is a fresh venv (no system
site-packages) that pip fills from its cache:

- core only: ``import loyaltykit``, both clients, a call on an httpx.MockTransport, and a pytest
  run of a trivial test (the plugin registers for everyone);
- core + ``[cli]``: every command works or says in one line which extra it needs;
- ``[testing]``: the packages import outside the source tree, the plugin serves an integrator's
  tests, and the README's pytest example, sync and async, passes with ``-W error``, recording a
  cassette on the sandbox fixture and replaying it in a second run.
"""

from __future__ import annotations

import base64
import json
import re
import subprocess
import sys
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT

import loyaltykit
from loyaltykit.sandbox import Credentials

pytestmark = pytest.mark.slow

INTEGRATOR_TEST = """
from decimal import Decimal

import pytest


def test_sandbox_and_clients(loyaltykit_sandbox, bonifiq_client, gameball_client):
    assert loyaltykit_sandbox.base_url.startswith("http://127.0.0.1:")
    assert bonifiq_client.customers.points("ana@example.com").points_balance == 1500
    assert gameball_client.customers.balance("ana@example.com").available_points_balance == 1500


def test_a_sale_on_the_sandbox(bonifiq_client):
    with bonifiq_client.pos.checkout("ana@example.com", "it-1", Decimal("50.00")) as sale:
        offer = sale.rewards()
        sale.redeem(offer.cashback_reward, cashback=Decimal("5.00"))
        assert sale.complete(total=Decimal("45.00")).external_code


async def test_async_client(async_bonifiq_client):
    points = await async_bonifiq_client.customers.points("ana@example.com")
    assert points.points_balance == 1500


async def test_async_gameball_client(async_gameball_client):
    balance = await async_gameball_client.customers.balance("ana@example.com")
    assert balance.available_points_balance == 1500


def test_vcr_config_scrubs(vcr_config):
    assert "authorization" in vcr_config["filter_headers"]
    assert callable(vcr_config["before_record_request"])


@pytest.mark.vcr(record_mode="once")
def test_recorded_cassettes_are_clean(bonifiq_client, gameball_client):
    assert bonifiq_client.customers.points("ana@example.com").points_balance == 1500
    assert gameball_client.customers.balance("ana@example.com").available_points_balance == 1500
"""


def _pip_install(python: Path, *requirements: str) -> None:
    # This environment's pip installs into the new one: no pip inside it to bootstrap.
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", *requirements],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr[-2000:]


def _fresh_venv(where: Path) -> Path:
    venv.EnvBuilder(with_pip=False, system_site_packages=False).create(where)
    return where / "bin" / "python"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wheels = tmp_path_factory.mktemp("wheel")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    (built,) = wheels.glob("loyaltykit-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A venv with the wheel and its ``testing`` extra, as an integrator's test environment."""
    python = _fresh_venv(tmp_path_factory.mktemp("testing") / "venv")
    _pip_install(python, f"{wheel}[testing]")
    yield python


def test_wheel_imports_outside_the_source_tree(installed: Path, tmp_path: Path) -> None:
    probe = (
        "import pathlib, loyaltykit, loyaltykit_bonifiq_api, loyaltykit_gameball_api\n"
        "for m in (loyaltykit, loyaltykit_bonifiq_api, loyaltykit_gameball_api):\n"
        "    here = pathlib.Path(m.__file__).parent\n"
        "    assert 'site-packages' in str(here), here\n"
        "    assert (here / 'py.typed').exists(), here\n"
        "from loyaltykit.sandbox import spec_path\n"
        "assert spec_path('bonifiq').exists() and spec_path('gameball').exists()\n"
        "print(loyaltykit.__version__)\n"
    )
    run = subprocess.run([str(installed), "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == loyaltykit.__version__


def test_the_pytest_plugin_serves_an_integrators_tests(installed: Path, tmp_path: Path) -> None:
    (tmp_path / "test_integration.py").write_text(INTEGRATOR_TEST)
    run = subprocess.run(
        [
            str(installed),
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-o",
            "asyncio_mode=auto",
            "-o",
            "asyncio_default_fixture_loop_scope=function",
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "6 passed" in run.stdout
    (cassette,) = tmp_path.rglob("test_recorded_cassettes_are_clean.yaml")
    recorded = cassette.read_text()
    assert "customer-" in recorded and "example.invalid" in recorded
    credentials = Credentials()
    basic = base64.b64encode(f"{credentials.bonifiq_api_token}:{credentials.bonifiq_api_key}".encode()).decode()
    for secret in (
        "ana@example.com",
        "ana%40example.com",
        "sandbox-bonifiq-token",
        "sandbox-bonifiq-key",
        basic,
        credentials.gameball_api_key,
        credentials.gameball_secret_key,
    ):
        assert secret not in recorded
    assert "authorization" not in recorded.lower()
    assert "apikey" not in recorded.lower() and "secretkey" not in recorded.lower()


# --- the install matrix -----------------------------------------------------------------------

CORE_PROBE = """
import asyncio
from decimal import Decimal

import httpx

import loyaltykit
from loyaltykit import AsyncGameball, BonifiQ, Gameball


def answer(request):
    if request.url.path.startswith("/v1/pvt/"):
        return httpx.Response(200, json={"CustomerExists": True, "PointsBalance": 10, "CashbackBalance": 1.5})
    return httpx.Response(200, json={"availablePointsBalance": 7, "availablePointsValue": 0.7})


with BonifiQ("token", "key", http_client=httpx.Client(transport=httpx.MockTransport(answer))) as bq:
    points = bq.customers.points("c-1")
    assert points.points_balance == 10 and points.cashback_balance == Decimal("1.5"), points
with Gameball("key", "secret", http_client=httpx.Client(transport=httpx.MockTransport(answer))) as gb:
    assert gb.customers.balance("c-1").available_points_balance == 7


async def main():
    transport = httpx.MockTransport(answer)
    async with AsyncGameball("key", "secret", http_client=httpx.AsyncClient(transport=transport)) as gb:
        assert (await gb.customers.balance("c-1")).available_points_value == Decimal("0.7")


asyncio.run(main())
print("core ok")
"""

# Run in the [cli] environment: every command, through typer's runner, as JSON lines.
CLI_DRIVER = """
import json
import sys

from typer.testing import CliRunner

from loyaltykit.cli._app import app
from loyaltykit.journal import SQLiteJournal

journal = sys.argv[1]
with SQLiteJournal(journal):
    pass
sale = ["--customer", "ana@example.com", "--order", "o-1", "--value", "10"]
commands = [
    ["--help"], ["bonifiq", "--help"], ["gameball", "--help"], ["outbox", "--help"],
    ["bonifiq", "points", "ana@example.com", "--sandbox"],
    ["bonifiq", "coupons", "ana@example.com", "--sandbox"],
    ["bonifiq", "checkout", *sale, "--sandbox"],
    ["gameball", "balance", "ana@example.com", "--sandbox"],
    ["gameball", "coupons", "ana@example.com", "--sandbox"],
    ["gameball", "checkout", *sale, "--sandbox"],
    ["outbox", "status", "--journal", journal],
    ["outbox", "flush", "--journal", journal, "--sandbox"],
    ["reconcile", "--journal", journal, "--sandbox"],
    ["sandbox", "--port", "0"],
    ["demo"],
]
for args in commands:
    result = CliRunner().invoke(app, args)
    crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
    shown = {"args": args, "code": result.exit_code, "stderr": result.stderr}
    print(json.dumps({**shown, "crashed": repr(result.exception) if crashed else None}))
"""


def _run(python: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(python), *args], capture_output=True, text=True, cwd=cwd, timeout=300)


def test_core_only_then_with_the_cli_extra(wheel: Path, tmp_path: Path) -> None:
    python = _fresh_venv(tmp_path / "venv")
    _pip_install(python, str(wheel), "pytest")
    # (a) the core alone: the clients on a MockTransport...
    probe = _run(python, "-c", CORE_PROBE, cwd=tmp_path)
    assert probe.returncode == 0 and "core ok" in probe.stdout, probe.stderr
    # ...pytest with the plugin registered (it implements pytest-recording's hook, optionally)...
    project = tmp_path / "project"
    project.mkdir()
    (project / "test_trivial.py").write_text("def test_one():\n    assert True\n")
    tests = _run(python, "-m", "pytest", "-q", "-W", "error", "-p", "no:cacheprovider", cwd=project)
    assert tests.returncode == 0 and "1 passed" in tests.stdout, tests.stdout[-3000:] + tests.stderr[-2000:]
    # ...and what needs an extra says which one, in one line.
    for args, extra in (
        (["-m", "loyaltykit.sandbox"], "sandbox"),
        (["-m", "loyaltykit.cli"], "cli"),
        (["-m", "loyaltykit.cli", "demo"], "cli"),
    ):
        run = _run(python, *args, cwd=tmp_path)
        output = (run.stdout + run.stderr).strip()
        assert run.returncode != 0 and "Traceback" not in output, output
        assert output.count("\n") == 0 and f"pip install 'loyaltykit[{extra}]'" in output, output

    # (b) core + [cli]: every command works, or says in one line that it needs the sandbox extra.
    _pip_install(python, f"{wheel}[cli]")
    driver = _run(python, "-c", CLI_DRIVER, str(tmp_path / "pos.db"), cwd=tmp_path)
    assert driver.returncode == 0, driver.stderr[-3000:]
    results = [json.loads(line) for line in driver.stdout.splitlines()]
    assert len(results) == 15
    for result in results:
        assert result["crashed"] is None, result
        if result["code"] != 0:
            lines = result["stderr"].strip().splitlines()
            assert len(lines) == 1 and "pip install 'loyaltykit[sandbox]'" in lines[0], result
    assert {r["args"][0] for r in results if r["code"] == 0} >= {"--help", "bonifiq", "gameball", "outbox"}


def _readme_block(language: str) -> str:
    """The first ``language`` block of the README's pytest section: what integrators copy."""
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Testing your integration", 1)[1].split("\n## ", 1)[0]
    found = re.search(rf"```{language}\n(.*?)```", section, re.S)
    assert found, f"no {language} block in the README's pytest section"
    return found.group(1)


def test_the_readmes_pytest_example_passes_with_warnings_as_errors_and_replays(installed: Path, tmp_path: Path) -> None:
    # (c) the [testing] extra: the README's settings and tests, sync and async, as an integrator copies them.
    (tmp_path / "pyproject.toml").write_text(_readme_block("toml"))
    (tmp_path / "test_readme.py").write_text(_readme_block("python"))
    pytest_args = ("-m", "pytest", "-q", "-W", "error", "-p", "no:cacheprovider")
    first = _run(installed, *pytest_args, "--record-mode=once", cwd=tmp_path)
    assert first.returncode == 0, first.stdout[-3000:] + first.stderr[-2000:]
    assert "3 passed" in first.stdout
    (cassette,) = tmp_path.rglob("test_balance_recorded.yaml")
    recorded = cassette.read_text()
    # The second session's sandbox has another port; pytest-recording's default mode replays only.
    second = _run(installed, *pytest_args, cwd=tmp_path)
    assert second.returncode == 0, second.stdout[-3000:] + second.stderr[-2000:]
    assert "3 passed" in second.stdout
    assert cassette.read_text() == recorded
