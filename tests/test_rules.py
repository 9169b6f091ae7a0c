"""The rules catalogue (``officeflow.rules``): every limit of ``spec/time-limits.md`` with its number,
unit, article and law version; the registry as a value; and worked examples of ``due()`` and
``latest_to_act()`` around the 2025 and 2026 holidays, each named after the article it applies.

Expected dates are written out by hand from the State Council notices (2025: 国办发明电〔2024〕12号;
2026: the notice of 2025-11-04), never computed by the code under test.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from pathlib import Path

import attrs
import numpy as np
import pendulum
import pytest

import officeflow
from officeflow import rules
from officeflow.calendar import china
from officeflow.citation import Citation
from officeflow.rules import DEFAULT, DISCLOSURE_STOPS, LICENSING_STOPS, Direction, Registry, TimeLimit, Unit

D = pendulum.Date
CAL = china()
SPEC = Path(__file__).resolve().parents[2] / "shared" / "spec" / "time-limits.md"

# Law title (as cited) and a fragment of the version/effective date each must carry.
XKF = ("中华人民共和国行政许可法", "2019-04-23")
GKTL = ("中华人民共和国政府信息公开条例", "2019-05-15")
GKTL_2008 = ("中华人民共和国政府信息公开条例", "2008-05-01")
XF = ("信访工作条例", "2022-05-01")
DBF = ("全国人民代表大会和地方各级人民代表大会代表法", "2025-03-11")
TA = ("政协全国委员会提案工作条例", "2018")
FY = ("中华人民共和国行政复议法", "2024-01-01")
CF = ("中华人民共和国行政处罚法", "2021-07-15")
DC = ("政府督查工作条例", "2020")
PRACTICE = ("agency practice (机关办文办事惯例)", "office handling default")

WD, DAYS, MONTHS = "wd", "d", "m"

# id, amount, unit, article, (law, version), statutory, direction
CATALOGUE_ROWS = [
    pytest.param("licensing.supplement_notice", 5, WD, "art. 32", XKF, True, "forward",
                 id="行政许可法-art32-licensing.supplement_notice"),
    pytest.param("licensing.deemed_acceptance", 5, WD, "art. 32", XKF, True, "forward",
                 id="行政许可法-art32-licensing.deemed_acceptance"),
    pytest.param("licensing.lower_review", 20, WD, "art. 43", XKF, True, "forward",
                 id="行政许可法-art43-licensing.lower_review"),
    pytest.param("licensing.decision", 20, WD, "arts. 42, 45", XKF, True, "forward",
                 id="行政许可法-art42-licensing.decision"),
    pytest.param("licensing.decision_joint", 45, WD, "art. 42 ¶2", XKF, True, "forward",
                 id="行政许可法-art42p2-licensing.decision_joint"),
    pytest.param("licensing.certificate", 10, WD, "art. 44", XKF, True, "forward",
                 id="行政许可法-art44-licensing.certificate"),
    pytest.param("licensing.hearing_request", 5, WD, "art. 47", XKF, True, "forward",
                 id="行政许可法-art47-licensing.hearing_request"),
    pytest.param("licensing.hearing_hold", 20, WD, "art. 47", XKF, True, "forward",
                 id="行政许可法-art47-licensing.hearing_hold"),
    pytest.param("licensing.hearing_notice", 7, WD, "art. 48", XKF, True, "counted back",
                 id="行政许可法-art48-licensing.hearing_notice"),
    pytest.param("licensing.renewal_apply", 30, DAYS, "art. 50", XKF, True, "counted back",
                 id="行政许可法-art50-licensing.renewal_apply"),
    pytest.param("disclosure.correction_notice", 7, WD, "art. 30", GKTL, True, "forward",
                 id="政府信息公开条例-art30-disclosure.correction_notice"),
    pytest.param("disclosure.reply", 20, WD, "art. 33", GKTL, True, "forward",
                 id="政府信息公开条例-art33-disclosure.reply"),
    pytest.param("disclosure.third_party", 15, WD, "arts. 32, 34", GKTL, True, "forward",
                 id="政府信息公开条例-art32-34-disclosure.third_party"),
    pytest.param("disclosure.reply_2008", 15, WD, "art. 24", GKTL_2008, True, "forward",
                 id="政府信息公开条例2008-art24-disclosure.reply_2008"),
    pytest.param("petition.intake", 15, DAYS, "arts. 22–23", XF, True, "forward",
                 id="信访工作条例-art22-23-petition.intake"),
    pytest.param("petition.jurisdiction_objection", 5, WD, "art. 23", XF, True, "forward",
                 id="信访工作条例-art23-petition.jurisdiction_objection"),
    pytest.param("petition.handling", 60, DAYS, "art. 34", XF, True, "forward",
                 id="信访工作条例-art34-petition.handling"),
    pytest.param("petition.review_request", 30, DAYS, "art. 35", XF, True, "forward",
                 id="信访工作条例-art35-petition.review_request"),
    pytest.param("petition.review", 30, DAYS, "art. 35", XF, True, "forward",
                 id="信访工作条例-art35-petition.review"),
    pytest.param("petition.recheck_request", 30, DAYS, "art. 36", XF, True, "forward",
                 id="信访工作条例-art36-petition.recheck_request"),
    pytest.param("petition.recheck", 30, DAYS, "art. 36", XF, True, "forward",
                 id="信访工作条例-art36-petition.recheck"),
    pytest.param("suggestion.reply", 3, MONTHS, "art. 51", DBF, True, "forward",
                 id="代表法-art51-suggestion.reply"),
    pytest.param("proposal.reply", 3, MONTHS, "", TA, False, "forward",
                 id="提案工作条例-practice-proposal.reply"),
    pytest.param("reconsideration.decision", 60, DAYS, "art. 62", FY, True, "forward",
                 id="行政复议法-art62-reconsideration.decision"),
    pytest.param("reconsideration.decision_simplified", 30, DAYS, "art. 62", FY, True, "forward",
                 id="行政复议法-art62-reconsideration.decision_simplified"),
    pytest.param("penalty.decision", 90, DAYS, "art. 60", CF, True, "forward",
                 id="行政处罚法-art60-penalty.decision"),
    pytest.param("supervision.objection", 30, DAYS, "art. 17", DC, True, "forward",
                 id="政府督查工作条例-art17-supervision.objection"),
    pytest.param("supervision.objection_decision", 30, DAYS, "art. 17", DC, True, "forward",
                 id="政府督查工作条例-art17-supervision.objection_decision"),
    pytest.param("supervision.item", None, WD, "", PRACTICE, False, "forward",
                 id="practice-per-item-supervision.item"),
    pytest.param("document.extra_urgent", 1, WD, "", PRACTICE, False, "forward",
                 id="practice-特急-document.extra_urgent"),
    pytest.param("document.urgent", 3, WD, "", PRACTICE, False, "forward",
                 id="practice-加急-document.urgent"),
    pytest.param("document.normal", 7, WD, "", PRACTICE, False, "forward",
                 id="practice-普通-document.normal"),
    pytest.param("document.circulation_per_reader", 1, WD, "", PRACTICE, False, "forward",
                 id="practice-传阅-document.circulation_per_reader"),
]
CATALOGUE_IDS = [p.values[0] for p in CATALOGUE_ROWS]


# -- the catalogue ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rule_id", "amount", "unit", "article", "law", "statutory", "direction"), CATALOGUE_ROWS
)
def test_catalogue_entry(rule_id, amount, unit, article, law, statutory, direction):
    rule = rules.get(rule_id)
    assert isinstance(rule, TimeLimit)
    assert rule.id == rule_id
    assert rule.amount == amount
    assert rule.unit is Unit.from_code(unit)
    assert rule.source.article == article
    assert rule.source.title == law[0]
    assert law[1] in rule.source.version
    assert rule.statutory is statutory
    assert rule.direction.value == direction
    assert rule.title
    assert rule.trigger


# Limits the processes need where the spec names a duty but no number: agency defaults only.
AGENCY_DEFAULTS_BEYOND_THE_SPEC = ["suggestion.rehandling", "proposal.rehandling"]


def test_catalogue_holds_the_tabled_ids_in_spec_order_plus_marked_agency_defaults():
    ids = [r.id for r in rules.all()]
    assert [i for i in ids if i not in AGENCY_DEFAULTS_BEYOND_THE_SPEC] == CATALOGUE_IDS
    assert len(DEFAULT) == len(CATALOGUE_IDS) + len(AGENCY_DEFAULTS_BEYOND_THE_SPEC) == 35
    assert all(rule_id in DEFAULT for rule_id in CATALOGUE_IDS)
    for rule_id in AGENCY_DEFAULTS_BEYOND_THE_SPEC:
        extra = rules.get(rule_id)
        assert not extra.statutory
        assert "spec names no number" in extra.source.note


@pytest.mark.skipif(not SPEC.exists(), reason="spec/time-limits.md is not next to the repository")
def test_every_id_of_the_spec_tables_is_in_the_catalogue():
    ids = set()
    for line in SPEC.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\|\s*([a-z_]+\.[a-z_0-9]+)", line)
        if match:
            ids.add(match.group(1))
    assert len(ids) == 32
    # The spec notes the simplified reconsideration procedure (30 d) in art. 62's source column.
    assert {r.id for r in rules.all()} == ids | {"reconsideration.decision_simplified",
                                                  *AGENCY_DEFAULTS_BEYOND_THE_SPEC}


def test_licensing_law_art82_every_licensing_period_counts_working_days_except_renewal():
    """行政许可法 art. 82: the law's limits are working days; the renewal (art. 50) is 30 days."""
    licensing = [r for r in rules.all() if r.id.startswith("licensing.")]
    assert len(licensing) == 10
    assert {r.id for r in licensing if r.unit is not Unit.WORKING_DAYS} == {"licensing.renewal_apply"}


def test_disclosure_limits_are_working_days_and_petition_limits_natural_days():
    """政府信息公开条例 2019 states its limits in working days; 信访工作条例 2022 in days."""
    assert {r.unit for r in rules.all() if r.id.startswith("disclosure.")} == {Unit.WORKING_DAYS}
    petition_days = {r.id for r in rules.all() if r.id.startswith("petition.")
                     and r.unit is Unit.NATURAL_DAYS}
    # art. 23's jurisdiction objection is the one petition limit stated in working days.
    assert petition_days == {f"petition.{x}" for x in
                             ("intake", "handling", "review_request", "review", "recheck_request",
                              "recheck")}


def test_statutory_limits_and_agency_defaults_are_told_apart():
    defaults = {r.id for r in rules.all() if not r.statutory}
    assert defaults == {"proposal.reply", "supervision.item", "document.extra_urgent",
                        "document.urgent", "document.normal", "document.circulation_per_reader",
                        *AGENCY_DEFAULTS_BEYOND_THE_SPEC}
    for rule_id in defaults - {"proposal.reply"}:
        assert "agency practice" in rules.get(rule_id).source.title
    assert "not statutory" in rules.get("document.urgent").source.note
    assert "practice" in rules.get("proposal.reply").source.note


def test_confidence_notes_kept_where_the_spec_marks_a_doubt():
    assert "ambiguous" in rules.get("licensing.hearing_request").source.note  # 行政许可法 art. 47
    assert "old rules" in rules.get("disclosure.reply_2008").source.note
    assert "restarts" in rules.get("disclosure.correction_notice").source.note  # 条例 art. 30
    assert "deemed accepted" in rules.get("licensing.deemed_acceptance").on_lapse  # art. 32
    assert "deemed granted" in rules.get("licensing.renewal_apply").on_lapse  # art. 50


EXTENSIONS = [
    pytest.param("licensing.decision", "organ_head", 10, None, 1, id="行政许可法-art42-+10wd-organ_head"),
    pytest.param("licensing.decision_joint", "government_head", 15, None, 1,
                 id="行政许可法-art42p2-+15wd-government_head"),
    pytest.param("disclosure.reply", "disclosure_head", 20, None, 1, id="政府信息公开条例-art33-+20wd"),
    pytest.param("disclosure.reply_2008", "disclosure_head", 15, None, 1, id="条例2008-art24-+15wd"),
    pytest.param("petition.handling", "organ_head", 30, None, 1, id="信访工作条例-art34-+30d-organ_head"),
    pytest.param("suggestion.reply", "assigning_body", None, 6, 1, id="代表法-art51-up-to-6m"),
    pytest.param("proposal.reply", "assigning_body", None, 6, 1, id="提案-practice-up-to-6m"),
    pytest.param("reconsideration.decision", "reconsideration_head", 30, None, 1,
                 id="行政复议法-art62-+30d"),
]


@pytest.mark.parametrize(("rule_id", "approver", "amount", "total", "times"), EXTENSIONS)
def test_extension_of(rule_id, approver, amount, total, times):
    ext = rules.get(rule_id).extension
    assert ext is not None
    assert (ext.approver, ext.amount, ext.total, ext.times) == (approver, amount, total, times)
    assert ext.approver_label  # the role in Chinese, e.g. 本行政机关负责人
    assert ext.extra(rules.get(rule_id).amount) == (amount if amount is not None else total - 3)


def test_no_other_rule_has_an_extension_except_supervision_items():
    extended = {r.id for r in rules.all() if r.extension is not None}
    assert extended == {p.values[0] for p in EXTENSIONS} | {"supervision.item"}
    assert rules.get("licensing.certificate").extension is None  # 行政许可法 art. 44
    assert rules.get("petition.intake").extension is None


def test_excluded_time_each_rule_allows():
    """行政许可法 art. 45 (hearing … expert review); 政府信息公开条例 art. 33 ¶2 (consultation);
    信访工作条例 art. 36 (hearing time for the recheck)."""
    licensing = {"hearing", "tender", "auction", "testing", "inspection", "quarantine", "appraisal",
                 "expert_review"}
    assert licensing == set(LICENSING_STOPS)
    assert set(DISCLOSURE_STOPS) == {"third_party_consultation"}
    stops = {r.id: r.stop_reasons for r in rules.all() if r.stop_reasons}
    assert stops == {
        "licensing.lower_review": LICENSING_STOPS,
        "licensing.decision": LICENSING_STOPS,
        "licensing.decision_joint": LICENSING_STOPS,
        "disclosure.reply": DISCLOSURE_STOPS,
        "disclosure.reply_2008": DISCLOSURE_STOPS,
        "petition.recheck": frozenset({"hearing"}),
    }
    assert rules.get("petition.handling").stop_reasons == frozenset()


def test_disclosure_regs_art30_only_the_disclosure_reply_clock_restarts():
    """政府信息公开条例 art. 30: the reply clock restarts from receipt of the corrected request."""
    assert {r.id for r in rules.all() if r.restartable} == {"disclosure.reply"}


def test_time_limits_are_frozen_values():
    rule = rules.get("licensing.decision")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        rule.amount = 30  # type: ignore[misc]
    assert rules.get("licensing.decision").amount == 20
    assert rule == rules.get("licensing.decision")
    assert hash(rule) == hash(rules.get("licensing.decision"))


def test_time_limit_text_and_data():
    rule = rules.get("licensing.decision")
    assert str(rule) == ("licensing.decision: 20 working days from acceptance of the application — "
                         "中华人民共和国行政许可法 arts. 42, 45 (as amended 2019-04-23)")
    assert "set per case" in str(rules.get("supervision.item"))
    data = rule.to_dict()
    assert (data["id"], data["amount"], data["unit"], data["direction"]) == (
        "licensing.decision", 20, "wd", "forward")
    assert data["source"]["article"] == "arts. 42, 45"
    assert data["stop_reasons"] == sorted(LICENSING_STOPS)
    assert data["extension"]["amount"] == 10


def test_unit_codes():
    assert Unit.from_code("wd") is Unit.WORKING_DAYS
    assert Unit.from_code("MONTHS") is Unit.MONTHS
    assert (Unit.NATURAL_DAYS.chinese, Unit.WORKING_DAYS.chinese) == ("日", "工作日")
    with pytest.raises(officeflow.InvalidValue, match=r"unit: got 'weeks'; allowed: one of wd, d, m"):
        Unit.from_code("weeks")


# -- get() of an unknown id ------------------------------------------------------------------------


def test_unknown_rule_id_lists_close_matches():
    with pytest.raises(officeflow.UnknownName) as caught:
        rules.get("licensing.decison")
    error = caught.value
    assert isinstance(error, officeflow.OfficeflowError)
    assert isinstance(error, LookupError)
    assert error.close_matches[0] == "licensing.decision"
    assert "rule_id: 'licensing.decison' is not known; did you mean 'licensing.decision'" in str(error)


def test_unknown_rule_id_with_no_close_match_lists_known_ids():
    with pytest.raises(officeflow.UnknownName, match=r"known rule ids: disclosure\.correction_notice"):
        rules.get("xyzzy")
    with pytest.raises(officeflow.UnknownName, match=r"rule_id: None is not known"):
        rules.get(None)  # type: ignore[arg-type]


# -- the registry is a value -----------------------------------------------------------------------

AGENCY = Citation("某市人民政府办公室督查工作办法", article="art. 9", version="2024")


def test_registry_with_limits_returns_a_new_registry_and_leaves_the_old_one_alone():
    visa = TimeLimit("agency.visit_reply", "来访答复", 10, Unit.WORKING_DAYS, "registration", AGENCY,
                     statutory=False)
    mine = DEFAULT.with_limits(visa)
    assert mine is not DEFAULT
    assert mine.get("agency.visit_reply") is visa
    assert "agency.visit_reply" not in DEFAULT
    assert len(mine) == len(DEFAULT) + 1
    with pytest.raises(officeflow.UnknownName):
        rules.get("agency.visit_reply")
    assert mine.get("licensing.decision") is DEFAULT.get("licensing.decision")
    assert Registry(rules.CATALOGUE) == DEFAULT
    assert mine != DEFAULT
    assert repr(mine) == f"<Registry of {len(DEFAULT) + 1} time limits>"


def test_registry_cannot_be_mutated():
    with pytest.raises(TypeError):
        DEFAULT.limits["licensing.decision"] = rules.get("document.urgent")  # type: ignore[index]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        DEFAULT.limits = {}  # type: ignore[misc]
    assert DEFAULT.get("licensing.decision").amount == 20


def test_registry_refuses_to_replace_an_id_quietly():
    urgent_2 = rules.get("document.urgent").with_amount(2)
    with pytest.raises(officeflow.InvalidValue) as caught:
        DEFAULT.with_limits(urgent_2)
    assert "['document.urgent']" in str(caught.value)
    assert "replace=True" in str(caught.value)
    mine = DEFAULT.with_limits(urgent_2, replace=True)
    assert mine.get("document.urgent").amount == 2
    assert DEFAULT.get("document.urgent").amount == 3
    assert mine.get("document.urgent").due(D(2026, 9, 30)) == D(2026, 10, 9)
    assert DEFAULT.get("document.urgent").due(D(2026, 9, 30)) == D(2026, 10, 10)


def test_registry_refuses_the_same_id_twice_and_non_limits():
    urgent = rules.get("document.urgent")
    with pytest.raises(officeflow.InvalidValue, match=r"got 'document\.urgent'; allowed: each id once"):
        DEFAULT.with_limits(urgent.with_amount(2), urgent.with_amount(4), replace=True)
    with pytest.raises(officeflow.InvalidType, match=r"limits: got str 'document\.urgent'"):
        DEFAULT.with_limits("document.urgent")  # type: ignore[arg-type]


def test_agency_registers_its_supervision_items_10_working_days():
    item = rules.get("supervision.item").with_amount(10)
    mine = DEFAULT.with_limits(item, replace=True)
    assert mine.get("supervision.item").amount == 10
    assert mine.get("supervision.item").statutory is False
    # assigned Friday 2026-09-18: 9/20 (Sun, make-up) counts; 9/25–27 and 10/1–7 are off; 10/10 works.
    assert mine.get("supervision.item").due(D(2026, 9, 18)) == D(2026, 10, 9)
    clock = officeflow.Clock.start("supervision.item", on=D(2026, 9, 18), registry=mine)
    assert clock.due == D(2026, 10, 9)
    assert DEFAULT.get("supervision.item").amount is None


def test_with_amount_may_change_the_unit_licensing_hearing_request_art47():
    """行政许可法 art. 47: the unit of the 5-day hearing request is ambiguous; default working days."""
    rule = rules.get("licensing.hearing_request")
    # notice Friday 2025-01-24: 1/26 (Sun) is a make-up working day; 1/28–2/4 off.
    assert rule.due(D(2025, 1, 24)) == D(2025, 2, 7)
    as_days = rule.with_amount(5, Unit.NATURAL_DAYS)
    assert as_days.unit is Unit.NATURAL_DAYS
    assert as_days.due(D(2025, 1, 24)) == D(2025, 2, 5)  # 1/29 is a holiday: rolls to 2/5
    assert rule.unit is Unit.WORKING_DAYS


@pytest.mark.parametrize("bad", [-1, True, 2.5, "10", None])
def test_with_amount_refuses_a_bad_amount(bad):
    with pytest.raises(officeflow.OfficeflowError, match=r"amount: got .*allowed: an int ≥ 0"):
        rules.get("supervision.item").with_amount(bad)  # type: ignore[arg-type]


def test_supervision_item_has_no_amount_and_due_says_so():
    item = rules.get("supervision.item")
    assert item.amount is None
    with pytest.raises(officeflow.InvalidValue) as caught:
        item.due(D(2026, 9, 18))
    assert str(caught.value) == ("supervision.item.amount: got None; allowed: a number of days or "
                                 "months. This limit is set per case: use rule.with_amount(n).")
    with pytest.raises(officeflow.InvalidValue, match=r"use rule\.with_amount\(n\)"):
        item.due_many(np.array(["2026-09-18"], dtype="datetime64[D]"))
    with pytest.raises(officeflow.InvalidValue, match=r"use rule\.with_amount\(n\)"):
        officeflow.Clock.start(item, on=D(2026, 9, 18))


# -- worked examples of due() ----------------------------------------------------------------------


def test_licensing_law_art42_decision_20wd_across_mid_autumn_and_national_day_2026():
    """行政许可法 art. 42: 20 working days from acceptance."""
    # accepted Mon 2026-09-21: 9/25–27 and 10/1–7 off, 10/10 (Sat) a make-up working day.
    assert rules.get("licensing.decision").due(D(2026, 9, 21)) == D(2026, 10, 26)


@pytest.mark.parametrize(
    ("granted", "due"),
    [
        pytest.param(D(2026, 9, 28), D(2026, 10, 16), id="granted-Mon-0928"),
        pytest.param(D(2026, 9, 30), D(2026, 10, 20), id="granted-Wed-0930"),
        pytest.param(D(2026, 10, 1), D(2026, 10, 20), id="granted-on-a-holiday-1001"),
        pytest.param(D(2026, 10, 9), D(2026, 10, 22), id="granted-Fri-1009-Sat-1010-works"),
    ],
)
def test_licensing_law_art44_certificate_10wd_around_national_day_2026(granted, due):
    """行政许可法 art. 44: certificate issued and delivered within 10 working days of the grant."""
    assert rules.get("licensing.certificate").due(granted) == due


WORKED = [
    # rule, start, due — comment: why
    pytest.param("licensing.supplement_notice", D(2026, 2, 12), D(2026, 2, 26),
                 id="行政许可法-art32-supplement-2/14-Sat-works-then-spring-festival"),
    pytest.param("licensing.lower_review", D(2025, 4, 1), D(2025, 4, 29),
                 id="行政许可法-art43-lower_review-qingming-and-make-up-Sun-4/27"),
    pytest.param("licensing.decision_joint", D(2026, 9, 1), D(2026, 11, 9),
                 id="行政许可法-art42p2-decision_joint-45wd-autumn-2026"),
    pytest.param("licensing.hearing_hold", D(2025, 5, 6), D(2025, 6, 4),
                 id="行政许可法-art47-hearing_hold-dragon-boat-2025"),
    pytest.param("disclosure.reply", D(2025, 9, 26), D(2025, 10, 30),
                 id="政府信息公开条例-art33-reply-national-day-2025-make-up-9/28-10/11"),
    pytest.param("disclosure.reply", D(2026, 9, 21), D(2026, 10, 26),
                 id="政府信息公开条例-art33-reply-national-day-2026"),
    pytest.param("disclosure.correction_notice", D(2026, 4, 30), D(2026, 5, 13),
                 id="政府信息公开条例-art30-correction-may-day-2026-make-up-5/9"),
    pytest.param("disclosure.third_party", D(2026, 6, 10), D(2026, 7, 2),
                 id="政府信息公开条例-art34-third_party-dragon-boat-2026"),
    pytest.param("disclosure.reply_2008", D(2018, 9, 28), D(2018, 10, 24),
                 id="条例2008-art24-reply_2008-national-day-2018"),
    pytest.param("petition.intake", D(2025, 1, 20), D(2025, 2, 5),
                 id="信访工作条例-art22-intake-ends-2/4-in-spring-festival"),
    pytest.param("petition.jurisdiction_objection", D(2025, 9, 26), D(2025, 10, 10),
                 id="信访工作条例-art23-objection-5wd-national-day-2025"),
    pytest.param("petition.handling", D(2026, 8, 3), D(2026, 10, 8),
                 id="信访工作条例-art34-民法典art203-60d-ends-10/2-rolls-to-10/8"),
    pytest.param("petition.review_request", D(2025, 12, 2), D(2026, 1, 4),
                 id="信访工作条例-art35-ends-1/1-rolls-to-make-up-Sun-1/4"),
    pytest.param("petition.review", D(2026, 1, 16), D(2026, 2, 24),
                 id="信访工作条例-art35-review-ends-2/15-rolls-past-spring-festival"),
    pytest.param("petition.recheck_request", D(2026, 5, 20), D(2026, 6, 22),
                 id="信访工作条例-art36-ends-6/19-dragon-boat-rolls"),
    pytest.param("petition.recheck", D(2026, 8, 26), D(2026, 9, 28),
                 id="信访工作条例-art36-recheck-ends-9/25-mid-autumn-rolls"),
    pytest.param("reconsideration.decision", D(2025, 8, 2), D(2025, 10, 9),
                 id="行政复议法-art62-60d-ends-10/1-rolls-to-10/9"),
    pytest.param("reconsideration.decision_simplified", D(2025, 9, 1), D(2025, 10, 9),
                 id="行政复议法-art62-simplified-30d-ends-10/1"),
    pytest.param("penalty.decision", D(2026, 3, 21), D(2026, 6, 22),
                 id="行政处罚法-art60-90d-ends-6/19-rolls"),
    pytest.param("supervision.objection", D(2026, 4, 2), D(2026, 5, 6),
                 id="政府督查工作条例-art17-objection-ends-5/2-may-day"),
    pytest.param("supervision.objection_decision", D(2025, 4, 1), D(2025, 5, 6),
                 id="政府督查工作条例-art17-decision-ends-5/1-may-day-2025"),
    pytest.param("proposal.reply", D(2026, 3, 19), D(2026, 6, 22),
                 id="提案-practice-3m-ends-6/19-rolls"),
    pytest.param("document.extra_urgent", D(2026, 9, 30), D(2026, 10, 8),
                 id="practice-特急-1wd-over-national-day"),
    pytest.param("document.urgent", D(2026, 9, 30), D(2026, 10, 10),
                 id="practice-加急-3wd-ends-on-make-up-Sat-10/10"),
    pytest.param("document.normal", D(2025, 12, 31), D(2026, 1, 12),
                 id="practice-普通-7wd-new-year-2026-make-up-Sun-1/4"),
    pytest.param("document.circulation_per_reader", D(2026, 2, 13), D(2026, 2, 14),
                 id="practice-传阅-1wd-make-up-Sat-2/14"),
]


@pytest.mark.parametrize(("rule_id", "start", "due"), WORKED)
def test_worked_example(rule_id, start, due):
    assert rules.get(rule_id).due(start) == due
    assert CAL.is_workday(due)


def test_civil_code_art201_the_trigger_day_is_not_counted_whatever_the_time_of_day():
    """民法典 art. 201: the starting day is not counted; counting begins the next day."""
    rule = rules.get("document.extra_urgent")
    assert rule.due(D(2026, 3, 2)) == D(2026, 3, 3)
    late = pendulum.datetime(2026, 3, 2, 23, 59, tz="Asia/Shanghai")
    assert rule.due(late) == D(2026, 3, 3)
    # 2026-03-02 17:00 UTC is already 3 March in Shanghai: the local date is the trigger day.
    assert rule.due(dt.datetime(2026, 3, 2, 17, 0, tzinfo=dt.timezone.utc)) == D(2026, 3, 4)
    assert rule.due(dt.date(2026, 3, 2)) == D(2026, 3, 3)


def test_deputies_law_art51_3_months_ending_on_a_make_up_saturday_stays_there():
    """代表法 art. 51 (2025): deputies' suggestions are answered within 3 months of assignment."""
    # 2025-11-28 + 3 months = Saturday 2026-02-28, a make-up working day (春节).
    due = rules.get("suggestion.reply").due(D(2025, 11, 28))
    assert due == D(2026, 2, 28)
    assert due.isoweekday() == 6


def test_civil_code_art202_months_clamp_to_the_last_day_of_the_month():
    """民法典 art. 202: no such day in the final month → its last day."""
    assert rules.get("suggestion.reply").due(D(2026, 1, 31)) == D(2026, 4, 30)
    assert rules.get("suggestion.reply").due(D(2025, 11, 30)) == D(2026, 2, 28)


def test_civil_code_art202_203_month_end_clamp_then_roll_off_a_rest_day():
    """民法典 arts. 202–203: clamp to the month's end, then the day after the rest days."""
    # 2025-08-31 + 3 months → 30 November (clamped), a Sunday → Monday 1 December.
    assert rules.get("suggestion.reply").due(D(2025, 8, 31)) == D(2025, 12, 1)


def test_civil_code_art203_natural_days_ending_on_a_workday_stay():
    """民法典 art. 203: only a period ending on a rest day moves; others stay."""
    # 60 days from 2026-08-04 is Saturday 3 Oct (holiday); from 2026-07-31 it is Tue 29 Sep.
    assert rules.get("petition.handling").due(D(2026, 7, 31)) == D(2026, 9, 29)
    assert rules.get("petition.handling").due(D(2026, 8, 4)) == D(2026, 10, 8)


def test_due_with_another_calendar():
    from officeflow.calendar import adjustments

    closed = CAL.with_layers(adjustments("our-closure", rest=D(2026, 10, 26)))
    assert rules.get("licensing.decision").due(D(2026, 9, 21), calendar=closed) == D(2026, 10, 27)
    assert rules.get("licensing.decision").due(D(2026, 9, 21)) == D(2026, 10, 26)


def test_due_outside_coverage_raises_calendar_coverage_error():
    with pytest.raises(officeflow.CalendarCoverageError, match=r"2027-01-04 is outside the calendar"):
        rules.get("licensing.decision").due(D(2027, 1, 4))
    with pytest.raises(officeflow.CalendarCoverageError, match=r"It falls after 2026-12-31"):
        rules.get("licensing.decision").due(D(2026, 12, 20))
    with pytest.raises(officeflow.CalendarCoverageError):
        rules.get("petition.handling").due(D(2026, 11, 15))  # ends in January 2027
    with pytest.raises(officeflow.CalendarCoverageError):
        rules.get("suggestion.reply").due(D(2026, 10, 15))
    with pytest.raises(officeflow.CalendarCoverageError):
        rules.get("petition.handling").due(D(2003, 12, 1))


@pytest.mark.parametrize("bad", ["2026-09-21", None, dt.datetime(2026, 9, 21, 9, 0)])
def test_due_refuses_strings_none_and_naive_datetimes(bad):
    for rule_id in ("licensing.decision", "petition.handling", "suggestion.reply"):
        with pytest.raises(officeflow.InvalidType, match=r"got (str|NoneType|datetime) .*allowed:"):
            rules.get(rule_id).due(bad)


# -- counting back -----------------------------------------------------------------------------------


def test_licensing_law_art48_hearing_notice_7wd_before_the_hearing():
    """行政许可法 art. 48: the applicant is told at least 7 (working, art. 82) days before the hearing."""
    # hearing Mon 2026-10-12: back over 10/10 (make-up Sat), 10/9, 10/8, National Day, 9/30, 9/29,
    # 9/28 and Mid-Autumn (9/25–27) to Thursday 24 September.
    notice = rules.get("licensing.hearing_notice")
    assert notice.latest_to_act(D(2026, 10, 12)) == D(2026, 9, 24)
    assert CAL.add_workdays(D(2026, 9, 24), 7) == D(2026, 10, 12)
    assert notice.latest_to_act(D(2026, 3, 13)) == D(2026, 3, 4)


@pytest.mark.parametrize(
    ("expiry", "latest"),
    [
        pytest.param(D(2026, 11, 1), D(2026, 9, 30), id="target-10/2-national-day-rolls-back-to-9/30"),
        pytest.param(D(2025, 11, 7), D(2025, 9, 30), id="target-10/8-2025-rolls-back-over-the-week"),
        pytest.param(D(2026, 3, 2), D(2026, 1, 30), id="target-Sat-1/31-rolls-back-to-Fri"),
        pytest.param(D(2026, 12, 31), D(2026, 12, 1), id="target-Tue-12/1-stays"),
        pytest.param(D(2026, 3, 16), D(2026, 2, 14), id="target-make-up-Sat-2/14-stays"),
    ],
)
def test_licensing_law_art50_renewal_apply_30d_before_expiry_rolls_back(expiry, latest):
    """行政许可法 art. 50: apply at least 30 days before expiry; a rest day rolls back, not forward."""
    assert rules.get("licensing.renewal_apply").latest_to_act(expiry) == latest
    assert CAL.is_workday(latest)


def test_counted_back_rules_refuse_due_and_forward_rules_refuse_latest_to_act():
    with pytest.raises(officeflow.InvalidValue) as caught:
        rules.get("licensing.hearing_notice").due(D(2026, 10, 12))
    assert "counted back: use latest_to_act(event_date)" in str(caught.value)
    with pytest.raises(officeflow.InvalidValue, match=r"counted back: use latest_to_act"):
        rules.get("licensing.renewal_apply").due_many(np.array(["2026-11-01"], dtype="datetime64[D]"))
    with pytest.raises(officeflow.InvalidValue) as caught:
        rules.get("licensing.decision").latest_to_act(D(2026, 10, 12))
    assert "runs forward: use due(start)" in str(caught.value)
    assert rules.get("licensing.hearing_notice").direction is Direction.BACKWARD


def test_counting_back_out_of_coverage():
    with pytest.raises(officeflow.CalendarCoverageError):
        rules.get("licensing.hearing_notice").latest_to_act(D(2004, 1, 5))
    with pytest.raises(officeflow.CalendarCoverageError):
        rules.get("licensing.renewal_apply").latest_to_act(D(2004, 1, 20))


# -- batch -----------------------------------------------------------------------------------------

RNG_SEED = 20260921
FIRST_START = np.datetime64("2004-01-01")
LAST_START = np.datetime64("2026-06-30")  # room for 90 days or 45 working days at the end


def _random_starts(n: int, seed: int = RNG_SEED) -> np.ndarray:
    rng = np.random.default_rng(seed)
    span = int((LAST_START - FIRST_START).astype(int))
    return FIRST_START + rng.integers(0, span + 1, n).astype("timedelta64[D]")


def _scalar(rule: TimeLimit, starts: np.ndarray) -> list[pendulum.Date]:
    return [rule.due(D.fromisoformat(str(s))) for s in starts]


def _as_dates(array: np.ndarray) -> list[pendulum.Date]:
    return [D.fromisoformat(str(s)) for s in array]


FORWARD_IDS = [r.id for r in rules.all() if r.direction is Direction.FORWARD and r.amount is not None]


@pytest.mark.parametrize("rule_id", FORWARD_IDS)
def test_time_limit_due_many_equals_scalar_due(rule_id):
    rule = rules.get(rule_id)
    starts = _random_starts(400, seed=zlib.crc32(rule_id.encode()))
    # and every month-end and holiday-adjacent start of 2025–2026
    edge = np.arange(np.datetime64("2025-01-01"), np.datetime64("2026-06-30"))
    starts = np.concatenate([starts, edge])
    got = rule.due_many(starts)
    assert got.dtype == np.dtype("datetime64[D]")
    assert _as_dates(got) == _scalar(rule, starts)


def test_registry_due_many_equals_scalar_due_elementwise_for_a_mix():
    rng = np.random.default_rng(RNG_SEED)
    ids = np.array(FORWARD_IDS)[rng.integers(0, len(FORWARD_IDS), 3000)]
    starts = _random_starts(3000)
    got = rules.due_many(ids, starts)
    expected = [rules.get(str(i)).due(D.fromisoformat(str(s))) for i, s in zip(ids, starts, strict=True)]
    assert _as_dates(got) == expected
    assert {rules.get(str(i)).unit for i in ids} == {Unit.WORKING_DAYS, Unit.NATURAL_DAYS, Unit.MONTHS}


def test_due_many_worked_examples_and_plain_lists():
    got = rules.due_many(["licensing.decision", "petition.handling", "suggestion.reply"],
                         [dt.date(2026, 9, 21), dt.date(2026, 8, 3), dt.date(2025, 11, 28)])
    assert _as_dates(got) == [D(2026, 10, 26), D(2026, 10, 8), D(2026, 2, 28)]
    empty = rules.due_many(np.array([], dtype=str), np.array([], dtype="datetime64[D]"))
    assert empty.shape == (0,)


def test_registry_due_many_with_agency_limits():
    mine = DEFAULT.with_limits(rules.get("supervision.item").with_amount(10), replace=True)
    got = mine.due_many(np.array(["supervision.item", "document.urgent"]),
                        np.array(["2026-09-18", "2026-09-30"], dtype="datetime64[D]"))
    assert _as_dates(got) == [D(2026, 10, 9), D(2026, 10, 10)]
    with pytest.raises(officeflow.InvalidValue, match=r"with_amount"):
        rules.due_many(["supervision.item"], np.array(["2026-09-18"], dtype="datetime64[D]"))


def test_batch_errors():
    starts = np.array(["2026-09-21", "2026-09-22"], dtype="datetime64[D]")
    shape = r"rules: got 'shape \(1,\)'; allowed: the shape of starts \(2,\)"
    with pytest.raises(officeflow.InvalidValue, match=shape):
        rules.due_many(["licensing.decision"], starts)
    with pytest.raises(officeflow.UnknownName, match=r"did you mean 'licensing.decision'"):
        rules.due_many(["licensing.decison", "licensing.decision"], starts)
    with pytest.raises(officeflow.InvalidValue, match=r"counted back"):
        rules.due_many(["licensing.hearing_notice", "licensing.decision"], starts)
    late = np.array(["2026-12-20"], dtype="datetime64[D]")
    for rule_id in ("licensing.decision", "petition.handling", "suggestion.reply"):
        with pytest.raises(officeflow.CalendarCoverageError):
            rules.get(rule_id).due_many(late)
    with pytest.raises(officeflow.CalendarCoverageError):
        rules.get("petition.handling").due_many(np.array(["2003-12-01"], dtype="datetime64[D]"))
