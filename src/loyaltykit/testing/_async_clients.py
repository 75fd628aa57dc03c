"""The async client fixtures, as pytest-asyncio fixtures (the ``testing`` extra brings it).

A client is made and closed on the event loop of the test that uses it: an httpx connection
belongs to the loop it was opened on, and closing it from another one leaks it (ResourceWarning).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

import pytest_asyncio

if TYPE_CHECKING:
    from .. import AsyncBonifiQ, AsyncGameball
    from ..sandbox import RunningSandbox


@pytest_asyncio.fixture
async def async_bonifiq_client(loyaltykit_sandbox: RunningSandbox) -> AsyncIterator[AsyncBonifiQ]:
    from .. import AsyncBonifiQ

    credentials = loyaltykit_sandbox.credentials
    async with AsyncBonifiQ(
        credentials.bonifiq_api_token, credentials.bonifiq_api_key, base_url=loyaltykit_sandbox.base_url
    ) as client:
        yield client


@pytest_asyncio.fixture
async def async_gameball_client(loyaltykit_sandbox: RunningSandbox) -> AsyncIterator[AsyncGameball]:
    from .. import AsyncGameball

    credentials = loyaltykit_sandbox.credentials
    async with AsyncGameball(
        credentials.gameball_api_key, credentials.gameball_secret_key, base_url=loyaltykit_sandbox.base_url
    ) as client:
        yield client
