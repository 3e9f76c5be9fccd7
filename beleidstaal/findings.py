"""The Finding: one problem in the text, with its exact place, an explanation and plainer wording.

``Finding.to_dict`` is the JSON contract that ``--format json``, the web API and the batch tables share.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

SEVERITIES = ("info", "warning", "error")
SEVERITY_RANK = {name: i for i, name in enumerate(SEVERITIES)}

#: the fixed set of categories, with a Dutch label for reports
CATEGORIES = {
    "ambtelijk": "Ambtelijke taal",
    "jargon": "Jargon",
    "omslachtig": "Omslachtig",
    "cliche": "Cliché",
    "vaag": "Vaag",
    "nominalisatie": "Zelfstandig gemaakt werkwoord",
    "passief": "Lijdende vorm",
    "zinslengte": "Lange zin",
    "tangconstructie": "Tangconstructie",
    "moeilijk-woord": "Moeilijk woord",
    "kopie": "Gekopieerde tekst",
    "leesbaarheid": "Leesbaarheid",
    "bestand": "Bestand",
}


@dataclass
class Finding:
    rule: str
    name: str
    category: str
    severity: str
    message: str
    #: offsets into Document.text (the analysed text); the core turns them into source positions
    start: int
    end: int
    suggestions: list[str] = field(default_factory=list)
    #: advice where no replacement text fits ("Zeg wat u concreet voor inwoners doet.")
    advice: list[str] = field(default_factory=list)
    #: True when each suggestion can replace ``text`` as it stands (same inflection, one continuous span)
    replaceable: bool = False
    #: the lexicon term that fired, for lexicon rules
    term: str | None = None
    # filled in by the core from the Document:
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
    def sort_key(self) -> tuple:
        return (self.path or "", self.offset, self.end_offset, self.rule)
