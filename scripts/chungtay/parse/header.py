"""The header of an administrative document (Decree 30/2020, boxes 1–5 and 9a).

The header is a two-column table in the original, so extracted text may give its fields in any
order, wrap them mid-phrase and scatter table pipes between them. Each field is recognised by its
own shape, wherever it stands, until the first line that is none of them: the body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import LONG_DATE, iso
from .lines import Line, collapse, is_junk, is_rule, is_upper, strip_emphasis

# The national title (box 1), or what the Party and the Youth Union print in its place.
QUOC_HIEU = re.compile(
    r"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|"
    r"ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH",
    re.IGNORECASE,
)
MOTTO = re.compile(r"Độc\s+lập\s*-?\s*Tự\s+do\s*-?\s*Hạnh\s+phúc", re.IGNORECASE)
NUMBER = re.compile(
    r"^S[ốô]\s*:?\s*(?P<num>\d{1,6})?[\s.…]*(?:(?P<sep>/|-(?=[A-ZĐ]+/))\s*(?P<sym>[0-9A-ZĐa-zđ&/\-]+))?\s*$"
)  # "Số: 74/KH-UBND"; the Party's and the Youth Union's "Số: 512-CV/TĐTN-BTG"
PLACE_DATE = re.compile(
    r"^(?P<place>[A-ZĐÂĂÊÔƠƯ][^,|0-9]{1,60}?)\s*,\s*" + LONG_DATE.pattern + r"[\s.,;*_]*$", re.IGNORECASE
)
SUBJECT = re.compile(r"^V\s*/\s*v\s*:?\s*(?P<text>.*)$")
RECIPIENTS = re.compile(r"^Kính\s+gửi\s*:?\s*(?P<text>.*)$", re.IGNORECASE)
# A telegram's addressees open with who sends it: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:".
_TELEGRAM_TO = re.compile(r"^(?P<sender>\S.{2,120}?)\s+(?:điện|ĐIỆN)\s*:\s*(?P<text>.*)$")
# Secrecy, urgency and circulation marks (box 10), stamped near the header.
MARK = re.compile(
    r"^(?:H[OÒ][AÀ]\s+TỐC|HOẢ\s+TỐC|HỎA\s+TỐC|THƯỢNG\s+KHẨN|KHẨN|TUYỆT\s+MẬT|TỐI\s+MẬT|MẬT|"
    r"LƯU\s+HÀNH\s+NỘI\s+BỘ|XEM\s+XONG\s+TRẢ\s+LẠI)$"
)


def _recipients_opening(text: str) -> re.Match[str] | None:
    """"Kính gửi: …", or a telegram's "<SENDER IN CAPITALS> điện: …"."""
    if m := RECIPIENTS.match(text):
        return m
    m = _TELEGRAM_TO.match(text)
    return m if m and is_upper(m.group("sender")) else None

# Document types that name themselves in a title line (box 5a), as the record spells them.
DOC_TYPES = {
    "KẾ HOẠCH": "Kế hoạch",
    "CHỈ THỊ": "Chỉ thị",
    "THÔNG BÁO": "Thông báo",
    "QUYẾT ĐỊNH": "Quyết định",
    "HƯỚNG DẪN": "Hướng dẫn",
    "BÁO CÁO": "Báo cáo",
    "CÔNG ĐIỆN": "Công điện",
    "NGHỊ QUYẾT": "Nghị quyết",
    "CHƯƠNG TRÌNH": "Chương trình",
    "TỜ TRÌNH": "Tờ trình",
    "THÔNG TƯ": "Thông tư",
    "KẾT LUẬN": "Kết luận",
}
# Words that open the name of a body in an issuer block; a wrapped line that starts otherwise
# continues the line above ("UBND TỈNH THANH" / "HÓA").
_BODY_START = re.compile(
    r"^(UBND|ỦY BAN|UỶ BAN|BAN\b|SỞ\b|BỘ\b|CÔNG AN|TỈNH ỦY|TỈNH UỶ|HUYỆN ỦY|ĐẢNG ỦY|CỤC\b|TỔNG CỤC|"
    r"CHI CỤC|VĂN PHÒNG|PHÒNG\b(?!,)|TRUNG TÂM|HỘI\b|ĐOÀN\b|MẶT TRẬN|VIỆN\b|TÒA ÁN|TOÀ ÁN|BÁO\b|ĐÀI\b|"
    r"TRƯỜNG\b|THANH TRA|HĐND|HỘI ĐỒNG|BCĐ|BCH|BỘ CHỈ HUY)"
)


@dataclass
class Header:
    doc_type: str | None = None
    number: str | None = None
    serial: str | None = None
    symbol: str | None = None
    number_line: int | None = None
    issuer: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    year: int | None = None
    month: int | None = None
    date_line: int | None = None
    subject: str | None = None
    recipients: list[str] = field(default_factory=list)
    marks: list[str] = field(default_factory=list)  # "HỎA TỐC", "MẬT" …
    body_start: int = 0  # index into the line list where the body begins
    leftover: list[Line] = field(default_factory=list)  # the rest of the header's last line, if any
    found: bool = False  # any header field at all


# Where one line holds both header columns: table pipes, a wide gap, or a field that starts
# mid-line (the national title, the motto, a place-and-date after the number).
_COLUMN_GAP = re.compile(r"\s*\|\s*|\s*\t\s*(?=\S)|\s{3,}(?=\S)")
_FIELD_INSIDE = re.compile(
    r"(?<=\S)\s+(?=CỘNG\s+H(?:ÒA|OÀ)\b|Độc\s+lập\s*-|ĐỘC\s+LẬP\s*-|S[ốô]\s*:|V/v\b|Kính\s+gửi\b)|"
    # a place-and-date after a number ("…/KH-UBND Tuyên Quang, ngày"), not inside "Đắk Lắk, ngày"
    r"(?<=[0-9A-ZĐ])\s+(?=[A-ZĐÂĂÊÔƠƯ][^,|0-9]{1,40},\s*ngày\s*(?:\d{1,2})?[\s.…]*tháng)"
)


def _split_gaps(text: str) -> list[str]:
    """Split at pipes, and at wide gaps or tabs before a capital, a digit or a bracket (a new
    column: "… (b/c);\t\tPHÓ TRƯỞNG BAN", "…;      (Đã ký)"); a gap before anything else is a blank
    left to fill in ("Số:     /KH-UBND", "ngày    tháng 7")."""
    cells, start = [], 0
    for gap in _COLUMN_GAP.finditer(text):
        after = text[gap.end() : gap.end() + 1]
        if "|" in gap.group(0) or after.isupper() or after.isdigit() or after in "*(":
            cells.append(text[start : gap.start()])
            start = gap.end()
    return cells + [text[start:]]


def split_columns(lines: list[Line]) -> list[Line]:
    """Header lines with the two columns of the original table apart, each keeping its number."""
    out: list[Line] = []
    for line in lines:
        cells = [c for c in _split_gaps(line.text) if c.strip()] or [line.text]
        for cell in cells:
            for part in _FIELD_INSIDE.split(cell):
                # The national title and the motto are whole lines: what follows them is another field.
                fixed = QUOC_HIEU.match(part) or MOTTO.match(part)
                pieces = [part[: fixed.end()], part[fixed.end() :]] if fixed else [part]
                out.extend(Line(line.no, piece.strip()) for piece in pieces if piece.strip())
        if not line.text:
            out.append(line)
    return out


def _rejoin_issuer(lines: list[str]) -> list[str]:
    bodies: list[str] = []
    for text in lines:
        starts_body = bool(_BODY_START.match(text))
        continues = bodies and (not starts_body or bodies[-1].endswith((",", " VÀ", "-")))
        if continues:
            bodies[-1] = f"{bodies[-1]} {text}"
        else:
            bodies.append(text)
    return [collapse(b) for b in bodies]


def _entry(text: str) -> str:
    """A list entry without its dash and its closing punctuation."""
    text = re.sub(r"^[-+•–]\s*", "", text.strip())
    return re.sub(r"[\s;,.]+$", "", text)


# How the text of a plan or decision opens, after its title and trích yếu.
_BODY_OPENER = re.compile(r"^(?:Căn\s+cứ|Ngày\s+\d|[IVXLC]{1,6}\.\s|\d{1,2}\.\s|Phần\b|PHẦN\b|Kính\s+gửi|Điều\s+\d)")


def parse_header(source_lines: list[Line]) -> Header:
    """Recognise the header fields at the top of `lines`; stop at the first body line."""
    # The header is short: only its first lines can hold two columns.
    lines = split_columns(source_lines[:80]) + source_lines[80:]
    head = Header()
    issuer_lines: list[str] = []
    seen_quoc_hieu = False
    i, n = 0, len(lines)
    last = -1  # index of the last header line consumed

    def window(start: int, count: int = 3) -> tuple[str, int]:
        """Non-blank lines from `start` joined, and the index after the last one used."""
        parts, j = [], start
        while j < n and len(parts) < count:
            if lines[j].text and not is_rule(lines[j].text):
                parts.append(strip_emphasis(lines[j].text))
            j += 1
        return " ".join(parts), j

    while i < n:
        text = strip_emphasis(lines[i].text)
        if not text or is_rule(text):
            i += 1
            continue
        joined, _ = window(i, 3)
        if QUOC_HIEU.match(joined):
            # Consume the lines that make up the national title (wrapped over up to three).
            consumed, j = "", i
            while j < n and not QUOC_HIEU.search(consumed):
                if lines[j].text and not is_rule(lines[j].text):
                    consumed += " " + lines[j].text
                j += 1
            seen_quoc_hieu, head.found, last, i = True, True, j - 1, j
            continue
        if MOTTO.match(text):
            head.found, last, i = True, i, i + 1
            continue
        if MARK.match(collapse(text)):
            head.marks.append(collapse(text))
            last, i = i, i + 1
            continue
        # A field met a second time belongs to the body (a quoted header, a pasted copy).
        if m := NUMBER.match(text):
            if head.number_line is not None:
                break
            head.found, last = True, i
            head.number_line = lines[i].no
            symbol = (m.group("sym") or "").strip("/") or None
            head.symbol = symbol
            if m.group("num"):
                head.number = f"{m.group('num')}{m.group('sep') or '/'}{symbol}" if symbol else m.group("num")
                head.serial = m.group("num")
            i += 1
            continue
        two, j2 = window(i, 2)
        if (m := PLACE_DATE.match(text)) or (m := PLACE_DATE.match(two)):
            if head.date_line is not None:
                break
            head.found = True
            last = i if PLACE_DATE.match(text) else j2 - 1
            head.place = collapse(m.group("place"))
            head.date_line = lines[i].no
            head.year, head.month = int(m.group("y")), int(m.group("m"))
            head.date = iso(m.group("d"), m.group("m"), m.group("y"))
            i = last + 1
            continue
        if m := SUBJECT.match(text):
            if head.subject is not None:
                break
            parts = [m.group("text")]
            j = i + 1
            while j < n and lines[j].text and not _is_field(lines[j].text):
                parts.append(strip_emphasis(lines[j].text))
                j += 1
            head.subject = collapse(" ".join(parts))
            head.doc_type = head.doc_type or "Công văn"
            head.found, last, i = True, j - 1, j
            continue
        if collapse(text).upper() in DOC_TYPES and is_upper(text):
            if head.doc_type is not None and head.subject is not None:
                break
            head.doc_type = DOC_TYPES[collapse(text).upper()]
            parts, j = [], i + 1
            while j < n and not lines[j].text:
                j += 1
            # The trích yếu under the title: capitals, or a line of its own in ordinary case
            # ("Về việc …", "Triển khai …"), rejoined until a blank line. Not the body's opening
            # paragraph ("Căn cứ …", "Thực hiện Kế hoạch số … như sau:").
            start_j = j
            while j < n and lines[j].text and not is_rule(lines[j].text) and not _is_field(lines[j].text):
                text_j = strip_emphasis(lines[j].text)
                if parts and not is_upper(text_j) and is_upper(parts[-1]):
                    break
                if _BODY_OPENER.match(text_j) or len(" ".join(parts)) > 300:
                    break
                parts.append(re.sub(r"^V/v\s*:?\s*", "", text_j) if not parts else text_j)
                j += 1
            joined_subject = " ".join(parts).rstrip()
            if joined_subject.endswith(":") or "như sau" in joined_subject or len(joined_subject) > 300:
                parts, j = [], start_j
            if parts:
                head.subject = collapse(" ".join(parts))
            head.found, last, i = True, j - 1, j
            continue
        if m := _recipients_opening(text):
            entries = [m.group("text")] if m.group("text") else []
            j = i + 1
            while j < n:
                t = lines[j].text
                if not t or is_rule(t):
                    j += 1
                    continue
                if re.match(r"^[-+•–]\s*", t) and not entries or re.match(r"^[-+•–]\s+", t):
                    entries.append(t)
                    j += 1
                    continue
                break
            head.recipients = [_entry(e) for e in entries if _entry(e)]
            head.found, last, i = True, j - 1, j
            break  # the body follows the recipients
        starts_issuer = not seen_quoc_hieu or _BODY_START.match(text) or (issuer_lines and last == i - 1)
        if starts_issuer and head.number is None and not head.doc_type and is_upper(text) and not is_junk(text):
            issuer_lines.append(text)
            last, i = i, i + 1
            continue
        break
    head.issuer = _rejoin_issuer(issuer_lines) if head.found else []
    # Back from the split lines to the source's: the body starts after the last header line.
    head.body_start = lines[last].no if head.found and last >= 0 else 0
    if head.found and last >= 0:
        head.leftover = [piece for piece in lines[last + 1 :] if piece.no == lines[last].no and piece.text]
    return head


def _is_field(text: str) -> bool:
    """True when a line opens another header field (so a wrapped subject stops before it)."""
    return bool(
        _recipients_opening(text) or PLACE_DATE.match(text) or NUMBER.match(text) or QUOC_HIEU.match(text)
    )
