"""A case (案件/事项): one document, meeting, petition… moving through its process.

A :class:`Case` is an immutable value. :meth:`Case.apply` returns a new case with one more
history entry and leaves the original untouched; a refused event raises and changes nothing.
The state, the data and the clocks can always be re-derived by replaying the history.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs
import pendulum

from officeflow._display import html_table
from officeflow.actors import Actor
from officeflow.calendar import WorkCalendar
from officeflow.clock import Clock
from officeflow.errors import UnknownName

if TYPE_CHECKING:
    from officeflow.process.diagram import Diagram
    from officeflow.process.kernel import Process


@attrs.frozen(slots=True)
class HistoryEntry:
    """One accepted event: its name, when (aware, Asia/Shanghai), by whom, and its payload."""

    event: str
    at: pendulum.DateTime
    by: Actor
    _payload: dict[str, Any] = attrs.field(repr=False)

    @property
    def payload(self) -> Mapping[str, Any]:
        """The validated payload, read-only."""
        return MappingProxyType(self._payload)


@attrs.frozen(slots=True, repr=False)
class Case:
    """A case of a process. Create one with ``PROCESS.open(...)``; move it with :meth:`apply`."""  # io-ok

    process: Process = attrs.field(eq=attrs.cmp_using(eq=lambda a, b: a is b))
    id: str
    state: str
    owner: str
    _data: dict[str, Any] = attrs.field(repr=False)
    _clocks: dict[str, Clock] = attrs.field(repr=False)
    history: tuple[HistoryEntry, ...]
    calendar: WorkCalendar = attrs.field(eq=False)

    def apply(self, event: str, *, at: Any, by: Actor, **payload: Any) -> Case:
        """The case after ``event`` done ``at`` (an aware datetime) ``by`` an actor.

        Raises :class:`~officeflow.EventRefused` (not allowed now, or a guard's reason),
        :class:`~officeflow.AccessDenied` (missing role) or an :class:`~officeflow.InvalidValue`
        for bad payload; the case itself never changes.
        """
        return self.process._apply(self, event, at, by, payload)

    def allowed_events(self, actor: Actor | None = None) -> tuple[str, ...]:
        """Events the current state allows — to ``actor``, if given: their roles, and the owner's
        events only to the owner (首问负责制). Guards that need a payload are checked only when
        the event is applied."""
        return self.process.allowed(self.state, actor, self.owner)

    @property
    def data(self) -> Mapping[str, Any]:
        """The case's domain data (from the opening and the events' records), read-only."""
        return MappingProxyType(self._data)

    @property
    def clocks(self) -> Mapping[str, Clock]:
        """The case's clocks by rule id, read-only."""
        return MappingProxyType(self._clocks)

    def clock(self, rule_id: str) -> Clock:
        """The clock for ``rule_id``; an unknown id raises, listing the case's clocks."""
        try:
            return self._clocks[rule_id]
        except (KeyError, TypeError):
            raise UnknownName("rule_id", rule_id, self.clocks, "clocks of this case") from None

    @property
    def state_label(self) -> str:
        return self.process.state(self.state).label

    @property
    def final(self) -> bool:
        return self.process.state(self.state).final

    @property
    def last_at(self) -> pendulum.DateTime:
        return self.history[-1].at

    def to_dict(self) -> dict[str, Any]:
        """JSON-compatible data; ``PROCESS.from_dict`` replays and checks it."""
        from officeflow.process.serial import case_to_dict

        return case_to_dict(self)

    def diagram(self, lang: str = "zh") -> Diagram:
        """The process diagram with this case's current state highlighted."""
        return self.process.diagram(lang, current=self.state)

    def __repr__(self) -> str:
        return (f"<Case {self.process.name}:{self.id} {self.state} ({self.state_label}), "
                f"owner {self.owner}, {len(self.history)} events>")

    def _repr_html_(self) -> str:
        on = self.last_at.date()
        rows = [(entry.at.format("YYYY-MM-DD HH:mm"), entry.event,
                 self.process.event_label(entry.event), str(entry.by),
                 ", ".join(f"{k}={v}" for k, v in entry.payload.items())) for entry in self.history]
        history = html_table(("at", "event", "事项", "by", "payload"), rows,
                             caption=f"{self.process.label} {self.id}: {self.state_label} ({self.state})")
        clocks = html_table(("clock", "due", f"status on {on}"),
                            [(rule, str(c.due), c.status(on).chinese) for rule, c in self.clocks.items()])
        return f"<div>{history}{clocks}</div>"
