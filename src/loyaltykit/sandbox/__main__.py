"""``python -m loyaltykit.sandbox --port 8080 [--host] [--db] [--seed demo] [--fault ...]``."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence
from decimal import Decimal

try:
    from ._admin import MAX_HOLD_TTL_SECONDS
    from ._config import Credentials, SandboxConfig
    from ._faults import KINDS, parse_cli_fault
    from ._routing import GAMEBALL_V40, GAMEBALL_V41
    from ._seed import SEEDS
    from ._server import run
    from ._webhooks import MAX_RETRY_DELAY_SECONDS, parse_cli_webhook
except ImportError as error:
    if __name__ != "__main__":
        raise  # imported (the `loyaltykit sandbox` command says what is missing itself)
    # One line, not a traceback: the sandbox's dependencies are an extra.
    sys.exit(f"python -m loyaltykit.sandbox needs the sandbox extra ({(error.name or '?').split('.')[0]} is missing): "
             "pip install 'loyaltykit[sandbox]'")  # fmt: skip


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
    parser.add_argument(
        "--hold-ttl",
        type=_hold_ttl,
        default=600,
        help=f"Gameball hold lifetime in seconds (1 to {MAX_HOLD_TTL_SECONDS})",
    )
    parser.add_argument("--rate-limits", action="store_true", help="enforce Gameball's documented rate limits")
    parser.add_argument(
        "--admin-host",
        action="append",
        default=[],
        metavar="NAME",
        help="a host name the admin API answers to besides loopback ones and --host (repeatable)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="Gameball request bodies to the letter of the spec (refuse null in optional fields)",
    )
    parser.add_argument(
        "--preview-pin",
        action="store_true",
        help="BonifiQ preview mode: the challenge reply carries the PIN as Code",
    )
    parser.add_argument(
        "--webhook",
        action="append",
        default=[],
        type=_webhook,
        metavar="VENDOR=URL",
        help="send the vendor's webhook events to URL, e.g. gameball=http://127.0.0.1:9000/hooks (repeatable)",
    )
    parser.add_argument(
        "--webhook-retry-delays",
        type=_delays,
        default=None,
        metavar="SECONDS[,SECONDS...]",
        help="seconds between a failed webhook attempt and the next (default: each vendor's schedule)",
    )
    parser.add_argument("--log-level", default="info")
    return parser


def _hold_ttl(text: str) -> int:
    seconds = int(text)
    if not 1 <= seconds <= MAX_HOLD_TTL_SECONDS:
        raise argparse.ArgumentTypeError(f"must be between 1 and {MAX_HOLD_TTL_SECONDS}")
    return seconds


def _webhook(text: str) -> tuple[str, str]:
    try:
        return parse_cli_webhook(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _delays(text: str) -> tuple[float, ...]:
    try:
        delays = tuple(float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError("must be seconds separated by commas, e.g. 1,5,30") from None
    if not all(0 <= delay <= MAX_RETRY_DELAY_SECONDS for delay in delays):
        raise argparse.ArgumentTypeError(f"each delay must be between 0 and {MAX_RETRY_DELAY_SECONDS} seconds")
    return delays


def banner(credentials: Credentials, host: str, port: int, db: str) -> list[str]:
    """What the sandbox prints at start: its URLs, and what to export to point the SDK at it.

    Only the sandbox's own default credentials are printed: a value adopted from the
    environment may be a real key, and this output ends up in CI logs.
    """
    shown_host = f"[{host}]" if ":" in host else host
    base = f"http://{shown_host}:{port}"
    shown = credentials.shown()

    def value(name: str) -> str:
        found = shown[name]
        return "<from the environment>" if found is None else found

    lines = [
        f"loyaltykit sandbox on {base}  (state: {db})",
        f"  BonifiQ   {base}/v1/pvt   Basic {value('BONIFIQ_API_TOKEN')}:{value('BONIFIQ_API_KEY')}",
        f"  Gameball  {base}{GAMEBALL_V40}  (and {GAMEBALL_V41})",
        f"            apikey: {value('GAMEBALL_API_KEY')}  secretkey: {value('GAMEBALL_SECRET_KEY')}",
        f"  Admin     {base}/_sandbox/  (no auth; loopback hosts only, see the sandbox README)",
        "Point the SDK at it:",
        # The host alone: the SDK adds each vendor's path.
        f"  export BONIFIQ_BASE_URL={base}",
        f"  export GAMEBALL_BASE_URL={base}",
    ]
    for name, found in shown.items():
        lines.append(
            f"  # {name} taken from the environment (not shown)" if found is None else f"  export {name}={found}"
        )
    return lines


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
        admin_hosts=tuple(name.lower() for name in args.admin_host),
        strict=args.strict,
        return_pin_in_challenge=args.preview_pin,
        webhooks=tuple(args.webhook),
        webhook_retry_delays=args.webhook_retry_delays,
    )
    print("\n".join(banner(credentials, args.host, args.port, args.db)))
    for vendor, url in args.webhook:
        print(f"Webhooks: {vendor} events go to {url}")
    sys.stdout.flush()
    with contextlib.suppress(KeyboardInterrupt):
        run(config, host=args.host, port=args.port, log_level=args.log_level)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
