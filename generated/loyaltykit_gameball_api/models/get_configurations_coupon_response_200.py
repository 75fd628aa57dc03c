from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="GetConfigurationsCouponResponse200")


@_attrs_define
class GetConfigurationsCouponResponse200:
    url: None | str = None
    """ The URL where the coupon configuration is applied. """
    method: None | str = None
    """ The HTTP method used for the coupon configuration process (e.g., POST, PUT or GET). """
    query_params: list[GetConfigurationsCouponResponse200QueryParamsType0Item] | None = None
    """ List of query parameters used in the request. """
    headers: list[GetConfigurationsCouponResponse200HeadersType0Item] | None = None
    """ List of headers used in the request. """
    payload: None | str = None
    """ The request payload format or template. """
    coupon_mapping: GetConfigurationsCouponResponse200CouponMappingType0 | None = None
    """ A dictionary mapping coupon types to specific keys in your system. """
    enable_free_product: bool | None = None
    """ Indicates whether free product coupons are enabled. """
    enable_fixed_rate: bool | None = None
    """ Indicates whether fixed-rate discount coupons are enabled. """
    enable_free_shipping: bool | None = None
    """ Indicates whether free shipping coupons are enabled. """
    enable_percentage: bool | None = None
    """ Indicates whether percentage-based discount coupons are enabled. """
    platforms: list[GetConfigurationsCouponResponse200PlatformsType0Item] | None = None
    """ List of platforms for which the coupon configurations are applied. """
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
        url: None | str
        url = self.url

        method: None | str
        method = self.method

        query_params: list[dict[str, Any]] | None
        if isinstance(self.query_params, list):
            query_params = []
            for query_params_type_0_item_data in self.query_params:
                query_params_type_0_item = query_params_type_0_item_data.to_dict()
                query_params.append(query_params_type_0_item)

        else:
            query_params = self.query_params

        headers: list[dict[str, Any]] | None
        if isinstance(self.headers, list):
            headers = []
            for headers_type_0_item_data in self.headers:
                headers_type_0_item = headers_type_0_item_data.to_dict()
                headers.append(headers_type_0_item)

        else:
            headers = self.headers

        payload: None | str
        payload = self.payload

        coupon_mapping: dict[str, Any] | None
        if isinstance(self.coupon_mapping, GetConfigurationsCouponResponse200CouponMappingType0):
            coupon_mapping = self.coupon_mapping.to_dict()
        else:
            coupon_mapping = self.coupon_mapping

        enable_free_product: bool | None
        enable_free_product = self.enable_free_product

        enable_fixed_rate: bool | None
        enable_fixed_rate = self.enable_fixed_rate

        enable_free_shipping: bool | None
        enable_free_shipping = self.enable_free_shipping

        enable_percentage: bool | None
        enable_percentage = self.enable_percentage

        platforms: list[dict[str, Any]] | None
        if isinstance(self.platforms, list):
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
                "queryParams": query_params,
                "headers": headers,
                "payload": payload,
                "couponMapping": coupon_mapping,
                "enableFreeProduct": enable_free_product,
                "enableFixedRate": enable_fixed_rate,
                "enableFreeShipping": enable_free_shipping,
                "enablePercentage": enable_percentage,
                "platforms": platforms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url: None | str = d.pop("url", None)

        method: None | str = d.pop("method", None)

        _query_params_value = d.pop("queryParams", None)
        query_params: list[GetConfigurationsCouponResponse200QueryParamsType0Item] | None
        if _query_params_value is None or isinstance(_query_params_value, Unset):
            query_params = _query_params_value
        else:
            if not isinstance(_query_params_value, list):
                raise TypeError()
            query_params_type_0 = []
            _query_params_type_0 = _query_params_value
            for query_params_type_0_item_data in _query_params_type_0:
                query_params_type_0_item = GetConfigurationsCouponResponse200QueryParamsType0Item.from_dict(
                    query_params_type_0_item_data
                )

                query_params_type_0.append(query_params_type_0_item)

            query_params = query_params_type_0

        _headers_value = d.pop("headers", None)
        headers: list[GetConfigurationsCouponResponse200HeadersType0Item] | None
        if _headers_value is None or isinstance(_headers_value, Unset):
            headers = _headers_value
        else:
            if not isinstance(_headers_value, list):
                raise TypeError()
            headers_type_0 = []
            _headers_type_0 = _headers_value
            for headers_type_0_item_data in _headers_type_0:
                headers_type_0_item = GetConfigurationsCouponResponse200HeadersType0Item.from_dict(
                    headers_type_0_item_data
                )

                headers_type_0.append(headers_type_0_item)

            headers = headers_type_0

        payload: None | str = d.pop("payload", None)

        _coupon_mapping_value = d.pop("couponMapping", None)
        coupon_mapping: GetConfigurationsCouponResponse200CouponMappingType0 | None
        if _coupon_mapping_value is None or isinstance(_coupon_mapping_value, Unset):
            coupon_mapping = _coupon_mapping_value
        else:
            if not isinstance(_coupon_mapping_value, dict):
                raise TypeError()
            coupon_mapping_type_0 = GetConfigurationsCouponResponse200CouponMappingType0.from_dict(
                _coupon_mapping_value
            )

            coupon_mapping = coupon_mapping_type_0

        enable_free_product: bool | None = d.pop("enableFreeProduct", None)

        enable_fixed_rate: bool | None = d.pop("enableFixedRate", None)

        enable_free_shipping: bool | None = d.pop("enableFreeShipping", None)

        enable_percentage: bool | None = d.pop("enablePercentage", None)

        _platforms_value = d.pop("platforms", None)
        platforms: list[GetConfigurationsCouponResponse200PlatformsType0Item] | None
        if _platforms_value is None or isinstance(_platforms_value, Unset):
            platforms = _platforms_value
        else:
            if not isinstance(_platforms_value, list):
                raise TypeError()
            platforms_type_0 = []
            _platforms_type_0 = _platforms_value
            for platforms_type_0_item_data in _platforms_type_0:
                platforms_type_0_item = GetConfigurationsCouponResponse200PlatformsType0Item.from_dict(
                    platforms_type_0_item_data
                )

                platforms_type_0.append(platforms_type_0_item)

            platforms = platforms_type_0

        get_configurations_coupon_response_200 = cls(
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

        get_configurations_coupon_response_200.additional_properties = d
        return get_configurations_coupon_response_200

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


from ..models.get_configurations_coupon_response_200_coupon_mapping_type_0 import (
    GetConfigurationsCouponResponse200CouponMappingType0,
)
from ..models.get_configurations_coupon_response_200_headers_type_0_item import (
    GetConfigurationsCouponResponse200HeadersType0Item,
)
from ..models.get_configurations_coupon_response_200_platforms_type_0_item import (
    GetConfigurationsCouponResponse200PlatformsType0Item,
)
from ..models.get_configurations_coupon_response_200_query_params_type_0_item import (
    GetConfigurationsCouponResponse200QueryParamsType0Item,
)
