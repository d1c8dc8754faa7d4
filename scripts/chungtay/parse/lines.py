"""Lines of a source text, with their numbers, and the small tests every parsing stage shares."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    no: int  # 1-based line number in the source file
    text: str  # stripped


# Layout left over from tables and rules: "|", "-------", "_____", "***" (nothing to read).
# A rule may carry the ornament under a header's names: "-----oOo-----", "---o0o---".
_RULE = re.compile(r"^[\s|\-_=*~.·]*(?:[oO0]{3}[\s|\-_=*~.·]*)?$")
# Emphasis markers that survived a Word/Markdown export: **KT. GIÁM ĐỐC**, *Ngày …*
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_EMPH = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")


def split_lines(text: str) -> list[Line]:
    return [Line(no, raw.strip()) for no, raw in enumerate(text.split("\n"), start=1)]


def is_rule(text: str) -> bool:
    """True for a line that is only table pipes, dashed rules or punctuation padding."""
    return bool(_RULE.match(text)) and not text.strip() == "" and "./." not in text


def is_junk(text: str) -> bool:
    """A line of stray punctuation left by a web page (",", ".", "|")."""
    stripped = text.strip()
    return bool(stripped) and not any(ch.isalnum() for ch in stripped)


_PAGE_NUMBER = re.compile(r"^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$|^Trang\s+\d{1,3}(?:\s*/\s*\d{1,3})?$", re.IGNORECASE)


def is_page_number(text: str) -> bool:
    """A page number left on a line of its own: "2", "- 3 -", "Trang 2/4"."""
    return bool(_PAGE_NUMBER.match(text))


def strip_emphasis(text: str) -> str:
    """Remove paired * and ** that an export left around words; lone asterisks stay."""
    if "*" not in text:
        return text
    text = _STRONG.sub(r"\1", text)
    text = _EMPH.sub(r"\1", text)
    return text.replace("**", "").strip() if text.startswith("**") or text.endswith("**") else text


def is_upper(text: str) -> bool:
    """True when every letter is a capital (Vietnamese capitals included) and there is one."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def collapse(text: str) -> str:
    """Single-space a run of text that was wrapped over several lines."""
    return re.sub(r"\s+", " ", text).strip()
