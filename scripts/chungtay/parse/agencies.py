"""Agency names, one name per body across documents.

Directives spell the same body many ways: "CÔNG AN TỈNH", "Công an tỉnh", "CA tỉnh"; "Sở
LĐ-TB&XH", "Sở Lao động, Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội"; "Uỷ ban"
and "Ủy ban". The glossary (content/glossary.yml) knows the bodies under one key that sets all
that aside; its Vietnamese name becomes the agency's name.
"""

from __future__ import annotations

from .. import glossary
from ..vntext import canon_tone


def canonical(as_printed: str) -> str:
    """The one name of the agency `as_printed` names: the glossary's, or the printed name with one
    tone placement and, when printed in capitals, in sentence case."""
    if known := glossary.load().vietnamese(as_printed):
        return known
    name = canon_tone(as_printed)
    if name.isupper():
        name = name[0] + name[1:].lower()
    return name
