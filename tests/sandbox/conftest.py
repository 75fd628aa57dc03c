"""One sandbox per test session on a free loopback port, reset to the demo seed per test."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from loyaltykit.sandbox import Credentials, RunningSandbox, SandboxConfig, start_in_thread

# Fixed credentials, whatever the developer's environment holds.
CREDENTIALS = Credentials()


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[RunningSandbox]:
    with start_in_thread(SandboxConfig(credentials=CREDENTIALS)) as running:
        yield running


@pytest.fixture
def sandbox(sandbox_server: RunningSandbox) -> RunningSandbox:
    """The session's sandbox, wiped and re-seeded, with no faults, limits or clock offset."""
    httpx.post(sandbox_server.admin_url + "/reset", json={"seed": "demo"}).raise_for_status()
    httpx.post(
        sandbox_server.admin_url + "/gameball/settings",
        json={"hold_ttl_seconds": 600, "rate_limits": False, "rate_limit_scale": 1},
    ).raise_for_status()
    return sandbox_server


@pytest.fixture
def bonifiq(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    auth = (CREDENTIALS.bonifiq_api_token, CREDENTIALS.bonifiq_api_key)
    with httpx.Client(base_url=sandbox.bonifiq_base_url, auth=auth, timeout=10) as client:
        yield client


def gameball_headers() -> dict[str, str]:
    return {"apikey": CREDENTIALS.gameball_api_key, "secretkey": CREDENTIALS.gameball_secret_key}


@pytest.fixture
def gameball(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.gameball_base_url, headers=gameball_headers(), timeout=10) as client:
        yield client


@pytest.fixture
def admin(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sandbox.admin_url, timeout=10) as client:
        yield client
