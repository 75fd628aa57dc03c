"""What every benchmark shares: servers in their own processes, alternating rounds, statistics.

Contenders run alternately in one process, round by round (A, B, C, A, B, C, ...), so that a
slow second on the machine slows every contender alike instead of one of them. Figures are
the median of the rounds, with their min and max.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PYTHON = sys.executable


@dataclass(frozen=True)
class Stat:
    median: float
    min: float
    max: float

    @classmethod
    def of(cls, samples: list[float]) -> Stat:
        return cls(statistics.median(samples), min(samples), max(samples))

    def scaled(self, factor: float) -> Stat:
        return Stat(self.median * factor, self.min * factor, self.max * factor)

    def fmt(self, digits: int = 1, unit: str = "") -> str:
        return f"{self.median:,.{digits}f}{unit} ({self.min:,.{digits}f}-{self.max:,.{digits}f})"


@dataclass
class Target:
    """One figure checked against its target."""

    name: str
    figure: str
    target: str
    passed: bool


@dataclass
class Section:
    """A benchmark's contribution to results.md."""

    name: str
    title: str
    lines: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    seconds: float = 0.0
    load: str = ""


def alternate(contenders: dict[str, Callable[..., float]], rounds: int) -> dict[str, list[float]]:
    """Run each contender once per round, in turn; each call returns one sample."""
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, run in contenders.items():
            samples[name].append(run())
    return samples


async def alternate_async(
    contenders: dict[str, Callable[..., Awaitable[float]]], rounds: int
) -> dict[str, list[float]]:
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    for _ in range(rounds):
        for name, run in contenders.items():
            samples[name].append(await run())
    return samples


# Calls per turn in ``interleave``: short enough (~10 ms) for noise to hit every contender
# alike, long enough that each one runs with its own code and data in the CPU caches.
BLOCK = 10


# Seeds the order of the blocks: a fixed seed makes a run's schedule repeatable.
ORDER_SEED = 20261130


class _Rounds:
    """The turns of ``interleave`` and the time each contender spent, shared by both twins."""

    def __init__(self, names: list[str], rounds: int, calls: int, block: int) -> None:
        self.names, self.rounds, self.calls, self.block = names, rounds, calls, block
        self.samples: dict[str, list[float]] = {name: [] for name in names}
        self._spent: dict[str, float] = {}
        self._order = random.Random(ORDER_SEED)

    def turns(self) -> Iterator[str]:
        """The contender whose block runs next; a round's means are taken after its last turn.

        Every pass over the contenders runs them in a new random order. A fixed order, even one
        rotated from round to round, gives each contender the same predecessor every time, whose
        garbage and cache footprint it inherits: with raw, generated, facade, every facade block
        followed a generated one, and a second facade client measured beside the first read
        1.086x against 1.052x over the same rounds (bench/NOTES.md).
        """
        for _ in range(self.rounds):
            self._spent = dict.fromkeys(self.names, 0.0)
            for _ in range(0, self.calls, self.block):
                yield from self._order.sample(self.names, len(self.names))
            for name in self.names:
                self.samples[name].append(self._spent[name] / self.calls * 1e6)

    def record(self, name: str, seconds: float) -> None:
        self._spent[name] += seconds


def interleave(
    contenders: Mapping[str, Callable[[], object]], rounds: int, calls: int, block: int = BLOCK
) -> dict[str, list[float]]:
    """Alternate short blocks of calls (A x10, C x10, B x10, B x10, ...); a round's sample is each one's mean, in µs.

    Alternating block by block rather than batch by batch keeps a contender from owning a noisy
    stretch of the machine: on a shared 2-core VM batches of the same code differ by +-15 %.

    Each block ends with a young-generation collection, timed as part of the block, so every
    contender pays for collecting its own garbage. Without it the cost lands on whichever
    contender happens to cross the collector's threshold: raw httpx leaves every response in a
    reference cycle, and with call-by-call alternation its collections ran inside the facade's
    calls (about 33 µs a call, bench/NOTES.md).
    """
    schedule = _Rounds(list(contenders), rounds, calls, block)
    for name in schedule.turns():
        call, start = contenders[name], time.perf_counter()
        for _ in range(block):
            call()
        gc.collect(1)
        schedule.record(name, time.perf_counter() - start)
    return schedule.samples


async def interleave_async(
    contenders: Mapping[str, Callable[[], Awaitable[object]]], rounds: int, calls: int, block: int = BLOCK
) -> dict[str, list[float]]:
    """``interleave`` for coroutines."""
    schedule = _Rounds(list(contenders), rounds, calls, block)
    for name in schedule.turns():
        call, start = contenders[name], time.perf_counter()
        for _ in range(block):
            await call()
        gc.collect(1)
        schedule.record(name, time.perf_counter() - start)
    return schedule.samples


def ratios(numerator: list[float], denominator: list[float]) -> list[float]:
    """Per-round ratios: each pair ran back to back, so most of the machine's drift cancels."""
    return [a / b for a, b in zip(numerator, denominator, strict=True)]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _env() -> dict[str, str]:
    env = dict(os.environ)
    # Servers must not inherit a profiler or a debug log level meant for the benchmark process.
    env.pop("LOYALTYKIT_LOG", None)
    return env


@contextlib.contextmanager
def stub_server() -> Iterator[str]:
    """bench/stub_server.py in its own process; yields its base URL."""
    process = subprocess.Popen(
        [PYTHON, str(BENCH / "stub_server.py"), "--port", "0"], stdout=subprocess.PIPE, text=True, env=_env()
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        if not line.startswith("PORT "):
            raise RuntimeError(f"the stub server did not start: {line!r}")
        yield f"http://127.0.0.1:{int(line.split()[1])}"
    finally:
        _stop(process)


@dataclass(frozen=True)
class SandboxProcess:
    base_url: str
    pid: int
    token: str = "sandbox-bonifiq-token"
    key: str = "sandbox-bonifiq-key"


@contextlib.contextmanager
def sandbox_server(profile_to: Path | None = None) -> Iterator[SandboxProcess]:
    """``python -m loyaltykit.sandbox`` in its own process (demo seed, in-memory database).

    With ``profile_to`` it runs under bench/_sandbox_profiled.py: SIGUSR1 starts a cProfile,
    SIGUSR2 stops it and writes ``profile_to``. Credentials are the sandbox's defaults: the
    variables are removed from its environment.
    """
    port = free_port()
    env = _env()
    for name in ("BONIFIQ_API_TOKEN", "BONIFIQ_API_KEY", "GAMEBALL_API_KEY", "GAMEBALL_SECRET_KEY"):
        env.pop(name, None)
    entry = [str(BENCH / "_sandbox_profiled.py"), str(profile_to)] if profile_to else ["-m", "loyaltykit.sandbox"]
    command = [PYTHON, *entry, "--port", str(port), "--log-level", "warning"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, env=env)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"the sandbox exited with {process.returncode}")
            try:
                if httpx.get(base + "/_sandbox/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("the sandbox did not start within 30 s")
            time.sleep(0.05)
        yield SandboxProcess(base, process.pid)
    finally:
        # SIGINT: uvicorn shuts down cleanly, then re-raises it as KeyboardInterrupt, which the
        # sandbox's main() expects (SIGTERM would end the process by the default handler).
        _stop(process, signal.SIGINT)


def _stop(process: subprocess.Popen[str] | subprocess.Popen[bytes], sig: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        process.send_signal(sig)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def await_ready(processes: list[subprocess.Popen[str]], what: str) -> None:
    """Wait for each worker process's ``READY`` line: warmed up, waiting for ``go``."""
    for process in processes:
        assert process.stdout is not None
        if process.stdout.readline().strip() != "READY":
            raise RuntimeError(f"a {what} failed to start")


def go(processes: list[subprocess.Popen[str]]) -> None:
    """Tell every ready worker process to start, as close together as one loop allows."""
    for process in processes:
        assert process.stdin is not None
        process.stdin.write("GO\n")
        process.stdin.flush()


def collect_json(processes: list[subprocess.Popen[str]], timeout: float, what: str) -> list[Any]:
    """Each worker process's last stdout line, as JSON, once it has exited 0."""
    results = []
    for process in processes:
        out, _ = process.communicate(timeout=timeout)
        if process.returncode != 0:
            raise RuntimeError(f"a {what} exited with {process.returncode}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


def kill_left(processes: list[subprocess.Popen[str]]) -> None:
    """Worker processes still running (a run that failed): killed."""
    for process in processes:
        if process.poll() is None:
            process.kill()
            process.wait()


def run_python(code: str, *args: str, timeout: float = 300) -> str:
    """Run ``code`` in a fresh interpreter (this venv) and return its stdout."""
    result = subprocess.run(
        [PYTHON, "-c", code, *args], capture_output=True, text=True, timeout=timeout, env=_env(), check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"subprocess failed ({result.returncode}):\n{result.stderr[-2000:]}")
    return result.stdout


def process_cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds of a process and its threads so far (Linux), else None."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def profile_calls(call: Callable[[], object], seconds: float) -> tuple[Any, int]:
    """``call`` again and again for ``seconds`` under cProfile: the profile, and how many calls it holds."""
    import cProfile

    profiler = cProfile.Profile()
    calls = 0
    deadline = time.perf_counter() + seconds
    profiler.enable()
    while time.perf_counter() < deadline:
        call()
        calls += 1
    profiler.disable()
    return profiler, calls


def profile_lines(
    stats_source: object, *, title: str, top: int = 12, idle: str | None = None, calls: int | None = None
) -> list[str]:
    """A cProfile result as markdown: where self time goes, by package and by function.

    ``stats_source`` is a ``cProfile.Profile`` or a path to a saved profile. ``idle`` names a
    function (e.g. epoll's ``poll``) whose time is waiting, reported apart from work. With
    ``calls``, times are also shown in µs per call.
    """
    import pstats

    stats = pstats.Stats(str(stats_source) if isinstance(stats_source, Path) else stats_source)  # type: ignore[arg-type]
    raw: dict[tuple[str, int, str], tuple[int, int, float, float, object]] = stats.stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in raw.values())
    waiting = sum(entry[2] for key, entry in raw.items() if idle and key[2] == idle)
    buckets: dict[str, float] = {}
    for (filename, _line, _name), entry in raw.items():
        buckets[_bucket(filename)] = buckets.get(_bucket(filename), 0.0) + entry[2]
    if idle:
        buckets["(idle: waiting in " + idle + ")"] = waiting
        buckets[_bucket("~")] = buckets.get(_bucket("~"), 0.0) - waiting

    def cell(seconds: float) -> str:
        share = f"{seconds / total:.1%}"
        return f"{share} | {seconds / calls * 1e6:,.1f}" if calls else share

    per_call = " | µs per call" if calls else ""
    rule = "|---" * (3 if calls else 2) + "|"
    lines = [f"**Profile: {title}** (cProfile, self time; cProfile inflates call-heavy code)", ""]
    lines += [f"| where | share of time{per_call} |", rule]
    for name, seconds in sorted(buckets.items(), key=lambda item: -item[1]):
        if seconds / total >= 0.005:
            lines.append(f"| {name} | {cell(seconds)} |")
    lines += ["", f"| function | self{per_call} | calls |", rule + "---|"]
    ranked = sorted(raw.items(), key=lambda item: -item[1][2])
    shown = 0
    for (filename, line, name), entry in ranked:
        if idle and name == idle:
            continue
        lines.append(f"| `{name}` ({_short(filename)}:{line}) | {cell(entry[2])} | {entry[1]:,} |")
        shown += 1
        if shown == top:
            break
    return lines


def _short(filename: str) -> str:
    for marker in ("site-packages/", "/src/", "/generated/", "/lib/python3"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def _bucket(filename: str) -> str:
    if filename.startswith("<frozen importlib"):
        return "import system (imports inside functions)"
    if filename == "~" or filename.startswith("<"):
        return "builtins and C code"
    for package in ("httpx", "httpcore", "h11", "anyio", "uvicorn", "starlette", "httptools", "jsonschema"):
        if f"site-packages/{package}/" in filename:
            return package
    if "loyaltykit_bonifiq_api" in filename or "loyaltykit_gameball_api" in filename:
        return "generated client (models, request builders)"
    if "/loyaltykit/sandbox/" in filename:
        return "loyaltykit.sandbox"
    if "/loyaltykit/" in filename:
        return "loyaltykit (facade)"
    if "/bench/" in filename:
        return "bench"
    return "Python stdlib (json, asyncio, ssl, ...)"
