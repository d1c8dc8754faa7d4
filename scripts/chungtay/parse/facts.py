"""What citizens and offices act on, found in the running text: slogans, campaign periods,
cited documents and contact numbers."""

from __future__ import annotations

import re

from ..model import Period
from .dates import date_from_match, date_pattern, iso

# Quotations that follow "khẩu hiệu", separated only by commas, semicolons or "và".
_SLOGAN_INTRO = re.compile(r"khẩu\s+hiệu[^“\"”.;]{0,40}?[:]?\s*(?=[“\"])", re.IGNORECASE)
_QUOTED = re.compile(r"[“\"](?P<text>[^“”\"]{2,300}?)[”\"]")
_BETWEEN_SLOGANS = re.compile(r"^\s*(?:[,;]\s*(?:và\s+)?|và\s+)$")

_PERIOD = re.compile(
    r"từ\s+(?:ngày\s+)?(?:(?P<nay>nay)|" + date_pattern("a") + r")\s*(?:đến|tới|-)\s*(?:hết\s+)?(?:ngày\s+)?"
    + date_pattern("b"),
    re.IGNORECASE,
)
_DOC_TYPES = (
    r"Quyết định|Chỉ thị|Kế hoạch|Công văn|Thông báo|Nghị định|Nghị quyết|Thông tư(?:\s+liên\s+tịch)?|"
    r"Luật|Hướng dẫn|Báo cáo|Tờ trình|Kết luận|Công điện|Chương trình|Đề án"
)
_SEG = r"[A-ZĐa-zđ0-9&]+"
REFERENCE = re.compile(
    r"(?:" + _DOC_TYPES + r")(?:\s+số)?\s*:?\s*"
    r"(?P<ref>\d{1,6}(?:/(?:19|20)\d{2})?[/-]" + _SEG + r"(?:-" + _SEG + r")*(?:/" + _SEG + r")?)",
    re.IGNORECASE,
)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Vietnamese phone numbers start with 0 and hold 10–11 digits, grouped by dots or spaces.
PHONE = re.compile(r"(?<![\d/.-])0\d{2,4}(?:[. ]?\d{2,4}){2,3}(?![\d/])")
HOTLINE = re.compile(
    r"(?:tổng\s+đài|đường\s+dây\s+nóng|hotline|gọi(?:\s+số)?)[^0-9.;]{0,60}?\b(?P<num>1\d{2}|1[89]00\s?\d{4})\b",
    re.IGNORECASE,
)


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def find_slogans(text: str) -> list[str]:
    found: list[str] = []
    for intro in _SLOGAN_INTRO.finditer(text):
        pos = intro.end()
        while m := _QUOTED.match(text, pos):
            found.append(re.sub(r"\s+", " ", m.group("text")).strip(" ,;"))
            following = _QUOTED.search(text, m.end())
            if not following or not _BETWEEN_SLOGANS.match(text[m.end() : following.start()]):
                break
            pos = following.start()
    return _unique(found)


def find_periods(text: str, doc_date: str | None, doc_year: int | None) -> list[Period]:
    periods: list[Period] = []
    for m in _PERIOD.finditer(text):
        ed, em, ey = date_from_match(m, "b")
        ey = ey or (str(doc_year) if doc_year else None)
        end = iso(ed, em, ey)
        if m.group("nay"):
            start = doc_date
        else:
            sd, sm, sy = date_from_match(m, "a")
            start = iso(sd, sm, sy or ey)
        if start and end and start <= end:
            periods.append(Period(start, end))
    return list(dict.fromkeys(periods))


def find_references(text: str, own_number: str | None) -> list[str]:
    refs = [m.group("ref") for m in REFERENCE.finditer(text)]
    return _unique([r for r in refs if r != own_number])


def find_contacts(text: str) -> tuple[list[str], list[str], list[str]]:
    """(phones, e-mails, hotlines) as printed."""
    emails = _unique(EMAIL.findall(text))
    phones = _unique([m.group(0) for m in PHONE.finditer(text) if 9 <= sum(c.isdigit() for c in m.group(0)) <= 11])
    hotlines = _unique([m.group("num") for m in HOTLINE.finditer(text)])
    return phones, emails, hotlines
