"""`chungtay i18n status`: how much of each document, and of the pages' own words, has English.

Coverage is measured against what the directives hold now (the catalog `extract` would write),
so a directive added or edited since the last extract shows as untranslated, not as done. A
fuzzy translation (Babel's guess from a similar sentence) counts as not done: the site shows the
Vietnamese for it, marked, until a translator confirms it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog

from ..glossary import Glossary
from ..model import Directive
from .catalog import read_catalog
from .extract import template

PAGES = "scripts/chungtay/pages/labels.py"


@dataclass
class Coverage:
    name: str  # a directive's source file, or PAGES
    done: int = 0
    fuzzy: int = 0
    total: int = 0

    @property
    def percent(self) -> float:
        return 100.0 * self.done / self.total if self.total else 100.0


def coverage(path: Path, records: list[Directive], words: Glossary | None = None) -> tuple[list[Coverage], Coverage]:
    """Coverage per source (directives in order, then the pages' words) and over everything."""
    catalog = read_catalog(path) if path.exists() else Catalog(locale="en")
    wanted = template(records, words)
    per_source: dict[str, Coverage] = {r.source: Coverage(r.source) for r in records}
    per_source[PAGES] = Coverage(PAGES)
    overall = Coverage("")
    for message in wanted:
        if not message.id:
            continue
        found = catalog.get(message.id, context=message.context)
        done = bool(found and found.string and not found.fuzzy)
        fuzzy = bool(found and found.string and found.fuzzy)
        sources = {location for location, _ in message.locations} or {PAGES}
        for counter in [overall, *(per_source[s] for s in sources if s in per_source)]:
            counter.total += 1
            counter.done += done
            counter.fuzzy += fuzzy
    return list(per_source.values()), overall
