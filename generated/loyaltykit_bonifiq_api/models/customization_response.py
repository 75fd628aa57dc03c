from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomizationResponse")


@_attrs_define
class CustomizationResponse:
    """Loyalty program customizations as configured in the BonifiQ admin panel."""

    program_name: None | str | Unset = UNSET
    """ The name of the loyalty program. This could be different from the store name. """
    widget_icon_url: None | str | Unset = UNSET
    """ The URL of the icon used as reference in the loyaty program. If null, the default icon should be used """
    have_icon_url: bool | None | Unset = UNSET
    """ if true the icon URL is set and should be used. If false, the default icon should be used """
    widget_color: None | str | Unset = UNSET
    """ if HaveIconUrl is false, this color should be used in the widget. """
    main_color: None | str | Unset = UNSET
    """ the hexadecimal color used as a main theme color for the program. """
    logo: None | str | Unset = UNSET
    """ The URL of the store logo. This is usually used in the e-mails sent do customers. """
    url: None | str | Unset = UNSET
    """ The URL of the store or loyalty landing page. """
    company_name: None | str | Unset = UNSET
    """ Name of the store or company. Can be used in communications. """
    points_name_singular: None | str | Unset = UNSET
    """ Singular name for 'Points' (e.g. 'Coin'). """
    point_name_plural: None | str | Unset = UNSET
    """ Plural name for 'Points' (e.g. 'Coins'). Vendor spelling. """
    font_name: None | str | Unset = UNSET
    """ Name of the font set. If null use a default font """
    font_url: None | str | Unset = UNSET
    """ URL for the font. For webfonts the FontUrl is null otherwise the URL if given in this field """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        program_name: None | str | Unset
        if isinstance(self.program_name, Unset):
            program_name = UNSET
        else:
            program_name = self.program_name

        widget_icon_url: None | str | Unset
        if isinstance(self.widget_icon_url, Unset):
            widget_icon_url = UNSET
        else:
            widget_icon_url = self.widget_icon_url

        have_icon_url: bool | None | Unset
        if isinstance(self.have_icon_url, Unset):
            have_icon_url = UNSET
        else:
            have_icon_url = self.have_icon_url

        widget_color: None | str | Unset
        if isinstance(self.widget_color, Unset):
            widget_color = UNSET
        else:
            widget_color = self.widget_color

        main_color: None | str | Unset
        if isinstance(self.main_color, Unset):
            main_color = UNSET
        else:
            main_color = self.main_color

        logo: None | str | Unset
        if isinstance(self.logo, Unset):
            logo = UNSET
        else:
            logo = self.logo

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        points_name_singular: None | str | Unset
        if isinstance(self.points_name_singular, Unset):
            points_name_singular = UNSET
        else:
            points_name_singular = self.points_name_singular

        point_name_plural: None | str | Unset
        if isinstance(self.point_name_plural, Unset):
            point_name_plural = UNSET
        else:
            point_name_plural = self.point_name_plural

        font_name: None | str | Unset
        if isinstance(self.font_name, Unset):
            font_name = UNSET
        else:
            font_name = self.font_name

        font_url: None | str | Unset
        if isinstance(self.font_url, Unset):
            font_url = UNSET
        else:
            font_url = self.font_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if program_name is not UNSET:
            field_dict["ProgramName"] = program_name
        if widget_icon_url is not UNSET:
            field_dict["WidgetIconUrl"] = widget_icon_url
        if have_icon_url is not UNSET:
            field_dict["HaveIconUrl"] = have_icon_url
        if widget_color is not UNSET:
            field_dict["WidgetColor"] = widget_color
        if main_color is not UNSET:
            field_dict["MainColor"] = main_color
        if logo is not UNSET:
            field_dict["Logo"] = logo
        if url is not UNSET:
            field_dict["Url"] = url
        if company_name is not UNSET:
            field_dict["CompanyName"] = company_name
        if points_name_singular is not UNSET:
            field_dict["PointsNameSingular"] = points_name_singular
        if point_name_plural is not UNSET:
            field_dict["PointNamePlural"] = point_name_plural
        if font_name is not UNSET:
            field_dict["FontName"] = font_name
        if font_url is not UNSET:
            field_dict["FontUrl"] = font_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_program_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        program_name = _parse_program_name(d.pop("ProgramName", UNSET))

        def _parse_widget_icon_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        widget_icon_url = _parse_widget_icon_url(d.pop("WidgetIconUrl", UNSET))

        def _parse_have_icon_url(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        have_icon_url = _parse_have_icon_url(d.pop("HaveIconUrl", UNSET))

        def _parse_widget_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        widget_color = _parse_widget_color(d.pop("WidgetColor", UNSET))

        def _parse_main_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        main_color = _parse_main_color(d.pop("MainColor", UNSET))

        def _parse_logo(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo = _parse_logo(d.pop("Logo", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("Url", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("CompanyName", UNSET))

        def _parse_points_name_singular(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        points_name_singular = _parse_points_name_singular(d.pop("PointsNameSingular", UNSET))

        def _parse_point_name_plural(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        point_name_plural = _parse_point_name_plural(d.pop("PointNamePlural", UNSET))

        def _parse_font_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        font_name = _parse_font_name(d.pop("FontName", UNSET))

        def _parse_font_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        font_url = _parse_font_url(d.pop("FontUrl", UNSET))

        customization_response = cls(
            program_name=program_name,
            widget_icon_url=widget_icon_url,
            have_icon_url=have_icon_url,
            widget_color=widget_color,
            main_color=main_color,
            logo=logo,
            url=url,
            company_name=company_name,
            points_name_singular=points_name_singular,
            point_name_plural=point_name_plural,
            font_name=font_name,
            font_url=font_url,
        )

        customization_response.additional_properties = d
        return customization_response

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
