"""Iterating over every item of a paged list, lazily, for both vendors and both clients.

A ``PageSource`` knows how to ask for a page (a ``Call``) and which page comes next: page
numbers for BonifiQ (``PageNumber``/``HasNextPage``), a cursor for Gameball
(``startAfter``/``hasMore``). ``SyncPager`` and ``AsyncPager`` only add the I/O.

``concurrent(window)`` fetches up to ``window`` pages at once when pages are numbered and the
first page tells the total; items still come out in order, and at most ``window`` pages are
held in memory. Cursor lists cannot be fetched ahead, so they are read one page at a time.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs
import httpx

from ._call import Call
from ._response import RawResponse
from ._validation import require_int

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient
    from ._options import RequestOptions

T = TypeVar("T")


@attrs.frozen
class PageRef:
    """Which page to ask for: a 1-based number or a cursor."""

    number: int | None = None
    cursor: Any = None


@attrs.frozen(repr=False)
class Page(Generic[T]):
    items: list[T]
    has_next: bool
    number: int | None = None
    page_size: int | None = None
    total: int | None = None
    next_cursor: Any = None
    raw_response: RawResponse | None = attrs.field(default=None, eq=False)

    def __repr__(self) -> str:
        return f"<Page number={self.number} items={len(self.items)} has_next={self.has_next} total={self.total}>"


@attrs.frozen
class PageSource(Generic[T]):
    fetch: Callable[[PageRef], Call[Page[T]]]
    first: PageRef
    numbered: bool

    def next_ref(self, page: Page[T]) -> PageRef | None:
        if not page.has_next or not page.items:
            return None
        if self.numbered:
            return PageRef(number=(page.number or 1) + 1)
        return PageRef(cursor=page.next_cursor) if page.next_cursor is not None else None

    def remaining_numbers(self, first: Page[T]) -> range | None:
        """Page numbers after ``first`` when the total is known, else None."""
        if not self.numbered or not first.has_next or not first.total or not first.page_size:
            return None
        last = -(-first.total // first.page_size)
        start = (first.number or 1) + 1
        return range(start, last + 1)


def _check_window(window: int) -> int:
    return require_int("window", window, minimum=1, maximum=32)


class SyncPager(Generic[T]):
    """All items of a paged list: ``for item in pager``, ``pager.iter_pages()``, ``pager.concurrent()``."""

    def __init__(self, client: SyncAPIClient, source: PageSource[T], options: RequestOptions | None = None) -> None:
        self._client = client
        self._source = source
        self._options = options  # the method's per-call options, for every page's request

    def first_page(self) -> Page[T]:
        return self._client.execute(self._source.fetch(self._source.first), self._options)

    def iter_pages(self) -> Iterator[Page[T]]:
        return self._pages_from(self._source.first)

    def _pages_from(self, ref: PageRef | None) -> Iterator[Page[T]]:
        while ref is not None:
            page = self._client.execute(self._source.fetch(ref), self._options)
            yield page
            ref = self._source.next_ref(page)

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.items

    def to_list(self) -> list[T]:
        return list(self)

    def concurrent(self, window: int = 4) -> Iterator[T]:
        window = _check_window(window)
        last = self.first_page()
        yield from last.items
        numbers = self._source.remaining_numbers(last)
        if numbers is not None:
            pending: deque[tuple[Call[Page[T]], Future[tuple[httpx.Response, int]]]] = deque()
            todo = iter(numbers)
            with ThreadPoolExecutor(max_workers=window, thread_name_prefix="loyaltykit-page") as pool:

                def start(number: int) -> None:
                    call = self._source.fetch(PageRef(number=number))
                    pending.append((call, pool.submit(self._client._send, call, self._options)))

                try:
                    for number in itertools.islice(todo, window):
                        start(number)
                    while pending:
                        call, future = pending.popleft()
                        response, attempts = future.result()
                        # The next request goes out before this page is parsed, so parsing
                        # overlaps the wait instead of delaying it: the window stays full.
                        for number in itertools.islice(todo, 1):
                            start(number)
                        last = self._client._finish(call, response, attempts, allow_raw=False)  # type: ignore[assignment]
                        yield from last.items
                finally:
                    for _call, future in pending:
                        future.cancel()
        # Pages not planned from the first page's total (a cursor list, or a list that grew
        # while we read it) follow one at a time.
        for page in self._pages_from(self._source.next_ref(last)):
            yield from page.items


class AsyncPager(Generic[T]):
    """All items of a paged list: ``async for item in pager``, ``iter_pages()``, ``concurrent()``."""

    def __init__(self, client: AsyncAPIClient, source: PageSource[T], options: RequestOptions | None = None) -> None:
        self._client = client
        self._source = source
        self._options = options  # the method's per-call options, for every page's request

    async def first_page(self) -> Page[T]:
        return await self._client.execute(self._source.fetch(self._source.first), self._options)

    def iter_pages(self) -> AsyncIterator[Page[T]]:
        return self._pages_from(self._source.first)

    async def _pages_from(self, ref: PageRef | None) -> AsyncIterator[Page[T]]:
        while ref is not None:
            page = await self._client.execute(self._source.fetch(ref), self._options)
            yield page
            ref = self._source.next_ref(page)

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item

    async def to_list(self) -> list[T]:
        return [item async for item in self]

    async def concurrent(self, window: int = 4) -> AsyncIterator[T]:
        window = _check_window(window)
        last = await self.first_page()
        for item in last.items:
            yield item
        numbers = self._source.remaining_numbers(last)
        if numbers is not None:
            pending: deque[tuple[Call[Page[T]], asyncio.Task[tuple[httpx.Response, int]]]] = deque()
            todo = iter(numbers)

            def start(number: int) -> None:
                call = self._source.fetch(PageRef(number=number))
                pending.append((call, asyncio.ensure_future(self._client._send(call, self._options))))

            try:
                for number in itertools.islice(todo, window):
                    start(number)
                while pending:
                    call, task = pending.popleft()
                    response, attempts = await task
                    # As in the sync pager: the next request first, then this page's parsing.
                    for number in itertools.islice(todo, 1):
                        start(number)
                    last = self._client._finish(call, response, attempts, allow_raw=False)  # type: ignore[assignment]
                    for item in last.items:
                        yield item
            finally:
                for _call, task in pending:
                    task.cancel()
        async for page in self._pages_from(self._source.next_ref(last)):
            for item in page.items:
                yield item
