"""``gb.transactions``: the transaction history, as a cursor list.

``Transactions`` is the generated ``TransactionsResource`` (every ``transactions`` operation,
api.md) plus ``list``, a pager over ``get_transactions``.
"""

from __future__ import annotations

from typing import Unpack

from loyaltykit_gameball_api.api.transactions import get_transactions
from loyaltykit_gameball_api.models.get_transactions_response_200 import GetTransactionsResponse200
from loyaltykit_gameball_api.models.get_transactions_response_200_transactions_type_0_item import (
    GetTransactionsResponse200TransactionsType0Item as Transaction,
)

from ..._call import Call
from ..._operation import generated_call
from ..._options import RequestOptions
from ..._pagination import AsyncPager, Page, PageRef, PageSource, SyncPager
from ..._response import RawResponse
from ..._validation import optional_text, require_int
from .._values import unset_if_none
from ._generated.transactions import AsyncTransactionsResource, TransactionsResource
from .customers import customer_id_of

MAX_LIMIT = 50  # the documented default page size


def _page(response: GetTransactionsResponse200, raw: RawResponse) -> Page[Transaction]:
    listed: list[Transaction] | None = response.transactions
    items = listed or []
    # startAfter is the id of the last transaction already seen.
    last_id = (items[-1].gameball_transaction_id) if items else None
    return Page(
        items=items,
        has_next=bool(response.has_more),
        next_cursor=int(last_id) if last_id is not None and str(last_id).isdigit() else None,
        raw_response=raw,
    )


def _transactions(
    customer_id: str | None, limit: int, direction: str | None, status: str | None
) -> PageSource[Transaction]:
    customer_id = None if customer_id is None else customer_id_of(customer_id)
    limit = require_int("limit", limit, minimum=1, maximum=MAX_LIMIT)
    direction = optional_text("direction", direction)
    status = optional_text("status", status)

    def fetch(ref: PageRef) -> Call[Page[Transaction]]:
        args = {
            "customer_id": unset_if_none(customer_id),
            "limit": limit,
            "start_after": unset_if_none(ref.cursor),
            "direction": unset_if_none(direction),
            "status": unset_if_none(status),
        }
        return generated_call(get_transactions, args).map(_page)

    return PageSource(fetch, PageRef(cursor=None), numbered=False)


class Transactions(TransactionsResource):
    def list(
        self,
        *,
        customer_id: str | None = None,
        limit: int = MAX_LIMIT,
        direction: str | None = None,
        status: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[Transaction]:
        """Every transaction (optionally one customer's), following the ``startAfter`` cursor lazily."""
        return SyncPager(self._client, _transactions(customer_id, limit, direction, status), options)


class AsyncTransactions(AsyncTransactionsResource):
    def list(
        self,
        *,
        customer_id: str | None = None,
        limit: int = MAX_LIMIT,
        direction: str | None = None,
        status: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Transaction]:
        """Every transaction (optionally one customer's), following the ``startAfter`` cursor lazily."""
        return AsyncPager(self._client, _transactions(customer_id, limit, direction, status), options)
