"""The outbox tests' sandbox, journal and terminals (``tests/outbox/conftest.py``), for the workers."""

from outbox.conftest import journal, outbox_sandbox, sandbox, terminal, vendor

__all__ = ["journal", "outbox_sandbox", "sandbox", "terminal", "vendor"]
