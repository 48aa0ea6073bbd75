"""Benchmark (not a test): jieba ready time, keywords of the largest corpus file, corpus search.

Run ``python tests/bench/bench_keywords.py [--mb 50]``. It prints:

* jieba ready time, cold: a fresh interpreter importing ``tui.engine.keywords`` and
  calling ``tokenizer()`` with an empty cache folder, then again with the cache made;
* keywords for the largest corpus file (folder IDF first, then the file's speeches);
* search over ``--mb`` megabytes of speeches (corpus files repeated into a temp
  folder): the complete hit list cold (files read and decoded) and warm (cached
  texts), then placing every hit of the first 20 files in speeches and sections.
  Target: complete hit list in at most 0.5 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tui.engine import keywords as kw  # noqa: E402
from tui.engine import load_document  # noqa: E402
from tui.engine import search as se  # noqa: E402
from tui.paths import bundled_corpus_dir  # noqa: E402

READY = (
    "import time; t = time.perf_counter()\n"
    "from tui.engine import keywords\n"
    "keywords.tokenizer()\n"
    "print(time.perf_counter() - t)\n"
)


def jieba_ready(home: Path) -> float:
    """Seconds from a fresh interpreter's import to a ready tokenizer."""
    env = dict(os.environ, SPEECH_READER_HOME=str(home), PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", READY], capture_output=True, text=True, env=env, check=True)
    if out.stderr:
        print(f"  ! stderr not empty: {out.stderr[:200]!r}")
    return float(out.stdout.strip())


def build_tree(target: Path, megabytes: float) -> tuple[int, int]:
    """Copy corpus files round-robin into ``target`` (10 sub-folders) up to ``megabytes``."""
    sources = sorted(bundled_corpus_dir().glob("*.txt"))
    size = files = 0
    while size < megabytes * 1_000_000:
        source = sources[files % len(sources)]
        folder = target / f"batch{files % 10:02d}"
        folder.mkdir(exist_ok=True)
        shutil.copyfile(source, folder / f"{files:05d}-{source.name}")
        size += source.stat().st_size
        files += 1
    return files, size


def main() -> int:
    """Run the three measurements and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=50.0, help="megabytes of speeches to search")
    parser.add_argument("--term", default="营商环境")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        home = Path(temp) / "home"
        cold = jieba_ready(home)
        warm = jieba_ready(home)
        print(f"jieba ready (fresh process, import + init + domain dictionary): "
              f"cold {cold:.2f} s, with cache {warm:.2f} s")

        os.environ["SPEECH_READER_HOME"] = str(home)
        kw.tokenizer()
        largest = max(bundled_corpus_dir().glob("*.txt"), key=lambda p: p.stat().st_size)
        t = time.perf_counter()
        idf = kw.folder_idf(largest.parent)
        t_idf = time.perf_counter() - t
        t = time.perf_counter()
        document = load_document(largest)
        per_speech = kw.document_keywords(document, idf, 10)
        t_kw = time.perf_counter() - t
        t = time.perf_counter()
        kw.document_keywords(document, kw.folder_idf(largest.parent), 10)
        t_again = time.perf_counter() - t
        print(f"keywords of {largest.name} ({largest.stat().st_size / 1000:.0f} kB, "
              f"{len(document.speeches)} speeches): folder IDF {t_idf:.2f} s "
              f"({idf.speeches} speeches), parse + keywords {t_kw:.2f} s, again {t_again:.2f} s")
        print("  first speech:", " ".join(f"{k.term}({k.count})" for k in per_speech[0]))

        tree = Path(temp) / "tree"
        tree.mkdir()
        files, size = build_tree(tree, args.mb)
        se.clear_caches()
        t = time.perf_counter()
        results = se.search(tree, args.term)
        cold_search = time.perf_counter() - t
        total = sum(f.total for f in results)
        t = time.perf_counter()
        se.search(tree, args.term)
        warm_search = time.perf_counter() - t
        t = time.perf_counter()
        placed = sum(len(se.locate(found, args.term)) for found in results[:20])
        t_locate = time.perf_counter() - t
        print(f"search {args.term!r} over {size / 1e6:.1f} MB in {files} files: "
              f"{total} hits in {len(results)} files; complete list cold {cold_search:.2f} s, "
              f"warm {warm_search:.2f} s (target <= 0.5 s)")
        print(f"  placing {placed} hits of the first 20 files in speeches/sections: {t_locate:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
