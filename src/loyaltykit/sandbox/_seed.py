"""Seed data: fake people only (example.com e-mails, obviously fake CPFs, 90000-000x phones)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from ._clock import iso
from ._runtime import Runtime
from ._store import Db

SEEDS = ("demo", "empty")


@dataclass(frozen=True)
class SeedCustomer:
    external_id: str
    name: str
    document: str
    email: str | None
    phone: str | None
    points: int
    cashback: Decimal
    tier: str | None
    should_validate: bool = False
    is_enrolled: bool = True
    bonifiq_coupons: int = 0


DEMO_CUSTOMERS = (
    # Everything usable, no PIN, 123 coupons so that paging (<= 50 per page) is exercised.
    SeedCustomer(
        "ana@example.com",
        "Ana Exemplo",
        "00000000191",
        "ana@example.com",
        "+55 11 90000-0001",
        1500,
        Decimal("25.00"),
        "Ouro",
        bonifiq_coupons=123,
    ),
    # Needs PIN validation (ShouldValidateCustomer) and has both contacts.
    SeedCustomer(
        "bruno@example.com",
        "Bruno Teste",
        "00000000272",
        "bruno@example.com",
        "+55 11 90000-0002",
        800,
        Decimal("0.00"),
        "Prata",
        should_validate=True,
    ),
    # Few points: cannot use the 100-point reward (CannotUseReason 1 NotEnoughPoints); e-mail only.
    SeedCustomer(
        "carla@example.com",
        "Carla Demo",
        "00000000353",
        "carla@example.com",
        None,
        50,
        Decimal("5.00"),
        "Bronze",
        should_validate=True,
    ),
    # Identified by CPF digits like the vendor's demo; no phone nor e-mail: the challenge
    # answers ShouldInformPhone / ShouldInformEmail.
    SeedCustomer(
        "00000000434", "Diego Ficticio", "00000000434", None, None, 300, Decimal("10.00"), None, should_validate=True
    ),
    # Not enrolled: ShouldValidateCustomerSignup, every reward CannotUseReason 7.
    SeedCustomer(
        "eva@example.com",
        "Eva Amostra",
        "00000000515",
        "eva@example.com",
        "+55 11 90000-0005",
        0,
        Decimal("0.00"),
        None,
        is_enrolled=False,
    ),
)

# (id, title, type, value, points, min purchase, cumulative, requirements, product fields...)
DEMO_REWARDS = (
    (
        1,
        "R$10,00 de desconto",
        1,
        "10",
        100,
        "50",
        1,
        "Válido para compras acima de R$50,00",
        None,
        None,
        None,
        None,
        None,
        None,
    ),
    (
        2,
        "15% de desconto",
        0,
        "15",
        300,
        "0",
        0,
        "Não cumulativo com outros descontos",
        None,
        None,
        None,
        None,
        None,
        None,
    ),
    (3, "Usar Cashback", 3, "1", 0, "0", 1, None, None, None, None, None, None, None),
    (4, "20% na Camiseta", 5, "0", 150, "0", 1, None, "SKU-100", "Camiseta", 0, "20", 1, 50),
    (5, "Brinde: Caneca", 5, "0", 400, "0", 1, None, "SKU-200", "Caneca", 2, "0", 1, 10),
    (
        6,
        "R$50,00 de desconto",
        1,
        "50",
        5000,
        "100",
        1,
        "Válido para compras acima de R$100,00",
        None,
        None,
        None,
        None,
        None,
        None,
    ),
)
_REWARD_COLUMNS = (
    "id", "title", "reward_type", "value", "points", "min_purchase", "cumulative", "requirements",
    "external_product_id", "product_display_name", "product_discount_mode", "product_discount_value",
    "product_max_units", "product_available_quantity",
)  # fmt: skip


def apply_seed(rt: Runtime, name: str) -> None:
    if name not in SEEDS:
        raise ValueError(f"unknown seed {name!r}; known: {', '.join(SEEDS)}")
    if name == "empty":
        return
    with rt.store.transaction() as db:
        _demo(rt, db)


def _demo(rt: Runtime, db: Db) -> None:
    now = rt.clock.now()
    at = iso(now)
    for row in DEMO_REWARDS:
        db.insert("reward_configs", dict(zip(_REWARD_COLUMNS, row, strict=True)))
    for seed in DEMO_CUSTOMERS:
        for vendor in ("bonifiq", "gameball"):
            customer_id = db.insert(
                "customers",
                {
                    "vendor": vendor,
                    "external_id": seed.external_id,
                    "name": seed.name,
                    "email": seed.email,
                    "phone": seed.phone,
                    "document": seed.document,
                    "is_enrolled": seed.is_enrolled,
                    "should_validate": seed.should_validate,
                    "tier_name": seed.tier,
                    "created_at": at,
                },
            )
            cashback = seed.cashback if vendor == "bonifiq" else Decimal(0)
            if seed.points or cashback:
                db.move(customer_id, cause="seed", ref="demo", at=at, points=seed.points, cashback=cashback)
            coupons = seed.bonifiq_coupons if vendor == "bonifiq" else min(seed.bonifiq_coupons, 3)
            for n in range(coupons):
                db.insert(
                    "coupons",
                    {
                        "customer_id": customer_id,
                        "code": f"SBX-{seed.document[-3:]}-{n + 1:04d}",
                        "name": f"Cupom {n + 1}",
                        "coupon_type": n % 2,  # 0 FixedValue, 1 Percent
                        "value": Decimal(5 + n % 4 * 5),
                        "created_at": at,
                        "valid_start": at,
                        "valid_end": iso(now + timedelta(days=30)),
                    },
                )
