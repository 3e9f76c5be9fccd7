"""``beleidstaal info`` and ``beleidstaal config``: the version, the model and the settings that apply."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer
from rich.console import Console

from .. import __version__
from .common import Format, app, build_config, format_option


@app.command()
def info(
    format: str = format_option(),
) -> None:
    """Toon de versie van beleidstaal en het taalmodel dat het gebruikt."""
    from ..model import model_info

    cfg = build_config(None, ".")
    data = {"version": __version__, "model": model_info(cfg.model), "config": cfg.source}
    if format == Format.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    out = Console(highlight=False)
    out.print(f"beleidstaal {__version__}")
    m = data["model"]
    out.print(f"Taalmodel: {m['name']} {m['version'] or ''} ({m['path']})")
    out.print(f"Instellingen: {cfg.source or 'standaard (geen instellingenbestand gevonden)'}")


@app.command("config")
def show_config(
    path: Path = typer.Argument(Path("."), metavar="PAD", help="Het bestand (of de map) waarvoor u de instellingen wilt zien."),
    config_path: Path | None = typer.Option(None, "--config", help="Gebruik dit instellingenbestand."),
    format: str = format_option(),
) -> None:  # fmt: skip
    """Toon de instellingen die gelden voor een bestand: uit welk bestand ze komen en welke uitzonderingen gelden."""
    from dataclasses import fields

    config = build_config(config_path, str(path))
    hidden = {"source", "root", "overrides", "applied"}
    settings = {
        f.name.replace("_", "-"): getattr(config, f.name) for f in fields(config) if f.name not in hidden
    }
    settings["severity"] = dict(config.severity)
    data = {
        "path": str(path),
        "config-file": config.source,
        "overrides-applied": list(config.applied),
        "settings": {k: list(v) if isinstance(v, tuple) else v for k, v in settings.items()},
    }
    if format == Format.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    out = Console(highlight=False)
    # paths on one line, never broken inside a name: a reader copies them
    out.print(f"Instellingen voor: {path}", soft_wrap=True)
    out.print(f"Instellingenbestand: {config.source or 'geen (standaardinstellingen)'}", soft_wrap=True)
    if config.overrides:
        applied = "; ".join(config.applied) if config.applied else "geen (geen patroon past op dit bestand)"
        out.print(f"Uitzonderingen toegepast: {applied}")
    out.print()
    width = max(len(k) for k in settings)
    for key, value in settings.items():
        if isinstance(value, dict):
            shown = ", ".join(f"{k} = {v}" for k, v in value.items()) or "-"
        elif isinstance(value, tuple):
            shown = ", ".join(value) or ("alle regels" if key == "select" else "-")
        else:
            shown = "-" if value is None else str(value)
        out.print(f"{key.ljust(width)}  {shown}")
