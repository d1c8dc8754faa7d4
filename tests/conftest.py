"""Shared fixtures: the project, and a whole site built from a copy of it (once per session)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from chungtay.build import Project, build

ROOT = Path(__file__).resolve().parent.parent
DIRECTIVES = sorted((ROOT / "content" / "directives").glob("*.txt"))
# What a fresh clone holds (generated pages and site/ excluded).
PROJECT_PARTS = ("content", "overrides", "assets", "mkdocs.yml", "mkdocs.en.yml")
def _hand_written_docs() -> list[str]:
    """The pages in docs/ a person wrote: those the generator's manifest does not claim."""
    manifest = ROOT / "docs" / ".chungtay-generated.json"
    generated = set(json.loads(manifest.read_text("utf-8"))["files"]) if manifest.exists() else set()
    return sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").rglob("*.md")
                  if p.relative_to(ROOT / "docs").as_posix() not in generated)


HAND_WRITTEN_DOCS = _hand_written_docs()


def copy_project(dest: Path) -> Project:
    for part in PROJECT_PARTS:
        src = ROOT / part
        if src.is_dir():
            shutil.copytree(src, dest / part)
        else:
            shutil.copy2(src, dest / part)
    for rel in HAND_WRITTEN_DOCS:
        (dest / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / rel, dest / rel)
    return Project(dest)


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The five directives built into a complete bilingual site, from a fresh copy."""
    project = copy_project(tmp_path_factory.mktemp("project"))
    build(project)
    return project


def require_chromium() -> str:
    """Debian's Chromium; in CI a missing browser fails the run instead of skipping."""
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: `make test` installs Debian's chromium package")
        pytest.skip("Chromium is not installed (run `make test` to install it)")
    return path
