"""Read a source file and repair its text before parsing.

Everything downstream sees NFC text with one kind of space, one kind of dash in symbols and no
invisible characters, so patterns can be written once (see research/vn-text-pitfalls.md §1).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from .errors import InputError
from .messages import t

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\u00ad\ufeff]")
_SPACES = re.compile("[\u00a0\u2007\u202f\u2002\u2003\u2009\t]")
# A dash between two letters or digits of a document symbol (QĐ–UBND), not a spaced dash in prose.
_SYMBOL_DASH = re.compile(r"(?<=[0-9A-ZĐ])[\u2010-\u2014\u2212](?=[0-9A-ZĐ])")


def repair(text: str) -> str:
    """Return NFC text with invisible characters removed and look-alikes unified."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00d0", "\u0110")  # Ð (eth) typed for Đ
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return _SYMBOL_DASH.sub("-", text)


def decode(data: bytes, path: Path | str) -> str:
    """Decode UTF-8 strictly; name the line of the first undecodable byte otherwise."""
    if b"\x00" in data[:4096]:
        raise InputError(t("binary_file"), path=path, line=1)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(t("not_utf8", byte=f"0x{data[exc.start]:02X}"), path=path, line=line) from None


def read_text(path: Path) -> str:
    """Read a source file as repaired text; an empty or blank file is an error."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(t("cannot_read", reason=exc.strerror or str(exc)), path=path) from None
    text = repair(decode(data, path))
    if not text.strip():
        raise InputError(t("empty_file"), path=path, line=1)
    return text
