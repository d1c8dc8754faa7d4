"""`chungtay i18n extract`: update content/translations/en.po from the directives.

Every slogan, subject, recipient, heading, paragraph and list item becomes a message. Existing
translations are kept; a message whose source text changed a little is matched to its old
translation and marked fuzzy (Babel's translation memory), so no translation is ever lost."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from .catalog import read_catalog
from ..model import Directive
from .. import glossary
from ..pages.labels import LABELS

# A fixed date keeps the catalog byte-identical between runs (Babel would stamp the clock).
FIXED_DATE = dt.datetime(2021, 7, 30, tzinfo=dt.timezone.utc)


def _new_catalog(locale: str | None) -> Catalog:
    return Catalog(locale=locale, project="chungtay", version="1", creation_date=FIXED_DATE,
                   revision_date=FIXED_DATE, charset="utf-8", fuzzy=False)


def template(records: list[Directive], words: glossary.Glossary | None = None) -> Catalog:
    """The catalog the directives and the pages call for now."""
    words = words or glossary.load()
    catalog = _new_catalog(None)
    for key, text in LABELS.items():  # the words of the generated pages, one message each
        catalog.add(text, locations=[("scripts/chungtay/pages/labels.py", 0)], auto_comments=["page"], context=key)
    for record in records:
        pieces = [(record.subject, 0, "subject")]
        pieces += [(text, 0, "slogan") for text in record.slogans]
        pieces += [(text, 0, "recipient") for text in record.recipients]
        pieces += [(block.text, block.line, block.kind) for block in record.body]
        pieces += [(d.for_, d.line, "deadline") for d in record.deadlines]
        pieces += [(task.text.split("\n", 1)[0], task.line, "task") for task in record.tasks]
        # Names the glossary puts in English need no catalog entry; the others do.
        names = [(t.agency, t.line, "agency") for t in record.tasks]
        names += [(line, 0, "issuer") for line in record.issuer]
        names += [(line, 0, "signer title") for line in record.signer_title]
        names += [(c, 0, "distribution list") for c in record.cc]
        names += [(c.issuer, 0, "issuer of a cited document") for c in record.citations if c.issuer]
        pieces += [(name, line, kind) for name, line, kind in names if words.english(name) is None]
        for text, line, kind in pieces:
            if text:
                catalog.add(text, locations=[(record.source, line)], auto_comments=[kind])
    return catalog


def update_catalog(path: Path, records: list[Directive], locale: str = "en", words: glossary.Glossary | None = None) -> Catalog:
    """Merge the directives' text into the catalog at `path` (created if missing)."""
    catalog = read_catalog(path, locale) if path.exists() else _new_catalog(locale)
    catalog.update(template(records, words), update_header_comment=False, no_fuzzy_matching=False)
    catalog.revision_date = FIXED_DATE
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, sort_output=False, ignore_obsolete=False, include_previous=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())  # written only after the whole catalog was made
    return catalog
