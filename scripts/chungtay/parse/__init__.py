"""Text in, a Directive record out. Parsing knows nothing of Markdown or of files on disk
beyond reading them (see read_directive)."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..model import Directive
from ..normalize import read_text, repair
from .article import find_article_start
from .body import parse_body
from .closing import CC_START, parse_closing
from .facts import find_contacts, find_periods, find_references, find_slogans
from .header import parse_header
from .lines import Line, is_upper, split_lines

__all__ = ["parse", "read_directive"]


def _split_closing(lines: list[Line], start: int) -> int:
    """Index of the first line after the body: after the end mark "./.", else at "Nơi nhận"."""
    for i in range(len(lines) - 1, start - 1, -1):
        if lines[i].text.rstrip().endswith(("./.", "/.")):
            return i + 1
    for i in range(start, len(lines)):
        if CC_START.match(lines[i].text):
            # Capitals just above "Nơi nhận" are the signature, not the body.
            while i > start and (not lines[i - 1].text or is_upper(lines[i - 1].text)):
                i -= 1
            return i
    return len(lines)


def parse(text: str, source: str = "<text>") -> Directive:
    """Parse repaired text (see normalize.repair) into a record. Never raises on odd input:
    what cannot be recognised is reported in the record's warnings."""
    record = Directive(source=source)
    lines = split_lines(repair(text))
    head = parse_header(lines)
    body_start = head.body_start
    if head.found:
        for name in ("doc_type", "number", "symbol", "issuer", "place", "date", "year", "month", "subject", "recipients"):
            setattr(record, name, getattr(head, name))
        if record.symbol and not record.number:
            record.warn("blank_number", head.number_line)
        if record.date is None and record.year:
            record.warn("blank_day", head.date_line, month=record.month, year=record.year)
        elif record.date is None:
            record.warn("no_date", None)
        if not record.subject:
            record.warn("no_subject", None)
    elif article := find_article_start(lines):
        record.doc_type = "Tin bài"
        record.subject, record.date, body_start = article
        if record.date:
            record.year, record.month = int(record.date[:4]), int(record.date[5:7])
    else:
        record.warn("not_a_directive", 1)

    end = _split_closing(lines, body_start)
    record.body, junk = parse_body(lines[body_start:end])
    closing = parse_closing(lines[end:])
    record.cc, record.signer_title, record.signer_name = closing.cc, closing.signer_title, closing.signer_name
    record.drafter = closing.drafter
    junk += [line.no for line in closing.leftover]
    if junk:
        record.warn("junk_lines", junk[0], count=len(junk))
    if head.found and not record.signer_name:
        record.warn("no_signer", None)

    running = "\n".join(block.text for block in record.body)
    record.slogans = find_slogans(running)
    record.periods = find_periods(running, record.date, record.year)
    record.references = find_references(f"{record.subject or ''}\n{running}", record.number)
    record.phones, record.emails, record.hotlines = find_contacts(running)
    return record


def read_directive(path: Path, source: str | None = None) -> Directive:
    """Read and parse one file. A file that cannot be read as text gives an empty record whose
    warning says why, so one bad file never stops the others."""
    name = source or str(path)
    try:
        text = read_text(path)
    except InputError as exc:
        record = Directive(source=name)
        record.warn("directive_failed", exc.line, reason=exc.message)
        return record
    return parse(text, name)
