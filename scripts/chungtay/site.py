"""Builds the static site with MkDocs + Material, Vietnamese at the root and English under /en/,
in strict mode, into a fresh folder that replaces site/ only when both languages built."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from .campaign import Campaign
from .errors import BuildError
from .messages import t
from .search_index import write_search_index

# (config file, folder inside the site) — one MkDocs build per language, each with its own
# theme language, search index and html lang.
LANGUAGE_BUILDS = (("mkdocs.yml", ""), ("mkdocs.en.yml", "en"))


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def copy_sources(docs: Path, site: Path, excluded) -> None:
    """Put each page's Markdown beside its HTML (page/index.md), for whoever republishes it."""
    for source in sorted(docs.rglob("*.md")):
        rel = source.relative_to(docs).as_posix()
        if excluded and excluded.match_file(rel) or rel == "README.md":
            continue
        folder = rel.removesuffix("index.md") if rel.endswith("index.md") else rel.removesuffix(".md") + "/"
        target = site / folder / "index.md"
        if target.parent.is_dir():  # only pages MkDocs built
            shutil.copyfile(source, target)


def build_site(project: Path, site_dir: Path, campaign: Campaign) -> None:
    """Build every language into a temporary folder, then swap it in as `site_dir`."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    staging = site_dir.with_name(f".{site_dir.name}.building")
    shutil.rmtree(staging, ignore_errors=True)
    collector = _Collect()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        for config_name, folder in LANGUAGE_BUILDS:
            target = staging / folder if folder else staging
            config = load_config(str(project / config_name), site_dir=str(target), strict=True)
            lang = config.theme["language"]
            # The hotline comes from content/campaign.yml, the one place an office edits it.
            config.extra["hotline"] = {
                "number": campaign.hotline_number,
                "label": campaign.hotline_label.get(lang, campaign.hotline_label["vi"]),
            }
            if campaign.site_url:
                # Absolute URLs (canonical, sitemap, hreflang) when the office says where the site lives.
                root = campaign.site_url.rstrip("/") + "/"
                config["site_url"] = root + (f"{folder}/" if folder else "")
                config.extra["site_root_url"] = root
            build(config)
            write_search_index(target)
            copy_sources(Path(config["docs_dir"]), target, config["exclude_docs"])
    except (MkDocsException, OSError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        reason = "; ".join(collector.messages) or str(exc)
        raise BuildError(t("build_failed", reason=reason), path=project / config_name) from None
    finally:
        logger.removeHandler(collector)
    old = site_dir.with_name(f".{site_dir.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if site_dir.exists():
        site_dir.rename(old)
    staging.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)
