"""What every page renderer needs: the language, its words, the translator and URL helpers."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field

from ..campaign import Campaign
from ..catalogue import Corpus, Entry, Slogan
from .. import glossary
from ..vntext import upper_first
from .locale import Translator, long_date, month_name
from .markdown import inert, in_language

# Where each kind of page lives, per language (paths relative to the whole site's root).
SECTIONS = {
    "vi": {"home": "", "directives": "van-ban/", "slogans": "khau-hieu/"},
    "en": {"home": "en/", "directives": "en/directives/", "slogans": "en/slogans/"},
}
POSTERS = "posters/"  # shared by both languages, built with the Vietnamese site


@dataclass
class PageContext:
    lang: str
    campaign: Campaign
    corpus: Corpus
    translate: Translator
    words: glossary.Glossary = field(default_factory=glossary.load)  # official names, in English

    @property
    def other(self) -> str:
        return "en" if self.lang == "vi" else "vi"

    def label(self, key: str, **params: object) -> str:
        return self.translate.label(key).format(**params)

    def section(self, name: str, lang: str | None = None) -> str:
        return SECTIONS[lang or self.lang][name]

    def text(self, vi_text: str) -> str:
        """Inert Markdown for `vi_text` in the page's language, marked lang="vi" if untranslated."""
        shown, lang = self.translate(vi_text)
        return self._marked(inert(shown), lang)

    def _marked(self, text_md: str, lang: str) -> str:
        """`text_md` as it stands when in the page's language; else the original, marked with its
        language, and a note a reader can see."""
        if lang == self.lang:
            return text_md
        return f'{in_language(text_md, lang, self.lang)} <small class="ct-untranslated">{inert(self.label("not_translated"))}</small>'

    def opening(self, vi_text: str, limit: int = 160) -> str:
        """The first sentence of a text, translated, short enough to scan on a phone (lists of
        tasks and deadlines; the full text is on the directive's page)."""
        shown, lang = self.translate(vi_text)
        # A sentence ends at ". " or "; ", not after an abbreviation ("Plan No. 31").
        sentence = re.split(r"(?<!\bNo\.)(?<!\bnos\.)(?<=[.;])\s", shown, maxsplit=1)[0]
        if len(sentence) > limit:
            sentence = sentence[: sentence.rfind(" ", 0, limit)].rstrip(",;: ") + " …"
        elif len(sentence) < len(shown.rstrip()) and sentence.endswith(";"):
            sentence = sentence[:-1] + " …"  # more follows: say so
        return self._marked(inert(sentence), lang)

    def name(self, vi_name: str) -> str:
        """A body, title or document type in the page's language: the glossary's English, else
        the catalog's, else the Vietnamese marked as such."""
        if self.lang == "en" and (english := self.words.english(vi_name)):
            return inert(upper_first(english))
        return self.text(vi_name)

    def date(self, iso: str | None, year: int | None = None, month: int | None = None) -> str:
        if iso:
            return long_date(iso, self.lang)
        if year and month:
            return self.label("date_month", month=month, year=year, month_name=month_name(month, self.lang))
        return self.label("unknown")

    def doc_type(self, entry: Entry) -> str:
        return self.kind(entry.record.doc_type or "")

    def kind(self, doc_type: str) -> str:
        """A document type as plain text: "Kế hoạch" / "Plan" (the glossary's English)."""
        english = self.words.english(doc_type) if self.lang == "en" and doc_type else None
        return upper_first(english) if english else doc_type

    def title(self, entry: Entry) -> str:
        """"Công văn 164/BCĐ-NC" / "Official dispatch 164/BCĐ-NC"; an article by its headline."""
        record = entry.record
        if record.doc_type == "Tin bài" and record.subject:
            return self.translate(record.subject)[0]
        ident = record.number_as_printed or entry.slug
        kind = self.doc_type(entry)
        return f"{kind} {ident}".strip()

    def directive_url(self, entry: Entry, lang: str | None = None) -> str:
        return f"{self.section('directives', lang)}{entry.slug}/"

    def slogan_url(self, slogan: Slogan, lang: str | None = None) -> str:
        return f"{self.section('slogans', lang)}#{slogan.slug}"


def md_link(target_docs_path: str, from_docs_path: str) -> str:
    """Markdown link between two pages by their docs/ paths (MkDocs checks these in strict mode)."""
    return posixpath.relpath(target_docs_path, posixpath.dirname(from_docs_path) or ".")


def relative(target: str, page_url: str) -> str:
    """Link from the page served at `page_url` to the site path `target` (works under any sub-path)."""
    fragment = ""
    if "#" in target:
        target, fragment = target.split("#", 1)
        fragment = "#" + fragment
    start = page_url.rstrip("/") or "."
    rel = posixpath.relpath(target or ".", start)
    if target.endswith("/") and not rel.endswith("/"):
        rel += "/"
    return rel + fragment
