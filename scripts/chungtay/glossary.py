"""The Vietnamese–English glossary (content/glossary.yml): official names of bodies, titles,
laws and document types, so that structured parts of a directive translate themselves.

Names are matched by a key that sets aside case, diacritics, tone placement, punctuation and
common abbreviations ("UBND TỈNH" = "Ủy ban nhân dân tỉnh"). A body named with its place
("UBND TỈNH KIÊN GIANG") is the glossary's body with the place in front ("Kiên Giang Provincial
People's Committee"). Two entries that give one name two different English names are an error,
reported by name and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from .errors import InputError
from .messages import t
from .vntext import fold, upper_first

GLOSSARY = Path(__file__).resolve().parents[2] / "content" / "glossary.yml"

# Abbreviations in names, folded, with what they stand for (folded).
ABBREVIATIONS = {
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
_ABBREVIATION = re.compile(r"\b(" + "|".join(sorted(map(re.escape, ABBREVIATIONS), key=len, reverse=True)) + r")\b")
_NOTE = re.compile(r"\s*\([^()]*\)\s*$")  # a trailing explanation: "Công an tỉnh (PC02)"
# An authority prefix opening a line of a signature block ("KT. GIÁM ĐỐC").
AUTHORITY = re.compile(r"^(?:KT|TM|Q|TL|TUQ)\.\s*")
# Levels of government a place name follows ("Ủy ban nhân dân tỉnh" + "Kiên Giang").
_LEVELS = ("tinh", "huyen", "thanh pho", "thi xa", "xa", "quan")


def key(name: str) -> str:
    """The name with case, diacritics, punctuation, "và"/"các" and abbreviations set aside."""
    folded = _ABBREVIATION.sub(lambda m: ABBREVIATIONS[m.group(1)], fold(name))
    return re.sub(r"\b(va|cac)\b\s*", "", folded).strip()


def _plain(text: str) -> str:
    """A glossary name as it is shown: without a trailing explanation, the first of alternatives."""
    return _NOTE.sub("", text.split(" / ")[0]).strip()


@dataclass(frozen=True)
class Term:
    vi: str
    en: str
    kind: str
    line: int


@dataclass
class Glossary:
    terms: list[Term] = field(default_factory=list)
    by_key: dict[str, Term] = field(default_factory=dict)

    def add(self, spelling: str, term: Term, path: Path) -> None:
        k = key(spelling)
        if not k:
            return
        known = self.by_key.get(k)
        if known is None:
            self.by_key[k] = term
        elif known.en != term.en and known.kind == term.kind:
            raise InputError(
                t("glossary_disagrees", first=known.vi, first_en=known.en, first_line=known.line,
                  second=term.vi, second_en=term.en),
                path=path, line=term.line,
            )

    def find(self, name: str, kinds: tuple[str, ...] = ("body", "title", "doctype", "law")) -> Term | None:
        term = self.by_key.get(key(name))
        return term if term and term.kind in kinds else None

    def vietnamese(self, name: str) -> str | None:
        """The glossary's own spelling of a body's name ("Sở LĐ-TB&XH" → "Sở Lao động - …")."""
        term = self.find(name, ("body",))
        return term.vi if term else None

    def english(self, name: str) -> str | None:
        """The English of a body, title or document type, placed ones included; None if unknown."""
        if term := self.find(name):
            return term.en
        if (prefix := AUTHORITY.match(name)) and name[prefix.end() :]:
            # "KT. GIÁM ĐỐC" (a signature line): the prefix, then the title it qualifies.
            before, after = self.english(prefix.group(0).strip()), self.english(name[prefix.end() :])
            return f"{before} {after}" if before and after else None
        if (note := _NOTE_AFTER.search(name)) and (said := NOTES.get(fold(note.group(1)))):
            # "UBND tỉnh (b/c)": the body, then what the copy is for.
            body = self.english(name[: note.start()])
            return f"{body} ({said})" if body else None
        words = key(name).split()
        # "ủy ban nhân dân tỉnh kiên giang": the longest known body ending in a level, then a place.
        for cut in range(len(words) - 1, 0, -1):
            head = " ".join(words[:cut])
            term = self.by_key.get(head)
            if term and term.kind == "body" and head.endswith(_LEVELS) and cut >= len(words) - 4:
                place = name.split()[cut - len(words):]
                # A place is a proper name ("Kiên Giang"), not more levels ("các huyện, thị xã").
                if all(w[:1].isupper() and "," not in w for w in place):
                    return f"{_place(name, len(words) - cut)} {term.en}"
                return None
        return None


# What a copy on a distribution list is for: "(b/c)", "(để p/h)".
_NOTE_AFTER = re.compile(r"\s*\((?:để\s+)?([^()]{1,12})\)\s*$")
NOTES = {"b c": "for reporting", "p h": "for coordination", "t h": "for implementation", "biet": "for information"}


def _place(name: str, count: int) -> str:
    """The last `count` words of `name`, a place, in title case ("KIÊN GIANG" → "Kiên Giang")."""
    words = name.split()[-count:]
    return " ".join(w[:1].upper() + w[1:].lower() if w.isupper() else w for w in words)


@cache
def load(path: Path = GLOSSARY) -> Glossary:
    """The glossary at `path`; an empty one when there is none. Malformed YAML, an entry without
    its Vietnamese or English, or two entries that disagree stop with the file and line."""
    glossary = Glossary()
    if not path.exists():
        return glossary
    try:
        document = yaml.compose(path.read_text("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise InputError(t("bad_yaml", reason=getattr(exc, "problem", exc)), path=path,
                         line=mark.line + 1 if mark else None) from None
    if document is None:
        return glossary
    for node in getattr(document, "value", []):
        entry = {k.value: v.value for k, v in getattr(node, "value", []) if hasattr(v, "value") and isinstance(v.value, str)}
        line = node.start_mark.line + 1
        if not entry.get("vi") or not entry.get("en"):
            raise InputError(t("glossary_entry", field="vi" if not entry.get("vi") else "en"), path=path, line=line)
        kind = entry.get("kind", "term")
        vi = _NOTE.sub("", entry["vi"])
        if kind == "doctype":
            vi = upper_first(vi)
        term = Term(vi, _plain(entry["en"]), kind, line)
        glossary.terms.append(term)
        # A document type's abbreviation is a symbol code (KH, QĐ, ĐA), not a name: not indexed.
        abbreviations = [] if kind == "doctype" else str(entry.get("abbr") or "").split(" / ")
        for spelling in re.split(r"\s+/\s+", vi) + abbreviations:
            glossary.add(spelling, term, path)
    return glossary
