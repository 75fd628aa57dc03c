"""``Gameball`` and ``AsyncGameball``: the clients of Gameball's API v4."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx

from .._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, JournalArgument, SyncAPIClient
from .._base_url import RootCheck, resolve_base_url
from .._env import require_credentials
from .._patterns import LazyPattern
from .._redaction import REDACTED
from .._resource import LazyResource
from .._validation import InvalidSettingError
from ._vendor import API_VERSIONS, DEFAULT_BASE_URL, ENV_API_KEY, ENV_BASE_URL, ENV_SECRET_KEY, GameballVendor

if TYPE_CHECKING:
    from .resources._generated.batch import AsyncBatchResource, BatchResource
    from .resources._generated.batches import AsyncBatchesResource, BatchesResource
    from .resources._generated.configurations import AsyncConfigurationsResource, ConfigurationsResource
    from .resources._generated.events import AsyncEventsResource, EventsResource
    from .resources._generated.leaderboard import AsyncLeaderboardResource, LeaderboardResource
    from .resources._generated.payments import AsyncPaymentsResource, PaymentsResource
    from .resources._generated.referrals import AsyncReferralsResource, ReferralsResource
    from .resources.coupons import AsyncCoupons, Coupons
    from .resources.customers import AsyncCustomers, Customers
    from .resources.orders import AsyncOrders, Orders
    from .resources.outbox import AsyncOutbox, Outbox
    from .resources.pos import POS, AsyncPOS
    from .resources.transactions import AsyncTransactions, Transactions

# The API's root as Gameball's pages and the sandbox write it: /api/v4.0/integrations (or /api/v4.0).
_ROOT = LazyPattern(r"/api/(v[0-9]+(?:\.[0-9]+)*)(?:/integrations)?$")


def _without_root(api_version: str) -> RootCheck:
    """The root is taken off when it is ``api_version``'s. Another version's is refused rather than
    followed: v4.1 is the secure mode, which is chosen with ``api_version``, never by a URL."""

    def without_root(field: str, path: str) -> str:
        root = _ROOT.compiled.search(path)
        if root is None:
            return path
        version = root.group(1)
        if version not in API_VERSIONS:
            raise InvalidSettingError(
                field, f"is the root of Gameball API {version}; loyaltykit speaks {' and '.join(API_VERSIONS)}"
            )
        if version != api_version:
            raise InvalidSettingError(
                field,
                f"is the root of API {version} but api_version is {api_version!r}: "
                f"pass api_version={version!r}, or the host alone",
            )
        return path[: root.start()]

    return without_root


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
        "base_url": resolve_base_url(base_url, ENV_BASE_URL, DEFAULT_BASE_URL, _without_root(api_version)),
        "timeout": timeout,
        "max_retries": max_retries,
    }


class Gameball(SyncAPIClient):
    """Gameball's API v4. Credentials default to ``$GAMEBALL_API_KEY`` and ``$GAMEBALL_SECRET_KEY``.

    ``api_version="v4.1"`` selects the secure mode, which serves the same paths under /api/v4.1.

    ``base_url`` defaults to ``$GAMEBALL_BASE_URL``, else https://api.gameball.co. Either the host
    or the API's root (``https://api.gameball.co/api/v4.0/integrations``, the sandbox's
    ``gameball_base_url``) works, with or without a trailing slash. A root of another version than
    ``api_version`` is refused, not followed: pass ``api_version="v4.1"`` with a v4.1 root. It must
    be an absolute http(s) URL with a host and no query, fragment or credentials, else
    ``InvalidArgumentError`` (also a ``ConfigurationError``). ``timeout`` is a positive, finite
    number of seconds or an ``httpx.Timeout`` with every phase set.

    ``journal`` keeps every POS sale's steps durably (``loyaltykit.journal``): a file path, a
    ``Journal``, or None for ``$LOYALTYKIT_JOURNAL``, else an in-memory journal that protects
    this process only.

    ``with_options(...)`` gives a copy with other settings over the same connections. Every
    operation is a method of a resource, one per API tag (api.md lists them); ``customers``,
    ``orders``, ``coupons`` and ``transactions`` add hand-written methods, ``pos`` and ``outbox``
    are loyaltykit's flows. Each resource is created, and its module imported, on first use.
    """

    customers: LazyResource[Customers] = LazyResource(".resources.customers", "Customers")
    transactions: LazyResource[Transactions] = LazyResource(".resources.transactions", "Transactions")
    orders: LazyResource[Orders] = LazyResource(".resources.orders", "Orders")
    coupons: LazyResource[Coupons] = LazyResource(".resources.coupons", "Coupons")
    pos: LazyResource[POS] = LazyResource(".resources.pos", "POS")
    outbox: LazyResource[Outbox] = LazyResource(".resources.outbox", "Outbox")
    # Generated only (api.md): no hand-written resource for these tags.
    batch: LazyResource[BatchResource] = LazyResource(".resources._generated.batch", "BatchResource")
    batches: LazyResource[BatchesResource] = LazyResource(".resources._generated.batches", "BatchesResource")
    configurations: LazyResource[ConfigurationsResource] = LazyResource(
        ".resources._generated.configurations", "ConfigurationsResource"
    )
    events: LazyResource[EventsResource] = LazyResource(".resources._generated.events", "EventsResource")
    leaderboard: LazyResource[LeaderboardResource] = LazyResource(
        ".resources._generated.leaderboard", "LeaderboardResource"
    )
    payments: LazyResource[PaymentsResource] = LazyResource(".resources._generated.payments", "PaymentsResource")
    referrals: LazyResource[ReferralsResource] = LazyResource(".resources._generated.referrals", "ReferralsResource")

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
        journal: JournalArgument = None,
    ) -> None:
        settings = _settings(api_key, secret_key, base_url, api_version, timeout, max_retries)
        super().__init__(http_client=http_client, journal=journal, **settings)
        self.api_version = api_version

    def __repr__(self) -> str:
        return (
            f"Gameball(base_url={self.base_url!r}, api_version={self.api_version!r}, "
            f"api_key={REDACTED!r}, secret_key={REDACTED!r})"
        )


class AsyncGameball(AsyncAPIClient):
    """The async twin of ``Gameball``; use ``async with`` (or ``await close()``)."""

    customers: LazyResource[AsyncCustomers] = LazyResource(".resources.customers", "AsyncCustomers")
    transactions: LazyResource[AsyncTransactions] = LazyResource(".resources.transactions", "AsyncTransactions")
    orders: LazyResource[AsyncOrders] = LazyResource(".resources.orders", "AsyncOrders")
    coupons: LazyResource[AsyncCoupons] = LazyResource(".resources.coupons", "AsyncCoupons")
    pos: LazyResource[AsyncPOS] = LazyResource(".resources.pos", "AsyncPOS")
    outbox: LazyResource[AsyncOutbox] = LazyResource(".resources.outbox", "AsyncOutbox")
    # Generated only (api.md): no hand-written resource for these tags.
    batch: LazyResource[AsyncBatchResource] = LazyResource(".resources._generated.batch", "AsyncBatchResource")
    batches: LazyResource[AsyncBatchesResource] = LazyResource(".resources._generated.batches", "AsyncBatchesResource")
    configurations: LazyResource[AsyncConfigurationsResource] = LazyResource(
        ".resources._generated.configurations", "AsyncConfigurationsResource"
    )
    events: LazyResource[AsyncEventsResource] = LazyResource(".resources._generated.events", "AsyncEventsResource")
    leaderboard: LazyResource[AsyncLeaderboardResource] = LazyResource(
        ".resources._generated.leaderboard", "AsyncLeaderboardResource"
    )
    payments: LazyResource[AsyncPaymentsResource] = LazyResource(
        ".resources._generated.payments", "AsyncPaymentsResource"
    )
    referrals: LazyResource[AsyncReferralsResource] = LazyResource(
        ".resources._generated.referrals", "AsyncReferralsResource"
    )

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
        journal: JournalArgument = None,
    ) -> None:
        settings = _settings(api_key, secret_key, base_url, api_version, timeout, max_retries)
        super().__init__(http_client=http_client, journal=journal, **settings)
        self.api_version = api_version

    def __repr__(self) -> str:
        return (
            f"AsyncGameball(base_url={self.base_url!r}, api_version={self.api_version!r}, "
            f"api_key={REDACTED!r}, secret_key={REDACTED!r})"
        )
