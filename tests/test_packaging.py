"""The built wheel: its packages import outside the source tree, and its pytest plugin works.

One fresh virtual environment for the module: the wheel is built from this checkout and
installed with its ``testing`` extra, as an integrator would.
"""

from __future__ import annotations

import base64
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


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    work = tmp_path_factory.mktemp("wheel")
    wheels = work / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stderr[-2000:]
    (wheel,) = wheels.glob("loyaltykit-*.whl")
    env_dir = work / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", f"{wheel}[testing]", "pytest-asyncio"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr[-2000:]
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
        [str(installed), "-m", "pytest", "-q", "-p", "no:cacheprovider", "-o", "asyncio_mode=auto"],
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
