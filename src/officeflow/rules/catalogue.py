"""The catalogue of time limits (期限目录): every statutory number, written once, with its source.

Each entry cites its law, article and version; the spec's doubts are kept in ``Citation.note``.
Agency defaults (documents) are marked ``statutory=False``. Ids are those of
``spec/time-limits.md``.
"""

from __future__ import annotations

import attrs

from officeflow.citation import Citation
from officeflow.rules.model import Direction, Extension, TimeLimit, Unit

WD, D, M = Unit.WORKING_DAYS, Unit.NATURAL_DAYS, Unit.MONTHS

# -- the laws ------------------------------------------------------------------------------------
_LICENSING = ("中华人民共和国行政许可法", "as amended 2019-04-23")
_DISCLOSURE = ("中华人民共和国政府信息公开条例", "2019 revision, in force 2019-05-15")
_DISCLOSURE_2008 = ("中华人民共和国政府信息公开条例", "2007 text, in force 2008-05-01")
_PETITION = ("信访工作条例", "2022, in force 2022-05-01")
_DEPUTIES = ("全国人民代表大会和地方各级人民代表大会代表法", "as amended 2025-03-11")
_CPPCC = ("政协全国委员会提案工作条例", "2018")
_RECONSIDERATION = ("中华人民共和国行政复议法", "2023 revision, in force 2024-01-01")
_PENALTY = ("中华人民共和国行政处罚法", "2021 revision, in force 2021-07-15")
_SUPERVISION = ("政府督查工作条例", "2020, in force 2021-02-01")
_PRACTICE = ("agency practice (机关办文办事惯例)", "office handling default")


def _cite(law: tuple[str, str], article: str, note: str = "") -> Citation:
    return Citation(law[0], article=article, version=law[1], note=note)


# -- excluded time a rule allows -----------------------------------------------------------------
LICENSING_STOPS = frozenset({"hearing", "tender", "auction", "testing", "inspection", "quarantine",
                             "appraisal", "expert_review"})
"""行政许可法 art. 45: 听证、招标、拍卖、检验、检测、检疫、鉴定、专家评审 — not counted in the limit."""
DISCLOSURE_STOPS = frozenset({"third_party_consultation"})
"""政府信息公开条例 art. 33 ¶2: time spent consulting third parties or other organs is not counted."""

_ORGAN_HEAD = "organ_head"

# -- administrative licensing (行政许可法 art. 82: its limits are working days) -------------------
_SUPPLEMENT = TimeLimit(
    "licensing.supplement_notice", "补正告知", 5, WD, "receipt of the application materials",
    _cite(_LICENSING, "art. 32", "notice on the spot or within the limit, once, listing everything"),
    on_lapse="the application is deemed accepted as of the day the materials were received",
)
_DECISION_EXTENSION = Extension(_ORGAN_HEAD, "本行政机关负责人", amount=10,
                                inform="the reasons are told to the applicant")

LICENSING = (
    _SUPPLEMENT,
    attrs.evolve(_SUPPLEMENT, id="licensing.deemed_acceptance", title="逾期未告知补正视为受理"),
    TimeLimit("licensing.lower_review", "下级机关初审", 20, WD, "the lower organ's acceptance",
              _cite(_LICENSING, "art. 43"), stop_reasons=LICENSING_STOPS),
    TimeLimit("licensing.decision", "许可决定", 20, WD, "acceptance of the application",
              _cite(_LICENSING, "arts. 42, 45"), extension=_DECISION_EXTENSION,
              stop_reasons=LICENSING_STOPS),
    TimeLimit("licensing.decision_joint", "统一/联合/集中办理许可决定", 45, WD,
              "acceptance (unified, joint or centralised handling)", _cite(_LICENSING, "art. 42 ¶2"),
              extension=Extension("government_head", "本级人民政府负责人", amount=15,
                                  inform="the reasons are told to the applicant"),
              stop_reasons=LICENSING_STOPS),
    TimeLimit("licensing.certificate", "颁发、送达许可证件", 10, WD, "the decision to grant",
              _cite(_LICENSING, "art. 44")),
    TimeLimit("licensing.hearing_request", "申请听证", 5, WD, "notice of the right to a hearing",
              _cite(_LICENSING, "art. 47", "the law's unit is ambiguous; default working days, "
                    "configurable")),
    TimeLimit("licensing.hearing_hold", "组织听证", 20, WD, "the hearing request",
              _cite(_LICENSING, "art. 47")),
    TimeLimit("licensing.hearing_notice", "听证通知", 7, WD, "counted back from the hearing date",
              _cite(_LICENSING, "art. 48"), direction=Direction.BACKWARD),
    TimeLimit("licensing.renewal_apply", "申请延续", 30, D, "counted back from the licence's expiry",
              _cite(_LICENSING, "art. 50"), direction=Direction.BACKWARD,
              on_lapse="no decision before expiry: the renewal is deemed granted"),
)

# -- information disclosure on request (政府信息公开条例 2019) -------------------------------------
DISCLOSURE = (
    TimeLimit("disclosure.correction_notice", "补正告知", 7, WD, "receipt of the request",
              _cite(_DISCLOSURE, "art. 30", "one notice; the reply clock restarts from receipt of "
                    "the corrected request"),
              on_lapse="no correction in the time granted: the request may be treated as withdrawn"),
    TimeLimit("disclosure.reply", "答复", 20, WD, "receipt of the request (date by channel, art. 31)",
              _cite(_DISCLOSURE, "art. 33"),
              extension=Extension("disclosure_head", "政府信息公开工作机构负责人", amount=20,
                                  inform="the requester is told"),
              stop_reasons=DISCLOSURE_STOPS, restartable=True),
    TimeLimit("disclosure.third_party", "第三方意见", 15, WD, "the third party's receipt of the "
              "consultation", _cite(_DISCLOSURE, "arts. 32, 34"),
              on_lapse="silence: the organ decides under the regulations"),
    TimeLimit("disclosure.reply_2008", "答复（2008年条例）", 15, WD, "receipt of the request",
              _cite(_DISCLOSURE_2008, "art. 24", "for cases under the old rules"),
              extension=Extension("disclosure_head", "政府信息公开工作机构负责人", amount=15,
                                  inform="the requester is told"),
              stop_reasons=DISCLOSURE_STOPS),
)

# -- petitions (信访工作条例 2022; natural days) ----------------------------------------------------
PETITION = (
    TimeLimit("petition.intake", "登记受理告知", 15, D, "receipt of the petition",
              _cite(_PETITION, "arts. 22–23")),
    TimeLimit("petition.jurisdiction_objection", "管辖异议", 5, WD, "receipt of a forwarded matter",
              _cite(_PETITION, "art. 23")),
    TimeLimit("petition.handling", "办理", 60, D, "acceptance",
              _cite(_PETITION, "art. 34"),
              extension=Extension(_ORGAN_HEAD, "本机关负责人", amount=30,
                                  inform="the petitioner is told why")),
    TimeLimit("petition.review_request", "请求复查", 30, D, "the petitioner's receipt of the "
              "written answer", _cite(_PETITION, "art. 35"),
              on_lapse="a later review request is not accepted"),
    TimeLimit("petition.review", "复查", 30, D, "receipt of the review request",
              _cite(_PETITION, "art. 35")),
    TimeLimit("petition.recheck_request", "请求复核", 30, D, "receipt of the review opinion",
              _cite(_PETITION, "art. 36"), on_lapse="a later recheck request is not accepted"),
    TimeLimit("petition.recheck", "复核", 30, D, "receipt of the recheck request",
              _cite(_PETITION, "art. 36"), stop_reasons=frozenset({"hearing"})),
)

# -- deputy suggestions and CPPCC proposals -----------------------------------------------------
SUGGESTIONS = (
    TimeLimit("suggestion.reply", "代表建议答复", 3, M, "assignment (交办)",
              _cite(_DEPUTIES, "art. 51", "also NPC rules of procedure art. 32"),
              extension=Extension("assigning_body", "交办机关", total=6,
                                  inform="for wide-ranging or difficult matters")),
    TimeLimit("proposal.reply", "政协提案答复", 3, M, "assignment (交办)",
              _cite(_CPPCC, "", "number from practice, not from a statute; configurable"),
              statutory=False,
              extension=Extension("assigning_body", "交办机关", total=6,
                                  inform="for complex cases (practice)")),
    TimeLimit("suggestion.rehandling", "代表不满意后重新办理", 3, M,
              "the author's evaluation 'dissatisfied'",
              Citation(_PRACTICE[0], version=_PRACTICE[1],
                       note="the spec names no number; agency default equal to the reply limit"),
              statutory=False),
    TimeLimit("proposal.rehandling", "委员不满意后重新办理", 3, M,
              "the author's evaluation 'dissatisfied'",
              Citation(_PRACTICE[0], version=_PRACTICE[1],
                       note="the spec names no number; agency default equal to the reply limit"),
              statutory=False),
)

# -- reconsideration, penalties, supervision ----------------------------------------------------
OTHER = (
    TimeLimit("reconsideration.decision", "行政复议决定", 60, D, "acceptance",
              _cite(_RECONSIDERATION, "art. 62"),
              extension=Extension("reconsideration_head", "行政复议机构负责人", amount=30)),
    TimeLimit("reconsideration.decision_simplified", "行政复议决定（简易程序）", 30, D, "acceptance",
              _cite(_RECONSIDERATION, "art. 62", "simplified procedure")),
    TimeLimit("penalty.decision", "行政处罚决定", 90, D, "case filing (立案)",
              _cite(_PENALTY, "art. 60", "extension only as other laws provide")),
    TimeLimit("supervision.objection", "督查结论复核申请", 30, D, "receipt of the inspection "
              "conclusion", _cite(_SUPERVISION, "art. 17")),
    TimeLimit("supervision.objection_decision", "复核决定", 30, D, "receipt of the request",
              _cite(_SUPERVISION, "art. 17")),
    TimeLimit("supervision.item", "督办事项", None, WD, "assignment (交办)",
              Citation(_PRACTICE[0], version=_PRACTICE[1], note="no statutory number; set per item"),
              statutory=False,
              extension=Extension("assigning_authority", "交办机关", amount=None,
                                  inform="requested by the lead unit before the deadline")),
)

# -- office handling limits (agency defaults) ----------------------------------------------------
_DEFAULT = Citation(_PRACTICE[0], version=_PRACTICE[1], note="not statutory; configurable per agency")
DOCUMENTS = (
    TimeLimit("document.extra_urgent", "特急件办理", 1, WD, "registration", _DEFAULT, statutory=False),
    TimeLimit("document.urgent", "加急件办理", 3, WD, "registration", _DEFAULT, statutory=False),
    TimeLimit("document.normal", "普通件办理", 7, WD, "registration", _DEFAULT, statutory=False),
    TimeLimit("document.circulation_per_reader", "传阅（每位阅文人）", 1, WD,
              "handover to the reader", _DEFAULT, statutory=False),
)

CATALOGUE: tuple[TimeLimit, ...] = (*LICENSING, *DISCLOSURE, *PETITION, *SUGGESTIONS, *OTHER, *DOCUMENTS)
"""Every limit the library knows, in the order of ``spec/time-limits.md``."""
