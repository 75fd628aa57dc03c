"""``BonifiQ`` and ``AsyncBonifiQ``: the clients of BonifiQ's Private API."""

from __future__ import annotations

import functools
import re
import warnings
from typing import TYPE_CHECKING, Any

import httpx

from .._base_client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, JournalArgument, SyncAPIClient
from .._base_url import resolve_base_url
from .._env import require_credentials
from .._patterns import LazyPattern
from .._redaction import REDACTED
from .._resource import LazyResource
from .._validation import InvalidSettingError
from ._vendor import DEFAULT_BASE_URL, ENV_BASE_URL, ENV_KEY, ENV_TOKEN, BonifiQVendor

if TYPE_CHECKING:
    from .resources._generated.affiliates import AffiliatesResource, AsyncAffiliatesResource
    from .resources._generated.coupons import AsyncCouponsResource, CouponsResource
    from .resources._generated.customization import AsyncCustomizationResource, CustomizationResource
    from .resources._generated.objectives import AsyncObjectivesResource, ObjectivesResource
    from .resources._generated.products import AsyncProductsResource, ProductsResource
    from .resources._generated.public import AsyncPublicResource, PublicResource
    from .resources._generated.reports import AsyncReportsResource, ReportsResource
    from .resources._generated.reward_configurations import (
        AsyncRewardConfigurationsResource,
        RewardConfigurationsResource,
    )
    from .resources._generated.tiers import AsyncTiersResource, TiersResource
    from .resources.checkout import AsyncEcommerceCashback, EcommerceCashback
    from .resources.customers import AsyncCustomers, Customers
    from .resources.orders import AsyncOrders, Orders
    from .resources.outbox import AsyncOutbox, Outbox
    from .resources.pos import POS, AsyncPOS
    from .resources.rewards import AsyncRewards, Rewards

API_ROOT = "/v1/pvt"
"""The Private API's root, which every generated path starts with and BonifiQ's guide ends its base URL with."""

_OTHER_ROOT = LazyPattern(r"/v[0-9]+/p(?:vt|ub)$", re.IGNORECASE)


def _without_root(field: str, path: str) -> str:
    if path.lower().endswith(API_ROOT):  # BonifiQ's routes ignore case
        return path[: -len(API_ROOT)]
    if (other := _OTHER_ROOT.compiled.search(path)) is not None:
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


@functools.cache
def _warn_checkout_renamed() -> None:
    """Once per process: a loop over ``bq.checkout`` should not repeat the warning per call."""
    warnings.warn(
        "bq.checkout is deprecated, use bq.ecommerce_cashback: it is BonifiQ's e-commerce cashback "
        "(tag Checkout), not the POS sale (loyaltykit.Checkout, bq.pos.checkout())",
        DeprecationWarning,
        stacklevel=3,  # the caller's line: this function <- the property <- the caller
    )


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

    Use it as a context manager (or call ``close()``) to release its connections.
    ``with_options(...)`` gives a copy with other settings over the same connections.

    Every operation is a method of a resource, one per API tag (api.md lists them). Resources with
    hand-written methods over the generated ones: ``pos`` (the point of sale, and its sales:
    ``pos.checkout()``), ``customers``, ``orders``, ``rewards``, ``outbox``, and
    ``ecommerce_cashback`` (cashback on an online store's cart, BonifiQ's tag ``Checkout``;
    ``checkout`` is its deprecated former name). Each is created, and its module imported, on
    first use.
    """

    customers: LazyResource[Customers] = LazyResource(".resources.customers", "Customers")
    pos: LazyResource[POS] = LazyResource(".resources.pos", "POS")
    orders: LazyResource[Orders] = LazyResource(".resources.orders", "Orders")
    ecommerce_cashback: LazyResource[EcommerceCashback] = LazyResource(".resources.checkout", "EcommerceCashback")
    rewards: LazyResource[Rewards] = LazyResource(".resources.rewards", "Rewards")
    outbox: LazyResource[Outbox] = LazyResource(".resources.outbox", "Outbox")
    # Generated only (api.md): no hand-written resource for these tags.
    affiliates: LazyResource[AffiliatesResource] = LazyResource(
        ".resources._generated.affiliates", "AffiliatesResource"
    )
    coupons: LazyResource[CouponsResource] = LazyResource(".resources._generated.coupons", "CouponsResource")
    customization: LazyResource[CustomizationResource] = LazyResource(
        ".resources._generated.customization", "CustomizationResource"
    )
    objectives: LazyResource[ObjectivesResource] = LazyResource(
        ".resources._generated.objectives", "ObjectivesResource"
    )
    products: LazyResource[ProductsResource] = LazyResource(".resources._generated.products", "ProductsResource")
    public: LazyResource[PublicResource] = LazyResource(".resources._generated.public", "PublicResource")
    reports: LazyResource[ReportsResource] = LazyResource(".resources._generated.reports", "ReportsResource")
    reward_configurations: LazyResource[RewardConfigurationsResource] = LazyResource(
        ".resources._generated.reward_configurations", "RewardConfigurationsResource"
    )
    tiers: LazyResource[TiersResource] = LazyResource(".resources._generated.tiers", "TiersResource")

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

    @property
    def checkout(self) -> EcommerceCashback:
        """Deprecated: ``ecommerce_cashback`` (the name was easy to take for the POS sale)."""
        _warn_checkout_renamed()
        return self.ecommerce_cashback

    def __repr__(self) -> str:
        return f"BonifiQ(base_url={self.base_url!r}, api_token={REDACTED!r}, api_key={REDACTED!r})"


class AsyncBonifiQ(AsyncAPIClient):
    """The async twin of ``BonifiQ``; use ``async with`` (or ``await close()``)."""

    customers: LazyResource[AsyncCustomers] = LazyResource(".resources.customers", "AsyncCustomers")
    pos: LazyResource[AsyncPOS] = LazyResource(".resources.pos", "AsyncPOS")
    orders: LazyResource[AsyncOrders] = LazyResource(".resources.orders", "AsyncOrders")
    ecommerce_cashback: LazyResource[AsyncEcommerceCashback] = LazyResource(
        ".resources.checkout", "AsyncEcommerceCashback"
    )
    rewards: LazyResource[AsyncRewards] = LazyResource(".resources.rewards", "AsyncRewards")
    outbox: LazyResource[AsyncOutbox] = LazyResource(".resources.outbox", "AsyncOutbox")
    # Generated only (api.md): no hand-written resource for these tags.
    affiliates: LazyResource[AsyncAffiliatesResource] = LazyResource(
        ".resources._generated.affiliates", "AsyncAffiliatesResource"
    )
    coupons: LazyResource[AsyncCouponsResource] = LazyResource(".resources._generated.coupons", "AsyncCouponsResource")
    customization: LazyResource[AsyncCustomizationResource] = LazyResource(
        ".resources._generated.customization", "AsyncCustomizationResource"
    )
    objectives: LazyResource[AsyncObjectivesResource] = LazyResource(
        ".resources._generated.objectives", "AsyncObjectivesResource"
    )
    products: LazyResource[AsyncProductsResource] = LazyResource(
        ".resources._generated.products", "AsyncProductsResource"
    )
    public: LazyResource[AsyncPublicResource] = LazyResource(".resources._generated.public", "AsyncPublicResource")
    reports: LazyResource[AsyncReportsResource] = LazyResource(".resources._generated.reports", "AsyncReportsResource")
    reward_configurations: LazyResource[AsyncRewardConfigurationsResource] = LazyResource(
        ".resources._generated.reward_configurations", "AsyncRewardConfigurationsResource"
    )
    tiers: LazyResource[AsyncTiersResource] = LazyResource(".resources._generated.tiers", "AsyncTiersResource")

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

    @property
    def checkout(self) -> AsyncEcommerceCashback:
        """Deprecated: ``ecommerce_cashback`` (the name was easy to take for the POS sale)."""
        _warn_checkout_renamed()
        return self.ecommerce_cashback

    def __repr__(self) -> str:
        return f"AsyncBonifiQ(base_url={self.base_url!r}, api_token={REDACTED!r}, api_key={REDACTED!r})"
