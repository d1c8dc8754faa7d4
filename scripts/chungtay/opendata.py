"""Open data: every directive and slogan as JSON and CSV, and an Atom feed of directives per
language, written beside the pages (schema: README, "Open data").

Files are deterministic (sorted, no clock): the feed's times are the directives' own dates."""

from __future__ import annotations

import csv
import io
import json
from xml.etree import ElementTree as ET

from .artwork import poster_files
from .campaign import Campaign
from .catalogue import Corpus, Entry
from .pages.context import SECTIONS
from .pages.locale import Translator

SCHEMA_VERSION = 1
ATOM = "http://www.w3.org/2005/Atom"


def _url(campaign: Campaign, path: str) -> str:
    """Absolute when the site's address is known, else relative to the site's root."""
    return f"{campaign.site_url.rstrip('/')}/{path}" if campaign.site_url else path


def _pages(entry: Entry) -> dict[str, str]:
    return {lang: f"{SECTIONS[lang]['directives']}{entry.slug}/" for lang in ("vi", "en")}


def directive_records(corpus: Corpus, campaign: Campaign, english: Translator) -> list[dict]:
    out = []
    for entry in sorted(corpus.entries, key=lambda e: e.slug):
        record = entry.record.to_json("vi")
        record.pop("warnings")
        subject_en, lang = english(entry.record.subject) if entry.record.subject else ("", "vi")
        out.append({
            "slug": entry.slug,
            "url": {lang: _url(campaign, path) for lang, path in _pages(entry).items()},
            "subject_en": subject_en if lang == "en" else None,
            **record,
        })
    return out


def slogan_records(corpus: Corpus, campaign: Campaign, english: Translator) -> list[dict]:
    out = []
    for slogan in corpus.slogans:
        text_en, lang = english(slogan.text)
        out.append({
            "slug": slogan.slug,
            "text": slogan.text,
            "text_en": text_en if lang == "en" else None,
            "directives": [e.slug for e in slogan.sources],
            "posters": {k: _url(campaign, v) for k, v in poster_files(slogan).items()} if slogan.has_posters else {},
        })
    return out


def _csv(rows: list[dict], columns: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in columns})
    return "\ufeff" + buffer.getvalue()  # a BOM, so Excel opens the Vietnamese as UTF-8


def _joined(items: list) -> str:
    return " | ".join(str(i) for i in items)


def _directive_rows(records: list[dict]) -> list[dict]:
    return [{
        "slug": r["slug"], "doc_type": r["doc_type"], "number": r["number"], "symbol": r["symbol"],
        "issuer": _joined(r["issuer"]), "place": r["place"], "date": r["date"], "year": r["year"],
        "month": r["month"], "subject": r["subject"], "subject_en": r["subject_en"],
        "slogans": _joined(r["slogans"]), "periods": _joined(f"{p['start']}/{p['end']}" for p in r["periods"]),
        "deadlines": _joined(f"{d['date']}: {d['for']}" for d in r["deadlines"]),
        "agencies": _joined(dict.fromkeys(t["agency"] for t in r["tasks"])),
        "references": _joined(r["references"]), "hotlines": _joined(r["hotlines"]),
        "signer": r["signer_name"], "url_vi": r["url"]["vi"], "url_en": r["url"]["en"], "source": r["source"],
    } for r in records]


DIRECTIVE_COLUMNS = ["slug", "doc_type", "number", "symbol", "issuer", "place", "date", "year", "month", "subject",
                     "subject_en", "slogans", "periods", "deadlines", "agencies", "references", "hotlines", "signer",
                     "url_vi", "url_en", "source"]
SLOGAN_COLUMNS = ["slug", "text", "text_en", "directives", "a4_png", "a4_pdf", "og"]


def atom_feed(corpus: Corpus, campaign: Campaign, lang: str, translator: Translator) -> str:
    """Directives, newest first, as an Atom feed for the language's site."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": lang})
    entries = sorted(corpus.entries, key=lambda e: (e.record.date or f"{e.record.year or 0}", e.slug), reverse=True)

    def stamp(entry: Entry) -> str:
        r = entry.record
        day = r.date or (f"{r.year}-{r.month or 1:02d}-01" if r.year else "2000-01-01")
        return f"{day}T00:00:00+07:00"

    def link(path: str) -> str:
        """Absolute with a site_url; else relative to the feed, which sits in the language's home."""
        return _url(campaign, path) if campaign.site_url else path.removeprefix(SECTIONS[lang]["home"]) or "./"

    ET.SubElement(feed, f"{{{ATOM}}}title").text = campaign.name[lang]
    ET.SubElement(feed, f"{{{ATOM}}}id").text = link(SECTIONS[lang]["home"]) if campaign.site_url else f"urn:chungtay:feed:{lang}"
    ET.SubElement(feed, f"{{{ATOM}}}link", {"href": link(SECTIONS[lang]["home"]), "rel": "alternate"})
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = stamp(entries[0]) if entries else "2000-01-01T00:00:00+07:00"
    ET.SubElement(ET.SubElement(feed, f"{{{ATOM}}}author"), f"{{{ATOM}}}name").text = campaign.short_name[lang]
    for entry in entries:
        r = entry.record
        item = ET.SubElement(feed, f"{{{ATOM}}}entry")
        url = link(_pages(entry)[lang])
        title = f"{r.doc_type or ''} {r.number_as_printed or ''}".strip() if lang == "vi" else None
        subject = translator(r.subject)[0] if r.subject else ""
        ET.SubElement(item, f"{{{ATOM}}}title").text = f"{title or entry.slug}: {subject}" if lang == "vi" else subject or entry.slug
        ET.SubElement(item, f"{{{ATOM}}}id").text = url if campaign.site_url else f"urn:chungtay:{entry.slug}"
        ET.SubElement(item, f"{{{ATOM}}}link", {"href": url, "rel": "alternate"})
        ET.SubElement(item, f"{{{ATOM}}}updated").text = stamp(entry)
        ET.SubElement(item, f"{{{ATOM}}}summary").text = subject
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def compose_data(corpus: Corpus, campaign: Campaign, english: Translator) -> dict[str, str]:
    """Every open-data file, by docs/ path."""
    directives = directive_records(corpus, campaign, english)
    slogans = slogan_records(corpus, campaign, english)
    wrap = lambda items: json.dumps({"schema": SCHEMA_VERSION, "items": items}, ensure_ascii=False, indent=1) + "\n"  # noqa: E731
    slogan_rows = [{**s, "directives": _joined(s["directives"]), **{k: s["posters"].get(k, "") for k in ("a4_png", "a4_pdf", "og")}}
                   for s in slogans]
    vi = Translator("vi")
    return {
        "data/van-ban.json": wrap(directives),
        "data/van-ban.csv": _csv(_directive_rows(directives), DIRECTIVE_COLUMNS),
        "data/khau-hieu.json": wrap(slogans),
        "data/khau-hieu.csv": _csv(slogan_rows, SLOGAN_COLUMNS),
        "feed.xml": atom_feed(corpus, campaign, "vi", vi),
        "en/feed.xml": atom_feed(corpus, campaign, "en", english),
    }
