from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

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
        program_name: None | str | Unset = d.pop("ProgramName", UNSET)

        widget_icon_url: None | str | Unset = d.pop("WidgetIconUrl", UNSET)

        have_icon_url: bool | None | Unset = d.pop("HaveIconUrl", UNSET)

        widget_color: None | str | Unset = d.pop("WidgetColor", UNSET)

        main_color: None | str | Unset = d.pop("MainColor", UNSET)

        logo: None | str | Unset = d.pop("Logo", UNSET)

        url: None | str | Unset = d.pop("Url", UNSET)

        company_name: None | str | Unset = d.pop("CompanyName", UNSET)

        points_name_singular: None | str | Unset = d.pop("PointsNameSingular", UNSET)

        point_name_plural: None | str | Unset = d.pop("PointNamePlural", UNSET)

        font_name: None | str | Unset = d.pop("FontName", UNSET)

        font_url: None | str | Unset = d.pop("FontUrl", UNSET)

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
