"""The process kernel (流程内核): declare a process once, run immutable cases on it.

See :class:`Process`, :class:`Case` and the declaration parts in :mod:`.definition`.
"""

from __future__ import annotations

from officeflow.process.case import Case, HistoryEntry
from officeflow.process.checks import ProcessDefinitionError
from officeflow.process.definition import (
    ALL_RUNNING,
    ClockAction,
    Context,
    Event,
    Guard,
    Opening,
    Route,
    State,
    extends,
    finishes,
    restarts,
    resumes,
    starts,
    stops,
)
from officeflow.process.diagram import Diagram
from officeflow.process.fields import Field
from officeflow.process.guards import approver_of, differs, unless_recorded, within
from officeflow.process.kernel import Process

__all__ = [
    "ALL_RUNNING",
    "Case",
    "ClockAction",
    "Context",
    "Diagram",
    "Event",
    "Field",
    "Guard",
    "HistoryEntry",
    "Opening",
    "Process",
    "ProcessDefinitionError",
    "Route",
    "State",
    "approver_of",
    "differs",
    "extends",
    "finishes",
    "restarts",
    "resumes",
    "starts",
    "stops",
    "unless_recorded",
    "within",
]
