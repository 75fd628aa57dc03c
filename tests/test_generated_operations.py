"""Each generated operation module offers one public seam: ``OPERATION_ID`` and ``request(...)``."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

import normalise_spec
import pytest
from conftest import SPECS

PACKAGES = {
    "bonifiq": ("loyaltykit_bonifiq_api", "openapi.yaml"),
    "gameball": ("loyaltykit_gameball_api", "openapi.json"),
}
# What the generator writes per operation and nothing sends through any more.
UNUSED = ("sync", "sync_detailed", "asyncio", "asyncio_detailed", "_build_response", "_get_kwargs", "_parse_response")


def _operation_modules(package: str) -> list[ModuleType]:
    api = importlib.import_module(f"{package}.api")
    modules = [importlib.import_module(i.name) for i in pkgutil.walk_packages(api.__path__, prefix=f"{package}.api.")]
    return [m for m in modules if not hasattr(m, "__path__")]


@pytest.mark.parametrize("vendor", sorted(PACKAGES))
def test_no_generated_module_keeps_the_unused_functions(vendor: str) -> None:
    modules = _operation_modules(PACKAGES[vendor][0])
    assert modules
    kept = [f"{m.__name__}.{name}" for m in modules for name in UNUSED if hasattr(m, name)]
    assert kept == []
    assert all(callable(getattr(m, "request", None)) for m in modules)


@pytest.mark.parametrize("vendor", sorted(PACKAGES))
def test_every_operation_is_named_by_its_operation_id(vendor: str) -> None:
    package, document = PACKAGES[vendor]
    doc = normalise_spec.normalise(normalise_spec.load(SPECS / vendor / document), vendor)
    spec_ids = sorted(op["operationId"] for _, _, op in normalise_spec.operations(doc))
    assert sorted(m.OPERATION_ID for m in _operation_modules(package)) == spec_ids


def test_the_request_carries_everything_the_facade_sends() -> None:
    from loyaltykit_gameball_api.api.customers import get_customer_tier_progress

    request = get_customer_tier_progress.request("ana@example.com", expand="x", lang="ar")

    assert request.operation == get_customer_tier_progress.OPERATION_ID
    assert (request.method, request.url) == ("GET", "/api/v4.0/integrations/customers/ana%40example.com/tier-progress")
    assert (request.params, request.headers, request.json) == ({"expand": "x"}, {"lang": "ar"}, None)
    assert request.retry_safe is True
    assert "ana" not in repr(request)  # the URL can carry personal data
