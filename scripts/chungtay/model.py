"""The records passed between stages: plain, typed, JSON-ready."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from .messages import t

BlockKind = Literal["heading", "paragraph", "item"]


@dataclass(frozen=True)
class Block:
    """One unit of the body: a heading (level 1–3), a paragraph, or a list item."""

    kind: BlockKind
    text: str
    line: int
    level: int = 0
    marker: str = ""  # "I.", "1.", "a)", "-" as printed; empty for plain paragraphs


@dataclass(frozen=True)
class Warning_:
    """Something the parser could not recognise, and where."""

    code: str
    line: int | None = None
    params: dict[str, Any] = field(default_factory=dict)
    lines: tuple[int, ...] = ()  # every line it covers, when more than `line`

    def message(self, lang: str | None = None) -> str:
        return t(self.code, lang, **self.params)


@dataclass(frozen=True)
class Period:
    start: str
    end: str


@dataclass(frozen=True)
class Deadline:
    """A date something must be done by, and what (the clause the date ends)."""

    date: str
    for_: str
    line: int


@dataclass(frozen=True)
class Task:
    """What one agency is asked to do. `agency` names the body the same way in every document;
    `as_printed` is how this one wrote it."""

    agency: str
    as_printed: str
    text: str
    line: int


@dataclass(frozen=True)
class Citation:
    """A document the text cites. `directive` is the slug of that document's page when it is
    among the project's directives (filled in by the catalogue)."""

    number: str
    type: str | None = None
    date: str | None = None
    issuer: str | None = None
    directive: str | None = None


@dataclass
class Directive:
    """What a parsed directive (or news article) holds. Keys follow the parse contract."""

    source: str
    doc_type: str | None = None
    number: str | None = None
    serial: str | None = None  # the number alone ("164"); `number` is number and symbol
    symbol: str | None = None
    issuer: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    year: int | None = None
    month: int | None = None
    published: str | None = None  # news articles: ISO 8601 publication time
    subject: str | None = None
    recipients: list[str] = field(default_factory=list)
    marks: list[str] = field(default_factory=list)  # secrecy, urgency, circulation: "HỎA TỐC", "MẬT" (box 10)
    slogans: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    hotlines: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    signer_authority: str | None = None  # "KT.", "TM.", "Q.", "TL.", "TUQ."
    signer_title: list[str] = field(default_factory=list)
    signer_name: str | None = None
    signer_rank: str | None = None  # "Đại tá": a rank printed before the name
    cc: list[str] = field(default_factory=list)
    drafter: str | None = None  # drafter's initials after "Lưu: VT, …" (box 12), e.g. "o4"
    encoding: str | None = None  # "tcvn3" or "vni" when converted from a legacy encoding
    body: list[Block] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)

    @property
    def number_as_printed(self) -> str | None:
        """The number and symbol; with the number left blank, the blank shows ("…/STTTT-TTBCXB")."""
        return self.number or (f"…/{self.symbol}" if self.symbol else None)

    def warn(self, code: str, line: int | None = None, lines: tuple[int, ...] = (), **params: Any) -> None:
        self.warnings.append(Warning_(code, line, params, tuple(lines)))

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        """The record as the `parse --json` contract prints it."""
        data = asdict(self)
        data["warnings"] = [
            {"line": w.line, "code": w.code, "message": w.message(lang)} | ({"lines": list(w.lines)} if w.lines else {})
            for w in self.warnings
        ]
        data["deadlines"] = [{"date": d.date, "for": d.for_, "line": d.line} for d in self.deadlines]
        data["body"] = [
            {k: v for k, v in asdict(b).items() if v not in ("", 0) or k in ("kind", "text", "line")}
            for b in self.body
        ]
        return data
