"""`chungtay parse FILE` without --json: the record as a person reads it, warnings last."""

from __future__ import annotations

from .legacy import NAMES as ENCODING_NAMES
from .messages import t
from .model import Directive
from .pages.locale import Translator, short_date


class _Words:
    """Page labels by key, as summary() reads them."""

    def __init__(self, translator: Translator):
        self.translator = translator

    def __getitem__(self, key: str) -> str:
        return self.translator.label(key)


def _citation(c, words: _Words, lang: str) -> str:
    parts = [f"{c.type} {c.number}" if c.type else c.number]
    if c.date:
        parts.append(words["cited_issued"].format(date=short_date(c.date, lang)))
    if c.issuer:
        parts.append(words["cited_by"].format(issuer=c.issuer))
    return " ".join(parts)


def _clip(text: str, limit: int = 90) -> str:
    """The start of a task's text, cut between words."""
    line = text.splitlines()[0] if text else ""
    return line if len(line) <= limit else line[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def _published(iso: str, lang: str) -> str:
    """"19:37, 19/05/2021" from "2021-05-19T19:37:00+07:00"."""
    return f"{iso[11:16]}, {short_date(iso, lang)}" if len(iso) > 10 else short_date(iso, lang)


def summary(record: Directive, translator: Translator) -> str:
    """The record, labelled in the translator's language."""
    words = _Words(translator)
    lang = translator.lang
    kinds = [b.kind for b in record.body]
    article = record.doc_type == "Tin bài"
    rows: list[tuple[str, str | list[str] | None]] = [
        (words["doc_type"], record.doc_type),
        (words["number"], record.number_as_printed),
        (words["issuer"], " / ".join(record.issuer)),
        (words["place"], record.place),
        (words["date"], None if article else (short_date(record.date, lang) if record.date else None)
         or (f"{record.month:02d}/{record.year}" if record.year and record.month else None)),
        (words["published"], _published(record.published or record.date, lang) if article and record.date else None),
        (words["headline" if article else "subject"], record.subject),
        (words["marks"], ", ".join(record.marks)),
        (words["recipients"], record.recipients),
        (words["slogan_list"], record.slogans),
        (words["periods"], [f"{short_date(p.start, lang)} → {short_date(p.end, lang)}" for p in record.periods]),
        (words["deadlines"], [words["deadline"].format(date=short_date(d.date, lang), what=d.for_) for d in record.deadlines]),
        (words["tasks"], [f"{task.agency}: {_clip(task.text) or '…'}" for task in record.tasks]),
        (words["references"], [_citation(c, words, lang) for c in record.citations]),
        (words["contacts"], ", ".join(record.hotlines + record.phones + record.emails)),
        (words["author" if article else "signer"], " / ".join(record.signer_title + ([record.signer_name] if record.signer_name else []))),
        (words["cc"], record.cc),
        (words["encoding"], ENCODING_NAMES.get(record.encoding or "")),
        (words["structure"], words["structure_counts"].format(
            headings=kinds.count("heading"), paragraphs=kinds.count("paragraph"), items=kinds.count("item"))),
    ]
    out: list[str] = []
    for label, value in rows:
        if isinstance(value, list):
            if value:
                out.append(f"{label}:")
                out.extend(f"  - {item}" for item in value)
        elif value:
            out.append(f"{label}: {value}")
    if record.warnings:
        out.append(f"{words['warnings']}:")
        for w in record.warnings:
            where = f"{record.source}:{w.line}" if w.line else record.source
            out.append(f"  {where}: {t('warning')}: {w.message()}")
    return "\n".join(out)
