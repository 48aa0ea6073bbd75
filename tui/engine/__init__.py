"""The speech engine: pure Python, no UI. From bytes to speeches, outlines and sentences.

Public API (keep it stable; the UI and the command line use only this):

* ``load_document(path) -> Document``: read, decode (or extract a PDF, Word or HTML file
  through ``tui.formats``), clean, split, outline, sentence.
  Raises ``SpeechFileError`` subclasses with a user-facing message.
* ``parse_text(text, path="", encoding="utf-8") -> Document``: the same from a str.
* ``decode_bytes(data, path="") -> tuple[str, str]``: text and encoding name.
* ``split_sentences(text) -> tuple[Sentence, ...]``.
"""

from typing import TYPE_CHECKING

# The names below are imported on first use (PEP 562): importing ``tui.engine.model``
# (the UI needs only the model to show a document) must not compile the parser's
# regular expressions, which cost tens of milliseconds of the app's start.
_LAZY = {
    "BinaryFileError": "tui.base.errors",
    "DecodeError": "tui.base.errors",
    "EmptyFileError": "tui.base.errors",
    "SpeechFileError": "tui.base.errors",
    "TooLargeError": "tui.base.errors",
    "UnreadableFileError": "tui.base.errors",
    "Document": "tui.engine.model",
    "Heading": "tui.engine.model",
    "Kind": "tui.engine.model",
    "Paragraph": "tui.engine.model",
    "Sentence": "tui.engine.model",
    "Speech": "tui.engine.model",
    "decode_bytes": "tui.engine.parse",
    "load_document": "tui.engine.parse",
    "parse_text": "tui.engine.parse",
    "split_sentences": "tui.engine.sentences",
}

if TYPE_CHECKING:
    from tui.base.errors import (
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


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'tui.engine' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


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
