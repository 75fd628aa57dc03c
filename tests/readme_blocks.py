"""The Python blocks of README.md, for the tests that run them (and type-check them).

A block is the text between a fence opening with ``python`` and the closing fence. A block that
defines ``test_`` functions is a pytest file (``kind == "pytest"``); any other is a script
(``kind == "script"``). A block that is only part of a program (a fragment, which cannot run as
written) says so on the line right above its fence, and is then ``kind == "fragment"``::

    <!-- readme: fragment -->

Use the marker sparingly: the README's examples are what integrators copy, so a block that
does not run is better fixed than marked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
FRAGMENT_MARKER = "<!-- readme: fragment -->"

_OPENING = re.compile(r"^```python\s*$")
_CLOSING = re.compile(r"^```\s*$")
_TEST_FUNCTION = re.compile(r"^(async\s+)?def\s+test_", re.MULTILINE)


@dataclass(frozen=True)
class Block:
    line: int
    """The README's line number (1-based) of the block's first line of code."""
    code: str
    kind: str
    """``"script"``, ``"pytest"`` or ``"fragment"``."""

    @property
    def name(self) -> str:
        """A test id: ``README.md:29``."""
        return f"README.md:{self.line}"


def python_blocks(path: Path = README) -> list[Block]:
    """Every ``python`` block of ``path``, in order, with its line number and kind."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        if not _OPENING.match(lines[index]):
            index += 1
            continue
        start = index + 1
        end = start
        while end < len(lines) and not _CLOSING.match(lines[end]):
            end += 1
        if end == len(lines):
            raise ValueError(f"{path.name}:{index + 1}: a python block is never closed")
        code = "\n".join(lines[start:end]) + "\n"
        if index > 0 and lines[index - 1].strip() == FRAGMENT_MARKER:
            kind = "fragment"
        elif _TEST_FUNCTION.search(code):
            kind = "pytest"
        else:
            kind = "script"
        blocks.append(Block(line=start + 1, code=code, kind=kind))
        index = end + 1
    return blocks
