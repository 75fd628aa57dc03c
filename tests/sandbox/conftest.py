"""One sandbox per test session on a free loopback port, reset to the demo seed per test.

Every httpx client here shares one SSL context: building a client otherwise loads the CA
bundle (~50 ms), which, a few clients per test, was most of this suite's run time.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator

import httpx
import pytest

from loyaltykit.sandbox import Credentials, RunningSandbox, SandboxConfig, start_in_thread

# Fixed credentials, whatever the developer's environment holds.
CREDENTIALS = Credentials()
SSL_CONTEXT = ssl.create_default_context()
# For the tests' one-off calls (``HTTP.get(url)`` in place of ``httpx.get(url)``).
HTTP = httpx.Client(verify=SSL_CONTEXT, timeout=10)


def client(**options: object) -> httpx.Client:
    """An httpx client for the sandbox, without the cost of a new SSL context."""
    return httpx.Client(verify=SSL_CONTEXT, timeout=10, **options)  # type: ignore[arg-type]


def async_client(**options: object) -> httpx.AsyncClient:
    return httpx.AsyncClient(verify=SSL_CONTEXT, timeout=20, **options)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[RunningSandbox]:
    with start_in_thread(SandboxConfig(credentials=CREDENTIALS)) as running:
        yield running


@pytest.fixture(scope="session")
def _admin_session(sandbox_server: RunningSandbox) -> Iterator[httpx.Client]:
    with client(base_url=sandbox_server.admin_url) as admin_client:
        yield admin_client


@pytest.fixture
def sandbox(sandbox_server: RunningSandbox, _admin_session: httpx.Client) -> RunningSandbox:
    """The session's sandbox, wiped and re-seeded, with no faults, limits or clock offset."""
    _admin_session.post("/reset", json={"seed": "demo"}).raise_for_status()
    _admin_session.post(
        "/gameball/settings", json={"hold_ttl_seconds": 600, "rate_limits": False, "rate_limit_scale": 1}
    ).raise_for_status()
    return sandbox_server


@pytest.fixture
def bonifiq(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    auth = (CREDENTIALS.bonifiq_api_token, CREDENTIALS.bonifiq_api_key)
    with client(base_url=sandbox.bonifiq_base_url, auth=auth) as bonifiq_client:
        yield bonifiq_client


def gameball_headers() -> dict[str, str]:
    return {"apikey": CREDENTIALS.gameball_api_key, "secretkey": CREDENTIALS.gameball_secret_key}


@pytest.fixture
def gameball(sandbox: RunningSandbox) -> Iterator[httpx.Client]:
    with client(base_url=sandbox.gameball_base_url, headers=gameball_headers()) as gameball_client:
        yield gameball_client


@pytest.fixture
def admin(sandbox: RunningSandbox, _admin_session: httpx.Client) -> httpx.Client:
    return _admin_session
