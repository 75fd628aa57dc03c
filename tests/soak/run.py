"""``make soak``: N randomized POS sales against the sandbox, under faults, reconciled.

    python tests/soak/run.py --sales 1000 [--seed N] [--only 17,42]

Prints the table and exits 1 on any discrepancy, with the seed (and the sales) that reproduce it.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from soak.engine import report, run_soak

COMMAND = "python tests/soak/run.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=1000, help="how many sales (default 1000)")
    parser.add_argument("--seed", type=int, default=None, help="the run's seed (default: a random one, printed)")
    parser.add_argument("--only", default=None, help="run only these sale indices (comma-separated) of the seed")
    parser.add_argument("--trace", action="store_true", help="print the steps of every sale with a discrepancy")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 10**6)
    indices = [int(i) for i in args.only.split(",")] if args.only else list(range(args.sales))
    print(f"soak: {len(indices)} sales, seed {seed}", flush=True)

    def progress(done: int) -> None:
        if done % 100 == 0:
            print(f"  {done} sales...", flush=True)

    soak, discrepancies, seconds = run_soak(seed, indices, progress=progress)
    print(
        report(soak, discrepancies, seconds, f"{COMMAND} --sales {args.sales}", verbose=args.trace or bool(args.only))
    )
    if discrepancies:
        print(f"FAILED: {len(discrepancies)} discrepancies; seed {seed}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
