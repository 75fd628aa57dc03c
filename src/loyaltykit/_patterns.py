"""Regular expressions compiled on first use, not on import.

Compiling every pattern of the core when the module loads was a measurable part of ``from
loyaltykit import BonifiQ`` (bench/results.md, section 2), and most are only needed on an error
or a log line.
"""

from __future__ import annotations

import re


class LazyPattern:
    """``re.compile(pattern, flags)``, done the first time ``.compiled`` is read."""

    __slots__ = ("_compiled", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"
