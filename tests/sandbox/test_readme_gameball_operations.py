"""The sandbox README lists exactly which of Gameball's spec operations are served."""

from __future__ import annotations

from pathlib import Path

import loyaltykit.sandbox
from loyaltykit.sandbox import gameball
from loyaltykit.sandbox._routing import GAMEBALL_V40
from loyaltykit.sandbox._specs import load_spec

README = (Path(loyaltykit.sandbox.__file__).parent / "README.md").read_text()


def test_served_and_not_served_operations_are_listed() -> None:
    served_part, _, rest = README.partition("Not served (404 in Gameball's shape):")
    not_served_part = rest.split("\n\n", 1)[0]
    for path, item in load_spec("gameball")["paths"].items():
        if not path.startswith(GAMEBALL_V40):
            continue  # the spec's sample /plants operations
        for method in item:
            key = f"{method.upper()} {path}"
            shown = f"`{method.upper()} {path[len(GAMEBALL_V40) :]}"
            assert shown in (served_part if key in gameball.HANDLERS else not_served_part), key
