from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define
class CreateOrderRequest:
    """Purchase Order Model"""

    original_id: None | str | Unset = UNSET
    """ This is the Id in the client store. """
    order_placement_date: datetime.datetime | None | Unset = UNSET
    """ Date of the customer's purchase. """
    order_completed_date: datetime.datetime | None | Unset = UNSET
    """ Date the order reached the completed state (usually it's invoiced or delivered). """
    order_cancelled_date: datetime.datetime | None | Unset = UNSET
    """ if the order is cancelled, contains the date. """
    order_status: None | str | Unset = UNSET
    """ Status at the client's order system. Merely informative. """
    is_cancelled_or_returned: bool | None | Unset = UNSET
    """ if true the order was cancelled or returned. """
    is_completed: bool | None | Unset = UNSET
    """ If true it means the order has reached its final status and points can be awarded to the consumer. """
    order_total: Decimal | None | Unset = UNSET
    """ Can be used at Loyalty Programs. Important: these values should not include Shipping costs. """
    customer: CreateCustomerRequest | None | Unset = UNSET
    """ Buyer registration. """
    products: list[CreateProductRequest] | None | Unset = UNSET
    """ Products listed on the order. """
    updated_date: datetime.datetime | None | Unset = UNSET
    """ the date from the last update on this order. """
    coupon: None | str | Unset = UNSET
    """ Coupon code used on this order. If the order used a reward from the POS redeem endpoint pass its
    `ExternalCode` here. """
    metadatas: list[CreateOrderMetadata] | None | Unset = UNSET
    """ This is a key-value list of extra information regarding the order. It could be informative only or being
    part of an business rule to be used later. """
    payment_method: CreateOrderPaymentMethod | None | Unset = UNSET
    """ The Payment Method used in this purchase. Should be the more specific as possible """
    payment_methods: list[CreateOrderPaymentMethod] | None | Unset = UNSET
    """ Payment methods with the amount paid by each. """
    branch: CreateOrderBranchParam | None | Unset = UNSET
    sales_person: CreateOrderSalesPerson | None | Unset = UNSET
    external_coupon: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "original_id",
                "order_placement_date",
                "order_completed_date",
                "order_cancelled_date",
                "order_status",
                "is_cancelled_or_returned",
                "is_completed",
                "order_total",
                "customer",
                "products",
                "updated_date",
                "coupon",
                "metadatas",
                "payment_method",
                "payment_methods",
                "branch",
                "sales_person",
                "external_coupon",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        original_id: None | str | Unset
        if isinstance(self.original_id, Unset):
            original_id = UNSET
        else:
            original_id = self.original_id

        order_placement_date: None | str | Unset
        if isinstance(self.order_placement_date, Unset):
            order_placement_date = UNSET
        elif isinstance(self.order_placement_date, datetime.datetime):
            order_placement_date = self.order_placement_date.isoformat()
        else:
            order_placement_date = self.order_placement_date

        order_completed_date: None | str | Unset
        if isinstance(self.order_completed_date, Unset):
            order_completed_date = UNSET
        elif isinstance(self.order_completed_date, datetime.datetime):
            order_completed_date = self.order_completed_date.isoformat()
        else:
            order_completed_date = self.order_completed_date

        order_cancelled_date: None | str | Unset
        if isinstance(self.order_cancelled_date, Unset):
            order_cancelled_date = UNSET
        elif isinstance(self.order_cancelled_date, datetime.datetime):
            order_cancelled_date = self.order_cancelled_date.isoformat()
        else:
            order_cancelled_date = self.order_cancelled_date

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        else:
            order_status = self.order_status

        is_cancelled_or_returned: bool | None | Unset
        if isinstance(self.is_cancelled_or_returned, Unset):
            is_cancelled_or_returned = UNSET
        else:
            is_cancelled_or_returned = self.is_cancelled_or_returned

        is_completed: bool | None | Unset
        if isinstance(self.is_completed, Unset):
            is_completed = UNSET
        else:
            is_completed = self.is_completed

        order_total: Decimal | None | Unset
        if isinstance(self.order_total, Unset):
            order_total = UNSET
        else:
            order_total = self.order_total

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, CreateCustomerRequest):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        products: list[dict[str, Any]] | None | Unset
        if isinstance(self.products, Unset):
            products = UNSET
        elif isinstance(self.products, list):
            products = []
            for products_type_0_item_data in self.products:
                products_type_0_item = products_type_0_item_data.to_dict()
                products.append(products_type_0_item)

        else:
            products = self.products

        updated_date: None | str | Unset
        if isinstance(self.updated_date, Unset):
            updated_date = UNSET
        elif isinstance(self.updated_date, datetime.datetime):
            updated_date = self.updated_date.isoformat()
        else:
            updated_date = self.updated_date

        coupon: None | str | Unset
        if isinstance(self.coupon, Unset):
            coupon = UNSET
        else:
            coupon = self.coupon

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

        payment_method: dict[str, Any] | None | Unset
        if isinstance(self.payment_method, Unset):
            payment_method = UNSET
        elif isinstance(self.payment_method, CreateOrderPaymentMethod):
            payment_method = self.payment_method.to_dict()
        else:
            payment_method = self.payment_method

        payment_methods: list[dict[str, Any]] | None | Unset
        if isinstance(self.payment_methods, Unset):
            payment_methods = UNSET
        elif isinstance(self.payment_methods, list):
            payment_methods = []
            for payment_methods_type_0_item_data in self.payment_methods:
                payment_methods_type_0_item = payment_methods_type_0_item_data.to_dict()
                payment_methods.append(payment_methods_type_0_item)

        else:
            payment_methods = self.payment_methods

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

        external_coupon: None | str | Unset
        if isinstance(self.external_coupon, Unset):
            external_coupon = UNSET
        else:
            external_coupon = self.external_coupon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_id is not UNSET:
            field_dict["OriginalId"] = original_id
        if order_placement_date is not UNSET:
            field_dict["OrderPlacementDate"] = order_placement_date
        if order_completed_date is not UNSET:
            field_dict["OrderCompletedDate"] = order_completed_date
        if order_cancelled_date is not UNSET:
            field_dict["OrderCancelledDate"] = order_cancelled_date
        if order_status is not UNSET:
            field_dict["OrderStatus"] = order_status
        if is_cancelled_or_returned is not UNSET:
            field_dict["IsCancelledOrReturned"] = is_cancelled_or_returned
        if is_completed is not UNSET:
            field_dict["IsCompleted"] = is_completed
        if order_total is not UNSET:
            field_dict["OrderTotal"] = order_total
        if customer is not UNSET:
            field_dict["Customer"] = customer
        if products is not UNSET:
            field_dict["Products"] = products
        if updated_date is not UNSET:
            field_dict["UpdatedDate"] = updated_date
        if coupon is not UNSET:
            field_dict["Coupon"] = coupon
        if metadatas is not UNSET:
            field_dict["Metadatas"] = metadatas
        if payment_method is not UNSET:
            field_dict["PaymentMethod"] = payment_method
        if payment_methods is not UNSET:
            field_dict["PaymentMethods"] = payment_methods
        if branch is not UNSET:
            field_dict["Branch"] = branch
        if sales_person is not UNSET:
            field_dict["SalesPerson"] = sales_person
        if external_coupon is not UNSET:
            field_dict["ExternalCoupon"] = external_coupon

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_id: None | str | Unset = d.pop("OriginalId", UNSET)

        _order_placement_date_value = d.pop("OrderPlacementDate", UNSET)
        order_placement_date: datetime.datetime | None | Unset
        if _order_placement_date_value is None or isinstance(_order_placement_date_value, Unset):
            order_placement_date = _order_placement_date_value
        else:
            if not isinstance(_order_placement_date_value, str):
                raise TypeError()
            order_placement_date_type_0 = datetime.datetime.fromisoformat(_order_placement_date_value)

            order_placement_date = order_placement_date_type_0

        _order_completed_date_value = d.pop("OrderCompletedDate", UNSET)
        order_completed_date: datetime.datetime | None | Unset
        if _order_completed_date_value is None or isinstance(_order_completed_date_value, Unset):
            order_completed_date = _order_completed_date_value
        else:
            if not isinstance(_order_completed_date_value, str):
                raise TypeError()
            order_completed_date_type_0 = datetime.datetime.fromisoformat(_order_completed_date_value)

            order_completed_date = order_completed_date_type_0

        _order_cancelled_date_value = d.pop("OrderCancelledDate", UNSET)
        order_cancelled_date: datetime.datetime | None | Unset
        if _order_cancelled_date_value is None or isinstance(_order_cancelled_date_value, Unset):
            order_cancelled_date = _order_cancelled_date_value
        else:
            if not isinstance(_order_cancelled_date_value, str):
                raise TypeError()
            order_cancelled_date_type_0 = datetime.datetime.fromisoformat(_order_cancelled_date_value)

            order_cancelled_date = order_cancelled_date_type_0

        order_status: None | str | Unset = d.pop("OrderStatus", UNSET)

        is_cancelled_or_returned: bool | None | Unset = d.pop("IsCancelledOrReturned", UNSET)

        is_completed: bool | None | Unset = d.pop("IsCompleted", UNSET)

        _order_total_value = d.pop("OrderTotal", UNSET)
        order_total: Decimal | None | Unset
        if _order_total_value is None or isinstance(_order_total_value, Unset):
            order_total = _order_total_value
        else:
            if not (
                isinstance(_order_total_value, (int, float, Decimal, str)) and not isinstance(_order_total_value, bool)
            ):
                raise TypeError()
            order_total_type_0 = to_decimal(_order_total_value)

            order_total = order_total_type_0

        _customer_value = d.pop("Customer", UNSET)
        customer: CreateCustomerRequest | None | Unset
        if _customer_value is None or isinstance(_customer_value, Unset):
            customer = _customer_value
        else:
            if not isinstance(_customer_value, dict):
                raise TypeError()
            customer_type_0 = CreateCustomerRequest.from_dict(_customer_value)

            customer = customer_type_0

        _products_value = d.pop("Products", UNSET)
        products: list[CreateProductRequest] | None | Unset
        if _products_value is None or isinstance(_products_value, Unset):
            products = _products_value
        else:
            if not isinstance(_products_value, list):
                raise TypeError()
            products_type_0 = []
            _products_type_0 = _products_value
            for products_type_0_item_data in _products_type_0:
                products_type_0_item = CreateProductRequest.from_dict(products_type_0_item_data)

                products_type_0.append(products_type_0_item)

            products = products_type_0

        _updated_date_value = d.pop("UpdatedDate", UNSET)
        updated_date: datetime.datetime | None | Unset
        if _updated_date_value is None or isinstance(_updated_date_value, Unset):
            updated_date = _updated_date_value
        else:
            if not isinstance(_updated_date_value, str):
                raise TypeError()
            updated_date_type_0 = datetime.datetime.fromisoformat(_updated_date_value)

            updated_date = updated_date_type_0

        coupon: None | str | Unset = d.pop("Coupon", UNSET)

        _metadatas_value = d.pop("Metadatas", UNSET)
        metadatas: list[CreateOrderMetadata] | None | Unset
        if _metadatas_value is None or isinstance(_metadatas_value, Unset):
            metadatas = _metadatas_value
        else:
            if not isinstance(_metadatas_value, list):
                raise TypeError()
            metadatas_type_0 = []
            _metadatas_type_0 = _metadatas_value
            for metadatas_type_0_item_data in _metadatas_type_0:
                metadatas_type_0_item = CreateOrderMetadata.from_dict(metadatas_type_0_item_data)

                metadatas_type_0.append(metadatas_type_0_item)

            metadatas = metadatas_type_0

        _payment_method_value = d.pop("PaymentMethod", UNSET)
        payment_method: CreateOrderPaymentMethod | None | Unset
        if _payment_method_value is None or isinstance(_payment_method_value, Unset):
            payment_method = _payment_method_value
        else:
            if not isinstance(_payment_method_value, dict):
                raise TypeError()
            payment_method_type_0 = CreateOrderPaymentMethod.from_dict(_payment_method_value)

            payment_method = payment_method_type_0

        _payment_methods_value = d.pop("PaymentMethods", UNSET)
        payment_methods: list[CreateOrderPaymentMethod] | None | Unset
        if _payment_methods_value is None or isinstance(_payment_methods_value, Unset):
            payment_methods = _payment_methods_value
        else:
            if not isinstance(_payment_methods_value, list):
                raise TypeError()
            payment_methods_type_0 = []
            _payment_methods_type_0 = _payment_methods_value
            for payment_methods_type_0_item_data in _payment_methods_type_0:
                payment_methods_type_0_item = CreateOrderPaymentMethod.from_dict(payment_methods_type_0_item_data)

                payment_methods_type_0.append(payment_methods_type_0_item)

            payment_methods = payment_methods_type_0

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

        external_coupon: None | str | Unset = d.pop("ExternalCoupon", UNSET)

        create_order_request = cls(
            original_id=original_id,
            order_placement_date=order_placement_date,
            order_completed_date=order_completed_date,
            order_cancelled_date=order_cancelled_date,
            order_status=order_status,
            is_cancelled_or_returned=is_cancelled_or_returned,
            is_completed=is_completed,
            order_total=order_total,
            customer=customer,
            products=products,
            updated_date=updated_date,
            coupon=coupon,
            metadatas=metadatas,
            payment_method=payment_method,
            payment_methods=payment_methods,
            branch=branch,
            sales_person=sales_person,
            external_coupon=external_coupon,
        )

        create_order_request.additional_properties = d
        return create_order_request

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


from ..models.create_customer_request import CreateCustomerRequest
from ..models.create_order_branch_param import CreateOrderBranchParam
from ..models.create_order_metadata import CreateOrderMetadata
from ..models.create_order_payment_method import CreateOrderPaymentMethod
from ..models.create_order_sales_person import CreateOrderSalesPerson
from ..models.create_product_request import CreateProductRequest
