"""The end of a document: the distribution list (Nơi nhận, box 9b) and the signature (box 7).

The two sit side by side on the page, so extraction may give them in either order; lines are
told apart by their shape (a dash opens a distribution entry) rather than by their order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .header import split_columns
from .lines import Line, collapse, is_junk, is_rule, is_upper, strip_emphasis

CC_START = re.compile(r"^Nơi\s+nhận\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_ENTRY = re.compile(r"^[-+•–]\s*(?P<text>.*)$")
_AUTHORITY = re.compile(r"^(?P<prefix>KT|TM|Q|TL|TUQ|K/T|T/M)\s*\.\s*")
# Lines a copy carries in place of the signature itself.
_SIGNED = re.compile(r"^[(\[]?\s*(?:đã\s+ký|ký\s+tên|ký,?\s+đóng\s+dấu|ký\s+và\s+ghi\s+rõ.*|daky|signed)\s*[)\]]?$", re.IGNORECASE)
# Drafter initials and copy counts after the closing "Lưu: VT, …." (box 12): "*o4*", "hvlu.10b".
_DRAFTER = re.compile(r"(?<=\.)\s*\*?[\w.]{1,8}\*?$")


@dataclass
class Closing:
    cc: list[str] = field(default_factory=list)
    signer_title: list[str] = field(default_factory=list)
    signer_name: str | None = None
    signer_authority: str | None = None
    signer_rank: str | None = None
    drafter: str | None = None
    leftover: list[Line] = field(default_factory=list)


def _clean_entry(text: str, closing: Closing) -> list[str]:
    if text.lower().startswith("lưu") and (m := _DRAFTER.search(text)):
        closing.drafter = m.group(0).strip(" *")
        text = text[: m.start()]
    parts = [text] if text.lower().startswith("lưu") else text.split(";")
    return [p for p in (re.sub(r"[\s;,.]+$", "", collapse(part)) for part in parts) if p]


# A military or police rank printed before the signer's name ("Đại tá Ngô Văn Khánh").
_RANK = re.compile(r"^(?P<rank>(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý))\s+(?=\S)")


def parse_closing(source_lines: list[Line]) -> Closing:
    # "Nơi nhận" and the signature sit side by side: split lines where the two columns met.
    lines = split_columns(source_lines)
    closing = Closing()
    entries: list[str] = []
    in_cc = False
    signer: list[Line] = []
    entry_line = None  # the source line of the last entry: what follows on it is the other column
    for line in lines:
        text = strip_emphasis(line.text)
        if not text or is_rule(text):
            continue
        if m := CC_START.match(text):
            in_cc, entry_line = True, line.no
            if m.group("rest"):
                entries.append(m.group("rest"))
            continue
        if in_cc and (m := _ENTRY.match(text)):
            entries.append(m.group("text"))
            entry_line = line.no
            continue
        if _SIGNED.match(text):
            continue  # "(Đã ký)": the signature, as a copy shows it
        wrapped = text[0] in "(" or text[0].islower()
        if in_cc and entries and line.no != entry_line and wrapped:
            entries[-1] = f"{entries[-1]} {text}"  # an entry wrapped onto a second line
            continue
        if in_cc and entries and entries[-1].lower().startswith("lưu"):
            in_cc = False
        if is_junk(text):
            closing.leftover.append(line)
            continue
        signer.append(Line(line.no, text))
    for entry in entries:
        closing.cc.extend(_clean_entry(entry, closing))
    _read_signer(signer, closing)
    # "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": the signer acts under the innermost.
    prefixes = [m for line in closing.signer_title if (m := _AUTHORITY.match(line))]
    if prefixes:
        closing.signer_authority = prefixes[-1].group("prefix").replace("/", "") + "."
    return closing


def _read_signer(lines: list[Line], closing: Closing) -> None:
    """Capitals above the name are the title (with any KT./TM. prefix); the name is mixed case."""
    for index, line in enumerate(lines):
        if is_upper(line.text) or _AUTHORITY.match(line.text):
            closing.signer_title.append(collapse(line.text))
        elif closing.signer_name is None and len(line.text.split()) <= 8:
            name = collapse(line.text)
            if rank := _RANK.match(name):
                closing.signer_rank, name = rank.group("rank"), name[rank.end() :]
            closing.signer_name = name
        else:
            closing.leftover.extend(lines[index:])
            break
