"""Government information disclosure on request (依申请公开), 政府信息公开条例 (2019).

The receipt date depends on how the request came (art. 31): handed in person — that day;
registered post — the day it is signed for; ordinary post — the day receipt is confirmed with the
requester; online or fax — the day both sides confirm. The reply is due within 20 working days
of receipt (art. 33), extendable once by 20 with the approval of the head of the disclosure unit,
the requester being told. An unclear request gets one correction notice within 7 working days
(art. 30); the reply period then runs from the receipt of the corrected request, and a request not
corrected in the time granted may be treated as withdrawn. Consulting a third party or another
organ is not counted (art. 33 ¶2); the third party has 15 working days, and silence lets the organ
decide (art. 32). The answer says what was decided (art. 36): disclosed, partly disclosed, refused
(with its legal ground), not held, or not this organ's (naming the organ).
"""

from __future__ import annotations

from typing import Any

from officeflow.citation import Citation
from officeflow.process import (
    ALL_RUNNING,
    Context,
    Event,
    Field,
    Guard,
    Opening,
    Process,
    State,
    differs,
    extends,
    finishes,
    restarts,
    resumes,
    starts,
    stops,
    unless_recorded,
)

DISCLOSURE_OFFICER = "disclosure_officer"
"""政府信息公开工作人员: registers, notifies, consults, answers."""
DISCLOSURE_HEAD = "disclosure_head"
"""政府信息公开工作机构负责人: approves the extension of the reply limit."""

RECEIPT_FIELD = {
    "in_person": "handed_in_on",
    "registered_post": "signed_on",
    "ordinary_post": "confirmed_on",
    "online": "confirmed_on",
    "fax": "confirmed_on",
}
"""Art. 31: which recorded date is the date of receipt, by channel."""
CHANNELS = tuple(RECEIPT_FIELD)
OUTCOMES = ("disclosed", "partly_disclosed", "refused", "not_held", "not_ours")
"""予以公开、部分公开、不予公开、本机关不掌握、不属于本机关负责公开."""
OPEN_STATES = ("received", "awaiting_correction", "in_processing", "consulting")


def receipt_day(ctx: Context) -> Any:
    """The date of receipt by art. 31 (in person: the day handed in, by default today)."""
    return ctx.payload.get(RECEIPT_FIELD[ctx.payload["channel"]])


def _check_receipt(ctx: Context) -> str | None:
    field = RECEIPT_FIELD[ctx.payload["channel"]]
    if ctx.payload["channel"] != "in_person" and field not in ctx.payload:
        return f"a request by {ctx.payload['channel']} is received on its {field} (art. 31); record it"
    return None


def _check_time_granted(ctx: Context) -> str | None:
    if ctx.payload["correction_due"] < ctx.on:
        return (f"the time granted to correct ({ctx.payload['correction_due']}) is before the notice "
                f"({ctx.on})")
    return None


def _check_corrected_after_notice(ctx: Context) -> str | None:
    corrected, noticed = ctx.payload.get("corrected_on", ctx.on), ctx.case.data["correction_noticed_on"]
    if corrected < noticed:
        return f"the corrected request ({corrected}) cannot come before the notice ({noticed})"
    return None


def _check_correction_lapsed(ctx: Context) -> str | None:
    due = ctx.case.data["correction_due"]
    return None if ctx.on > due else f"the requester has until {due} to correct the request"


def _check_third_party_silent(ctx: Context) -> str | None:
    clock = ctx.case.clocks["disclosure.third_party"]
    if clock.due is not None and ctx.on > clock.due:
        return None
    return f"the third party has until {clock.due} to give its opinion (art. 32)"


def _check_outcome(ctx: Context) -> str | None:
    outcome = ctx.payload["outcome"]
    if outcome in ("refused", "partly_disclosed") and not ctx.payload.get("legal_ground"):
        return f"an answer '{outcome}' must give its legal ground (legal_ground)"
    if outcome == "not_ours" and not ctx.payload.get("organ"):
        return "an answer 'not_ours' must name the organ responsible (organ)"
    return None


PROCESS = Process(
    "disclosure", "政府信息公开申请",
    source=Citation("中华人民共和国政府信息公开条例", version="2019 revision, in force 2019-05-15"),
    description=__doc__ or "",
    states=(
        State("received", "已收到"),
        State("awaiting_correction", "待补正"),
        State("in_processing", "办理中"),
        State("consulting", "征求第三方意见"),
        State("answered", "已答复"),
        State("closed", "已办结", final=True),
        State("withdrawn", "已撤回", final=True),
    ),
    opening=Opening(
        "receive", "收到申请", "received", roles=DISCLOSURE_OFFICER,
        fields=(
            Field("channel", "choice", "提交方式", choices=CHANNELS),
            Field("requester", label="申请人"),
            Field("description", label="所需政府信息的名称、文号或者便于查询的其他特征性描述"),
            Field("handed_in_on", "date", "当面提交之日", required=False),
            Field("signed_on", "date", "挂号信签收之日", required=False),
            Field("confirmed_on", "date", "双方确认之日", required=False),
        ),
        guards=(Guard("receipt date (art. 31)", _check_receipt),),
        clocks=(starts("disclosure.reply", on=receipt_day),
                starts("disclosure.correction_notice", on=receipt_day)),
    ),
    events=(
        Event("request_correction", "一次性告知补正", DISCLOSURE_OFFICER, "received", "awaiting_correction",
              fields=(Field("items", "texts", "需要补正的事项"),
                      Field("correction_due", "date", "补正期限", future=True)),
              guards=(unless_recorded("correction_requested", "one notice",
                                      "one correction notice only (政府信息公开条例 art. 30)"),
                      Guard("time granted", _check_time_granted)),
              records=("items", "correction_due"),
              effect=lambda ctx: {"correction_requested": True, "correction_noticed_on": ctx.on},
              clocks=(finishes("disclosure.correction_notice"),)),
        Event("correct", "补正", DISCLOSURE_OFFICER, "awaiting_correction", "in_processing",
              fields=(Field("corrected_on", "date", "收到补正申请之日", required=False),),
              guards=(Guard("after the notice", _check_corrected_after_notice),),
              clocks=(restarts("disclosure.reply", on="corrected_on"),),
              description="The reply period runs again from receipt of the corrected request (art. 30)."),
        Event("treat_as_withdrawn", "视为放弃申请", DISCLOSURE_OFFICER, "awaiting_correction", "withdrawn",
              guards=(Guard("time granted has passed", _check_correction_lapsed),),
              clocks=(finishes(ALL_RUNNING),)),
        Event("consult_third_party", "征求第三方意见", DISCLOSURE_OFFICER, ("received", "in_processing"),
              "consulting",
              fields=(Field("third_party", label="第三方或其他机关"),
                      Field("delivered_on", "date", "第三方收到征求意见之日", required=False)),
              records=("third_party",),
              clocks=(finishes("disclosure.correction_notice"),
                      stops("disclosure.reply", because="third_party_consultation"),
                      starts("disclosure.third_party", on="delivered_on"))),
        Event("third_party_replied", "第三方答复", DISCLOSURE_OFFICER, "consulting", "in_processing",
              fields=(Field("opinion", "choice", "第三方意见", choices=("consents", "objects")),),
              records=("opinion",),
              clocks=(finishes("disclosure.third_party"), resumes("disclosure.reply"))),
        Event("third_party_silent", "第三方逾期未答复", DISCLOSURE_OFFICER, "consulting", "in_processing",
              guards=(Guard("silence", _check_third_party_silent),),
              clocks=(finishes("disclosure.third_party"), resumes("disclosure.reply")),
              description="Silence lets the organ decide (art. 32)."),
        Event("extend", "延长答复期限", DISCLOSURE_HEAD, ("received", "in_processing", "consulting"), None,
              fields=(Field("reason", label="延期理由"), Field("requested_by", label="申请延期的工作人员"),
                      Field("requester_told_on", "date", "告知申请人之日"),
                      Field("amount", "int", "延长的工作日数 (default: 20)", required=False)),
              guards=(differs("requested_by", "approve"),), clocks=(extends("disclosure.reply"),)),
        Event("answer", "答复", DISCLOSURE_OFFICER, ("received", "in_processing"), "answered",
              fields=(Field("outcome", "choice", "答复结果", choices=OUTCOMES),
                      Field("legal_ground", label="法律依据", required=False),
                      Field("organ", label="负责公开的机关", required=False)),
              guards=(Guard("outcome complete", _check_outcome),),
              records=("outcome", "legal_ground", "organ"),
              clocks=(finishes("disclosure.correction_notice"), finishes("disclosure.reply"))),
        Event("close", "办结", DISCLOSURE_OFFICER, "answered", "closed"),
        Event("withdraw", "撤回申请", DISCLOSURE_OFFICER, OPEN_STATES, "withdrawn",
              fields=(Field("reason", label="撤回理由", required=False),),
              clocks=(finishes(ALL_RUNNING),)),
    ),
)
"""The disclosure-on-request process."""
