"""The Finding: one problem in the text, with its exact place, an explanation and plainer wording.

A rule reports a ``Hit`` (a span of the analysed text and its message); the core builds the ``Finding`` from it once,
with its place in the source and its final severity. A Finding is frozen: nothing completes it later.
``Finding.to_dict`` is the JSON contract that ``--format json``, the web API and the batch tables share.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {name: i for i, name in enumerate(SEVERITIES)}

#: Dutch labels of the severities, for every output (HTML report, web page, LSP hover)
SEVERITY_LABELS = {"error": "Fout", "warning": "Let op", "info": "Tip"}


@dataclass(frozen=True)
class Style:
    """How the outputs show a category: a Dutch label, a background colour, and (so that colour is never the only
    sign) a line style and a short code."""

    label: str
    colour: str
    line: str
    code: str


#: the fixed set of categories and their style; a rule's ``style`` is the style of its category
STYLES = {
    "ambtelijk": Style("Ambtelijke taal", "#ffe08a", "solid", "AMB"),
    "jargon": Style("Jargon", "#ffc4c4", "dashed", "JAR"),
    "omslachtig": Style("Omslachtig", "#c6e4ff", "dotted", "OMS"),
    "cliche": Style("Cliché", "#e4d2ff", "double", "CLI"),
    "vaag": Style("Vaag", "#d5f2c4", "wavy", "VAAG"),
    "nominalisatie": Style("Zelfstandig gemaakt werkwoord", "#ffd7a8", "solid", "NOM"),
    "passief": Style("Lijdende vorm", "#c5efec", "dashed", "PAS"),
    "zinslengte": Style("Lange zin", "#ececec", "dotted", "ZIN"),
    "tangconstructie": Style("Tangconstructie", "#f7c8ea", "double", "TANG"),
    "moeilijk-woord": Style("Moeilijk woord", "#fff1a6", "wavy", "MW"),
    "kopie": Style("Gekopieerde tekst", "#d8d8ff", "solid", "KOP"),
    "leesbaarheid": Style("Leesbaarheid", "#e4e4e4", "dashed", "LEES"),
    "bestand": Style("Bestand", "#f0f0f0", "dotted", "BEST"),
}

#: category -> Dutch label
CATEGORIES = {name: style.label for name, style in STYLES.items()}


@dataclass(frozen=True)
class _Said:
    """What a rule says about a span of the analysed text; the fields a Hit and a Finding share."""

    rule: str
    name: str
    category: str
    severity: str
    message: str
    #: offsets into Document.text (the analysed text); 0 for a finding from the result cache
    start: int
    end: int
    suggestions: list[str] = field(default_factory=list)
    #: advice where no replacement text fits ("Zeg wat u concreet voor inwoners doet.")
    advice: list[str] = field(default_factory=list)
    #: True when each suggestion can replace ``text`` as it stands (same inflection, one continuous span)
    replaceable: bool = False
    #: the lexicon term that fired, for lexicon rules
    term: str | None = None


@dataclass(frozen=True)
class Hit(_Said):
    """What a rule reports: a span of ``Document.text`` with the message and the suggestions."""

    #: extra data for a front end (e.g. the source of a copied passage)
    data: dict | None = None


@dataclass(frozen=True)
class Finding(_Said):
    """One finding, complete: built once by the core from a rule's Hit."""

    # the place in the source, from the Document:
    path: str | None = None
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    offset: int = 0
    end_offset: int = 0
    text: str = ""
    #: extra data for a front end (e.g. the source of a copied passage)
    data: dict | None = None

    def to_dict(self) -> dict:
        d = asdict(self)
        d.pop("start")
        d.pop("end")
        if d["data"] is None:
            d.pop("data")
        return d

    @property
    def new_suggestions(self) -> list[str]:
        """The suggestions the message does not already quote (*Schrijf liever: 'met', 'via'.*): what a front end
        shows after the message, so that no replacement is named twice."""
        said = self.message.lower()
        return [s for s in self.suggestions if f"'{s.lower()}'" not in said]

    @property
    def sort_key(self) -> tuple:
        return (self.path or "", self.offset, self.end_offset, self.rule)
