"""A guided tour of officeflow: what the library can do so far, printed readably.

Run from the repository root:  python3 examples/tour.py
"""

from __future__ import annotations

import pendulum

import officeflow
from officeflow import Clock, rules
from officeflow.actors import Actor
from officeflow.calendar import china
from officeflow.processes import petition

D = pendulum.Date


def at(y: int, m: int, d: int, hour: int = 9) -> pendulum.DateTime:
    return pendulum.datetime(y, m, d, hour, tz="Asia/Shanghai")


def section(title: str) -> None:
    print(f"\n{'=' * 78}\n{title}\n{'=' * 78}")


def calendar_tour() -> None:
    section("1. China's official working-day calendar (工作日历)")
    cal = china()
    print(cal)
    print("Where the data comes from — one layer per State Council notice, e.g.:")
    for layer in cal.layers[-3:]:
        print(f"   {layer.name:34} {layer.source}")
    print("\nAround the 2026 holidays (法 statutory holiday, 休 rest day, 班 make-up working day):")
    for day in (D(2026, 2, 14), D(2026, 2, 17), D(2026, 2, 23), D(2026, 2, 28), D(2026, 9, 20),
                D(2026, 10, 1), D(2026, 10, 5), D(2026, 10, 10)):
        print("  ", cal.day_kind(day))
    print()
    print(cal.month_view(2026, 10))
    print("\nThe 5th working day after 28 September 2026, counted day by day:")
    print(cal.explain(D(2026, 9, 28), 5))
    between = cal.workdays_between(D(2026, 9, 30), D(2026, 10, 31))
    print(f"\nworking days in (2026-09-30, 2026-10-31]: {between}")
    try:
        cal.add_workdays(D(2027, 1, 4), 1)
    except officeflow.CalendarCoverageError as error:
        print(f"\nNo guessing outside the published notices:\n   {error}")


def limits_tour() -> None:
    section("2. Statutory time limits (法定期限) — each number written once, with its source")
    for rule_id in ("licensing.decision", "licensing.certificate", "petition.handling",
                    "disclosure.reply", "suggestion.reply", "licensing.hearing_notice"):
        print("  ", rules.get(rule_id))
    print("\nCounting as the law counts (start day not counted; rest days rolled forward):")
    handling = rules.get("petition.handling")
    print(f"   60 days from 2026-08-03 end on 2026-10-02, National Day → due {handling.due(D(2026, 8, 3))}")
    reply = rules.get("suggestion.reply")
    print(f"   3 months from 2025-11-28 end on 2026-02-28, a working Saturday → "
          f"due {reply.due(D(2025, 11, 28))}")
    notice = rules.get("licensing.hearing_notice")
    print(f"   hearing on 2026-10-12: notify no later than {notice.latest_to_act(D(2026, 10, 12))} "
          "(7 working days before)")
    try:
        rules.get("licensing.decison")
    except officeflow.OfficeflowError as error:
        print(f"\n   A typo is caught: {error}")


def clock_tour() -> None:
    section("3. A licence around National Day 2026: the 20-working-day decision (arts. 42, 45)")
    decision = Clock.start("licensing.decision", on=D(2026, 9, 15))
    print(f"   accepted 2026-09-15 → {decision}")
    decision = decision.stop(D(2026, 9, 18), reason="expert_review").resume(D(2026, 9, 30))
    print(f"   expert review 2026-09-18 … 2026-09-30 is not counted → {decision}")
    decision = decision.extend(D(2026, 10, 12), approved_by="李局长", reason="情况复杂，告知申请人")
    print(f"   extended by the organ's head (+10 working days) → {decision}")
    for day in (D(2026, 9, 25), D(2026, 11, 9), D(2026, 11, 13)):
        print(f"   status on {day}: {decision.status(day).name} ({decision.status(day).chinese})")
    print("   reminders (催办):")
    for reminder in decision.reminders():
        print(f"      {reminder}")
    decision = decision.finish(D(2026, 11, 10))
    print(f"   granted 2026-11-10 → {decision.status(D(2026, 11, 30)).name} "
          f"({decision.status(D(2026, 11, 30)).chinese})")
    section("   … and the 10-working-day certificate (art. 44) for a licence granted on 2026-09-28")
    certificate = Clock.start("licensing.certificate", on=D(2026, 9, 28))
    print(certificate.explain())


def petition_tour() -> None:
    section("4. A petition (信访) from registration through review — 信访工作条例 2022")
    officer = Actor("王芳", "信访办", roles={"petition_officer"})
    head = Actor("李局长", "局领导", roles={"organ_head"})
    reviewer = Actor("赵科长", "市信访局", roles={"review_officer"})
    case = petition.PROCESS.open("XF-2026-0815", at=at(2026, 8, 3), by=officer, channel="letter",
                                 petitioner="张三", matter="小区噪音扰民", organ="某区人民政府")
    case = case.apply("accept", at=at(2026, 8, 10), by=officer)
    case = case.apply("extend", at=at(2026, 9, 28), by=head, reason="涉及多个部门", requested_by="王芳")
    case = case.apply("answer", at=at(2026, 10, 20), by=officer, opinion="已责令整改",
                      delivered_on=D(2026, 10, 20))
    case = case.apply("request_review", at=at(2026, 11, 5), by=officer)
    print(case)
    for entry in case.history:
        print(f"   {entry.at.format('YYYY-MM-DD HH:mm')}  {entry.event:15} "
              f"{petition.PROCESS.event_label(entry.event):8} by {entry.by}")
    print("   clocks on 2026-11-05:")
    for rule_id, clock in case.clocks.items():
        print(f"      {rule_id:26} due {clock.due}  {clock.status(D(2026, 11, 5)).chinese}")
    try:
        case.apply("review", at=at(2026, 11, 6), by=officer, opinion="维持")
    except officeflow.AccessDenied as error:
        print(f"\n   Refused: {error}")
    try:
        case.apply("accept", at=at(2026, 11, 6), by=officer)
    except officeflow.EventRefused as error:
        print(f"   Refused: {error}")
    case = case.apply("review", at=at(2026, 11, 20), by=reviewer, opinion="维持原处理意见")
    print(f"\n   After review: {case.state} ({case.state_label}); may do now: {case.allowed_events()}")
    copy = petition.PROCESS.from_dict(case.to_dict())
    print(f"   Serialised and replayed from its history: equal = {copy == case}")
    print("\nThe process as a Mermaid diagram (Jupyter renders it; current state highlighted):")
    print(case.diagram("zh"))


def main() -> None:
    print(f"officeflow {officeflow.__version__} — the work of a Chinese government office, exactly.")
    calendar_tour()
    limits_tour()
    clock_tour()
    petition_tour()


if __name__ == "__main__":
    main()
