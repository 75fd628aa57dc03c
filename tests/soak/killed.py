"""A sale's first terminal in a process of its own, SIGKILLed right after the step where it dies.

    python tests/soak/killed.py   (the job, pickled, on stdin: run by ``play_first``, never by hand)

The process plays the sale's first attempt exactly as an in-process terminal would (same plan, same
fault draws); where the plan has it die, it writes what the POS and the test know (its database
record, what its clients saw, where the fault draws are) on stdout and waits, its clients and
journal still open, to be killed. Its successor, back in the soak, opens the same journal file.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import pickle
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from soak.plan import make_plan
from soak.terminal import Attempt, SaleResult, Terminal

if TYPE_CHECKING:
    from soak.engine import Soak

# Long enough for a slow machine to start the process and play the steps; a terminal that never
# reports is a bug of the rig, reported as such.
REPORT_SECONDS = 120


@dataclasses.dataclass(frozen=True)
class _Job:
    seed: int
    index: int
    base_url: str
    admin_url: str
    credentials: Any
    customers: dict[str, list[str]]
    gameball_otp: bool
    journal_dir: str


@dataclasses.dataclass(frozen=True)
class _State:
    """What the killed terminal hands back: all of it survives a crash in the in-process soak too."""

    record: Any
    result: SaleResult
    draws: Any  # the fault generator's state
    quiet_at: float
    died: bool


def play_first(terminal: Terminal) -> None:
    """Play the sale's first attempt in a process of its own, killed where the plan has it die."""
    soak, plan = terminal.soak, terminal.plan
    job = _Job(
        plan.seed,
        plan.index,
        soak.sandbox.base_url,
        soak.sandbox.admin_url,
        soak.sandbox.credentials,
        soak.customers,
        soak.gameball_otp,
        soak.journal_dir,
    )
    child = subprocess.Popen(
        [sys.executable, __file__], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        child.stdin.write(pickle.dumps(job))
        child.stdin.close()
        line = child.stdout.readline()  # the state, once the terminal died (or finished)
    finally:
        child.send_signal(signal.SIGKILL)  # mid-sale: no __exit__, no abandon, no close
        child.wait(timeout=REPORT_SECONDS)
        child.stdout.close()
    if not line:
        raise RuntimeError(f"the terminal process of sale #{plan.index} reported nothing (exit {child.returncode})")
    state: _State = pickle.loads(base64.b64decode(line))
    take_over(terminal, state.record, state.result, state.draws, state.quiet_at, keep=("plan", "journals", "opening"))
    terminal.result.sigkilled = state.died
    terminal.result.trace.append("  (its own process: SIGKILLed)" if state.died else "  (its own process: ended)")


def take_over(
    terminal: Terminal, record: Any, result: SaleResult, draws: Any, quiet_at: float, *, keep: tuple[str, ...]
) -> None:
    """What a killed terminal's successor starts from: the POS database record, what the clients
    saw (but the fields in ``keep``), where the fault draws are and when late requests have landed."""
    terminal.record.__dict__.update(record.__dict__)
    # What the successor must decide for itself: the journal tells it how the sale stands.
    terminal.record.done = None
    for name in (f.name for f in dataclasses.fields(SaleResult) if f.name not in keep):
        setattr(terminal.result, name, getattr(result, name))
    terminal.draws._rng.setstate(draws)
    terminal.quiet_at = max(terminal.quiet_at, quiet_at)


class _ProcessTerminal(Terminal):
    def dies(self) -> None:
        self._report(died=True)
        time.sleep(REPORT_SECONDS)  # killed here, its clients and journal open

    def _report(self, *, died: bool) -> None:
        result = dataclasses.replace(self.result, journals=[])
        state = _State(self.record, result, self.draws._rng.getstate(), self.quiet_at, died)
        sys.stdout.buffer.write(base64.b64encode(pickle.dumps(state)) + b"\n")
        sys.stdout.flush()


class _Sandbox:
    def __init__(self, job: _Job) -> None:
        self.base_url, self.admin_url, self.credentials = job.base_url, job.admin_url, job.credentials


def main() -> None:
    from soak.engine import Soak

    job: _Job = pickle.loads(sys.stdin.buffer.read())
    soak: Soak = Soak(job.seed, _Sandbox(job), journal_dir=job.journal_dir)
    soak.customers, soak.gameball_otp = job.customers, job.gameball_otp
    terminal = _ProcessTerminal(soak, make_plan(job.seed, job.index, job.customers))
    asyncio.run(Attempt(terminal, 0).run())
    terminal._report(died=False)


if __name__ == "__main__":
    from soak.killed import main as main_of_the_module  # pickles name soak.killed's classes, not __main__'s

    main_of_the_module()
