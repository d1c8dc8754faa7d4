"""Dates and translated text for a page's language (Babel for both)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from babel.dates import format_date

from ..i18n.catalog import read_catalog
from .labels import LABELS

# Vietnamese documents write dates as "ngày 11 tháng 7 năm 2021" (Decree 30/2020).
_PATTERNS = {"vi": "'ngày' d 'tháng' M 'năm' y", "en": "d MMMM y"}


def long_date(iso: str, lang: str) -> str:
    return format_date(dt.date.fromisoformat(iso), _PATTERNS[lang], locale=lang)


def short_date(iso: str, lang: str) -> str:
    """"11/07/2021" or "11 Jul 2021": dates in a list a person scans; ISO text that is not a
    date (it came from a damaged source) is returned as it is."""
    try:
        day = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return format_date(day, "dd/MM/y" if lang == "vi" else "d MMM y", locale=lang)


def month_name(month: int, lang: str) -> str:
    return format_date(dt.date(2000, month, 1), "MMMM", locale=lang)


class Translator:
    """English for Vietnamese text, from a gettext catalog; records what is still missing."""

    def __init__(self, lang: str, catalog_path: Path | None = None):
        self.lang = lang
        self.messages: dict[str, str] = {}
        self.labels: dict[str, str] = {}  # label key → English, from messages with that context
        self.missing: list[str] = []
        if lang != "vi" and catalog_path and catalog_path.exists():
            catalog = read_catalog(catalog_path, lang)
            usable = [m for m in catalog if m.id and m.string and not m.fuzzy and isinstance(m.id, str)]
            self.messages = {m.id: m.string for m in usable if not m.context}
            self.labels = {m.context: m.string for m in usable if m.context and LABELS.get(m.context) == m.id}

    def label(self, key: str) -> str:
        """A word of the page around the content; the Vietnamese one when its English is missing."""
        if self.lang == "vi":
            return LABELS[key]
        if found := self.labels.get(key):
            return found
        if LABELS[key] not in self.missing:
            self.missing.append(LABELS[key])
        return LABELS[key]

    def __call__(self, text: str) -> tuple[str, str]:
        """(text in the page's language or the Vietnamese original, the language it is in)."""
        if self.lang == "vi" or not text:
            return text, "vi"
        if found := self.messages.get(text):
            return found, self.lang
        if text not in self.missing:
            self.missing.append(text)
        return text, "vi"
