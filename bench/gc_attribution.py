"""Whose calls pay for the cyclic garbage collector when contenders alternate (a probe, not a target).

Why ``_common.interleave`` alternates blocks that each end with a collection: raw httpx leaves
every response in a reference cycle, which only the cyclic collector frees, while the facade
breaks that cycle (``_base_client._release``). When calls alternate one by one, a collection
runs inside whichever call crosses the collector's threshold, so one contender pays for the
others' garbage. This probe times every collection and charges it to the contender running.

    python bench/gc_attribution.py            # blocks of 1 (call by call), 10 and 50
    python bench/gc_attribution.py 1 10       # chosen block sizes
"""

from __future__ import annotations

import gc
import sys
import time
from typing import Any

from _common import stub_server
from overhead import Case

CALLS = 1500


def attribute(block: int, op: str = "redeem") -> dict[str, tuple[float, float]]:
    """Per contender: µs per call, and µs per call spent in collections during its calls."""
    running: dict[str, Any] = {"name": None, "start": 0.0}
    collecting: dict[str, float] = {}

    def on_collection(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            running["start"] = time.perf_counter()
        else:
            name = running["name"]
            collecting[name] = collecting.get(name, 0.0) + time.perf_counter() - running["start"]

    with stub_server() as base_url:
        stack: list[Any] = []
        contenders = Case(op, base_url, "bench-token", "bench-key").sync_contenders(stack)
        try:
            for call in contenders.values():
                for _ in range(50):
                    call()
            spent = dict.fromkeys(contenders, 0.0)
            gc.callbacks.append(on_collection)
            try:
                for _ in range(CALLS // block):
                    for name, call in contenders.items():
                        running["name"] = name
                        start = time.perf_counter()
                        for _ in range(block):
                            call()
                        spent[name] += time.perf_counter() - start
            finally:
                gc.callbacks.remove(on_collection)
        finally:
            for item in stack:
                item.close()
    return {name: (spent[name] / CALLS * 1e6, collecting.get(name, 0.0) / CALLS * 1e6) for name in contenders}


def main(argv: list[str]) -> None:
    blocks = [int(arg) for arg in argv] or [1, 10, 50]
    print("| block | contender | µs per call | of which collecting |")
    print("|---|---|---|---|")
    for block in blocks:
        for name, (per_call, in_gc) in attribute(block).items():
            print(f"| {block} | {name} | {per_call:,.0f} | {in_gc:,.1f} |")


if __name__ == "__main__":
    main(sys.argv[1:])
