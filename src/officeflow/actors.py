"""Actors (办事人员): a person with a name, a unit (单位/部门), roles and a clearance level."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from officeflow.errors import InvalidType, InvalidValue
from officeflow.security import Classification


def _roles(value: Iterable[str] | str) -> frozenset[str]:
    if isinstance(value, str):
        return frozenset({value})
    roles = frozenset(value)
    for role in roles:
        if not isinstance(role, str) or not role:
            raise InvalidValue("roles", role, "non-empty role names (str)")
    return roles


def _clearance(value: Classification | str) -> Classification:
    return Classification.parse(value)


def _text(field: str) -> Any:
    def check(_: object, attribute: attrs.Attribute[str], value: object) -> None:
        if not isinstance(value, str) or not value.strip():
            raise InvalidValue(f"Actor.{attribute.name}", value, "a non-empty str")

    return check


@attrs.frozen(slots=True)
class Actor:
    """Who does something: ``Actor("王芳", "信访办", roles={"petition_officer"})``."""

    name: str = attrs.field(validator=_text("name"))
    unit: str = attrs.field(validator=_text("unit"))
    roles: frozenset[str] = attrs.field(default=frozenset(), converter=_roles)
    clearance: Classification = attrs.field(default=Classification.UNCLASSIFIED, converter=_clearance)

    def has_any(self, roles: Iterable[str]) -> bool:
        return not self.roles.isdisjoint(roles)

    def __str__(self) -> str:
        return f"{self.name} ({self.unit})"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "unit": self.unit, "roles": sorted(self.roles),
                "clearance": self.clearance.code}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Actor:
        if not isinstance(data, Mapping):
            raise InvalidType("actor", data, "a mapping with name, unit, roles, clearance")
        name, unit = data.get("name"), data.get("unit")
        if not isinstance(name, str) or not isinstance(unit, str):
            raise InvalidValue("actor", dict(data), "a mapping with str name and unit")
        return cls(name, unit, frozenset(data.get("roles", ())), data.get("clearance", "unclassified"))
