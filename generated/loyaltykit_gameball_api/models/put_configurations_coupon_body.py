from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PutConfigurationsCouponBody")


@_attrs_define
class PutConfigurationsCouponBody:
    url: str
    """ The URL of your API endpoint where coupons are created. Gameball will send requests to this endpoint
    whenever a coupon needs to be generated. """
    method: str
    """ The HTTP method used to send requests to the coupon creation endpoint. Allowed values are POST, PUT or GET.
    """
    query_params: list[PutConfigurationsCouponBodyQueryParamsType0Item] | None | Unset = UNSET
    """ List of query parameters used in the request. Those that will be appended to the URL endpoint. These are
    used to pass specific parameters required by your coupon system as part of the URL itself, often for
    identification, filtering, or configuration purposes. Each query parameter is defined by a key-value pair,
    allowing you to tailor requests based on requirements in your API. """
    headers: list[PutConfigurationsCouponBodyHeadersType0Item] | None | Unset = UNSET
    """ List of headers used in the request. """
    payload: None | str | Unset = UNSET
    """ This specifies the structure of the JSON body Gameball will send to your endpoint when creating a coupon.
    Since different systems may use varying parameter names and structures, you can customize this payload to align
    with your system's requirements. You should define the JSON payload with placeholders that Gameball will replace
    with actual data when sending the request. Example: { "customerId": "{{playerUniqueId}}", "amount": "{{value}}",
    "code": "{{code}}" } """
    coupon_mapping: None | PutConfigurationsCouponBodyCouponMappingType0 | Unset = UNSET
    """ A dictionary mapping coupon attributes to specific keys in your system. """
    enable_free_product: bool | None | Unset = UNSET
    """ Indicates whether free product coupons are enabled. """
    enable_fixed_rate: bool | None | Unset = UNSET
    """ Indicates whether fixed-rate discount coupons are enabled. """
    enable_free_shipping: bool | None | Unset = UNSET
    """ Indicates whether free shipping coupons are enabled. """
    enable_percentage: bool | None | Unset = UNSET
    """ Indicates whether percentage-based discount coupons are enabled. """
    platforms: list[PutConfigurationsCouponBodyPlatformsType0Item] | None | Unset = UNSET
    """ List of platforms for which the coupon configurations are applied in your system. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "url",
                "method",
                "query_params",
                "headers",
                "payload",
                "coupon_mapping",
                "enable_free_product",
                "enable_fixed_rate",
                "enable_free_shipping",
                "enable_percentage",
                "platforms",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        method = self.method

        query_params: list[dict[str, Any]] | None | Unset
        if isinstance(self.query_params, Unset):
            query_params = UNSET
        elif isinstance(self.query_params, list):
            query_params = []
            for query_params_type_0_item_data in self.query_params:
                query_params_type_0_item = query_params_type_0_item_data.to_dict()
                query_params.append(query_params_type_0_item)

        else:
            query_params = self.query_params

        headers: list[dict[str, Any]] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, list):
            headers = []
            for headers_type_0_item_data in self.headers:
                headers_type_0_item = headers_type_0_item_data.to_dict()
                headers.append(headers_type_0_item)

        else:
            headers = self.headers

        payload: None | str | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        else:
            payload = self.payload

        coupon_mapping: dict[str, Any] | None | Unset
        if isinstance(self.coupon_mapping, Unset):
            coupon_mapping = UNSET
        elif isinstance(self.coupon_mapping, PutConfigurationsCouponBodyCouponMappingType0):
            coupon_mapping = self.coupon_mapping.to_dict()
        else:
            coupon_mapping = self.coupon_mapping

        enable_free_product: bool | None | Unset
        if isinstance(self.enable_free_product, Unset):
            enable_free_product = UNSET
        else:
            enable_free_product = self.enable_free_product

        enable_fixed_rate: bool | None | Unset
        if isinstance(self.enable_fixed_rate, Unset):
            enable_fixed_rate = UNSET
        else:
            enable_fixed_rate = self.enable_fixed_rate

        enable_free_shipping: bool | None | Unset
        if isinstance(self.enable_free_shipping, Unset):
            enable_free_shipping = UNSET
        else:
            enable_free_shipping = self.enable_free_shipping

        enable_percentage: bool | None | Unset
        if isinstance(self.enable_percentage, Unset):
            enable_percentage = UNSET
        else:
            enable_percentage = self.enable_percentage

        platforms: list[dict[str, Any]] | None | Unset
        if isinstance(self.platforms, Unset):
            platforms = UNSET
        elif isinstance(self.platforms, list):
            platforms = []
            for platforms_type_0_item_data in self.platforms:
                platforms_type_0_item = platforms_type_0_item_data.to_dict()
                platforms.append(platforms_type_0_item)

        else:
            platforms = self.platforms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
                "method": method,
            }
        )
        if query_params is not UNSET:
            field_dict["queryParams"] = query_params
        if headers is not UNSET:
            field_dict["headers"] = headers
        if payload is not UNSET:
            field_dict["payload"] = payload
        if coupon_mapping is not UNSET:
            field_dict["couponMapping"] = coupon_mapping
        if enable_free_product is not UNSET:
            field_dict["enableFreeProduct"] = enable_free_product
        if enable_fixed_rate is not UNSET:
            field_dict["enableFixedRate"] = enable_fixed_rate
        if enable_free_shipping is not UNSET:
            field_dict["enableFreeShipping"] = enable_free_shipping
        if enable_percentage is not UNSET:
            field_dict["enablePercentage"] = enable_percentage
        if platforms is not UNSET:
            field_dict["platforms"] = platforms

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        method = d.pop("method")

        _query_params_value = d.pop("queryParams", UNSET)
        query_params: list[PutConfigurationsCouponBodyQueryParamsType0Item] | None | Unset
        if _query_params_value is None or isinstance(_query_params_value, Unset):
            query_params = _query_params_value
        else:
            if not isinstance(_query_params_value, list):
                raise TypeError()
            query_params_type_0 = []
            _query_params_type_0 = _query_params_value
            for query_params_type_0_item_data in _query_params_type_0:
                query_params_type_0_item = PutConfigurationsCouponBodyQueryParamsType0Item.from_dict(
                    query_params_type_0_item_data
                )

                query_params_type_0.append(query_params_type_0_item)

            query_params = query_params_type_0

        _headers_value = d.pop("headers", UNSET)
        headers: list[PutConfigurationsCouponBodyHeadersType0Item] | None | Unset
        if _headers_value is None or isinstance(_headers_value, Unset):
            headers = _headers_value
        else:
            if not isinstance(_headers_value, list):
                raise TypeError()
            headers_type_0 = []
            _headers_type_0 = _headers_value
            for headers_type_0_item_data in _headers_type_0:
                headers_type_0_item = PutConfigurationsCouponBodyHeadersType0Item.from_dict(headers_type_0_item_data)

                headers_type_0.append(headers_type_0_item)

            headers = headers_type_0

        payload: None | str | Unset = d.pop("payload", UNSET)

        _coupon_mapping_value = d.pop("couponMapping", UNSET)
        coupon_mapping: None | PutConfigurationsCouponBodyCouponMappingType0 | Unset
        if _coupon_mapping_value is None or isinstance(_coupon_mapping_value, Unset):
            coupon_mapping = _coupon_mapping_value
        else:
            if not isinstance(_coupon_mapping_value, dict):
                raise TypeError()
            coupon_mapping_type_0 = PutConfigurationsCouponBodyCouponMappingType0.from_dict(_coupon_mapping_value)

            coupon_mapping = coupon_mapping_type_0

        enable_free_product: bool | None | Unset = d.pop("enableFreeProduct", UNSET)

        enable_fixed_rate: bool | None | Unset = d.pop("enableFixedRate", UNSET)

        enable_free_shipping: bool | None | Unset = d.pop("enableFreeShipping", UNSET)

        enable_percentage: bool | None | Unset = d.pop("enablePercentage", UNSET)

        _platforms_value = d.pop("platforms", UNSET)
        platforms: list[PutConfigurationsCouponBodyPlatformsType0Item] | None | Unset
        if _platforms_value is None or isinstance(_platforms_value, Unset):
            platforms = _platforms_value
        else:
            if not isinstance(_platforms_value, list):
                raise TypeError()
            platforms_type_0 = []
            _platforms_type_0 = _platforms_value
            for platforms_type_0_item_data in _platforms_type_0:
                platforms_type_0_item = PutConfigurationsCouponBodyPlatformsType0Item.from_dict(
                    platforms_type_0_item_data
                )

                platforms_type_0.append(platforms_type_0_item)

            platforms = platforms_type_0

        put_configurations_coupon_body = cls(
            url=url,
            method=method,
            query_params=query_params,
            headers=headers,
            payload=payload,
            coupon_mapping=coupon_mapping,
            enable_free_product=enable_free_product,
            enable_fixed_rate=enable_fixed_rate,
            enable_free_shipping=enable_free_shipping,
            enable_percentage=enable_percentage,
            platforms=platforms,
        )

        put_configurations_coupon_body.additional_properties = d
        return put_configurations_coupon_body

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


from ..models.put_configurations_coupon_body_coupon_mapping_type_0 import PutConfigurationsCouponBodyCouponMappingType0
from ..models.put_configurations_coupon_body_headers_type_0_item import PutConfigurationsCouponBodyHeadersType0Item
from ..models.put_configurations_coupon_body_platforms_type_0_item import PutConfigurationsCouponBodyPlatformsType0Item
from ..models.put_configurations_coupon_body_query_params_type_0_item import (
    PutConfigurationsCouponBodyQueryParamsType0Item,
)
