"""``folder_listing.moved_folder`` (and ``renamed_folder``, beside itself): the open file's folder moved under another folder of the
tree is found by the file's device and inode at the same place, renamed there or not; a
folder moved out of the tree, the tree's root itself, or one past the folders it may look
in is not (that one said: the look stopped)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tui import folder_listing
from tui.folder_listing import MovedLook, moved_folder, renamed_folder


def _identity(path: Path) -> tuple[int, int]:
    found = os.stat(path)
    return found.st_dev, found.st_ino


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """资料/2024年/上半年/甲.txt, 资料/2025年/旧/ and 资料/2025年/新/."""
    root = tmp_path / "资料"
    (root / "2024年" / "上半年").mkdir(parents=True)
    (root / "2024年" / "上半年" / "甲.txt").write_text("讲话", encoding="utf-8")
    (root / "2025年" / "旧").mkdir(parents=True)
    (root / "2025年" / "新").mkdir()
    return root


def test_a_folder_moved_deeper_and_renamed_is_found(tree: Path) -> None:
    path = tree / "2024年" / "上半年" / "甲.txt"
    identity = _identity(path)
    (tree / "2024年" / "上半年").rename(tree / "2025年" / "新" / "上半年定稿")
    new = tree / "2025年" / "新" / "上半年定稿"
    assert moved_folder(path, identity, tree) == MovedLook(
        (tree / "2024年" / "上半年", new, new / "甲.txt")
    )


def test_a_folder_above_it_moved_is_found_with_the_file_at_the_same_place(tree: Path) -> None:
    path = tree / "2024年" / "上半年" / "甲.txt"
    identity = _identity(path)
    (tree / "2024年").rename(tree / "2025年" / "旧" / "2024年")
    new = tree / "2025年" / "旧" / "2024年"
    assert moved_folder(path, identity, tree) == MovedLook(
        (tree / "2024年", new, new / "上半年" / "甲.txt")
    )


def test_a_folder_moved_with_the_file_renamed_in_it_is_found(tree: Path) -> None:
    """``mv 2024年 2025年/旧/; mv …/上半年/甲.txt …/上半年/甲定稿.txt`` between two looks: the
    file is found by its inode in the listing of its folder, under the same folders from
    the one moved (a file of that inode elsewhere, a hard link in another folder, is not
    taken for it: the folders between differ)."""
    path = tree / "2024年" / "上半年" / "甲.txt"
    identity = _identity(path)
    os.link(path, tree / "2025年" / "新" / "甲链接.txt")  # (the same inode, not the place)
    new = tree / "2025年" / "旧" / "2024年"
    (tree / "2024年").rename(new)
    renamed = new / "上半年" / "甲定稿.txt"
    (new / "上半年" / "甲.txt").rename(renamed)
    assert moved_folder(path, identity, tree) == MovedLook((tree / "2024年", new, renamed))


def test_not_found_out_of_the_tree_for_the_root_another_file_or_past_the_bound(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tree / "2024年" / "上半年" / "甲.txt"
    identity = _identity(path)
    assert moved_folder(path, identity, tree) == MovedLook(None)  # (not moved)
    (tree / "2024年" / "上半年").rename(tree.parent / "上半年")
    # (out of the tree: every folder looked in, so not stopped)
    assert moved_folder(path, identity, tree) == MovedLook(None, stopped=False)
    (tree.parent / "上半年").rename(tree / "2025年" / "新" / "上半年")
    other = tree / "2025年" / "新" / "上半年" / "甲.txt"
    written = other.with_name("新.txt")
    written.write_text("讲话", encoding="utf-8")
    written.replace(other)  # (the same name, another file: made before the first is freed)
    assert moved_folder(path, identity, tree) == MovedLook(None)
    identity = _identity(other)
    assert moved_folder(path, identity, tree).found is not None
    monkeypatch.setattr(folder_listing, "MOVED_LOOKS", 2)  # (资料, then 2024年: not 2025年/新)
    assert moved_folder(path, identity, tree) == MovedLook(None, stopped=True)
    monkeypatch.setattr(
        folder_listing, "MOVED_LOOKS", 5
    )  # (资料 and its four folders: all, none left)
    (tree.parent / "out").mkdir()
    (tree / "2025年" / "新" / "上半年").rename(tree.parent / "out" / "上半年")
    assert moved_folder(path, identity, tree) == MovedLook(None, stopped=False)
    tree.rename(tree.with_name("资料2"))
    assert moved_folder(path, identity, tree) == MovedLook(None)  # (the root itself gone)


def test_a_folder_renamed_beside_itself_is_found_with_the_file_renamed_in_it_or_not(
    tree: Path,
) -> None:
    """``renamed_folder``: 上半年 → 上半年定稿 beside itself gives the file at the same place;
    with the file renamed too, the file of the same device and inode at that place; a
    folder still there, or the folder gone elsewhere, gives None (``moved_folder``'s part)."""
    path = tree / "2024年" / "上半年" / "甲.txt"
    identity = _identity(path)
    assert renamed_folder(path, identity) is None  # (not renamed)
    old, new = tree / "2024年" / "上半年", tree / "2024年" / "上半年定稿"
    old.rename(new)
    assert renamed_folder(path, identity) == (old, new, new / "甲.txt")
    (tree / "2024年" / "下半年").mkdir()  # (a folder beside it without the file)
    (new / "甲.txt").rename(new / "甲定稿.txt")
    assert renamed_folder(path, identity) == (old, new, new / "甲定稿.txt")
    new.rename(tree / "2025年" / "新" / "上半年")
    assert renamed_folder(path, identity) is None  # (moved under another folder)
