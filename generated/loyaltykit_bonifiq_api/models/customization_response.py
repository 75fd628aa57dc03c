from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="CustomizationResponse")


@_attrs_define
class CustomizationResponse:
    """Loyalty program customizations as configured in the BonifiQ admin panel."""

    program_name: None | str = None
    """ The name of the loyalty program. This could be different from the store name. """
    widget_icon_url: None | str = None
    """ The URL of the icon used as reference in the loyaty program. If null, the default icon should be used """
    have_icon_url: bool | None = None
    """ if true the icon URL is set and should be used. If false, the default icon should be used """
    widget_color: None | str = None
    """ if HaveIconUrl is false, this color should be used in the widget. """
    main_color: None | str = None
    """ the hexadecimal color used as a main theme color for the program. """
    logo: None | str = None
    """ The URL of the store logo. This is usually used in the e-mails sent do customers. """
    url: None | str = None
    """ The URL of the store or loyalty landing page. """
    company_name: None | str = None
    """ Name of the store or company. Can be used in communications. """
    points_name_singular: None | str = None
    """ Singular name for 'Points' (e.g. 'Coin'). """
    point_name_plural: None | str = None
    """ Plural name for 'Points' (e.g. 'Coins'). Vendor spelling. """
    font_name: None | str = None
    """ Name of the font set. If null use a default font """
    font_url: None | str = None
    """ URL for the font. For webfonts the FontUrl is null otherwise the URL if given in this field """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "program_name",
                "widget_icon_url",
                "have_icon_url",
                "widget_color",
                "main_color",
                "logo",
                "url",
                "company_name",
                "points_name_singular",
                "point_name_plural",
                "font_name",
                "font_url",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        program_name: None | str
        program_name = self.program_name

        widget_icon_url: None | str
        widget_icon_url = self.widget_icon_url

        have_icon_url: bool | None
        have_icon_url = self.have_icon_url

        widget_color: None | str
        widget_color = self.widget_color

        main_color: None | str
        main_color = self.main_color

        logo: None | str
        logo = self.logo

        url: None | str
        url = self.url

        company_name: None | str
        company_name = self.company_name

        points_name_singular: None | str
        points_name_singular = self.points_name_singular

        point_name_plural: None | str
        point_name_plural = self.point_name_plural

        font_name: None | str
        font_name = self.font_name

        font_url: None | str
        font_url = self.font_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ProgramName": program_name,
                "WidgetIconUrl": widget_icon_url,
                "HaveIconUrl": have_icon_url,
                "WidgetColor": widget_color,
                "MainColor": main_color,
                "Logo": logo,
                "Url": url,
                "CompanyName": company_name,
                "PointsNameSingular": points_name_singular,
                "PointNamePlural": point_name_plural,
                "FontName": font_name,
                "FontUrl": font_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        program_name: None | str = d.pop("ProgramName", None)

        widget_icon_url: None | str = d.pop("WidgetIconUrl", None)

        have_icon_url: bool | None = d.pop("HaveIconUrl", None)

        widget_color: None | str = d.pop("WidgetColor", None)

        main_color: None | str = d.pop("MainColor", None)

        logo: None | str = d.pop("Logo", None)

        url: None | str = d.pop("Url", None)

        company_name: None | str = d.pop("CompanyName", None)

        points_name_singular: None | str = d.pop("PointsNameSingular", None)

        point_name_plural: None | str = d.pop("PointNamePlural", None)

        font_name: None | str = d.pop("FontName", None)

        font_url: None | str = d.pop("FontUrl", None)

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
