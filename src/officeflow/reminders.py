"""Reminders (催办): the ladder of reminders before and after a deadline.

A :class:`Ladder` is a tuple of rungs, each an offset in **working days** from the due date
(negative = before) and who is reminded. The default is the office's three-level follow-up
(三级督办): the handler 3 working days before, the leader in charge 1 before, the supervision
office the day after. Every reminder lands on a working day.
"""

from __future__ import annotations

import attrs
import pendulum

from officeflow.errors import InvalidType


@attrs.frozen(slots=True)
class Rung:
    """One step of the ladder: ``offset`` working days from due (negative before), to whom."""

    offset: int
    to: str
    label: str = ""

    def __attrs_post_init__(self) -> None:
        if isinstance(self.offset, bool) or not isinstance(self.offset, int):
            raise InvalidType("offset", self.offset, "an int number of working days (negative = before due)")


@attrs.frozen(slots=True)
class Reminder:
    """A reminder due on ``on`` to ``to``."""

    on: pendulum.Date
    to: str
    label: str
    offset: int

    def __str__(self) -> str:
        when = f"{abs(self.offset)} working day(s) {'before' if self.offset < 0 else 'after'} due"
        if self.offset == 0:
            when = "on the due date"
        return f"{self.on}: remind {self.to} ({self.label}) — {when}"


Ladder = tuple[Rung, ...]

DEFAULT_LADDER: Ladder = (
    Rung(-3, "handler", "承办人"),
    Rung(-1, "leader in charge", "分管领导"),
    Rung(1, "supervision office", "督查室"),
)
