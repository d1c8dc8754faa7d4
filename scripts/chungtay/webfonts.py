"""Web fonts for the site, made from the vendored TTFs: only the Latin and Vietnamese letters,
as WOFF2, so pages stay light and need nothing from another server."""

from __future__ import annotations

import io
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

# Basic Latin, Latin-1, Latin Extended-A/B (Ă Đ Ĩ Ũ Ơ Ư), combining marks, Vietnamese
# precomposed letters (U+1EA0–1EF9), general punctuation, the đồng sign.
UNICODES = [
    *range(0x20, 0x7F), *range(0xA0, 0x250), *range(0x300, 0x370), *range(0x1EA0, 0x1F00),
    *range(0x2000, 0x2070), 0x20AB, 0x20AC, 0x2122, 0x2190, 0x2192, 0x2212,
]
WEIGHTS = {"Regular": 400, "SemiBold": 600, "Bold": 700}


def make_woff2(ttf: Path) -> bytes:
    font = TTFont(ttf, recalcTimestamp=False)
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=UNICODES)
    subsetter.subset(font)
    out = io.BytesIO()
    font.flavor = "woff2"
    font.save(out, reorderTables=True)
    return out.getvalue()


def font_face_css(prefix: str) -> str:
    """@font-face rules for the fonts written under `prefix` (relative to the stylesheet)."""
    rules = []
    for name, weight in WEIGHTS.items():
        rules.append(
            "@font-face {\n  font-family: \"Be Vietnam Pro\";\n"
            f"  src: url(\"{prefix}BeVietnamPro-{name}.woff2\") format(\"woff2\");\n"
            f"  font-weight: {weight};\n  font-style: normal;\n  font-display: swap;\n}}\n"
        )
    return "".join(rules)
