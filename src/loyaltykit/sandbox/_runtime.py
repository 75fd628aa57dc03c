"""The state one sandbox instance shares between its vendor modules and the admin API."""

from __future__ import annotations

import random
import string
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ._clock import Clock
from ._config import SandboxConfig
from ._faults import FaultInjector
from ._ratelimit import RateLimiter
from ._store import Db, Store
from ._webhooks import Webhooks
from ._wire import ApiError, Reply

_ALPHABET = string.ascii_uppercase + string.digits


@dataclass
class Runtime:
    config: SandboxConfig
    store: Store
    clock: Clock
    faults: FaultInjector
    limiter: RateLimiter
    hold_ttl_seconds: int
    webhooks: Webhooks
    _random: random.Random = field(init=False)
    _random_lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def __post_init__(self) -> None:
        # Seeded, so that a run replays; a restart on a database file continues in a new
        # generation instead of drawing the stored references again. The first generation
        # keeps the plain seed: recorded cassettes carry its references.
        generation = self.store.start_generation()
        seed = self.config.random_seed if generation == 1 else f"{self.config.random_seed}/{generation}"
        self._random = random.Random(seed)

    def token(self, length: int = 6, alphabet: str = _ALPHABET) -> str:
        """Random characters from the instance's seeded generator (codes, references)."""
        with self._random_lock:
            return "".join(self._random.choice(alphabet) for _ in range(length))

    def new_reference(self, db: Db, prefix: str, length: int = 12) -> str:
        """A reference (hold, coupon lock, external code) that no stored row carries yet."""
        while True:
            reference = f"{prefix}{self.token(length)}"
            if not db.is_stored_reference(reference):
                return reference

    def pin(self) -> str:
        return self.token(6, string.digits)


@dataclass(frozen=True)
class Call:
    """One vendor request after routing, auth and body validation."""

    params: dict[str, str]
    query: Mapping[str, str]
    body: Any


Handler = Callable[[Runtime, Call], Reply]


def require_str(body: Mapping[str, Any], name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ApiError(400, f"{name} is required", name="ValidationError")
    return value
