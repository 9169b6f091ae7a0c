"""Petitions (信访), as the 信访工作条例 (2022) sets them out.

Registration starts the intake clock (15 days, arts. 22–23). The organ accepts a matter it is
competent for, forwards it to the competent organ (属地管理、分级负责，谁主管、谁负责), or refuses
it when another legal channel applies — naming that channel. An accepted matter is handled
within 60 days (art. 34; one 30-day extension approved by the organ's head, who cannot approve
their own request) and answered in writing. The petitioner may ask for a review (复查) within 30
days of receiving the answer (art. 35), and for a re-examination (复核) within 30 days of the
review opinion (art. 36; hearing time is not counted); after re-examination the matter is final.
A matter another organ forwarded here may be sent back with an objection within 5 working days
(art. 23). Whoever registered the petition owns it until a recorded handover (首问负责制).
"""

from __future__ import annotations

from officeflow.citation import Citation
from officeflow.process import (
    ALL_RUNNING,
    Context,
    Event,
    Field,
    Opening,
    Process,
    State,
    differs,
    extends,
    finishes,
    resumes,
    starts,
    stops,
    within,
)

PETITION_OFFICER = "petition_officer"
"""信访工作人员: registers, accepts, forwards, refuses, answers and records requests."""
ORGAN_HEAD = "organ_head"
"""本机关负责人: approves the extension of the handling limit."""
REVIEW_OFFICER = "review_officer"
"""复查机关工作人员: decides a review."""
RECHECK_OFFICER = "recheck_officer"
"""复核机关工作人员: decides a re-examination."""

CHANNELS = ("letter", "visit", "phone", "online")
"""来信、来访、电话、网上信访."""
LEGAL_CHANNELS = ("litigation", "arbitration", "reconsideration", "other_statutory")
"""Channels that take a matter out of the petition process (诉讼、仲裁、行政复议、其他法定途径)."""

def _forwarded(ctx: Context) -> bool:
    """A matter another organ forwarded here: this organ may object within 5 working days."""
    return "forwarded_from" in ctx.payload


OPEN_STATES = ("registered", "in_handling", "answered", "in_review", "reviewed", "in_recheck")

PROCESS = Process(
    "petition", "信访事项",
    source=Citation("信访工作条例", version="2022, in force 2022-05-01"),
    description=__doc__ or "",
    states=(
        State("registered", "已登记"),
        State("in_handling", "办理中"),
        State("forwarded", "已转送", final=True),
        State("not_accepted", "不予受理", final=True),
        State("answered", "已答复"),
        State("in_review", "复查中"),
        State("reviewed", "已复查"),
        State("in_recheck", "复核中"),
        State("closed", "已办结", final=True),
        State("withdrawn", "已撤回", final=True),
    ),
    opening=Opening(
        "register", "登记", "registered", roles=PETITION_OFFICER,
        fields=(
            Field("channel", "choice", "信访形式", choices=CHANNELS),
            Field("petitioner", label="信访人"),
            Field("matter", label="信访事项"),
            Field("organ", label="受理机关"),
            Field("place", label="发生地", required=False),
            Field("received_on", "date", "收到日期 (default: the day registered)", required=False),
            Field("forwarded_from", label="转送来的机关 (a matter forwarded to this organ)",
                  required=False),
        ),
        clocks=(starts("petition.intake", on="received_on"),
                starts("petition.jurisdiction_objection", on="received_on", when=_forwarded)),
    ),
    events=(
        Event("accept", "受理", PETITION_OFFICER, "registered", "in_handling", owner_only=True,
              clocks=(finishes("petition.intake"), finishes("petition.jurisdiction_objection"),
                      starts("petition.handling"))),
        Event("forward", "转送", PETITION_OFFICER, "registered", "forwarded", owner_only=True,
              fields=(Field("to_organ", label="有权处理的机关"),), records=("to_organ",),
              clocks=(finishes("petition.intake"),)),
        Event("refuse", "不予受理", PETITION_OFFICER, "registered", "not_accepted", owner_only=True,
              fields=(Field("reason", label="理由"),
                      Field("legal_channel", "choice", "应当通过的法定途径", choices=LEGAL_CHANNELS)),
              records=("legal_channel",), clocks=(finishes("petition.intake"),)),
        Event("object_jurisdiction", "提出管辖异议", PETITION_OFFICER, "registered", "forwarded",
              owner_only=True, fields=(Field("reason", label="异议理由"),),
              guards=(within("petition.jurisdiction_objection"),), records=("reason",),
              clocks=(finishes("petition.intake"), finishes("petition.jurisdiction_objection")),
              description="A forwarded matter this organ is not competent for goes back (art. 23)."),
        Event("extend", "延长办理期限", ORGAN_HEAD, "in_handling", None,
              fields=(Field("reason", label="延期理由"), Field("requested_by", label="申请人"),
                      Field("amount", "int", "延长天数", required=False)),
              guards=(differs("requested_by", "approve"),), clocks=(extends("petition.handling"),)),
        Event("answer", "出具处理意见", PETITION_OFFICER, "in_handling", "answered", owner_only=True,
              fields=(Field("opinion", label="处理意见"),
                      Field("delivered_on", "date", "信访人收到书面答复之日", required=False)),
              clocks=(finishes("petition.handling"),
                      starts("petition.review_request", on="delivered_on"))),
        Event("request_review", "请求复查", PETITION_OFFICER, "answered", "in_review",
              fields=(Field("received_on", "date", "收到复查请求之日", required=False),),
              guards=(within("petition.review_request", "received_on"),),
              clocks=(finishes("petition.review_request", on="received_on"),
                      starts("petition.review", on="received_on"))),
        Event("review", "复查", REVIEW_OFFICER, "in_review", "reviewed",
              fields=(Field("opinion", label="复查意见"),
                      Field("delivered_on", "date", "信访人收到复查意见之日", required=False)),
              clocks=(finishes("petition.review"),
                      starts("petition.recheck_request", on="delivered_on"))),
        Event("request_recheck", "请求复核", PETITION_OFFICER, "reviewed", "in_recheck",
              fields=(Field("received_on", "date", "收到复核请求之日", required=False),),
              guards=(within("petition.recheck_request", "received_on"),),
              clocks=(finishes("petition.recheck_request", on="received_on"),
                      starts("petition.recheck", on="received_on"))),
        Event("recheck_hearing", "复核听证", RECHECK_OFFICER, "in_recheck", None,
              clocks=(stops("petition.recheck", because="hearing"),),
              description="Hearing time is not counted in the recheck limit (art. 36)."),
        Event("recheck_hearing_held", "听证结束", RECHECK_OFFICER, "in_recheck", None,
              clocks=(resumes("petition.recheck"),)),
        Event("recheck", "复核", RECHECK_OFFICER, "in_recheck", "closed",
              fields=(Field("opinion", label="复核意见"),),
              clocks=(finishes("petition.recheck"),),
              description="After re-examination the matter is final (art. 36)."),
        Event("close", "办结", PETITION_OFFICER, ("answered", "reviewed"), "closed",
              fields=(Field("reason", label="办结理由", required=False),),
              clocks=(finishes(ALL_RUNNING),)),
        Event("withdraw", "撤回", PETITION_OFFICER, OPEN_STATES, "withdrawn",
              fields=(Field("reason", label="撤回理由", required=False),),
              clocks=(finishes(ALL_RUNNING),)),
        Event("handover", "移交", PETITION_OFFICER, OPEN_STATES, None, owner_only=True,
              fields=(Field("to", label="接手人"),), hands_over="to",
              description="首问负责制: the owner hands the case on, on the record."),
    ),
)
"""The petition process."""
