from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from loyaltykit.sandbox import Credentials, RunningSandbox, SandboxConfig, start_in_thread
from pos.harness import PosHarness


@pytest.fixture(scope="session")
def pos_sandbox() -> Iterator[RunningSandbox]:
    with start_in_thread(SandboxConfig(credentials=Credentials())) as running:
        yield running


@pytest.fixture(params=["sync", "async"])
def pos(request: pytest.FixtureRequest, pos_sandbox: RunningSandbox) -> Iterator[PosHarness]:
    httpx.post(pos_sandbox.admin_url + "/reset", json={"seed": "demo"}).raise_for_status()
    harness = PosHarness(request.param, pos_sandbox)
    yield harness
    harness.close()
