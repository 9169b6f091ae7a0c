"""Citations (出处): where a legal fact comes from, kept as data next to the fact."""

from __future__ import annotations

import datetime as _dt

import attrs


@attrs.frozen(slots=True)
class Citation:
    """A source: a law and its article, or a State Council notice.

    ``version`` names the text in force (e.g. "amended 2019-04-23"); ``number`` is a document number
    such as 国办发明电〔2024〕12号 where known; ``note`` records doubts the specification marks.
    """

    title: str
    article: str = ""
    version: str = ""
    number: str | None = None
    issued: _dt.date | None = None
    url: str | None = None
    note: str = ""

    def __str__(self) -> str:
        parts = [self.title]
        if self.number:
            parts.append(self.number)
        if self.article:
            parts.append(self.article)
        if self.version:
            parts.append(f"({self.version})")
        text = " ".join(parts)
        return f"{text} — {self.note}" if self.note else text

    def to_dict(self) -> dict[str, str | None]:
        return {
            "title": self.title,
            "article": self.article,
            "version": self.version,
            "number": self.number,
            "issued": self.issued.isoformat() if self.issued else None,
            "url": self.url,
            "note": self.note,
        }
