"""Which vendor operation a request is: method + path template, matched on the raw path.

Matching runs on ``raw_path`` and decodes each path parameter exactly once, so a customer id
sent as ``ana%40example.com`` arrives as ``ana@example.com`` and ``a%2Fb`` stays one segment
(BonifiQ's POS demo percent-encodes an id, "/" included, as a single path segment).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote

from jsonschema.protocols import Validator

from ._specs import load_spec
from ._validation import Check, SpecSchemas

GAMEBALL_V40 = "/api/v4.0/integrations"
GAMEBALL_V41 = "/api/v4.1/integrations"
_PLACEHOLDER = re.compile(r"{([^}]+)}")


@dataclass(frozen=True)
class Operation:
    vendor: str
    method: str
    template: str  # as in the spec (Gameball: the v4.0 path)
    operation_id: str | None
    body_validator: Validator | None = field(compare=False, repr=False)
    # The same schema compiled to plain checks (None: jsonschema only); see _validation.
    body_check: Check | None = field(default=None, compare=False, repr=False)
    # Gameball: the spec's security lists secretkey for "sensitive" operations.
    needs_secret: bool = False
    list_response: bool = False  # BonifiQ paged lists answer errors in the list shape

    @property
    def key(self) -> str:
        return f"{self.method} {self.template}"

    def names(self) -> set[str]:
        """Every name a fault rule may use for this operation."""
        names = {self.key}
        if self.operation_id:
            names.add(self.operation_id)
        if self.template.startswith(GAMEBALL_V40):
            names.add(f"{self.method} {GAMEBALL_V41}{self.template[len(GAMEBALL_V40) :]}")
        return names


@dataclass(frozen=True)
class Match:
    operation: Operation
    params: dict[str, str]
    secure_mode: bool  # Gameball v4.1


def _compile(template: str, *, ignore_case: bool) -> re.Pattern[str]:
    pattern = ""
    for index, part in enumerate(_PLACEHOLDER.split(template)):
        pattern += re.escape(part) if index % 2 == 0 else f"(?P<{part}>[^/]+)"
    return re.compile(f"^{pattern}/?$", re.IGNORECASE if ignore_case else 0)


class OperationIndex:
    def __init__(self) -> None:
        self._routes: list[tuple[re.Pattern[str], Operation, bool]] = []

    def add_vendor(
        self, vendor: str, implemented: Iterable[str], *, strict: bool, null_optionals: bool = False
    ) -> None:
        """Index the spec operations named in ``implemented`` ("METHOD /path"); ``strict`` and
        ``null_optionals`` as for ``SpecSchemas``."""
        document = load_spec(vendor)
        schemas = SpecSchemas(document, strict=strict, null_optionals=null_optionals)
        wanted = set(implemented)
        routes: list[tuple[re.Pattern[str], Operation, bool]] = []
        for path, item in document["paths"].items():
            for method, op in item.items():
                key = f"{method.upper()} {path}"
                if key not in wanted:
                    continue
                wanted.discard(key)
                routes.extend(self._routes_for(vendor, method.upper(), path, op, schemas))
        if wanted:
            raise ValueError(f"not in the {vendor} spec: {sorted(wanted)}")
        # Literal segments win over placeholders (POST /Customer/upsert before /Customer/{id}).
        routes.sort(key=lambda route: route[1].template.count("{"))
        self._routes.extend(routes)

    @staticmethod
    def _routes_for(
        vendor: str, method: str, path: str, op: dict[str, Any], schemas: SpecSchemas
    ) -> list[tuple[re.Pattern[str], Operation, bool]]:
        body_schema = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
        security = op.get("security") or []
        validator, check = schemas.validators(body_schema) if body_schema else (None, None)
        operation = Operation(
            vendor=vendor,
            method=method,
            template=path,
            operation_id=op.get("operationId"),
            body_validator=validator,
            body_check=check,
            needs_secret=any("secretKey" in requirement for requirement in security),
            list_response="ListResponse" in str(op.get("responses", {}).get("200", "")),
        )
        if vendor == "bonifiq":
            # ASP.NET routing is case-insensitive.
            return [(_compile(path, ignore_case=True), operation, False)]
        v41 = GAMEBALL_V41 + path[len(GAMEBALL_V40) :]
        return [
            (_compile(path, ignore_case=False), operation, False),
            (_compile(v41, ignore_case=False), operation, True),
        ]

    def match(self, method: str, raw_path: str) -> Match | None:
        for pattern, operation, secure in self._routes:
            if operation.method != method:
                continue
            found = pattern.match(raw_path)
            if found:
                params = {name: unquote(value) for name, value in found.groupdict().items()}
                return Match(operation, params, secure)
        return None

    def operations(self) -> list[Operation]:
        seen: dict[str, Operation] = {}
        for _, operation, _ in self._routes:
            seen.setdefault(operation.key, operation)
        return list(seen.values())


def vendor_of_path(raw_path: str) -> str | None:
    if raw_path.lower().startswith("/v1/pvt/"):
        return "bonifiq"
    if raw_path.startswith((GAMEBALL_V40 + "/", GAMEBALL_V41 + "/")):
        return "gameball"
    return None
