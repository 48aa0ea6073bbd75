"""File names cut to the file tree's width keep what tells them apart: a folder of
营商环境讲话稿0000.txt … showed every row as "营商环境讲…", one like the other."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from rich.cells import cell_len
from rich.style import Style
from textual.pilot import Pilot

from tests.ui.conftest import SPEECH_FILE, settle
from tui.app import SpeechReaderApp, make_app
from tui.widgets.filetree import SpeechFileTree


async def tree_in_sight(app: SpeechReaderApp, pilot: Pilot[Any]) -> SpeechFileTree:
    """The main screen's file tree, in sight (hidden at 80 columns until ctrl+b)."""
    tree = app.main_screen.filetree
    if not tree.display:
        await pilot.press("ctrl+b")
        await settle(app, pilot)
    return tree


def labels(tree: SpeechFileTree, folder: Path) -> list[str]:
    """The labels the tree draws for the files of ``folder`` (icon, name, marker, count)."""
    node = tree.node_for_path(folder)
    assert node is not None
    return [tree.render_label(child, Style(), Style()).plain for child in node.children]


async def test_numbered_names_keep_their_number_when_cut(tmp_path: Path) -> None:
    series = tmp_path / "三千个文件"
    series.mkdir()
    for number in range(12):
        (series / f"全市营商环境讲话稿{number:04d}.txt").write_text(SPEECH_FILE, encoding="utf-8")
    (tmp_path / "在全市优化营商环境大会上的讲话第12讲.txt").write_text(
        SPEECH_FILE, encoding="utf-8"
    )
    # a real Word file: a plain-text one named .docx loses its "W" once counted
    word_file = docx.Document()
    word_file.add_paragraph(SPEECH_FILE)
    word_file.save(str(tmp_path / "在全市优化营商环境大会上的讲话.docx"))
    app = make_app(tmp_path / "在全市优化营商环境大会上的讲话第12讲.txt")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        tree.focus()
        tree.node_for_path(series).expand()  # type: ignore[union-attr]
        await settle(app, pilot)
        shown = labels(tree, series)
        assert len(shown) == 12 and len(set(shown)) == 12, shown
        for number, label in enumerate(shown):
            assert f"{number:04d}" in label and "…" in label, label
        room = tree.scrollable_content_region.width
        top = labels(tree, tmp_path)
        numbered = next(label for label in top if "12讲" in label)
        assert numbered.split(" ")[1].startswith("在全市"), numbered
        assert "…" in numbered and ".txt" not in numbered, numbered
        # A name with no number is cut at its end, as before; its kind keeps its marker.
        word = next(label for label in top if " W" in label)
        assert word.split(" ")[1].startswith("在全市") and "…" in word, word
        assert all(cell_len(label) <= room for label in top), (room, top)


async def test_a_name_that_fits_shows_its_extension_as_the_name(speech_dir: Path) -> None:
    """A name cut to the pane loses its ".txt"; DirectoryTree drew the extension of a name
    that fitted in italics, so it stood apart: a lone italic ".txt" at the end of one row
    (docs/images/quote.svg). Drawn as the rest of the name now, on the screen's strips."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        node = tree.node_for_path(speech_dir / "乙讲话.txt")
        assert node is not None
        strip = tree.render_line(node.line - int(tree.scroll_offset.y))
        assert strip.text.rstrip().endswith("乙讲话.txt")
        pieces = [(segment.text, segment.style) for segment in strip]
        name = [style for text, style in pieces if "乙讲话" in text]
        extension = [style for text, style in pieces if ".txt" in text]
        assert name and extension, pieces
        assert not any(style is not None and style.italic for style in extension), extension
        assert extension[0] == name[-1], (name, extension)


NAME = "在全市优化营商环境大会上的讲话"
WANTED = [".doc", ".docx", "PDF", ".rtf", "W"]


def _twin_folder(folder: Path) -> None:
    for suffix in (".doc", ".docx", ".rtf"):
        (folder / f"{NAME}{suffix}").write_text(SPEECH_FILE, encoding="utf-8")
    (folder / f"{NAME}稿.docx").write_text(SPEECH_FILE, encoding="utf-8")
    (folder / f"{NAME}.pdf").write_text(SPEECH_FILE, encoding="utf-8")
    (folder / "甲.txt").write_text(SPEECH_FILE, encoding="utf-8")


async def test_the_same_name_in_two_word_formats_shows_each_suffix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """讲话.doc and 讲话.docx were two rows alike, "📄 在全市优化营商… W" (the marker stands
    for the suffix, and both are W; newuser24 on a folder of real files): a name listed in
    two formats of one marker shows its suffix in its place. A name alone keeps its W, a
    PDF its PDF."""
    # A folder of its own: the app's state folder (``isolated_home``, tmp_path/home) is
    # written once the app runs, and a test slower than the screen's poll listed it first
    # (as test_filetree_listing's in 9884cd8; leak29's whole check at load 15). No counts:
    # a test slower than ``COUNT_DELAY`` showed "W  1篇".
    monkeypatch.setattr("tui.screens.main.COUNT_DELAY", 1e6)
    folder = tmp_path / "speeches"
    folder.mkdir()
    _twin_folder(folder)
    app = make_app(folder / "甲.txt")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        shown = labels(tree, folder)
        room = tree.scrollable_content_region.width
        # in the folder's order: .doc, .docx, .pdf, .rtf, then 讲话稿.docx (the name alone)
        assert [label.split()[-1] for label in shown[:5]] == WANTED, shown
        assert all(label.split()[1].startswith("在全市") for label in shown[:5]), shown
        assert len(set(shown[:5])) == 5, shown
        assert all(cell_len(label) <= room for label in shown), (room, shown)


async def test_a_number_keeps_the_letters_it_is_glued_to_when_cut(tmp_path: Path) -> None:
    """nuclear-explain-p1.txt and -p2.txt showed as "nuclear-e…1" and "nuclear-e…2" (a lone
    digit, read as a count; newuser24, newuser25): the one to three letters a number is
    glued to at a word's start are its part ("p1", "v2") and stay with it; a longer word's
    end does not (Chinese numbers as before)."""
    for name in (
        "nuclear-explain-session-p1",
        "nuclear-explain-session-p2",
        "cmse-press-briefing-v10",
    ):
        (tmp_path / f"{name}.txt").write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(tmp_path / "nuclear-explain-session-p1.txt")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        room = tree.scrollable_content_region.width
        shown = [label for label in labels(tree, tmp_path) if label.startswith("📄")]
        assert len(shown) == 3 and all("…" in label for label in shown), (room, shown)
        ends = [label.split()[1].split("…")[-1] for label in shown]
        assert ends == ["v10", "p1", "p2"], shown
        assert all(cell_len(label) <= room for label in shown), (room, shown)


async def test_a_marker_that_fits_beside_the_whole_name_stays_in_a_subfolder(
    tmp_path: Path,
) -> None:
    """In a subfolder at 160x45, 开学典礼.htm showed "开学典礼" alone: no count (no room
    with the marker), and the marker went with it though it fitted beside the whole name,
    so the row told neither its kind nor, its extension taken for the marker, its suffix
    (newuser27). Once counted, the count is kept (daily74): the name is cut, and where
    the marker leaves the name fewer than ``NAME_CELLS`` the marker goes first."""
    folder = tmp_path / "speeches"
    # (three folders down: one down, the guides narrowed (daily98), the marker had room
    # beside the name cut to "开学典…"; four down since the pane is 28 cells at 160
    # columns (daily108))
    sub = folder / "会议" / "二〇二四" / "上半年" / "网页"
    sub.mkdir(parents=True)
    (folder / "甲.txt").write_text(SPEECH_FILE, encoding="utf-8")
    page = (
        "<html><body>"
        + "".join(f"<p>{line}</p>" for line in SPEECH_FILE.split())
        + "</body></html>"
    )
    for name in ("开学典礼.htm", f"{NAME}.htm"):
        (sub / name).write_text(page, encoding="utf-8")
    app = make_app(folder / "甲.txt")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        for opened in (sub.parent.parent.parent, sub.parent.parent, sub.parent):
            tree.node_for_path(opened).expand()  # type: ignore[union-attr]
            await settle(app, pilot)
        tree.node_for_path(sub).expand()  # type: ignore[union-attr]
        await settle(app, pilot)
        room = tree.scrollable_content_region.width
        shown = labels(tree, sub)
        short = next(label for label in shown if "开学" in label)
        assert short.split()[1:3] == ["开学典礼", "网页"], (room, short)
        tree.set_speech_counts({sub / "开学典礼.htm": 12, sub / f"{NAME}.htm": 3})
        await settle(app, pilot)
        shown = labels(tree, sub)
        short = next(label for label in shown if "开学" in label)
        long = next(label for label in shown if "开学" not in label)
        assert short.split()[1:] == ["开学典礼", "12篇"], (room, shown)
        assert "…" in long and long.endswith("  3篇"), (room, long)  # (the count first)
        guides = 5 * tree.guide_depth
        assert all(cell_len(label) <= room - guides for label in (short, long)), (room, short, long)


async def test_a_count_stays_where_the_name_without_its_extension_fits(tmp_path: Path) -> None:
    """One folder down at 160x45 (17 cells for a label) 合集2MB.txt lost its count though
    "合集2MB  90篇" fitted: whether the count gives way was measured on the name with its
    extension, which a name short of room does not show. Now the count stays, the name
    without .txt; a name listed in two speech formats keeps its extension (it tells the
    two apart), and its count too, the name cut before the extension (daily74)."""
    folder = tmp_path / "大文件"
    folder.mkdir()
    # (讲话稿汇编本: 讲话稿汇编.txt fits whole in the 28-cell pane of 160 columns, daily108)
    for name in ("讲话合集2MB.txt", "讲话稿汇编本.txt", "讲话稿汇编本.md"):
        (folder / name).write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(folder / "讲话合集2MB.txt")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        subfolder = folder.resolve()
        tree.path = tmp_path.resolve()  # the folder one level down
        await settle(app, pilot)
        node = tree.node_for_path(subfolder)
        assert node is not None
        node.expand()
        await settle(app, pilot)
        tree.set_speech_counts(
            {subfolder / name: 90 for name in ("讲话合集2MB.txt", "讲话稿汇编本.txt")}
        )
        await pilot.pause()
        shown = labels(tree, subfolder)
        assert "📄 讲话合集2MB  90篇" in shown, shown
        assert "📄 讲话稿汇编本.md" in shown and "📄 讲话稿汇….txt  90篇" in shown, shown


def _twin_pages(folder: Path) -> tuple[Path, list[Path]]:
    """网页讲话.html and 网页讲话.mhtml in ``folder`` and in its 子目录, beside 甲.txt: the
    subfolder and the four pages (``folder``'s first)."""
    sub = folder / "子目录"
    sub.mkdir()
    page = "<html><body><h1>讲话</h1><p>" + SPEECH_FILE + "</p></body></html>"
    pages = [
        place / f"网页讲话全文{suffix}" for place in (folder, sub) for suffix in (".html", ".mhtml")
    ]
    for path in pages:
        path.write_text(page, encoding="utf-8")
    (folder / "甲.txt").write_text(SPEECH_FILE, encoding="utf-8")
    return sub, pages


@pytest.mark.parametrize("size", [(160, 45), (80, 24)])
async def test_a_count_is_kept_and_the_name_cut(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """网页讲话.html and 网页讲话.mhtml lost their "12篇" in the 25-cell pane at 160x45 (they
    needed 24 cells with it, had 21): the count gave way to keep 10 cells of name. The
    count is what the tree tells (the whole name is on the status line): it is kept, with
    the suffix that tells the two apart, and the name cut ("网页…"); one folder down, where
    not all fits, the marker goes before the count. At 160x45 and at 80x24."""
    monkeypatch.setattr("tui.screens.main.COUNT_DELAY", 1e6)  # (the counts set here only)
    sub, pages = _twin_pages(tmp_path)
    app = make_app(tmp_path / "甲.txt")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        tree = await tree_in_sight(app, pilot)
        tree.focus()
        tree.node_for_path(sub).expand()  # type: ignore[union-attr]
        await settle(app, pilot)
        tree.set_speech_counts(dict(zip(pages, (12, 3, 12, 3), strict=True)))
        await pilot.pause()
        width = tree.scrollable_content_region.width
        top = [label for label in labels(tree, tmp_path) if "网页" in label]
        # (a character more in the 28-cell pane of 160 columns, daily108)
        head = "网页讲话…" if size == (160, 45) else "网页讲…"
        assert top == [f"📄 {head} .html  12篇", f"📄 {head} .mhtml  3篇"], (width, top)
        below = labels(tree, sub)
        assert [label.split()[-1] for label in below] == ["12篇", "3篇"], (width, below)
        assert all(label.split(" ")[1].startswith("网") for label in below), below
        assert all(cell_len(label) <= width - tree.guide_depth for label in top), (width, top)
        assert all(cell_len(label) <= width - 2 * tree.guide_depth for label in below), below
        # The .mhtml read as a plain web page keeps its suffix beside the 网页 marker (its
        # content's kind): cut, its name keeps a head ("📄….mhtml 网页" had none).
        tree.set_content_kinds({pages[1]: "html"})
        await pilot.pause()
        mhtml = next(
            label for label in labels(tree, tmp_path) if "mhtml" in label or "3篇" in label
        )
        assert mhtml.startswith("📄 网") and mhtml.endswith("3篇"), mhtml


async def test_a_big_count_in_english_is_kept_in_a_subfolder_at_80_columns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 80x24 in English with the keyword panel open (the tree 19 cells wide once shown), a
    subfolder's 合集5MB.txt showed no "252 sp." (seen in tmux): the count gave way where the
    name would keep fewer than 5 cells. It is kept while a character of the name is ("📄
    合…  252 sp."); the marker still gives way where the name would keep fewer than 5."""
    monkeypatch.setattr("tui.screens.main.COUNT_DELAY", 1e6)  # (the counts set here only)
    sub = tmp_path / "大文件"
    sub.mkdir()
    big = sub / "合集5MB.txt"
    big.write_text(SPEECH_FILE, encoding="utf-8")
    (tmp_path / "甲.txt").write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(tmp_path / "甲.txt", language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        await pilot.press("K")  # (the keyword panel open, as it was: the tree narrower)
        await settle(app, pilot)
        await tree_in_sight(app, pilot)
        tree.node_for_path(sub).expand()  # type: ignore[union-attr]
        await settle(app, pilot)
        tree.set_speech_counts({big: 252})
        await pilot.pause()
        (label,) = labels(tree, sub)
        assert label.startswith("📄 合") and label.endswith("252 sp."), label
        assert cell_len(label) <= tree.scrollable_content_region.width - 4, label


async def test_a_size_ending_a_name_is_kept_when_cut(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One folder down at 160x45, 合集10MB.txt beside 合集5MB.txt showed "合集…  504篇"
    (seen in tmux): the number and its unit end the name and tell it from the other, so
    they are kept, as a series number is ("合…10MB  504篇")."""
    monkeypatch.setattr("tui.screens.main.COUNT_DELAY", 1e6)  # (the counts set here only)
    sub = tmp_path / "大文件"
    sub.mkdir()
    # (讲话稿合集: 讲话合集10MB fits whole in the 28-cell pane of 160 columns, daily108)
    files = [sub / "讲话稿合集5MB.txt", sub / "讲话稿合集10MB.txt"]
    for path in files:
        path.write_text(SPEECH_FILE, encoding="utf-8")
    (tmp_path / "甲.txt").write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(tmp_path / "甲.txt")
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        tree.node_for_path(sub).expand()  # type: ignore[union-attr]
        await settle(app, pilot)
        tree.set_speech_counts(dict(zip(files, (252, 504), strict=True)))
        await pilot.pause()
        shown = labels(tree, sub)
        assert shown == ["📄 讲话稿合集5MB  252篇", "📄 讲话稿合…10MB  504篇"], shown


@pytest.mark.parametrize("keywords", [False, True])
async def test_twin_web_pages_keep_their_suffix_in_english_at_80_columns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, keywords: bool
) -> None:
    """At 80x24 in English 网页讲话.html and 网页讲话.mhtml were two rows of "📄 网页讲…  1
    sp." (the keyword panel open: the tree 19 cells), and one folder down, without it,
    "网页…  12 sp." and "网页讲…  3 sp." told nothing of which was which. Cut, a name
    listed beside a twin keeps its suffix; where that and the count do not both fit, the
    count gives way (the status line has both)."""
    monkeypatch.setattr("tui.screens.main.COUNT_DELAY", 1e6)  # (the counts set here only)
    sub, pages = _twin_pages(tmp_path)
    app = make_app(tmp_path / "甲.txt", language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        if keywords:
            await pilot.press("K")
            await settle(app, pilot)
        await tree_in_sight(app, pilot)
        tree.node_for_path(sub).expand()  # type: ignore[union-attr]
        await settle(app, pilot)
        tree.set_speech_counts(dict(zip(pages, (1, 1, 12, 3), strict=True)))
        await pilot.pause()
        width = tree.scrollable_content_region.width
        for read_as_pages in (False, True):
            if read_as_pages:
                # The .mhtml files read as plain pages: their 网页 marker ("web") gave way
                # to nothing, "网页讲… web  1 sp.", its suffix lost when cut.
                tree.set_content_kinds({pages[1]: "html", pages[3]: "html"})
                await pilot.pause()
            for folder, guides in ((tmp_path, 1), (sub, 2)):
                twins = [label for label in labels(tree, folder) if "网" in label]
                assert len(twins) == 2 and twins[0] != twins[1], (width, twins)
                assert ".html" in twins[0] and ".mhtml" in twins[1], (width, twins)
                assert all(label.startswith("📄 网") for label in twins), (width, twins)
                room = width - tree.guide_depth * guides
                assert all(cell_len(label) <= room for label in twins), (room, twins)


SAME_HEADS = (
    "在全市优化营商环境大会上的讲话",
    "在全市优化营商环境推进会上的讲话",
    "在全市招商引资工作会议上的讲话",
    "在全市招商引资工作推进会上的讲话",
    "市长在全市经济工作会议上的讲话",
    "深化放管服改革优化营商环境讲话",
)


@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
async def test_names_alike_at_their_head_show_where_they_differ(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """Speech files named alike up to their middle (在全市优化营商环境大会上的讲话, …推进会上的
    讲话) were cut to the same head in the tree's 25 cells, "在全市优…  1篇" twice (seen in
    tmux at 80x24 with ctrl+b, and at 160x45): each now shows, after "…", where it differs
    from the name beside it, and its head as far as it tells it from the names further off
    ("在全市优…大会…", "在全市优…推进…"). A name alone keeps its head cut."""
    monkeypatch.setattr("tui.screens.main.COUNT_DELAY", 1e6)  # (the counts set here only)
    folder = tmp_path / "讲话"
    folder.mkdir()
    for name in SAME_HEADS:
        (folder / f"{name}.txt").write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(folder / f"{SAME_HEADS[-1]}.txt")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        tree = await tree_in_sight(app, pilot)
        tree.set_speech_counts({folder / f"{name}.txt": 1 for name in SAME_HEADS})
        await pilot.pause()
        shown = labels(tree, folder)
        room = tree.scrollable_content_region.width - tree.guide_depth
        assert all(cell_len(label) <= room for label in shown), (room, shown)
        assert all(label.endswith("  1篇") for label in shown), shown
        assert len(set(shown)) == len(shown), shown
        names = [label.removeprefix("📄 ").removesuffix("  1篇") for label in shown]
        for name, differs in zip(names[:4], ("大", "推", "会", "推"), strict=True):
            head, rest = name.split("…", 1)
            assert head.startswith("在全市") and rest.startswith(differs), names
        assert names[:2] != names[2:4] and names[0].split("…")[0] != names[2].split("…")[0]
        assert names[4].startswith("市长在全市") and names[5].startswith("深化放管服")


TWO_GROUPS = tuple(
    f"在全市{topic}{meeting}上的讲话"
    for topic in ("优化营商环境", "招商引资")
    for meeting in ("大会", "工作会议", "推进会")
)


@pytest.mark.parametrize("down", [False, True], ids=["folder", "one-down"])
@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
async def test_names_alike_in_groups_stay_apart_in_english_and_one_folder_down(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    size: tuple[int, int],
    language: str,
    down: bool,
) -> None:
    """Two groups of three names alike (在全市优化营商环境大会上的讲话, …工作会议…, …推进会…;
    the same with 招商引资): in English ("1 sp." takes more room than "1篇") or one folder
    down the 25-cell pane left too little for the head and the part that differs, and two
    rows read "在…推进会…  1 sp." (seen in tmux at 160x45). The guides narrow in a narrow
    pane (2 cells a level, not 4), and the first name of a group keeps a head longer than
    what the next group shares ("在…大会上的讲话" was the first of both groups once there was
    room for it). Every row is cut, keeps its count, and differs from the others."""
    monkeypatch.setattr("tui.screens.main.COUNT_DELAY", 1e6)  # (the counts set here only)
    folder = tmp_path / "会议讲话"
    sub = folder / "推进会" if down else folder
    sub.mkdir(parents=True, exist_ok=True)
    for name in TWO_GROUPS:
        (sub / f"{name}.txt").write_text(SPEECH_FILE, encoding="utf-8")
    (folder / "甲.txt").write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(folder / "甲.txt", language=language)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        tree = await tree_in_sight(app, pilot)
        if down:
            tree.node_for_path(sub).expand()  # type: ignore[union-attr]
            await settle(app, pilot)
        tree.set_speech_counts({sub / f"{name}.txt": 1 for name in TWO_GROUPS})
        await pilot.pause()
        shown = [label for label in labels(tree, sub) if "甲" not in label]
        count = "  1篇" if language == "zh" else "  1 sp."
        room = tree.scrollable_content_region.width - (2 if down else 1) * tree.guide_depth
        assert all(cell_len(label) <= room for label in shown), (room, shown)
        assert all(label.endswith(count) and "…" in label for label in shown), shown
        assert len(set(shown)) == len(shown), shown
