"""Agency names, one name per body across documents.

Directives spell the same body many ways: "CÔNG AN TỈNH", "Công an tỉnh", "CA tỉnh"; "Sở
LĐ-TB&XH", "Sở Lao động, Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"; "Uỷ ban"
and "Ủy ban". A name is reduced to a key (no case, diacritics or punctuation; common
abbreviations spelled out) and looked up among the bodies of the glossary
(content/glossary.yml), whose Vietnamese name becomes the agency's name.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from ..vntext import canon_tone, fold

GLOSSARY = Path(__file__).resolve().parents[3] / "content" / "glossary.yml"

# Abbreviations in agency names, folded, with what they stand for (folded).
_ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "ca": "cong an",
    "bcd": "ban chi dao",
    "bch": "bo chi huy",
    "mttq": "mat tran to quoc",
    "mttqvn": "mat tran to quoc viet nam",
    "lhpn": "lien hiep phu nu",
    "ld tb xh": "lao dong thuong binh va xa hoi",
    "ldtbxh": "lao dong thuong binh va xa hoi",
    "tt tt": "thong tin va truyen thong",
    "tttt": "thong tin va truyen thong",
    "gd dt": "giao duc va dao tao",
    "gddt": "giao duc va dao tao",
    "vh tt dl": "van hoa the thao va du lich",
    "vhttdl": "van hoa the thao va du lich",
    "bdbp": "bo doi bien phong",
    "pt th": "phat thanh va truyen hinh",
    "ptth": "phat thanh va truyen hinh",
    "tncs": "thanh nien cong san",
    "tncs hcm": "thanh nien cong san ho chi minh",
    "ccb": "cuu chien binh",
    "vksnd": "vien kiem sat nhan dan",
    "tand": "toa an nhan dan",
    "ldld": "lien doan lao dong",
}
_ABBREVIATION = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _ABBREVIATIONS), key=len, reverse=True)) + r")\b")


def key(name: str) -> str:
    """The name with case, diacritics, punctuation, "và" and abbreviations set aside."""
    folded = _ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group(1)], fold(name))
    return re.sub(r"\b(va|cac)\b\s*", "", folded).strip()


@cache
def bodies(path: Path = GLOSSARY) -> dict[str, str]:
    """key → the glossary's Vietnamese name, for every body in the glossary (and its abbreviations)."""
    try:
        entries = yaml.load(path.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []
    except (OSError, yaml.YAMLError):
        return {}
    found: dict[str, str] = {}
    for entry in entries:
        if not isinstance(entry, dict) or entry.get("kind") != "body" or not entry.get("vi"):
            continue
        name = re.sub(r"\s*\(.*?\)\s*$", "", str(entry["vi"]))  # "Phòng … (huyện)": the note is not the name
        for spelling in [name, *str(entry.get("abbr") or "").split(" / ")]:
            if spelling.strip():
                found.setdefault(key(spelling), name)
    return found


@cache
def english_names(path: Path = GLOSSARY) -> dict[str, str]:
    """The glossary's Vietnamese body names → their English names."""
    try:
        entries = yaml.load(path.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or []
    except (OSError, yaml.YAMLError):
        return {}
    # Trailing brackets in the glossary explain a name ("Provincial Police (Department)"): not part of it.
    return {
        re.sub(r"\s*\(.*?\)\s*$", "", str(e["vi"])): re.sub(r"\s*\(.*?\)\s*$", "", str(e["en"]))
        for e in entries
        if isinstance(e, dict) and e.get("kind") == "body" and e.get("vi") and e.get("en")
    }


def canonical(as_printed: str, path: Path = GLOSSARY) -> str:
    """The one name of the agency `as_printed` names: the glossary's, or the printed name with one
    tone placement and, when printed in capitals, in sentence case."""
    known = bodies(path).get(key(as_printed))
    if known:
        return known
    name = canon_tone(as_printed)
    if name.isupper():
        name = name[0] + name[1:].lower()
    return name
