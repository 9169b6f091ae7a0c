"""officeflow — the work of a Chinese government office (办公室) as exact, immutable values.

* :mod:`officeflow.calendar` — China's official working-day calendar (工作日历).
* :mod:`officeflow.rules` — the catalogue of statutory time limits (法定期限).
* :class:`officeflow.Clock` — deadline clocks that count as Chinese law counts.
* :mod:`officeflow.process` — the process kernel; :mod:`officeflow.processes` — the processes.

Pure domain: no I/O, no clock reads — "now" is always an argument.
"""

from __future__ import annotations

from officeflow.actors import Actor
from officeflow.clock import Clock, ClockEvent, ClockStatus
from officeflow.errors import (
    AccessDenied,
    CalendarCoverageError,
    CalendarDataError,
    ClockRefused,
    EventRefused,
    InvalidCaseData,
    InvalidType,
    InvalidValue,
    MissingDependency,
    OfficeflowError,
    UnknownName,
)

__version__ = "0.1.0"

__all__ = [
    "AccessDenied",
    "Actor",
    "CalendarCoverageError",
    "CalendarDataError",
    "Clock",
    "ClockEvent",
    "ClockRefused",
    "ClockStatus",
    "EventRefused",
    "InvalidCaseData",
    "InvalidType",
    "InvalidValue",
    "MissingDependency",
    "OfficeflowError",
    "UnknownName",
    "__version__",
]
