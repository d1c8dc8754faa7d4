"""`chungtay build`: the whole pipeline. Read and model everything first, then write generated
pages and posters, then let MkDocs build the site. Nothing is written before every input has
been read, and site/ is replaced only by a complete build."""

from __future__ import annotations

import datetime as dt
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from . import glossary
from .campaign import Campaign, load_campaign
from .catalogue import Corpus, build_corpus
from .errors import ChungtayError, InputError
from .messages import t
from .model import Directive
from .opendata import compose_data
from .pages.context import PageContext
from .pages.directive import render_directive
from .pages.gallery import render_gallery
from .pages.listings import render_directive_list, render_home, render_slogans
from .pages.locale import Translator
from .pages.views import render_timeline, render_who_does_what
from .parse import read_directive
from .webfonts import WEIGHTS, make_woff2
from .writer import GeneratedTree


@dataclass
class Project:
    """Where things are. Every path derives from the project root."""

    root: Path

    @property
    def directives(self) -> Path:
        return self.root / "content" / "directives"

    @property
    def campaign(self) -> Path:
        return self.root / "content" / "campaign.yml"

    @property
    def translations(self) -> Path:
        return self.root / "content" / "translations" / "en.po"

    @property
    def glossary(self) -> Path:
        return self.root / "content" / "glossary.yml"

    @property
    def docs(self) -> Path:
        return self.root / "docs"

    @property
    def fonts(self) -> Path:
        return self.root / "assets" / "fonts"

    @property
    def site(self) -> Path:
        return self.root / "site"


@dataclass
class BuildReport:
    directives: int = 0
    slogans: int = 0
    posters: int = 0
    warnings: list[str] = field(default_factory=list)
    untranslated: int = 0
    has_site_url: bool = False  # without it: no QR codes, no absolute links
    skipped: int = 0  # directives that could not be read, left out of the site


def read_all(project: Project) -> list[tuple[Directive, str]]:
    files = sorted(project.directives.glob("*.txt"))
    if not files:
        raise InputError(t("no_directives", folder=project.directives), path=project.directives)
    return [(read_directive(f, f.relative_to(project.root).as_posix()), f.stem) for f in files]


def compose_pages(corpus: Corpus, campaign: Campaign, project: Project) -> tuple[dict[str, str], list[str]]:
    """Every generated page, by docs/ path; and the Vietnamese texts still without English."""
    pages: dict[str, str] = {}
    missing: list[str] = []
    for lang in ("vi", "en"):
        translator = Translator(lang, project.translations)
        ctx = PageContext(lang, campaign, corpus, translator, glossary.load(project.glossary))
        for path, text in (render_home(ctx), render_directive_list(ctx), render_slogans(ctx),
                           render_who_does_what(ctx), render_timeline(ctx), render_gallery(ctx)):
            pages[path] = text
        for entry in corpus.entries:
            path, text = render_directive(ctx, entry)
            pages[path] = text
        missing += translator.missing
    pages.update(compose_data(corpus, campaign, Translator("en", project.translations)))
    return pages, missing


def page_titles(project: Project, pages: dict[str, str], stale: set[str] = frozenset()) -> dict[str, tuple[str, str]]:
    """Every page of the site (generated and hand-written), docs path → (title, language): the
    front matter's title, else the first heading, else the file's name. `stale`: files generated
    last time, about to be removed, that get no card."""
    import re

    texts = dict(pages)
    for path in sorted(project.docs.rglob("*.md")):
        rel = path.relative_to(project.docs).as_posix()
        if rel not in texts and rel not in stale and rel != "README.md" and not rel.endswith("/README.md"):
            texts[rel] = path.read_text("utf-8", errors="replace")
    import yaml

    titles = {}
    for rel, text in texts.items():
        if not rel.endswith(".md"):
            continue
        meta = {}
        if text.startswith("---"):
            try:
                meta = yaml.safe_load(text[3:].split("\n---", 1)[0]) or {}
            except yaml.YAMLError:
                meta = {}
        h = re.search(r"^#\s+(.+?)\s*(\{.*\})?\s*$", text, re.M)
        title = meta.get("title") if isinstance(meta, dict) and isinstance(meta.get("title"), str) else None
        title = (title or (h.group(1) if h else rel.rsplit("/", 1)[-1][:-3])).strip()
        titles[rel] = (title, "en" if rel.startswith("en/") else "vi")
    return titles


def _say(line: str) -> None:
    print(line, file=sys.stderr)


def build(project: Project, *, site: bool = True, progress=None) -> BuildReport:
    from .artwork import render_page_cards, render_posters
    from .site import build_site

    report = BuildReport()
    campaign = load_campaign(project.campaign)
    report.has_site_url = bool(campaign.site_url)
    records = read_all(project)
    for record, _ in records:
        for w in record.warnings:
            where = f"{record.source}:{w.line}" if w.line else record.source
            kind = t("error") if w.code == "directive_failed" else t("warning")
            report.warnings.append(f"{where}: {kind}: {w.message()}")
    # A file that could not be read (empty, binary, not UTF-8) is named above and left out of the
    # site: a page saying "empty file" helps no reader.
    usable = [(r, stem) for r, stem in records if not any(w.code == "directive_failed" for w in r.warnings)]
    report.skipped = len(records) - len(usable)
    if not usable:
        raise InputError(t("no_directives", folder=project.directives), path=project.directives)
    records = usable
    corpus = build_corpus(records)
    # Deterministic dates in MkDocs' sitemap and the posters' PDF metadata.
    newest = max((r.date for r, _ in records if r.date), default="2021-07-30")
    os.environ.setdefault("SOURCE_DATE_EPOCH", str(int(dt.datetime.fromisoformat(f"{newest}T12:00:00+00:00").timestamp())))

    tree = GeneratedTree(project.docs)
    fonts = {f"{prefix}assets/fonts/BeVietnamPro-{name}.woff2": project.fonts / f"BeVietnamPro-{name}.ttf"
             for prefix in ("", "en/") for name in WEIGHTS}
    pages, missing = compose_pages(corpus, campaign, project)
    tree.check(sorted(pages) + sorted(fonts))  # refuse before anything is written
    english = Translator("en", project.translations)
    rendered, failures = render_posters(corpus, campaign, tree, project.fonts, progress,
                                        translate=lambda vi: english.messages.get(vi), words=glossary.load(project.glossary))
    report.posters = rendered
    for slogan, lang, failure in failures:
        slogan.poster_gaps.add(lang)
        slogan.has_posters = slogan.has_posters and lang != "vi"
        report.warnings.append(f"{t('error')}: “{slogan.text}” ({lang}): {failure.message}")
    if failures:  # a slogan whose posters could not be made is shown without them
        pages, missing = compose_pages(corpus, campaign, project)
    report.directives, report.slogans, report.untranslated = len(corpus.entries), len(corpus.slogans), len(missing)
    for path, text in sorted(pages.items()):
        tree.write(path, text)
    cards, card_failures = render_page_cards(page_titles(project, pages, set(tree.previous)), campaign, tree, project.fonts)
    report.posters += cards
    report.warnings += [f"{t('error')}: {path}: {failure.message}" for path, failure in card_failures]
    woff2: dict[Path, bytes] = {}
    for path, ttf in sorted(fonts.items()):
        woff2.setdefault(ttf, make_woff2(ttf))
        tree.write(path, woff2[ttf])
    tree.finish()
    if site:
        build_site(project.root, project.site, campaign)
    return report


def run_build(project: Project, *, site: bool = True) -> int:
    """Build and report on stderr; the exit status for the CLI."""
    try:  # posters show a progress bar (tqdm) on a terminal
        report = build(project, site=site)
    except ChungtayError as exc:
        _say(f"{t('error')}: {exc}")
        return 1
    for line in report.warnings:
        _say(line)
    if report.untranslated:
        _say(t("untranslated_note", count=report.untranslated))
    if not report.has_site_url:
        _say(t("no_site_url", campaign=project.campaign.relative_to(project.root)))
    _say(t("built", directives=report.directives, slogans=report.slogans, posters=report.posters,
           site=project.site.relative_to(project.root) if site else project.docs.relative_to(project.root)))
    return 1 if report.skipped else 0  # the site is whole without them, but an error is an error
