"""What the speech engine and the format readers both stand on: a file's bytes to safe text.

* ``files``: the speech-file suffixes, the folder walker, file stamps, the byte reader;
* ``decode``: bytes to text (BOM, UTF-8, GB18030, a detector's guess), controls taken out;
* ``safetext``: the one sanitiser for text that reaches a terminal;
* ``errors``: ``SpeechFileError`` and its kinds, ``Said`` (a Chinese text with its English);
* ``patterns``: regular expressions compiled from code stored between starts.

``tui.engine`` (text to a ``Document``) and ``tui.formats`` (Word, PDF, web pages… to text)
import this package; it imports neither (an import contract in ``pyproject.toml``), so the
engine can read other formats through ``tui.formats`` without an import cycle.
"""
