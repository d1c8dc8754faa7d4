"""Reading a gettext catalog, with errors a translator can act on."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from ..errors import InputError
from ..messages import t


def read_catalog(path: Path, locale: str = "en") -> Catalog:
    """The catalog at `path`; a malformed one stops with its file and line (and is left as it is)."""
    try:
        with path.open("rb") as handle:
            return read_po(handle, locale=locale, abort_invalid=True)
    except Exception as exc:  # Babel raises PoFileError, and ValueError on bad headers
        # Babel counts lines from 0; editors and this message count from 1.
        lineno = getattr(exc, "lineno", None)
        reason = re.sub(r" on \d+$", "", str(exc))
        raise InputError(t("bad_catalog", reason=reason), path=path, line=lineno + 1 if lineno is not None else None) from None
