"""Errors (错误提示): every error officeflow raises, rooted at :class:`OfficeflowError`.

Each message names the field, the value received and what is allowed, and where it helps, how to fix
it. The classes also derive from the matching built-in exception (``ValueError``, ``TypeError``,
``LookupError``, ``ImportError``) so that generic handlers keep working.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


class OfficeflowError(Exception):
    """Root of every error the library raises."""


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


class InvalidValue(OfficeflowError, ValueError):
    """A value of the right type that is not allowed here."""

    def __init__(self, field: str, value: Any, allowed: str, hint: str = "") -> None:
        self.field, self.value, self.allowed, self.hint = field, value, allowed, hint
        message = f"{field}: got {_show(value)}; allowed: {allowed}."
        super().__init__(f"{message} {hint}".strip())


class InvalidType(OfficeflowError, TypeError):
    """A value of a type the library does not accept here."""

    def __init__(self, field: str, value: Any, allowed: str, hint: str = "") -> None:
        self.field, self.value, self.allowed, self.hint = field, value, allowed, hint
        message = f"{field}: got {type(value).__name__} {_show(value)}; allowed: {allowed}."
        super().__init__(f"{message} {hint}".strip())


class CalendarCoverageError(OfficeflowError, LookupError):
    """A date the calendar has no official arrangement for (outside its coverage)."""

    def __init__(self, field: str, value: Any, coverage: str, hint: str) -> None:
        self.field, self.value, self.coverage = field, value, coverage
        super().__init__(f"{field}: {value} is outside the calendar's coverage ({coverage}). {hint}")


class CalendarDataError(InvalidValue):
    """Calendar layers that contradict themselves (e.g. a statutory holiday marked as worked)."""


class UnknownName(OfficeflowError, LookupError):
    """A name (rule id, state, event, …) that is not known; the message lists close matches."""

    def __init__(self, field: str, value: Any, known: Iterable[str], what: str = "names") -> None:
        import difflib

        names = sorted(known)
        close = difflib.get_close_matches(str(value), names, n=5, cutoff=0.5)
        self.field, self.value, self.close_matches = field, value, tuple(close)
        if close:
            tail = "did you mean " + ", ".join(repr(c) for c in close) + "?"
        else:
            tail = f"known {what}: " + ", ".join(names[:25]) + (" …" if len(names) > 25 else "")
        super().__init__(f"{field}: {_show(value)} is not known; {tail}")


class MissingDependency(OfficeflowError, ImportError):
    """An optional extra (numpy, hypothesis, …) is needed for this call."""

    def __init__(self, feature: str, package: str, extra: str) -> None:
        self.package, self.extra = package, extra
        super().__init__(
            f"{feature} needs the optional package {package!r}; "
            f"install it with: pip install 'officeflow[{extra}]'"
        )


class ClockRefused(OfficeflowError, ValueError):
    """A deadline-clock operation the rule or the clock's history does not allow."""


class EventRefused(OfficeflowError):
    """An event that is not allowed in the case's current state, or whose guard failed."""

    def __init__(
        self, case_id: str, state: str, event: str, reason: str, allowed: Iterable[str]
    ) -> None:
        self.case_id, self.state, self.event, self.reason = case_id, state, event, reason
        self.allowed = tuple(allowed)
        now = ", ".join(self.allowed) if self.allowed else "none (the case is final)"
        super().__init__(
            f"case {case_id!r} in state {state!r}: event {event!r} refused: {reason.rstrip('.')}. "
            f"Events allowed now: {now}."
        )


class AccessDenied(OfficeflowError, PermissionError):
    """An actor who lacks the role, clearance or need-to-know for what they attempted."""

    def __init__(self, who: str, action: str, needed: str) -> None:
        self.who, self.action, self.needed = who, action, needed
        super().__init__(f"{who} may not {action}: {needed}.")


class InvalidCaseData(OfficeflowError, ValueError):
    """Serialised case data that is incomplete, inconsistent or tampered with."""
