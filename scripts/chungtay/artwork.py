"""The build's poster stage: every slogan as an A4 poster (PNG and PDF), a social card and a
thumbnail, rendered in parallel and skipped when nothing that shapes them has changed."""

from __future__ import annotations

import hashlib
import io
import json
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict
from pathlib import Path

from PIL import Image

from .campaign import Campaign
from .catalogue import Corpus, Slogan
from .errors import PosterError
from .pages.listings import poster_files
from .posters import Colors, PosterSpec, encode, render
from .writer import GeneratedTree

THUMB_SIZE = (300, 424)  # A4 proportions


def _renderer_fingerprint(font_dir: Path) -> str:
    """Changes when the renderer's code or the fonts change, so cached posters are redone."""
    h = hashlib.sha256()
    for path in sorted(Path(__file__).with_name("posters").glob("*.py")) + sorted(font_dir.glob("*.ttf")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def poster_colors(campaign: Campaign) -> Colors:
    """The campaign's colours (content/campaign.yml) as the poster renderer takes them."""
    return Colors(**{k: v for k, v in campaign.colors.items() if k in Colors.__dataclass_fields__})


def _source_line(slogan: Slogan) -> str:
    first = slogan.sources[0].record
    ident = first.number or first.symbol or ""
    parts = [f"{first.doc_type or ''} {ident}".strip(), first.place or ""]
    return "Nguồn: " + ", ".join(p for p in parts if p)


def _specs(slogan: Slogan, campaign: Campaign) -> dict[str, PosterSpec]:
    common = dict(
        text=slogan.text,
        campaign_name=campaign.name["vi"],
        hotline_label=campaign.hotline_label["vi"],
        source_line=_source_line(slogan),
        url=f"{campaign.site_url.rstrip('/')}/khau-hieu/#{slogan.slug}" if campaign.site_url else None,
        colors=poster_colors(campaign),
    )
    return {"a4": PosterSpec(format="a4", **common), "og": PosterSpec(format="og", **common)}


def _render_set(job: tuple[dict[str, str], dict[str, PosterSpec], str]) -> dict[str, bytes]:
    """Worker: render one slogan's files; returns site path → bytes."""
    files, specs, font_dir = job
    out: dict[str, bytes] = {}

    a4 = render(specs["a4"], Path(font_dir))
    out[files["a4_png"]] = encode(a4, specs["a4"], ".png")
    out[files["a4_pdf"]] = encode(a4, specs["a4"], ".pdf")
    thumb = io.BytesIO()
    a4.convert("RGB").resize(THUMB_SIZE, Image.Resampling.LANCZOS).save(thumb, "WEBP", quality=82, method=6)
    out[files["thumb"]] = thumb.getvalue()
    out[files["og"]] = encode(render(specs["og"], Path(font_dir)), specs["og"], ".png")
    return out


def render_posters(corpus: Corpus, campaign: Campaign, tree: GeneratedTree, font_dir: Path,
                   report) -> tuple[int, list[tuple[Slogan, PosterError]]]:
    """Render what changed into `tree`; keep the rest. Returns (files rendered, failures)."""
    fingerprint = _renderer_fingerprint(font_dir)
    jobs, keys = [], {}
    for slogan in corpus.slogans:
        files, specs = poster_files(slogan), _specs(slogan, campaign)
        key = hashlib.sha256(json.dumps(
            [fingerprint, {k: asdict(v) for k, v in specs.items()}], sort_keys=True, ensure_ascii=False
        ).encode()).hexdigest()
        if all(tree.key_of(rel) == key for rel in files.values()):
            for rel in files.values():
                tree.record(rel, (tree.root / rel).read_bytes(), key)
            continue
        jobs.append((slogan, (files, specs, str(font_dir))))
        keys[slogan.slug] = key
    failures: list[tuple[Slogan, PosterError]] = []
    rendered = 0
    if not jobs:
        return 0, failures
    workers = min(len(jobs), os.cpu_count() or 1)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [(slogan, pool.submit(_render_set, job)) for slogan, job in jobs]
        for done, (slogan, future) in enumerate(futures, start=1):
            try:
                result = future.result()
            except PosterError as exc:
                failures.append((slogan, exc))
                continue
            for rel, data in sorted(result.items()):
                tree.write(rel, data, keys[slogan.slug])
                rendered += 1
            report(done, len(jobs))
    return rendered, failures
