"""The ``loyaltykit`` logger, switched on with ``LOYALTYKIT_LOG=debug|info``.

Only redacted values reach it: see ``_redaction``.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("loyaltykit")

_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def configure_from_env() -> None:
    """Attach a stderr handler at the level ``LOYALTYKIT_LOG`` names, once per process.

    Without the variable nothing is configured, and the application's own logging setup
    decides what the ``loyaltykit`` logger emits.
    """
    level = _LEVELS.get(os.environ.get("LOYALTYKIT_LOG", "").strip().lower())
    if level is None or getattr(logger, "_loyaltykit_configured", False):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    logger._loyaltykit_configured = True  # type: ignore[attr-defined]
