from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerReportResponse")


@_attrs_define
class CustomerReportResponse:
    """Customer with points balance, points to expire and point history."""

    internal_id: None | str = None
    original_id: None | str = None
    name: None | str = None
    email: None | str = None
    phone: None | str = None
    document: None | str = None
    birthday_date: datetime.datetime | None = None
    signup_date: datetime.datetime | None = None
    is_enrolled: bool | None = None
    created_date: datetime.datetime | None = None
    points_balance: int | None = None
    cashback_balance: Decimal | None = None
    points_to_expire: list[CustomerPointsToExpire] | None = None
    point_history: list[PointDetailItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "internal_id",
                "original_id",
                "name",
                "email",
                "phone",
                "document",
                "birthday_date",
                "signup_date",
                "is_enrolled",
                "created_date",
                "points_balance",
                "cashback_balance",
                "points_to_expire",
                "point_history",
            ),
            frozenset(
                (
                    "email",
                    "phone",
                    "document",
                    "birthday_date",
                )
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        internal_id: None | str
        internal_id = self.internal_id

        original_id: None | str
        original_id = self.original_id

        name: None | str
        name = self.name

        email: None | str
        email = self.email

        phone: None | str
        phone = self.phone

        document: None | str
        document = self.document

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

        is_enrolled: bool | None
        is_enrolled = self.is_enrolled

        created_date: None | str
        if isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        points_balance: int | None
        points_balance = self.points_balance

        cashback_balance: Decimal | None
        cashback_balance = self.cashback_balance

        points_to_expire: list[dict[str, Any]] | None
        if isinstance(self.points_to_expire, list):
            points_to_expire = []
            for points_to_expire_type_0_item_data in self.points_to_expire:
                points_to_expire_type_0_item = points_to_expire_type_0_item_data.to_dict()
                points_to_expire.append(points_to_expire_type_0_item)

        else:
            points_to_expire = self.points_to_expire

        point_history: list[dict[str, Any]] | None
        if isinstance(self.point_history, list):
            point_history = []
            for point_history_type_0_item_data in self.point_history:
                point_history_type_0_item = point_history_type_0_item_data.to_dict()
                point_history.append(point_history_type_0_item)

        else:
            point_history = self.point_history

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "InternalId": internal_id,
                "OriginalId": original_id,
                "Name": name,
                "Email": email,
                "Phone": phone,
                "Document": document,
                "BirthdayDate": birthday_date,
                "SignupDate": signup_date,
                "IsEnrolled": is_enrolled,
                "CreatedDate": created_date,
                "PointsBalance": points_balance,
                "CashbackBalance": cashback_balance,
                "PointsToExpire": points_to_expire,
                "PointHistory": point_history,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        internal_id: None | str = d.pop("InternalId", None)

        original_id: None | str = d.pop("OriginalId", None)

        name: None | str = d.pop("Name", None)

        email: None | str = d.pop("Email", None)

        phone: None | str = d.pop("Phone", None)

        document: None | str = d.pop("Document", None)

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

        is_enrolled: bool | None = d.pop("IsEnrolled", None)

        _created_date_value = d.pop("CreatedDate", None)
        created_date: datetime.datetime | None
        if _created_date_value is None or isinstance(_created_date_value, Unset):
            created_date = _created_date_value
        else:
            if not isinstance(_created_date_value, str):
                raise TypeError()
            created_date_type_0 = datetime.datetime.fromisoformat(_created_date_value)

            created_date = created_date_type_0

        points_balance: int | None = d.pop("PointsBalance", None)

        _cashback_balance_value = d.pop("CashbackBalance", None)
        cashback_balance: Decimal | None
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

        _points_to_expire_value = d.pop("PointsToExpire", None)
        points_to_expire: list[CustomerPointsToExpire] | None
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

        _point_history_value = d.pop("PointHistory", None)
        point_history: list[PointDetailItem] | None
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
