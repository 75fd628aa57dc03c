from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="OrderCustomer")


@_attrs_define
class OrderCustomer:
    """Buyer registration (internal customer entity as returned inside orders)."""

    id: int | None | Unset = UNSET
    original_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    birthday_date: datetime.datetime | None | Unset = UNSET
    signup_date: datetime.datetime | None | Unset = UNSET
    document: None | str | Unset = UNSET
    is_enrolled: bool | None | Unset = UNSET
    points_balance: int | None | Unset = UNSET
    balance_of_points: int | None | Unset = UNSET
    cashback: Decimal | None | Unset = UNSET
    birthday_update_date: datetime.datetime | None | Unset = UNSET
    first_name: None | str | Unset = UNSET
    public_id: None | str | Unset = UNSET
    secondary_id: None | str | Unset = UNSET
    order_count: int | None | Unset = UNSET
    reason_enrolled: None | str | Unset = UNSET
    admin_id: int | None | Unset = UNSET
    email_admin: None | str | Unset = UNSET
    enrolled_date: datetime.datetime | None | Unset = UNSET
    tier_name: None | str | Unset = UNSET
    origin: int | None | Unset = UNSET
    """ Customer origin (rendered as an enum; names not documented). """
    rfm_group: int | None | Unset = UNSET
    """ RFM group (rendered as an enum; names not documented). """
    rfm_group_name: None | str | Unset = UNSET
    affiliate: CustomerAffiliate | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        original_id: None | str | Unset
        if isinstance(self.original_id, Unset):
            original_id = UNSET
        else:
            original_id = self.original_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        birthday_date: None | str | Unset
        if isinstance(self.birthday_date, Unset):
            birthday_date = UNSET
        elif isinstance(self.birthday_date, datetime.datetime):
            birthday_date = self.birthday_date.isoformat()
        else:
            birthday_date = self.birthday_date

        signup_date: None | str | Unset
        if isinstance(self.signup_date, Unset):
            signup_date = UNSET
        elif isinstance(self.signup_date, datetime.datetime):
            signup_date = self.signup_date.isoformat()
        else:
            signup_date = self.signup_date

        document: None | str | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        else:
            document = self.document

        is_enrolled: bool | None | Unset
        if isinstance(self.is_enrolled, Unset):
            is_enrolled = UNSET
        else:
            is_enrolled = self.is_enrolled

        points_balance: int | None | Unset
        if isinstance(self.points_balance, Unset):
            points_balance = UNSET
        else:
            points_balance = self.points_balance

        balance_of_points: int | None | Unset
        if isinstance(self.balance_of_points, Unset):
            balance_of_points = UNSET
        else:
            balance_of_points = self.balance_of_points

        cashback: Decimal | None | Unset
        if isinstance(self.cashback, Unset):
            cashback = UNSET
        else:
            cashback = self.cashback

        birthday_update_date: None | str | Unset
        if isinstance(self.birthday_update_date, Unset):
            birthday_update_date = UNSET
        elif isinstance(self.birthday_update_date, datetime.datetime):
            birthday_update_date = self.birthday_update_date.isoformat()
        else:
            birthday_update_date = self.birthday_update_date

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        public_id: None | str | Unset
        if isinstance(self.public_id, Unset):
            public_id = UNSET
        else:
            public_id = self.public_id

        secondary_id: None | str | Unset
        if isinstance(self.secondary_id, Unset):
            secondary_id = UNSET
        else:
            secondary_id = self.secondary_id

        order_count: int | None | Unset
        if isinstance(self.order_count, Unset):
            order_count = UNSET
        else:
            order_count = self.order_count

        reason_enrolled: None | str | Unset
        if isinstance(self.reason_enrolled, Unset):
            reason_enrolled = UNSET
        else:
            reason_enrolled = self.reason_enrolled

        admin_id: int | None | Unset
        if isinstance(self.admin_id, Unset):
            admin_id = UNSET
        else:
            admin_id = self.admin_id

        email_admin: None | str | Unset
        if isinstance(self.email_admin, Unset):
            email_admin = UNSET
        else:
            email_admin = self.email_admin

        enrolled_date: None | str | Unset
        if isinstance(self.enrolled_date, Unset):
            enrolled_date = UNSET
        elif isinstance(self.enrolled_date, datetime.datetime):
            enrolled_date = self.enrolled_date.isoformat()
        else:
            enrolled_date = self.enrolled_date

        tier_name: None | str | Unset
        if isinstance(self.tier_name, Unset):
            tier_name = UNSET
        else:
            tier_name = self.tier_name

        origin: int | None | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        else:
            origin = self.origin

        rfm_group: int | None | Unset
        if isinstance(self.rfm_group, Unset):
            rfm_group = UNSET
        else:
            rfm_group = self.rfm_group

        rfm_group_name: None | str | Unset
        if isinstance(self.rfm_group_name, Unset):
            rfm_group_name = UNSET
        else:
            rfm_group_name = self.rfm_group_name

        affiliate: dict[str, Any] | None | Unset
        if isinstance(self.affiliate, Unset):
            affiliate = UNSET
        elif isinstance(self.affiliate, CustomerAffiliate):
            affiliate = self.affiliate.to_dict()
        else:
            affiliate = self.affiliate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if original_id is not UNSET:
            field_dict["OriginalId"] = original_id
        if name is not UNSET:
            field_dict["Name"] = name
        if email is not UNSET:
            field_dict["Email"] = email
        if phone is not UNSET:
            field_dict["Phone"] = phone
        if birthday_date is not UNSET:
            field_dict["BirthdayDate"] = birthday_date
        if signup_date is not UNSET:
            field_dict["SignupDate"] = signup_date
        if document is not UNSET:
            field_dict["Document"] = document
        if is_enrolled is not UNSET:
            field_dict["IsEnrolled"] = is_enrolled
        if points_balance is not UNSET:
            field_dict["PointsBalance"] = points_balance
        if balance_of_points is not UNSET:
            field_dict["BalanceOfPoints"] = balance_of_points
        if cashback is not UNSET:
            field_dict["Cashback"] = cashback
        if birthday_update_date is not UNSET:
            field_dict["BirthdayUpdateDate"] = birthday_update_date
        if first_name is not UNSET:
            field_dict["FirstName"] = first_name
        if public_id is not UNSET:
            field_dict["PublicId"] = public_id
        if secondary_id is not UNSET:
            field_dict["SecondaryId"] = secondary_id
        if order_count is not UNSET:
            field_dict["OrderCount"] = order_count
        if reason_enrolled is not UNSET:
            field_dict["ReasonEnrolled"] = reason_enrolled
        if admin_id is not UNSET:
            field_dict["AdminId"] = admin_id
        if email_admin is not UNSET:
            field_dict["EmailAdmin"] = email_admin
        if enrolled_date is not UNSET:
            field_dict["EnrolledDate"] = enrolled_date
        if tier_name is not UNSET:
            field_dict["TierName"] = tier_name
        if origin is not UNSET:
            field_dict["Origin"] = origin
        if rfm_group is not UNSET:
            field_dict["RfmGroup"] = rfm_group
        if rfm_group_name is not UNSET:
            field_dict["RfmGroupName"] = rfm_group_name
        if affiliate is not UNSET:
            field_dict["Affiliate"] = affiliate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("Id", UNSET)

        original_id: None | str | Unset = d.pop("OriginalId", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        email: None | str | Unset = d.pop("Email", UNSET)

        phone: None | str | Unset = d.pop("Phone", UNSET)

        _birthday_date_value = d.pop("BirthdayDate", UNSET)
        birthday_date: datetime.datetime | None | Unset
        if _birthday_date_value is None or isinstance(_birthday_date_value, Unset):
            birthday_date = _birthday_date_value
        else:
            if not isinstance(_birthday_date_value, str):
                raise TypeError()
            birthday_date_type_0 = datetime.datetime.fromisoformat(_birthday_date_value)

            birthday_date = birthday_date_type_0

        _signup_date_value = d.pop("SignupDate", UNSET)
        signup_date: datetime.datetime | None | Unset
        if _signup_date_value is None or isinstance(_signup_date_value, Unset):
            signup_date = _signup_date_value
        else:
            if not isinstance(_signup_date_value, str):
                raise TypeError()
            signup_date_type_0 = datetime.datetime.fromisoformat(_signup_date_value)

            signup_date = signup_date_type_0

        document: None | str | Unset = d.pop("Document", UNSET)

        is_enrolled: bool | None | Unset = d.pop("IsEnrolled", UNSET)

        points_balance: int | None | Unset = d.pop("PointsBalance", UNSET)

        balance_of_points: int | None | Unset = d.pop("BalanceOfPoints", UNSET)

        _cashback_value = d.pop("Cashback", UNSET)
        cashback: Decimal | None | Unset
        if _cashback_value is None or isinstance(_cashback_value, Unset):
            cashback = _cashback_value
        else:
            if not (isinstance(_cashback_value, (int, float, Decimal, str)) and not isinstance(_cashback_value, bool)):
                raise TypeError()
            cashback_type_0 = to_decimal(_cashback_value)

            cashback = cashback_type_0

        _birthday_update_date_value = d.pop("BirthdayUpdateDate", UNSET)
        birthday_update_date: datetime.datetime | None | Unset
        if _birthday_update_date_value is None or isinstance(_birthday_update_date_value, Unset):
            birthday_update_date = _birthday_update_date_value
        else:
            if not isinstance(_birthday_update_date_value, str):
                raise TypeError()
            birthday_update_date_type_0 = datetime.datetime.fromisoformat(_birthday_update_date_value)

            birthday_update_date = birthday_update_date_type_0

        first_name: None | str | Unset = d.pop("FirstName", UNSET)

        public_id: None | str | Unset = d.pop("PublicId", UNSET)

        secondary_id: None | str | Unset = d.pop("SecondaryId", UNSET)

        order_count: int | None | Unset = d.pop("OrderCount", UNSET)

        reason_enrolled: None | str | Unset = d.pop("ReasonEnrolled", UNSET)

        admin_id: int | None | Unset = d.pop("AdminId", UNSET)

        email_admin: None | str | Unset = d.pop("EmailAdmin", UNSET)

        _enrolled_date_value = d.pop("EnrolledDate", UNSET)
        enrolled_date: datetime.datetime | None | Unset
        if _enrolled_date_value is None or isinstance(_enrolled_date_value, Unset):
            enrolled_date = _enrolled_date_value
        else:
            if not isinstance(_enrolled_date_value, str):
                raise TypeError()
            enrolled_date_type_0 = datetime.datetime.fromisoformat(_enrolled_date_value)

            enrolled_date = enrolled_date_type_0

        tier_name: None | str | Unset = d.pop("TierName", UNSET)

        origin: int | None | Unset = d.pop("Origin", UNSET)

        rfm_group: int | None | Unset = d.pop("RfmGroup", UNSET)

        rfm_group_name: None | str | Unset = d.pop("RfmGroupName", UNSET)

        _affiliate_value = d.pop("Affiliate", UNSET)
        affiliate: CustomerAffiliate | None | Unset
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
