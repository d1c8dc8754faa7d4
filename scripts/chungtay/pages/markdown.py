"""Markdown that holds text from a directive as text: nothing in it becomes markup or runs."""

from __future__ import annotations

import html
import json
import re
from typing import Any

# Python-Markdown's backslash escapes (ESCAPED_CHARS plus "|" from the tables extension).
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~])")

MARKER = "<!-- chungtay: generated page; edit the sources in content/, not this file -->"


def inert(text: str) -> str:
    """Escape `text` so Markdown shows it exactly as written: HTML, Markdown, Jinja alike."""
    escaped = html.escape(text, quote=False)  # & < > as entities
    return _SPECIAL.sub(r"\\\1", escaped).replace("\n", " ")


def attr(text: str) -> str:
    """Escape `text` for an HTML attribute value."""
    return html.escape(text, quote=True)


def front_matter(meta: dict[str, Any]) -> str:
    """A YAML front-matter block; JSON scalars are valid YAML and need no further quoting."""
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in meta.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n" + MARKER + "\n"


def in_language(text_md: str, lang: str, page_lang: str, *, block: bool = False) -> str:
    """Wrap Markdown in an element marked with its language when it differs from the page's."""
    if lang == page_lang:
        return text_md
    if block:
        return f'<div lang="{lang}" markdown="1">\n\n{text_md}\n\n</div>'
    return f'<span lang="{lang}">{text_md}</span>'
