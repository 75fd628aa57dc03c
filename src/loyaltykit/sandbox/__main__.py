"""``python -m loyaltykit.sandbox --port 8080 [--host] [--db] [--seed demo] [--fault ...]``."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from decimal import Decimal

from ._config import Credentials, SandboxConfig
from ._faults import KINDS, parse_cli_fault
from ._routing import GAMEBALL_V40, GAMEBALL_V41
from ._seed import SEEDS
from ._server import run


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m loyaltykit.sandbox",
        description="Local, stateful emulator of BonifiQ's Private API and Gameball's API v4.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="port (default: 8080)")
    parser.add_argument(
        "--db", default=":memory:", help="SQLite file that keeps state across restarts (default: memory)"
    )
    parser.add_argument("--seed", default="demo", choices=[*SEEDS, "none"], help="data for an empty database")
    parser.add_argument(
        "--fault",
        action="append",
        default=[],
        metavar="KIND@ROUTE[,times=N][,probability=P][,seconds=S][,retry_after=R]",
        help=f"inject a fault (repeatable); KIND is one of {', '.join(KINDS)}; ROUTE is 'METHOD /path', "
        "an operationId or '*'. A JSON object is accepted too.",
    )
    parser.add_argument("--fault-seed", type=int, default=0, help="seed for probabilistic faults")
    parser.add_argument("--hold-ttl", type=int, default=600, help="Gameball hold lifetime in seconds")
    parser.add_argument("--rate-limits", action="store_true", help="enforce Gameball's documented rate limits")
    parser.add_argument(
        "--preview-pin",
        action="store_true",
        help="BonifiQ preview mode: the challenge reply carries the PIN as Code",
    )
    parser.add_argument("--log-level", default="info")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        faults = [parse_cli_fault(text) for text in args.fault]
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    credentials = Credentials.from_env()
    config = SandboxConfig(
        db=args.db,
        seed=None if args.seed == "none" else args.seed,
        credentials=credentials,
        faults=faults,
        fault_seed=args.fault_seed,
        hold_ttl_seconds=args.hold_ttl,
        gameball_rate_limits=args.rate_limits,
        gameball_rate_limit_scale=Decimal(1),
        return_pin_in_challenge=args.preview_pin,
    )
    shown_host = f"[{args.host}]" if ":" in args.host else args.host
    base = f"http://{shown_host}:{args.port}"
    print(f"loyaltykit sandbox on {base}  (state: {args.db})")
    print(f"  BonifiQ   {base}/v1/pvt   Basic {credentials.bonifiq_api_token}:{credentials.bonifiq_api_key}")
    print(f"  Gameball  {base}{GAMEBALL_V40}  (and {GAMEBALL_V41})")
    print(f"            apikey: {credentials.gameball_api_key}  secretkey: {credentials.gameball_secret_key}")
    print(f"  Admin     {base}/_sandbox/  (no auth; see the sandbox README)")
    for name, value in credentials.as_dict().items():
        print(f"  {name}={value}")
    sys.stdout.flush()
    with contextlib.suppress(KeyboardInterrupt):
        run(config, host=args.host, port=args.port, log_level=args.log_level)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
