"""Loads the Dutch spaCy pipeline once per process: the bundled one by default, or any installed pipeline."""

from __future__ import annotations

import functools
import json
import re
import sys
from pathlib import Path

from .errors import ModelError
from .lemma_index import index_as_sets
from .sentence_starts import NAME as _NO_SENTENCE_START

#: the pipeline that ships inside the package (trained from UD Dutch; see training/README.md)
BUNDLED_MODEL = Path(__file__).parent / "models" / "nl_beleidstaal"
DEFAULT_MODEL = "beleidstaal"


def import_spacy() -> None:
    """Import spaCy without its command line, once per process, before anything else imports spaCy.

    ``spacy/__init__.py`` imports ``spacy.cli`` only to offer ``spacy.info``, and that imports every spaCy command
    with weasel, requests, httpx and jinja2: about a third of spaCy's import time, and nothing a check uses. While
    spaCy's package runs, ``spacy.cli.info`` is a stand-in; afterwards ``spacy.cli`` and ``spacy.info`` are the real
    ones, imported on first use, so other users of spaCy in the same process see no difference. Should a spaCy
    version need more of its command line while it loads, spaCy is imported as usual."""
    if "spacy" in sys.modules:
        return
    import types

    stubs = {name: types.ModuleType(name) for name in ("spacy.cli", "spacy.cli.info")}
    stubs["spacy.cli.info"].info = _spacy_later
    if "srsly" not in sys.modules:  # srsly's YAML functions (ruamel.yaml) on first use: spaCy loads none
        yaml = stubs[_YAML_MODULE] = types.ModuleType(_YAML_MODULE)
        for name in _YAML_NAMES:
            setattr(yaml, name, _yaml_later(name))
    sys.modules.update(stubs)
    try:
        import spacy
    except Exception:  # this spaCy wants more of spacy.cli or srsly: import them as usual (an error is real)
        _drop(stubs)
        names = [n for n in sys.modules if n == "spacy" or n.startswith("spacy.cli")]
        if _YAML_MODULE in stubs:  # srsly was imported with the stand-in: import it again as usual
            names += [n for n in sys.modules if n == "srsly" or n.startswith("srsly.")]
        for name in names:
            del sys.modules[name]
        import spacy  # noqa: F401

        return
    finally:
        _drop(stubs)
    if spacy.__dict__.get("info") is _spacy_later:
        del spacy.info
    if "__getattr__" not in spacy.__dict__:
        spacy.__getattr__ = _spacy_attribute


def _faster_lookups() -> None:
    """Load spaCy's lookup tables (the verb lemmatiser's 82,528 forms) in half the time: ``Lookups.from_bytes``
    fills each table through ``Table.__setitem__``, which hashes every key again and adds it to the Bloom filter
    one Python call at a time (about 0.05 s of every cold check). The keys a saved table holds are hashes already,
    so the table is filled through ``OrderedDict.__setitem__`` with the same keys, values, order and Bloom filter
    (``tests/test_model.py`` compares both loaders); a table with other keys is loaded by spaCy's own code."""
    from spacy.lookups import Lookups

    if getattr(Lookups.from_bytes, "beleidstaal", False):
        return
    original = Lookups.from_bytes

    def from_bytes(self, bytes_data: bytes, **kwargs):
        from collections import OrderedDict

        import srsly
        from preshed.bloom import BloomFilter
        from spacy.lookups import Table

        loaded = srsly.msgpack_loads(bytes_data)
        if not all(isinstance(k, int) for value in loaded.values() for k in value):
            return original(self, bytes_data, **kwargs)
        setitem = OrderedDict.__setitem__
        self._tables = {}
        for key, value in loaded.items():
            table = Table(
                key, {}
            )  # what Table(key, value) makes, filled below without hashing the keys again
            table.bloom = bloom = BloomFilter.from_error_rate(max(len(value), 1))
            add = bloom.add
            for k, v in value.items():
                setitem(table, k, v)
                add(k)
            self._tables[key] = table
        return self

    from_bytes.beleidstaal = True
    from_bytes.__doc__ = original.__doc__
    Lookups.from_bytes = from_bytes


def _drop(stubs: dict) -> None:
    for name, stub in stubs.items():
        if sys.modules.get(name) is stub:
            del sys.modules[name]


_YAML_MODULE = "srsly._yaml_api"
#: what srsly's package takes from its YAML module (``from ._yaml_api import ...``)
_YAML_NAMES = ("read_yaml", "write_yaml", "yaml_dumps", "yaml_loads", "is_yaml_serializable")


def _yaml_later(name: str):
    """Stands in for one of srsly's YAML functions: imports srsly's YAML module (with ruamel.yaml) on first use,
    puts the real functions in srsly's package and calls the real one. Importing ruamel.yaml takes about 25 ms
    of every check, and neither spaCy nor beleidstaal reads or writes YAML."""

    def later(*args, **kwargs):
        import importlib

        if getattr(sys.modules.get(_YAML_MODULE), "__file__", None) is None:
            sys.modules.pop(_YAML_MODULE, None)  # still the stand-in (called while spaCy loads)
        real = importlib.import_module(_YAML_MODULE)
        srsly = sys.modules["srsly"]
        for other in _YAML_NAMES:
            if getattr(getattr(srsly, other, None), "stand_in", False):
                setattr(srsly, other, getattr(real, other))
        return getattr(real, name)(*args, **kwargs)

    later.__doc__ = f"srsly.{name}, imported on first use (beleidstaal.model.import_spacy)."
    later.stand_in = True
    return later


def _spacy_later(*args, **kwargs):
    """Stands in for ``spacy.info`` while spaCy loads (only spaCy's own import touches it)."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _spacy_attribute(name: str):
    """``spacy.cli`` and ``spacy.info`` on first use (PEP 562), as if spaCy had imported them itself."""
    if name in ("cli", "info"):
        import importlib

        cli = importlib.import_module("spacy.cli")
        if name == "info":
            from spacy.cli.info import info

            sys.modules["spacy"].info = info
            return info
        return cli
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")


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


def looks_like_path(name: str) -> bool:
    """'./map/', 'modellen/nl', '~/x' or 'C:\\x' is a folder; 'nl_core_news_md' is a package name."""
    return any(c in name for c in "/\\~") or name.startswith(".")


def ensure_model(name: str | None = None) -> Path:
    """Check that the chosen pipeline exists, without loading it (a cached run may not need it at all)."""
    path = model_path(name)
    if path is None:
        if looks_like_path(name):  # a folder that is not there: spacy download cannot help
            raise ModelError(
                f"De map '{name}' bestaat niet. Geef de map van een spaCy-taalmodel, of laat de optie weg: "
                "dan gebruikt beleidstaal het ingebouwde model."
            )
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

    _faster_lookups()  # also where spaCy was imported before import_spacy could run (tests, other hosts)
    path = ensure_model(name)
    try:
        # The bundled pipeline's tokenizer is spaCy's Dutch one plus our fixes (dutch_tokenizer). Built here from
        # spaCy's language data; loading the same rules from disk as well would double the start-up time.
        if path == BUNDLED_MODEL:
            if _TOKENIZER not in spacy.registry.tokenizers:
                spacy.registry.tokenizers.register(_TOKENIZER, func=lambda: dutch_tokenizer)
            nlp = spacy.load(
                path, exclude=["tokenizer"], config={"nlp": {"tokenizer": {"@tokenizers": _TOKENIZER}}}
            )
        else:
            nlp = spacy.load(path)
            tune_tokenizer(nlp)
    except Exception as exc:  # spaCy raises many kinds; the user needs one clear message
        raise ModelError(f"Het taalmodel in '{path}' kan niet worden geladen: {exc}") from None
    if nlp.lang != "nl":
        raise ModelError(
            f"Het taalmodel '{name}' is niet Nederlands (taal: {nlp.lang}). Kies een Nederlands model."
        )
    if "parser" in nlp.pipe_names and _NO_SENTENCE_START not in nlp.pipe_names:
        from .sentence_starts import register_sentence_starts

        register_sentence_starts(_tokenizer_data())
        nlp.add_pipe(_NO_SENTENCE_START, before="parser")
    index_as_sets(nlp)
    return nlp


def _tokenizer_data() -> dict:
    from .fileio import read_toml
    from .lexicon import lexicon_dir

    return read_toml(lexicon_dir() / "data" / "tokenizer.toml", "De tokenizerlijst")


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


def tune_tokenizer(nlp) -> None:
    """Give a loaded pipeline the Dutch tokenizer fixes of ``dutch_tokenizer`` (for pipelines saved with their
    own tokenizer, such as nl_core_news_sm; setting the rules one by one costs about 0.4 s)."""
    from spacy.util import compile_infix_regex, compile_suffix_regex

    tok = nlp.tokenizer
    for key, value in _split_ordinary_words(tok.rules).items():
        tok.add_special_case(key, value)
    suffix = getattr(tok.suffix_search, "__self__", None)
    if suffix is not None and _GLUED_QUOTE not in suffix.pattern:
        tok.suffix_search = compile_suffix_regex([_GLUED_QUOTE, _FOOTNOTE, suffix.pattern]).search
    infix = getattr(tok.infix_finditer, "__self__", None)
    if infix is not None and _GLUED_QUOTE not in infix.pattern:
        tok.infix_finditer = compile_infix_regex([*_GLUED_INFIXES, infix.pattern]).finditer
    if tok.token_match is None:
        tok.token_match = _address_with_number


def dutch_tokenizer(nlp):
    """spaCy's Dutch tokenizer with beleidstaal's fixes (data in lexicons/data/tokenizer.toml), built in one go:

    * ordinary words that spaCy lists as abbreviations lose their full stop again (*ligt voor de hand.*);
    * the Dutch low opening quote ``,,`` stays one token also where it is glued to the words around it
      (*zei hij:,,Ik*, *die,,zo*), as in the UD Dutch treebanks the bundled pipeline learnt from.

    The bundled pipeline is saved with this tokenizer, so ``spacy.load(path)`` tokenizes the same way. The special
    cases are added as texts need them (``lazy_tokenizer``): adding all 4,670 of them takes about 0.3 s.
    """
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    from .lazy_tokenizer import LazyTokenizer

    d = nlp.Defaults
    rules = dict(d.tokenizer_exceptions)
    rules.update(_split_ordinary_words(rules))
    return LazyTokenizer(
        nlp.vocab,
        rules=rules,
        prefix_search=compile_prefix_regex(d.prefixes).search,
        suffix_search=compile_suffix_regex([_GLUED_QUOTE, _FOOTNOTE, *d.suffixes]).search,
        infix_finditer=compile_infix_regex([*_GLUED_INFIXES, *d.infixes]).finditer,
        token_match=d.token_match or _address_with_number,
        url_match=d.url_match,
    )


def _split_ordinary_words(rules: dict) -> dict:
    """Special cases that split the full stop off the ordinary words in tokenizer.toml, and that keep its
    abbreviations spaCy does not know (*i.r.t.*, *o.b.v.*) one token, also with a capital at a sentence start."""
    from spacy.symbols import ORTH

    data = _tokenizer_data()
    out = {}
    for word in data.get("ordinary_words", []):
        for form in (word, word.capitalize()):
            if form + "." in rules:
                out[form + "."] = [{ORTH: form}, {ORTH: "."}]
    for word in data.get("abbreviations", []):
        for form in (word, word[:1].upper() + word[1:]):
            if form not in rules:
                out[form] = [{ORTH: form}]
    return out


_TOKENIZER = "beleidstaal.DutchTokenizer.v1"
#: the Dutch low opening quote, written as two commas, and where it is split off inside a word
_GLUED_QUOTE = ",,"
_GLUED_INFIXES = [r",,(?=\w)", r"(?<=[\w)])[;:,](?=,,)"]
#: a footnote number glued after the full stop of a word or a closing quote or bracket (*dorp.3*, *'hart'.2*)
_FOOTNOTE = r"(?:(?<=[^\W\d_]{2}\.)|(?<=[^\W\d_]['’”\")]\.))\d{1,2}"
#: a web or mail address or file name that ends in a number (*www.voorbeeld.nl/bijlage.3*, *plan.v2.12*) stays one
#: token: the footnote split (``_FOOTNOTE``) is only for words. A tokenizer ``token_match``: the bound ``match`` of a
#: compiled pattern, as spaCy saves and pickles a tokenizer by the pattern of its ``token_match``.
_address_with_number = re.compile(r"(?s)^.*[/@:.].*\.\d{1,2}$").match
