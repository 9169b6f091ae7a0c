"""Reusable guards (校验): each returns the reason when it refuses, or ``None``."""

from __future__ import annotations

from officeflow.process.definition import Context, Guard


def within(rule: str, date_field: str | None = None) -> Guard:
    """The act (on the payload date ``date_field`` or the event's date) falls within the window
    of the case's clock ``rule``; e.g. a review request inside the 30 days of 信访工作条例 art. 35."""

    def check(ctx: Context) -> str | None:
        clock = ctx.case.clocks.get(rule)
        if clock is None:
            return f"no {rule} clock has started on this case"
        day = ctx.date(date_field)
        if clock.due is not None and day > clock.due:
            return (f"the window {rule} ({clock.rule.source}) ended on {clock.due}; "
                    f"this was received on {day}")
        return None

    return Guard(f"within {rule}", check)


def differs(field: str, what: str) -> Guard:
    """The person acting is not the one named in payload ``field`` — e.g. no one approves their
    own extension request (security.md)."""

    def check(ctx: Context) -> str | None:
        if ctx.payload.get(field) == ctx.by.name:
            return f"{ctx.by.name} cannot {what} their own request ({field}={ctx.by.name!r})"
        return None

    return Guard(f"not self ({field})", check)
