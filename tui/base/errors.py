"""Errors the engine raises for files it cannot read, with messages for users."""

from __future__ import annotations


class Said(str):
    """A text for the user in Chinese (the ``str`` itself) that carries its English
    (``en``): made below the interface, which picks one (``tui.ui_text.said``)."""

    en: str

    def __new__(cls, zh: str, en: str) -> Said:
        made = super().__new__(cls, zh)
        made.en = en
        return made

    def __reduce__(self) -> tuple[type[Said], tuple[str, str]]:
        return type(self), (str(self), self.en)


class SpeechFileError(Exception):
    """A speech file could not be read. ``str(error)`` is a message for the user (Chinese)."""

    def __init__(self, path: str, message: str, message_en: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message
        self.message_en = message_en

    def without_reader(self) -> tuple[str, str]:
        """The message (Chinese, English) where no reader runs (a command's output): the
        same, unless it speaks of the reader (``formats.errors.ReaderCrashedError``)."""
        return self.message, self.message_en

    def __reduce__(self) -> tuple[type[SpeechFileError], tuple[str, str, str]]:
        # Pickled by its own arguments (the default would call __init__ with the message
        # alone): an error raised in the background service's helper process crosses back.
        return type(self), (self.path, self.message, self.message_en)


class BinaryFileError(SpeechFileError):
    """The file is not text (NUL bytes or mostly control characters)."""


class EmptyFileError(SpeechFileError):
    """The file holds no text at all."""


class DecodeError(SpeechFileError):
    """No encoding we know decodes the file."""


class UnreadableFileError(SpeechFileError):
    """The file is missing, a folder, or cannot be opened (permissions, I/O)."""


class TooLargeError(SpeechFileError):
    """The file is larger than the engine accepts (``decode.MAX_FILE_BYTES``)."""
