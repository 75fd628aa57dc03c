"""One sandbox for the soak tests: the short soak resets it itself, the focused tests per test."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from pos.harness import PosHarness

from loyaltykit.sandbox import Credentials, RunningSandbox, SandboxConfig
from soak.engine import start_sandbox


@pytest.fixture(scope="session")
def soak_sandbox() -> Iterator[RunningSandbox]:
    running = start_sandbox(SandboxConfig(credentials=Credentials()))
    yield running
    running.stop()


@pytest.fixture(params=["sync", "async"])
def pos(request: pytest.FixtureRequest, soak_sandbox: RunningSandbox) -> Iterator[PosHarness]:
    httpx.post(soak_sandbox.admin_url + "/reset", json={"seed": "demo"}).raise_for_status()
    harness = PosHarness(request.param, soak_sandbox)
    yield harness
    harness.close()
