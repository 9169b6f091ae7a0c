"""Kinds of day (日的类别) and the named holidays (节日) of the national arrangement."""

from __future__ import annotations

import enum


class DayKind(enum.Enum):
    """What a day is in the working calendar, and whether an office works on it."""

    WORKDAY = ("workday", "工作日", True)
    WEEKEND = ("weekend", "公休日", False)
    STATUTORY_HOLIDAY = ("statutory holiday", "法定节假日", False)
    ARRANGED_REST = ("arranged rest day", "调休休息日", False)
    MAKEUP_WORKDAY = ("make-up workday", "调休上班日", True)

    def __init__(self, english: str, chinese: str, works: bool) -> None:
        self.english = english
        self.chinese = chinese
        self.works = works

    def __repr__(self) -> str:
        return f"DayKind.{self.name}"

    @classmethod
    def of(cls, works: bool, weekend: bool, statutory: bool) -> DayKind:
        """The kind of a day from three facts: worked?, Saturday/Sunday?, statutory holiday?"""
        if works:
            return cls.MAKEUP_WORKDAY if weekend else cls.WORKDAY
        if statutory:
            return cls.STATUTORY_HOLIDAY
        return cls.WEEKEND if weekend else cls.ARRANGED_REST


class Holiday(enum.Enum):
    """The holidays named in 全国年节及纪念日放假办法 and the yearly notices."""

    NEW_YEAR = ("元旦", "New Year's Day")
    SPRING_FESTIVAL = ("春节", "Spring Festival")
    QINGMING = ("清明节", "Qingming Festival")
    LABOUR_DAY = ("劳动节", "Labour Day")
    DRAGON_BOAT = ("端午节", "Dragon Boat Festival")
    MID_AUTUMN = ("中秋节", "Mid-Autumn Festival")
    NATIONAL_DAY = ("国庆节", "National Day")
    VICTORY_DAY_2015 = (
        "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
        "70th anniversary of victory in the War of Resistance",
    )

    def __init__(self, chinese: str, english: str) -> None:
        self.chinese = chinese
        self.english = english

    def __repr__(self) -> str:
        return f"Holiday.{self.name}"
