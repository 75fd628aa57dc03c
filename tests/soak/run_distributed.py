"""``make soak-distributed``: randomized POS sales by worker processes over one PostgreSQL journal.

    python tests/soak/run_distributed.py [--sales 5000] [--seed N] [--workers 4] [--kills 6]

Starts its own PostgreSQL server, sandbox process (faults on) and worker processes, SIGKILLs and
restarts workers during the run, then reconciles against the sandbox. Prints the seed first, then
the table; exits 1 on any discrepancy, with the seed that reproduces it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from soak.distributed import DEFAULT_GRACE, DEFAULT_TERMINALS, DEFAULT_WORKERS, run_distributed
from soak.report import report
from soak.run import arguments, chosen, printer, verdict

COMMAND = "python tests/soak/run_distributed.py"


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__, 5_000)
    parser.add_argument("--workers", type=int, default=DEFAULT_WORKERS, help="worker processes (default 4)")
    parser.add_argument(
        "--terminals", type=int, default=DEFAULT_TERMINALS, help="sales each worker plays at once (default 6)"
    )
    parser.add_argument("--kills", type=int, default=6, help="workers SIGKILLed and restarted during the run")
    parser.add_argument(
        "--grace", type=float, default=DEFAULT_GRACE, help="seconds before the workers reconcile a step in doubt"
    )
    args = parser.parse_args(argv)
    seed, indices = chosen(args)
    print(f"distributed soak: {len(indices)} sales, seed {seed}, {args.workers} worker processes", flush=True)

    soak, discrepancies, seconds, run = run_distributed(
        seed,
        indices,
        workers=args.workers,
        terminals=args.terminals,
        kills=args.kills,
        grace=args.grace,
        progress=printer(len(indices)),
    )
    command = f"{COMMAND} --sales {args.sales} --workers {args.workers} --kills {args.kills}"
    return verdict(report(soak, discrepancies, seconds, command, verbose=True, extra=run.lines()), discrepancies, seed)


if __name__ == "__main__":
    sys.exit(main())
