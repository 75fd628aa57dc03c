"""(3) Import time: ``import loyaltykit`` versus ``import httpx``, each in a fresh interpreter.

Two measures. First, in this venv, the import statement alone:

The statements alternate (httpx, loyaltykit, ..., one fresh ``python -I`` each) and every
interpreter times its own import with ``perf_counter``, so interpreter start-up is left out.
Each statement runs once untimed first so that bytecode caches exist. The clients' imports
(which load the generated packages) are shown too, for reference. Each interpreter also
reports which optional parts were loaded, to check that the generated packages, the sandbox
and the CLI load only when used.

Second, what a POS pays to start: whole processes, ``python -c "from loyaltykit import BonifiQ"``
(and ``Gameball``) against ``python -c "import httpx"``, in a venv with only the core installed
from the wheel (``_core_venv``), start-up included, as issue 14 measured them. The three
commands alternate, one run each per round, after one untimed run each; the figure is the
median of the rounds and the ratio is taken per round.
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import time
from pathlib import Path

from _common import PYTHON, Section, Stat, Target, ratios
from _core_venv import core_python

RUNS = 20
TARGET_RATIO = 1.5
CORE_RUNS = 40
CORE_TARGET_RATIO = 1.3

# Whole processes in the core-only venv; the first is the reference.
CORE_STATEMENTS = ("import httpx", "from loyaltykit import BonifiQ", "from loyaltykit import Gameball")

STATEMENTS = {
    "import httpx": "import httpx",
    "import loyaltykit": "import loyaltykit",
    "from loyaltykit import BonifiQ": "from loyaltykit import BonifiQ",
    "from loyaltykit import Gameball": "from loyaltykit import Gameball",
}

# Optional parts and heavy dependencies, reported when an import loaded them.
WATCH = (
    "httpx",
    "loyaltykit_bonifiq_api",
    "loyaltykit_gameball_api",
    "loyaltykit.bonifiq",
    "loyaltykit.gameball",
    "loyaltykit.sandbox",
    "loyaltykit.cli",
    "loyaltykit.testing",
    "starlette",
    "uvicorn",
    "typer",
    "rich",
    "yaml",
    "jsonschema",
)

# What each statement may load (anything else from WATCH is a failure of laziness).
ALLOWED = {
    "import httpx": {"httpx", "rich"},
    "import loyaltykit": set(),
    "from loyaltykit import BonifiQ": {"httpx", "rich", "loyaltykit_bonifiq_api", "loyaltykit.bonifiq"},
    "from loyaltykit import Gameball": {"httpx", "rich", "loyaltykit_gameball_api", "loyaltykit.gameball"},
}

_PROBE = """
import time
start = time.perf_counter()
{statement}
elapsed = time.perf_counter() - start
import json, sys
print(json.dumps([elapsed, [m for m in {watch!r} if m in sys.modules]]))
"""


def time_import(statement: str) -> tuple[float, list[str]]:
    code = _PROBE.format(statement=statement, watch=WATCH)
    result = subprocess.run([PYTHON, "-I", "-c", code], capture_output=True, text=True, timeout=60, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{statement!r} failed:\n{result.stderr[-2000:]}")
    elapsed, loaded = json.loads(result.stdout)
    return float(elapsed), list(loaded)


def run(quick: bool = False) -> Section:
    section = Section("imports", "3. Import time (fresh interpreters)")
    runs = 5 if quick else RUNS
    loaded: dict[str, list[str]] = {}
    for statement in STATEMENTS.values():  # untimed: writes bytecode caches
        _, loaded[statement] = time_import(statement)
    samples: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    for _ in range(runs):
        for name, statement in STATEMENTS.items():
            samples[name].append(time_import(statement)[0] * 1e3)

    httpx_ms = Stat.of(samples["import httpx"])
    rows = []
    for name in STATEMENTS:
        stat = Stat.of(samples[name])
        ratio = Stat.of(ratios(samples[name], samples["import httpx"]))
        extra = sorted(set(loaded[name]) - ALLOWED[name])
        modules = ", ".join(f"`{m}`" for m in loaded[name]) or "none of them"
        rows.append(f"| `{name}` | {stat.fmt(1)} | {ratio.fmt(2)} | {modules} |")
        if extra:
            section.targets.append(
                Target(f"(3) `{name}` loads only what it needs", f"also loaded {extra}", "lazy", False)
            )
    lk = Stat.of(ratios(samples["import loyaltykit"], samples["import httpx"]))
    section.targets.append(
        Target(
            "(3) import loyaltykit / import httpx",
            f"{lk.median:.2f}x ({Stat.of(samples['import loyaltykit']).median:.1f} ms vs {httpx_ms.median:.1f} ms)",
            f"<= {TARGET_RATIO:.1f}x",
            lk.median <= TARGET_RATIO,
        )
    )
    section.targets.append(
        Target(
            "(3) generated packages, sandbox and CLI load only when used",
            "`import loyaltykit` loads " + (", ".join(loaded["import loyaltykit"]) or "none of them"),
            "none of them",
            not loaded["import loyaltykit"],
        )
    )
    print(f"  imports: loyaltykit/httpx {lk.median:.2f}", flush=True)
    section.lines += [
        f"Milliseconds for the import statement alone, median (min-max) of {runs} fresh interpreters",
        "per statement, alternating; ratio to `import httpx` per round. Loaded: which of "
        + ", ".join(f"`{m}`" for m in WATCH)
        + " were in `sys.modules` afterwards.",
        "",
        "| statement | ms | / import httpx | loaded |",
        "|---|---|---|---|",
        *rows,
    ]
    section.lines += ["", *core_process_lines(section, 5 if quick else CORE_RUNS)]
    return section


def time_process(python: Path, statement: str, cwd: str) -> float:
    """Seconds for ``python -c statement`` from start to exit."""
    # Nothing of this checkout or of the caller's Python settings may reach the process.
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON") and k != "LOYALTYKIT_LOG"}
    start = time.perf_counter()
    result = subprocess.run(
        [str(python), "-c", statement], capture_output=True, text=True, cwd=cwd, env=env, timeout=60, check=False
    )
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{statement!r} failed in the core-only venv:\n{result.stderr[-2000:]}")
    return elapsed


def core_process_lines(section: Section, runs: int) -> list[str]:
    python = core_python()
    samples: dict[str, list[float]] = {name: [] for name in CORE_STATEMENTS}
    with tempfile.TemporaryDirectory() as cwd:
        for statement in CORE_STATEMENTS:  # untimed: the first run of each pays for the disk cache
            time_process(python, statement, cwd)
        for _ in range(runs):
            for statement in CORE_STATEMENTS:
                samples[statement].append(time_process(python, statement, cwd) * 1e3)
    reference = CORE_STATEMENTS[0]
    rows = []
    for statement in CORE_STATEMENTS:
        stat = Stat.of(samples[statement])
        ratio = Stat.of(ratios(samples[statement], samples[reference]))
        rows.append(f'| `python -c "{statement}"` | {stat.fmt(1)} | {ratio.fmt(2)} |')
        if statement != reference:
            section.targets.append(
                Target(
                    f"(3) whole process, core-only venv: `{statement}` / `{reference}`",
                    f"{ratio.median:.2f}x ({stat.median:.1f} ms vs {Stat.of(samples[reference]).median:.1f} ms)",
                    f"<= {CORE_TARGET_RATIO:.1f}x",
                    ratio.median <= CORE_TARGET_RATIO,
                )
            )
            print(f"  imports, core-only venv: {statement} / {reference} {ratio.median:.2f}", flush=True)
    return [
        "**Whole processes in a core-only venv** (the wheel, httpx and attrs only; `bench/_core_venv.py`).",
        f"Milliseconds from start to exit, median (min-max) of {runs} rounds, the three commands",
        f'alternating; ratio to `python -c "{reference}"` per round.',
        "",
        "| command | ms | / import httpx |",
        "|---|---|---|",
        *rows,
    ]
