"""``tui.paths.text_libraries``: the versions of the libraries a parse stands on, however
they are installed (the search index and the stored documents are rebuilt when one changes)."""

from __future__ import annotations

import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui import paths


def pkg_info(name: str, version: str) -> str:
    return f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\nSummary: x\n\nBody\n"


@pytest.fixture
def fresh() -> Iterator[None]:
    paths.text_libraries.cache_clear()
    yield
    paths.text_libraries.cache_clear()


def versions() -> dict[str, str]:
    lines = paths.text_libraries().splitlines()
    return dict(line.rsplit(" ", 1) for line in lines)  # type: ignore[misc]


def test_every_way_a_library_may_be_installed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None
) -> None:
    """A library installed as ``.egg-info`` (setuptools' develop mode, old installs),
    as an egg, or in a zip on ``sys.path`` showed as "-": its upgrade then changed
    nothing of the index's fingerprint, and an index of the old text was served."""
    site = tmp_path / "site"
    site.mkdir()
    # an .egg-info folder with the version in its name
    (site / "lxml-91.0-py3.11.egg-info").mkdir()
    # setuptools' develop mode: the version in PKG-INFO only
    (site / "selectolax.egg-info").mkdir()
    (site / "selectolax.egg-info" / "PKG-INFO").write_text(pkg_info("selectolax", "92.0"))
    # distutils: an .egg-info file
    (site / "striprtf-93.0-py3.11.egg-info").write_text(pkg_info("striprtf", "93.0"))
    # an unzipped egg on the path
    egg = tmp_path / "charset_normalizer-95.0-py3.11.egg"
    (egg / "EGG-INFO").mkdir(parents=True)
    (egg / "EGG-INFO" / "PKG-INFO").write_text(pkg_info("charset-normalizer", "95.0"))
    # a zip on the path, with a .dist-info inside
    libs = tmp_path / "libs.zip"
    with zipfile.ZipFile(libs, "w") as archive:
        archive.writestr("pypdfium2/__init__.py", "")
        archive.writestr("pypdfium2-94.0.dist-info/METADATA", pkg_info("pypdfium2", "94.0"))
    # (the only installation of each: the test's own site-packages not on the path)
    monkeypatch.setattr(sys, "path", [str(site), str(egg), str(libs)])
    assert versions() | {"unicode": "-"} == {
        "charset-normalizer": "95.0",
        "lxml": "91.0",
        "pypdfium2": "94.0",
        "selectolax": "92.0",
        "striprtf": "93.0",
        "unicode": "-",
    }


def test_a_zipped_egg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None) -> None:
    egg = tmp_path / "lxml-96.0-py3.11.egg"
    with zipfile.ZipFile(egg, "w") as archive:
        archive.writestr("lxml/__init__.py", "")
        archive.writestr("EGG-INFO/PKG-INFO", pkg_info("lxml", "96.0"))
    monkeypatch.setattr(sys, "path", [str(egg)])
    assert versions()["lxml"] == "96.0"


def test_the_first_on_the_path_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None
) -> None:
    """As Python imports it: an .egg-info before a .dist-info of the same library."""
    first, second = tmp_path / "first", tmp_path / "second"
    (first / "lxml-97.0.egg-info").mkdir(parents=True)
    (second / "lxml-98.0.dist-info").mkdir(parents=True)
    monkeypatch.syspath_prepend(str(second))
    monkeypatch.syspath_prepend(str(first))
    assert versions()["lxml"] == "97.0"


def test_this_installation_is_read_whole(fresh: None) -> None:
    assert "-" not in [v for k, v in versions().items()]
