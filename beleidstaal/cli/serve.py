"""``beleidstaal lsp`` and ``beleidstaal web``: the language server and the web page."""

from __future__ import annotations

from pathlib import Path

import typer

from ..errors import BeleidstaalError
from .common import app, build_config, copy_options, err, fail, warn_organisation


@app.command()
def lsp(
    tcp: str | None = typer.Option(None, "--tcp", help="Luister op HOST:POORT (bijvoorbeeld 127.0.0.1:2087) in plaats van via standaardinvoer en -uitvoer."),
    stdio: bool = typer.Option(False, "--stdio", help="Praat via standaardinvoer en -uitvoer (dat is al de standaard)."),
    debounce_ms: int | None = typer.Option(None, "--debounce-ms", min=0, max=10000, help="Wacht zo veel milliseconden na het typen voordat beleidstaal de regels over de hele tekst toepast. De gewijzigde alinea controleert beleidstaal meteen. Standaard: 1000."),
) -> None:  # fmt: skip
    """Start de taalserver (LSP) voor editors zoals VS Code, Neovim, Helix en Emacs."""
    from ..lsp import ServerOptions, serve

    address = None
    if tcp is not None:
        host, _, port = tcp.rpartition(":")
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            fail("Geef --tcp als HOST:POORT, bijvoorbeeld 127.0.0.1:2087.")
        address = (host.strip("[]"), int(port))
    serve(address, ServerOptions(debounce_ms=debounce_ms, max_document_kb=None))


@app.command()
def web(
    host: str = typer.Option("127.0.0.1", "--host", help="Het adres waarop de server luistert. Standaard alleen deze computer."),
    port: int = typer.Option(8765, "--port", min=1, max=65535, help="De poort."),
    no_browser: bool = typer.Option(False, "--no-browser", help="Open de browser niet vanzelf."),
    config_path: Path | None = typer.Option(None, "--config", help="Gebruik dit instellingenbestand."),
    model: str | None = typer.Option(None, "--model", help="Een ander spaCy-taalmodel (naam of map)."),
    root_path: str = typer.Option("", "--root-path", help="Het pad achter een reverse proxy, bijvoorbeeld /beleidstaal."),
    max_upload_mb: int = typer.Option(20, "--max-upload-mb", min=1, max=200, help="Grootste bestand in MB."),
    reference: list[str] | None = typer.Option(None, "--reference", help="Zoek gekopieerde tekst: een referentie-index (beleidstaal index build) of een map met documenten."),
    organisation: str | None = typer.Option(None, "--organisation", help="Van welke organisatie de teksten zijn (naam of code). Tekst uit eigen eerdere documenten is dan geen waarschuwing maar info."),
    organisation_pattern: str | None = typer.Option(None, "--organisation-pattern", help="Waar de organisatie staat in het pad van een document in de referentieverzameling, bijvoorbeeld '{organisatie}/**' (de eerste map)."),
) -> None:  # fmt: skip
    """Start een webpagina om teksten te controleren in de browser, zonder terminal. Met een API voor andere programma's."""
    import socket
    import threading
    import webbrowser

    import uvicorn

    from ..web import create_app

    try:  # a taken port or an unknown address: say so before the model is loaded
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError:
        fail(
            f"beleidstaal kan niet luisteren op {host}:{port}. Is de poort al in gebruik? Kies een andere met --port, of controleer het adres bij --host."
        )
    config = build_config(
        config_path, None, model=model, extra=copy_options(reference, organisation, organisation_pattern)
    )
    if config.reference:  # a missing or broken reference index is one clear error, before the server starts
        from ..index.reference import references_for
        from ..rules.copy_kinds import Organisations

        try:
            warn_organisation(Organisations(config).check_indexes(references_for(config)))
        except BeleidstaalError as exc:
            fail(str(exc))
    try:
        app_ = create_app(
            config, max_upload=max_upload_mb * 1024 * 1024, preload=True
        )  # loads the model once
    except BeleidstaalError as exc:
        fail(str(exc))
    shown_host = f"[{host}]" if ":" in host else host
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else shown_host}:{port}{root_path.rstrip('/')}/"
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print(
            f"[yellow]Let op:[/yellow] de server luistert op {host}, dus andere computers in het netwerk kunnen hem "
            "bereiken. Er is geen wachtwoord en geen versleuteling. Zet hem achter de reverse proxy van uw organisatie "
            "(zie docs/web.md) of gebruik --host 127.0.0.1."
        )
    print(f"beleidstaal web draait op {url}", flush=True)
    print("Stop de server met Ctrl+C.", flush=True)
    if not no_browser:
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    uvicorn.run(
        app_, host=host, port=port, root_path=root_path.rstrip("/"), log_level="warning", server_header=False
    )
