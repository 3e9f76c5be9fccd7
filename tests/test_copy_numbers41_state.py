"""Stem numbers in a long-lived process (``index.numbers``; review of task copycost41): many drafts checked in a row
against the same open indexes, the table emptied before each new draft (a small ``LIMIT``), give exactly the findings
that a freshly opened index gives each draft on its own."""

from __future__ import annotations

import random

import pytest

from beleidstaal import check_text
from beleidstaal.config import Config
from beleidstaal.index import build_index, numbers, reference

_WHO = ["De gemeente", "Het college", "De provincie", "Het waterschap", "De raad", "De wethouder", "Ons team",
        "De omgevingsdienst", "De woningcorporatie", "Het dorpsbelang"]  # fmt: skip
_DOES = ["legt een nieuw fietspad aan", "bouwt twintig huurwoningen", "verbreedt de oude dijk",
         "plant honderd bomen", "sluit de parkeerplaats", "opent een steunpunt voor ouderen",
         "vernieuwt het riool", "richt het plein opnieuw in", "bouwt een brede school", "herstelt de kademuur"]  # fmt: skip
_WHERE = ["langs de Molenweg", "bij het station", "aan de rand van het dorp", "achter de sporthal",
          "in de wijk Oosterhof", "naast de kerk", "op het oude fabrieksterrein", "aan het Zuiderkanaal",
          "bij de haven", "in het buitengebied"]  # fmt: skip
_WHEN = ["in het voorjaar", "na de zomer", "voor het einde van het jaar", "zodra de vergunning er is",
         "in twee fases", "samen met de bewoners", "met geld van het Rijk", "zonder extra kosten",
         "nadat de raad heeft besloten", "in overleg met de buurt"]  # fmt: skip


def _sentences(rng: random.Random, n: int, tag: str) -> list[str]:
    """``n`` sentences of a civil servant's letter, each with a word of its own (``tag``) so that documents differ
    in their stems, not only in the order of common ones."""
    return [
        f"{rng.choice(_WHO)} {rng.choice(_DOES)} {rng.choice(_WHERE)} {rng.choice(_WHEN)}, "
        f"zo staat het in de nota {tag}{i}."
        for i in range(n)
    ]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    base = tmp_path_factory.mktemp("nummers")
    docs = {}
    for folder, first in (("archief", 0), ("regio", 6)):
        (base / folder).mkdir()
        for i in range(first, first + 6):
            rng = random.Random(i)
            sents = _sentences(rng, 30, f"bijlage{i}x")
            docs[i] = sents
            paragraphs = [" ".join(sents[p : p + 5]) for p in range(0, 30, 5)]
            (base / folder / f"nota{i:02d}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        build_index([base / folder], base / f"{folder}.sqlite")
    drafts = []
    for n, (i, at) in enumerate([(1, 3), (8, 10), (4, 0), (1, 3), (11, 20), (2, 12), (7, 5)]):
        own = _sentences(random.Random(100 + n), 6, f"concept{n}y")
        copied = list(docs[i][at : at + 6])
        copied[2] = copied[2].replace(" de ", " die ", 1)  # one word changed inside the copy
        drafts.append(" ".join(own[:3]) + "\n\n" + " ".join(copied) + "\n\n" + " ".join(own[3:]) + "\n")
    drafts.append(drafts[0] + "\n" + drafts[1])  # one draft with two copies, one from each index
    return base, drafts


def _copies(text: str, config: Config) -> list[tuple]:
    return [
        repr(sorted(f.to_dict().items()))
        for f in check_text(text, config=config, path="concept.txt")
        if f.rule in ("BT801", "BT802")
    ]


def test_drafts_checked_in_a_row_with_the_table_emptied_each_time_match_a_fresh_index(world, monkeypatch):
    base, drafts = world
    config = Config(reference=(str(base / "archief.sqlite"), str(base / "regio.sqlite")))
    # a fresh index for each draft: its own table, never emptied
    fresh = []
    for text in drafts:
        monkeypatch.setattr(reference, "_cache", {})
        fresh.append(_copies(text, config))
    assert all(fresh[:-1]) and len(fresh[-1]) >= 2  # every draft has its copy found
    # the same drafts in a row on one pair of open indexes, the tables emptied before every new draft
    monkeypatch.setattr(reference, "_cache", {})
    monkeypatch.setattr(numbers, "LIMIT", 10)
    kept = []  # the tables of draft stems kept between checks (held here, so each is told apart by its id)
    for text, expected in zip([*drafts, *drafts[::-1]], [*fresh, *fresh[::-1]], strict=True):
        assert _copies(text, config) == expected
        indexes = reference.references_for(config)
        kept.extend(ix.numbers._known for ix in indexes)
    assert len({id(k) for k in kept}) > len(drafts)  # the tables were emptied again and again
    # and with the table never emptied, growing over all drafts
    monkeypatch.setattr(reference, "_cache", {})
    monkeypatch.setattr(numbers, "LIMIT", 10**9)
    for text, expected in zip(drafts, fresh, strict=True):
        assert _copies(text, config) == expected
