"""``Gameball`` and ``AsyncGameball``: the clients of Gameball's API v4."""

from __future__ import annotations

from typing import Any

import httpx

from .._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from .._env import require_credentials, setting
from .._redaction import REDACTED
from ._vendor import DEFAULT_BASE_URL, ENV_API_KEY, ENV_BASE_URL, ENV_SECRET_KEY, GameballVendor
from .resources.coupons import AsyncCoupons, Coupons
from .resources.customers import AsyncCustomers, Customers
from .resources.orders import AsyncOrders, Orders
from .resources.pos import POS, AsyncPOS
from .resources.transactions import AsyncTransactions, Transactions


def _settings(
    api_key: str | None,
    secret_key: str | None,
    base_url: str | None,
    api_version: str,
    timeout: Any,
    max_retries: int,
) -> dict[str, Any]:
    credentials = require_credentials(
        "Gameball", {"api_key": (api_key, ENV_API_KEY), "secret_key": (secret_key, ENV_SECRET_KEY)}
    )
    return {
        "vendor": GameballVendor(credentials["api_key"], credentials["secret_key"], api_version),
        "base_url": setting(base_url, ENV_BASE_URL, DEFAULT_BASE_URL) or DEFAULT_BASE_URL,
        "timeout": timeout,
        "max_retries": max_retries,
    }


class Gameball(SyncAPIClient):
    """Gameball's API v4. Credentials default to ``$GAMEBALL_API_KEY`` and ``$GAMEBALL_SECRET_KEY``.

    ``api_version="v4.1"`` selects the secure mode, which serves the same paths under /api/v4.1.
    """

    def __init__(
        self,
        api_key: str | None = None,
        secret_key: str | None = None,
        *,
        base_url: str | None = None,
        api_version: str = "v4.0",
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
    ) -> None:
        settings = _settings(api_key, secret_key, base_url, api_version, timeout, max_retries)
        super().__init__(http_client=http_client, **settings)
        self.api_version = api_version
        self.customers = Customers(self)
        self.transactions = Transactions(self)
        self.orders = Orders(self)
        self.coupons = Coupons(self)
        self.pos = POS(self)

    def __repr__(self) -> str:
        return (
            f"Gameball(base_url={self.base_url!r}, api_version={self.api_version!r}, "
            f"api_key={REDACTED!r}, secret_key={REDACTED!r})"
        )


class AsyncGameball(AsyncAPIClient):
    """The async twin of ``Gameball``; use ``async with`` (or ``await close()``)."""

    def __init__(
        self,
        api_key: str | None = None,
        secret_key: str | None = None,
        *,
        base_url: str | None = None,
        api_version: str = "v4.0",
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        settings = _settings(api_key, secret_key, base_url, api_version, timeout, max_retries)
        super().__init__(http_client=http_client, **settings)
        self.api_version = api_version
        self.customers = AsyncCustomers(self)
        self.transactions = AsyncTransactions(self)
        self.orders = AsyncOrders(self)
        self.coupons = AsyncCoupons(self)
        self.pos = AsyncPOS(self)

    def __repr__(self) -> str:
        return (
            f"AsyncGameball(base_url={self.base_url!r}, api_version={self.api_version!r}, "
            f"api_key={REDACTED!r}, secret_key={REDACTED!r})"
        )
