from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="CustomerEmailConfiguration")


@_attrs_define
class CustomerEmailConfiguration:
    id: int | None = None
    email_body: None | str = None
    subject: None | str = None
    is_active: bool | None = None
    type_: int | None = None
    """ Rendered as an enum; names not documented. """
    variables: list[EmailConfigurationVariable] | None = None
    title: None | str = None
    description: None | str = None
    group: int | None = None
    """ Rendered as an enum; names not documented. """
    sub_type: int | None = None
    hide_logo_is_active: bool | None = None
    change_background_color_is_active: bool | None = None
    products_recommendation_is_active: bool | None = None
    email_background_color: None | str = None
    objective_linked_type: int | None = None
    """ Rendered as an enum; names not documented. """
    pre_header: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "email_body",
                "subject",
                "is_active",
                "type_",
                "variables",
                "title",
                "description",
                "group",
                "sub_type",
                "hide_logo_is_active",
                "change_background_color_is_active",
                "products_recommendation_is_active",
                "email_background_color",
                "objective_linked_type",
                "pre_header",
            ),
            frozenset(
                (
                    "email_body",
                    "email_background_color",
                )
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        email_body: None | str
        email_body = self.email_body

        subject: None | str
        subject = self.subject

        is_active: bool | None
        is_active = self.is_active

        type_: int | None
        type_ = self.type_

        variables: list[dict[str, Any]] | None
        if isinstance(self.variables, list):
            variables = []
            for variables_type_0_item_data in self.variables:
                variables_type_0_item = variables_type_0_item_data.to_dict()
                variables.append(variables_type_0_item)

        else:
            variables = self.variables

        title: None | str
        title = self.title

        description: None | str
        description = self.description

        group: int | None
        group = self.group

        sub_type: int | None
        sub_type = self.sub_type

        hide_logo_is_active: bool | None
        hide_logo_is_active = self.hide_logo_is_active

        change_background_color_is_active: bool | None
        change_background_color_is_active = self.change_background_color_is_active

        products_recommendation_is_active: bool | None
        products_recommendation_is_active = self.products_recommendation_is_active

        email_background_color: None | str
        email_background_color = self.email_background_color

        objective_linked_type: int | None
        objective_linked_type = self.objective_linked_type

        pre_header: None | str
        pre_header = self.pre_header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "EmailBody": email_body,
                "Subject": subject,
                "IsActive": is_active,
                "Type": type_,
                "Variables": variables,
                "Title": title,
                "Description": description,
                "Group": group,
                "SubType": sub_type,
                "HideLogoIsActive": hide_logo_is_active,
                "ChangeBackgroundColorIsActive": change_background_color_is_active,
                "ProductsRecommendationIsActive": products_recommendation_is_active,
                "EmailBackgroundColor": email_background_color,
                "ObjectiveLinkedType": objective_linked_type,
                "PreHeader": pre_header,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None = d.pop("Id", None)

        email_body: None | str = d.pop("EmailBody", None)

        subject: None | str = d.pop("Subject", None)

        is_active: bool | None = d.pop("IsActive", None)

        type_: int | None = d.pop("Type", None)

        _variables_value = d.pop("Variables", None)
        variables: list[EmailConfigurationVariable] | None
        if _variables_value is None or isinstance(_variables_value, Unset):
            variables = _variables_value
        else:
            if not isinstance(_variables_value, list):
                raise TypeError()
            variables_type_0 = []
            _variables_type_0 = _variables_value
            for variables_type_0_item_data in _variables_type_0:
                variables_type_0_item = EmailConfigurationVariable.from_dict(variables_type_0_item_data)

                variables_type_0.append(variables_type_0_item)

            variables = variables_type_0

        title: None | str = d.pop("Title", None)

        description: None | str = d.pop("Description", None)

        group: int | None = d.pop("Group", None)

        sub_type: int | None = d.pop("SubType", None)

        hide_logo_is_active: bool | None = d.pop("HideLogoIsActive", None)

        change_background_color_is_active: bool | None = d.pop("ChangeBackgroundColorIsActive", None)

        products_recommendation_is_active: bool | None = d.pop("ProductsRecommendationIsActive", None)

        email_background_color: None | str = d.pop("EmailBackgroundColor", None)

        objective_linked_type: int | None = d.pop("ObjectiveLinkedType", None)

        pre_header: None | str = d.pop("PreHeader", None)

        customer_email_configuration = cls(
            id=id,
            email_body=email_body,
            subject=subject,
            is_active=is_active,
            type_=type_,
            variables=variables,
            title=title,
            description=description,
            group=group,
            sub_type=sub_type,
            hide_logo_is_active=hide_logo_is_active,
            change_background_color_is_active=change_background_color_is_active,
            products_recommendation_is_active=products_recommendation_is_active,
            email_background_color=email_background_color,
            objective_linked_type=objective_linked_type,
            pre_header=pre_header,
        )

        customer_email_configuration.additional_properties = d
        return customer_email_configuration

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


from ..models.email_configuration_variable import EmailConfigurationVariable
