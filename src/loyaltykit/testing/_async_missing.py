"""Stand-ins for the async client fixtures when pytest-asyncio is not installed: a test that asks
for one fails with what to install, instead of "fixture not found"."""

from __future__ import annotations

from typing import NoReturn

import pytest

INSTALL = "pip install 'loyaltykit[testing]'"


class AsyncClientsNeedARunner:
    def __init__(self, missing: str) -> None:
        self.missing = missing

    def _fail(self) -> NoReturn:
        pytest.fail(f"the async client fixtures need pytest-asyncio ({self.missing} is missing): {INSTALL}")

    @pytest.fixture
    def async_bonifiq_client(self) -> NoReturn:
        self._fail()

    @pytest.fixture
    def async_gameball_client(self) -> NoReturn:
        self._fail()
