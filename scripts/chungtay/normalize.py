"""Read a source file and repair its text before parsing.

Everything downstream sees NFC text with one kind of space, one kind of dash in symbols and no
invisible characters, so patterns can be written once (see research/vn-text-pitfalls.md §1).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from . import legacy
from .errors import InputError
from .messages import os_reason, t

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\u00ad\ufeff]")
_SPACES = re.compile("[\u00a0\u2007\u202f\u2002\u2003\u2009]")
# A dash between two letters or digits of a document symbol (QĐ–UBND), not a spaced dash in prose.
_SYMBOL_DASH = re.compile(r"(?<=[0-9A-ZĐ])[\u2010-\u2014\u2212](?=[0-9A-ZĐ])")


def repair(text: str) -> str:
    """Return NFC text with invisible characters removed and look-alikes unified."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00d0", "\u0110")  # Ð (eth) typed for Đ
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = text.replace("\t", "   ")  # a tab stays a wide gap: it often parts two columns
    return _SYMBOL_DASH.sub("-", text)


def prepare(text: str) -> legacy.Legacy:
    """Any text as parsing wants it: converted from a legacy encoding if it is in one, repaired."""
    converted = legacy.to_unicode(text)
    return legacy.Legacy(repair(converted.text), converted.encoding)


def decode(data: bytes, path: Path | str) -> str:
    """Decode UTF-8 strictly (or UTF-16 with its byte-order mark). Bytes that are not UTF-8 are
    accepted only when they are a legacy Vietnamese encoding that legacy.py converts (TCVN3, VNI);
    otherwise the error names the line of the first undecodable byte and the encoding the bytes
    look like."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Notepad's "Unicode" is UTF-16 with a byte-order mark: text, not a binary file.
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        raise InputError(t("binary_file"), path=path, line=1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # Legacy bytes read as Windows-1252 (as Word saved them) give the look-alike letters the
        # legacy tables key on; Latin-1 maps the few bytes Windows-1252 leaves undefined.
        try:
            as_8bit = data.decode("cp1252")
        except UnicodeDecodeError:
            as_8bit = data.decode("latin-1")
        if legacy.detect(as_8bit):
            return as_8bit
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            t("not_utf8", byte=f"0x{data[exc.start]:02X}", guess=_guess_encoding(data)), path=path, line=line
        ) from None


def _guess_encoding(data: bytes) -> str:
    """The 8-bit encoding undecodable bytes most likely are, for the error message."""
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return "?"
    # Windows-1258 writes tones as combining marks after the vowel.
    if re.search("[aeiouyâêôơưăAEIOUY][\u0300\u0301\u0303\u0309\u0323]", text):
        return "Windows-1258 (CP1258)"
    return "Windows-1252 / Latin-1"


def read_text(path: Path) -> str:
    """Read a source file as text, not yet repaired (parse() converts legacy encodings first,
    then repairs); an empty or blank file is an error."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(t("cannot_read", reason=os_reason(exc)), path=path) from None
    text = decode(data, path)
    if not text.strip():
        raise InputError(t("empty_file"), path=path, line=1)
    return text
