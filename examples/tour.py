"""A guided tour of officeflow: what the library can do so far, printed readably.

Run from the repository root:  python3 examples/tour.py
"""

from __future__ import annotations

import pendulum

import officeflow
from officeflow import Clock, rules
from officeflow.actors import Actor
from officeflow.calendar import china
from officeflow.processes import disclosure, licensing, petition, suggestion

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


def licence_tour() -> None:
    section("3. A licence around National Day 2026 (行政许可法): the 20-working-day decision and\n"
            "   the 10-working-day certificate, with a supplement, expert review and an extension")
    officer = Actor("陈窗口", "政务服务中心", roles={"licensing_officer"})
    decider = Actor("周处长", "审批处", roles={"licensing_decider"})
    head = Actor("李局长", "局领导", roles={"organ_head"})
    case = licensing.PROCESS.open("XK-2026-0914", at=at(2026, 9, 14), by=officer,
                                  applicant="某食品有限公司", matter="食品经营许可")
    notice = case.clock("licensing.supplement_notice")
    print(f"   materials received 2026-09-14; a supplement notice is due by {notice.due} "
          "(5 working days, art. 32 — 9/20 is a working Sunday)")
    case = case.apply("request_supplement", at=at(2026, 9, 16), by=officer,
                      missing=["场所平面图", "设备清单"])
    try:
        case.apply("resubmit", at=at(2026, 9, 18), by=officer).apply(
            "request_supplement", at=at(2026, 9, 18), by=officer, missing=["健康证明"])
    except officeflow.EventRefused as refusal:
        print(f"   a second notice is refused: {refusal.reason}")
    case = case.apply("resubmit", at=at(2026, 9, 18), by=officer)
    case = case.apply("accept", at=at(2026, 9, 21), by=officer)
    print(f"   accepted 2026-09-21 → decision due {case.clock('licensing.decision').due} "
          "(20 working days, art. 42)")
    case = case.apply("suspend", at=at(2026, 9, 24), by=officer, reason="expert_review", expected_days=15)
    case = case.apply("resume", at=at(2026, 10, 9), by=officer)
    print(f"   expert review 9/24 … 10/9 is not counted (art. 45) → "
          f"due {case.clock('licensing.decision').due}")
    case = case.apply("extend", at=at(2026, 10, 12), by=head, reason="专家意见分歧，需补充核查",
                      requested_by="陈窗口", applicant_told_on=D(2026, 10, 12))
    decision = case.clock("licensing.decision")
    print(f"   extended once by the organ's head (+10 working days) → due {decision.due}")
    for day in (D(2026, 9, 30), D(2026, 11, 12), D(2026, 11, 17)):
        print(f"      status on {day}: {decision.status(day).name} ({decision.status(day).chinese})")
    print("   reminders (催办):", "; ".join(str(r) for r in decision.reminders()))
    case = case.apply("grant", at=at(2026, 11, 13), by=decider, scope="预包装食品销售")
    certificate = case.clock("licensing.certificate")
    met = case.clock("licensing.decision").status(D(2026, 11, 13)).name
    print(f"   granted 2026-11-13 → decision {met}; certificate due {certificate.due} "
          "(10 working days, art. 44)")
    case = case.apply("issue_certificate", at=at(2026, 11, 20), by=officer, certificate_no="JY13301020260001")
    print(f"   {case}")
    late = licensing.PROCESS.open("XK-2026-0915", at=at(2026, 9, 14), by=officer, applicant="某公司",
                                  matter="食品经营许可")
    try:
        late.apply("request_supplement", at=at(2026, 9, 22), by=officer, missing=["营业执照"])
    except officeflow.EventRefused as refusal:
        print(f"\n   Too late for a supplement notice: {refusal.reason}")
    late = late.apply("accept", at=at(2026, 9, 22), by=officer)
    print(f"   deemed accepted from receipt → decision due {late.clock('licensing.decision').due}")
    section("   … how the 10-working-day certificate limit runs over National Day (explain)")
    print(Clock.start("licensing.certificate", on=D(2026, 9, 28)).explain())


def public_services_tour() -> None:
    section("5. Disclosure on request and deputy suggestions")
    officer = Actor("吴专员", "政府信息公开办", roles={"disclosure_officer"})
    request = disclosure.PROCESS.open("GK-2026-0088", at=at(2026, 9, 21), by=officer,
                                      channel="registered_post", requester="王五",
                                      description="2025年度部门预算执行情况", signed_on=D(2026, 9, 18))
    print(f"   registered post signed for on 9/18 is the receipt date (art. 31) → reply due "
          f"{request.clock('disclosure.reply').due}")
    request = request.apply("consult_third_party", at=at(2026, 9, 25), by=officer, third_party="某企业")
    request = request.apply("third_party_replied", at=at(2026, 10, 12), by=officer, opinion="objects")
    print(f"   third-party consultation 9/25 … 10/12 is not counted (art. 33) → due "
          f"{request.clock('disclosure.reply').due}")
    request = request.apply("answer", at=at(2026, 10, 20), by=officer, outcome="partly_disclosed",
                            legal_ground="政府信息公开条例第十五条")
    print(f"   {request}")
    office = Actor("孙科员", "人大代表建议办", roles={"suggestion_office"})
    unit = Actor("钱科长", "市交通运输局", roles={"lead_unit"})
    matter = suggestion.PROCESS.open("JY-2026-015", at=at(2026, 1, 26), by=office, kind="suggestion",
                                     author="刘代表", title="关于优化公交线路的建议")
    matter = matter.apply("assign", at=at(2026, 1, 30), by=office, lead_unit="市交通运输局",
                          co_units=["市财政局"])
    print(f"   a deputy's suggestion assigned 1/30 → reply due {matter.clock('suggestion.reply').due} "
          "(3 months, 代表法 art. 51; 4/30 is the month's end)")
    try:
        matter.apply("begin", at=at(2026, 2, 2), by=unit).apply("reply", at=at(2026, 3, 2), by=unit,
                                                                  answer="已纳入年度计划")
    except officeflow.EventRefused as refusal:
        print(f"   replying before contacting the deputy is refused: {refusal.reason}")


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
    licence_tour()
    petition_tour()
    public_services_tour()


if __name__ == "__main__":
    main()
