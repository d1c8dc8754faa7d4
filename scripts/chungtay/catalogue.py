"""The corpus the pages are made from: directives with their slugs, and the slogan catalogue."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from .model import Directive
from .slugs import directive_slug, slugify, unique
from .vntext import fold


@dataclass
class Entry:
    record: Directive
    slug: str


@dataclass
class Slogan:
    text: str
    slug: str
    sources: list[Entry] = field(default_factory=list)
    has_posters: bool = True  # False when its posters could not be rendered (the page says why)
    poster_gaps: set[str] = field(default_factory=set)  # languages whose posters failed (vi, en, vi-en)


@dataclass
class Corpus:
    entries: list[Entry]
    slogans: list[Slogan]

    def latest(self, count: int) -> list[Entry]:
        dated = sorted(self.entries, key=lambda e: (e.record.date or f"{e.record.year or 0}", e.slug), reverse=True)
        return dated[:count]

    def main_slogans(self, count: int) -> list[Slogan]:
        """The slogans most directives share; ties go to the most recent."""
        by_recency = sorted(
            self.slogans, key=lambda s: max(e.record.date or "" for e in s.sources), reverse=True
        )
        return sorted(by_recency, key=lambda s: len(s.sources), reverse=True)[:count]


def _link_citations(entries: list[Entry]) -> None:
    """Point each citation at the directive it names, when that directive is in the corpus."""
    by_number = {e.record.number: e.slug for e in entries if e.record.number}
    for entry in entries:
        entry.record.citations = [
            replace(c, directive=by_number[c.number]) if c.number in by_number else c for c in entry.record.citations
        ]


def _capitals(text: str) -> int:
    return sum(word[:1].isupper() for word in text.split())


def build_corpus(records: list[tuple[Directive, str]]) -> Corpus:
    """`records` pairs each parsed directive with its file stem (the slug of last resort)."""
    taken: set[str] = set()
    entries = [Entry(record, unique(directive_slug(record, stem), taken)) for record, stem in records]
    _link_citations(entries)
    by_key: dict[str, Slogan] = {}
    slugs: set[str] = set()
    for entry in sorted(entries, key=lambda e: (e.record.date or "", e.slug)):
        for text in entry.record.slogans:
            key = fold(text)
            if key not in by_key:
                by_key[key] = Slogan(text, unique(slugify(text, max_length=70), slugs))
            elif _capitals(text) > _capitals(by_key[key].text):
                # The same slogan capitalised as a name ("… Ngày toàn dân …"): that spelling wins.
                by_key[key].text = text
            if entry not in by_key[key].sources:
                by_key[key].sources.append(entry)
    return Corpus(entries, sorted(by_key.values(), key=lambda s: s.slug))
