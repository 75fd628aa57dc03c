"""Replay tests: every facade method and every POS step, from cassettes recorded on the sandbox.

``make test`` replays them (record mode ``none``, network blocked). ``make record`` sets
LOYALTYKIT_RECORD=1: a fresh sandbox then listens on the fixed address below (the port is part
of what a cassette matches) and every cassette is recorded again, scrubbed by
``loyaltykit.testing`` (the plugin's ``vcr_config``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from vcr.cassette import Cassette

import loyaltykit
from loyaltykit.sandbox import Credentials

RECORDING = os.environ.get("LOYALTYKIT_RECORD") == "1"
HOST, PORT = "127.0.0.1", 18765
BASE_URL = f"http://{HOST}:{PORT}"
ADMIN_URL = BASE_URL + "/_sandbox"
CREDENTIALS = Credentials()
CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"


@pytest.fixture(scope="module")
def vcr_cassette_dir(request: pytest.FixtureRequest) -> str:
    return str(CASSETTES / Path(str(request.node.fspath)).stem)


@pytest.fixture(scope="session")
def recording_sandbox() -> Iterator[None]:
    if not RECORDING:
        yield None
        return
    from loyaltykit.sandbox import SandboxConfig, start_in_thread

    with start_in_thread(SandboxConfig(credentials=CREDENTIALS), host=HOST, port=PORT):
        yield None


@pytest.fixture(autouse=True)
def fresh_sandbox(recording_sandbox: None) -> None:
    """Recording starts every test from the demo seed (the reset is not part of the cassette)."""
    if RECORDING:
        httpx.post(ADMIN_URL + "/reset", json={"seed": "demo"}, timeout=10).raise_for_status()


@pytest.fixture(autouse=True)
def cassette_fully_played(vcr: Cassette | None) -> Iterator[None]:
    """A recorded request the code no longer sends fails the test (vcrpy alone would not notice).

    Runs its check before pytest-recording's ``vcr`` fixture ejects the cassette. Recording
    starts from an empty cassette, so there is nothing to check then.
    """
    yield None
    if vcr is None or RECORDING:
        return
    unplayed = [
        f"{request.method} {request.uri}" for index, (request, _) in enumerate(vcr.data) if vcr.play_counts[index] == 0
    ]
    assert vcr.all_played, f"{vcr.path}: {len(unplayed)} recorded request(s) never sent: {unplayed}"


@pytest.fixture
def bq() -> Iterator[loyaltykit.BonifiQ]:
    with loyaltykit.BonifiQ(
        CREDENTIALS.bonifiq_api_token, CREDENTIALS.bonifiq_api_key, base_url=BASE_URL, max_retries=0
    ) as client:
        yield client


@pytest.fixture
def gb() -> Iterator[loyaltykit.Gameball]:
    with loyaltykit.Gameball(
        CREDENTIALS.gameball_api_key, CREDENTIALS.gameball_secret_key, base_url=BASE_URL, max_retries=0
    ) as client:
        yield client


def admin(path: str) -> dict[str, object]:
    """A sandbox admin read (the PIN, say); recorded in the cassette like any call."""
    return dict(httpx.get(ADMIN_URL + path, timeout=10).raise_for_status().json())
