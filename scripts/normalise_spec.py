"""Rewrite a vendored OpenAPI document into the form openapi-python-client needs.

The vendored files under ``specs/`` stay exactly as the vendors publish them (or, for
BonifiQ, as rebuilt from its pages). Everything the generator needs on top of that is a
rule here, and each rule says why it exists. The output goes to a temporary file that
only the generator reads; nobody commits it.

Usage: python scripts/normalise_spec.py VENDORED_SPEC OUTPUT_JSON
"""

from __future__ import annotations

import copy
import json
import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

Schema = dict[str, Any]
Document = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# Gameball's documented error body (https://docs.gameball.co/api-reference/overview/status-error-codes).
GAMEBALL_ERROR_SCHEMA: Schema = {
    "type": "object",
    "description": "Gameball's documented error body, returned with every non-2XX status.",
    "properties": {
        "code": {"type": "integer", "description": "Gameball's internal error code, e.g. 1000."},
        "type": {"type": "string", "description": "Error category, e.g. AUTHENTICATION_ERROR."},
        "message": {"type": "string", "description": "What caused the error."},
        "documentationUrl": {"type": "string", "description": "Link to the relevant documentation."},
        "requestId": {"type": "string", "description": "Identifier of the request, for support."},
    },
}


def load(path: Path) -> Document:
    text = path.read_text(encoding="utf-8")
    loaded = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    if not isinstance(loaded, dict):
        raise SystemExit(f"{path}: not an OpenAPI document")
    return loaded


def is_openapi_31(doc: Document) -> bool:
    return str(doc.get("openapi", "")).startswith("3.1")


def operations(doc: Document) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


SCHEMA_CHILDREN = ("items", "additionalProperties", "not")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")


def _schema_tree(schema: Any) -> Iterator[Schema]:
    if not isinstance(schema, dict):
        return
    yield schema
    for prop in schema.get("properties", {}).values():
        yield from _schema_tree(prop)
    for key in SCHEMA_CHILDREN:
        yield from _schema_tree(schema.get(key))
    for key in SCHEMA_LISTS:
        for variant in schema.get(key, []):
            yield from _schema_tree(variant)


def _media_types(doc: Document) -> Iterator[dict[str, Any]]:
    def content_of(holder: Any) -> Iterator[dict[str, Any]]:
        if isinstance(holder, dict):
            yield from holder.get("content", {}).values()

    components = doc.get("components", {})
    for holder in [*components.get("responses", {}).values(), *components.get("requestBodies", {}).values()]:
        yield from content_of(holder)
    for _, _, op in operations(doc):
        yield from content_of(op.get("requestBody"))
        for response in op.get("responses", {}).values():
            yield from content_of(response)


def walk_schemas(doc: Document) -> Iterator[Schema]:
    """Every schema object of the document: components, parameters, bodies, and all nested ones."""
    components = doc.get("components", {})
    for schema in components.get("schemas", {}).values():
        yield from _schema_tree(schema)
    for param in components.get("parameters", {}).values():
        yield from _schema_tree(param.get("schema"))
    for _, _, op in operations(doc):
        for param in op.get("parameters", []):
            yield from _schema_tree(param.get("schema"))
    for media in _media_types(doc):
        yield from _schema_tree(media.get("schema"))


def object_schemas(doc: Document) -> Iterator[Schema]:
    for node in walk_schemas(doc):
        if isinstance(node.get("properties"), dict):
            yield node


# --------------------------------------------------------------------------- rules


def rename_enum_names(doc: Document) -> None:
    """``x-enumNames`` (what .NET/NSwag emits, BonifiQ's form) becomes ``x-enum-varnames``.

    Why: the generator reads only ``x-enum-varnames``; without this, members come out as
    ``VALUE_0`` instead of ``CouponType.FIXED_VALUE``.
    """
    for node in walk_schemas(doc):
        if "x-enumNames" in node and "enum" in node:
            node["x-enum-varnames"] = node.pop("x-enumNames")


def keep_unknown_fields(doc: Document) -> None:
    """Drop ``additionalProperties: false``.

    Why: with it the generated models silently discard fields the server adds later; without
    it they keep them in ``additional_properties`` where the facade can read them.
    """
    for node in walk_schemas(doc):
        if node.get("additionalProperties") is False:
            del node["additionalProperties"]


def _request_only_objects(doc: Document) -> list[Schema]:
    """The object schemas that only ever describe what the SDK sends.

    The schemas of request bodies, inline or in components, less any component schema a
    response also uses (directly or nested): such a schema is parsed too, so it stays tolerant.
    """
    schemas, bodies, sent, parsed = _component_reach(doc)
    request_only = sent - parsed
    roots = [schemas[name] for name in sorted(request_only) if name in schemas]
    for body in bodies:
        if isinstance(body, dict):
            roots += [media.get("schema") for media in body.get("content", {}).values()]
    return [node for root in roots for node in _schema_tree(root) if isinstance(node.get("properties"), dict)]


def _component_reach(doc: Document) -> tuple[dict[str, Any], list[Any], set[str], set[str]]:
    """(component schemas, request bodies, names the bodies reach, names the responses reach)."""
    components = doc.get("components", {})
    schemas = components.get("schemas", {})
    bodies = [op.get("requestBody") for _, _, op in operations(doc)]
    bodies += list(components.get("requestBodies", {}).values())
    responses = [op.get("responses") for _, _, op in operations(doc)]
    responses += list(components.get("responses", {}).values())
    return schemas, bodies, _reachable_schemas(bodies, schemas), _reachable_schemas(responses, schemas)


PARAM_SUFFIX = "Param"


def _rename_refs(node: Any, renames: dict[str, str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_SCHEMA_REF) and ref[len(_SCHEMA_REF) :] in renames:
            node["$ref"] = _SCHEMA_REF + renames[ref[len(_SCHEMA_REF) :]]
        for value in node.values():
            _rename_refs(value, renames)
    elif isinstance(node, list):
        for value in node:
            _rename_refs(value, renames)


def split_shared_schemas(doc: Document) -> None:
    """An object schema that both a request body and a response use is copied for requests as
    ``<Name>Param`` (BonifiQ's ``CreateOrderBranch`` -> ``CreateOrderBranchParam`` in what is sent).

    Why: a model the SDK parses has every field (``T | None``, see ``present_parsed_fields``),
    while a model it sends must keep "omit this field"; one class cannot be both. The suffix is
    the one Stainless-generated SDKs give their request types. Enums are shared as they are.
    """
    schemas, bodies, sent, parsed = _component_reach(doc)
    shared = sorted(name for name in sent & parsed if isinstance(schemas.get(name, {}).get("properties"), dict))
    if not shared:
        return
    renames = {name: name + PARAM_SUFFIX for name in shared}
    for name, copy_name in renames.items():
        if copy_name in schemas:
            raise ValueError(f"cannot copy schema {name} for requests: {copy_name} exists")
        schemas[copy_name] = copy.deepcopy(schemas[name])
        if "title" in schemas[copy_name]:
            schemas[copy_name]["title"] += PARAM_SUFFIX
    request_side = [schemas[name] for name in sorted(sent - parsed) if name in schemas]
    request_side += [schemas[copy_name] for copy_name in renames.values()]
    _rename_refs([bodies, request_side], renames)


def tolerate_missing_fields(doc: Document) -> None:
    """Drop the ``required`` lists of object schemas, except those only requests use.

    Why: a server that omits a documented field would make ``from_dict`` raise ``KeyError``, so
    nothing a response carries keeps its ``required`` list. A request body's schema that no
    response uses is never parsed: its ``required`` fields stay required (and non-null, see
    ``tolerate_null_fields``), so the generated model cannot be built without them and the
    type checker says so before anything is sent.
    """
    keep = {id(node) for node in _request_only_objects(doc)}
    for node in object_schemas(doc):
        if id(node) not in keep:
            node.pop("required", None)


def type_unions_by_their_variants(doc: Document) -> None:
    """In an OpenAPI 3.0 document, a ``type`` beside ``oneOf`` / ``anyOf`` is dropped.

    Why: in 3.0 ``nullable: true`` takes effect only beside a ``type``, so the vendored file
    writes a nullable reference as ``type: object, nullable: true, oneOf: [$ref]``; the
    generator reads such a ``type`` as one more member of the union (a raw dict beside the
    model). The variants say the type; ``nullable`` alone makes the generator add ``None``.
    """
    if is_openapi_31(doc):
        return
    for node in walk_schemas(doc):
        if "type" in node and ("oneOf" in node or "anyOf" in node):
            del node["type"]


def _nullable_31(schema: Schema) -> Schema:
    if "$ref" in schema or "allOf" in schema:
        return {"anyOf": [schema, {"type": "null"}]}
    if "anyOf" in schema or "oneOf" in schema:
        key = "anyOf" if "anyOf" in schema else "oneOf"
        variants = schema[key]
        if not any(v.get("type") == "null" for v in variants):
            schema[key] = [*variants, {"type": "null"}]
        return schema
    if "enum" in schema:
        # A type list plus a None in the enum makes the generator emit several copies of the
        # enum class; a union with null gives one class, optional.
        return {"anyOf": [schema, {"type": "null"}]}
    kind = schema.get("type")
    if isinstance(kind, str):
        schema["type"] = [kind, "null"]
    elif isinstance(kind, list) and "null" not in kind:
        schema["type"] = [*kind, "null"]
    return schema


def _nullable_30(schema: Schema) -> Schema:
    if "$ref" in schema:
        ref = schema.pop("$ref")
        return {**schema, "nullable": True, "oneOf": [{"$ref": ref}]}
    if "allOf" in schema and len(schema["allOf"]) == 1:
        return {**{k: v for k, v in schema.items() if k != "allOf"}, "nullable": True, "oneOf": schema["allOf"]}
    schema["nullable"] = True
    return schema


def tolerate_null_fields(doc: Document) -> None:
    """Every property of every object schema, and every array item, accepts ``null``.

    Why: a null where the spec says non-null must not break a call. Without this a ``$ref``
    property receiving null crashes ``from_dict`` with ``TypeError`` (also the case for the
    vendor's own ``$ref`` + ``nullable: true`` form, whose sibling the generator ignores), and
    a null date or enum crashes its parser. A required field of a request-only schema is the
    exception: nothing parses it, and sending it as null would not be what the vendor requires.
    """
    make_nullable = _nullable_31 if is_openapi_31(doc) else _nullable_30
    for node in list(object_schemas(doc)):
        # What ``tolerate_missing_fields`` left required is only ever sent, never parsed.
        required = set(node.get("required", ()))
        for name, prop in list(node["properties"].items()):
            if isinstance(prop, dict) and name not in required:
                node["properties"][name] = make_nullable(prop)


def present_parsed_fields(doc: Document) -> None:
    """Every property of an object schema a response carries is required, and the schema is
    marked ``x-loyaltykit-parsed``.

    Why: with ``tolerate_null_fields`` every such property already accepts null, so the
    generated field is ``T | None``, never ``Unset``: a type checker needs no third case and a
    repr shows no sentinel. The model template reads the marker to parse a missing field as
    None (never a ``KeyError``) and to give every field the default None. Request-only
    schemas keep ``Unset``: there it means "omit this field".
    """
    keep = {id(node) for node in _request_only_objects(doc)}
    for node in object_schemas(doc):
        if id(node) not in keep:
            node["required"] = list(node["properties"])
            node["x-loyaltykit-parsed"] = True


_SCHEMA_REF = "#/components/schemas/"


def _schema_refs(node: Any) -> Iterator[str]:
    """Names of the component schemas ``node`` refers to directly."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_SCHEMA_REF):
            yield ref[len(_SCHEMA_REF) :]
        for value in node.values():
            yield from _schema_refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _schema_refs(value)


def _reachable_schemas(node: Any, schemas: dict[str, Any]) -> set[str]:
    """Names of the component schemas ``node`` uses, directly or through other schemas."""
    found: set[str] = set()
    pending = list(_schema_refs(node))
    while pending:
        name = pending.pop()
        if name not in found:
            found.add(name)
            pending.extend(_schema_refs(schemas.get(name)))
    return found


# The published Gameball file still carries the sample of the OpenAPI starter its documentation
# site was built from: a plant store, with no relation to Gameball.
SAMPLE_PATH = re.compile(r"^/plants?(/|$)")


def drop_sample_operations(doc: Document) -> None:
    """The ``/plants`` operations and ``/plant/webhook`` webhook, and the schemas only they use
    (``Plant``, ``NewPlant``), are removed.

    Why: they are the documentation template's sample plant store, not Gameball endpoints
    (every Gameball path starts with ``/api/v4.0/integrations``); generated, they would be
    methods and models that call nothing real. The vendored file keeps them, as published.
    """
    dropped = [
        section.pop(path)
        for section in (doc.get("paths", {}), doc.get("webhooks", {}))
        for path in list(section)
        if SAMPLE_PATH.match(path)
    ]
    schemas = doc.get("components", {}).get("schemas", {})
    candidates = _reachable_schemas(dropped, schemas)
    rest = {**doc, "components": {**doc.get("components", {}), "schemas": {}}}
    roots = [rest, *(schema for name, schema in schemas.items() if name not in candidates)]
    for name in candidates - _reachable_schemas(roots, schemas):
        del schemas[name]


def replace_gameball_error_schema(doc: Document) -> None:
    """Gameball's generic ``Error`` schema ({error, message}) becomes its documented body.

    Why: the published schema is template residue that matches no real response; the
    documented body is {code, type, message, documentationUrl, requestId}.
    """
    schemas = doc.get("components", {}).get("schemas", {})
    if "Error" in schemas:
        schemas["Error"] = copy.deepcopy(GAMEBALL_ERROR_SCHEMA)


def document_error_statuses(doc: Document) -> None:
    """Every Gameball operation documents its 4XX and 5XX bodies as the ``Error`` schema.

    Why: an undocumented status makes the generated parser return None; the facade maps
    statuses itself but the generated layer should still know the error body's shape.
    """
    error_ref = {"$ref": "#/components/schemas/Error"}
    for _, _, op in operations(doc):
        responses = op.setdefault("responses", {})
        for status in ("4XX", "5XX"):
            if status not in responses:
                responses[status] = {
                    "description": "Error",
                    "content": {"application/json": {"schema": copy.deepcopy(error_ref)}},
                }


def ensure_responses(doc: Document) -> None:
    """An operation that documents no success answer gets a bare ``200``.

    Why: the published Gameball document has such operations (POST /transactions/otp has no
    ``responses`` at all); the generator refuses the whole document when a single operation
    lacks ``responses``, and a parser that knows no success status refuses every answer. It
    runs after the vendor rules, which may already have added the error statuses.
    """
    for _, _, op in operations(doc):
        responses = op.setdefault("responses", {})
        if not any(str(status).startswith("2") for status in responses):
            responses["200"] = {"description": "Success"}


_TAG_WORDS = re.compile(r"[^a-zA-Z0-9]+")


def tag_untagged_operations(doc: Document) -> None:
    """An untagged operation is tagged by the first path segment after the API prefix.

    Why: the generator puts untagged operations in one ``default`` module; the facade's
    resources follow the vendor's grouping (customers, transactions, coupons...), which the
    path states.
    """
    for path, _, op in operations(doc):
        if op.get("tags"):
            continue
        segments = [s for s in path.split("/") if s and not s.startswith("{")]
        try:
            start = segments.index("integrations") + 1
        except ValueError:
            start = 0
        segment = segments[start] if start < len(segments) else "default"
        op["tags"] = [_TAG_WORDS.sub(" ", segment).title().replace(" ", "")]


def drop_examples(doc: Document) -> None:
    """Remove ``example`` / ``examples`` from schemas and media types.

    Why: the generator copies examples into docstrings verbatim, which bloats the code and
    carries sample personal data into it. The vendored file keeps them; the tests read them
    from there as fixtures.
    """
    for node in [*walk_schemas(doc), *_media_types(doc)]:
        node.pop("example", None)
        node.pop("examples", None)


def give_arrays_items(doc: Document) -> None:
    """An array schema without ``items`` gets ``items: {}`` (any value).

    Why: several Gameball arrays omit ``items``; the generator cannot make such an array
    nullable (``Invalid property in union``) and drops the whole enclosing model.
    """
    for node in walk_schemas(doc):
        kind = node.get("type")
        if (kind == "array" or (isinstance(kind, list) and "array" in kind)) and "items" not in node:
            node["items"] = {}


_PATH_PARAM = re.compile(r"{([^}]+)}")


def match_path_parameters(doc: Document) -> None:
    """A lone path parameter whose name is not the path's placeholder is renamed to it.

    Why: Gameball's DELETE /orders/{orderId}/transactions declares ``customerId`` (copied
    from another operation); the generator skips operations whose parameters do not match
    the path template. With one placeholder and one path parameter the intent is plain.
    """
    for path, _, op in operations(doc):
        placeholders = _PATH_PARAM.findall(path)
        params = [p for p in op.get("parameters", []) if p.get("in") == "path"]
        if len(placeholders) == 1 and len(params) == 1 and params[0]["name"] != placeholders[0]:
            params[0]["name"] = placeholders[0]
            params[0]["description"] = f"{params[0].get('description', '')} (renamed by the normaliser)".strip()


_API_PREFIX = re.compile(r"^/api/v[0-9.]+/integrations")


def name_unnamed_operations(doc: Document) -> None:
    """An operation without ``operationId`` is named from its method and path, minus the prefix.

    Why: the generator otherwise names it from the full path (``post_api_v4_0_integrations_
    transactions_hold``) and so are its models; ``post_transactions_hold`` reads better and does
    not change when the facade switches API version.
    """
    for path, method, op in operations(doc):
        if op.get("operationId"):
            continue
        words = [w for w in _TAG_WORDS.split(_API_PREFIX.sub("", path)) if w]
        op["operationId"] = "_".join([method, *words])


def own_keys_as_parameters(doc: Document) -> None:
    """An operation that replaces the document's ``security`` with an API key in a header takes
    that header as a parameter (required when every alternative it accepts needs it).

    Why: the generator ignores ``security``, and the client sends the document's scheme on every
    request (BonifiQ: Basic credentials). BonifiQ's Public APIs operations take ``X-BQ-ApiToken``
    instead, which only a parameter puts in the request the generated code describes. Not a
    Gameball rule: there every operation names its keys, and the client sends them all.
    """
    schemes = doc.get("components", {}).get("securitySchemes", {})
    for _, _, op in operations(doc):
        requirements = op.get("security")
        if not requirements or requirements == doc.get("security"):
            continue
        for name in sorted({name for requirement in requirements for name in requirement}):
            scheme = schemes.get(name, {})
            if scheme.get("type") != "apiKey" or scheme.get("in") != "header":
                continue
            params = op.setdefault("parameters", [])
            if any(p.get("in") == "header" and str(p.get("name")).lower() == scheme["name"].lower() for p in params):
                continue
            params.append(
                {
                    "name": scheme["name"],
                    "in": "header",
                    "required": all(name in requirement for requirement in requirements),
                    "description": scheme.get("description", f"The {name} API key."),
                    "schema": {"type": "string"},
                }
            )


# POST operations that only read: a query with a body (BonifiQ) or a calculation or preview that
# records nothing (Gameball). Each is safe to send again after a failure, as a GET is.
READ_ONLY_POSTS: dict[str, dict[str, str]] = {
    "bonifiq": {
        "/v1/pvt/POS/rewards/available": "lists the rewards a purchase could use",
        "/v1/pvt/Customer/{id}/availablecoupons": "lists the customer's unused coupons",
        "/v1/pvt/Customer/{id}/history": "a page of the customer's history",
        "/v1/pvt/Product/points": "estimates the points of products",
        "/v1/pvt/Tiers/available": "the customer's current and next tiers",
        "/v1/pub/Product/points": "estimates the points of a product",
        "/v1/pub/Product/pointslist": "estimates the points and cashback of products",
    },
    "gameball": {
        "/api/v4.0/integrations/payments/cashback": "calculates a payment's cashback",
        "/api/v4.0/integrations/orders/cashback": "calculates an order's cashback",
        "/api/v4.0/integrations/orders/reward-preview": "previews an order's rewards",
        "/api/v4.0/integrations/events/reward-preview": "previews events' rewards",
    },
}


def _mark_read_only_posts(doc: Document, vendor: str) -> None:
    """The POSTs of ``READ_ONLY_POSTS`` get ``x-loyaltykit-read-only`` (the reason), which the
    endpoint template reads as "safe to repeat" (``OperationRequest.retry_safe``).

    Why: both APIs use POST for some queries, and the facade retries only what is safe to send
    again; marked here, every method and ``client.call`` of the operation is retried alike.
    (tests/test_normalise_spec.py checks that every path of the table is in the vendored spec.)
    """
    paths = doc.get("paths", {})
    for path, reason in READ_ONLY_POSTS[vendor].items():
        operation = paths.get(path, {}).get("post")
        if operation is not None:
            operation["x-loyaltykit-read-only"] = reason


def mark_bonifiq_read_only_posts(doc: Document) -> None:
    _mark_read_only_posts(doc, "bonifiq")


def mark_gameball_read_only_posts(doc: Document) -> None:
    _mark_read_only_posts(doc, "gameball")


RULES: dict[str, list[Callable[[Document], None]]] = {
    "common": [
        rename_enum_names,
        give_arrays_items,
        match_path_parameters,
        keep_unknown_fields,
        split_shared_schemas,
        tolerate_missing_fields,
        type_unions_by_their_variants,
        tolerate_null_fields,
        ensure_responses,
        drop_examples,
    ],
    "gameball": [
        drop_sample_operations,
        replace_gameball_error_schema,
        document_error_statuses,
        tag_untagged_operations,
        name_unnamed_operations,
        mark_gameball_read_only_posts,
    ],
    "bonifiq": [own_keys_as_parameters, mark_bonifiq_read_only_posts],
}


# Rules for the generator only: ``present_parsed_fields`` lists every field of a response as
# required so that the generated type is ``T | None``; as JSON Schema that would say a response
# must carry them all, which neither vendor promises, so a document that validates responses
# (the sandbox's conformance tests) is normalised without it.
GENERATOR_RULES: list[Callable[[Document], None]] = [present_parsed_fields]


def normalise(doc: Document, vendor: str, *, for_generator: bool = True) -> Document:
    doc = copy.deepcopy(doc)
    # Vendor rules first: the Error schema must be replaced before the common rules make
    # its fields tolerant.
    for rule in RULES[vendor] + RULES["common"] + (GENERATOR_RULES if for_generator else []):
        rule(doc)
    return doc


def vendor_of(path: Path) -> str:
    return path.parent.name


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    source, target = Path(argv[1]), Path(argv[2])
    result = normalise(load(source), vendor_of(source))
    target.write_text(json.dumps(result, indent=1, sort_keys=False, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
