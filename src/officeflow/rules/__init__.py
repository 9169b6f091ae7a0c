"""Statutory time limits (法定期限): the catalogue, the registry and the counting rules.

>>> from officeflow import rules
>>> rules.get("licensing.decision").due(pendulum.Date(2026, 9, 21))
Date(2026, 10, 26)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pendulum  # noqa: F401  (doctest)

from officeflow.rules.catalogue import CATALOGUE, DISCLOSURE_STOPS, LICENSING_STOPS
from officeflow.rules.counting import add_months
from officeflow.rules.model import Direction, Extension, TimeLimit, Unit
from officeflow.rules.registry import DEFAULT, Registry, RuleCodes

if TYPE_CHECKING:
    from officeflow.calendar import WorkCalendar

__all__ = [
    "CATALOGUE",
    "DEFAULT",
    "DISCLOSURE_STOPS",
    "LICENSING_STOPS",
    "Direction",
    "Extension",
    "Registry",
    "RuleCodes",
    "TimeLimit",
    "Unit",
    "add_months",
    "all",
    "due_many",
    "encode",
    "get",
]


def get(rule_id: str) -> TimeLimit:
    """The catalogue's limit called ``rule_id`` (e.g. ``"licensing.decision"``)."""
    return DEFAULT.get(rule_id)


def due_many(rules: Any, starts: Any, *, calendar: WorkCalendar | None = None) -> Any:
    """Due dates for many (rule id, start) pairs from the catalogue (needs ``numpy``); pass
    ``rules.encode(ids)`` instead of the ids for large caseloads."""
    return DEFAULT.due_many(rules, starts, calendar=calendar)


def encode(rule_ids: Any) -> RuleCodes:
    """Rule ids as integer codes for :func:`due_many` (needs ``numpy``)."""
    return DEFAULT.encode(rule_ids)


def all() -> tuple[TimeLimit, ...]:
    """Every limit in the catalogue."""
    return DEFAULT.all()
