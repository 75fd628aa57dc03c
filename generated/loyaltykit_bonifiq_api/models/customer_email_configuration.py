from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerEmailConfiguration")


@_attrs_define
class CustomerEmailConfiguration:
    id: int | None | Unset = UNSET
    email_body: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    type_: int | None | Unset = UNSET
    """ Rendered as an enum; names not documented. """
    variables: list[EmailConfigurationVariable] | None | Unset = UNSET
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    group: int | None | Unset = UNSET
    """ Rendered as an enum; names not documented. """
    sub_type: int | None | Unset = UNSET
    hide_logo_is_active: bool | None | Unset = UNSET
    change_background_color_is_active: bool | None | Unset = UNSET
    products_recommendation_is_active: bool | None | Unset = UNSET
    email_background_color: None | str | Unset = UNSET
    objective_linked_type: int | None | Unset = UNSET
    """ Rendered as an enum; names not documented. """
    pre_header: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        email_body: None | str | Unset
        if isinstance(self.email_body, Unset):
            email_body = UNSET
        else:
            email_body = self.email_body

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        type_: int | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        variables: list[dict[str, Any]] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, list):
            variables = []
            for variables_type_0_item_data in self.variables:
                variables_type_0_item = variables_type_0_item_data.to_dict()
                variables.append(variables_type_0_item)

        else:
            variables = self.variables

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        group: int | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        sub_type: int | None | Unset
        if isinstance(self.sub_type, Unset):
            sub_type = UNSET
        else:
            sub_type = self.sub_type

        hide_logo_is_active: bool | None | Unset
        if isinstance(self.hide_logo_is_active, Unset):
            hide_logo_is_active = UNSET
        else:
            hide_logo_is_active = self.hide_logo_is_active

        change_background_color_is_active: bool | None | Unset
        if isinstance(self.change_background_color_is_active, Unset):
            change_background_color_is_active = UNSET
        else:
            change_background_color_is_active = self.change_background_color_is_active

        products_recommendation_is_active: bool | None | Unset
        if isinstance(self.products_recommendation_is_active, Unset):
            products_recommendation_is_active = UNSET
        else:
            products_recommendation_is_active = self.products_recommendation_is_active

        email_background_color: None | str | Unset
        if isinstance(self.email_background_color, Unset):
            email_background_color = UNSET
        else:
            email_background_color = self.email_background_color

        objective_linked_type: int | None | Unset
        if isinstance(self.objective_linked_type, Unset):
            objective_linked_type = UNSET
        else:
            objective_linked_type = self.objective_linked_type

        pre_header: None | str | Unset
        if isinstance(self.pre_header, Unset):
            pre_header = UNSET
        else:
            pre_header = self.pre_header

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if email_body is not UNSET:
            field_dict["EmailBody"] = email_body
        if subject is not UNSET:
            field_dict["Subject"] = subject
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if variables is not UNSET:
            field_dict["Variables"] = variables
        if title is not UNSET:
            field_dict["Title"] = title
        if description is not UNSET:
            field_dict["Description"] = description
        if group is not UNSET:
            field_dict["Group"] = group
        if sub_type is not UNSET:
            field_dict["SubType"] = sub_type
        if hide_logo_is_active is not UNSET:
            field_dict["HideLogoIsActive"] = hide_logo_is_active
        if change_background_color_is_active is not UNSET:
            field_dict["ChangeBackgroundColorIsActive"] = change_background_color_is_active
        if products_recommendation_is_active is not UNSET:
            field_dict["ProductsRecommendationIsActive"] = products_recommendation_is_active
        if email_background_color is not UNSET:
            field_dict["EmailBackgroundColor"] = email_background_color
        if objective_linked_type is not UNSET:
            field_dict["ObjectiveLinkedType"] = objective_linked_type
        if pre_header is not UNSET:
            field_dict["PreHeader"] = pre_header

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("Id", UNSET)

        email_body: None | str | Unset = d.pop("EmailBody", UNSET)

        subject: None | str | Unset = d.pop("Subject", UNSET)

        is_active: bool | None | Unset = d.pop("IsActive", UNSET)

        type_: int | None | Unset = d.pop("Type", UNSET)

        _variables_value = d.pop("Variables", UNSET)
        variables: list[EmailConfigurationVariable] | None | Unset
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

        title: None | str | Unset = d.pop("Title", UNSET)

        description: None | str | Unset = d.pop("Description", UNSET)

        group: int | None | Unset = d.pop("Group", UNSET)

        sub_type: int | None | Unset = d.pop("SubType", UNSET)

        hide_logo_is_active: bool | None | Unset = d.pop("HideLogoIsActive", UNSET)

        change_background_color_is_active: bool | None | Unset = d.pop("ChangeBackgroundColorIsActive", UNSET)

        products_recommendation_is_active: bool | None | Unset = d.pop("ProductsRecommendationIsActive", UNSET)

        email_background_color: None | str | Unset = d.pop("EmailBackgroundColor", UNSET)

        objective_linked_type: int | None | Unset = d.pop("ObjectiveLinkedType", UNSET)

        pre_header: None | str | Unset = d.pop("PreHeader", UNSET)

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
