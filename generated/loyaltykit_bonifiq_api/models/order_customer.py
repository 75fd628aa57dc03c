from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="OrderCustomer")


@_attrs_define
class OrderCustomer:
    """Buyer registration (internal customer entity as returned inside orders)."""

    id: int | None = None
    original_id: None | str = None
    name: None | str = None
    email: None | str = None
    phone: None | str = None
    birthday_date: datetime.datetime | None = None
    signup_date: datetime.datetime | None = None
    document: None | str = None
    is_enrolled: bool | None = None
    points_balance: int | None = None
    balance_of_points: int | None = None
    cashback: Decimal | None = None
    birthday_update_date: datetime.datetime | None = None
    first_name: None | str = None
    public_id: None | str = None
    secondary_id: None | str = None
    order_count: int | None = None
    reason_enrolled: None | str = None
    admin_id: int | None = None
    email_admin: None | str = None
    enrolled_date: datetime.datetime | None = None
    tier_name: None | str = None
    origin: int | None = None
    """ Customer origin (rendered as an enum; names not documented). """
    rfm_group: int | None = None
    """ RFM group (rendered as an enum; names not documented). """
    rfm_group_name: None | str = None
    affiliate: CustomerAffiliate | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "original_id",
                "name",
                "email",
                "phone",
                "birthday_date",
                "signup_date",
                "document",
                "is_enrolled",
                "points_balance",
                "balance_of_points",
                "cashback",
                "birthday_update_date",
                "first_name",
                "public_id",
                "secondary_id",
                "order_count",
                "reason_enrolled",
                "admin_id",
                "email_admin",
                "enrolled_date",
                "tier_name",
                "origin",
                "rfm_group",
                "rfm_group_name",
                "affiliate",
            ),
            frozenset(
                (
                    "email",
                    "phone",
                    "birthday_date",
                    "document",
                    "birthday_update_date",
                    "first_name",
                    "email_admin",
                )
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        original_id: None | str
        original_id = self.original_id

        name: None | str
        name = self.name

        email: None | str
        email = self.email

        phone: None | str
        phone = self.phone

        birthday_date: None | str
        if isinstance(self.birthday_date, datetime.datetime):
            birthday_date = self.birthday_date.isoformat()
        else:
            birthday_date = self.birthday_date

        signup_date: None | str
        if isinstance(self.signup_date, datetime.datetime):
            signup_date = self.signup_date.isoformat()
        else:
            signup_date = self.signup_date

        document: None | str
        document = self.document

        is_enrolled: bool | None
        is_enrolled = self.is_enrolled

        points_balance: int | None
        points_balance = self.points_balance

        balance_of_points: int | None
        balance_of_points = self.balance_of_points

        cashback: Decimal | None
        cashback = self.cashback

        birthday_update_date: None | str
        if isinstance(self.birthday_update_date, datetime.datetime):
            birthday_update_date = self.birthday_update_date.isoformat()
        else:
            birthday_update_date = self.birthday_update_date

        first_name: None | str
        first_name = self.first_name

        public_id: None | str
        public_id = self.public_id

        secondary_id: None | str
        secondary_id = self.secondary_id

        order_count: int | None
        order_count = self.order_count

        reason_enrolled: None | str
        reason_enrolled = self.reason_enrolled

        admin_id: int | None
        admin_id = self.admin_id

        email_admin: None | str
        email_admin = self.email_admin

        enrolled_date: None | str
        if isinstance(self.enrolled_date, datetime.datetime):
            enrolled_date = self.enrolled_date.isoformat()
        else:
            enrolled_date = self.enrolled_date

        tier_name: None | str
        tier_name = self.tier_name

        origin: int | None
        origin = self.origin

        rfm_group: int | None
        rfm_group = self.rfm_group

        rfm_group_name: None | str
        rfm_group_name = self.rfm_group_name

        affiliate: dict[str, Any] | None
        if isinstance(self.affiliate, CustomerAffiliate):
            affiliate = self.affiliate.to_dict()
        else:
            affiliate = self.affiliate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "OriginalId": original_id,
                "Name": name,
                "Email": email,
                "Phone": phone,
                "BirthdayDate": birthday_date,
                "SignupDate": signup_date,
                "Document": document,
                "IsEnrolled": is_enrolled,
                "PointsBalance": points_balance,
                "BalanceOfPoints": balance_of_points,
                "Cashback": cashback,
                "BirthdayUpdateDate": birthday_update_date,
                "FirstName": first_name,
                "PublicId": public_id,
                "SecondaryId": secondary_id,
                "OrderCount": order_count,
                "ReasonEnrolled": reason_enrolled,
                "AdminId": admin_id,
                "EmailAdmin": email_admin,
                "EnrolledDate": enrolled_date,
                "TierName": tier_name,
                "Origin": origin,
                "RfmGroup": rfm_group,
                "RfmGroupName": rfm_group_name,
                "Affiliate": affiliate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None = d.pop("Id", None)

        original_id: None | str = d.pop("OriginalId", None)

        name: None | str = d.pop("Name", None)

        email: None | str = d.pop("Email", None)

        phone: None | str = d.pop("Phone", None)

        _birthday_date_value = d.pop("BirthdayDate", None)
        birthday_date: datetime.datetime | None
        if _birthday_date_value is None or isinstance(_birthday_date_value, Unset):
            birthday_date = _birthday_date_value
        else:
            if not isinstance(_birthday_date_value, str):
                raise TypeError()
            birthday_date_type_0 = datetime.datetime.fromisoformat(_birthday_date_value)

            birthday_date = birthday_date_type_0

        _signup_date_value = d.pop("SignupDate", None)
        signup_date: datetime.datetime | None
        if _signup_date_value is None or isinstance(_signup_date_value, Unset):
            signup_date = _signup_date_value
        else:
            if not isinstance(_signup_date_value, str):
                raise TypeError()
            signup_date_type_0 = datetime.datetime.fromisoformat(_signup_date_value)

            signup_date = signup_date_type_0

        document: None | str = d.pop("Document", None)

        is_enrolled: bool | None = d.pop("IsEnrolled", None)

        points_balance: int | None = d.pop("PointsBalance", None)

        balance_of_points: int | None = d.pop("BalanceOfPoints", None)

        _cashback_value = d.pop("Cashback", None)
        cashback: Decimal | None
        if _cashback_value is None or isinstance(_cashback_value, Unset):
            cashback = _cashback_value
        else:
            if not (isinstance(_cashback_value, (int, float, Decimal, str)) and not isinstance(_cashback_value, bool)):
                raise TypeError()
            cashback_type_0 = to_decimal(_cashback_value)

            cashback = cashback_type_0

        _birthday_update_date_value = d.pop("BirthdayUpdateDate", None)
        birthday_update_date: datetime.datetime | None
        if _birthday_update_date_value is None or isinstance(_birthday_update_date_value, Unset):
            birthday_update_date = _birthday_update_date_value
        else:
            if not isinstance(_birthday_update_date_value, str):
                raise TypeError()
            birthday_update_date_type_0 = datetime.datetime.fromisoformat(_birthday_update_date_value)

            birthday_update_date = birthday_update_date_type_0

        first_name: None | str = d.pop("FirstName", None)

        public_id: None | str = d.pop("PublicId", None)

        secondary_id: None | str = d.pop("SecondaryId", None)

        order_count: int | None = d.pop("OrderCount", None)

        reason_enrolled: None | str = d.pop("ReasonEnrolled", None)

        admin_id: int | None = d.pop("AdminId", None)

        email_admin: None | str = d.pop("EmailAdmin", None)

        _enrolled_date_value = d.pop("EnrolledDate", None)
        enrolled_date: datetime.datetime | None
        if _enrolled_date_value is None or isinstance(_enrolled_date_value, Unset):
            enrolled_date = _enrolled_date_value
        else:
            if not isinstance(_enrolled_date_value, str):
                raise TypeError()
            enrolled_date_type_0 = datetime.datetime.fromisoformat(_enrolled_date_value)

            enrolled_date = enrolled_date_type_0

        tier_name: None | str = d.pop("TierName", None)

        origin: int | None = d.pop("Origin", None)

        rfm_group: int | None = d.pop("RfmGroup", None)

        rfm_group_name: None | str = d.pop("RfmGroupName", None)

        _affiliate_value = d.pop("Affiliate", None)
        affiliate: CustomerAffiliate | None
        if _affiliate_value is None or isinstance(_affiliate_value, Unset):
            affiliate = _affiliate_value
        else:
            if not isinstance(_affiliate_value, dict):
                raise TypeError()
            affiliate_type_0 = CustomerAffiliate.from_dict(_affiliate_value)

            affiliate = affiliate_type_0

        order_customer = cls(
            id=id,
            original_id=original_id,
            name=name,
            email=email,
            phone=phone,
            birthday_date=birthday_date,
            signup_date=signup_date,
            document=document,
            is_enrolled=is_enrolled,
            points_balance=points_balance,
            balance_of_points=balance_of_points,
            cashback=cashback,
            birthday_update_date=birthday_update_date,
            first_name=first_name,
            public_id=public_id,
            secondary_id=secondary_id,
            order_count=order_count,
            reason_enrolled=reason_enrolled,
            admin_id=admin_id,
            email_admin=email_admin,
            enrolled_date=enrolled_date,
            tier_name=tier_name,
            origin=origin,
            rfm_group=rfm_group,
            rfm_group_name=rfm_group_name,
            affiliate=affiliate,
        )

        order_customer.additional_properties = d
        return order_customer

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.customer_affiliate import CustomerAffiliate
