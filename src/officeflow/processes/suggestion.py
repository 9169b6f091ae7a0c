"""Deputy suggestions and CPPCC proposals (建议提案办理).

An NPC deputy's suggestion (代表建议) or a CPPCC member's proposal (政协提案) is assigned to a lead
unit (主办) with any co-units (协办). The lead unit contacts the author before replying — the
practice of turning "documents to and fro" into "people to and fro" (变"文来文往"为"人来人往") — and
replies within 3 months of assignment (代表法 art. 51, as amended 2025; the proposal limit is from
practice), or within 6 months for wide-ranging or difficult matters with the assigning body's
agreement. The author evaluates the reply (satisfied, basically satisfied, dissatisfied); a
dissatisfied author's matter is handled again, with its own deadline.
"""

from __future__ import annotations

from collections.abc import Callable

from officeflow.citation import Citation
from officeflow.process import (
    Context,
    Event,
    Field,
    Guard,
    Opening,
    Process,
    Route,
    State,
    differs,
    extends,
    finishes,
    starts,
)

OFFICE = "suggestion_office"
"""建议提案办理工作机构: registers, assigns, records evaluations, closes."""
LEAD_UNIT = "lead_unit"
"""主办单位工作人员: handles, contacts the author, replies."""
ASSIGNING_BODY = "assigning_body"
"""交办机关: agrees to the longer limit for difficult matters."""

KINDS = ("suggestion", "proposal")
"""代表建议 (NPC deputies) or 政协提案 (CPPCC members)."""
SATISFACTION = ("satisfied", "basically_satisfied", "dissatisfied")
"""满意、基本满意、不满意."""
METHODS = ("visit", "meeting", "phone", "survey", "online")
"""走访、座谈、电话、调研、网络."""


def _reply_rule(kind: str) -> str:
    return f"{kind}.reply"


def _is(kind: str) -> Callable[[Context], bool]:
    """The condition "this matter is a ``kind``" (a suggestion or a proposal)."""
    return lambda ctx: ctx.case.data.get("kind") == kind


def _dissatisfied_with(kind: str) -> Callable[[Context], bool]:
    return lambda ctx: _dissatisfied(ctx) and _is(kind)(ctx)


def _check_lead_unit(ctx: Context) -> str | None:
    lead = ctx.case.data.get("lead_unit")
    if ctx.by.unit != lead:
        return f"only the lead unit {lead} handles and replies; {ctx.by.name} is in {ctx.by.unit}"
    return None


def _check_co_units(ctx: Context) -> str | None:
    if ctx.payload["lead_unit"] in ctx.payload.get("co_units", ()):
        return f"the lead unit {ctx.payload['lead_unit']} cannot also be a co-unit"
    return None


def _dissatisfied(ctx: Context) -> bool:
    return ctx.payload.get("satisfaction") == "dissatisfied"


_LEAD = Guard("lead unit (主办)", _check_lead_unit)

PROCESS = Process(
    "suggestion", "建议提案办理",
    source=Citation("全国人民代表大会和地方各级人民代表大会代表法", article="art. 51",
                    version="as amended 2025-03-11"),
    description=__doc__ or "",
    states=(
        State("received", "已收到"),
        State("assigned", "已交办"),
        State("in_handling", "办理中"),
        State("consulted", "已沟通"),
        State("replied", "已答复"),
        State("evaluated", "已评价"),
        State("closed", "已办结", final=True),
    ),
    opening=Opening(
        "register", "登记", "received", roles=OFFICE,
        fields=(
            Field("kind", "choice", "代表建议 / 政协提案", choices=KINDS),
            Field("author", label="领衔代表或提案人"),
            Field("title", label="案由"),
        ),
    ),
    events=(
        Event("assign", "交办", OFFICE, "received", "assigned",
              fields=(Field("lead_unit", label="主办单位"),
                      Field("co_units", "texts", "协办单位", required=False)),
              guards=(Guard("lead and co-units", _check_co_units),), records=("lead_unit", "co_units"),
              clocks=tuple(starts(_reply_rule(kind), when=_is(kind)) for kind in KINDS)),
        Event("begin", "签收办理", LEAD_UNIT, "assigned", "in_handling", guards=(_LEAD,)),
        Event("consult", "与代表委员沟通", LEAD_UNIT, "in_handling", "consulted",
              fields=(Field("method", "choice", "沟通方式", choices=METHODS),
                      Field("contacted_on", "date", "沟通之日", required=False),
                      Field("notes", label="沟通情况", required=False)),
              guards=(_LEAD,), records=("method",)),
        Event("reply", "答复", LEAD_UNIT, "consulted", "replied",
              fields=(Field("answer", label="答复内容"),),
              guards=(_LEAD,), records=("answer",),
              clocks=tuple(finishes(f"{kind}.{limit}") for kind in KINDS
                           for limit in ("reply", "rehandling"))),
        Event("extend", "延长办理期限", ASSIGNING_BODY, ("assigned", "in_handling", "consulted"), None,
              fields=(Field("reason", label="涉及面广、处理难度大的理由"),
                      Field("requested_by", label="申请单位经办人"),
                      Field("amount", "int", "延长的月数 (default: up to 6 months in all)", required=False)),
              guards=(differs("requested_by", "approve"),),
              clocks=tuple(extends(_reply_rule(kind), when=_is(kind)) for kind in KINDS)),
        Event("evaluate", "代表委员评价", OFFICE,
              routes=(Route("replied", "in_handling", _dissatisfied, "dissatisfied"),
                      Route("replied", "evaluated", None, "satisfied or basically satisfied")),
              fields=(Field("satisfaction", "choice", "评价", choices=SATISFACTION),),
              records=("satisfaction",),
              clocks=tuple(starts(f"{kind}.rehandling", when=_dissatisfied_with(kind)) for kind in KINDS)),
        Event("close", "办结", OFFICE, "evaluated", "closed"),
    ),
)
"""The suggestion / proposal process."""
