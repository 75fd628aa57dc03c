"""One sandbox for the soak tests: the short soak resets it itself, the focused tests per test."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from pos.harness import PosHarness

from loyaltykit.sandbox import Credentials, RunningSandbox, SandboxConfig, start_in_thread


@pytest.fixture(scope="session")
def soak_sandbox() -> Iterator[RunningSandbox]:
    with start_in_thread(SandboxConfig(credentials=Credentials())) as running:
        yield running


@pytest.fixture(params=["sync", "async"])
def pos(request: pytest.FixtureRequest, soak_sandbox: RunningSandbox) -> Iterator[PosHarness]:
    httpx.post(soak_sandbox.admin_url + "/reset", json={"seed": "demo"}).raise_for_status()
    harness = PosHarness(request.param, soak_sandbox)
    yield harness
    harness.close()
