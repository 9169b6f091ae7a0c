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


def unless_recorded(key: str, name: str, reason: str) -> Guard:
    """Refuses with ``reason`` once the case data records ``key`` (e.g. a notice already given,
    when the law allows only one)."""

    def check(ctx: Context) -> str | None:
        return reason if ctx.case.data.get(key) else None

    return Guard(name, check)


def differs(field: str, what: str) -> Guard:
    """The person acting is not the one named in payload ``field`` — e.g. no one approves their
    own extension request (security.md)."""

    def check(ctx: Context) -> str | None:
        if ctx.payload.get(field) == ctx.by.name:
            return f"{ctx.by.name} cannot {what} their own request ({field}={ctx.by.name!r})"
        return None

    return Guard(f"not self ({field})", check)


def approver_of(*rules: str) -> Guard:
    """The person acting holds the role that the running clock's rule names for approving its
    extension (e.g. 本级人民政府负责人 for a joint licensing decision, 行政许可法 art. 42 ¶2)."""

    def check(ctx: Context) -> str | None:
        for rule in rules:
            clock = ctx.case.clocks.get(rule)
            extension = clock.rule.extension if clock is not None else None
            if extension is not None and extension.approver not in ctx.by.roles:
                return (f"{rule} is extended only with the approval of {extension.approver_label} "
                        f"(role {extension.approver!r}, {clock.rule.source})")  # type: ignore[union-attr]
        return None

    return Guard(f"approver of {', '.join(rules)}", check)
