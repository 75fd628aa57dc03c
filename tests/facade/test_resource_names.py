"""BonifiQ's e-commerce cashback resource is ``bq.ecommerce_cashback``; ``bq.checkout`` warns once."""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

from facade.fakes import FakeServer, Harness
from loyaltykit.bonifiq import _client


@pytest.fixture(autouse=True)
def warn_again() -> Iterator[None]:
    _client._warn_checkout_renamed.cache_clear()  # once per process: let each test see it
    yield
    _client._warn_checkout_renamed.cache_clear()


def test_checkout_is_a_deprecated_alias_that_warns_once(harness: Harness) -> None:
    bq = harness.bonifiq(FakeServer())

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first = bq.checkout
        second = harness.bonifiq(FakeServer()).checkout

    assert first is bq.ecommerce_cashback and type(second) is type(first)
    (warning,) = caught
    assert warning.category is DeprecationWarning
    assert "bq.ecommerce_cashback" in str(warning.message) and "pos.checkout()" in str(warning.message)
    assert warning.filename == __file__  # points at the caller's line


def test_the_new_name_does_not_warn_and_the_pos_sale_keeps_its_name(harness: Harness) -> None:
    bq = harness.bonifiq(FakeServer())
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        resource = bq.ecommerce_cashback
    assert type(resource).__name__ == ("AsyncEcommerceCashback" if harness.is_async else "EcommerceCashback")
    assert callable(bq.pos.checkout)
