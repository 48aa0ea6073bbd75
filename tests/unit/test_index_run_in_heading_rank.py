"""Corpus search's ranking (newuser14): a run-in heading's paragraph (五是加大企业服务力度。
…民营企业…) holds its text too, and a hit in that text counted as a heading hit, the
ranking's first key: in a study folder "民营企业" listed a report with 1 hit above one with
11. Only the hits in the heading's own words count as heading hits now, in the index and in
a scan alike."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.engine import index as ix
from tui.engine.match import parse_query

RUN_IN = """\
在全市经济工作会议上的讲话

同志们：

　　一、今年的主要任务

　　五是加大企业服务力度。大力扶持企业特别是民营企业和中小微型企业发展。

　　六是抓好项目建设。项目是发展的生命线。
"""

MANY = "在全市民营经济发展大会上的讲话\n\n同志们：\n\n" + "".join(
    f"　　第{n}段，民营企业是发展的重要力量。\n\n" for n in range(1, 12)
)

TITLED = """\
在全市经济工作会议上的讲话

同志们：

　　一、支持民营企业发展

　　要为企业办实事。
"""


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SPEECH_READER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


@pytest.mark.parametrize("use_index", [True, False])
def test_a_hit_in_a_run_in_headings_text_is_no_heading_hit(tmp_path: Path, use_index: bool) -> None:
    folder = tmp_path / "讲话"
    folder.mkdir()
    (folder / "甲_一处.txt").write_text(RUN_IN, encoding="utf-8")
    (folder / "乙_十一处.txt").write_text(MANY, encoding="utf-8")
    (folder / "丙_标题.txt").write_text(TITLED, encoding="utf-8")
    query = parse_query("民营企业")
    with ix.Index(tmp_path / "i.sqlite3") as index:
        if use_index:
            index.sync(folder)
        result = ix.search_library(folder, query, index=index, use_index=use_index)
    found = {Path(f.path).name: (f.total, f.heading_hits) for f in result.files}
    assert found == {"甲_一处.txt": (1, 0), "乙_十一处.txt": (11, 0), "丙_标题.txt": (1, 1)}
    # A hit in a heading's words still ranks first; then by the number of hits.
    assert [Path(f.path).name for f in result.files] == [
        "丙_标题.txt",
        "乙_十一处.txt",
        "甲_一处.txt",
    ]
    titles = ix.search_library(folder, parse_query("标题:民营企业"), index=None, use_index=False)
    assert [(Path(f.path).name, f.heading_hits) for f in titles.files] == [("丙_标题.txt", 1)]
