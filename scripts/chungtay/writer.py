"""Writes generated files into docs/ without ever touching what a person wrote.

A manifest (docs/.chungtay-generated.json, hidden from MkDocs) records the hash of every file the
generator wrote. A file is replaced or removed only while it still has that hash: a hand-written
page, or a generated page someone edited, is reported and kept.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from .errors import InputError
from .messages import t

MANIFEST = ".chungtay-generated.json"


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class GeneratedTree:
    def __init__(self, root: Path):
        self.root = root
        self.manifest_path = root / MANIFEST
        try:
            self.previous: dict[str, dict[str, str]] = json.loads(self.manifest_path.read_text("utf-8"))["files"]
        except (OSError, ValueError, KeyError, TypeError):
            self.previous = {}
        self.current: dict[str, dict[str, str]] = {}
        self.changed = 0

    def _check_owned(self, rel: str) -> None:
        path = self.root / rel
        if not path.exists():
            return
        recorded = self.previous.get(rel, {}).get("sha256")
        if recorded is None or digest(path.read_bytes()) != recorded:
            raise InputError(t("hand_written"), path=path)

    def check(self, rels: list[str]) -> None:
        """Refuse before anything is written if one of `rels` belongs to a person."""
        for rel in rels:
            self._check_owned(rel)

    def key_of(self, rel: str) -> str | None:
        """The input key a file was last made from, if it is still as the generator left it."""
        entry = self.previous.get(rel)
        path = self.root / rel
        if entry and path.exists() and digest(path.read_bytes()) == entry.get("sha256"):
            return entry.get("key")
        return None

    def write(self, rel: str, data: bytes | str, key: str = "") -> None:
        """Write `data` at `rel` unless it is already there, byte for byte."""
        payload = data.encode("utf-8") if isinstance(data, str) else data
        path = self.root / rel
        self._check_owned(rel)
        if not (path.exists() and path.read_bytes() == payload):
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.tmp")
            tmp.write_bytes(payload)
            os.replace(tmp, path)
            self.changed += 1
        self.record(rel, payload, key)

    def record(self, rel: str, payload: bytes, key: str = "") -> None:
        """Note a file the generator owns (written here or by a renderer)."""
        self.current[rel] = {"sha256": digest(payload), "key": key}

    def finish(self) -> list[str]:
        """Remove generated files no longer produced, save the manifest; return what was removed."""
        removed = []
        for rel in sorted(set(self.previous) - set(self.current)):
            path = self.root / rel
            if path.exists() and digest(path.read_bytes()) == self.previous[rel].get("sha256"):
                path.unlink()
                removed.append(rel)
                parent = path.parent
                while parent != self.root and parent.exists() and not any(parent.iterdir()):
                    parent.rmdir()
                    parent = parent.parent
        data = {"generator": "chungtay", "files": dict(sorted(self.current.items()))}
        text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"
        # Rewritten only when it changed, so `chungtay serve` does not rebuild on its own output.
        if not self.manifest_path.exists() or self.manifest_path.read_text("utf-8") != text:
            self.manifest_path.parent.mkdir(parents=True, exist_ok=True)
            self.manifest_path.write_text(text, "utf-8")
        return removed
