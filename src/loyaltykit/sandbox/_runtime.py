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
from ._store import Store
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
    _random: random.Random = field(init=False)
    _random_lock: threading.Lock = field(default_factory=threading.Lock, init=False)

    def __post_init__(self) -> None:
        self._random = random.Random(self.config.random_seed)

    def token(self, length: int = 6, alphabet: str = _ALPHABET) -> str:
        """Random characters from the instance's seeded generator (codes, references)."""
        with self._random_lock:
            return "".join(self._random.choice(alphabet) for _ in range(length))

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
