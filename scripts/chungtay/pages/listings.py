"""The pages that gather: home, the list of directives, the slogans with their posters."""

from __future__ import annotations

from ..catalogue import Entry, Slogan
from ..artwork import gallery_files
from .context import PageContext, md_link, relative
from .markdown import attr, front_matter, in_language, inert


def _page_posters(ctx: PageContext, slogan: Slogan) -> tuple[dict[str, str], str]:
    """The slogan's A4 poster, social card and thumbnail in the page's language, and that
    language: an English page shows the English poster unless it failed to render."""
    lang = "en" if ctx.lang == "en" and "en" not in slogan.poster_gaps else "vi"
    files = gallery_files(slogan)[lang]
    return {"a4_png": files["a4_png"], "a4_pdf": files["a4_pdf"], "og": files["og"], "thumb": files["thumb_a4"]}, lang


def _directive_line(ctx: PageContext, entry: Entry, from_docs: str) -> str:
    r = entry.record
    link = md_link(f"{ctx.section('directives')}{entry.slug}.md", from_docs)
    when = ctx.date(r.date, r.year, r.month)
    subject = f" — {ctx.text(r.subject)}" if r.subject and r.doc_type != "Tin bài" else ""
    where = f", {inert(r.place)}" if r.place else ""
    return f"- [{inert(ctx.title(entry))}]({link}){subject}  \n  <small>{inert(when)}{where}</small>"


def _poster_card(ctx: PageContext, slogan: Slogan, page_url: str) -> str:
    """A thumbnail that opens the slogan's entry. Raw HTML so it can point at the shared
    posters folder from either language's site."""
    files, lang = _page_posters(ctx, slogan)
    alt = _poster_alt(ctx, slogan, lang)
    href = relative(ctx.slogan_url(slogan), page_url)
    src = relative(files["thumb"], page_url)
    return (
        f'<a class="ct-poster" href="{attr(href)}"><img src="{attr(src)}" alt="{attr(alt)}" '
        f'width="300" height="424" loading="lazy" lang="{lang}"></a>'
    )


def _poster_alt(ctx: PageContext, slogan: Slogan, lang: str) -> str:
    return ctx.label("poster_alt", text=ctx.translate(slogan.text)[0] if lang == "en" else slogan.text)


def render_home(ctx: PageContext) -> tuple[str, str]:
    c = ctx.campaign
    docs_path = f"{ctx.section('home')}index.md"
    page_url = ctx.section("home")
    meta = {"title": ctx.label("home"), "description": c.name[ctx.lang], "alternate": ctx.section("home", ctx.other)}
    label = c.hotline_label[ctx.lang]
    lines = [
        front_matter(meta),
        f"# {inert(c.name[ctx.lang])} — {inert(c.day[ctx.lang])}",
        "",
        f"{inert(c.short_name[ctx.lang])}",
        "{ .ct-lead }",
        "",
        '<div class="ct-hotline" markdown="1">',
        "",
        f"[{inert(ctx.label('call', label=label))}](tel:{c.hotline_number}){{ .md-button .md-button--primary .ct-call }}",
        "",
        f"{inert(c.hotline_description[ctx.lang])}. {inert(ctx.label('hotline_help'))} {inert(ctx.label('police'))}.",
        "",
        "</div>",
        "",
    ]
    main = ctx.corpus.main_slogans(3)
    if main:
        lines += [f"## {ctx.label('main_slogans')}", ""]
        lines += [f"- “{ctx.text(s.text)}”" for s in main]
        lines += ["", '<div class="ct-posters">']
        lines += [_poster_card(ctx, s, page_url) for s in main if s.has_posters]
        lines += ["</div>", ""]
        lines += [f"[{ctx.label('all_slogans')}]({md_link(ctx.section('slogans') + 'index.md', docs_path)})", ""]
    lines += [f"## {ctx.label('latest')}", ""]
    lines += [_directive_line(ctx, e, docs_path) for e in ctx.corpus.latest(5)]
    lines += ["", f"[{ctx.label('all_directives')}]({md_link(ctx.section('directives') + 'index.md', docs_path)})", ""]
    return docs_path, "\n".join(lines)


def render_directive_list(ctx: PageContext) -> tuple[str, str]:
    docs_path = f"{ctx.section('directives')}index.md"
    meta = {"title": ctx.label("directives"), "description": ctx.label("directives_lead"),
            "alternate": ctx.section("directives", ctx.other)}
    lines = [front_matter(meta), f"# {ctx.label('directives')}", "", ctx.label("directives_lead"), ""]
    lines += [_directive_line(ctx, e, docs_path) for e in ctx.corpus.latest(len(ctx.corpus.entries))]
    return docs_path, "\n".join(lines) + "\n"


def render_slogans(ctx: PageContext) -> tuple[str, str]:
    docs_path = f"{ctx.section('slogans')}index.md"
    page_url = ctx.section("slogans")
    meta = {"title": ctx.label("slogans"), "description": ctx.label("slogans_lead"),
            "alternate": ctx.section("slogans", ctx.other)}
    lines = [front_matter(meta), f"# {ctx.label('slogans')}", "", ctx.label("slogans_lead"), "",
             ctx.label("print_hint"), "",
             f"[{ctx.label('gallery_link')}]({md_link(('ap-phich/' if ctx.lang == 'vi' else 'en/posters/') + 'index.md', docs_path)})", ""]
    if not ctx.corpus.slogans:
        lines += [ctx.label("no_slogans"), ""]
    for slogan in ctx.corpus.slogans:
        lines += [f"## “{ctx.text(slogan.text)}” {{ #{slogan.slug} }}", ""]
        if ctx.lang != "vi":  # two slogans may share their English: the original tells them apart
            lines += [f"{ctx.label('gallery_original')}: {in_language('“' + inert(slogan.text) + '”', 'vi', ctx.lang)}", ""]
        if not slogan.has_posters:
            lines += [f"*{ctx.label('no_poster')}*", ""]
        else:
            lines += _poster_downloads(ctx, slogan, page_url)
        sources = ", ".join(
            f"[{inert(ctx.title(e))}]({md_link(ctx.section('directives') + e.slug + '.md', docs_path)})"
            for e in slogan.sources
        )
        lines += [f"{ctx.label('cited_in')}: {sources}", ""]
    return docs_path, "\n".join(lines)


def _poster_downloads(ctx: PageContext, slogan: Slogan, page_url: str) -> list[str]:
    """A thumbnail and download links. Raw HTML: the posters folder is shared by both languages."""
    files, lang = _page_posters(ctx, slogan)
    thumb = relative(files["thumb"], page_url)
    alt = _poster_alt(ctx, slogan, lang)
    downloads = " · ".join(
        f'<a href="{attr(relative(files[key], page_url))}" download>{inert(ctx.label(label))}</a>'
        for key, label in (("a4_png", "poster_a4_png"), ("a4_pdf", "poster_a4_pdf"), ("og", "poster_og"))
    )
    return [
        f'<a class="ct-poster" href="{attr(relative(files["a4_png"], page_url))}">'
        f'<img src="{attr(thumb)}" alt="{attr(alt)}" width="300" height="424" loading="lazy" lang="{lang}"></a>',
        "",
        f"{ctx.label('downloads')}: {downloads}",
        "",
    ]
