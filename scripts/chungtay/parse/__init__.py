"""Text in, a Directive record out. Parsing knows nothing of Markdown or of files on disk
beyond reading them (see read_directive)."""

from __future__ import annotations

import re
from pathlib import Path

from .. import legacy
from ..errors import InputError
from ..model import Directive
from ..normalize import prepare, read_text
from .article import Article, find_article
from .body import parse_body
from .closing import CC_START, Closing, parse_closing
from .facts import find_contacts, find_deadlines, find_listed_slogans, find_periods, find_references, find_slogans
from .header import Header, parse_header
from .lines import Line, is_page_number, is_rule, is_upper, split_lines
from .tasks import find_tasks

__all__ = ["parse", "read_directive"]

# A directive of 10 pages is about 40,000 characters; a text 25 times that is parsed, but flagged.
LARGE_TEXT = 1_000_000


def _split_closing(lines: list[Line], start: int) -> int:
    """Index of the first line after the body: after the end mark "./.", else at "Nơi nhận"."""
    for i in range(len(lines) - 1, start - 1, -1):
        if lines[i].text.rstrip().endswith(("./.", "/.")):
            return i + 1
    for i in range(start, len(lines)):
        if CC_START.match(lines[i].text):
            return _signature_above(lines, i, start)
    return len(lines)


def _signature_above(lines: list[Line], cc: int, start: int) -> int:
    """Where the closing begins, given its "Nơi nhận" line: capitals just above it are the
    signature (the two sit side by side on the page), not the body."""
    while cc > start and (not lines[cc - 1].text or is_upper(lines[cc - 1].text)):
        cc -= 1
    return cc


# Where an attached document begins: its own national title, or the note that says it is issued
# with the decision ("(Ban hành kèm theo Quyết định số …)").
_ATTACHED = re.compile(r"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA|^\(?\s*Ban\s+hành\s+kèm\s+theo", re.IGNORECASE)


def _attachment(lines: list[Line], start: int) -> tuple[int, int] | None:
    """(first closing line, first line of the attached document) when a signed document is
    followed by another it issues; None otherwise."""
    cc = next((i for i in range(start, len(lines)) if CC_START.match(lines[i].text)), None)
    if cc is None:
        return None
    mark = next((i for i in range(cc + 1, len(lines)) if _ATTACHED.search(lines[i].text)), None)
    if mark is None:
        return None
    # The attached document starts at its header block: back over its issuer lines in capitals.
    plan = mark
    while plan - 1 > cc and lines[plan - 1].text and is_upper(lines[plan - 1].text) and not CC_START.match(lines[plan - 1].text):
        plan -= 1
    # A page number between the two is the body's to report, not the signature's.
    while plan - 1 > cc and (not lines[plan - 1].text or is_page_number(lines[plan - 1].text)):
        plan -= 1
    return _signature_above(lines, cc, start), plan


def parse(text: str, source: str = "<text>") -> Directive:
    """Parse any text into a record. Never raises on odd input: what cannot be recognised is
    reported in the record's warnings, with its line."""
    record = Directive(source=source)
    if len(text) > LARGE_TEXT:
        record.warn("large_text", 1, size=f"{len(text) / 1_000_000:.1f}")
    prepared = prepare(text)
    if prepared.encoding:
        record.encoding = prepared.encoding
        record.warn("legacy_converted", 1, encoding=legacy.NAMES[prepared.encoding])
    lines = split_lines(prepared.text)
    head = parse_header(lines)
    if head.found or not (article := find_article(lines)):
        if head.found:
            _take_header(record, head)
        else:
            record.warn("not_a_directive", 1)
        if attached := _attachment(lines, head.body_start):
            # A decision that issues a plan: its signature sits between the two, and the plan
            # (with its own header lines) is read as the rest of the body.
            closing_start, plan_start = attached
            end = _split_closing(lines, plan_start)
            _take_closing(record, parse_closing(lines[closing_start:plan_start]))
            body_lines = head.leftover + lines[head.body_start : closing_start] + lines[plan_start:end]
            if tail := [line for line in lines[end:] if line.text and not is_rule(line.text)]:
                record.warn("unplaced_lines", tail[0].no, lines=tuple(line.no for line in tail), count=len(tail))
        else:
            end = _split_closing(lines, head.body_start)
            _take_closing(record, parse_closing(lines[end:]))
            body_lines = head.leftover + lines[head.body_start : end]
    else:
        body_lines = _take_article(record, article, lines)
    record.body, junk = parse_body(body_lines)
    if junk:
        record.warn("junk_lines", junk[0], lines=tuple(junk), count=len(junk))
    if head.found and not record.signer_name:
        record.warn("no_signer", None)

    running = "\n".join(block.text for block in record.body)
    record.slogans = list(dict.fromkeys(find_slogans(running) + find_listed_slogans(record.body)))
    record.periods = find_periods(running, record.date, record.year)
    record.deadlines = find_deadlines([(b.text, b.line) for b in record.body], record.year)
    record.citations = find_references(f"{record.subject or ''}\n{running}", record.number)
    record.references = [c.number for c in record.citations]
    record.tasks = find_tasks(record.body)
    record.phones, record.emails, record.hotlines = find_contacts(running)
    return record


def _take_header(record: Directive, head: Header) -> None:
    for name in ("doc_type", "number", "serial", "symbol", "issuer", "place", "date", "year", "month", "subject", "recipients", "marks"):
        setattr(record, name, getattr(head, name))
    if record.symbol and not record.number:
        record.warn("blank_number", head.number_line)
    if record.date is None and record.year:
        record.warn("blank_day", head.date_line, month=record.month, year=record.year)
    elif record.date is None:
        record.warn("no_date", None)
    if not record.subject:
        record.warn("no_subject", None)


def _take_closing(record: Directive, closing: Closing) -> None:
    for name in ("cc", "signer_title", "signer_name", "signer_authority", "signer_rank", "drafter"):
        setattr(record, name, getattr(closing, name))
    if closing.leftover:
        lines = tuple(line.no for line in closing.leftover)
        record.warn("unplaced_lines", lines[0], lines=lines, count=len(lines))


def _take_article(record: Directive, article: Article, lines: list[Line]) -> list[Line]:
    """Fill the record from a news article; return its body lines. The site's chrome around it
    is reported, not kept."""
    record.doc_type = "Tin bài"
    record.subject, record.date, record.published = article.headline, article.date, article.published
    if record.date:
        record.year, record.month = int(record.date[:4]), int(record.date[5:7])
    record.signer_name = article.author
    first = min(i for i in (article.headline_index, article.stamp_index, article.time_index) if i is not None)
    end = article.author_index if article.author_index is not None else article.body_end
    before = [line.no for line in lines[:first] if line.text]
    after = [line.no for line in lines[end + (article.author_index is not None) :] if line.text]
    if article.stamp_leftover:
        no = lines[article.stamp_index].no
        record.warn("stamp_leftover", no, lines=(no,), text=article.stamp_leftover)
    before += [lines[k].no for k in article.chrome_inside]
    if before:
        record.warn("page_chrome", before[0], lines=tuple(before), count=len(before), line_from=before[0], last=before[-1])
    if after:
        record.warn("page_chrome", after[0], lines=tuple(after), count=len(after), line_from=after[0], last=after[-1])
    # A lead paragraph may sit between the headline and the time: it is body too.
    stamp = (article.headline_index, article.stamp_index, article.time_index, *article.chrome_inside)
    return [line for k, line in enumerate(lines[first:end], start=first) if k not in stamp]


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
