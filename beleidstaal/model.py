"""Loads the Dutch spaCy pipeline once per process: the bundled one by default, or any installed pipeline."""

from __future__ import annotations

import functools
import json
from pathlib import Path

from .errors import ModelError

#: the pipeline that ships inside the package (trained from UD Dutch; see training/README.md)
BUNDLED_MODEL = Path(__file__).parent / "models" / "nl_beleidstaal"
DEFAULT_MODEL = "beleidstaal"


def model_path(name: str | None = None) -> Path | None:
    """The folder of the chosen pipeline, or None when it is an installed package found by name."""
    if not name or name == DEFAULT_MODEL:
        return BUNDLED_MODEL
    p = Path(name).expanduser()
    if p.exists():
        return p
    try:
        import importlib.util

        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        spec = None
    if spec and spec.submodule_search_locations:
        base = Path(next(iter(spec.submodule_search_locations)))
        # installed spaCy packages keep the pipeline in a versioned subfolder holding config.cfg
        for candidate in sorted(base.iterdir()):
            if (candidate / "config.cfg").exists():
                return candidate
        return base
    return None


def ensure_model(name: str | None = None) -> Path:
    """Check that the chosen pipeline exists, without loading it (a cached run may not need it at all)."""
    path = model_path(name)
    if path is None:
        raise ModelError(
            f"Het taalmodel '{name}' is niet geïnstalleerd. Installeer het met "
            f"'python -m spacy download {name}' (of met pip), of laat de optie weg: "
            "dan gebruikt beleidstaal het ingebouwde model."
        )
    if not (path / "config.cfg").exists():
        raise ModelError(
            f"In de map '{path}' staat geen spaCy-taalmodel (config.cfg ontbreekt). "
            "Kies een andere map of laat de optie weg."
        )
    return path


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None):
    """Load a spaCy pipeline by name or path. ``None`` or ``"beleidstaal"`` is the bundled pipeline."""
    import spacy

    path = ensure_model(name)
    try:
        # The bundled pipeline uses spaCy's default Dutch tokenizer, which spaCy already builds from its language
        # data; loading the same rules again from disk would double the start-up time.
        nlp = spacy.load(path, exclude=["tokenizer"]) if path == BUNDLED_MODEL else spacy.load(path)
    except Exception as exc:  # spaCy raises many kinds; the user needs one clear message
        raise ModelError(f"Het taalmodel in '{path}' kan niet worden geladen: {exc}") from None
    if nlp.lang != "nl":
        raise ModelError(
            f"Het taalmodel '{name}' is niet Nederlands (taal: {nlp.lang}). Kies een Nederlands model."
        )
    return nlp


def model_info(name: str | None = None) -> dict:
    path = model_path(name)
    meta: dict = {}
    if path is not None and (path / "meta.json").exists():
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    return {
        "name": f"{meta.get('lang', 'nl')}_{meta.get('name', name or DEFAULT_MODEL)}",
        "version": meta.get("version"),
        "path": str(path) if path else None,
        "bundled": path == BUNDLED_MODEL,
    }
