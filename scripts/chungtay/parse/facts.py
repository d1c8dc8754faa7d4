"""What citizens and offices act on, found in the running text: slogans, campaign periods,
cited documents and contact numbers."""

from __future__ import annotations

import re

from ..model import Block, Citation, Deadline, Period
from ..vntext import upper_first
from .dates import date_from_match, date_pattern, iso

# Quotations that follow "khẩu hiệu", separated only by commas, semicolons or "và".
_SLOGAN_INTRO = re.compile(r"khẩu\s+hiệu[^“\"”.;\n]{0,40}?[:]?\s*(?=[“\"])", re.IGNORECASE)  # not past a block's end
_QUOTED = re.compile(r"[“\"](?P<text>[^“”\"]{2,300}?)[”\"]")
_BETWEEN_SLOGANS = re.compile(r"^\s*(?:[,;]\s*(?:và\s+)?|và\s+)$")

_PERIOD = re.compile(
    r"từ\s+(?:ngày\s+)?(?:(?P<nay>nay)|" + date_pattern("a") + r")\s*(?:đến|tới|-)\s*(?:hết\s+)?"
    # the end: a date, or the end of a year ("từ nay đến hết năm 2024")
    r"(?:(?:ngày\s+)?" + date_pattern("b") + r"|năm\s+(?P<year_end>(?:19|20)\d{2})\b)",
    re.IGNORECASE,
)
# "trước ngày 15/8/2023", "chậm nhất là ngày 20 tháng 12 năm 2024", "hạn chót: 30/6".
_DEADLINE = re.compile(
    r"(?:trước|chậm\s+nhất|hạn\s+chót|không\s+muộn\s+hơn)(?:\s+(?:là|vào|trong|đến))*\s*:?\s*(?:ngày\s+)?"
    + date_pattern("d"),
    re.IGNORECASE,
)
# Where the clause a deadline ends begins: after a sentence end or a semicolon.
_CLAUSE_START = re.compile(r".*(?:[.;!?]\s|:\s(?=[A-ZĐ]))", re.DOTALL)
_DOC_TYPES = (
    r"Quyết định|Chỉ thị|Kế hoạch|Công văn|Thông báo|Nghị định|Nghị quyết|Thông tư(?:\s+liên\s+tịch)?|"
    r"Luật|Hướng dẫn|Báo cáo|Tờ trình|Kết luận|Công điện|Chương trình|Đề án"
)
_SEG = r"[A-ZĐa-zđ0-9&]+"
REFERENCE = re.compile(
    r"(?:" + _DOC_TYPES + r")(?:\s+số)?\s*:?\s*"
    r"(?P<ref>\d{1,6}(?:/(?:19|20)\d{2})?[/-]" + _SEG + r"(?:-" + _SEG + r")*(?:/" + _SEG + r"(?:-" + _SEG + r")*)?)",
    re.IGNORECASE,
)
# A law cited by its name, then its number: "Luật Phòng, chống mua bán người số 66/2011/QH12".
LAW = re.compile(r"(?P<kind>Luật)\s+[^;.]{0,160}?\bsố\s+(?P<ref>\d{1,3}/(?:19|20)\d{2}/QH\d{1,2})\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Vietnamese phone numbers start with 0 and hold 10–11 digits, grouped by dots or spaces.
PHONE = re.compile(r"(?<![\d/.-])0\d{2,4}(?:[. ]?\d{1,4}){2,4}(?![\d/])")
HOTLINE = re.compile(
    r"(?:tổng\s+đài|đường\s+dây|hotline|gọi(?:\s+số)?|qua\s+số|số\s+(?:điện\s+thoại|máy))[^0-9.;]{0,60}?"
    r"\b(?P<num>1\d{2}|1[89]00\s?\d{4})\b(?![/,.-]\w)"
    # a toll-free line is a hotline wherever it stands
    r"|(?<![\d.])(?P<free>1800[ .]?\d{4})(?![\d.])",
    re.IGNORECASE,
)

# More numbers listed after a hotline: "113 (Cảnh sát) hoặc 115 (Cấp cứu)", "111, 113".
_MORE_HOTLINES = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:,|;|/|hoặc|và)\s*(?:số\s+|gọi\s+)?(?P<num>1\d{2})\b(?![/.,]\d)")


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


_LIST_INTRO = re.compile(r"khẩu\s+hiệu[^.;:]{0,60}:\s*$", re.IGNORECASE)


def find_listed_slogans(blocks: list[Block]) -> list[str]:
    """Slogans given as a list under "Khẩu hiệu tuyên truyền:", one item each, quoted or not."""
    found: list[str] = []
    listing = False
    for block in blocks:
        if block.kind != "item":
            listing = bool(_LIST_INTRO.search(block.text))
            continue
        if listing:
            text = re.sub(r"\s+", " ", block.text).strip(" ;,.")
            text = text[1:-1].strip() if len(text) > 2 and text[0] in "“\"" and text[-1] in "”\"" else text
            if not text or len(text.split()) > 30 or ":" in text:
                listing = False
                continue
            found.append(text)
    return _unique(found)


def find_periods(text: str, doc_date: str | None, doc_year: int | None) -> list[Period]:
    periods: list[Period] = []
    for m in _PERIOD.finditer(text):
        ed, em, ey = ("31", "12", m.group("year_end")) if m.group("year_end") else date_from_match(m, "b")
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


def _row_content(before: str) -> str:
    """What a deadline in a flattened table row is for: the cell after the row's number
    ("| 3 | Báo cáo kết quả … | Sở … | Trước ngày 05/8 |"), else the cell just before the date."""
    cells = [c.strip() for c in before.split("|")]
    numbered = [i for i, c in enumerate(cells) if re.fullmatch(r"\d{1,3}\.?", c)]
    if numbered and numbered[-1] + 1 < len(cells):
        return cells[numbered[-1] + 1]
    filled = [c for c in cells if c]
    return filled[-1] if filled else ""


def find_deadlines(blocks: list[tuple[str, int]], doc_year: int | None) -> list[Deadline]:
    """Deadlines in (block text, line) pairs, each with the clause that says what is due."""
    found: list[Deadline] = []
    for text, line in blocks:
        for m in _DEADLINE.finditer(text):
            day, month, year = date_from_match(m, "d")
            date = iso(day, month, year or doc_year)
            if not date:
                continue
            before = text[: m.start()]
            if "|" in before:
                before = _row_content(before)
            elif clause := _CLAUSE_START.match(before):
                before = before[clause.end() :]
            what = re.sub(r"^[-+•\s]+|[\s,(:–-]+$", "", before)
            found.append(Deadline(date, what, line))
    return list(dict.fromkeys(found))


# The next part of a name listed "X, Y và Z" ("Bộ Văn hóa, Thể thao và Du lịch").
_NAME_LIST = r"[A-ZĐ]\w*(?:\s+\w+)?\s+và\s+[A-ZĐ]"
# After a cited number: its date ("ngày 09/02/2021", "ngày 12 tháng 3 năm 2024") and issuer ("của …").
_CITED_DATE = re.compile(r"^\s*,?\s*ngày\s+" + date_pattern("c"), re.IGNORECASE)
_CITED_ISSUER = re.compile(
    r"^\s*,?\s*của\s+(?P<issuer>.{2,160}?)(?=\s*(?:,(?!\s*(?:chống|tệ\s+nạn|TNXH|XDPT|" + _NAME_LIST + r"))|[;.()\n“\"]|$)|"
    r"\s+(?:về|ngày|v/v|V/v|nhằm|triển\s+khai|hướng\s+dẫn|ban\s+hành|phê\s+duyệt|quy\s+định|thực\s+hiện|"
    r"tổ\s+chức|đã|với|trong|đối\s+với|chỉ\s+đạo|giao|năm\s+\d|và\s+(?:các|" + _DOC_TYPES + r"))\b)",
)


def find_references(text: str, own_number: str | None) -> list[Citation]:
    """Every other document cited by type and number, with its date and issuer when they follow,
    in order of first mention."""
    found: dict[str, Citation] = {}
    matches = sorted([*REFERENCE.finditer(text), *LAW.finditer(text)], key=lambda m: m.start("ref"))
    for m in matches:
        number = m.group("ref")
        if number == own_number or number in found:
            continue
        kind = m.group("kind") if "kind" in m.groupdict() else re.split(r"\s+số|\s*:|\s+\d", m.group(0), maxsplit=1)[0].strip()
        rest, date, issuer = text[m.end() : m.end() + 240], None, None
        if d := _CITED_DATE.match(rest):
            day, month, year = date_from_match(d, "c")
            date = iso(day, month, year)
            rest = rest[d.end() :]
        if i := _CITED_ISSUER.match(rest):
            issuer = re.sub(r"\s+", " ", i.group("issuer")).strip()
            if not date and (d := _CITED_DATE.match(rest[i.end() :])):
                day, month, year = date_from_match(d, "c")
                date = iso(day, month, year)
        found[number] = Citation(number, upper_first(kind), date, issuer)
    return list(found.values())


def find_contacts(text: str) -> tuple[list[str], list[str], list[str]]:
    """(phones, e-mails, hotlines) as printed."""
    emails = _unique(EMAIL.findall(text))
    phones = _unique([m.group(0) for m in PHONE.finditer(text) if 9 <= sum(c.isdigit() for c in m.group(0)) <= 11])
    found = []
    for m in HOTLINE.finditer(text):
        found.append(m.group("num") or m.group("free"))
        end = m.end()
        while more := _MORE_HOTLINES.match(text, end):
            found.append(more.group("num"))
            end = more.end()
    hotlines = _unique(found)
    return phones, emails, hotlines
