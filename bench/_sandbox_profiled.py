"""``python -m loyaltykit.sandbox`` with a cProfile switched on by SIGUSR1 and off (and saved) by SIGUSR2.

Usage: ``python bench/_sandbox_profiled.py OUTPUT.prof [sandbox options]``. Profiling only a
window keeps the sandbox's start-up (it parses both OpenAPI documents) out of the picture.
The sandbox serves from its main thread, which is the thread the signal handlers run in and so
the one the profiler watches.
"""

from __future__ import annotations

import cProfile
import signal
import sys
from types import FrameType

from loyaltykit.sandbox.__main__ import main

profiler = cProfile.Profile()
output = sys.argv[1]


def start(_signal: int, _frame: FrameType | None) -> None:
    profiler.enable()


def stop(_signal: int, _frame: FrameType | None) -> None:
    profiler.disable()
    profiler.dump_stats(output)


signal.signal(signal.SIGUSR1, start)
signal.signal(signal.SIGUSR2, stop)
sys.exit(main(sys.argv[2:]))
