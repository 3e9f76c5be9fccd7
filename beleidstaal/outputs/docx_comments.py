"""Word comments: a copy of a .docx with one comment (author "beleidstaal") on each finding.

The findings come from ``readers/docx.py``, whose source text has one line per paragraph: ``line`` is the paragraph
and ``column`` the character in it. The same walk (``iter_paragraphs``) finds the runs behind those characters; a
run is split where a finding starts or ends inside it, so that the comment covers exactly the flagged words, also
when they cross run boundaries. Word keeps no comments inside a text box: a finding there gets its comment on the
whole text box, with the flagged words quoted in the comment. Everything else in the package stays as it was: other parts, styles, existing
comments with their ids, ranges and extra parts (commentsExtended, commentsIds, people). The input bytes are never
written to; the caller writes the copy.

``replace_text`` uses the same run splitting to put a suggestion in place in a copy of the Word file (the web page
applies suggestions this way, so that a Word file stays a Word file).
"""

from __future__ import annotations

import copy
import io
from collections import defaultdict
from collections.abc import Iterable

from ..errors import InputError
from ..findings import Finding
from ..readers.docx import TXBX, R, T, WordParagraph, _w, iter_paragraphs, open_docx, paragraph_pieces
from ..summary import Summary

AUTHOR = "beleidstaal"
INITIALS = "BT"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def comment_text(f: Finding) -> str:
    """The text of the Word comment: the rule, the message and suggestions that the message does not name yet."""
    text = f"{f.rule} {f.name}: {f.message}"
    missing = f.new_suggestions
    if missing:
        text += "\nSuggestie: " + " / ".join(missing)
    return text


def _set_text(t, text: str) -> None:
    t.text = text
    if text != text.strip():
        t.set(XML_SPACE, "preserve")


def _split_run(run, index: int, at: int | None = None) -> None:
    """Split ``run`` before its child number ``index``, or inside that child (a w:t) ``at`` characters in:
    two runs with the same properties and, together, the same content."""
    second = copy.deepcopy(run)
    children, second_children = list(run), list(second)
    rpr = _w("rPr")
    if at is None:
        for child in children[index:]:
            if child.tag != rpr:
                run.remove(child)
        for child in second_children[:index]:
            if child.tag != rpr:
                second.remove(child)
    else:
        t = children[index]
        text = t.text or ""
        for child in children[index + 1 :]:
            run.remove(child)
        _set_text(t, text[:at])
        for child in second_children[:index]:
            if child.tag != rpr:
                second.remove(child)
        _set_text(second_children[index], text[at:])
    run.addnext(second)


def _ensure_boundary(para: WordParagraph, pos: int) -> bool:
    """Split a run so that a run boundary falls at character ``pos``. Returns True when something was split."""
    for i, piece in enumerate(para.pieces):
        if piece.element.getparent() is not piece.run:  # text nested deeper in a run: leave the run whole
            if piece.start <= pos < piece.end:
                return False
            continue
        if piece.start < pos < piece.end:
            if piece.element.tag != T:  # one-character pieces cannot be split
                return False
            _split_run(piece.run, list(piece.run).index(piece.element), pos - piece.start)
            return True
        if piece.start == pos:
            before = para.pieces[i - 1] if i else None
            if before is not None and before.run is piece.run:
                _split_run(piece.run, list(piece.run).index(piece.element))
                return True
            return False
    return False


def _text_box_run(p):
    """The run in the main text that holds the text box around paragraph ``p``; None when ``p`` is not in one."""
    run = None
    el = p.getparent()
    while el is not None:
        if el.tag == TXBX:
            run = None  # look for the run above this text box (and above an outer one, if nested)
            anc = el.getparent()
            while anc is not None and anc.tag != R:
                anc = anc.getparent()
            run = anc
            el = anc
            continue
        el = el.getparent()
    return run


def _rewalk(para: WordParagraph) -> WordParagraph:
    fields = [f.copy() for f in para.fields_before]
    text, pieces = paragraph_pieces(para.element, fields)
    return WordParagraph(para.element, text, pieces, para.kind, para.fields_before)


def summary_comment(summary: Summary | None) -> str | None:
    """The first comment of the copy: the taalniveau and *Eerst verbeteren*, each point with an example and its
    rewrite; None when there is nothing to improve."""
    if summary is None or not summary.priorities:
        return None
    lines = ["Eerst verbeteren (beleidstaal)"]
    if summary.taalniveau:
        lines[0] += f". Taalniveau van deze tekst: {summary.taalniveau} (schatting)."
    for i, p in enumerate(summary.priorities, 1):
        times = f" ({p.count} keer)" if p.count > 1 else ""
        rewrite = f" → {p.rewrite}" if p.rewrite else ""
        lines.append(f"{i}. {p.label}{times}. Bijvoorbeeld in alinea {p.line}: '{p.example}'{rewrite}")
    return "\n".join(lines)


def annotate_docx(
    data: bytes, findings: Iterable[Finding], *, author: str = AUTHOR, summary: Summary | None = None
) -> tuple[bytes, int]:
    """A copy of the .docx in ``data`` with a comment on each finding, and (with ``summary``) a first comment on the
    start of the text with the priorities. Returns (the copy's bytes, comments added).

    ``findings`` must come from reading these same bytes with ``readers.docx.read_docx``."""
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    document = open_docx(data)
    paragraphs = list(iter_paragraphs(document))
    by_line: dict[int, list[Finding]] = defaultdict(list)
    for f in findings:
        by_line[f.line].append(f)
    added = 0
    overview = summary_comment(summary)
    for para in paragraphs if overview is not None else []:
        if para.pieces and _text_box_run(para.element) is None:  # on the first run of the text
            run = Run(para.pieces[0].run, Paragraph(para.element, document._body))
            document.add_comment([run], text=overview, author=author, initials=INITIALS)
            added += 1
            break
    for line, items in sorted(by_line.items()):
        if not 1 <= line <= len(paragraphs):
            continue
        para = paragraphs[line - 1]
        for f in sorted(items, key=lambda f: (f.column, f.end_column)):
            start = f.column - 1
            end = f.end_column - 1 if f.end_line == f.line else len(para.text)
            end = min(end, len(para.text))
            if end <= start:
                continue
            if _ensure_boundary(para, start):
                para = _rewalk(para)
            if _ensure_boundary(para, end):
                para = _rewalk(para)
            inside = [p for p in para.pieces if p.start >= start and p.end <= end]
            if not inside:
                continue
            first, last = inside[0].run, inside[-1].run
            text = comment_text(f)
            box_run = _text_box_run(para.element)
            if box_run is not None:  # Word keeps no comments inside a text box: mark the whole text box
                first = last = box_run
                text = f"In een tekstvak: '{f.text}'. {text}"
            owner = Paragraph(para.element, document._body)
            document.add_comment(
                [Run(first, owner), Run(last, owner)], text=text, author=author, initials=INITIALS
            )
            added += 1
            para = _rewalk(para)
        paragraphs[line - 1] = para
    out = io.BytesIO()
    try:
        document.save(out)
    except Exception as exc:  # pragma: no cover - python-docx writes what it read
        raise InputError(f"De kopie met opmerkingen kan niet worden gemaakt: {exc}") from None
    return out.getvalue(), added


def replace_text(data: bytes, line: int, start: int, end: int, expected: str, replacement: str) -> bytes:
    """A copy of the .docx in ``data`` where characters ``start:end`` of paragraph ``line`` (as
    ``readers.docx.read_docx`` numbers them: one source line per paragraph) are ``replacement``. The first run of
    the span keeps its formatting. Raises InputError when the paragraph no longer holds ``expected`` there, or
    when the span is not plain text (a tab, a field, a text nested deeper in a run)."""
    document = open_docx(data)
    paragraphs = list(iter_paragraphs(document))
    refused = InputError(
        "Deze verbetering past niet in het Word-bestand. Pas de tekst in Word aan en controleer het bestand opnieuw."
    )
    if not 1 <= line <= len(paragraphs) or not 0 <= start < end:
        raise refused
    para = paragraphs[line - 1]
    if para.text[start:end] != expected:
        raise refused
    if _ensure_boundary(para, start):
        para = _rewalk(para)
    if _ensure_boundary(para, end):
        para = _rewalk(para)
    inside = [p for p in para.pieces if p.start >= start and p.end <= end]
    if (
        not inside
        or inside[0].start != start
        or inside[-1].end != end
        or any(p.element.tag != T or p.element.getparent() is not p.run for p in inside)
        or "".join(p.element.text or "" for p in inside) != expected
    ):
        raise refused
    _set_text(inside[0].element, replacement)
    for piece in inside[1:]:
        piece.run.remove(piece.element)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
