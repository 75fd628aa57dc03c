"""``make soak-distributed``: randomized POS sales by worker processes over one PostgreSQL journal.

    python tests/soak/run_distributed.py [--sales 5000] [--seed N] [--workers 4] [--kills 6]

Starts its own PostgreSQL server, sandbox process (faults on) and worker processes, SIGKILLs and
restarts workers during the run, then reconciles against the sandbox. Prints the seed first, then
the table; exits 1 on any discrepancy, with the seed that reproduces it.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from soak.distributed import DEFAULT_GRACE, DEFAULT_TERMINALS, DEFAULT_WORKERS, run_distributed
from soak.report import report

COMMAND = "python tests/soak/run_distributed.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sales", type=int, default=5_000, help="how many sales (default 5000)")
    parser.add_argument("--seed", type=int, default=None, help="the run's seed (default: a random one, printed)")
    parser.add_argument("--workers", type=int, default=DEFAULT_WORKERS, help="worker processes (default 4)")
    parser.add_argument(
        "--terminals", type=int, default=DEFAULT_TERMINALS, help="sales each worker plays at once (default 6)"
    )
    parser.add_argument("--kills", type=int, default=6, help="workers SIGKILLed and restarted during the run")
    parser.add_argument("--only", default=None, help="run only these sale indices (comma-separated) of the seed")
    parser.add_argument(
        "--grace", type=float, default=DEFAULT_GRACE, help="seconds before the workers reconcile a step in doubt"
    )
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(1, 10**6)
    indices = [int(i) for i in args.only.split(",")] if args.only else list(range(args.sales))
    print(f"distributed soak: {len(indices)} sales, seed {seed}, {args.workers} worker processes", flush=True)
    step = max(100, len(indices) // 20)
    printed = [0]

    def progress(done: int) -> None:
        if done // step != printed[0] // step:
            printed[0] = done
            print(f"  {done} sales...", flush=True)

    soak, discrepancies, seconds, run = run_distributed(
        seed,
        indices,
        workers=args.workers,
        terminals=args.terminals,
        kills=args.kills,
        grace=args.grace,
        progress=progress,
    )
    command = f"{COMMAND} --sales {args.sales} --workers {args.workers} --kills {args.kills}"
    print(report(soak, discrepancies, seconds, command, verbose=True, extra=run.lines()))
    if discrepancies:
        print(f"FAILED: {len(discrepancies)} discrepancies; seed {seed}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
