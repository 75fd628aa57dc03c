"""Paged lists: every item once, in order, lazily; page numbers for BonifiQ, a cursor for Gameball."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from facade.fakes import FakeServer, Harness, json_response
from loyaltykit import errors


def coupon_pages(total: int, *, fail_on_page: int | None = None) -> FakeServer:
    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["PageNumber"])
        size = int(request.url.params["PageSize"])
        if number == fail_on_page:
            return json_response(500, {"ErrorMessage": "boom"})
        start = (number - 1) * size
        items = [{"CouponCode": f"C{i:04d}", "CouponValue": 5} for i in range(start, min(start + size, total))]
        return json_response(
            200,
            {"Items": items, "TotalItemCount": total, "PageSize": size, "PageNumber": number,
             "HasNextPage": start + size < total, "HasError": False, "ErrorMessages": []},
        )  # fmt: skip

    return FakeServer(handler)


@pytest.mark.parametrize("total", [0, 1, 50, 51, 123])
def test_every_coupon_once_in_order(harness: Harness, total: int) -> None:
    server = coupon_pages(total)
    codes = [c.coupon_code for c in harness.collect(harness.bonifiq(server).customers.coupons("c-1"))]
    assert codes == [f"C{i:04d}" for i in range(total)]
    assert len(server.requests) == max(1, -(-total // 50))


@pytest.mark.parametrize("total", [0, 1, 50, 51, 123])
def test_concurrent_mode_keeps_the_order(harness: Harness, total: int) -> None:
    server = coupon_pages(total)
    pager = harness.bonifiq(server).customers.coupons("c-1", page_size=10)
    codes = [c.coupon_code for c in harness.collect(pager, concurrent=4)]
    assert codes == [f"C{i:04d}" for i in range(total)]
    assert sorted(int(r.url.params["PageNumber"]) for r in server.requests) == list(
        range(1, max(1, -(-total // 10)) + 1)
    )


def settled_count(server: FakeServer) -> int:
    """The number of requests once the ones already started have arrived (nothing new for 50 ms)."""
    count, deadline = -1, time.monotonic() + 2
    while count != len(server.requests) and time.monotonic() < deadline:
        count = len(server.requests)
        time.sleep(0.05)
    return len(server.requests)


def test_the_concurrent_pager_fetches_at_most_a_window_ahead(harness: Harness) -> None:
    # 50 pages of 10; reading 105 items touches pages 1..11. Each page taken from the window
    # starts one more, so at most 11 + 3 pages were asked for, never the whole list.
    server = coupon_pages(500)
    pager = harness.bonifiq(server).customers.coupons("c-1", page_size=10)
    consumed_pages, window = 11, 3
    if harness.is_async:

        async def read_partway() -> tuple[list[str], int]:
            source = pager.concurrent(window)
            codes = [c.coupon_code async for c in _take(source, 105)]
            await asyncio.sleep(0.05)  # let every task already started send its request
            count = len(server.requests)
            await source.aclose()
            return codes, count

        codes, requested = asyncio.run(read_partway())
    else:
        source = pager.concurrent(window)
        codes = [c.coupon_code for c in itertools.islice(source, 105)]
        requested = settled_count(server)
        source.close()
    assert codes == [f"C{i:04d}" for i in range(105)]
    assert consumed_pages <= requested <= consumed_pages + window + 1
    assert sorted(int(r.url.params["PageNumber"]) for r in server.requests[:requested]) == list(range(1, requested + 1))


async def _take(source: Any, count: int) -> AsyncIterator[Any]:
    """The first ``count`` items of an async iterator, leaving it open."""
    for _ in range(count):
        yield await anext(source)


def test_pages_are_fetched_lazily() -> None:
    server = coupon_pages(123)
    harness = Harness("sync")
    iterator = iter(harness.bonifiq(server).customers.coupons("c-1"))
    assert server.requests == []
    next(iterator)
    assert len(server.requests) == 1


@pytest.mark.parametrize("concurrent", [None, 3])
def test_a_page_failing_midway_raises_after_the_items_before_it(harness: Harness, concurrent: int | None) -> None:
    server = coupon_pages(123, fail_on_page=3)
    pager = harness.bonifiq(server, max_retries=0).customers.coupons("c-1", page_size=20)
    seen: list[str] = []
    if harness.is_async:
        import asyncio

        async def consume() -> None:
            source = pager.concurrent(concurrent) if concurrent else pager
            async for coupon in source:
                seen.append(coupon.coupon_code)

        with pytest.raises(errors.InternalServerError):
            asyncio.run(consume())
    else:
        with pytest.raises(errors.InternalServerError):
            for coupon in pager.concurrent(concurrent) if concurrent else pager:
                seen.append(coupon.coupon_code)
    assert seen == [f"C{i:04d}" for i in range(40)]


def test_page_level_access() -> None:
    server = coupon_pages(51)
    pages = list(Harness("sync").bonifiq(server).customers.coupons("c-1").iter_pages())
    assert [(p.number, len(p.items), p.has_next, p.total) for p in pages] == [(1, 50, True, 51), (2, 1, False, 51)]
    assert pages[0].raw_response is not None and pages[0].raw_response.status_code == 200


def test_gameball_cursor_list(harness: Harness) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        after = int(request.url.params.get("startAfter", "0"))
        limit = int(request.url.params["limit"])
        ids = [i for i in range(1, 8) if i > after][:limit]
        items = [{"gameballTransactionId": str(i), "points": 10} for i in ids]
        return json_response(200, {"transactions": items, "count": 7, "hasMore": bool(ids) and ids[-1] < 7})

    server = FakeServer(handler)
    transactions = harness.collect(harness.gameball(server).transactions.list(limit=3))
    assert [t.gameball_transaction_id for t in transactions] == [str(i) for i in range(1, 8)]
    assert [r.url.params.get("startAfter") for r in server.requests] == [None, "3", "6"]
    assert json.loads(server.requests[0].content or b"null") is None
