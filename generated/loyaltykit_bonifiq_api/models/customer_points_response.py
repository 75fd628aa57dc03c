from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerPointsResponse")


@_attrs_define
class CustomerPointsResponse:
    """Customer Points Response Model"""

    customer_exists: bool | None = None
    """ If True the customer was found on the Bonifiq DB """
    internal_id: None | str = None
    """ ID for this customer on the Bonifiq DB """
    points_balance: int | None = None
    """ Amount of points for this customer. """
    points_to_expire: list[CustomerPointsToExpire] | None = None
    cashback_balance: Decimal | None = None
    """ When the cashback reward is active it returns the amount (in R$) of cashback the customer have
    Returns 0 when the cashback is inactive  """
    redeem_key: None | str = None
    """ Returns a key for this given point change """
    point_history: list[PointDetailItem] | None = None
    """ A detailed list of point transactions for the customer. """
    name: None | str = None
    error: None | str = None
    """ Error text for the point change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_exists",
                "internal_id",
                "points_balance",
                "points_to_expire",
                "cashback_balance",
                "redeem_key",
                "point_history",
                "name",
                "error",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_exists: bool | None
        customer_exists = self.customer_exists

        internal_id: None | str
        internal_id = self.internal_id

        points_balance: int | None
        points_balance = self.points_balance

        points_to_expire: list[dict[str, Any]] | None
        if isinstance(self.points_to_expire, list):
            points_to_expire = []
            for points_to_expire_type_0_item_data in self.points_to_expire:
                points_to_expire_type_0_item = points_to_expire_type_0_item_data.to_dict()
                points_to_expire.append(points_to_expire_type_0_item)

        else:
            points_to_expire = self.points_to_expire

        cashback_balance: Decimal | None
        cashback_balance = self.cashback_balance

        redeem_key: None | str
        redeem_key = self.redeem_key

        point_history: list[dict[str, Any]] | None
        if isinstance(self.point_history, list):
            point_history = []
            for point_history_type_0_item_data in self.point_history:
                point_history_type_0_item = point_history_type_0_item_data.to_dict()
                point_history.append(point_history_type_0_item)

        else:
            point_history = self.point_history

        name: None | str
        name = self.name

        error: None | str
        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CustomerExists": customer_exists,
                "InternalId": internal_id,
                "PointsBalance": points_balance,
                "PointsToExpire": points_to_expire,
                "CashbackBalance": cashback_balance,
                "RedeemKey": redeem_key,
                "PointHistory": point_history,
                "Name": name,
                "Error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_exists: bool | None = d.pop("CustomerExists", None)

        internal_id: None | str = d.pop("InternalId", None)

        points_balance: int | None = d.pop("PointsBalance", None)

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

        redeem_key: None | str = d.pop("RedeemKey", None)

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

        name: None | str = d.pop("Name", None)

        error: None | str = d.pop("Error", None)

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
