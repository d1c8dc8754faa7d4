"""Readable, stable URL slugs: đ becomes d, tones are dropped, nothing else is guessed."""

from __future__ import annotations

from slugify import slugify as _slugify

from .model import Directive


def slugify(text: str, max_length: int = 0) -> str:
    # python-slugify transliterates đ→d and strips tones (text-unidecode).
    return _slugify(text, max_length=max_length, word_boundary=bool(max_length))


def heading_anchor(value: str, separator: str = "-") -> str:
    """Heading ids for Python-Markdown's toc (mkdocs.yml): "Đề nghị Công an tỉnh" → "de-nghi-cong-an-tinh".
    The default slugifier drops đ ("e-nghi-…"); this one spells it d, as the URLs do."""
    return _slugify(value, separator=separator)


def directive_slug(record: Directive, fallback: str) -> str:
    """"2021-kien-giang-164-bcd-nc"; an article: "2021-tin-bai-<headline words>"."""
    year = str(record.year) if record.year else ""
    if record.doc_type == "Tin bài":
        return slugify(f"{year} tin bài {record.subject or fallback}", max_length=60)
    ident = record.number or record.symbol
    if not ident:
        return slugify(f"{year} {fallback}")
    return slugify(f"{year} {record.place or ''} {ident}")


def unique(slug: str, taken: set[str]) -> str:
    candidate, n = slug, 2
    while candidate in taken:
        candidate, n = f"{slug}-{n}", n + 1
    taken.add(candidate)
    return candidate
