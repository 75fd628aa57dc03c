from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

if TYPE_CHECKING:
    from ..models.customer_affiliate import CustomerAffiliate


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
        from ..models.customer_affiliate import CustomerAffiliate

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
        from ..models.customer_affiliate import CustomerAffiliate

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("Id", UNSET))

        def _parse_original_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_id = _parse_original_id(d.pop("OriginalId", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("Name", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("Email", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("Phone", UNSET))

        def _parse_birthday_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            birthday_date_type_0 = datetime.datetime.fromisoformat(data)

            return birthday_date_type_0

        birthday_date = _parse_birthday_date(d.pop("BirthdayDate", UNSET))

        def _parse_signup_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            signup_date_type_0 = datetime.datetime.fromisoformat(data)

            return signup_date_type_0

        signup_date = _parse_signup_date(d.pop("SignupDate", UNSET))

        def _parse_document(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document = _parse_document(d.pop("Document", UNSET))

        def _parse_is_enrolled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_enrolled = _parse_is_enrolled(d.pop("IsEnrolled", UNSET))

        def _parse_points_balance(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        points_balance = _parse_points_balance(d.pop("PointsBalance", UNSET))

        def _parse_balance_of_points(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        balance_of_points = _parse_balance_of_points(d.pop("BalanceOfPoints", UNSET))

        def _parse_cashback(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            cashback_type_0 = to_decimal(data)

            return cashback_type_0

        cashback = _parse_cashback(d.pop("Cashback", UNSET))

        def _parse_birthday_update_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            birthday_update_date_type_0 = datetime.datetime.fromisoformat(data)

            return birthday_update_date_type_0

        birthday_update_date = _parse_birthday_update_date(d.pop("BirthdayUpdateDate", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("FirstName", UNSET))

        def _parse_public_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_id = _parse_public_id(d.pop("PublicId", UNSET))

        def _parse_secondary_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secondary_id = _parse_secondary_id(d.pop("SecondaryId", UNSET))

        def _parse_order_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        order_count = _parse_order_count(d.pop("OrderCount", UNSET))

        def _parse_reason_enrolled(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason_enrolled = _parse_reason_enrolled(d.pop("ReasonEnrolled", UNSET))

        def _parse_admin_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        admin_id = _parse_admin_id(d.pop("AdminId", UNSET))

        def _parse_email_admin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_admin = _parse_email_admin(d.pop("EmailAdmin", UNSET))

        def _parse_enrolled_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            enrolled_date_type_0 = datetime.datetime.fromisoformat(data)

            return enrolled_date_type_0

        enrolled_date = _parse_enrolled_date(d.pop("EnrolledDate", UNSET))

        def _parse_tier_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tier_name = _parse_tier_name(d.pop("TierName", UNSET))

        def _parse_origin(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        origin = _parse_origin(d.pop("Origin", UNSET))

        def _parse_rfm_group(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rfm_group = _parse_rfm_group(d.pop("RfmGroup", UNSET))

        def _parse_rfm_group_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rfm_group_name = _parse_rfm_group_name(d.pop("RfmGroupName", UNSET))

        def _parse_affiliate(data: object) -> CustomerAffiliate | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            affiliate_type_0 = CustomerAffiliate.from_dict(data)

            return affiliate_type_0

        affiliate = _parse_affiliate(d.pop("Affiliate", UNSET))

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
