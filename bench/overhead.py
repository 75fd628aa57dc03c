"""(1) Per-call overhead on loopback with keep-alive: raw httpx, the generated function, the facade.

Three contenders send the same request (same body bytes and headers) over their own
keep-alive connection and read the answer: ``raw`` posts the body with ``httpx.Client``
(``json=``, built per call; auth and User-Agent set once on the client) and decodes the
JSON; ``generated`` sends ``pos_redeem.request(...)`` / ``customer_points.request(...)`` on a
generated ``Client``'s httpx client and reads it with the request's parser; ``facade`` calls
``bq.pos.redeem`` / ``bq.customers.points``. Cases: redeem (a POST with an envelope) and points
(a GET), sync and async, against the stub server and against the sandbox (where a repeated
OriginalKey is answered from the redeem's record).

Calls alternate in short blocks (``_common.interleave``: a block of 10 calls of each
contender, in a new random order on every pass), each block ending with a timed
young-generation collection. A round's sample is each contender's mean time per call. The
ratio is taken per round and its median is what the target checks.

With the ``aiohttp`` extra installed, the async cases have two more contenders in the same
rounds: raw httpx and the facade over ``loyaltykit.DefaultAioHttpClient()``, the optional
aiohttp transport (no target; its own table).
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from _common import (
    BLOCK,
    Section,
    Stat,
    Target,
    interleave,
    interleave_async,
    profile_calls,
    profile_lines,
    ratios,
    sandbox_server,
    stub_server,
)

CUSTOMER = "ana@example.com"
REWARD = 1
ORIGINAL_KEY = "bench-order-1-r1"
TARGET_RATIO = 1.10
# The async transport's contenders (loyaltykit[aiohttp]): raw httpx and the facade over aiohttp.
AIOHTTP_RAW = "raw (aiohttp)"
AIOHTTP_FACADE = "facade (aiohttp)"


def raw_redeem_body() -> dict[str, object]:
    """The redeem body as hand-written httpx code builds it (RedeemOrigin 5 is PDV)."""
    return {"CustomerId": CUSTOMER, "OriginalKey": ORIGINAL_KEY, "RedeemOrigin": 5}


def send_generated(http: httpx.Client, request: Any) -> None:
    """The generated layer alone: its request(...) sent as it is, read by its own parser."""
    response = http.request(request.method, request.url, params=request.params or None, json=request.json)
    assert request.parse(response) is not None


async def send_generated_async(http: httpx.AsyncClient, request: Any) -> None:
    response = await http.request(request.method, request.url, params=request.params or None, json=request.json)
    assert request.parse(response) is not None


def _auth(token: str, key: str) -> str:
    return "Basic " + base64.b64encode(f"{token}:{key}".encode()).decode()


class Case:
    """The three contenders for one operation against one server, sync and async."""

    def __init__(self, op: str, base_url: str, token: str, key: str) -> None:
        from loyaltykit._base_client import USER_AGENT
        from loyaltykit._json import encode_json
        from loyaltykit.bonifiq.resources.pos import redeem_call

        self.op = op
        self.base_url = base_url
        self.token, self.key = token, key
        # Set once on the client, as all three contenders do.
        self.headers = {"User-Agent": USER_AGENT, "Accept": "application/json", "Authorization": _auth(token, key)}
        if op == "redeem":
            self.url = f"{base_url}/v1/pvt/POS/rewards/{REWARD}/redeem"
            # Raw httpx builds and encodes its body on every call, as any client must (each redeem
            # has its own OriginalKey); it has to come out byte for byte as the facade's.
            sent = httpx.Request("POST", self.url, json=raw_redeem_body()).content
            facade = encode_json(redeem_call(REWARD, CUSTOMER, original_key=ORIGINAL_KEY).json)
            if sent != facade:
                raise AssertionError(f"raw httpx would send {sent!r}, the facade sends {facade!r}")
        else:
            self.url = f"{base_url}/v1/pvt/Customer/ana%40example.com/points"

    # -- sync ----------------------------------------------------------------------------

    def sync_contenders(self, stack: list[Any]) -> dict[str, Callable[[], None]]:
        from loyaltykit_bonifiq_api.api.customer import customer_points
        from loyaltykit_bonifiq_api.api.pos import pos_redeem
        from loyaltykit_bonifiq_api.client import Client
        from loyaltykit_bonifiq_api.models.couponless_reward_generate_request import CouponlessRewardGenerateRequest
        from loyaltykit_bonifiq_api.models.redeem_origin import RedeemOrigin

        from loyaltykit import BonifiQ

        raw = httpx.Client(timeout=30, headers=self.headers)
        generated = Client(base_url=self.base_url, headers=self.headers)
        facade = BonifiQ(self.token, self.key, base_url=self.base_url)
        stack += [raw, generated.get_httpx_client(), facade]
        url = self.url
        if self.op == "redeem":

            def raw_call() -> None:
                response = raw.post(url, json=raw_redeem_body())
                assert response.status_code == 200
                json.loads(response.content)

            def generated_call() -> None:
                request = CouponlessRewardGenerateRequest(
                    customer_id=CUSTOMER, original_key=ORIGINAL_KEY, redeem_origin=RedeemOrigin.PDV
                )
                send_generated(generated.get_httpx_client(), pos_redeem.request(REWARD, body=request))

            def facade_call() -> None:
                facade.pos.redeem(REWARD, CUSTOMER, original_key=ORIGINAL_KEY)

        else:

            def raw_call() -> None:
                response = raw.get(url)
                assert response.status_code == 200
                json.loads(response.content)

            def generated_call() -> None:
                send_generated(generated.get_httpx_client(), customer_points.request(CUSTOMER))

            def facade_call() -> None:
                facade.customers.points(CUSTOMER)

        return {"raw": raw_call, "generated": generated_call, "facade": facade_call}

    # -- async ---------------------------------------------------------------------------

    def async_contenders(self, stack: list[Any]) -> dict[str, Callable[[], Awaitable[None]]]:
        """raw, generated, facade; and raw httpx and the facade over aiohttp when the extra is installed."""
        from loyaltykit_bonifiq_api.api.customer import customer_points
        from loyaltykit_bonifiq_api.api.pos import pos_redeem
        from loyaltykit_bonifiq_api.client import Client
        from loyaltykit_bonifiq_api.models.couponless_reward_generate_request import CouponlessRewardGenerateRequest
        from loyaltykit_bonifiq_api.models.redeem_origin import RedeemOrigin

        from loyaltykit import AsyncBonifiQ

        raw = httpx.AsyncClient(timeout=30, headers=self.headers)
        generated = Client(base_url=self.base_url, headers=self.headers)
        facade = AsyncBonifiQ(self.token, self.key, base_url=self.base_url)
        stack += [raw, generated.get_async_httpx_client(), facade]
        if self.op == "redeem":

            async def generated_call() -> None:
                request = CouponlessRewardGenerateRequest(
                    customer_id=CUSTOMER, original_key=ORIGINAL_KEY, redeem_origin=RedeemOrigin.PDV
                )
                await send_generated_async(generated.get_async_httpx_client(), pos_redeem.request(REWARD, body=request))

        else:

            async def generated_call() -> None:
                await send_generated_async(generated.get_async_httpx_client(), customer_points.request(CUSTOMER))

        contenders = {"raw": self._raw_async(raw), "generated": generated_call, "facade": self._facade_async(facade)}
        if aiohttp_installed():
            from loyaltykit import DefaultAioHttpClient

            # Raw httpx sets its headers and timeout once, as above; the facade is handed the
            # aiohttp client as a caller would, so it sends them with every request.
            raw_aiohttp = DefaultAioHttpClient(timeout=30, headers=self.headers)
            facade_http = DefaultAioHttpClient()
            facade_aiohttp = AsyncBonifiQ(self.token, self.key, base_url=self.base_url, http_client=facade_http)
            stack += [raw_aiohttp, facade_aiohttp, facade_http]
            contenders[AIOHTTP_RAW] = self._raw_async(raw_aiohttp)
            contenders[AIOHTTP_FACADE] = self._facade_async(facade_aiohttp)
        return contenders

    def _raw_async(self, raw: httpx.AsyncClient) -> Callable[[], Awaitable[None]]:
        url = self.url
        if self.op == "redeem":

            async def raw_call() -> None:
                response = await raw.post(url, json=raw_redeem_body())
                assert response.status_code == 200
                json.loads(response.content)

        else:

            async def raw_call() -> None:
                response = await raw.get(url)
                assert response.status_code == 200
                json.loads(response.content)

        return raw_call

    def _facade_async(self, facade: Any) -> Callable[[], Awaitable[None]]:
        if self.op == "redeem":

            async def facade_call() -> None:
                await facade.pos.redeem(REWARD, CUSTOMER, original_key=ORIGINAL_KEY)

        else:

            async def facade_call() -> None:
                await facade.customers.points(CUSTOMER)

        return facade_call


def aiohttp_installed() -> bool:
    """Whether the ``aiohttp`` extra is installed (its contenders run only then)."""
    import importlib.util

    return importlib.util.find_spec("httpx_aiohttp") is not None


def measure_sync(case: Case, rounds: int, calls: int) -> dict[str, list[float]]:
    stack: list[Any] = []
    try:
        contenders = case.sync_contenders(stack)
        for call in contenders.values():  # warm up: connections, imports, caches
            for _ in range(20):
                call()
        return interleave(contenders, rounds, calls)
    finally:
        for item in stack:
            item.close()


def measure_async(case: Case, rounds: int, calls: int) -> dict[str, list[float]]:
    async def main() -> dict[str, list[float]]:
        stack: list[Any] = []
        try:
            contenders = case.async_contenders(stack)
            for call in contenders.values():
                for _ in range(20):
                    await call()
            return await interleave_async(contenders, rounds, calls)
        finally:
            for item in stack:
                closing = item.aclose() if hasattr(item, "aclose") else item.close()
                await closing

    return asyncio.run(main())


def run(quick: bool = False) -> Section:
    section = Section("overhead", "1. Per-call overhead (loopback, keep-alive)")
    # Rounds per mode: a sync round costs a third of an async one (which also runs the aiohttp
    # contenders), so sync gets three times as many; the median of its per-round ratios is then
    # within about 0.01 from run to run, where 40 rounds moved it by 0.02-0.04 (bench/NOTES.md).
    plans = [("stub", {"sync": 120, "async": 40}, 100), ("sandbox", {"sync": 90, "async": 30}, 60)]
    if quick:
        plans = [("stub", {"sync": 8, "async": 8}, 100), ("sandbox", {"sync": 5, "async": 5}, 20)]
    rows: list[str] = []
    aiohttp_rows: list[str] = []
    for server, rounds, calls in plans:
        if server == "stub":
            context: Any = stub_server()
        else:
            context = sandbox_server()
        with context as target:
            if server == "stub":
                base_url, token, key = target, "bench-token", "bench-key"
            else:
                base_url, token, key = target.base_url, target.token, target.key
            for op in ("redeem", "points"):
                case = Case(op, base_url, token, key)
                for mode, measure in (("sync", measure_sync), ("async", measure_async)):
                    samples = measure(case, rounds[mode], calls)
                    raw, gen, fac = (Stat.of(samples[n]) for n in ("raw", "generated", "facade"))
                    ratio = Stat.of(ratios(samples["facade"], samples["raw"]))
                    gen_ratio = Stat.of(ratios(samples["generated"], samples["raw"]))
                    rows.append(
                        f"| {server} | {op} | {mode} | {raw.fmt()} | {gen.fmt()} | {fac.fmt()} "
                        f"| {gen_ratio.fmt(3)} | **{ratio.fmt(3)}** |"
                    )
                    section.targets.append(
                        Target(
                            f"(1) facade/raw, {op} {mode}, {server}",
                            f"{ratio.median:.3f}x",
                            f"<= {TARGET_RATIO:.2f}x",
                            ratio.median <= TARGET_RATIO,
                        )
                    )
                    print(
                        f"  overhead {server} {op} {mode}: raw {raw.median:.0f} us, facade {fac.median:.0f} us,"
                        f" ratio {ratio.median:.3f}",
                        flush=True,
                    )
                    if AIOHTTP_FACADE in samples:
                        aiohttp_rows.append(aiohttp_row(server, op, samples))
    section.lines += [
        "Microseconds per call, median (min-max) over rounds. Calls alternate in blocks of",
        f"{BLOCK}, a block of each contender in a new random order on every pass (seeded), each block ending with a",
        "timed young-generation collection so that every contender pays for its own garbage; a",
        "round's sample is each contender's mean over its calls in that round. All three set auth",
        "and User-Agent once on their httpx client; raw httpx builds its JSON body per call",
        f"(`json=`), byte for byte the facade's. Stub: {_rounds(plans[0][1])} x {plans[0][2]} calls per",
        f"contender; sandbox: {_rounds(plans[1][1])} x {plans[1][2]} calls. Ratios are per round, median (min-max).",
        "",
        "| server | call | mode | raw httpx µs | generated µs | facade µs | generated/raw | facade/raw |",
        "|---|---|---|---|---|---|---|---|",
        *rows,
        "",
        *aiohttp_lines(aiohttp_rows),
    ]
    return section


def _rounds(per_mode: dict[str, int]) -> str:
    return ", ".join(f"{count} rounds {mode}" for mode, count in per_mode.items())


def aiohttp_row(server: str, op: str, samples: dict[str, list[float]]) -> str:
    raw, fac, raw_aio, fac_aio = (Stat.of(samples[n]) for n in ("raw", "facade", AIOHTTP_RAW, AIOHTTP_FACADE))
    over_raw = Stat.of(ratios(samples[AIOHTTP_FACADE], samples["raw"]))
    over_facade = Stat.of(ratios(samples[AIOHTTP_FACADE], samples["facade"]))
    raw_effect = Stat.of(ratios(samples[AIOHTTP_RAW], samples["raw"]))
    print(f"  aiohttp {server} {op}: facade {fac_aio.median:.0f} us, /raw httpx {over_raw.median:.3f}", flush=True)
    return (
        f"| {server} | {op} | {raw.fmt()} | {fac.fmt()} | {raw_aio.fmt()} | {fac_aio.fmt()} "
        f"| {raw_effect.fmt(3)} | **{over_raw.fmt(3)}** | **{over_facade.fmt(3)}** |"
    )


def aiohttp_lines(rows: list[str]) -> list[str]:
    if not rows:
        return ["The aiohttp transport was not measured: the `aiohttp` extra is not installed."]
    return [
        "**The async transport** (`loyaltykit[aiohttp]`): the same async calls, in the same rounds,",
        "also sent by raw httpx and by the facade over `DefaultAioHttpClient()` (httpx-aiohttp). The",
        "facade is handed that client as `http_client=`, as a caller would, so it sends its headers",
        "and timeout with every request; raw httpx sets them once on either client. No target: the",
        "figures say what choosing the transport changes.",
        "",
        "| server | call | raw httpx µs | facade µs | raw httpx on aiohttp µs | facade on aiohttp µs "
        "| raw on aiohttp / raw | facade on aiohttp / raw httpx | facade on aiohttp / facade |",
        "|---|---|---|---|---|---|---|---|---|",
        *rows,
    ]


def profile(section: Section, seconds: float = 4.0) -> list[str]:
    """cProfile of the sync facade and raw httpx on the stub: where the facade's extra time goes."""
    lines: list[str] = []
    with stub_server() as base_url:
        for op in ("redeem", "points"):
            case = Case(op, base_url, "bench-token", "bench-key")
            stack: list[Any] = []
            try:
                contenders = case.sync_contenders(stack)
                for name in ("raw", "facade"):
                    call = contenders[name]
                    for _ in range(50):
                        call()
                    profiler, calls = profile_calls(call, seconds / 4)
                    lines += [*profile_lines(profiler, title=f"{op}, sync, {name}", top=8, calls=calls), ""]
            finally:
                for item in stack:
                    item.close()
    return lines
