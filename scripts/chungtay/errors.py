"""One family of errors. Each names the file and line it concerns, so the CLI can print one
readable line instead of a traceback."""

from __future__ import annotations

from pathlib import Path


class ChungtayError(Exception):
    """A problem a user can fix: bad input, a bad setting, a render that cannot fit."""

    def __init__(self, message: str, *, path: str | Path | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if where and self.line:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class InputError(ChungtayError):
    """A source file (directive, slogan list, settings) that cannot be read as expected."""


class PosterError(ChungtayError):
    """A poster that cannot be rendered as asked (text too long, a letter the font lacks…)."""


class BuildError(ChungtayError):
    """The site build failed (MkDocs reported an error or a warning in strict mode)."""
