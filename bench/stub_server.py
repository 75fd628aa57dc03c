"""A minimal HTTP/1.1 keep-alive server answering canned BonifiQ JSON, for benchmarks (1) and (2).

It is deliberately tiny, so that what a benchmark measures is the client: one asyncio protocol,
no framework, ``TCP_NODELAY`` on every connection (without it each keep-alive request waits
~40 ms for Nagle and the peer's delayed ACK). Requests on many connections are served at once;
on one connection they are answered in order.

Routes (under ``/v1/pvt``):

- ``GET /Customer/{id}/points``: a points balance (the body the sandbox gives for ana).
- ``POST /POS/rewards/{id}/redeem``: a redeem envelope (``Result`` with an ``ExternalCode``).
- ``POST /Customer/{id}/availablecoupons?PageNumber=&PageSize=``: a page of coupons in the list
  envelope. ``TotalItemCount`` is 10,000 and every answer waits 20 ms, unless the customer id
  reads ``n<total>-d<milliseconds>`` (e.g. ``n100000-d0``).

Run: ``python bench/stub_server.py [--port 0]``; it prints ``PORT <n>`` once it listens.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import socket
import sys
from functools import lru_cache
from urllib.parse import parse_qs, unquote

DEFAULT_TOTAL = 10_000
DEFAULT_LATENCY = 0.020

POINTS = json.dumps(
    {
        "CustomerExists": True,
        "InternalId": "1",
        "PointsBalance": 1500,
        "PointsToExpire": [],
        "CashbackBalance": 25.00,
        "RedeemKey": None,
        "PointHistory": [
            {
                "Id": 1,
                "IsCanceled": False,
                "DateReceived": "2026-11-22T04:44:58.766Z",
                "ExpirationDate": None,
                "Amount": 1500,
                "CashbackAmount": 25.00,
                "PointTypeDescription": "seed",
            }
        ],
        "Name": "Ana Exemplo",
        "Error": None,
    },
    separators=(",", ":"),
).encode()

REDEEM = json.dumps(
    {
        "ErrorMessage": None,
        "ErrorCode": None,
        "Result": {
            "RewardId": 1001,
            "Point": {"PointId": 9, "Quantity": -100, "Metadatas": []},
            "ExternalCode": "BNQ-1001-Y0CQ65",
            "OriginalKey": "bench-order-1-r1",
            "Coupon": None,
            "ExternalProductId": None,
        },
        "Code": None,
        "CodeName": None,
        "Severity": 0,
        "HasWarning": False,
        "HasError": False,
    },
    separators=(",", ":"),
).encode()

_PAGED_ID = re.compile(r"n(\d+)-d(\d+)")


@lru_cache(maxsize=256)
def coupon_page(number: int, size: int, total: int) -> bytes:
    first = (number - 1) * size
    count = max(0, min(size, total - first))
    items = [
        {
            "CouponCode": f"BENCH-{first + i + 1:07d}",
            "CreatedDate": "2026-11-22T04:44:58.766Z",
            "IsUsed": False,
            "CouponValue": 5 + (first + i) % 3 * 2.5,
            "CustomerId": 1,
            "ValidDateStart": "2026-11-22T04:44:58.766Z",
            "ValidDateEnd": "2026-12-22T04:44:58.766Z",
            "CouponType": 0,
        }
        for i in range(count)
    ]
    envelope = {
        "Items": items,
        "TotalItemCount": total,
        "PageSize": size,
        "PageNumber": number,
        "HasNextPage": first + count < total,
        "HasError": False,
        "ErrorMessages": [],
    }
    return json.dumps(envelope, separators=(",", ":")).encode()


def route(method: str, target: str) -> tuple[int, bytes, float]:
    """(status, body, seconds to wait) for one request."""
    path, _, query = target.partition("?")
    parts = [unquote(p) for p in path.split("/") if p]
    if parts[:2] != ["v1", "pvt"]:
        return 404, b'{"error":"not found"}', 0.0
    parts = parts[2:]
    if method == "GET" and len(parts) == 3 and parts[0] == "Customer" and parts[2] == "points":
        return 200, POINTS, 0.0
    if method == "POST" and len(parts) == 4 and parts[:2] == ["POS", "rewards"] and parts[3] == "redeem":
        return 200, REDEEM, 0.0
    if method == "POST" and len(parts) == 3 and parts[0] == "Customer" and parts[2] == "availablecoupons":
        params = parse_qs(query)
        number = int(params.get("PageNumber", ["1"])[0])
        size = int(params.get("PageSize", ["50"])[0])
        total, latency = DEFAULT_TOTAL, DEFAULT_LATENCY
        match = _PAGED_ID.fullmatch(parts[1])
        if match:
            total, latency = int(match.group(1)), int(match.group(2)) / 1000
        return 200, coupon_page(number, size, total), latency
    return 404, b'{"error":"not found"}', 0.0


_REASONS = {200: b"OK", 404: b"Not Found", 400: b"Bad Request"}


class HTTPProtocol(asyncio.Protocol):
    """HTTP/1.1 with Content-Length bodies only (what httpx sends); keep-alive by default."""

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.transport: asyncio.Transport | None = None
        self.busy = False  # a delayed answer is pending: later requests wait their turn

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        self.process()

    def process(self) -> None:
        while not self.busy and self.transport is not None:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                return
            head = bytes(self.buffer[:end]).decode("latin-1")
            lines = head.split("\r\n")
            method, target, _ = lines[0].split(" ", 2)
            length = 0
            close = False
            for line in lines[1:]:
                name, _, value = line.partition(":")
                name = name.strip().lower()
                if name == "content-length":
                    length = int(value)
                elif name == "connection" and value.strip().lower() == "close":
                    close = True
            if len(self.buffer) < end + 4 + length:
                return
            del self.buffer[: end + 4 + length]
            status, body, delay = route(method, target)
            response = b"HTTP/1.1 %d %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n%s\r\n" % (
                status,
                _REASONS.get(status, b"OK"),
                len(body),
                b"Connection: close\r\n" if close else b"",
            )
            if delay > 0:
                self.busy = True
                asyncio.get_running_loop().call_later(delay, self.answer, response + body, close)
                return
            self.answer(response + body, close)

    def answer(self, data: bytes, close: bool) -> None:
        self.busy = False
        if self.transport is None or self.transport.is_closing():
            return
        self.transport.write(data)
        if close:
            self.transport.close()
            return
        if self.buffer:
            self.process()

    def connection_lost(self, exc: Exception | None) -> None:
        self.transport = None


async def serve(host: str, port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(HTTPProtocol, host, port, backlog=1024, reuse_address=True)
    bound = server.sockets[0].getsockname()[1]
    print(f"PORT {bound}", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()
    try:
        asyncio.run(serve(args.host, args.port))
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
