"""Multi-step operations written once, run by a sync or an async driver.

A flow step (``sale.redeem(...)``, ``sale.rewards()``...) may need several requests, and may
react to a failure with another request (e.g. cancel a redeem whose product does not match).
It is written as a generator that yields ``Call`` objects and receives their results (or has
their exceptions thrown into it); ``run_sync`` and ``run_async`` do the I/O. This is what keeps
``Sale`` and ``AsyncSale`` to one line per method.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import TYPE_CHECKING, Any, TypeVar

from ._call import Call

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

T = TypeVar("T")

Steps = Generator[Call[Any], Any, T]


def run_sync(client: SyncAPIClient, steps: Steps[T]) -> T:
    try:
        call = next(steps)
        while True:
            try:
                result = client.execute(call)
            except Exception as exc:
                call = steps.throw(exc)
            else:
                call = steps.send(result)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


async def run_async(client: AsyncAPIClient, steps: Steps[T]) -> T:
    try:
        call = next(steps)
        while True:
            try:
                result = await client.execute(call)
            except Exception as exc:
                call = steps.throw(exc)
            else:
                call = steps.send(result)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
