"""The lead-ins that introduce quoted law or policy (for ``policy_quotes.policy_quotations``): a sentence before a
colon that names a law or policy text and what it sets out (*In de Omgevingsvisie staat:*), a quotation mark after
such a colon that the paragraph does not close, a sentence before a list of what a policy text sets out, and the
sentences that introduce the plan's own research instead (*De conclusies luiden:*), which are no lead-in."""

from __future__ import annotations

import re

from ..document import Document
from .policy_voice import heading_names_policy
from .quote_kinds import (
    _ARTICLE_REFERENCE,
    _RULE_ARTICLE,
    _SENTENCE,
    MAX_INTRO_CHARS,
    QuotedBlock,
    _is_item,
    _words,
    lower_words,
    names_policy,
)


def names_research(text: str) -> bool:
    """The text names research of the plan's own, or its outcome: a word that is or ends in one of
    ``research_words`` (*bodemonderzoek*, *rapport*, *quickscan*, *conclusies*, *adviesbureau*)."""
    research = tuple(_words("research_words"))
    return any(w.endswith(research) for w in re.findall(r"\w+", text.lower()))


def _research_intro(clause: str) -> bool:
    """A sentence before a colon or a quotation that introduces research of the plan's own: it names the research
    or its conclusions, and no article of a law (*De conclusies luiden als volgt:*, *Uit het akoestisch onderzoek
    blijkt het volgende:*; not *Artikel 2.4 bepaalt wat het onderzoek bevat:*)."""
    return names_research(clause) and not _ARTICLE_REFERENCE.search(clause)


#: a verb that says research was carried out (*is een quickscan uitgevoerd*, *is onderzoek verricht*)
_CARRIED_OUT = re.compile(r"\b(?:uitgevoerd|verricht|gedaan)\b", re.I)


def _reports_research(first: str, named: str) -> bool:
    """The first sentence of a paragraph with a footnote reports research of the plan's own: the words before the
    footnote name it (*Door adviesbureau BRO is een quickscan flora en fauna¹ uitgevoerd*), or the sentence says
    that research was carried out (*In het kader van het Besluit bodemkwaliteit¹ is een bodemonderzoek
    uitgevoerd.*). The footnote names the report or the law it was done for; the text is the writer's. A policy
    text that itself asks for research (*In de Structuurvisie¹ staat dat onderzoek nodig is ...*) is still the
    source of what follows."""
    return _research_intro(named) or (names_research(first) and bool(_CARRIED_OUT.search(first)))


def _opens_quotation(rest: str) -> bool:
    """The text after a colon opens quoted text: nothing (the quotation follows in the next paragraphs), a list
    marker, or a new sentence with a capital; not the sentence's own list (*centraal: wonen, werken en natuur*)."""
    rest = rest.lstrip(" *_\"'“„‘")
    return not rest or rest[0].isupper() or bool(re.match(r"(?:[-•]|\d+[.)]|[a-z][.)])\s", rest))


def _names_contents(sentences: list[str]) -> bool:
    """The last of ``sentences`` names what a policy text sets out (``policy_contents``: *doelen*, *criteria*), or
    it points back to the sentence before (*Deze zijn:*, *Deze doelen ...*, ``pointing_back``) and that one names
    it. A sentence that only follows one about a goal (*Het doel van een m.e.r. is ... Een bestemmingsplan kan op
    drie manieren ...:*) introduces the writer's own explanation."""
    contents = _words("policy_contents")
    last = re.findall(r"\w+", sentences[-1].lower()) if sentences else []
    if any(w in contents for w in last):
        return True
    if len(sentences) < 2 or not last or last[0] not in _words("pointing_back"):
        return False
    return any(w in contents for w in re.findall(r"\w+", sentences[-2].lower()))


def in_brackets(clause: str) -> bool:
    """The colon after ``clause`` stands inside brackets that the clause opens: a short name given to a law (*het
    Besluit externe veiligheid inrichtingen (hierna: Bevi)*), no lead-in of a quotation."""
    return clause.count("(") > clause.count(")")


def _introduces_policy(text: str, context: str = "", before: str = "") -> int | None:
    """Where a quotation of law or policy starts when ``text`` has a colon that introduces one: the offset after
    the colon, else None. Either a verb that introduces a quotation among the last three words before the colon
    and the name of the law or policy text in that sentence (*In de Omgevingsvisie staat:*, *De verordening stelt
    het volgende:*, *In artikel 2.30 is het volgende opgenomen:*); or a sentence that names what a policy text sets
    out (*doelen*, *ambities*, *criteria*, *de volgende interpretatie*), where that sentence, the sentence before
    it or ``context`` (the heading above) names the law or policy text, and the colon opens the quoted text
    (*In de Structuurvisie is aangegeven dat het Rijk drie hoofddoelen heeft:* and a list). Without that name
    (*De adviseur concludeert het volgende:*), or naming research (*De conclusies luiden:*), the text after it is
    no quotation of law or policy. ``before`` is the last sentence of the paragraph before, for a lead-in that is a
    paragraph of its own (*De missie uit de Omgevingsvisie luidt: '...'.*, then *De kernkwaliteiten zijn:*)."""
    for m in re.finditer(r":", text):
        clause = _SENTENCE.split(text[: m.start()][-MAX_INTRO_CHARS:])[-1]
        if _research_intro(clause) or in_brackets(clause):
            continue
        words = re.findall(r"\w+", clause.lower())
        # the verb ends the sentence ('staat:', 'stelt het volgende:'): a colon further on opens a list of the
        # sentence's own ('In deel B staan de ambities voor de vier structuren: ...')
        if any(w in _words("policy_intro_verbs") for w in words[1:][-3:]) and names_policy(clause):
            return m.end()
        # 'drie hoofddoelen ... :', 'De provincie kiest voor twee hoofddoelen. Deze zijn:' (the sentence before);
        # the policy text named there or in the heading, not somewhere earlier in the paragraph
        sentences = _SENTENCE.split(text[: m.start()])
        sentences = [before, *sentences] if before and len(sentences) == 1 else sentences
        lead = " ".join(sentences[-2:])
        if (
            _names_contents(sentences)
            and (names_policy(lead) or heading_names_policy(context))
            and not _research_intro(lead)
            and _opens_quotation(text[m.end() :])
        ):
            return m.end()
    return None


#: a quotation mark that opens quoted text right after a colon (*het volgende opgenomen: 'De kernen ...*)
_OPENING_MARK = re.compile(r":\s*[*_]*[\"'“„‘]\s*(?=\w)")


def _opens_unclosed_quote(text: str) -> int | None:
    """Where quoted text starts when ``text`` introduces it with a verb before a colon and a quotation mark after
    it that this paragraph does not close (*In het Ruimtelijk Casco is het volgende opgenomen: 'De kernen ...*,
    going on in the next paragraphs): the offset of the first quoted word, else None. The quotation marks say it is
    quoted, but the quoted text runs past the paragraph, where ``normalise.quoted_spans`` cannot see it. Research
    quoted this way (*De conclusie luidt: '...*) is no quotation of law or policy."""
    m = _OPENING_MARK.search(text)
    if not m:
        return None
    clause = _SENTENCE.split(text[: m.start()][-MAX_INTRO_CHARS:])[-1]
    words = re.findall(r"\w+", clause.lower())
    if not any(w in _words("policy_intro_verbs") for w in words[1:][-3:]) or _research_intro(clause):
        return None
    mark = text[m.start() : m.end()].strip(": *_\t\n")[:1]
    closing = {"'": "'", '"': '"', "“": "”", "„": "”“", "‘": "’"}[mark]
    if any(c in text[m.end() :] for c in closing):
        return None  # closed in the paragraph: quoted_spans sees it
    return m.end()


def _lists_policy(text: str, context: str = "") -> int | None:
    """Where the last sentence of ``text`` starts when it ends the paragraph with a full stop before a list, and it
    or the sentence before it names what a law or policy text sets out, with that text named there or in ``context``
    (the heading above): *De provincie heeft in de Omgevingsvisie twee hoofddoelen geformuleerd. Deze doelen
    benadrukken de rol van de provincie.* and the goals as a list. The list is the policy's text, as after a colon
    (``_introduces_policy``); else None. The caller checks that a list follows."""
    body = text.rstrip()
    if not body.endswith("."):
        return None
    sentences = _SENTENCE.split(body)
    lead = " ".join(sentences[-2:])
    if (
        _names_contents(sentences)
        and (names_policy(lead) or heading_names_policy(context))
        and not _research_intro(lead)
    ):
        return len(body) - len(sentences[-1])
    return None


#: the mark that opens an item (*1.*, *b)*, *§*, *-*), before its first sentence
_ITEM_MARK = re.compile(r"^(?:[-•§*]\s*|\(?(?:[a-z]|\d{1,2})[.)]\s+)+")


#: the words with which a rule prescribes (*Binnen het plangebied moet worden voorzien in ...*, *... zijn ten
#: hoogste twintig woningen toegestaan*, *... is het verboden ...*), or sets a measure (*woningen aan de oostzijde
#: van het plangebied springen minimaal 3 meter naar voren*): a quoted rule of a zoning plan names its own
#: *plangebied*, and says what must, may or may not be done there; the writer states facts
# fmt: off
_RULE_MODALS = frozenset({
    "moet", "moeten", "dient", "dienen", "mag", "mogen", "verplicht", "toegestaan", "verboden", "toelaatbaar",
    "minimaal", "maximaal", "minste", "hoogste",
})
# fmt: on

#: the word that speaks of the plan itself stands among the first words of the sentence, as its subject or the
#: place it opens with (*Het plangebied ligt ...*, *In het plangebied komen ...*, *Ten aanzien van het plangebied
#: ...*)
_PLAN_FIRST_WORDS = 6

#: a plan named with an indefinite article or *elk*: a law or ordinance speaks of every plan, and of every plan's
#: area (*een bestemmingsplan voorziet in een landschappelijke inpassing van het plangebied*)
_ANY_PLAN = re.compile(
    r"\b(?:een|elk|elke|ieder|iedere)\s+(?:\w+\s+)?"
    r"(?:bestemmingsplan|omgevingsplan|inpassingsplan|plan|projectbesluit)\b",
    re.I,
)


def _speaks_of_the_plan(text: str) -> bool:
    """The first sentence of ``text`` (an item of a quoted list, or the paragraph after its lead-in) speaks of the
    plan itself (``plan_itself``: *In het plangebied komt één woning bij.*, *Het voorliggende plan past ...*) and
    states a fact, without a verb that prescribes (``_RULE_MODALS``): the writer applying the policy to this plan,
    point by point, not the policy's own text. A law or ordinance that names *het plangebied* speaks of any plan
    (``_ANY_PLAN``: *een bestemmingsplan voorziet in een inpassing van het plangebied*), unless the sentence opens
    with the plan itself (``_PLAN_FIRST_WORDS``); *de onderhavige verordening* is the law's own text
    (``_names_its_own_text``); a quoted rule of a zoning plan that names its *plangebied* says what must, may or
    may not be done there."""
    first = _SENTENCE.split(_ITEM_MARK.sub("", text.strip()), maxsplit=1)[0]
    words = lower_words(first)
    at = [k for k, w in enumerate(words) if w in _words("plan_itself") and not _names_its_own_text(words, k)]
    if not at or set(words) & _RULE_MODALS:
        return False
    return at[0] < _PLAN_FIRST_WORDS or not _ANY_PLAN.search(first)


def _names_its_own_text(words: tuple[str, ...], k: int) -> bool:
    """``words[k]`` (*onderhavige*, *voorliggende*) points at a law's or policy's own text, not at the plan: the
    word after it names one (*De onderhavige verordening geldt ...*, *In het onderhavige artikel ...*)."""
    after = words[k + 1] if k + 1 < len(words) else ""
    return bool(after) and (after in ("artikel", "lid") or names_policy(after))


def _before_the_plan(document: Document, block: QuotedBlock | None) -> QuotedBlock | None:
    """``block`` (a list or paragraphs after a lead-in that names a law or policy text) up to its first paragraph
    that speaks of the plan itself (``_speaks_of_the_plan``); None when the first one does. A lead-in can name the
    Besluit m.e.r. and its thresholds and then check them for this plan (*1. In het plangebied wordt één woning
    gebouwd. ...*): those items are the writer's."""
    if block is None:
        return None
    for p in document.paragraphs:
        if p.end <= block.start or p.start >= block.end:
            continue
        if _speaks_of_the_plan(document.text[max(p.start, block.start) : min(p.end, block.end)]):
            start = max(p.start, block.start)
            return QuotedBlock(block.start, start, block.kind) if start > block.start else None
    return block


def rule_list(document: Document, headings: list[bool], i: int, rule: QuotedBlock) -> QuotedBlock | None:
    """The list that the rule sentence ``rule`` introduces, when it is the last sentence of paragraph ``i`` and
    ends in a colon, or in the first item after it (*Een bestemmingsplan dat een nieuwe stedelijke ontwikkeling
    mogelijk maakt, voldoet aan de volgende eisen:*): the items right after the paragraph, of the rule's kind, up to
    the first item that speaks of the plan itself (``_before_the_plan``). The requirements are the rule's own
    words, as the sentence that announces them is; else None."""
    paragraphs = document.paragraphs
    p = paragraphs[i]
    said = document.text[rule.start : rule.end].rstrip(" *_")
    # the colon ends the sentence, or its first item follows on the same line and the list goes on (*...eisen: a. de
    # toelichting ...;*); not a rule that says all it requires after its colon (*... voldaan: de woningen liggen ...*)
    if (
        not (said.endswith(":") or (":" in said and said.endswith(";")))
        or document.text[rule.end : p.end].strip()
    ):
        return None
    j = i + 1
    while j < len(paragraphs) and not headings[j] and _is_item(document, paragraphs[j]):
        j += 1
    if j == i + 1:
        return None
    return _before_the_plan(document, QuotedBlock(paragraphs[i + 1].start, paragraphs[j - 1].end, rule.kind))


def _under_own_section(document: Document, headings: list[bool], i: int) -> bool:
    """The heading right above paragraph ``i`` names research or its outcome (*4.1.3 aanbevelingen*, *Conclusies
    bodemonderzoek*), or the writer's own assessment (``assessment_headings``: *5.1.1 beoordeling*, *4.2.3
    toetsing*): a numbered section of a report or of the plan in lower case looks like an article of a plan's
    rules, but the text under it is the report's or the writer's."""
    j = i - 1
    while j >= 0 and not headings[j]:
        j -= 1
    if j < 0:
        return False
    heading = document.paragraph_text(document.paragraphs[j])
    if _research_intro(heading):
        return True
    # a word of assessment only in a numbered section in lower case: an article of a law is named so too
    # (*Artikel 2.8 Passende beoordeling*, *Art. 4.3 Toetsing*), and its text is quoted
    return bool(_RULE_ARTICLE.match(heading.strip())) and bool(
        _words("assessment_headings") & set(lower_words(heading))
    )
