"""Text typed in the pre-Unicode Vietnamese encodings TCVN3 (ABC, .VnTime fonts) and VNI
(VNI-Times fonts), found and converted to Unicode (research/vn-text-pitfalls.md §2).

Such text reaches us in two ways: as a file of legacy bytes (not valid UTF-8; read as Latin-1
they become the look-alike letters the tables key on), or as UTF-8 text of those look-alikes,
copied out of a document shown in a legacy font ("Céng hßa x· héi"). Either way the letters are
Latin-1 characters, and viparse's tables and content detector take it from there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from viparse.normalize.detector import detect_encoding_by_content
from viparse.normalize.tables import convert
from viparse.normalize.tcvn3 import TCVN3
from viparse.normalize.vni import VNI

CHARMAPS = {TCVN3.name: TCVN3, VNI.name: VNI}
NAMES = {TCVN3.name: "TCVN3 (ABC, .VnTime)", VNI.name: "VNI (VNI-Times)"}

# Characters of the legacy tables that Unicode Vietnamese never uses: a cheap gate, so that
# ordinary text is not run through the (slower) detector at all.
_VIETNAMESE = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_TELLTALE = frozenset(
    ch for charmap in CHARMAPS.values() for legacy, _ in charmap.pairs for ch in legacy
    if ord(ch) > 127 and ch not in _VIETNAMESE
)
_SAMPLE_CHARS = 20_000


@dataclass(frozen=True)
class Legacy:
    """The text in Unicode, and the encoding it was converted from (None: it was Unicode)."""

    text: str
    encoding: str | None


def telltale_count(text: str) -> int:
    return sum(1 for ch in text if ch in _TELLTALE)


def detect(text: str) -> str | None:
    """'tcvn3', 'vni' or None. Only lines holding legacy look-alikes are scored, so a
    Unicode document with one pasted legacy paragraph is still found."""
    if telltale_count(text[: _SAMPLE_CHARS * 5]) < 3:
        return None
    sample, size = [], 0
    for line in text.splitlines():
        if any(ch in _TELLTALE for ch in line):
            sample.append(line)
            size += len(line)
            if size > _SAMPLE_CHARS:
                break
    return detect_encoding_by_content("\n".join(sample), CHARMAPS).encoding


_ASCII_LETTERS = re.compile(r"[A-Za-z]")
# Letters only Unicode Vietnamese has (ă đ ĩ ũ ơ ư and the precomposed toned vowels).
_UNICODE_VIETNAMESE = re.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]")


def _restore_capitals(line: str) -> str:
    """TCVN3 has no accented capitals: a heading typed in capitals comes out as "BAN CHỉ ĐạO".
    Judge by the words that mix plain and accented letters: a line was set in capitals when none
    of their plain letters is small and one of them shows a capital past its first letter ("CHỉ",
    not just "Số", which is ordinary title case)."""
    mixed = [w for w in line.split() if _ASCII_LETTERS.search(w) and any(c.isalpha() and ord(c) > 127 for c in w)]
    plain = [_ASCII_LETTERS.findall(w) for w in mixed]
    if any(c.islower() for letters in plain for c in letters):
        return line
    if any(len(letters) >= 2 or (letters and not w.lstrip("“\"(").startswith(letters[0])) for w, letters in zip(mixed, plain)):
        return line.upper()
    return line


def to_unicode(text: str) -> Legacy:
    """Convert `text` when it is in a legacy encoding; return it unchanged otherwise."""
    encoding = detect(text)
    if encoding is None:
        return Legacy(text, None)
    charmap = CHARMAPS[encoding]
    lines = []
    for line in text.split("\n"):
        # Documents mix runs: a line holding real Vietnamese letters (beyond Latin-1) is Unicode.
        if _UNICODE_VIETNAMESE.search(line):
            lines.append(line)
            continue
        converted = convert(line, charmap)
        lines.append(_restore_capitals(converted) if encoding == TCVN3.name else converted)
    return Legacy("\n".join(lines), encoding)
