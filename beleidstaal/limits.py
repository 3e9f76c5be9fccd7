"""The size limits, in one place: every reader, the web page, the NLP layer and the rule that reports a too long
paragraph use these."""

from __future__ import annotations

#: largest file that is read at all (bytes); larger files get a clear error. The web page takes uploads up to this
#: size too (a Word file with pictures is easily a few MB).
MAX_FILE_BYTES = 20 * 1024 * 1024

#: paragraphs longer than this (characters) are not parsed: they are conversion noise or a text without paragraph
#: breaks, and parsing them would take minutes. BT403 reports them instead.
MAX_PARAGRAPH_CHARS = 100_000
