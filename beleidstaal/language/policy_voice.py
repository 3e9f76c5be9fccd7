"""Who speaks in a section of a plan, for telling a quotation of law or policy from a copy
(``policy_quotes.policy_quotations``): a heading that names a law or policy text (``heading_names_policy``), a
government body that speaks of its own policy (``speaks_for_government``, kind ``GOVERNMENT``), the text of a
provincial or national vision under its heading or lead-in (``_vision_section``, kind ``VISION``), and the plan's
own voice that ends it (``plan_voice``)."""

from __future__ import annotations

import re

from ..document import Document
from .quote_kinds import (
    _ARTICLE,
    _ARTICLE_PART,
    _SECTION_NUMBER,
    _SENTENCE,
    QuotedBlock,
    _words,
    lower_words,
    names_policy,
)

#: the kind of a block in which a government body speaks of its own policy (``speaks_for_government``)
GOVERNMENT = "overheid"
#: the kind of the text of a provincial or national vision, ordinance or guide under its heading or lead-in
#: (``_vision_section``)
VISION = "visie"
#: the kind of a sentence that states a rule of an ordinance or decree where a heading or a sentence before it names
#: it (``rule_sentence``)
RULE = "regel"
#: kinds of quoted text that count only for passages that several organisations hold (``rules.copy``)
HELD_KINDS = frozenset({GOVERNMENT, VISION, RULE})
#: paragraphs before a heading that may hold the lead-in naming the vision (a caption, a list and its sentence)
_LEAD_IN_PARAGRAPHS = 4


def heading_names_policy(heading: str) -> bool:
    """The heading above names a law or a policy document (``names_policy``). A heading of one of the plan's own
    articles, a number without a dot and a name (*Artikel 1: Begrippen*, *Artikel 4 Wonen*), names no law: the text
    under it explains the plan's own rules; a law named in its name still counts (*Artikel 2 Wet natuurbescherming*)."""
    text = _SECTION_NUMBER.sub("", heading.strip()).strip()
    m = _ARTICLE.match(text)
    if m and not re.search(r"[.:]", m.group("number")):
        rest = text[m.end() :].strip()
        if rest and not _ARTICLE_PART.match(rest):
            return names_policy(rest)
    return names_policy(heading)


def speaks_for_government(text: str) -> bool:
    """A sentence of ``text`` opens with a government body as its subject (``government_bodies``: *De provincie*,
    *Het Rijk*, *Provinciale Staten*) and its verb, right after the subject or one word later, says what the body
    wants or has laid down: a verb of will (``government_will_verbs``: *wil*, *kiest*), *zet ... in op* or *zet
    ... in* at the end (*De provincie zet daarom in op ...*), *heeft* with a word of ``government_policy_words`` after it (*heeft de ladder ook in
    de verordening opgenomen*, *heeft als ambitie*), or a verb of regard with *als* further on (``government_regard_verbs``:
    *De provincie ziet de concentratiegebieden als ...*); a name may follow the body (*De provincie Zuid-Holland
    wil ...*, ``_name_after_body``). The body speaks of its own policy; in a paragraph that names a
    law or policy text, that is the body's text, quoted. *De provincie heeft geen bezwaar*, *Het Rijk zet de
    gebruiker centraal* and *Met de provincie is afgesproken ...* are the writer's."""
    bodies = _words("government_bodies")
    will, commit, have, regard = (
        _words("government_will_verbs"),
        _words("government_commit_verbs"),
        _words("government_have_verbs"),
        _words("government_regard_verbs"),
    )
    low = " ".join(text.lower().split())
    if not any(body in low for body in bodies):
        return False  # most paragraphs: no government body named at all
    for sentence in _SENTENCE.split(text):
        words = list(lower_words(sentence))  # a list: ``rest`` is compared with one
        if len(words) < 4 or " ".join(words[:2]) not in bodies:
            continue
        named = _name_after_body(sentence)
        for k in (2 + named, 3 + named):
            verb, rest = words[k] if k < len(words) else "", words[k + 1 :]
            if (
                verb in will
                or (
                    verb in commit
                    and ("in" in rest[:-1] and rest[rest.index("in") + 1] == "op" or rest[-1:] == ["in"])
                )
                or (verb in have and any(w in _words("government_policy_words") for w in rest))
                or (verb in regard and "als" in rest)
            ):
                return True
    return False


#: a name in apposition after a government body is at most this many words (*Noord-Brabant*, *Zuid-Holland*)
MAX_BODY_NAME = 3


def _name_after_body(sentence: str) -> int:
    """How many words of a name follow the government body that opens ``sentence`` (*De provincie Zuid-Holland
    wil ...*: two, *Zuid* and *Holland*): words with a capital right after the body's two words, at most
    ``MAX_BODY_NAME``; the verb then comes after the name."""
    words = re.findall(r"\w+", sentence)
    n = 0
    while n < MAX_BODY_NAME and 2 + n < len(words) and words[2 + n][:1].isupper():
        n += 1
    return n


def section_vision(document: Document, headings: list[bool], i: int) -> str | None:
    """The heading of the section that holds heading ``i`` (the nearest of ``ancestor_headings``) when it names a
    national or provincial vision (``section_visions``, or a title as *Visie Ruimte en Mobiliteit*) and heading
    ``i`` is no section of the writer's own (``plan_voice``, ``assessment_headings``: *Toetsing van het initiatief
    aan de NOVI*, *Beoordeling plan*): *4.1.1.2 Vier prioriteiten* under *4.1.1 Nationale Omgevingsvisie (NOVI)*
    sets out the NOVI's priorities. Else None."""
    heading = document.paragraph_text(document.paragraphs[i])
    if plan_voice(heading) or set(re.findall(r"\w+", heading.lower())) & _words("assessment_headings"):
        return None
    parent = next(iter(ancestor_headings(document, headings, i)), None)
    if parent is None:
        return None
    visions = tuple(_words("section_visions"))
    if _VISION_TITLE.search(parent) or any(w.startswith(visions) for w in re.findall(r"\w+", parent.lower())):
        return parent
    return None


#: the words before *dat* that may report a rule stated in the clause after it (*Deze wijziging betekent dat de
#: toelichting bij een bestemmingsplan ... bevat*) are at most this many
MAX_RULE_LEAD = 12


def _subject_places(words: list[str]) -> list[int]:
    """Where the subject of a rule may start in a sentence of ``words`` (lower case): at its start; after an adverb
    that adds a rule to the one before (``rule_connectives``: *Daarnaast*, *Tevens*), alone or with the finite verb
    that follows it in Dutch word order (*Daarnaast dient de toelichting ...*); and right after the first *dat* of
    a short lead (``MAX_RULE_LEAD`` words: *Deze wijziging betekent dat ...*, *Het Bro bepaalt dat ...*)."""
    places = [0]
    if words and words[0] in _words("rule_connectives"):
        places += [1, 2]
    if "dat" in words[: MAX_RULE_LEAD + 1]:
        places.append(words.index("dat") + 1)
    return places


def rule_sentence(sentence: str) -> bool:
    """The sentence states a rule of an ordinance or decree: a generic subject (``rule_subjects``: *Een ruimtelijk
    plan*, *De toelichting bij een bestemmingsplan*; at its start, after *Daarnaast* and its verb, or after a short
    lead ending in *dat*, ``_subject_places``) and a word that restricts or prescribes (``rule_words``:
    *uitsluitend*, *alleen*, *bevat*, *voldoet*): *Een ruimtelijk plan kan uitsluitend voorzien in ... als ...*."""
    words = lower_words(sentence)
    if not set(words) & _words("rule_words"):
        return False
    subjects = _words("rule_subjects")
    for at in _subject_places(words):
        rest = " ".join(words[at:]) + " "
        if any(rest.startswith(subject + " ") for subject in subjects):
            return True
    return False


#: *deze* or *dit* before a name with a capital (*deze Visie Ruimte en Mobiliteit*, *dit Waterplan*)
_SELF_NAME = re.compile(r"\b(?:deze|dit)\s+([A-Z]\w+)")


def names_itself(text: str) -> bool:
    """The text names a law or policy text by its title after *deze* or *dit*, inside a sentence (*... onderdeel
    is van deze Visie Ruimte en Mobiliteit*): that text speaking of itself, quoted. A writer who points back to a
    text names it in lower case (*zo staat het in deze visie*) or at the start of a sentence, linking it to the one
    before (*In deze Structuurvisie staan de plannen ...*)."""
    for sentence in _SENTENCE.split(text):
        for m in _SELF_NAME.finditer(sentence):
            if (
                len(sentence[: m.start()].split()) > 1
                and names_policy(m.group(1))
                and not _points_back(sentence, m)
            ):
                return True
    return False


def _points_back(sentence: str, m: re.Match) -> bool:
    """*dit Besluit*, *deze Wet*: the bare name of a kind of legal instrument (``bare_instruments``) with a capital
    and no title after it. A law or decree names itself in lower case (*in dit besluit wordt verstaan onder*); the
    capital is the writer's, pointing back to the decree named before (*Doel van dit Besluit is ...*)."""
    after = sentence[m.end() :].split()
    title_goes_on = bool(after) and after[0][:1].isupper()
    return m.group(1).lower() in _words("bare_instruments") and not title_goes_on


#: a vision named by its title: *Visie* with a capital and a word with a capital after it (*Visie Ruimte en
#: Mobiliteit*); not the writer's own *Ruimtelijke visie* or *Visie op het plangebied*. Only for the section that
#: holds a heading (``section_vision``): under a heading of its own a municipality's vision (*Visie Cranendonck*) is
#: often the writer's summary
_VISION_TITLE = re.compile(r"\bVisie\s+[A-Z]\w")


def names_vision(text: str) -> bool:
    """The text names a provincial or national vision, ordinance, guide or catalogue (``vision_texts``): a word
    that is or starts with one (*Omgevingsvisie Gelderland*, *Catalogus Gebiedskenmerken*)."""
    visions = tuple(_words("vision_texts"))
    return any(w.startswith(visions) for w in re.findall(r"\w+", text.lower()))


#: the number of a section in a heading (*4.1.1.2 Vier prioriteiten*, *3. Beleid*)
_HEADING_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)*)\.?\s")
#: a heading that opens a chapter or an appendix without a number of the form above (*HOOFDSTUK 4 BELEIDSKADER*)
_CHAPTER = re.compile(r"^\s*(?:hoofdstuk|bijlage)\b", re.I)


def _heading_number(text: str) -> tuple[int, ...] | None:
    m = _HEADING_NUMBER.match(text)
    return tuple(int(n) for n in m.group(1).split(".")) if m else None


def ancestor_headings(document: Document, headings: list[bool], i: int) -> list[str]:
    """The headings above heading ``i`` whose section holds it, by their numbers: for *4.1.1.2 Vier prioriteiten*
    the headings *4.1.1 ...* and *4.1 ...* above it; for a heading without a number of sections (*Wonen en
    woningmarkt* in bold, or a numbered point *1. Beter benutten en opwaarderen* under *3.2.1 ...*) the nearest
    heading above with such a number (*4.3.1.1 Omgevingsvisie*) and the headings that hold that one. A chapter's
    heading (*Hoofdstuk 5*, or a single number higher than the chapter above) has none. Nearest first."""
    paragraphs = document.paragraphs
    text = document.paragraph_text(paragraphs[i])
    number = _heading_number(text)
    if _CHAPTER.match(text):
        return []
    found: list[str] = []
    points: list[int] = [number[0]] if number is not None and len(number) == 1 else []
    for j in range(i - 1, -1, -1):
        if not headings[j]:
            continue
        above = document.paragraph_text(paragraphs[j])
        other = _heading_number(above)
        if _CHAPTER.match(above):
            break
        if other is None:
            continue  # an unnumbered heading: no section of its own
        if number is None or len(number) < 2:
            if len(other) < 2:
                points.append(other[0])  # a numbered point, or a chapter's heading
                continue
            if any(n > other[0] for n in points):
                return []  # a chapter's number after the sections of the chapter before
            number = other + (0,)  # the nearest section above holds this heading
        if len(other) < len(number) and number[: len(other)] == other:
            found.append(above)
            if len(other) == 1:
                break
        elif other[0] != number[0]:
            break  # the chapter before
    return found


#: the words with which a sentence says that what follows is set out (*het volgende*, *als volgt*)
_ANNOUNCES = re.compile(r"\b(?:het volgende|als volgt)\b", re.IGNORECASE)


def announces(text: str) -> bool:
    """The last sentence of ``text`` says that what follows is set out (*het volgende*, *als volgt*) and ends in a
    colon, or in a semicolon for one (*Voor deze structuur is het volgende bepaald;*)."""
    text = text.rstrip(" *_\n")
    return text.endswith((":", ";")) and bool(_ANNOUNCES.search(_SENTENCE.split(text)[-1]))


def plan_voice(sentence: str, *, vision: bool = False) -> bool:
    """The sentence is the plan's own: it names the plan or speaks as its writer (``plan_voice``, ``plan_itself``,
    ``own_voice``, ``plan_voice_phrases``: *In dit geval wordt met de herontwikkeling ...*). In a vision's text
    (``vision``) *wij* and *onze* are the province or state that speaks (*het borgen van de kwaliteit van onze
    leefomgeving*, ``vision_voice``), unless the sentence names the municipality (*onze gemeente*)."""
    low = " ".join(lower_words(sentence))
    words = set(low.split())
    own = _words("own_voice")
    if vision and "gemeente" not in words:
        own = own - _words("vision_voice")
    if words & (_words("plan_voice") | _words("plan_itself") | own):
        return True
    return any(f" {phrase} " in f" {low} " for phrase in _words("plan_voice_phrases"))


def lead_in_names_policy(document: Document, headings: list[bool], h: int) -> bool:
    """One of the paragraphs right before heading ``h`` (a caption, a lead-in and its list: at most
    ``_LEAD_IN_PARAGRAPHS``, back to the heading before) names a law or policy text (*Integrale plankaart uit de
    verordening*, then *Voor deze structuur is het volgende bepaald:*): the section under ``h`` sets out that
    text."""
    paragraphs = document.paragraphs
    j, seen = h - 1, 0
    while j >= 0 and not headings[j] and seen < _LEAD_IN_PARAGRAPHS:
        if names_policy(document.paragraph_text(paragraphs[j])):
            return True
        j, seen = j - 1, seen + 1
    return False


def _closing_prose(text: str) -> bool:
    """A paragraph of two or more full sentences that ends in a full stop: the writer's prose that closes a section,
    not a lead-in to the heading below it (a caption, a list and its sentence, a line that ends in ':')."""
    text = text.strip()
    return text.endswith(".") and len(_SENTENCE.split(text)) >= 2


def _vision_section(document: Document, headings: list[bool], i: int) -> QuotedBlock | None:
    """The text under heading ``i`` that is a vision's own (``VISION``): the heading names a provincial or national
    vision, ordinance, guide or catalogue (``names_vision``), or it names no law or policy text itself and the
    heading before it or the lead-in right above it (a caption, a list and its sentence) names one (*Omgevingsvisie
    Gelderland* ... *Wonen en woningmarkt*; *Kaart van het ontwikkelingsperspectief uit de omgevingsvisie* ...
    *Woon- en werklocaties buiten de stedelijke netwerken*), or the lead-in right above it announces what follows
    (``announces``) and it or a paragraph above it names a law or policy text (*Plankaart uit de Verordening
    ruimte* ... *Voor deze structuur is het volgende bepaald;* ... *Bestaand stedelijk gebied*). The text runs from the first paragraph to the first
    sentence in the plan's voice (``plan_voice``) or the next heading; None when the first sentence is the plan's,
    names a law or policy text or opens with a government body."""
    paragraphs = document.paragraphs
    heading = document.paragraph_text(paragraphs[i])
    if not names_vision(heading):
        if heading_names_policy(heading):
            return None
        j, above = i - 1, []
        while j >= 0 and not headings[j] and len(above) < _LEAD_IN_PARAGRAPHS:
            text = document.paragraph_text(paragraphs[j])
            if not above and _closing_prose(text):
                break  # the previous section's own prose right above the heading, no lead-in (*... geen ontheffing
                # van de Omgevingsverordening Overijssel aangevraagd te worden.* above *Archeologie*); prose above a
                # lead-in of one sentence (*Het ontwikkelingsperspectief is: ...*) still counts
            above.append(text)
            j -= 1
        while j >= 0 and not headings[j]:
            j -= 1
        if j >= 0:
            above.append(document.paragraph_text(paragraphs[j]))
        # a lead-in that announces what follows (*Voor deze structuur is het volgende bepaald:*) after a caption
        # or sentence naming a law or policy text (*Plankaart uit de Verordening ruimte*) counts as well
        announced = bool(above) and i > 0 and not headings[i - 1] and announces(above[0])
        if not any(names_vision(text) or (announced and names_policy(text)) for text in above) and not (
            section_vision(document, headings, i)
        ):
            return None
    k = i + 1
    if k >= len(paragraphs) or headings[k]:
        return None
    # the sentences that say when the text was adopted (*Op 9 juli 2014 hebben Provinciale Staten de Omgevingsvisie
    # vastgesteld.*) are the writer's opening; the text starts after them, in the next paragraph if they fill this one
    text = document.paragraph_text(paragraphs[k])
    skip = _adoption_lead(text)
    if not text[skip:].strip():
        k, skip = k + 1, 0
        if k >= len(paragraphs) or headings[k]:
            return None
    end = start = paragraphs[k].start + skip
    # a first sentence that names a policy text or opens with a government body (*De POVI houdt vast aan ...*,
    # *De provincie beschikt over ...*) is the plan's summary of the policy in the third person, not its text;
    # unless the body states its own will (*De provincie kiest er in de Omgevingsvisie voor om ...*,
    # ``speaks_for_government``): then the section is that body's text, held as a government's voice
    first = _SENTENCE.split(document.paragraph_text(paragraphs[k])[skip:])[0]
    kind = VISION
    if names_policy(first) or " ".join(re.findall(r"\w+", first.lower())[:2]) in _words("government_bodies"):
        if not speaks_for_government(first):
            return None
        kind = GOVERNMENT
    while k < len(paragraphs) and not headings[k]:
        p = paragraphs[k]
        text = document.paragraph_text(p)
        at = skip if p.start < start else 0
        for sentence in _SENTENCE.split(text[at:]):
            at = text.find(sentence, at)
            if plan_voice(sentence, vision=True):
                end = p.start + at
                return QuotedBlock(start, end, kind) if end > start else None
            at += len(sentence)
        end = p.end
        k += 1
    return QuotedBlock(start, end, kind)


#: a year in a sentence (*2014*)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def adoption_sentence(sentence: str) -> bool:
    """The sentence says when a law or policy text was adopted or came into force: a participle of
    ``adoption_participles`` (*vastgesteld*, *geactualiseerd*, *in werking getreden*) and a year (*Op 9 juli 2014
    hebben Provinciale Staten de Omgevingsvisie vastgesteld.*)."""
    words = set(re.findall(r"\w+", sentence.lower()))
    return bool(words & _words("adoption_participles")) and bool(_YEAR.search(sentence))


def _adoption_lead(text: str) -> int:
    """The offset in paragraph text ``text`` after the sentences at its start that say when a text was adopted
    (``adoption_sentence``); 0 when it opens otherwise."""
    at = 0
    for end in [m.end() for m in _SENTENCE.finditer(text)] + [len(text)]:
        if not adoption_sentence(text[at:end]):
            break
        at = end
    return at + len(text[at:]) - len(text[at:].lstrip())
