"""The build's poster stage: every slogan in every language and format (print A4/A3 in colour and
black and white, four social sizes, small WebP thumbnails), and a 1200×630 Open Graph card for
every page of the site. Rendered in parallel across cores with a progress bar, and skipped when
nothing that shapes them has changed (a content hash per set of files)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from PIL import Image
from tqdm import tqdm

from .campaign import Campaign
from .catalogue import Corpus, Slogan
from .errors import PosterError
from .messages import t
from .pages.context import POSTERS
from .posters import Colors, PosterSpec, encode, render
from .vntext import upper_first
from .writer import GeneratedTree

THUMB_WIDTH = 300          # A4 thumbnails: 300×424, as the slogans page shows them
SCREEN_THUMB_WIDTH = 240   # social sizes: 240 px wide, height by the format
# Language variants, as file names have them; `vi-en` is Vietnamese as the hero, English beneath.
LANGS = ("vi", "en", "vi-en")
SOCIAL = ("og", "square", "portrait", "story")
PRINT_FILES = ("a4_png", "a4_pdf", "a3_pdf", "a4_bw_pdf", "a3_bw_pdf")


def _renderer_fingerprint(font_dir: Path) -> str:
    """Changes when the renderer's code, the fonts or the layouts change, so cached posters are redone."""
    h = hashlib.sha256()
    here = Path(__file__)
    layouts = Path(font_dir).parent / "layouts"
    for path in ([here] + sorted(here.with_name("posters").glob("*.py")) + sorted(Path(font_dir).glob("*.ttf"))
                 + sorted(layouts.glob("*.yml"))):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def poster_colors(campaign: Campaign) -> Colors:
    """The campaign's colours (content/campaign.yml) as the poster renderer takes them."""
    return Colors(**{k: v for k, v in campaign.colors.items() if k in Colors.__dataclass_fields__})


def source_line(slogan: Slogan, lang: str, english=None) -> str:
    """'Nguồn: Công văn 164/BCĐ-NC, Kiên Giang' — the first directive that gives the slogan.
    In English the document type comes from the glossary (`english`, a name → English function)."""
    first = slogan.sources[0].record
    ident = first.number or first.symbol or ""
    kind = first.doc_type or ""
    if lang == "en" and kind:
        kind = (english(kind) if english else None) or kind
        kind = upper_first(kind)
    parts = [f"{kind} {ident}".strip(), first.place or ""]
    return ("Source: " if lang == "en" else "Nguồn: ") + ", ".join(p for p in parts if p)


def variant_spec(text: str, english: str | None, lang: str, fmt: str, campaign: Campaign, **kw) -> PosterSpec:
    """The spec for one language variant: `vi`, `en` or `vi-en` (also written `vi+en`).
    `text` is the Vietnamese slogan, `english` its English (needed for `en` and `vi-en`)."""
    lang = lang.replace("+", "-")
    if lang not in LANGS:
        raise PosterError(t("poster_unknown_lang", name=lang))
    if lang != "vi" and not (english or "").strip():
        raise PosterError(t("poster_no_english", text=text))
    side = "en" if lang == "en" else "vi"
    kw.setdefault("colors", poster_colors(campaign))
    return PosterSpec(
        text=english if lang == "en" else text, format=fmt, subtitle=english if lang == "vi-en" else None,
        campaign_name=campaign.name[side], hotline_label=campaign.hotline_label[side], **kw)


def poster_files(slogan: Slogan) -> dict[str, str]:
    """Site paths of a slogan's Vietnamese A4 poster, social card and thumbnail: the names
    the slogans page has always linked to."""
    base = f"{POSTERS}{slogan.slug}"
    return {
        "a4_png": f"{base}-a4.png",
        "a4_pdf": f"{base}-a4.pdf",
        "og": f"{base}-og.png",
        "thumb": f"{base}-thumb.webp",
    }


def gallery_files(slogan: Slogan) -> dict[str, dict[str, str]]:
    """Site paths of every file of a slogan, by language then item: print files (a4_png, a4_pdf,
    a3_pdf, a4_bw_pdf, a3_bw_pdf), social images (og, square, portrait, story) and a thumbnail
    of each (thumb_a4, thumb_og, …). The Vietnamese A4 and social card keep the slogans page's names."""
    out: dict[str, dict[str, str]] = {}
    for lang in LANGS:
        base = f"{POSTERS}{slogan.slug}-{lang}"
        files = {
            "a4_png": f"{base}-a4.png", "a4_pdf": f"{base}-a4.pdf", "a3_pdf": f"{base}-a3.pdf",
            "a4_bw_pdf": f"{base}-a4-bw.pdf", "a3_bw_pdf": f"{base}-a3-bw.pdf",
            **{fmt: f"{base}-{fmt}.png" for fmt in SOCIAL},
            "thumb_a4": f"{base}-a4-thumb.webp", **{f"thumb_{fmt}": f"{base}-{fmt}-thumb.webp" for fmt in SOCIAL},
        }
        if lang == "vi":
            legacy = poster_files(slogan)
            files.update(a4_png=legacy["a4_png"], a4_pdf=legacy["a4_pdf"], og=legacy["og"], thumb_a4=legacy["thumb"])
        out[lang] = files
    return out


@dataclass(frozen=True)
class Unit:
    """One set of files rendered together: the specs, and for each file (site path, spec name, kind)
    with kind png, pdf or thumb."""

    name: str                  # for messages and the progress bar
    specs: dict[str, PosterSpec]
    outputs: tuple[tuple[str, str, str], ...]

    def key(self, fingerprint: str) -> str:
        return hashlib.sha256(json.dumps(
            [fingerprint, {k: asdict(v) for k, v in sorted(self.specs.items())}, self.outputs],
            sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def _thumb(image: Image.Image, width: int) -> bytes:
    height = round(image.height * width / image.width)
    out = io.BytesIO()
    image.convert("RGB").resize((width, height), Image.Resampling.LANCZOS).save(out, "WEBP", quality=80, method=4)
    return out.getvalue()


def render_unit(unit: Unit, font_dir: str) -> dict[str, bytes]:
    """Worker: render each spec once and encode every file made from it; site path → bytes."""
    out: dict[str, bytes] = {}
    for name, spec in unit.specs.items():
        image = render(spec, Path(font_dir))
        for rel, source, kind in unit.outputs:
            if source != name:
                continue
            if kind == "thumb":
                out[rel] = _thumb(image, THUMB_WIDTH if spec.format in ("a4", "a3") else SCREEN_THUMB_WIDTH)
            else:
                out[rel] = encode(image, spec, f".{kind}")
    return out


def slogan_units(slogan: Slogan, campaign: Campaign, english: str | None, protected: tuple[str, ...],
                 en_name=None, url=None, layout: str = "classic") -> list[Unit]:
    """One unit per language of a slogan: every format, print files in colour and in black and white."""
    units = []
    files = gallery_files(slogan)
    for lang in LANGS:
        f = files[lang]
        common = dict(source_line=source_line(slogan, "en" if lang == "en" else "vi", en_name),
                      url=url(lang) if callable(url) else url,
                      layout=layout, protected=protected)
        try:
            specs = {fmt: variant_spec(slogan.text, english, lang, fmt, campaign, **common) for fmt in ("a4", "a3", *SOCIAL)}
        except PosterError as exc:  # no English yet: this language is reported, the others render
            units.append(Unit(f"{slogan.slug}/{lang}", {}, (("", "", str(exc)),)))
            continue
        specs["a4_bw"], specs["a3_bw"] = replace(specs["a4"], bw=True), replace(specs["a3"], bw=True)
        outputs = [(f["a4_png"], "a4", "png"), (f["a4_pdf"], "a4", "pdf"), (f["a3_pdf"], "a3", "pdf"),
                   (f["a4_bw_pdf"], "a4_bw", "pdf"), (f["a3_bw_pdf"], "a3_bw", "pdf"), (f["thumb_a4"], "a4", "thumb")]
        for fmt in SOCIAL:
            outputs += [(f[fmt], fmt, "png"), (f[f"thumb_{fmt}"], fmt, "thumb")]
        units.append(Unit(f"{slogan.slug}/{lang}", specs, tuple(outputs)))
    return units


def render_units(units: list[Unit], tree: GeneratedTree, font_dir: Path, desc: str = "progress_posters",
                 report=None) -> tuple[int, list[tuple[Unit, PosterError]]]:
    """Render the units whose inputs changed into `tree` (in parallel, with a progress bar on a
    terminal, labelled by the message key `desc`); keep the rest as they are. Returns (files
    written, failures)."""
    fingerprint = _renderer_fingerprint(font_dir)
    failures: list[tuple[Unit, PosterError]] = []
    todo: list[tuple[Unit, str]] = []
    for unit in units:
        if not unit.specs:  # refused before rendering (see slogan_units)
            failures.append((unit, PosterError(unit.outputs[0][2])))
            continue
        key = unit.key(fingerprint)
        rels = [rel for rel, _, _ in unit.outputs]
        if all(tree.key_of(rel) == key for rel in rels):
            for rel in rels:
                tree.record(rel, (tree.root / rel).read_bytes(), key)
        else:
            todo.append((unit, key))
    if not todo:
        return 0, failures
    results: dict[str, dict[str, bytes]] = {}
    workers = min(len(todo), os.cpu_count() or 1)
    tqdm.monitor_interval = 0  # no monitor thread: worker processes are forked while the bar runs
    with ProcessPoolExecutor(max_workers=workers) as pool, \
            tqdm(total=len(todo), desc=t(desc), unit=t("progress_unit"), file=sys.stderr, disable=None, leave=False) as bar:
        futures = {pool.submit(render_unit, unit, str(font_dir)): (unit, key) for unit, key in todo}
        for done, future in enumerate(as_completed(futures), start=1):
            unit, key = futures[future]
            try:
                results[unit.name] = future.result()
            except PosterError as exc:
                failures.append((unit, exc))
            bar.update()
            if report:
                report(done, len(todo))
    written = 0
    for unit, key in sorted(todo, key=lambda uk: uk[0].name):  # in a fixed order, whatever finished first
        for rel, data in sorted(results.get(unit.name, {}).items()):
            tree.write(rel, data, key)
            written += 1
    failures.sort(key=lambda uf: uf[0].name)
    return written, failures


def slogan_url(campaign: Campaign, slogan: Slogan, lang: str = "vi") -> str | None:
    """Where the QR code points: the slogan's entry on the slogans page, in English for English
    posters (bilingual ones lead to the Vietnamese page, the language of their hero)."""
    if not campaign.site_url:
        return None
    section = "en/slogans/" if lang == "en" else "khau-hieu/"
    return f"{campaign.site_url.rstrip('/')}/{section}#{slogan.slug}"


def agency_names_in(words, *texts: str | None) -> tuple[str, ...]:
    """The glossary's agency names (Vietnamese or English) that the texts hold: a poster never
    breaks a line inside them."""
    low = " ".join(text for text in texts if text).lower()
    bodies = [term for term in (words.terms if words else []) if term.kind == "body"]
    return tuple(sorted({n for term in bodies for n in (term.vi, term.en) if n and n.lower() in low}))


def render_posters(corpus: Corpus, campaign: Campaign, tree: GeneratedTree, font_dir: Path, report=None, *,
                   translate=None, words=None) -> tuple[int, list[tuple[Slogan, str, PosterError]]]:
    """Every slogan in every language and format. `translate` gives a slogan's English (or None);
    `words` is the glossary (agency names are never broken across lines; English document types).
    Returns (files written, failures as (slogan, language, error))."""
    units, owner = [], {}
    for slogan in corpus.slogans:
        english = translate(slogan.text) if translate else None
        protected = agency_names_in(words, slogan.text, english)
        for unit in slogan_units(slogan, campaign, english, protected, words.english if words else None,
                                 lambda lang, s=slogan: slogan_url(campaign, s, lang), campaign.poster_layout):
            units.append(unit)
            owner[unit.name] = slogan
    written, failures = render_units(units, tree, font_dir, "progress_posters", report)
    return written, [(owner[u.name], u.name.rsplit("/", 1)[1], exc) for u, exc in failures]


# --- Open Graph cards for every page ------------------------------------------------------------

def og_path(docs_path: str) -> str:
    """Where a page's card lives (under the shared posters folder): docs path .md → .png."""
    return f"posters/og/{docs_path[:-3]}.png"


def render_page_cards(titles: dict[str, tuple[str, str]], campaign: Campaign, tree: GeneratedTree,
                      font_dir: Path) -> tuple[int, list[tuple[str, PosterError]]]:
    """A 1200×630 card for each page (docs path → (title, language)), from the same engine: the
    page's title as the hero (the home page: the campaign's short name), the campaign's name,
    the hotline and the site's name."""
    units = []
    for docs_path, (title, lang) in sorted(titles.items()):
        home = docs_path in ("index.md", "en/index.md")  # "Trang chủ" says nothing in a link preview
        spec = PosterSpec(text=campaign.short_name[lang] if home else title, format="og", campaign_name=campaign.name[lang],
                          hotline_label=campaign.hotline_label[lang], source_line=None if home else campaign.short_name[lang],
                          colors=poster_colors(campaign), layout=campaign.poster_layout)
        units.append(Unit(docs_path, {"og": spec}, ((og_path(docs_path), "og", "png"),)))
    written, failures = render_units(units, tree, font_dir, "progress_cards")
    return written, [(u.name, exc) for u, exc in failures]
