"""The one sanitiser for text that reaches the terminal (issue #17, security)."""

from __future__ import annotations

import json
import os
import sys
import unicodedata

import pytest

from tui.base.safetext import UNSAFE, UNSAFE_CATEGORIES, is_safe, safe_json, safe_path, safe_text

CASES = [
    ("plain Chinese", "在全市优化营商环境大会上的讲话", "在全市优化营商环境大会上的讲话"),
    ("ideographic space stays", "　　同志们：", "　　同志们："),
    ("OSC 52 clipboard write", "a\x1b]52;c;aGVsbG8=\x07.txt", "a␛]52;c;aGVsbG8=␇.txt"),
    ("CSI clear screen", "\x1b[2J\x1b[H", "␛[2J␛[H"),
    ("C1 CSI", "x\x9b2Jy", "x‹U+009B›2Jy"),
    ("DEL", "a\x7fb", "a␡b"),
    ("NUL", "a\x00b", "a␀b"),
    ("bidi override", "abc\u202etxt.exe", "abc‹U+202E›txt.exe"),
    ("bidi isolate", "\u2066x\u2069", "‹U+2066›x‹U+2069›"),
    ("zero-width space", "营\u200b商", "营‹U+200B›商"),
    ("BOM", "\ufeff讲话", "‹U+FEFF›讲话"),
    ("line separator", "a\u2028b", "a‹U+2028›b"),
    ("tag character", "a\U000e0041b", "a‹U+E0041›b"),
    ("newline in a label", "a\nb", "a␊b"),
    ("tab in a label", "a\tb", "a␉b"),
    ("not-UTF-8 byte", os.fsdecode(b"\xb2\xe2\xca\xd4.txt"), "‹\\xb2›‹\\xe2›‹\\xca›‹\\xd4›.txt"),
]


@pytest.mark.parametrize(("text", "want"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_safe_text(text: str, want: str) -> None:
    assert safe_text(text) == want
    assert is_safe(want)


def test_keep_breaks_keeps_newline_and_tab_only() -> None:
    assert safe_text("a\nb\tc\x1bd\re", keep_breaks=True) == "a\nb\tc␛d␍e"
    assert not is_safe("a\nb")
    assert is_safe("a\nb", keep_breaks=True)


def test_path_names_are_safe_and_one_line() -> None:
    assert safe_path(os.fsdecode(b"/tmp/\x1b]0;pwned\x07\n.txt")) == "/tmp/␛]0;pwned␇␊.txt"


def test_result_encodes_to_utf8() -> None:
    """Lone surrogates would make print() fail; the placeholders encode."""
    safe_text(os.fsdecode(b"\xff\xfe")).encode("utf-8")


def test_pattern_covers_every_unsafe_character_of_this_python() -> None:
    """The written-out class matches every Cc/Cf/Cs/Zl/Zp character, and nothing assigned else."""
    missed, extra = [], []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        category = unicodedata.category(char)
        matched = UNSAFE.fullmatch(char) is not None
        if category in UNSAFE_CATEGORIES and not matched:
            missed.append(hex(code))
        elif matched and category not in UNSAFE_CATEGORIES and category != "Cn":
            extra.append(hex(code))
    assert missed == [], f"unsafe characters not replaced (Unicode {unicodedata.unidata_version})"
    assert extra == []


JSON_CASES = [
    ("ESC and BEL", "\x1b]52;c;aGk=\x07", '"\\u001b]52;c;aGk=\\u0007"'),
    ("C1", "x\x9by", '"x\\u009by"'),
    ("bidi override", "a\u202eb", '"a\\u202eb"'),
    ("zero-width joiner", "a\u200db", '"a\\u200db"'),
    ("tag character (astral)", "a\U000e0041", '"a\\udb40\\udc41"'),
    ("not-UTF-8 byte", os.fsdecode(b"\xb2.txt"), '"\\udcb2.txt"'),
    ("Chinese stays readable", "讲话", '"讲话"'),
]


@pytest.mark.parametrize(
    ("value", "want"), [c[1:] for c in JSON_CASES], ids=[c[0] for c in JSON_CASES]
)
def test_safe_json_escapes_what_safe_text_replaces(value: str, want: str) -> None:
    out = safe_json(value)
    assert out == want
    assert is_safe(out)
    assert json.loads(out) == value  # the exact string comes back


def test_safe_json_keeps_the_indentation_and_round_trips() -> None:
    value = {"path": os.fsdecode(b"/x/\xb2\xe2.txt"), "lines": ["a\nb", "\u202e"], "n": 1}
    out = safe_json(value, indent=2)
    assert out.startswith("{\n  ")
    assert is_safe(out, keep_breaks=True)
    assert json.loads(out) == value
    out.encode("utf-8")  # printable to a UTF-8 stdout


def test_keep_breaks_fast_path_leaves_multiline_text_alone() -> None:
    text = "第一行\n\t第二行\n"
    assert safe_text(text, keep_breaks=True) is text


def test_keep_breaks_outside_the_bmp() -> None:
    """The quick look lets every character outside the BMP through to the exact scan."""
    assert safe_text("行\n\U0001f600\n", keep_breaks=True) == "行\n\U0001f600\n"  # an emoji stays
    assert safe_text("行\n\U000e0041\n", keep_breaks=True) == "行\n‹U+E0041›\n"  # a tag does not
