"""The poster gallery, in each language: every slogan in every language and size, thumbnails as
small WebP images that open the full file, the print files to download, and printing advice for
schools. Raw HTML for the thumbnails: the posters folder is shared by both languages' sites."""

from __future__ import annotations

from ..artwork import LANGS, SOCIAL, gallery_files
from .context import PageContext, md_link, relative
from .markdown import attr, front_matter, in_language, inert

GALLERY = {"vi": "ap-phich/", "en": "en/posters/"}
_VARIANT_LABELS = {"vi": "variant_vi", "en": "variant_en", "vi-en": "variant_vi_en"}
_PRINT = (("a4_pdf", "gallery_a4_pdf"), ("a4_png", "gallery_a4_png"), ("a3_pdf", "gallery_a3_pdf"),
          ("a4_bw_pdf", "gallery_a4_bw"), ("a3_bw_pdf", "gallery_a3_bw"))
_SIZES = {"a4": (300, 424), "og": (240, 126), "square": (240, 240), "portrait": (240, 300), "story": (240, 427)}
_SOCIAL_LABELS = {"og": "poster_og", "square": "gallery_square", "portrait": "gallery_portrait", "story": "gallery_story"}


def _command(text_md: str) -> str:
    """The command in the advice as code, kept on one line (a phone would break it at "--")."""
    return text_md.replace(f"“{inert('chungtay poster --bleed')}”", '<code class="ct-nowrap">chungtay poster --bleed</code>')


def gallery_path(lang: str) -> str:
    return f"{GALLERY[lang]}index.md"


def _thumb(ctx: PageContext, href: str, src: str, alt: str, fmt: str, page_url: str, lang: str) -> str:
    w, h = _SIZES[fmt]
    return (f'<a class="ct-poster ct-poster--{fmt}" href="{attr(relative(href, page_url))}">'
            f'<img src="{attr(relative(src, page_url))}" alt="{attr(alt)}" width="{w}" height="{h}" '
            f'loading="lazy" lang="{"en" if lang == "en" else "vi"}"></a>')


def render_gallery(ctx: PageContext) -> tuple[str, str]:
    docs_path = gallery_path(ctx.lang)
    page_url = GALLERY[ctx.lang]
    meta = {"title": ctx.label("gallery"), "description": ctx.label("gallery_lead"),
            "alternate": GALLERY[ctx.other]}
    # Without site_url posters have no QR code; the build says so to the operator, not to readers.
    qr = ("print_qr",) if ctx.campaign.site_url else ()
    lines = [front_matter(meta), f"# {ctx.label('gallery')}", "", ctx.label("gallery_lead"), "",
             f"## {ctx.label('print_advice')} {{ #{'in-an' if ctx.lang == 'vi' else 'printing'} }}", ""]
    margins = "print_margins" if ctx.campaign.site_url else "print_margins_no_qr"
    lines += [f"- {_command(inert(ctx.label(key)))}" for key in ("print_paper", "print_scaling", margins,
                                                                    "print_bw", "print_shop", *qr)]
    lines += ["", f"[{ctx.label('all_slogans')}]({md_link(ctx.section('slogans') + 'index.md', docs_path)})", ""]
    if not ctx.corpus.slogans:
        lines += [ctx.label("no_slogans"), ""]
    for slogan in ctx.corpus.slogans:
        files = gallery_files(slogan)
        lines += [f"## “{ctx.text(slogan.text)}” {{ #{slogan.slug} }}", ""]
        if ctx.lang != "vi":  # two slogans may share their English: the original tells them apart
            lines += [f"{ctx.label('gallery_original')}: {in_language('“' + inert(slogan.text) + '”', 'vi', ctx.lang)}", ""]
        for lang in LANGS:
            lines += [f"### {ctx.label(_VARIANT_LABELS[lang])} {{ #{slogan.slug}-{lang} }}", ""]
            if lang in slogan.poster_gaps or (lang == "vi" and not slogan.has_posters):
                lines += [f"*{ctx.label('gallery_missing')}*", ""]
                continue
            f = files[lang]
            alt = ctx.label("poster_alt", text=slogan.text if lang != "en" else ctx.translate(slogan.text)[0])
            thumbs = [_thumb(ctx, f["a4_pdf"], f["thumb_a4"], f"{alt} (A4)", "a4", page_url, lang)]
            thumbs += [_thumb(ctx, f[fmt], f[f"thumb_{fmt}"], f"{alt} ({ctx.label(_SOCIAL_LABELS[fmt])})", fmt, page_url, lang)
                       for fmt in SOCIAL]
            lines += ['<div class="ct-gallery">', *thumbs, "</div>", ""]
            prints = " · ".join(f'<a href="{attr(relative(f[key], page_url))}" download>{inert(ctx.label(label))}</a>'
                                for key, label in _PRINT)
            socials = " · ".join(f'<a href="{attr(relative(f[fmt], page_url))}" download>{inert(ctx.label(_SOCIAL_LABELS[fmt]))}</a>'
                                 for fmt in SOCIAL)
            lines += [f"{ctx.label('gallery_print')}: {prints}  ", f"{ctx.label('gallery_social')}: {socials}", ""]
    return docs_path, "\n".join(lines)
