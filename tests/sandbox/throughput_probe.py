"""How many full BonifiQ POS sales per second one sandbox process serves (not a test).

    .venv/bin/python tests/sandbox/throughput_probe.py [--clients 16] [--seconds 5] [--db FILE]

Starts ``python -m loyaltykit.sandbox`` as a subprocess on a free loopback port, gives every
client a customer of its own with plenty of points, then K async httpx clients (one
connection each) run sale after sale for a few seconds: POS available -> redeem (a fresh
OriginalKey) -> POS order carrying the redeem's ExternalCode. Prints sales/s, requests/s,
per-sale latency and the CPU time one sale costs the server and the clients (Linux), which
stays comparable when other work shares the machine. The first second is a warm-up.

    --url http://127.0.0.1:8080 --server-pid PID   probes a sandbox started by hand (it must
                                                   accept probe-token / probe-key for BonifiQ)
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import resource
import socket
import ssl
import statistics
import subprocess
import sys
import time
from typing import Any

import httpx

TOKEN, KEY = "probe-token", "probe-key"
POINTS = 2_000_000_000  # int32: 20 million redeems of reward 1 (100 points)
# One SSL context for every client (plain http here; building one per client costs ~50 ms).
SSL_CONTEXT = ssl.create_default_context()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_sandbox(port: int, db: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "BONIFIQ_API_TOKEN": TOKEN, "BONIFIQ_API_KEY": KEY}
    command = [sys.executable, "-m", "loyaltykit.sandbox", "--port", str(port), "--db", db, "--log-level", "warning"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    with httpx.Client(verify=SSL_CONTEXT) as client:
        while time.monotonic() < deadline:
            try:
                if client.get(f"http://127.0.0.1:{port}/_sandbox/health").status_code == 200:
                    return process
            except httpx.TransportError:
                time.sleep(0.05)
    process.kill()
    raise SystemExit("the sandbox did not start")


def _json(payload: Any) -> bytes:
    return json.dumps(payload, separators=(",", ":")).encode()


class Worker:
    def __init__(self, number: int, base_url: str) -> None:
        self.customer = f"probe-{number}@example.com"
        auth = "Basic " + base64.b64encode(f"{TOKEN}:{KEY}".encode()).decode()
        self.client = httpx.AsyncClient(
            base_url=base_url + "/v1/pvt",
            headers={"Authorization": auth, "Content-Type": "application/json"},
            limits=httpx.Limits(max_connections=1, max_keepalive_connections=1),
            timeout=30,
            verify=SSL_CONTEXT,
        )
        self.number = number
        self.sales = 0
        self.latencies: list[float] = []
        self.available = _json(
            {
                "CustomerId": self.customer,
                "PurchaseValue": 120,
                "Products": [{"OriginalId": "SKU-100", "Quantity": 1, "ProductPrice": 120}],
            }
        )

    async def setup(self) -> None:
        upsert = {"OriginalId": self.customer, "Name": "Probe", "IsEnrolled": True}
        (await self.client.post("/Customer/upsert", content=_json(upsert))).raise_for_status()
        change = {"Points": POINTS, "OperationType": 0, "Reason": "probe", "ChangeKey": f"probe-{self.number}"}
        (await self.client.post(f"/Customer/{self.customer}/points", content=_json(change))).raise_for_status()

    async def sale(self, n: int) -> None:
        key = f"probe-{self.number}-{n}"
        (await self.client.post("/POS/rewards/available", content=self.available)).raise_for_status()
        redeem = {"CustomerId": self.customer, "OriginalKey": key, "RedeemOrigin": 5}
        answer = await self.client.post("/POS/rewards/1/redeem", content=_json(redeem))
        answer.raise_for_status()
        code = answer.json()["Result"]["ExternalCode"]
        order = {
            "OriginalId": key,
            "OrderTotal": 110,
            "IsCompleted": True,
            "Coupon": code,
            "Customer": {"OriginalId": self.customer, "IsEnrolled": True},
            "Products": [{"OriginalId": "SKU-100", "Title": "Camiseta", "IsActive": True, "ProductPrice": 120}],
            "PaymentMethods": [{"OriginalId": "CARD", "Name": "Card", "PaidAmount": 110}],
        }
        (await self.client.post("/POS/orders", content=_json(order))).raise_for_status()

    async def run(self, start: float, warm_until: float, stop: float) -> None:
        n = 0
        while time.monotonic() < stop:
            began = time.monotonic()
            await self.sale(n)
            n += 1
            if began >= warm_until:
                self.sales += 1
                self.latencies.append(time.monotonic() - began)


def cpu_seconds(pid: int | None) -> float | None:
    """User + system CPU time of ``pid`` (None: this process), or None where /proc is missing."""
    if pid is None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def drive(base_url: str, clients: int, seconds: float, server_pid: int | None) -> dict[str, float]:
    workers = [Worker(n, base_url) for n in range(clients)]
    await asyncio.gather(*(w.setup() for w in workers))
    start = time.monotonic()
    warm_until = start + 1.0
    stop = warm_until + seconds
    measure: dict[str, float | None] = {}

    async def mark() -> None:
        await asyncio.sleep(max(0.0, warm_until - time.monotonic()))
        measure["server0"], measure["client0"] = cpu_seconds(server_pid), cpu_seconds(None)
        await asyncio.sleep(max(0.0, stop - time.monotonic()))
        measure["server1"], measure["client1"] = cpu_seconds(server_pid), cpu_seconds(None)

    await asyncio.gather(mark(), *(w.run(start, warm_until, stop) for w in workers))
    elapsed = time.monotonic() - warm_until
    for worker in workers:
        await worker.client.aclose()
    latencies = sorted(t for w in workers for t in w.latencies)
    sales = sum(w.sales for w in workers)
    window_sales = sales * (stop - warm_until) / elapsed  # sales inside the CPU window, about

    def per_sale(name: str) -> float:
        before, after = measure.get(name + "0"), measure.get(name + "1")
        return float("nan") if before is None or after is None else 1000 * (after - before) / window_sales

    return {
        "server_ms_per_sale": per_sale("server"),
        "client_ms_per_sale": per_sale("client"),
        "sales_per_second": sales / elapsed,
        "requests_per_second": 3 * sales / elapsed,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[int(len(latencies) * 0.99) - 1],
        "sales": sales,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=5)
    parser.add_argument("--db", default=":memory:", help="SQLite file for the sandbox (default: memory)")
    parser.add_argument("--url", help="probe a sandbox already running there instead of starting one")
    parser.add_argument("--server-pid", type=int, help="with --url: the server's pid, for its CPU time")
    args = parser.parse_args()
    process = None
    url, pid = args.url, args.server_pid
    if url is None:
        port = _free_port()
        process = start_sandbox(port, args.db)
        url, pid = f"http://127.0.0.1:{port}", process.pid
    try:
        result = asyncio.run(drive(url, args.clients, args.seconds, pid))
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=15)
    print(
        f"{result['sales_per_second']:.1f} sales/s ({result['requests_per_second']:.0f} req/s) "
        f"with {args.clients} clients over {args.seconds:g}s, db={args.db if process else 'as started'}: "
        f"sale p50 {result['p50_ms']:.1f} ms, p99 {result['p99_ms']:.1f} ms ({int(result['sales'])} sales); "
        f"CPU per sale: server {result['server_ms_per_sale']:.2f} ms, clients {result['client_ms_per_sale']:.2f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
