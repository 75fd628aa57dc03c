"""The loyaltykit pytest plugin (``pytest11`` entry point; ``pip install 'loyaltykit[testing]'``).

Fixtures for integrators:

- ``loyaltykit_sandbox``: a running sandbox (one per session, reset to its demo seed before each
  test), with ``base_url``, ``admin_url`` and ``credentials``;
- ``bonifiq_client``, ``async_bonifiq_client``, ``gameball_client``, ``async_gameball_client``:
  clients pointed at it (the async ones are pytest-asyncio fixtures: made and closed on the
  test's event loop);
- ``vcr_config``: loyaltykit's cassette scrubbing (credentials dropped, e-mails, CPF/CNPJ and
  phones replaced by stable fakes) and body matching for writes, for pytest-recording. Define
  your own ``vcr_config`` fixture to change it.

Nothing heavy is imported until a fixture is used, and the plugin loads with pytest alone: it
registers for everyone who installs loyaltykit, extras or not.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from .. import BonifiQ, Gameball
    from ..sandbox import RunningSandbox


# pytest-recording declares this hook; without it (a core install plus pytest) a required hook
# implementation would fail pytest's plugin validation and every test run with it.
@pytest.hookimpl(optionalhook=True)
def pytest_recording_configure(config: pytest.Config, vcr: Any) -> None:
    """Scrubbing as the recorder's defaults: an integrator's own ``vcr_config`` still overrides them."""
    from ._scrub import vcr_config as scrubbing
    from ._scrub import write_body_matcher

    vcr.register_matcher("loyaltykit_write_body", write_body_matcher)
    for option, value in scrubbing().items():
        setattr(vcr, option, value)


class _VcrConfig:
    """Registered at configure time, after pytest-recording, so this ``vcr_config`` is the default."""

    @pytest.fixture
    def vcr_config(self) -> dict[str, Any]:
        from ._scrub import vcr_config as scrubbing

        return scrubbing()


def pytest_configure(config: pytest.Config) -> None:
    if not config.pluginmanager.has_plugin("loyaltykit-vcr-config"):
        config.pluginmanager.register(_VcrConfig(), "loyaltykit-vcr-config")
    if not config.pluginmanager.has_plugin("loyaltykit-async-clients"):
        config.pluginmanager.register(_async_clients(), "loyaltykit-async-clients")


def _async_clients() -> object:
    """The async client fixtures: pytest-asyncio's when it is installed, else ones that say what is missing."""
    try:
        from . import _async_clients
    except ImportError as error:
        from ._async_missing import AsyncClientsNeedARunner

        return AsyncClientsNeedARunner(error.name or "pytest_asyncio")
    return _async_clients


@pytest.fixture(scope="session")
def _loyaltykit_sandbox_server() -> Iterator[RunningSandbox]:
    try:
        from ..sandbox import Credentials, SandboxConfig, start_in_thread
    except ImportError as error:  # pragma: no cover - depends on the extras installed
        pytest.fail(f"loyaltykit_sandbox needs the sandbox extra ({error.name}): pip install 'loyaltykit[testing]'")
    with start_in_thread(SandboxConfig(credentials=Credentials())) as running:
        yield running


@pytest.fixture
def loyaltykit_sandbox(_loyaltykit_sandbox_server: RunningSandbox) -> RunningSandbox:
    """The session's sandbox, wiped and re-seeded with its demo data, without faults."""
    import httpx

    httpx.post(_loyaltykit_sandbox_server.admin_url + "/reset", json={"seed": "demo"}, timeout=10).raise_for_status()
    return _loyaltykit_sandbox_server


@pytest.fixture
def bonifiq_client(loyaltykit_sandbox: RunningSandbox) -> Iterator[BonifiQ]:
    from .. import BonifiQ

    credentials = loyaltykit_sandbox.credentials
    with BonifiQ(
        credentials.bonifiq_api_token, credentials.bonifiq_api_key, base_url=loyaltykit_sandbox.base_url
    ) as client:
        yield client


@pytest.fixture
def gameball_client(loyaltykit_sandbox: RunningSandbox) -> Iterator[Gameball]:
    from .. import Gameball

    credentials = loyaltykit_sandbox.credentials
    with Gameball(
        credentials.gameball_api_key, credentials.gameball_secret_key, base_url=loyaltykit_sandbox.base_url
    ) as client:
        yield client
