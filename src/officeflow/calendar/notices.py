"""The State Council's yearly holiday arrangements, 2004–2026 (国务院办公厅部分节假日安排的通知).

One entry per notice, as published: its number where we have verified it, the date it was issued,
each holiday's rest days and make-up working days (调休上班), and the festival dates from which the
holiday law in force (``law.py``) derives the statutory days. In-year amendments are separate
layers that name only the days they change. Pure data: nothing is read at run time.

Numbers for the 2004 and 2005 notices are left empty until checked against the State Council
Gazette. Days a notice names in the previous December (e.g. 2005-12-31, worked under the 2006
notice) are part of that notice.
"""

from __future__ import annotations

from officeflow.calendar.kinds import Holiday
from officeflow.calendar.layers import Layer, Run, amendment, year_notice

NEW_YEAR = Holiday.NEW_YEAR
SPRING = Holiday.SPRING_FESTIVAL
QINGMING = Holiday.QINGMING
LABOUR = Holiday.LABOUR_DAY
DRAGON = Holiday.DRAGON_BOAT
MID_AUTUMN = Holiday.MID_AUTUMN
NATIONAL = Holiday.NATIONAL_DAY
NATIONAL_AND_MID_AUTUMN = "国庆节、中秋节"


def _lunar(spring: str, qingming: str = "", dragon: str = "", mid: str = "") -> dict[Holiday, str]:
    festivals = {SPRING: spring, QINGMING: qingming, DRAGON: dragon, MID_AUTUMN: mid}
    return {holiday: day for holiday, day in festivals.items() if day}


_UNVERIFIED = "number and date of issue not yet verified against the State Council Gazette (国务院公报)"


NOTICES: tuple[Layer, ...] = (
    year_notice(
        2004,
        Run(NEW_YEAR, "01-01"),
        Run(SPRING, "01-22..01-28", work="01-17, 01-18"),
        Run(LABOUR, "05-01..05-07", work="05-08, 05-09"),
        Run(NATIONAL, "10-01..10-07", work="10-09, 10-10"),
        festivals=_lunar("01-22"), note=_UNVERIFIED,
    ),
    year_notice(
        2005,
        Run(NEW_YEAR, "01-01..01-03"),
        Run(SPRING, "02-09..02-15", work="02-05, 02-06"),
        Run(LABOUR, "05-01..05-07", work="04-30, 05-08"),
        Run(NATIONAL, "10-01..10-07", work="10-08, 10-09"),
        festivals=_lunar("02-09"), note=_UNVERIFIED,
    ),
    year_notice(
        2006,
        Run(NEW_YEAR, "01-01..01-03", work="2005-12-31"),
        Run(SPRING, "01-29..02-04", work="01-28, 02-05"),
        Run(LABOUR, "05-01..05-07", work="04-29, 04-30"),
        Run(NATIONAL, "10-01..10-07", work="09-30, 10-08"),
        festivals=_lunar("01-29"),
        number="国办发明电〔2005〕35号", issued="2005-12-16",
    ),
    year_notice(
        2007,
        Run(NEW_YEAR, "01-01..01-03", work="2006-12-30, 2006-12-31"),
        Run(SPRING, "02-18..02-24", work="02-17, 02-25"),
        Run(LABOUR, "05-01..05-07", work="04-28, 04-29"),
        Run(NATIONAL, "10-01..10-07", work="09-29, 09-30"),
        festivals=_lunar("02-18"),
        number="国办发明电〔2006〕49号", issued="2006-12-14",
    ),
    year_notice(
        2008,
        Run(NEW_YEAR, "2007-12-30..01-01", work="2007-12-29"),
        Run(SPRING, "02-06..02-12", work="02-02, 02-03"),
        Run(QINGMING, "04-04..04-06"),
        Run(LABOUR, "05-01..05-03", work="05-04"),
        Run(DRAGON, "06-07..06-09"),
        Run(MID_AUTUMN, "09-13..09-15"),
        Run(NATIONAL, "09-29..10-05", work="09-27, 09-28"),
        festivals=_lunar("02-07", "04-04", "06-08", "09-14"),
        number="国办发明电〔2007〕52号", issued="2007-12-15",
    ),
    year_notice(
        2009,
        Run(NEW_YEAR, "01-01..01-03", work="01-04"),
        Run(SPRING, "01-25..01-31", work="01-24, 02-01"),
        Run(QINGMING, "04-04..04-06"),
        Run(LABOUR, "05-01..05-03"),
        Run(DRAGON, "05-28..05-30", work="05-31"),
        Run(NATIONAL_AND_MID_AUTUMN, "10-01..10-08", work="09-27, 10-10"),
        festivals=_lunar("01-26", "04-04", "05-28", "10-03"),
        number="国办发明电〔2008〕42号", issued="2008-12-04",
    ),
    year_notice(
        2010,
        Run(NEW_YEAR, "01-01..01-03"),
        Run(SPRING, "02-13..02-19", work="02-20, 02-21"),
        Run(QINGMING, "04-03..04-05"),
        Run(LABOUR, "05-01..05-03"),
        Run(DRAGON, "06-14..06-16", work="06-12, 06-13"),
        Run(MID_AUTUMN, "09-22..09-24", work="09-19, 09-25"),
        Run(NATIONAL, "10-01..10-07", work="09-26, 10-09"),
        festivals=_lunar("02-14", "04-05", "06-16", "09-22"),
        number="国办发明电〔2009〕27号", issued="2009-12-07",
    ),
    year_notice(
        2011,
        Run(NEW_YEAR, "01-01..01-03"),
        Run(SPRING, "02-02..02-08", work="01-30, 02-12"),
        Run(QINGMING, "04-03..04-05", work="04-02"),
        Run(LABOUR, "04-30..05-02"),
        Run(DRAGON, "06-04..06-06"),
        Run(MID_AUTUMN, "09-10..09-12"),
        Run(NATIONAL, "10-01..10-07", work="10-08, 10-09"),
        festivals=_lunar("02-03", "04-05", "06-06", "09-12"),
        number="国办发明电〔2010〕40号", issued="2010-12-10",
    ),
    year_notice(
        2012,
        Run(NEW_YEAR, "01-01..01-03", work="2011-12-31"),
        Run(SPRING, "01-22..01-28", work="01-21, 01-29"),
        Run(QINGMING, "04-02..04-04", work="03-31, 04-01"),
        Run(LABOUR, "04-29..05-01", work="04-28"),
        Run(DRAGON, "06-22..06-24"),
        Run(NATIONAL_AND_MID_AUTUMN, "09-30..10-07", work="09-29"),
        festivals=_lunar("01-23", "04-04", "06-23", "09-30"),
        number="国办发明电〔2011〕45号", issued="2011-12-06",
    ),
    year_notice(
        2013,
        Run(NEW_YEAR, "01-01..01-03", work="01-05, 01-06"),
        Run(SPRING, "02-09..02-15", work="02-16, 02-17"),
        Run(QINGMING, "04-04..04-06", work="04-07"),
        Run(LABOUR, "04-29..05-01", work="04-27, 04-28"),
        Run(DRAGON, "06-10..06-12", work="06-08, 06-09"),
        Run(MID_AUTUMN, "09-19..09-21", work="09-22"),
        Run(NATIONAL, "10-01..10-07", work="09-29, 10-12"),
        festivals=_lunar("02-10", "04-04", "06-12", "09-19"),
        number="国办发明电〔2012〕33号", issued="2012-12-08",
    ),
    year_notice(
        2014,
        Run(NEW_YEAR, "01-01"),
        Run(SPRING, "01-31..02-06", work="01-26, 02-08"),
        Run(QINGMING, "04-05, 04-07"),
        Run(LABOUR, "05-01..05-03", work="05-04"),
        Run(DRAGON, "06-02"),
        Run(MID_AUTUMN, "09-08"),
        Run(NATIONAL, "10-01..10-07", work="09-28, 10-11"),
        festivals=_lunar("01-31", "04-05", "06-02", "09-08"),
        number="国办发明电〔2013〕28号", issued="2013-12-11",
    ),
    year_notice(
        2015,
        Run(NEW_YEAR, "01-01..01-03", work="01-04"),
        Run(SPRING, "02-18..02-24", work="02-15, 02-28"),
        Run(QINGMING, "04-05, 04-06"),
        Run(LABOUR, "05-01"),
        Run(DRAGON, "06-20, 06-22"),
        Run(MID_AUTUMN, "09-27"),
        Run(NATIONAL, "10-01..10-07", work="10-10"),
        festivals=_lunar("02-19", "04-05", "06-20", "09-27"),
        number="国办发明电〔2014〕28号", issued="2014-12-16",
    ),
    year_notice(
        2016,
        Run(NEW_YEAR, "01-01"),
        Run(SPRING, "02-07..02-13", work="02-06, 02-14"),
        Run(QINGMING, "04-04"),
        Run(LABOUR, "05-01, 05-02"),
        Run(DRAGON, "06-09..06-11", work="06-12"),
        Run(MID_AUTUMN, "09-15..09-17", work="09-18"),
        Run(NATIONAL, "10-01..10-07", work="10-08, 10-09"),
        festivals=_lunar("02-08", "04-04", "06-09", "09-15"),
        number="国办发明电〔2015〕18号", issued="2015-12-10",
    ),
    year_notice(
        2017,
        Run(NEW_YEAR, "01-01, 01-02"),
        Run(SPRING, "01-27..02-02", work="01-22, 02-04"),
        Run(QINGMING, "04-02..04-04", work="04-01"),
        Run(LABOUR, "05-01"),
        Run(DRAGON, "05-28..05-30", work="05-27"),
        Run(NATIONAL_AND_MID_AUTUMN, "10-01..10-08", work="09-30"),
        festivals=_lunar("01-28", "04-04", "05-30", "10-04"),
        number="国办发明电〔2016〕17号", issued="2016-12-01",
    ),
    year_notice(
        2018,
        Run(NEW_YEAR, "01-01"),
        Run(SPRING, "02-15..02-21", work="02-11, 02-24"),
        Run(QINGMING, "04-05..04-07", work="04-08"),
        Run(LABOUR, "04-29..05-01", work="04-28"),
        Run(DRAGON, "06-18"),
        Run(MID_AUTUMN, "09-24"),
        Run(NATIONAL, "10-01..10-07", work="09-29, 09-30"),
        festivals=_lunar("02-16", "04-05", "06-18", "09-24"),
        number="国办发明电〔2017〕12号", issued="2017-11-30",
    ),
    year_notice(
        2019,
        Run(NEW_YEAR, "2018-12-30..01-01", work="2018-12-29"),
        Run(SPRING, "02-04..02-10", work="02-02, 02-03"),
        Run(QINGMING, "04-05"),
        Run(LABOUR, "05-01"),
        Run(DRAGON, "06-07"),
        Run(MID_AUTUMN, "09-13"),
        Run(NATIONAL, "10-01..10-07", work="09-29, 10-12"),
        festivals=_lunar("02-05", "04-05", "06-07", "09-13"),
        number="国办发明电〔2018〕15号", issued="2018-12-04",
    ),
    year_notice(
        2020,
        Run(NEW_YEAR, "01-01"),
        Run(SPRING, "01-24..01-30", work="01-19, 02-01"),
        Run(QINGMING, "04-04..04-06"),
        Run(LABOUR, "05-01..05-05", work="04-26, 05-09"),
        Run(DRAGON, "06-25..06-27", work="06-28"),
        Run(NATIONAL_AND_MID_AUTUMN, "10-01..10-08", work="09-27, 10-10"),
        festivals=_lunar("01-25", "04-04", "06-25", "10-01"),
        number="国办发明电〔2019〕16号", issued="2019-11-21",
    ),
    year_notice(
        2021,
        Run(NEW_YEAR, "01-01..01-03"),
        Run(SPRING, "02-11..02-17", work="02-07, 02-20"),
        Run(QINGMING, "04-03..04-05"),
        Run(LABOUR, "05-01..05-05", work="04-25, 05-08"),
        Run(DRAGON, "06-12..06-14"),
        Run(MID_AUTUMN, "09-19..09-21", work="09-18"),
        Run(NATIONAL, "10-01..10-07", work="09-26, 10-09"),
        festivals=_lunar("02-12", "04-04", "06-14", "09-21"),
        number="国办发明电〔2020〕27号", issued="2020-11-25",
    ),
    year_notice(
        2022,
        Run(NEW_YEAR, "01-01..01-03"),
        Run(SPRING, "01-31..02-06", work="01-29, 01-30"),
        Run(QINGMING, "04-03..04-05", work="04-02"),
        Run(LABOUR, "04-30..05-04", work="04-24, 05-07"),
        Run(DRAGON, "06-03..06-05"),
        Run(MID_AUTUMN, "09-10..09-12"),
        Run(NATIONAL, "10-01..10-07", work="10-08, 10-09"),
        festivals=_lunar("02-01", "04-05", "06-03", "09-10"),
        number="国办发明电〔2021〕11号", issued="2021-10-25",
    ),
    year_notice(
        2023,
        Run(NEW_YEAR, "2022-12-31..01-02"),
        Run(SPRING, "01-21..01-27", work="01-28, 01-29"),
        Run(QINGMING, "04-05"),
        Run(LABOUR, "04-29..05-03", work="04-23, 05-06"),
        Run(DRAGON, "06-22..06-24", work="06-25"),
        Run(NATIONAL_AND_MID_AUTUMN, "09-29..10-06", work="10-07, 10-08"),
        festivals=_lunar("01-22", "04-05", "06-22", "09-29"),
        number="国办发明电〔2022〕16号", issued="2022-12-08",
    ),
    year_notice(
        2024,
        Run(NEW_YEAR, "01-01"),
        Run(SPRING, "02-10..02-17", work="02-04, 02-18"),
        Run(QINGMING, "04-04..04-06", work="04-07"),
        Run(LABOUR, "05-01..05-05", work="04-28, 05-11"),
        Run(DRAGON, "06-10"),
        Run(MID_AUTUMN, "09-15..09-17", work="09-14"),
        Run(NATIONAL, "10-01..10-07", work="09-29, 10-12"),
        festivals=_lunar("02-10", "04-04", "06-10", "09-17"),
        number="国办发明电〔2023〕7号", issued="2023-10-25",
    ),
    year_notice(
        2025,
        Run(NEW_YEAR, "01-01"),
        Run(SPRING, "01-28..02-04", work="01-26, 02-08"),
        Run(QINGMING, "04-04..04-06"),
        Run(LABOUR, "05-01..05-05", work="04-27"),
        Run(DRAGON, "05-31..06-02"),
        Run(NATIONAL_AND_MID_AUTUMN, "10-01..10-08", work="09-28, 10-11"),
        festivals=_lunar("01-29", "04-04", "05-31", "10-06"),
        number="国办发明电〔2024〕12号", issued="2024-11-12",
    ),
    year_notice(
        2026,
        Run(NEW_YEAR, "01-01..01-03", work="01-04"),
        Run(SPRING, "02-15..02-23", work="02-14, 02-28"),
        Run(QINGMING, "04-04..04-06"),
        Run(LABOUR, "05-01..05-05", work="05-09"),
        Run(DRAGON, "06-19..06-21"),
        Run(MID_AUTUMN, "09-25..09-27"),
        Run(NATIONAL, "10-01..10-07", work="09-20, 10-10"),
        festivals=_lunar("02-17", "04-05", "06-19", "09-25"),
        number="国办发明电〔2025〕7号", issued="2025-11-04",
    ),
)
"""One layer per yearly notice, 2004 through 2026."""

AMENDMENTS: tuple[Layer, ...] = (
    amendment(
        2015,
        Run(Holiday.VICTORY_DAY_2015, "09-03..09-05", work="09-06"),
        number="国发明电〔2015〕1号", issued="2015-05-13",
        title="国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知",
        name="amendment-2015-victory-day",
    ),
    amendment(
        2019,
        Run(LABOUR, "05-01..05-04", work="04-28, 05-05"),
        number="国办发明电〔2019〕3号", issued="2019-03-22",
        title="国务院办公厅关于调整2019年劳动节假期安排的通知",
        name="amendment-2019-labour-day",
    ),
    amendment(
        2020,
        Run(SPRING, "01-31..02-02"),
        number="国办发明电〔2020〕1号", issued="2020-01-26",
        title="国务院办公厅关于延长2020年春节假期的通知",
        name="amendment-2020-spring-festival",
    ),
)
"""In-year amendments, each naming only the days it changes."""
