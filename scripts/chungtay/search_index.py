"""The index chungtay's search reads (overrides/assets/javascripts/chungtay-search.js).

MkDocs' search plugin already cuts every page into sections; this turns its JSON into a script
(`search/chungtay-index.js`) with plain NFC text, so the browser can load it with a <script>
tag — which works from a USB stick (file://), where fetching a JSON file does not."""

from __future__ import annotations

import html
import json
import re
import unicodedata
from pathlib import Path

_TAG = re.compile(r"<[^>]+>")


def _plain(markup: str) -> str:
    text = html.unescape(_TAG.sub(" ", markup))
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", text).strip())


def write_search_index(site: Path) -> Path:
    """Write search/chungtay-index.js beside MkDocs' search_index.json in the built `site`."""
    source = site / "search" / "search_index.json"
    docs = json.loads(source.read_text("utf-8"))["docs"]
    pages = {d["location"]: _plain(d.get("title", "")) for d in docs if "#" not in d["location"]}
    entries = []
    for d in docs:
        if not (d.get("title") or d.get("text")):
            continue
        entry = {"l": d["location"], "t": _plain(d.get("title", "")), "x": _plain(d.get("text", ""))}
        page = pages.get(d["location"].split("#", 1)[0], "")
        if page and page != entry["t"]:
            entry["p"] = page  # a section: the page it belongs to, shown above it
        entries.append(entry)
    target = site / "search" / "chungtay-index.js"
    payload = json.dumps(entries, ensure_ascii=False, separators=(",", ":"))
    target.write_text(f"window.chungtaySearchIndex={payload};\n", "utf-8")
    return target
