"""A Markdown file's YAML front matter and a quoted byline in the reader (issue #14): each
``key: value`` line on a row of its own, dimmed as back matter; the byline not run into the
paragraph under it."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import settle
from tui.app import make_app
from tui.engine import Kind

BODY = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"
TEXT = (
    '---\ntitle: "关于某某法（草案）的说明"\ndate: 2026-03-06\nsection: "第10版"\n---\n\n'
    "# 关于某某法（草案）的说明\n\n> 《某某日报》（2026年03月06日 第 10 版）\n\n"
    f"受委托，现作说明。{BODY}\n\n## 一、立法的重大意义\n\n{BODY}\n"
)


async def test_front_matter_rows_are_dimmed_and_the_byline_stands_alone(tmp_path: Path) -> None:
    path = tmp_path / "说明.md"
    path.write_text(TEXT, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        reader = app.main_screen.reader
        document = reader.document
        assert document is not None
        rows = [
            reader.render_line(y).text.strip()
            for y in range(reader.scrollable_content_region.height)
        ]
        for line in ('title: "关于某某法（草案）的说明"', "date: 2026-03-06", 'section: "第10版"'):
            assert line in rows, rows
        assert "《某某日报》（2026年03月06日 第 10 版）" in rows, rows
        assert not any(row.startswith("date: 2026-03-06section") for row in rows)
        back = reader.get_component_rich_style("reader--back")
        meta = [p for p in document.paragraphs if p.text.startswith(("title:", "date:"))]
        assert len(meta) == 2
        assert all(p.kind is Kind.BACK_MATTER and reader.paragraph_style(p) == back for p in meta)
        assert [h.title for s in document.speeches for h in s.headings] == ["立法的重大意义"]
