"""Administrative licensing (行政许可), as the 行政许可法 (amended 2019) sets it out.

The organ receives the materials (opening; ``licensing.supplement_notice`` runs from receipt).
If they are incomplete it tells the applicant once, on the spot or within 5 working days,
everything that is missing (art. 32); if it misses that limit the application is **deemed
accepted from the day the materials were received** — a late supplement notice or refusal is
then refused, and acceptance starts the decision clock from the receipt date. The decision is due
within 20 working days of acceptance (45 for unified, joint or centralised handling, art. 42),
extendable once by the organ's head with the reasons told to the applicant. Hearings, tendering,
auctions, testing, inspection, quarantine, appraisal and expert review are not counted (art. 45),
and the applicant is told in writing how long they should take. A denial gives reasons and tells
the applicant of the right to reconsideration and litigation (art. 38). A grant starts the
10-working-day certificate limit (art. 44). Hearings follow arts. 46–48; renewal art. 50 (apply at
least 30 days before expiry; a renewal not decided before expiry is deemed granted).
"""

from __future__ import annotations

from typing import Any

from officeflow.citation import Citation
from officeflow.process import (
    ALL_RUNNING,
    ClockAction,
    Context,
    Event,
    Field,
    Guard,
    Opening,
    Process,
    State,
    approver_of,
    differs,
    finishes,
    starts,
    stops,
    unless_recorded,
    within,
)
from officeflow.rules import DEFAULT, LICENSING_STOPS

LICENSING_OFFICER = "licensing_officer"
"""窗口/承办人员: receives, notifies, accepts or refuses, suspends, issues certificates."""
DECIDER = "licensing_decider"
"""审批负责人: grants or denies, decides renewals."""
ORGAN_HEAD = "organ_head"
"""本行政机关负责人: approves an extension of the decision limit."""
GOVERNMENT_HEAD = "government_head"
"""本级人民政府负责人: approves the extension of a unified, joint or centralised decision (art. 42 ¶2)."""
HEARING_OFFICER = "hearing_officer"
"""听证主持人: organises and holds hearings."""

DECISION, JOINT = "licensing.decision", "licensing.decision_joint"
REMEDIES = ("reconsideration", "litigation")
"""The rights a denial must name: 申请行政复议、提起行政诉讼 (art. 38)."""
OPEN_STATES = ("submitted", "awaiting_supplement", "in_review", "suspended")


def _joint(ctx: Context) -> bool:
    return bool(ctx.case.data.get("joint"))


def _single(ctx: Context) -> bool:
    return not _joint(ctx)


def _decision_rule(ctx: Context) -> str:
    return JOINT if _joint(ctx) else DECISION


def _notice_lapsed(ctx: Context) -> bool:
    """Art. 32: no supplement notice within the limit — deemed accepted from receipt."""
    clock = ctx.case.clocks.get("licensing.supplement_notice")
    lapsed = clock is not None and clock.due is not None and ctx.on > clock.due
    return lapsed and not ctx.case.data.get("supplement_requested")


def _acceptance_day(ctx: Context) -> Any:
    return ctx.case.clocks["licensing.supplement_notice"].started_on if _notice_lapsed(ctx) else None


def _check_notice_in_time(ctx: Context) -> str | None:
    if not _notice_lapsed(ctx):
        return None
    clock = ctx.case.clocks["licensing.supplement_notice"]
    return (f"the limit for a supplement notice or refusal ended on {clock.due} (行政许可法 art. 32): "
            f"the application is deemed accepted as of its receipt on {clock.started_on}; accept it "
            "and decide")


def _check_remedies(ctx: Context) -> str | None:
    missing = [r for r in REMEDIES if r not in ctx.payload.get("remedies", ())]
    if missing:
        return f"the applicant must be told of the right to {' and '.join(missing)} (art. 38)"
    return None


def _check_hearing_notice(ctx: Context) -> str | None:
    hearing = ctx.payload["hearing_on"]
    latest = DEFAULT.get("licensing.hearing_notice").latest_to_act(hearing, calendar=ctx.case.calendar)
    if ctx.on > latest:
        return (f"the hearing on {hearing} must be notified at least 7 working days before, by {latest} "
                "(行政许可法 art. 48)")
    hold = ctx.case.clocks.get("licensing.hearing_hold")
    if hold is not None and hold.due is not None and hearing > hold.due:
        return f"the hearing must be held by {hold.due}, within 20 working days of the request (art. 47)"
    return None


def _check_hearing_requested(ctx: Context) -> str | None:
    if "hearing_on" not in ctx.case.data:
        return "no hearing has been requested and scheduled"
    if ctx.on < ctx.case.data["hearing_on"]:
        return f"the hearing is scheduled for {ctx.case.data['hearing_on']}"
    return None


def _renewal_expiry(ctx: Context) -> Any:
    """The expiry a renewal is applied against: the one given, else the certificate's."""
    return ctx.payload.get("expires_on", ctx.case.data.get("expires_on"))


def _check_renewal_in_time(ctx: Context) -> str | None:
    expiry = _renewal_expiry(ctx)
    recorded = ctx.case.data.get("expires_on")
    if expiry is None:
        return "the licence's expiry is not known: give expires_on"
    if recorded is not None and expiry != recorded:
        return f"the certificate records its expiry as {recorded}, not {expiry}"
    latest = DEFAULT.get("licensing.renewal_apply").latest_to_act(expiry, calendar=ctx.case.calendar)
    if ctx.on > latest:
        return (f"a renewal must be applied for at least 30 days before expiry on {expiry}, "
                f"by {latest} (art. 50)")
    return None


def _check_before_expiry(ctx: Context) -> str | None:
    expiry = ctx.case.data["expires_on"]
    if ctx.on > expiry:
        return (f"the licence expired on {expiry} with no decision: the renewal is deemed granted "
                "(行政许可法 art. 50); record it with deem_renewed")
    return None


def _check_after_expiry(ctx: Context) -> str | None:
    expiry = ctx.case.data["expires_on"]
    return None if ctx.on > expiry else f"the licence runs until {expiry}; decide the renewal instead"


def _guard(name: str, check: Any) -> Guard:
    return Guard(name, check)


def _decision_clocks(kind: str) -> tuple[ClockAction, ClockAction]:
    """The same action (finish, resume, extend) on whichever decision clock this application runs."""
    return ClockAction(kind, DECISION, when=_single), ClockAction(kind, JOINT, when=_joint)


PROCESS = Process(
    "licensing", "行政许可申请",
    source=Citation("中华人民共和国行政许可法", version="as amended 2019-04-23"),
    description=__doc__ or "",
    states=(
        State("submitted", "已提交"),
        State("awaiting_supplement", "待补正"),
        State("in_review", "审查中"),
        State("suspended", "中止（听证、检验、专家评审等）"),
        State("granted", "准予许可"),
        State("denied", "不予许可", final=True),
        State("certificate_issued", "已发证"),
        State("not_accepted", "不予受理", final=True),
        State("withdrawn", "已撤回", final=True),
        State("renewal_pending", "延续审查中"),
        State("renewal_refused", "不予延续", final=True),
    ),
    opening=Opening(
        "submit", "收到申请材料", "submitted", roles=LICENSING_OFFICER,
        fields=(
            Field("applicant", label="申请人"),
            Field("matter", label="许可事项"),
            Field("received_on", "date", "收到材料之日 (default: the day recorded)", required=False),
            Field("joint", "bool", "统一/联合/集中办理", required=False),
        ),
        clocks=(starts("licensing.supplement_notice", on="received_on"),),
    ),
    events=(
        Event("request_supplement", "一次性告知补正", LICENSING_OFFICER, "submitted", "awaiting_supplement",
              fields=(Field("missing", "texts", "需要补正的全部内容"),),
              guards=(unless_recorded("supplement_requested", "one notice",
                                      "a supplement notice was already given; art. 32 requires "
                                      "everything missing to be listed at once"),
                      _guard("in time", _check_notice_in_time)),
              records=("missing",), effect=lambda ctx: {"supplement_requested": True},
              clocks=(finishes("licensing.supplement_notice"),)),
        Event("resubmit", "补正材料", LICENSING_OFFICER, "awaiting_supplement", "submitted",
              fields=(Field("resubmitted_on", "date", "收到补正材料之日", required=False),),
              records=("resubmitted_on",)),
        Event("accept", "受理", LICENSING_OFFICER, "submitted", "in_review",
              effect=lambda ctx: {"deemed_accepted": _notice_lapsed(ctx)},
              clocks=(finishes("licensing.supplement_notice"),
                      starts(DECISION, on=_acceptance_day, when=_single),
                      starts(JOINT, on=_acceptance_day, when=_joint)),
              description="After the supplement-notice limit, deemed accepted from receipt (art. 32)."),
        Event("refuse", "不予受理", LICENSING_OFFICER, "submitted", "not_accepted",
              fields=(Field("reason", label="不予受理理由"),),
              guards=(_guard("in time", _check_notice_in_time),),
              records=("reason",), clocks=(finishes("licensing.supplement_notice"),)),
        Event("suspend", "中止计时", LICENSING_OFFICER, "in_review", "suspended",
              fields=(Field("reason", "choice", "依法不计算在期限内的事项",
                            choices=tuple(sorted(LICENSING_STOPS))),
                      Field("expected_days", "int", "书面告知的所需时间（日）")),
              records=("expected_days",),
              clocks=(stops(DECISION, when=_single), stops(JOINT, when=_joint))),
        Event("resume", "恢复计时", LICENSING_OFFICER, "suspended", "in_review",
              guards=(unless_recorded("hearing_requested", "no hearing pending", "a requested hearing "
                                      "ends with hold_hearing, which resumes the decision clock"),),
              clocks=_decision_clocks("resume")),
        Event("extend", "延长审查期限", (ORGAN_HEAD, GOVERNMENT_HEAD), ("in_review", "suspended"), None,
              fields=(Field("reason", label="延期理由"), Field("requested_by", label="申请延期的承办人"),
                      Field("applicant_told_on", "date", "告知申请人之日"),
                      Field("amount", "int", "延长的工作日数 (default: all the rule allows)",
                            required=False)),
              guards=(approver_of(DECISION, JOINT), differs("requested_by", "approve")),
              clocks=_decision_clocks("extend")),
        Event("grant", "准予许可", DECIDER, "in_review", "granted",
              fields=(Field("scope", label="许可范围", required=False),), records=("scope",),
              clocks=(*_decision_clocks("finish"), finishes("licensing.hearing_request"),
                      starts("licensing.certificate"))),
        Event("deny", "不予许可", DECIDER, "in_review", "denied",
              fields=(Field("reasons", label="理由"),
                      Field("remedies", "texts", "告知的救济途径", choices=REMEDIES)),
              guards=(_guard("rights told", _check_remedies),), records=("reasons", "remedies"),
              clocks=(*_decision_clocks("finish"), finishes("licensing.hearing_request"))),
        Event("issue_certificate", "颁发送达许可证件", LICENSING_OFFICER, "granted", "certificate_issued",
              fields=(Field("certificate_no", label="证件编号"),
                      Field("expires_on", "date", "有效期至", required=False, future=True)),
              records=("certificate_no", "expires_on"), clocks=(finishes("licensing.certificate"),)),
        Event("withdraw", "撤回申请", LICENSING_OFFICER, OPEN_STATES, "withdrawn",
              fields=(Field("reason", label="撤回理由", required=False),),
              clocks=(finishes(ALL_RUNNING),)),
        # -- hearings (arts. 46–48) ---------------------------------------------------------------
        Event("notify_hearing_right", "告知听证权利", LICENSING_OFFICER, "in_review", None,
              fields=(Field("matter", label="涉及重大利益的事项"),),
              clocks=(starts("licensing.hearing_request"),)),
        Event("request_hearing", "申请听证", LICENSING_OFFICER, "in_review", "suspended",
              guards=(within("licensing.hearing_request"),),
              effect=lambda ctx: {"hearing_requested": True},
              clocks=(finishes("licensing.hearing_request"), starts("licensing.hearing_hold"),
                      stops(DECISION, because="hearing", when=_single),
                      stops(JOINT, because="hearing", when=_joint))),
        Event("schedule_hearing", "通知听证", HEARING_OFFICER, "suspended", None,
              fields=(Field("hearing_on", "date", "举行听证之日", future=True),),
              guards=(_guard("notice in time", _check_hearing_notice),), records=("hearing_on",)),
        Event("hold_hearing", "举行听证", HEARING_OFFICER, "suspended", "in_review",
              fields=(Field("transcript", label="听证笔录"),),
              guards=(_guard("scheduled", _check_hearing_requested),),
              effect=lambda ctx: {"hearing_requested": False, "hearing_held_on": ctx.on},
              clocks=(finishes("licensing.hearing_hold"), *_decision_clocks("resume"))),
        # -- renewal (art. 50) -------------------------------------------------------------------
        Event("apply_renewal", "申请延续", LICENSING_OFFICER, "certificate_issued", "renewal_pending",
              fields=(Field("expires_on", "date", "有效期届满之日 (default: the certificate's)",
                            required=False, future=True),),
              guards=(_guard("in time", _check_renewal_in_time),),
              effect=lambda ctx: {"expires_on": _renewal_expiry(ctx)}),
        Event("renew", "准予延续", DECIDER, "renewal_pending", "certificate_issued",
              fields=(Field("expires_on", "date", "延续后有效期至", future=True),), records=("expires_on",)),
        Event("refuse_renewal", "不予延续", DECIDER, "renewal_pending", "renewal_refused",
              fields=(Field("reasons", label="理由"),),
              guards=(_guard("before expiry", _check_before_expiry),), records=("reasons",)),
        Event("deem_renewed", "视为准予延续", LICENSING_OFFICER, "renewal_pending", "certificate_issued",
              guards=(_guard("after expiry", _check_after_expiry),),
              effect=lambda ctx: {"deemed_renewed": True},
              description="No decision before expiry: the renewal is deemed granted (art. 50)."),
    ),
)
"""The licensing process."""
