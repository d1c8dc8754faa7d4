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

    def message(self, lang: str | None = None) -> str:
        return t(self.code, lang, **self.params)


@dataclass(frozen=True)
class Period:
    start: str
    end: str


@dataclass
class Directive:
    """What a parsed directive (or news article) holds. Keys follow the parse contract."""

    source: str
    doc_type: str | None = None
    number: str | None = None
    symbol: str | None = None
    issuer: list[str] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    year: int | None = None
    month: int | None = None
    subject: str | None = None
    recipients: list[str] = field(default_factory=list)
    slogans: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    hotlines: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    periods: list[Period] = field(default_factory=list)
    signer_title: list[str] = field(default_factory=list)
    signer_name: str | None = None
    cc: list[str] = field(default_factory=list)
    drafter: str | None = None  # drafter's initials after "Lưu: VT, …" (box 12), e.g. "o4"
    body: list[Block] = field(default_factory=list)
    warnings: list[Warning_] = field(default_factory=list)

    def warn(self, code: str, line: int | None = None, **params: Any) -> None:
        self.warnings.append(Warning_(code, line, params))

    def to_json(self, lang: str | None = None) -> dict[str, Any]:
        """The record as the `parse --json` contract prints it."""
        data = asdict(self)
        data["warnings"] = [
            {"line": w.line, "code": w.code, "message": w.message(lang)} for w in self.warnings
        ]
        data["body"] = [
            {k: v for k, v in asdict(b).items() if v not in ("", 0) or k in ("kind", "text", "line")}
            for b in self.body
        ]
        return data
