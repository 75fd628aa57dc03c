from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetConfigurationsCouponResponse200")


@_attrs_define
class GetConfigurationsCouponResponse200:
    url: None | str | Unset = UNSET
    """ The URL where the coupon configuration is applied. """
    method: None | str | Unset = UNSET
    """ The HTTP method used for the coupon configuration process (e.g., POST, PUT or GET). """
    query_params: list[GetConfigurationsCouponResponse200QueryParamsType0Item] | None | Unset = UNSET
    """ List of query parameters used in the request. """
    headers: list[GetConfigurationsCouponResponse200HeadersType0Item] | None | Unset = UNSET
    """ List of headers used in the request. """
    payload: None | str | Unset = UNSET
    """ The request payload format or template. """
    coupon_mapping: GetConfigurationsCouponResponse200CouponMappingType0 | None | Unset = UNSET
    """ A dictionary mapping coupon types to specific keys in your system. """
    enable_free_product: bool | None | Unset = UNSET
    """ Indicates whether free product coupons are enabled. """
    enable_fixed_rate: bool | None | Unset = UNSET
    """ Indicates whether fixed-rate discount coupons are enabled. """
    enable_free_shipping: bool | None | Unset = UNSET
    """ Indicates whether free shipping coupons are enabled. """
    enable_percentage: bool | None | Unset = UNSET
    """ Indicates whether percentage-based discount coupons are enabled. """
    platforms: list[GetConfigurationsCouponResponse200PlatformsType0Item] | None | Unset = UNSET
    """ List of platforms for which the coupon configurations are applied. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
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
        elif isinstance(self.coupon_mapping, GetConfigurationsCouponResponse200CouponMappingType0):
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
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if method is not UNSET:
            field_dict["method"] = method
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
        url: None | str | Unset = d.pop("url", UNSET)

        method: None | str | Unset = d.pop("method", UNSET)

        _query_params_value = d.pop("queryParams", UNSET)
        query_params: list[GetConfigurationsCouponResponse200QueryParamsType0Item] | None | Unset
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

        _headers_value = d.pop("headers", UNSET)
        headers: list[GetConfigurationsCouponResponse200HeadersType0Item] | None | Unset
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

        payload: None | str | Unset = d.pop("payload", UNSET)

        _coupon_mapping_value = d.pop("couponMapping", UNSET)
        coupon_mapping: GetConfigurationsCouponResponse200CouponMappingType0 | None | Unset
        if _coupon_mapping_value is None or isinstance(_coupon_mapping_value, Unset):
            coupon_mapping = _coupon_mapping_value
        else:
            if not isinstance(_coupon_mapping_value, dict):
                raise TypeError()
            coupon_mapping_type_0 = GetConfigurationsCouponResponse200CouponMappingType0.from_dict(
                _coupon_mapping_value
            )

            coupon_mapping = coupon_mapping_type_0

        enable_free_product: bool | None | Unset = d.pop("enableFreeProduct", UNSET)

        enable_fixed_rate: bool | None | Unset = d.pop("enableFixedRate", UNSET)

        enable_free_shipping: bool | None | Unset = d.pop("enableFreeShipping", UNSET)

        enable_percentage: bool | None | Unset = d.pop("enablePercentage", UNSET)

        _platforms_value = d.pop("platforms", UNSET)
        platforms: list[GetConfigurationsCouponResponse200PlatformsType0Item] | None | Unset
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
