"""The speech engine: pure Python, no UI. From bytes to speeches, outlines and sentences.

Public API (keep it stable; the UI and the command line use only this):

* ``load_document(path) -> Document``: read, decode, clean, split, outline, sentence.
  Raises ``SpeechFileError`` subclasses with a user-facing message.
* ``parse_text(text, path="", encoding="utf-8") -> Document``: the same from a str.
* ``decode_bytes(data, path="") -> tuple[str, str]``: text and encoding name.
* ``split_sentences(text) -> tuple[Sentence, ...]``.
"""

from tui.engine.errors import (
    BinaryFileError,
    DecodeError,
    EmptyFileError,
    SpeechFileError,
    TooLargeError,
    UnreadableFileError,
)
from tui.engine.model import Document, Heading, Kind, Paragraph, Sentence, Speech
from tui.engine.parse import decode_bytes, load_document, parse_text
from tui.engine.sentences import split_sentences

__all__ = [
    "BinaryFileError",
    "DecodeError",
    "Document",
    "EmptyFileError",
    "Heading",
    "Kind",
    "Paragraph",
    "Sentence",
    "Speech",
    "SpeechFileError",
    "TooLargeError",
    "UnreadableFileError",
    "decode_bytes",
    "load_document",
    "parse_text",
    "split_sentences",
]
