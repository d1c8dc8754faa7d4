"""`chungtay serve`: build, serve site/ on a local address, and rebuild when a source changes.

It reuses MkDocs' live-reload server, but rebuilds through chungtay so generated pages, posters
and both languages stay in step. Generated files are written only when their content changes, so
the server does not loop on its own output."""

from __future__ import annotations

import sys

from .build import Project, build
from .errors import ChungtayError
from .messages import t


def serve(project: Project, address: str) -> int:
    from mkdocs.livereload import LiveReloadServer

    host, _, port = address.rpartition(":")

    def rebuild() -> None:
        try:
            build(project)
        except ChungtayError as exc:  # keep serving the last good site
            print(f"{t('error')}: {exc}", file=sys.stderr)

    rebuild()
    server = LiveReloadServer(builder=rebuild, host=host or "127.0.0.1", port=int(port or 8000),
                              root=str(project.site))
    for folder in ("content", "overrides", "assets"):
        server.watch(str(project.root / folder))
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        server.watch(str(project.root / name))
    # Hand-written pages; generated ones change only when a source does.
    server.watch(str(project.docs))
    print(t("serving", url=f"http://{host or '127.0.0.1'}:{port or 8000}/"), file=sys.stderr)
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
    return 0
