"""Sales: created once per (vendor, order id) even by racing processes, and updated by
compare-and-set on their version, so no update is ever lost."""

from __future__ import annotations

import threading
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from loyaltykit.errors import JournalConflictError, JournalError
from loyaltykit.journal import Journal, SaleStatus, SQLiteJournal

from . import workers


def test_a_sale_is_opened_once_and_keeps_its_first_customer(journal: Journal) -> None:
    first, created = journal.open_sale("bonifiq", "PDV-1", "ana@example.com", Decimal("120.00"))
    again, created_again = journal.open_sale("bonifiq", "PDV-1", "bia@example.com", Decimal("99.00"))
    other_vendor, created_other = journal.open_sale("gameball", "PDV-1", "bia@example.com", Decimal("99.00"))

    assert (created, created_again, created_other) == (True, False, True)
    assert again == first and again.customer_id == "ana@example.com"
    assert other_vendor.vendor == "gameball" and other_vendor.customer_id == "bia@example.com"


def test_update_sale_is_compare_and_set(journal: Journal) -> None:
    opened, _ = journal.open_sale("bonifiq", "PDV-1", "ana@example.com", Decimal("120.00"))
    redeemed = journal.update_sale(opened, status=SaleStatus.REDEEMED, state={"code": "A"})
    restated = journal.update_sale(redeemed, state={"code": "B"})
    completed = journal.update_sale(restated, status=SaleStatus.COMPLETED)

    with pytest.raises(JournalConflictError) as caught:
        journal.update_sale(redeemed, status=SaleStatus.ABANDONED)  # a stale copy: a cancel racing the complete

    assert [e.version for e in (opened, redeemed, restated, completed)] == [1, 2, 3, 4]
    assert (completed.status, completed.state) == (SaleStatus.COMPLETED, {"code": "B"})
    assert journal.sale("bonifiq", "PDV-1") == completed
    assert "version 4, not 2" in str(caught.value)


def test_updating_a_sale_the_journal_does_not_hold_is_an_error(journal: Journal) -> None:
    with SQLiteJournal() as elsewhere:
        foreign, _ = elsewhere.open_sale("bonifiq", "PDV-9", "ana@example.com", Decimal("1.00"))

    with pytest.raises(JournalError) as caught:
        journal.update_sale(foreign, status=SaleStatus.ABANDONED)

    assert not isinstance(caught.value, JournalConflictError)
    assert journal.sale("bonifiq", "PDV-9") is None


def test_sales_are_listed_in_opening_order_by_vendor_and_status(journal: Journal) -> None:
    a, _ = journal.open_sale("bonifiq", "B", "c1", Decimal("1.00"))
    journal.open_sale("gameball", "A", "c2", Decimal("1.00"))
    journal.open_sale("bonifiq", "C", "c3", Decimal("1.00"))
    journal.update_sale(a, status=SaleStatus.COMPLETED)

    def ids(**filters: str) -> list[str]:
        return [sale.order_id for sale in journal.sales(**filters)]  # type: ignore[arg-type]

    assert ids() == ["B", "A", "C"]
    assert ids(vendor="bonifiq") == ["B", "C"]
    assert ids(status="open") == ["A", "C"]
    assert ids(vendor="bonifiq", status="completed") == ["B"]


def test_no_update_is_lost_under_threads(journal: Journal) -> None:
    """Eight threads each add one to a counter in the state 25 times, re-reading on conflict."""
    journal.open_sale("bonifiq", "PDV-1", "ana@example.com", Decimal("1.00"))
    conflicts = Counter[str]()

    def add_ones() -> None:
        for _ in range(25):
            while True:
                sale = journal.sale("bonifiq", "PDV-1")
                assert sale is not None
                try:
                    journal.update_sale(sale, state={"count": sale.state.get("count", 0) + 1})
                    break
                except JournalConflictError:
                    conflicts["seen"] += 1

    threads = [threading.Thread(target=add_ones) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    final = journal.sale("bonifiq", "PDV-1")
    assert final is not None
    assert final.state == {"count": 200} and final.version == 201


def test_two_processes_racing_open_each_sale_once(tmp_path: Path) -> None:
    path = str(tmp_path / "journal.db")
    SQLiteJournal(path).close()  # the schema exists; the race is on the sales

    results = workers.in_processes(
        workers.open_sales, [(path, "one@example.com", 1000), (path, "two@example.com", 1000)]
    )

    assert all(isinstance(result, tuple) for result in results), results
    created: dict[str, list[str]] = dict(results)
    counts = Counter(order for ids in created.values() for order in ids)
    assert sorted(counts) == sorted(f"PDV-{n}" for n in range(1000))
    assert set(counts.values()) == {1}
    with SQLiteJournal(path) as journal:
        for sale in journal.sales():  # the loser of each race got the winner's sale
            assert sale.order_id in created[sale.customer_id]
