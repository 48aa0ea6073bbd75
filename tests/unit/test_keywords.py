"""Keywords: lazy quiet jieba, domain dictionary, stop words, folder-aware TF-IDF, corpus checks."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.base.safetext import safe_text
from tui.engine import Document, load_document, parse_text
from tui.engine import keywords as kw
from tui.engine.fold import fold
from tui.paths import bundled_corpus_dir, data_file

CORPUS = sorted(bundled_corpus_dir().glob("*.txt"))


@pytest.fixture(scope="module", autouse=True)
def tokenizer_ready(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Initialise jieba once, with its cache in a temporary home (never the user's)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SPEECH_READER_HOME", str(tmp_path_factory.mktemp("home")))
        kw.tokenizer()
        yield


@pytest.fixture(scope="module")
def corpus_documents() -> list[Document]:
    return [load_document(path) for path in CORPUS]


@pytest.fixture(scope="module")
def corpus_idf() -> kw.IdfTable:
    return kw.folder_idf(bundled_corpus_dir())


def _run(code: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SPEECH_READER_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )


def test_import_does_not_load_jieba(tmp_path: Path) -> None:
    out = _run(
        "import sys, tui.engine.keywords, tui.engine.doccache; print('jieba' in sys.modules)",
        tmp_path,
    )
    assert out.stdout.strip() == "False"


def test_tokenizer_is_silent_and_caches_in_app_home(tmp_path: Path) -> None:
    code = (
        "from tui.engine import keywords as k\n"
        "print(k.is_ready()); k.tokenizer(); print(k.is_ready())\n"
        "print('/'.join(k.tokenizer().cut('优化营商环境')))"
    )
    first = _run(code, tmp_path)
    assert first.stdout.split() == ["False", "True", "优化/营商环境"]
    assert first.stderr == ""  # jieba's "Building prefix dict" never reaches the terminal
    assert (tmp_path / "cache" / kw.FREQ_CACHE).is_file()
    second = _run(code, tmp_path)  # from the cache this time
    assert second.stdout.split() == first.stdout.split() and second.stderr == ""


@pytest.mark.parametrize(
    "term",
    [
        "营商环境",
        "放管服",
        "一把手工程",
        "高质量发展",
        "招商引资",
        "市场主体",
        "亲清政商关系",
        "一网通办",
        "最多跑一次",
        "政务服务",
        "不动产登记",
        "证照分离",
    ],
)
def test_domain_terms_stay_whole(term: str) -> None:
    sentence = f"我们要深入推进{term}，确保{term}落到实处。"
    assert list(kw.tokenizer().cut(sentence, HMM=False)).count(term) == 2


def test_modifier_compounds_do_not_swallow_core_terms() -> None:
    words = kw.content_words("持续优化营商环境，打造一流营商环境，深化营商环境改革。")
    assert words.count("营商环境") == 3
    assert not {"营商", "环境"} & set(words)


def test_a_traditional_text_is_cut_as_its_simplified_folding() -> None:
    """jieba's dictionary and the stop words are simplified: a traditional text was cut into
    fragments and lost most of its words (a Taiwanese report listed 力加, 均依, 未接). It is
    cut as its folding and its words keep the file's characters (the reader highlights
    them); a word's general IDF is its folding's."""
    traditional = "衛生福利部持續推動疫苗接種計畫，加強醫院護理人力，並對進口產品加強邊境查驗。"
    simplified = "卫生福利部持续推动疫苗接种计画，加强医院护理人力，并对进口产品加强边境查验。"
    words = kw.content_words(traditional)
    assert [fold(word) for word in words] == kw.content_words(simplified)
    assert {"疫苗", "接種", "醫院", "護理", "邊境", "查驗"} <= set(words)
    assert all(word in traditional for word in words)
    table = kw.IdfTable()
    assert table.general("醫院") == table.general("医院") != table.general("甲乙丙丁戊")


def test_content_words_share_one_string_per_word() -> None:
    """Counts of many speeches hold each word once, not once per speech (memory)."""
    first = kw.content_words("持续优化营商环境。")
    second = kw.content_words("打造一流营商环境。")
    assert "营商环境" in first and "营商环境" in second
    assert first[first.index("营商环境")] is second[second.index("营商环境")]


@pytest.mark.parametrize(
    ("token", "placeholder"),
    [
        ("xx", True),
        ("XX", True),
        ("xxxx", True),
        ("XXXX", True),
        ("×", True),
        ("××", True),
        ("*", True),
        ("**", True),
        ("＊＊", True),
        ("2022", True),
        ("x1x", True),
        ("10.5%", True),
        ("营商", False),
        ("GDP", False),
        ("5G", False),
        ("XX市", False),
    ],
)
def test_placeholders(token: str, placeholder: bool) -> None:
    assert kw.is_placeholder(token) is placeholder


@pytest.mark.parametrize(
    "word",
    ["我们", "同志们", "工作", "要", "进一步", "一是", "二是", "xx", "XX", "**", "×", "的", "2021"],
)
def test_stop_words(word: str) -> None:
    assert kw.is_stop_word(word)


def test_content_words_drop_stop_words_and_placeholders() -> None:
    words = kw.content_words(
        "同志们：今天，我们在xx市召开XX会议，**省长要求进一步优化营商环境，一是抓招商引资。"
    )
    assert "营商环境" in words and "招商引资" in words
    assert not [w for w in words if kw.is_stop_word(w)]
    assert not {"xx", "XX", "**", "同志们", "我们", "进一步", "一是"} & set(words)


def test_data_files_are_well_formed() -> None:
    entries = kw.read_dictionary(data_file(kw.DICT_FILE))
    words = [word for word, _, _ in entries]
    assert len(words) >= 300 and len(set(words)) == len(words)
    assert all(freq is not None and freq > 0 for _, freq, _ in entries)
    assert not [w for w in words if w in kw.stop_words()]
    assert {"营商环境", "放管服", "一网通办", "亲清政商关系"} <= set(words)
    assert {"我们", "同志们", "工作", "要", "进一步", "一是"} <= kw.stop_words()


def test_folder_idf_ranks_words_every_speech_says_low() -> None:
    idf = kw.IdfTable()
    for counts in (
        Counter({"营商环境": 3, "招商引资": 1}),
        Counter({"营商环境": 2}),
        Counter({"营商环境": 1, "放管服": 2}),
    ):
        idf.add_speech(counts)
    assert idf.speeches == 3
    assert idf.local("营商环境") == 0.0 and idf.local("没见过") == 1.0
    assert idf.idf("营商环境") < idf.general("营商环境")
    assert idf.idf("放管服") == pytest.approx(
        idf.general("放管服") * (1 - kw.FOLDER_WEIGHT + kw.FOLDER_WEIGHT * idf.local("放管服"))
    )
    ranked = kw.rank(Counter({"营商环境": 5, "放管服": 5}), idf, top=2)
    assert [k.term for k in ranked] == ["放管服", "营商环境"]
    assert [k.count for k in ranked] == [5, 5]


SECTIONED = """同志们：
一、优化营商环境
营商环境是生产力。营商环境就是竞争力。
（一）深化放管服改革
放管服改革要落地，放管服是抓手。
二、抓好招商引资
招商引资是生命线。招商引资要精准。
"""


def test_section_keywords_count_only_their_section() -> None:
    document = parse_text(SECTIONED)
    speech = document.speeches[0]
    idf = kw.IdfTable()
    first, second = [h for h in speech.headings if h.level == 1][:2]
    counts = {k.term: k.count for k in kw.section_keywords(document, speech, first, idf, top=20)}
    # Headings count too: 营商环境 twice in the body and once in the heading.
    assert counts["营商环境"] == 3 and counts["放管服"] == 3 and "招商引资" not in counts
    counts = {k.term: k.count for k in kw.section_keywords(document, speech, second, idf, top=20)}
    assert counts["招商引资"] == 3 and counts["生命线"] == 1
    assert "营商环境" not in counts
    assert kw.section_range(speech, second)[1] == speech.end


def test_folder_idf_is_cached_until_a_file_changes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "同志们：\n营商环境很重要。招商引资很重要。\n", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("同志们：\n营商环境要优化。放管服要深化。\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("放管服放管服", encoding="utf-8")
    first = kw.folder_idf(tmp_path)
    assert first.speeches == 2 and first.document_frequency["营商环境"] == 2
    assert kw.folder_idf(tmp_path) is first
    (tmp_path / "c.md").write_text("同志们：\n放管服改革。\n", encoding="utf-8")
    second = kw.folder_idf(tmp_path)
    assert second is not first and second.speeches == 3 and second.document_frequency["放管服"] == 2


def test_remembered_counts_stand_for_the_file_until_it_changes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("同志们：\n营商环境很重要。\n", encoding="utf-8")
    info = path.stat()
    remembered = [Counter({"记住的词": 1})]
    kw.remember_file_counts(path, (info.st_mtime_ns, info.st_size), remembered)
    assert kw.file_speech_counts(path) is remembered  # not parsed again
    path.write_text("同志们：\n放管服改革很重要。\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))
    assert "放管服" in kw.file_speech_counts(path)[0]


def _speech_texts(document: Document) -> list[str]:
    return [
        "\n".join(kw.paragraph_texts(document, speech.first, speech.end))
        for speech in document.speeches
    ]


def test_corpus_top_ten_have_no_stop_words_or_placeholders(
    corpus_documents: list[Document], corpus_idf: kw.IdfTable
) -> None:
    checked = 0
    for document in corpus_documents:
        for speech, top in zip(
            document.speeches, kw.document_keywords(document, corpus_idf, 10), strict=True
        ):
            terms = [k.term for k in top]
            assert not [t for t in terms if t in kw.stop_words() or kw.is_placeholder(t)], (
                document.path,
                speech.index,
                terms,
            )
            assert all(len(t) >= 2 and k.count >= 1 for t, k in zip(terms, top, strict=True))
            checked += 1
    assert checked >= len(CORPUS)


def test_corpus_yingshang_huanjing_is_one_keyword(
    corpus_documents: list[Document], corpus_idf: kw.IdfTable
) -> None:
    longer = [
        w
        for w, _, _ in kw.read_dictionary(data_file(kw.DICT_FILE))
        if "营商环境" in w and w != "营商环境"
    ]
    using = 0
    for document in corpus_documents:
        for speech, text in zip(document.speeches, _speech_texts(document), strict=True):
            written = text.count("营商环境") - sum(text.count(w) for w in longer)
            if written <= 0:
                continue
            using += 1
            counts = kw.speech_counts(document, speech)
            # Every written 营商环境 is counted as the one keyword, none as 营商 + 环境.
            assert counts["营商环境"] == written, (document.path, speech.index)
            ranked = [k.term for k in kw.speech_keywords(document, speech, corpus_idf, len(counts))]
            assert "营商环境" in ranked, (document.path, speech.index)
            top = ranked[:10]
            assert "环境" not in top
            # Where it is the speech's theme it leads; a speech that says it only in its
            # title and a few lines (叶集, 4×; 济源 speech 1, 3×) ranks it low, by design:
            # every speech of the folder says it, so its IDF is low.
            if written >= 10:
                assert "营商环境" in top[:5], (document.path, speech.index, top)
    assert using >= len(CORPUS)


def test_highlights_persist_and_survive_corruption(tmp_path: Path) -> None:
    from tui.highlights import USER_STYLE, Highlights, keyword_styles

    path = tmp_path / "highlights.json"
    store = Highlights(path)
    assert store.add("营商环境") and store.add(" 放管服 ") and not store.add("营商环境")
    assert not store.add("") and not store.add("字" * 41)
    assert Highlights(path).terms() == ["营商环境", "放管服"]
    assert store.toggle("营商环境") is False and Highlights(path).terms() == ["放管服"]
    assert store.styles() == {"放管服": USER_STYLE}
    path.write_text("{not json", encoding="utf-8")
    broken = Highlights(path)
    assert broken.terms() == [] and "highlights.json" in (broken.take_problem() or "")
    assert broken.take_problem() is None
    assert (
        list(keyword_styles(["a", "b"]).values())[0] != list(keyword_styles(["a", "b"]).values())[1]
    )


def test_general_idf_table_answers_as_a_dict_of_jieba_idf_would() -> None:
    import jieba

    path = Path(jieba.__file__).parent / "analyse" / "idf.txt"
    table = kw.GeneralIdf(path)
    expected: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, value = line.strip().partition(" ")
        if value:
            expected[word] = float(value)
    assert len(table) == len(expected) > 200_000
    values = sorted(expected.values())
    assert table.median == values[len(values) // 2]
    for word in list(expected)[::97] + ["营商环境", "放管服"]:
        if word in expected:
            assert table.get(word, -1.0) == expected[word]
        assert table.get(word, -1.0) == table.get(word, -1.0)  # remembered, same answer
    assert table.get("这不是一个词XYZ", -1.0) == -1.0


def test_the_sanitisers_placeholders_are_no_keywords() -> None:
    # A file's bidi override and a byte that was not UTF-8 reach the engine as the
    # sanitiser's placeholders (‹U+202E›, ‹\xff›): 202e and xff are no words of the file.
    text = safe_text("持续优化营商环境\u202e，打造一流营商环境\u202c。改革\udcff开放")
    words = kw.content_words(text)
    assert words == ["营商环境", "营商环境", "改革", "开放"]
    assert not any("202" in word or "xff" in word for word in words)
