"""``make soak``: N randomized POS sales against the sandbox, under faults, reconciled.

    python tests/soak/run.py [--sales 10000] [--seed N] [--only 17,42] [--workers 24] [--kill-sandbox 3]

The sandbox runs as a separate process. Prints the seed first, then the table; exits 1 on any
discrepancy, with the seed (and the sales) that reproduce it.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from soak.engine import DEFAULT_WORKERS, Discrepancy, report, run_soak

COMMAND = "python tests/soak/run.py"


def arguments(doc: str, sales: int) -> argparse.ArgumentParser:
    """The options every soak takes: how many sales, the seed, and which of its sales alone."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--sales", type=int, default=sales, help=f"how many sales (default {sales})")
    parser.add_argument("--seed", type=int, default=None, help="the run's seed (default: a random one, printed)")
    parser.add_argument("--only", default=None, help="run only these sale indices (comma-separated) of the seed")
    return parser


def chosen(args: argparse.Namespace) -> tuple[int, list[int]]:
    """The seed (a random one if none is given) and the sales to play."""
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 10**6)
    return seed, [int(i) for i in args.only.split(",")] if args.only else list(range(args.sales))


def printer(sales: int) -> Callable[[int], None]:
    """Prints the count of sales done about 20 times over the run (the count may jump)."""
    step, printed = max(100, sales // 20), [0]

    def progress(done: int) -> None:
        if done // step != printed[0] // step:
            printed[0] = done
            print(f"  {done} sales...", flush=True)

    return progress


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__, 10_000)
    parser.add_argument(
        "--workers", type=int, default=DEFAULT_WORKERS, help=f"terminals playing at once (default {DEFAULT_WORKERS})"
    )
    parser.add_argument(
        "--kill-sandbox",
        type=int,
        default=3,
        metavar="K",
        help="SIGKILL the sandbox and restart it on its --db K times during the run (default 3; 0: never)",
    )
    parser.add_argument("--trace", action="store_true", help="print the steps of every sale with a discrepancy")
    args = parser.parse_args(argv)
    seed, indices = chosen(args)
    print(f"soak: {len(indices)} sales, seed {seed}, {args.workers} terminals at once", flush=True)
    progress = printer(len(indices))

    soak, discrepancies, seconds = run_soak(
        seed, indices, workers=args.workers, kill_sandbox=args.kill_sandbox, progress=progress
    )
    command = f"{COMMAND} --sales {args.sales}"
    return verdict(
        report(soak, discrepancies, seconds, command, verbose=args.trace or bool(args.only)), discrepancies, seed
    )


def verdict(table: str, discrepancies: list[Discrepancy], seed: int) -> int:
    """Print the table; the exit status: 1 on any discrepancy, said with the seed."""
    print(table)
    if discrepancies:
        print(f"FAILED: {len(discrepancies)} discrepancies; seed {seed}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
