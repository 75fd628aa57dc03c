from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="CustomerPointsResponse")


@_attrs_define
class CustomerPointsResponse:
    """Customer Points Response Model"""

    customer_exists: bool | None | Unset = UNSET
    """ If True the customer was found on the Bonifiq DB """
    internal_id: None | str | Unset = UNSET
    """ ID for this customer on the Bonifiq DB """
    points_balance: int | None | Unset = UNSET
    """ Amount of points for this customer. """
    points_to_expire: list[CustomerPointsToExpire] | None | Unset = UNSET
    cashback_balance: Decimal | None | Unset = UNSET
    """ When the cashback reward is active it returns the amount (in R$) of cashback the customer have
    Returns 0 when the cashback is inactive  """
    redeem_key: None | str | Unset = UNSET
    """ Returns a key for this given point change """
    point_history: list[PointDetailItem] | None | Unset = UNSET
    """ A detailed list of point transactions for the customer. """
    name: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    """ Error text for the point change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_exists: bool | None | Unset
        if isinstance(self.customer_exists, Unset):
            customer_exists = UNSET
        else:
            customer_exists = self.customer_exists

        internal_id: None | str | Unset
        if isinstance(self.internal_id, Unset):
            internal_id = UNSET
        else:
            internal_id = self.internal_id

        points_balance: int | None | Unset
        if isinstance(self.points_balance, Unset):
            points_balance = UNSET
        else:
            points_balance = self.points_balance

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

        cashback_balance: Decimal | None | Unset
        if isinstance(self.cashback_balance, Unset):
            cashback_balance = UNSET
        else:
            cashback_balance = self.cashback_balance

        redeem_key: None | str | Unset
        if isinstance(self.redeem_key, Unset):
            redeem_key = UNSET
        else:
            redeem_key = self.redeem_key

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_exists is not UNSET:
            field_dict["CustomerExists"] = customer_exists
        if internal_id is not UNSET:
            field_dict["InternalId"] = internal_id
        if points_balance is not UNSET:
            field_dict["PointsBalance"] = points_balance
        if points_to_expire is not UNSET:
            field_dict["PointsToExpire"] = points_to_expire
        if cashback_balance is not UNSET:
            field_dict["CashbackBalance"] = cashback_balance
        if redeem_key is not UNSET:
            field_dict["RedeemKey"] = redeem_key
        if point_history is not UNSET:
            field_dict["PointHistory"] = point_history
        if name is not UNSET:
            field_dict["Name"] = name
        if error is not UNSET:
            field_dict["Error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_exists: bool | None | Unset = d.pop("CustomerExists", UNSET)

        internal_id: None | str | Unset = d.pop("InternalId", UNSET)

        points_balance: int | None | Unset = d.pop("PointsBalance", UNSET)

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

        redeem_key: None | str | Unset = d.pop("RedeemKey", UNSET)

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

        name: None | str | Unset = d.pop("Name", UNSET)

        error: None | str | Unset = d.pop("Error", UNSET)

        customer_points_response = cls(
            customer_exists=customer_exists,
            internal_id=internal_id,
            points_balance=points_balance,
            points_to_expire=points_to_expire,
            cashback_balance=cashback_balance,
            redeem_key=redeem_key,
            point_history=point_history,
            name=name,
            error=error,
        )

        customer_points_response.additional_properties = d
        return customer_points_response

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
