from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="CustomerReportResponse")


@_attrs_define
class CustomerReportResponse:
    """Customer with points balance, points to expire and point history."""

    internal_id: None | str | Unset = UNSET
    original_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    document: None | str | Unset = UNSET
    birthday_date: datetime.datetime | None | Unset = UNSET
    signup_date: datetime.datetime | None | Unset = UNSET
    is_enrolled: bool | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    points_balance: int | None | Unset = UNSET
    cashback_balance: Decimal | None | Unset = UNSET
    points_to_expire: list[CustomerPointsToExpire] | None | Unset = UNSET
    point_history: list[PointDetailItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        internal_id: None | str | Unset
        if isinstance(self.internal_id, Unset):
            internal_id = UNSET
        else:
            internal_id = self.internal_id

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

        document: None | str | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        else:
            document = self.document

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

        is_enrolled: bool | None | Unset
        if isinstance(self.is_enrolled, Unset):
            is_enrolled = UNSET
        else:
            is_enrolled = self.is_enrolled

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        points_balance: int | None | Unset
        if isinstance(self.points_balance, Unset):
            points_balance = UNSET
        else:
            points_balance = self.points_balance

        cashback_balance: Decimal | None | Unset
        if isinstance(self.cashback_balance, Unset):
            cashback_balance = UNSET
        else:
            cashback_balance = self.cashback_balance

        points_to_expire: list[dict[str, Any]] | None | Unset
        if isinstance(self.points_to_expire, Unset):
            points_to_expire = UNSET
        elif isinstance(self.points_to_expire, list):
            points_to_expire = []
            for points_to_expire_type_0_item_data in self.points_to_expire:
                points_to_expire_type_0_item = points_to_expire_type_0_item_data.to_dict()
                points_to_expire.append(points_to_expire_type_0_item)

        else:
            points_to_expire = self.points_to_expire

        point_history: list[dict[str, Any]] | None | Unset
        if isinstance(self.point_history, Unset):
            point_history = UNSET
        elif isinstance(self.point_history, list):
            point_history = []
            for point_history_type_0_item_data in self.point_history:
                point_history_type_0_item = point_history_type_0_item_data.to_dict()
                point_history.append(point_history_type_0_item)

        else:
            point_history = self.point_history

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if internal_id is not UNSET:
            field_dict["InternalId"] = internal_id
        if original_id is not UNSET:
            field_dict["OriginalId"] = original_id
        if name is not UNSET:
            field_dict["Name"] = name
        if email is not UNSET:
            field_dict["Email"] = email
        if phone is not UNSET:
            field_dict["Phone"] = phone
        if document is not UNSET:
            field_dict["Document"] = document
        if birthday_date is not UNSET:
            field_dict["BirthdayDate"] = birthday_date
        if signup_date is not UNSET:
            field_dict["SignupDate"] = signup_date
        if is_enrolled is not UNSET:
            field_dict["IsEnrolled"] = is_enrolled
        if created_date is not UNSET:
            field_dict["CreatedDate"] = created_date
        if points_balance is not UNSET:
            field_dict["PointsBalance"] = points_balance
        if cashback_balance is not UNSET:
            field_dict["CashbackBalance"] = cashback_balance
        if points_to_expire is not UNSET:
            field_dict["PointsToExpire"] = points_to_expire
        if point_history is not UNSET:
            field_dict["PointHistory"] = point_history

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        internal_id: None | str | Unset = d.pop("InternalId", UNSET)

        original_id: None | str | Unset = d.pop("OriginalId", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        email: None | str | Unset = d.pop("Email", UNSET)

        phone: None | str | Unset = d.pop("Phone", UNSET)

        document: None | str | Unset = d.pop("Document", UNSET)

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

        is_enrolled: bool | None | Unset = d.pop("IsEnrolled", UNSET)

        _created_date_value = d.pop("CreatedDate", UNSET)
        created_date: datetime.datetime | None | Unset
        if _created_date_value is None or isinstance(_created_date_value, Unset):
            created_date = _created_date_value
        else:
            if not isinstance(_created_date_value, str):
                raise TypeError()
            created_date_type_0 = datetime.datetime.fromisoformat(_created_date_value)

            created_date = created_date_type_0

        points_balance: int | None | Unset = d.pop("PointsBalance", UNSET)

        _cashback_balance_value = d.pop("CashbackBalance", UNSET)
        cashback_balance: Decimal | None | Unset
        if _cashback_balance_value is None or isinstance(_cashback_balance_value, Unset):
            cashback_balance = _cashback_balance_value
        else:
            if not (
                isinstance(_cashback_balance_value, (int, float, Decimal, str))
                and not isinstance(_cashback_balance_value, bool)
            ):
                raise TypeError()
            cashback_balance_type_0 = to_decimal(_cashback_balance_value)

            cashback_balance = cashback_balance_type_0

        _points_to_expire_value = d.pop("PointsToExpire", UNSET)
        points_to_expire: list[CustomerPointsToExpire] | None | Unset
        if _points_to_expire_value is None or isinstance(_points_to_expire_value, Unset):
            points_to_expire = _points_to_expire_value
        else:
            if not isinstance(_points_to_expire_value, list):
                raise TypeError()
            points_to_expire_type_0 = []
            _points_to_expire_type_0 = _points_to_expire_value
            for points_to_expire_type_0_item_data in _points_to_expire_type_0:
                points_to_expire_type_0_item = CustomerPointsToExpire.from_dict(points_to_expire_type_0_item_data)

                points_to_expire_type_0.append(points_to_expire_type_0_item)

            points_to_expire = points_to_expire_type_0

        _point_history_value = d.pop("PointHistory", UNSET)
        point_history: list[PointDetailItem] | None | Unset
        if _point_history_value is None or isinstance(_point_history_value, Unset):
            point_history = _point_history_value
        else:
            if not isinstance(_point_history_value, list):
                raise TypeError()
            point_history_type_0 = []
            _point_history_type_0 = _point_history_value
            for point_history_type_0_item_data in _point_history_type_0:
                point_history_type_0_item = PointDetailItem.from_dict(point_history_type_0_item_data)

                point_history_type_0.append(point_history_type_0_item)

            point_history = point_history_type_0

        customer_report_response = cls(
            internal_id=internal_id,
            original_id=original_id,
            name=name,
            email=email,
            phone=phone,
            document=document,
            birthday_date=birthday_date,
            signup_date=signup_date,
            is_enrolled=is_enrolled,
            created_date=created_date,
            points_balance=points_balance,
            cashback_balance=cashback_balance,
            points_to_expire=points_to_expire,
            point_history=point_history,
        )

        customer_report_response.additional_properties = d
        return customer_report_response

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


from ..models.customer_points_to_expire import CustomerPointsToExpire
from ..models.point_detail_item import PointDetailItem
