"""The held-out set (``tests/holdout``) is well formed: its gold can be scored as written.

The set measures the outline engine on texts it was never tuned on (``tests/holdout/README.md``);
it has no floors on purpose. These tests never run the engine: they check that every gold file
parses, names its text, and points at lines that exist and hold the heading it names, so a typo
in the gold cannot silently lower (or raise) the figures of ``python -m tests.regression.score
--holdout``.
"""

from __future__ import annotations

import pytest

from tests.regression.score import HOLDOUT, Gold, corpus, main, normalise

FILES = corpus(HOLDOUT)
MARK = 4
"""Leading characters of an entry's normalised text that its line must contain."""


def _lines(gold: Gold, data: bytes) -> list[str]:
    encoding = {"utf-8": "utf-8-sig", "gbk": "gb18030"}.get(gold.encoding, gold.encoding)
    return data.decode(encoding).split("\n")


def test_the_set_holds_at_least_fifteen_texts_of_eight_kinds() -> None:
    assert len(FILES) >= 15
    assert len({gold.kind.split("（")[0] for gold, _ in FILES}) >= 8


@pytest.mark.parametrize("gold, path", FILES, ids=[p.name for _, p in FILES])
def test_every_entry_points_at_its_heading(gold: Gold, path) -> None:
    assert gold.file == path.name
    lines = _lines(gold, path.read_bytes())
    starts = [speech.line for speech in gold.speeches]
    assert starts == sorted(starts) and starts[-1] <= len(lines)
    for speech in gold.speeches:
        for entry in speech.entries:
            assert speech.line <= entry.line <= len(lines), entry
            assert 1 <= entry.level <= 4, entry
            text = normalise(lines[entry.line - 1].replace("*", ""))
            assert normalise(entry.text)[:MARK] in text, (entry, lines[entry.line - 1][:60])


def test_the_scorer_reads_the_set_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--holdout", "--file", "h01"])
    out = capsys.readouterr().out
    assert "h01_leijun_zhiliang_guanli.md" in out
    assert "h05_" not in out
