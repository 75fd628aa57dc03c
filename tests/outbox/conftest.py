from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pos.harness import PosHarness

from loyaltykit.journal import SQLiteJournal
from loyaltykit.sandbox import Credentials, RunningSandbox, SandboxConfig, start_in_thread

from .orders import Sent, client


@pytest.fixture(scope="session")
def outbox_sandbox() -> Iterator[RunningSandbox]:
    with start_in_thread(SandboxConfig(credentials=Credentials())) as running:
        yield running


@pytest.fixture
def sandbox(outbox_sandbox: RunningSandbox) -> RunningSandbox:
    httpx.post(outbox_sandbox.admin_url + "/reset", json={"seed": "demo"}).raise_for_status()
    return outbox_sandbox


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[SQLiteJournal]:
    with SQLiteJournal(tmp_path / "terminal.db") as opened:
        yield opened


@pytest.fixture(params=["bonifiq", "gameball"])
def vendor(request: pytest.FixtureRequest) -> str:
    return str(request.param)


class Terminal:
    """A client of one vendor, sync or async, on the sandbox and the test's journal, counting its order posts."""

    def __init__(self, vendor: str, mode: str, sandbox: RunningSandbox, journal: SQLiteJournal) -> None:
        self.vendor, self.sandbox, self.journal = vendor, sandbox, journal
        self.harness = PosHarness(mode, sandbox)
        self.sent = Sent(vendor)
        self._closers: list[Any] = []

    def client(self, **settings: Any) -> Any:
        is_async = self.harness.is_async
        hook = self.sent.async_hook if is_async else self.sent.hook
        http = (httpx.AsyncClient if is_async else httpx.Client)(event_hooks={"request": [hook]})
        made = client(self.vendor, self.sandbox, is_async=is_async, journal=self.journal, http_client=http, **settings)
        self._closers += [made, http]
        return made

    def run(self, value: Any) -> Any:
        return self.harness.run(value)

    def close(self) -> None:
        for closer in reversed(self._closers):
            self.run(closer.aclose() if hasattr(closer, "aclose") else closer.close())
        self.harness.close()


@pytest.fixture(params=["sync", "async"])
def terminal(
    request: pytest.FixtureRequest, vendor: str, sandbox: RunningSandbox, journal: SQLiteJournal
) -> Iterator[Terminal]:
    made = Terminal(vendor, str(request.param), sandbox, journal)
    yield made
    made.close()
