"""The body as structure: headings by level, paragraphs and list items.

Extracted text breaks lines where the page did (or where a table cell ended), and sometimes
splits a sentence with a blank line. A line continues the one above unless it opens a new block
(a marker such as "I.", "1.", "a)", "-") or the line above ended a sentence.
"""

from __future__ import annotations

import re

from ..model import Block
from .lines import Line, collapse, is_junk, is_page_number, is_rule, is_upper, strip_emphasis

ROMAN = re.compile(r"^(?P<marker>[IVXLC]{1,6}\.)\s+(?P<text>\S.*)$")
NUMBERED = re.compile(r"^(?P<marker>\d{1,2}\.)\s+(?P<text>\S.*)$")
LETTER = re.compile(r"^(?P<marker>[a-zđ]\))\s+(?P<text>\S.*)$")
_HEADING_MARKER = re.compile(r"^(?:[IVXLC]{1,6}\.|\d{1,2}\.|[a-zđ]\))\s")
BULLET = re.compile(r"^(?P<marker>[-+•–])\s*(?P<text>\S.*)$")
_ENDS_SENTENCE = re.compile(r"[.;:!?…]['\"”’)]*$")


def _marker(text: str) -> re.Match[str] | None:
    for pattern in (ROMAN, NUMBERED, LETTER, BULLET):
        if m := pattern.match(text):
            return m
    return None


def _continues(prev: str, text: str, after_blank: bool) -> bool:
    """Does `text` continue the block whose text so far is `prev`?"""
    if _marker(text):
        return False
    first = text[0]
    quoted_lower = first in "“\"" and len(text) > 1 and text[1].islower()
    if first.islower() or first.isdigit() or first in "(,;" or quoted_lower:
        return not prev.endswith((".", "!", "?"))
    token = text.split(" ", 1)[0]
    acronym = len(token) > 1 and is_upper(token)
    if not after_blank and (prev.endswith(",") or (prev.endswith(";") and acronym)):
        return True
    if _ENDS_SENTENCE.search(prev):
        return False
    if first in "“\"":
        return True  # a quotation after an unfinished line
    if _HEADING_MARKER.match(prev) and len(prev) < 100:
        # A numbered heading wrapped in capitals continues; otherwise its first sentence follows.
        return not after_blank and is_upper(prev) and is_upper(text)
    if after_blank:
        return len(prev) > 60  # a long unfinished line: a sentence split by a stray blank line
    return True


def _classify(text: str, line: int) -> Block:
    if m := ROMAN.match(text):
        return Block("heading", m.group("text"), line, level=1, marker=m.group("marker"))
    for pattern, level in ((NUMBERED, 2), (LETTER, 3)):
        if m := pattern.match(text):
            rest = m.group("text")
            title = rest[:-1].rstrip() if rest.endswith(":") else rest  # "2. Sở Y tế:" is a heading
            if len(title) <= 120 and not _ENDS_SENTENCE.search(title) and ". " not in title:
                return Block("heading", title, line, level=level, marker=m.group("marker"))
            return Block("item", rest, line, level=level, marker=m.group("marker"))
    if m := BULLET.match(text):
        return Block("item", m.group("text"), line, level=4, marker="-")
    return Block("paragraph", text, line)


def parse_body(lines: list[Line]) -> tuple[list[Block], list[int]]:
    """Blocks of the body, and the numbers of lines that held only stray punctuation."""
    blocks: list[tuple[int, str]] = []  # (first line number, text)
    junk: list[int] = []
    after_blank = False
    for line in lines:
        text = strip_emphasis(line.text)
        if not text:
            after_blank = True
            continue
        if is_rule(text) or is_junk(text) or is_page_number(text):
            junk.append(line.no)
            continue
        if blocks and _continues(blocks[-1][1], text, after_blank):
            no, prev = blocks[-1]
            joiner = "" if prev.endswith("-") and not prev.endswith(" -") and text[0].islower() else " "
            blocks[-1] = (no, prev + joiner + text)
        else:
            blocks.append((line.no, text))
        after_blank = False
    return [_classify(collapse(text), no) for no, text in blocks], junk
