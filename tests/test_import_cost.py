"""``from loyaltykit import BonifiQ, Gameball`` loads neither generated package nor any resource module.

Resources are created on first access (``LazyResource``), so the generated request builders and
models load with the first resource used, not with the client: the whole-process cost of the
import stays close to httpx's own (bench/results.md).
"""

from __future__ import annotations

import json
import subprocess
import sys

PROBE = """
import json, sys
from loyaltykit import BonifiQ, Gameball
before = sorted(sys.modules)
BonifiQ("t", "k", journal=":memory:").close()
Gameball("a", "s", journal=":memory:").close()
client = BonifiQ("t", "k", journal=":memory:")
client.customers
client.tiers
print(json.dumps({"import": before, "built": sorted(sys.modules)}))
"""


def _modules() -> dict[str, list[str]]:
    run = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60, check=True)
    result: dict[str, list[str]] = json.loads(run.stdout)
    return result


def _loaded(modules: list[str], *prefixes: str) -> list[str]:
    return [name for name in modules if name.startswith(prefixes)]


def test_importing_the_clients_loads_no_generated_package_and_no_resource() -> None:
    modules = _modules()

    generated = ("loyaltykit_bonifiq_api", "loyaltykit_gameball_api")
    resources = ("loyaltykit.bonifiq.resources", "loyaltykit.gameball.resources", "loyaltykit.bonifiq.types")
    assert _loaded(modules["import"], *generated, *resources) == []
    # asyncio (a sixth of the import) waits for an async client's first retry.
    assert "asyncio" not in modules["import"]
    # attrs (~30 ms in a whole process, more than loyaltykit's own modules) loads with the first
    # client, whose calls' generated models need it; the import itself defines no attrs class.
    assert _loaded(modules["import"], "attr") == []
    assert "attrs" in modules["built"]
    # A client with no resource used yet has not loaded them either; the first one used loads its own.
    assert "loyaltykit.bonifiq.resources.customers" in modules["built"]
    assert _loaded(modules["built"], "loyaltykit.bonifiq.resources.pos", "loyaltykit.gameball.resources") == []
    # A resource with only generated methods loads its own module, and no other tag's.
    assert "loyaltykit.bonifiq.resources._generated.tiers" in modules["built"]
    assert "loyaltykit.bonifiq.resources._generated.affiliates" not in modules["built"]
