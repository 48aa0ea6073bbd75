"""Why a Word, PDF or web page file cannot be shown: ``SpeechFileError`` kinds with messages;
and what a document that can be shown warns of (``Extracted.warnings``), each a ``Said``.

They cross from the loader process like the engine's own errors (``SpeechFileError``
pickles by its arguments), so each is a plain subclass. A warning is a ``Said``: Chinese,
carrying its English, made here once and shown in the interface's language by
``ui_text.said`` (kept so in the extraction cache and the document store). It was a text
"中文 / English" split when shown, a format a warning of another shape could break.
"""

from __future__ import annotations

import logging
import os

from tui.base.errors import BinaryFileError, Said, SpeechFileError

log = logging.getLogger(__name__)

__all__ = [
    "ConverterMissingError",
    "ConversionFailedError",
    "EncryptedFileError",
    "GarbledTextError",
    "NoTextLayerError",
    "ReaderCrashedError",
    "UnsupportedFormatError",
    "binary_named",
    "reader_crashed",
    "encoding_guessed",
    "english",
    "glyphs_unread",
    "in_chinese",
    "pages_without_text",
    "plain_text_named",
    "lines_in_another_encoding",
    "nul_bytes_left_out",
    "undecoded_places",
]


class NoTextLayerError(SpeechFileError):
    """A PDF without text (a scan): it needs OCR first."""


class EncryptedFileError(SpeechFileError):
    """A PDF or Word file protected by a password."""


class GarbledTextError(SpeechFileError):
    """A PDF whose text layer decodes to junk (fonts without a character map)."""


class ConverterMissingError(SpeechFileError):
    """A .doc file, and neither antiword nor LibreOffice is installed."""


class ConversionFailedError(SpeechFileError):
    """The file is damaged, or the converter failed on it."""


class UnsupportedFormatError(SpeechFileError):
    """A container the reader does not open (a zip that is no Word file, .odt…)."""


def shown(path: str) -> str:
    return os.path.basename(path) or path


def binary_named(path: str) -> BinaryFileError:
    """A file named as a Word, PDF… file whose bytes are neither that format nor text: the
    decoder's message (not a text file: save it as plain text .txt) read oddly under
    图片.pdf, a file the user took for a PDF (newuser27); this says that it is no real file
    of its suffix, and what to try."""
    suffix = os.path.splitext(path)[1]
    return BinaryFileError(
        path,
        f"文件名是 {suffix}，内容却不是 {suffix} 文件，也不是文本（看起来是别的二进制文件，例如图片或压缩包）："
        f"可能已损坏，或扩展名改错了。请用生成它的程序打开，另存为 .docx、.pdf 或 .txt 再试。",
        f"It is named {suffix} but is no {suffix} file, nor text (it looks like another binary"
        " file, an image or an archive?): it may be damaged, or its extension wrong. Open it in"
        " the program that made it and save it as .docx, .pdf or .txt, then try again.",
    )


def no_text_layer(path: str) -> NoTextLayerError:
    name = shown(path)
    return NoTextLayerError(
        path,
        f"“{name}”是扫描版 PDF：页面只是图片，没有可读取的文字层。"
        "请先用 OCR（文字识别）软件把它转成文字（例如 ocrmypdf，或 WPS、Acrobat 的“文字识别”），再打开。",
        f"“{name}” is a scanned PDF: its pages are images with no text layer. "
        "Run OCR on it first (e.g. ocrmypdf), then open it.",
    )


def encrypted(path: str, what: str = "PDF") -> EncryptedFileError:
    name = shown(path)
    return EncryptedFileError(
        path,
        f"“{name}”是加密的 {what} 文件，需要密码才能打开。请用原来的软件去掉密码（或另存一份不加密的）再打开。",
        f"“{name}” is an encrypted {what} file (it needs a password). "
        "Save an unprotected copy with the program that made it, then open that.",
    )


def garbled(path: str) -> GarbledTextError:
    name = shown(path)
    return GarbledTextError(
        path,
        f"“{name}”的文字层无法正确解码（字体缺少字符映射，取出的只是乱码）。"
        "请用 OCR（文字识别）软件重新识别，或找一份 Word/文本版本。",
        f"The text layer of “{name}” does not decode to real characters (its fonts lack a "
        "character map). Run OCR on it, or find a Word or text version.",
    )


def english(text: str) -> str:
    """A ``Said``'s English, else ``text`` itself (a name the same in both languages)."""
    return text.en if isinstance(text, Said) else text


def in_chinese(what: str) -> str:
    """A format's name (``damaged``'s ``what``) as it stands between Chinese words: a
    space on a side where it has a Latin letter ("的 PDF 文件", "的 Word（.docx）文件")."""
    before = " " if what[:1].isascii() else ""
    after = " " if what[-1:].isascii() else ""
    return f"{before}{what}{after}"


def damaged(
    path: str, what: str, detail: str = "", cause: BaseException | str | None = None
) -> ConversionFailedError:
    """``what`` names the format as the Chinese text does ("PDF", "Word（.docx）", or a
    ``Said`` such as ``Said("EPUB 电子书", "EPUB e-book")``): a space stands between it and
    the Chinese words only on a side where it has a Latin letter (not "Word（.docx） 文件"),
    and the English text has ASCII brackets ("Word (.docx)"). ``detail``: a part's name
    (the same in both languages) or a ``Said``. ``cause``: the library's own text (zipfile's
    "File is not a zip file", lxml's, pdfium's …), English whatever the interface's
    language: logged, never put in the message (it ended a Chinese message, newuser15)."""
    name = shown(path)
    if cause is not None:
        log.info("%s: %s", path, cause)
    tail = f"（{detail}）" if detail else ""
    tail_en = f" ({english(detail)})" if detail else ""
    what_en = english(what).replace("（", " (").replace("）", ")")
    return ConversionFailedError(
        path,
        f"无法读取“{name}”：它不是有效的{in_chinese(what)}文件，或文件已损坏{tail}。",
        f"Cannot read “{name}”: it is not a valid {what_en} file, or it is damaged{tail_en}.",
    )


class ReaderCrashedError(ConversionFailedError):
    """A PDF that PDFium, reading it in its own bounded process (``pdfchild``), crashed on
    or that took it past a limit (``how``: what happened); ``before``: told from what was
    remembered (``cache.refusal``), PDFium not run on it again; ``lasting``: the file's
    doing, to be remembered (not a child that could not start)."""

    def __init__(
        self, path: str, how_zh: str, how_en: str, before: bool = False, lasting: bool = True
    ) -> None:
        self.how = Said(how_zh, how_en)
        self.before = before
        self.lasting = lasting
        super().__init__(path, *_crashed_words(path, self.how, before, reader=True))

    def __reduce__(self) -> tuple[type[ReaderCrashedError], tuple[str, str, str, bool, bool]]:  # type: ignore[override]
        return type(self), (self.path, str(self.how), self.how.en, self.before, self.lasting)

    def without_reader(self) -> tuple[str, str]:
        """Said where no reader runs (the command line): not "the reader is not affected"
        but that PDFium ran apart and the other files are read as usual."""
        return _crashed_words(self.path, self.how, self.before, reader=False)


def _crashed_words(path: str, how: Said, before: bool, reader: bool) -> tuple[str, str]:
    name = shown(path)
    if before:
        zh = f"无法读取“{name}”：之前 PDF 解析库（PDFium）读它时{how}，这次没有再读（文件改动后会重新读）。"
        en = (
            f"Cannot read “{name}”: the PDF library (PDFium) {how.en} reading it before, so"
            " it is not read again (it will be once the file changes)."
        )
    else:
        zh = f"无法读取“{name}”：PDF 解析库（PDFium）读它时{how}。"
        en = f"Cannot read “{name}”: the PDF library (PDFium) {how.en} reading it."
    if reader:
        zh += "文件可能已损坏，或是特意构造的恶意文件；阅读器不受影响。"
        en += " The file may be damaged, or crafted to do harm; the reader is not affected."
    else:
        zh += (
            "文件可能已损坏，或是特意构造的恶意文件；PDFium 在单独的进程里读它，别的文件照常读取。"
        )
        en += (
            " The file may be damaged, or crafted to do harm; PDFium reads it in a process of"
            " its own, and other files are read as usual."
        )
    zh += "可以用别的 PDF 软件打开它，另存一份再试。"
    en += " Open it in another PDF program, save a copy and try that."
    return zh, en


def reader_crashed(
    path: str, how: Said, before: bool = False, lasting: bool = True
) -> ReaderCrashedError:
    """``ReaderCrashedError`` for ``path``: PDFium ``how`` (Said after "PDFium … reading
    it"), ``before`` (remembered), ``lasting`` (to remember). The reader itself runs on."""
    return ReaderCrashedError(path, str(how), how.en, before, lasting)


_PAGES_NAMED = 10
"""Pages named in the warning; more are "…"."""


def pages_without_text(pages: list[int]) -> Said:
    """The warning for a PDF whose pages ``pages`` (1-based) have no text layer."""
    zh = "、".join(str(n) for n in pages[:_PAGES_NAMED]) + (
        "…" if len(pages) > _PAGES_NAMED else ""
    )
    en = ", ".join(str(n) for n in pages[:_PAGES_NAMED]) + (
        ", …" if len(pages) > _PAGES_NAMED else ""
    )
    if len(pages) == 1:
        return Said(
            f"第{zh}页没有文字层（可能是扫描页），这一页的内容没有显示。",
            f"Page {en} has no text layer (a scanned page?): its content is not shown.",
        )
    return Said(
        f"第{zh}页没有文字层（可能是扫描页），这些页的内容没有显示。",
        f"Pages {en} have no text layer (scanned pages?): their content is not shown.",
    )


def glyphs_unread(count: int, pages: list[int]) -> Said:
    """The warning for a PDF whose Chinese font is not in the file nor on this machine:
    ``count`` characters standing alone (a line of one character: 序, 一) on ``pages`` were
    not read (PDFium cannot measure their glyphs and leaves them out of the text)."""
    zh_pages = "、".join(str(n) for n in pages[:_PAGES_NAMED]) + (
        "…" if len(pages) > _PAGES_NAMED else ""
    )
    en_pages = ", ".join(str(n) for n in pages[:_PAGES_NAMED]) + (
        ", …" if len(pages) > _PAGES_NAMED else ""
    )
    return Said(
        f"这个 PDF 的字体没有嵌入文件，本机也没有可替代的中文字体：第{zh_pages}页有 {count} 处"
        "单独的字没有读出（如单字一行的“序”）。安装中文字体（如 Noto CJK）后重新打开即可。",
        f"This PDF's fonts are not embedded and this machine has no Chinese font to stand in:"
        f" {count} character(s) standing alone on page(s) {en_pages} were not read (a line"
        " of one character such as 序). Install a Chinese font (such as Noto CJK) and open it"
        " again.",
    )


def encoding_guessed(encoding: str) -> Said:
    """The warning for a text file whose encoding was guessed (no BOM, no clear winner)."""
    return Said(
        f"编码是猜测的（{encoding}），个别字可能显示不对。",
        f"The encoding ({encoding}) was guessed; some characters may be wrong.",
    )


def undecoded_places(count: int, encoding: str) -> Said:
    """The warning for a text file read in ``encoding`` with ``count`` places that did not
    decode (``Decoded.undecoded``), each shown as ``�``: damaged, or cut short."""
    return Said(
        f"文件有 {count} 处字节不是有效的 {encoding} 文字（可能已损坏或被截断），显示为 �；其余照常读取。",
        f"{count} place(s) in the file are no valid {encoding} text (damaged or cut short?) and"
        " show as �; the rest reads as usual.",
    )


def lines_in_another_encoding(count: int, encoding: str, other: str) -> Said:
    """The warning for a text file in ``encoding`` with ``count`` lines in ``other``
    (``Decoded.mixed``), each read in its own: pasted from another file, most likely."""
    return Said(
        f"文件主要是 {encoding} 编码，但有 {count} 行是 {other} 编码（可能是从别的文件粘贴进来的），"
        "已逐行按各自的编码读取。",
        f"The file is mostly {encoding} text, but {count} line(s) are {other} (pasted from"
        " another file?): each line was read in its own encoding.",
    )


def nul_bytes_left_out(count: int) -> Said:
    """The warning for a text file read without its ``count`` NUL bytes (``Decoded.nuls``)."""
    return Said(
        f"文件里有 {count} 个空字节（NUL），已略去，其余照常读取；文件末尾的一串空字节常见于"
        "断电或程序崩溃时没有写完的文件，结尾的内容可能缺了。",
        f"{count} NUL byte(s) in the file were left out and the rest reads as usual; a run of"
        " them at the end is common in a file not fully written before a crash or a power"
        " cut, and its end may be missing.",
    )


def plain_text_named(suffix: str) -> Said:
    """The warning for a file named as a Word, PDF… file (``suffix``: ``.docx``) that holds
    plain text, read as such: its extension may be wrong (newuser25: a .docx whose bytes
    were the line "PK"). Made once, when the file is read (``read_source``): the reader
    said it only for a file with nothing to show, sniffing the file's head again."""
    return Said(
        f"文件名是 {suffix}，内容却是纯文本，不是真的 {suffix} 文件（可能是扩展名改错了），已按纯文本读取。",
        f"It is named {suffix} but holds plain text: it is no real {suffix} file (its extension"
        " may be wrong), read as plain text.",
    )
