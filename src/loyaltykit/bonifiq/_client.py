"""``BonifiQ`` and ``AsyncBonifiQ``: the clients of BonifiQ's Private API."""

from __future__ import annotations

import re
from typing import Any

import httpx

from .._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, JournalArgument, SyncAPIClient
from .._base_url import resolve_base_url
from .._env import require_credentials
from .._redaction import REDACTED
from .._validation import InvalidSettingError
from ._vendor import DEFAULT_BASE_URL, ENV_BASE_URL, ENV_KEY, ENV_TOKEN, BonifiQVendor
from .resources.checkout import AsyncCheckout, Checkout
from .resources.customers import AsyncCustomers, Customers
from .resources.orders import AsyncOrders, Orders
from .resources.outbox import AsyncOutbox, Outbox
from .resources.pos import POS, AsyncPOS
from .resources.rewards import AsyncRewards, Rewards

API_ROOT = "/v1/pvt"
"""The Private API's root, which every generated path starts with and BonifiQ's guide ends its base URL with."""

_OTHER_ROOT = re.compile(r"/v[0-9]+/p(?:vt|ub)$", re.IGNORECASE)


def _without_root(field: str, path: str) -> str:
    if path.lower().endswith(API_ROOT):  # BonifiQ's routes ignore case
        return path[: -len(API_ROOT)]
    if (other := _OTHER_ROOT.search(path)) is not None:
        raise InvalidSettingError(
            field,
            f"ends with {other.group(0)!r}, not BonifiQ's Private API root {API_ROOT}: pass the host or .../v1/pvt",
        )
    return path


def _settings(
    api_token: str | None, api_key: str | None, base_url: str | None, timeout: Any, max_retries: int
) -> dict[str, Any]:
    credentials = require_credentials("BonifiQ", {"api_token": (api_token, ENV_TOKEN), "api_key": (api_key, ENV_KEY)})
    return {
        "vendor": BonifiQVendor(credentials["api_token"], credentials["api_key"]),
        "base_url": resolve_base_url(base_url, ENV_BASE_URL, DEFAULT_BASE_URL, _without_root),
        "timeout": timeout,
        "max_retries": max_retries,
    }


class BonifiQ(SyncAPIClient):
    """BonifiQ's Private API. Credentials default to ``$BONIFIQ_API_TOKEN`` and ``$BONIFIQ_API_KEY``.

    ``base_url`` defaults to ``$BONIFIQ_BASE_URL``, else https://api.bonifiq.com.br. Either the
    host or the API's root as BonifiQ's guide writes it (``https://api.bonifiq.com.br/v1/pvt``,
    the sandbox's ``bonifiq_base_url``) works, with or without a trailing slash; a path in front
    of the root (a proxy) is kept. It must be an absolute http(s) URL with a host and no query,
    fragment or credentials, else ``InvalidArgumentError`` (also a ``ConfigurationError``).
    ``timeout`` is a positive, finite number of seconds or an ``httpx.Timeout`` with every phase set.

    ``journal`` keeps every POS sale's steps durably (``loyaltykit.journal``): a file path
    (e.g. ``"terminal-7.db"``), a ``Journal``, or None for ``$LOYALTYKIT_JOURNAL``, else an
    in-memory journal that protects this process only.

    Use it as a context manager (or call ``close()``) to release its connections. Operations
    without a method here are reachable through ``call()`` with their generated module.
    """

    def __init__(
        self,
        api_token: str | None = None,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        journal: JournalArgument = None,
    ) -> None:
        settings = _settings(api_token, api_key, base_url, timeout, max_retries)
        super().__init__(http_client=http_client, journal=journal, **settings)
        self.customers = Customers(self)
        self.pos = POS(self)
        self.orders = Orders(self)
        self.checkout = Checkout(self)
        self.rewards = Rewards(self)
        self.outbox = Outbox(self)

    def __repr__(self) -> str:
        return f"BonifiQ(base_url={self.base_url!r}, api_token={REDACTED!r}, api_key={REDACTED!r})"


class AsyncBonifiQ(AsyncAPIClient):
    """The async twin of ``BonifiQ``; use ``async with`` (or ``await close()``)."""

    def __init__(
        self,
        api_token: str | None = None,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        journal: JournalArgument = None,
    ) -> None:
        settings = _settings(api_token, api_key, base_url, timeout, max_retries)
        super().__init__(http_client=http_client, journal=journal, **settings)
        self.customers = AsyncCustomers(self)
        self.pos = AsyncPOS(self)
        self.orders = AsyncOrders(self)
        self.checkout = AsyncCheckout(self)
        self.rewards = AsyncRewards(self)
        self.outbox = AsyncOutbox(self)

    def __repr__(self) -> str:
        return f"AsyncBonifiQ(base_url={self.base_url!r}, api_token={REDACTED!r}, api_key={REDACTED!r})"
