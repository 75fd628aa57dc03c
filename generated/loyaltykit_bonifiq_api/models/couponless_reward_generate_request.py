from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redeem_origin import RedeemOrigin
from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="CouponlessRewardGenerateRequest")


@_attrs_define
class CouponlessRewardGenerateRequest:
    customer_id: None | str | Unset = UNSET
    """ The id of the customer. It can be email or document (CPF/CNPJ). """
    value: Decimal | None | Unset = UNSET
    """ Used only for Cashback Rewards. It the Cashback value selected by the customer. You can use either Points or
    Value for representing the selected amount of cashback to use. """
    points: int | None | Unset = UNSET
    """ Used only for Cashback Rewards. It the Cashback represented by points selected by the customer. You can use
    either Points or Value for representing the selected amount of cashback to use. """
    original_key: None | str | Unset = UNSET
    """ This field allows you to create idempotency: even if you make the exactly same request twice it will consume
    the redeem only once.
    As distributed systems should be fault-tolerant it may result in requests being done more than one time. Not
    using the `OriginalKey` may duplicate a redeem request
    Inform some string that is unique for this change.
    For instance: if you are redeeming the reward Id=OPQ for customerID=ABC regarding the OrderId=123 with
    Value=10,our key could be `OPQ-ABC-123-10`
    If you dont need this kind of verification you can just use some time-related string, such as `2023-01-01
    23:59:00:000` """
    metadatas: list[CouponlessRewardGenerateRequestMetadata] | None | Unset = UNSET
    """ Use this field as a key-value store for fields unique to your Business Use Case """
    redeem_origin: None | RedeemOrigin | Unset = UNSET
    """ Use this field to send redeem origin. Have 4 types:  LandingPage,  Widget, Copilot, Checkout, API, PDV. """
    branch: CreateOrderBranchParam | None | Unset = UNSET
    """ A Branch is physical location or outlet of a store (loja, filial, etc). This is used to receive information
    of which store the purchase was made. It can be later used to create rules for points or filtering reports. """
    sales_person: CreateOrderSalesPerson | None | Unset = UNSET
    """ A sales person is the person responsible for the sale. It can be used for filtering reports. """
    force_generate_coupon: bool | None | Unset = UNSET
    """ Normally this endpoint generates a redeem without a coupon. Setting this property to true forces to generate
    a coupon in the ecommerce plataform """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "value",
                "points",
                "original_key",
                "metadatas",
                "redeem_origin",
                "branch",
                "sales_person",
                "force_generate_coupon",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        value: Decimal | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        original_key: None | str | Unset
        if isinstance(self.original_key, Unset):
            original_key = UNSET
        else:
            original_key = self.original_key

        metadatas: list[dict[str, Any]] | None | Unset
        if isinstance(self.metadatas, Unset):
            metadatas = UNSET
        elif isinstance(self.metadatas, list):
            metadatas = []
            for metadatas_type_0_item_data in self.metadatas:
                metadatas_type_0_item = metadatas_type_0_item_data.to_dict()
                metadatas.append(metadatas_type_0_item)

        else:
            metadatas = self.metadatas

        redeem_origin: int | None | Unset
        if isinstance(self.redeem_origin, Unset):
            redeem_origin = UNSET
        elif isinstance(self.redeem_origin, RedeemOrigin):
            redeem_origin = self.redeem_origin.value
        else:
            redeem_origin = self.redeem_origin

        branch: dict[str, Any] | None | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        elif isinstance(self.branch, CreateOrderBranchParam):
            branch = self.branch.to_dict()
        else:
            branch = self.branch

        sales_person: dict[str, Any] | None | Unset
        if isinstance(self.sales_person, Unset):
            sales_person = UNSET
        elif isinstance(self.sales_person, CreateOrderSalesPerson):
            sales_person = self.sales_person.to_dict()
        else:
            sales_person = self.sales_person

        force_generate_coupon: bool | None | Unset
        if isinstance(self.force_generate_coupon, Unset):
            force_generate_coupon = UNSET
        else:
            force_generate_coupon = self.force_generate_coupon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["CustomerId"] = customer_id
        if value is not UNSET:
            field_dict["Value"] = value
        if points is not UNSET:
            field_dict["Points"] = points
        if original_key is not UNSET:
            field_dict["OriginalKey"] = original_key
        if metadatas is not UNSET:
            field_dict["Metadatas"] = metadatas
        if redeem_origin is not UNSET:
            field_dict["RedeemOrigin"] = redeem_origin
        if branch is not UNSET:
            field_dict["Branch"] = branch
        if sales_person is not UNSET:
            field_dict["SalesPerson"] = sales_person
        if force_generate_coupon is not UNSET:
            field_dict["ForceGenerateCoupon"] = force_generate_coupon

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str | Unset = d.pop("CustomerId", UNSET)

        _value_value = d.pop("Value", UNSET)
        value: Decimal | None | Unset
        if _value_value is None or isinstance(_value_value, Unset):
            value = _value_value
        else:
            if not (isinstance(_value_value, (int, float, Decimal, str)) and not isinstance(_value_value, bool)):
                raise TypeError()
            value_type_0 = to_decimal(_value_value)

            value = value_type_0

        points: int | None | Unset = d.pop("Points", UNSET)

        original_key: None | str | Unset = d.pop("OriginalKey", UNSET)

        _metadatas_value = d.pop("Metadatas", UNSET)
        metadatas: list[CouponlessRewardGenerateRequestMetadata] | None | Unset
        if _metadatas_value is None or isinstance(_metadatas_value, Unset):
            metadatas = _metadatas_value
        else:
            if not isinstance(_metadatas_value, list):
                raise TypeError()
            metadatas_type_0 = []
            _metadatas_type_0 = _metadatas_value
            for metadatas_type_0_item_data in _metadatas_type_0:
                metadatas_type_0_item = CouponlessRewardGenerateRequestMetadata.from_dict(metadatas_type_0_item_data)

                metadatas_type_0.append(metadatas_type_0_item)

            metadatas = metadatas_type_0

        _redeem_origin_value = d.pop("RedeemOrigin", UNSET)
        redeem_origin: None | RedeemOrigin | Unset
        if _redeem_origin_value is None or isinstance(_redeem_origin_value, Unset):
            redeem_origin = _redeem_origin_value
        else:
            if not isinstance(_redeem_origin_value, int):
                raise TypeError()
            redeem_origin_type_0 = RedeemOrigin(_redeem_origin_value)

            redeem_origin = redeem_origin_type_0

        _branch_value = d.pop("Branch", UNSET)
        branch: CreateOrderBranchParam | None | Unset
        if _branch_value is None or isinstance(_branch_value, Unset):
            branch = _branch_value
        else:
            if not isinstance(_branch_value, dict):
                raise TypeError()
            branch_type_0 = CreateOrderBranchParam.from_dict(_branch_value)

            branch = branch_type_0

        _sales_person_value = d.pop("SalesPerson", UNSET)
        sales_person: CreateOrderSalesPerson | None | Unset
        if _sales_person_value is None or isinstance(_sales_person_value, Unset):
            sales_person = _sales_person_value
        else:
            if not isinstance(_sales_person_value, dict):
                raise TypeError()
            sales_person_type_0 = CreateOrderSalesPerson.from_dict(_sales_person_value)

            sales_person = sales_person_type_0

        force_generate_coupon: bool | None | Unset = d.pop("ForceGenerateCoupon", UNSET)

        couponless_reward_generate_request = cls(
            customer_id=customer_id,
            value=value,
            points=points,
            original_key=original_key,
            metadatas=metadatas,
            redeem_origin=redeem_origin,
            branch=branch,
            sales_person=sales_person,
            force_generate_coupon=force_generate_coupon,
        )

        couponless_reward_generate_request.additional_properties = d
        return couponless_reward_generate_request

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


from ..models.couponless_reward_generate_request_metadata import CouponlessRewardGenerateRequestMetadata
from ..models.create_order_branch_param import CreateOrderBranchParam
from ..models.create_order_sales_person import CreateOrderSalesPerson
