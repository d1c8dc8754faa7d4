"""Keys for comparing Vietnamese text the way people read it (research/vn-text-pitfalls.md §3–4):
the same word with the tone on either vowel, in either case, with or without diacritics."""

from __future__ import annotations

import re
import unicodedata

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
# An open oa/oe/uy syllable (no letter after the toned vowel), not after q ("quý" stays).
_OPEN_SYLLABLE = re.compile(r"(?i)(?<![q])(o|u)([àáảãạèéẻẽẹỳýỷỹỵ])(?![^\W\d_])")


def _tone_on_first(match: re.Match[str]) -> str:
    first, toned = match.group(1), unicodedata.normalize("NFD", match.group(2))
    base, tone = toned[0], "".join(ch for ch in toned if ch in _TONES)
    if (first + base).lower() not in ("oa", "oe", "uy"):
        return match.group(0)
    return unicodedata.normalize("NFC", first + tone) + base


def canon_tone(text: str) -> str:
    """One tone placement for open oa/oe/uy syllables: hoà → hòa, Uỷ → Ủy, khoẻ → khỏe."""
    return _OPEN_SYLLABLE.sub(_tone_on_first, unicodedata.normalize("NFC", text))


def fold(text: str) -> str:
    """Case-, diacritic- and punctuation-insensitive key ("Chung tay…" == "chung tay …")."""
    decomposed = unicodedata.normalize("NFD", text).replace("đ", "d").replace("Đ", "D")
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"[^0-9a-z]+", " ", bare.casefold()).strip()


def upper_first(text: str) -> str:
    """`text` with its first letter in capitals, the rest as it is ("triển khai …" → "Triển khai …")."""
    return text[:1].upper() + text[1:]
