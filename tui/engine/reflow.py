"""Re-flow: the cleaned segments joined into paragraphs.

A PDF or a hard-wrapped file breaks sentences over lines and pages; an indented file
starts every paragraph with an indent. ``reflow_paragraphs`` measures the text once
(``reflowmeasures``: its modes, the width it was wrapped at, its full lines;
``reflowcrossheads``: the lines that stand alone) and then joins a segment to the paragraph
before it only where the sentence goes on (``_continues``, with the tests of one line in
``reflowlines`` and the joins in ``reflowseams``); a heading, a title or a Markdown ``#``
line is a paragraph of its own.

Why this module is about 500 lines: ``reflow_paragraphs``' loop and ``_continues`` make one
decision (does this line go on the paragraph above?) with some twenty measures passed
between them; apart, neither could be read without the other.
"""

from __future__ import annotations

from tui.engine.couplet import is_couplet
from tui.engine.markers import SPOKEN_FAMILIES, Marker, match_marker
from tui.engine.noise import is_page_data, is_page_number
from tui.engine.para import END_CHARS, FULL_STOP, Para
from tui.engine.reflowcrossheads import link_words, lone_crossheads, standing_titles
from tui.engine.reflowlines import (
    ARTICLES,
    BULLET_ROOM,
    CN_NUMERALS,
    blank_ends_full_heading,
    closes_open_bracket,
    first_item_runs_inline,
    goes_on_below,
    inline_item_above,
    inline_item_goes_on,
    next_item_runs_inline,
    one_aside,
    ordinal_cut,
    rest_of_first_line,
    standing_short_line,
    stops_mid_sentence,
    title_broken,
)
from tui.engine.reflowmeasures import (
    NEVER_STARTS,
    SHORT_LINE,
    bare_short,
    before_tail,
    blank_lines_break,
    blanks_after_ends,
    carrying_families,
    cuts_run_on,
    indent_takes_room,
    indents_open,
    least_full_end,
    least_full_length,
    sentenced_families,
    speech_blocks,
    text_modes,
    twice_wrapped,
    whole_lines,
    wrap_width,
)
from tui.engine.reflowseams import (
    CN_DIGITS,
    cut_mid_clause,
    doubled_at_seam,
    join_pieces,
    title_seam,
    word_at_seam,
)
from tui.engine.role import BODY, INNER_BREAKERS, SALUTATION, TITLE, Role
from tui.engine.segment import CLOSERS, Segment, is_sentence_end
from tui.engine.wrapcuts import (
    goes_on_unparted,
    headings_parted,
    indented_families,
    number_cut,
)

_RHETORICAL = SPOKEN_FAMILIES | {"di-bare", "di-kind", "sequence"}


def reflow_paragraphs(
    segments: list[Segment],
    roles: list[Role],
    markers: list[Marker | None],
    full_text: str,
) -> list[Para]:
    content = [
        i for i, seg in enumerate(segments) if not seg.noise and not seg.back and roles[i] is BODY
    ]
    # (Most lines end with 。: they are told apart here without calling is_sentence_end.)
    open_lines = [
        i
        for i in content
        if segments[i].text[-1:] not in END_CHARS and not is_sentence_end(segments[i].text)
    ]
    indent_mode, cut_mode = text_modes(segments, content, before_tail(open_lines, roles), markers)
    blocks = speech_blocks(segments, roles)
    carrying = carrying_families(segments, blocks, markers) if cut_mode else set()
    sentenced = sentenced_families(segments, blocks, markers) if cut_mode and indent_mode else set()
    width = wrap_width(segments, open_lines, content, markers) if cut_mode else 0
    full_from = least_full_length(segments, open_lines, width) if width else 0
    full_end = least_full_end(segments, open_lines, width) if width else 0
    twice = twice_wrapped(segments, content) if cut_mode else (0, 0)
    blank_breaks = bool(width) and blank_lines_break(segments, open_lines, width)
    blank_ends_heading = cut_mode and not width and cuts_run_on(segments, open_lines, markers)
    leads_count = bool(width) and indent_takes_room(segments, open_lines, width)
    indent_opens = bool(width) and indents_open(segments, content, markers, width, full_from)
    blank_after_ends = blank_breaks and blanks_after_ends(segments, content, full_from)
    parted = blank_after_ends and headings_parted(segments, content, markers, full_from)
    indented_kinds = indented_families(segments, content, markers) if indent_opens else frozenset()
    whole = (
        cut_mode
        and not width
        and not indent_mode
        and whole_lines(segments, content, open_lines, markers)
    )
    standing = standing_titles(segments, content, markers) if cut_mode and not width else set()
    if not width and not whole:
        standing |= lone_crossheads(segments, content, markers)
    paragraphs: list[Para] = []
    seams: dict[tuple[str, str], bool] = {}
    current: Para | None = None
    page_break = False  # noise (a page header or number) since the current paragraph began
    last_length = 0  # the length of the current paragraph's last line
    alone = False  # the current paragraph is a part title standing alone (``standing_titles``)
    after_link = False  # the current paragraph's last piece is a link's words (``link_words``)
    parted_seam = False  # a blank line stands between the current paragraph and the page seam
    numbered_seam = False  # the noise since the current paragraph holds a page number

    for index, seg in enumerate(segments):
        role = roles[index]
        if seg.noise and not (
            whole
            and current is not None
            and not page_break
            and link_words(segments, markers, index)
        ):
            paragraphs.append(
                Para(seg.text, seg.line, seg.line, BODY, True, shown=seg.shown, shown_end=seg.shown)
            )
            if not page_break:
                # (a blank line between the paragraph and the seam: see ``_continues``)
                parted_seam = current is not None and seg.line > current.end_line + 1
                numbered_seam = False
            numbered_seam = numbered_seam or is_page_number(seg.text)
            page_break = True
            if is_page_data(seg.text):
                current = None  # (a page's data line under its title: no page seam)
            continue
        if seg.back:  # (a list item keeps its bullet, as in the text: tags: | • 学校)
            paragraphs.append(
                Para(
                    seg.text,
                    seg.line,
                    seg.line,
                    BODY,
                    back=True,
                    bullet=seg.bullet,
                    shown=seg.shown,
                    shown_end=seg.shown,
                )
            )
            current = None
            continue
        marker = markers[index]
        blank_above = index > 0 and seg.line > segments[index - 1].line + 1
        # A link's words (``link_words``): noise here (a running header, by its repeats), or
        # text (``Segment.cut_words``) — the same join into a heading either way.
        link = seg.noise or seg.cut_words
        # A segment starting with a heading marker starts a paragraph unless it goes on a
        # title (``_continues`` says so at once): the call is skipped for those 6,000 of a
        # 10 MB file.
        if (
            current is not None
            and (
                (
                    marker is not None
                    and width
                    and last_length >= width - 2  # (a full line: the width found runs one over)
                    and role is BODY
                    and current.role is BODY
                    # (where an indent opens a paragraph, an indented number is no wrap's)
                    and not (indent_opens and seg.indented)
                    # (nor is an indented number under a flush line that ends a sentence: …连自
                    # 己也说不出。 | 　　二、武断。… — a wrap's lines go on flush, and this text's do)
                    and not (
                        seg.indented
                        and not segments[index - 1].indented
                        and is_sentence_end(current.text)
                    )
                    and (
                        # …所以 | — 2 — | 第四件大事，可说是…: a page seam (a page number in the
                        # noise between) cut the sentence; the next page goes on with it.
                        (page_break and numbered_seam and stops_mid_sentence(current))
                        or (
                            not page_break
                            and (
                                inline_item_goes_on(current.text, marker)
                                or (
                                    len(seg.text) >= width - 2
                                    and inline_item_above(paragraphs, marker)
                                )
                                or first_item_runs_inline(segments, index, marker)
                                or next_item_runs_inline(current, segments, index, marker)
                                # …這時醒時是不能夠有的。第 | 四、是空時約束：…: the wrap broke an
                                # ordinal (第四、) after its 第; the line goes on with the numeral.
                                or (current.text[-1:] == "第" and seg.text[:1] in CN_NUMERALS)
                                or stops_mid_sentence(current)
                                # 　　四．…或经行皆可。 | 五．持名…: flush, where its family's
                                # lines stand indented.
                                or (not seg.indented and marker.family in indented_kinds)
                                # …降至2. | 2。攀枝花…: the wrap cut a number, not a heading's.
                                or number_cut(current.text, seg.text)
                                # …多于男子。） | 第一，…原因约有几种：: no blank line above in a
                                # text whose paragraphs are parted by blank lines.
                                or (
                                    parted
                                    and not blank_above
                                    and goes_on_unparted(current.text, current.marker, marker)
                                )
                            )
                        )
                    )
                )
                or (
                    marker is not None
                    and role is BODY
                    and current.role is BODY
                    and (
                        closes_open_bracket(current.text, marker)
                        # …形成種種的夢了。 | 二、想像 | 說：…: in a text wrapped twice the number
                        # opens the rest of a full line of the first wrap.
                        or (
                            twice[0] > 0
                            and not page_break
                            and seg.line == current.end_line + 1
                            and rest_of_first_line(seg.text, last_length, twice)
                            and goes_on_below(segments, markers, index)
                        )
                        or (current.text[-1:] == "第" and ordinal_cut(current.text, marker))
                    )
                )
                or (marker is None or role is TITLE)
                and _continues(
                    current,
                    seg,
                    role,
                    marker,
                    indent_mode,
                    cut_mode,
                    carrying,
                    blocks[index],
                    width,
                    page_break,
                    last_length,
                    sentenced,
                    alone,
                    whole,
                    after_link,
                    blank_breaks and blank_above,
                    blank_breaks,
                    full_from,
                    blank_ends_heading,
                    indent_opens,
                    blank_after_ends and blank_above,
                    page_break
                    and parted_seam
                    and numbered_seam  # (a seam, not a link's words cut out: 5、民主 | 法制)
                    and blank_breaks
                    and index + 1 < len(segments)
                    and segments[index + 1].line > seg.line + 1,
                    link=link,
                    full_end=full_end,
                    cut_title=current.marker is not None
                    and current.parts == 1
                    and (
                        # (cheap tests first: ``_continues`` is asked for most lines)
                        (
                            current.text[-1:] == current.text[-2:-1]
                            and cut_mid_clause(current.text[current.marker.end :])
                        )
                        or (
                            current.text[-1:] == seg.text[:1]
                            and doubled_at_seam(current.text, seg.text, full_text, seams)
                        )
                        or (
                            # (a text whose pages cut its lines: the word's look-ups scan it)
                            cut_mode
                            and seg.shown > 0
                            and seg.shown == current.shown_end + 1
                            and word_at_seam(current.text, seg.text, full_text, seams)
                        )
                    ),
                )
            )
        ):
            if current.role is TITLE:
                current.text = current.text + title_seam(current.text, seg.text) + seg.text
            else:
                current.text = join_pieces(current.text, seg.text, full_text, seams)
            current.end_line = seg.line
            current.shown_end = seg.shown  # (0 after a piece cut out of a line: not its own)
            current.parts += 1
            page_break = False
            last_length = len(seg.text)
            after_link = link  # (a link's words, see ``link_words``)
            continue
        current = Para(
            seg.text,
            seg.line,
            seg.line,
            role,
            False,
            marker,
            md=seg.md,
            bullet=seg.bullet,
            shown=seg.shown,
            shown_end=seg.shown,
        )
        paragraphs.append(current)
        page_break = False
        last_length = (
            len(seg.text) + (seg.lead if leads_count else 0) + (BULLET_ROOM if seg.bullet else 0)
        )
        alone = index in standing
        after_link = False
    return paragraphs


def _continues(
    current: Para,
    seg: Segment,
    role: Role,
    marker: Marker | None,
    indent_mode: bool,
    cut_mode: bool,
    carrying: set[tuple[int, str]],
    block: int,
    width: int,
    page_break: bool,
    last_length: int = 0,
    sentenced: set[tuple[int, str]] | None = None,
    alone: bool = False,
    whole: bool = False,
    after_link: bool = False,
    blank_above: bool = False,
    blank_parted: bool = False,
    full_from: int = 0,
    blank_ends_heading: bool = False,
    indent_opens: bool = False,
    blank_ends_line: bool = False,
    blank_below: bool = False,
    link: bool = False,
    full_end: int = 0,
    cut_title: bool = False,
) -> bool:
    if current.role is TITLE and role is TITLE:
        # A title broken over two lines — but not a part's numbered title under the file's
        # (在某某会议上的讲话 | 一　一月十八日的讲话: the first part, a speech of its own).
        part = match_marker(seg.text) if seg.text[:1] in CN_DIGITS else None
        return part is None or part.family != "cn-space"
    if current.role is SALUTATION and role is SALUTATION:
        # 各位友邦的元首與貴賓、…全體 | 國人同胞，大家好：: the two lines of a salutation a wrap
        # broke (``roles``), one paragraph — not two salutations one after the other.
        return current.text[-1:] not in "：:"
    if current.role is not BODY or role is not BODY or marker is not None:
        return False
    if current.md or seg.md or seg.parted or seg.bullet:
        # A Markdown ``#`` heading is a line of its own; an empty quote line (>) ends a paragraph;
        # a list item (- …, * …, • …) starts one, as Markdown renders it.
        return False
    if seg.text[0] in NEVER_STARTS:
        return True  # ，佛家亦主张“无我”: no paragraph starts with a comma or a closing mark
    if alone and current.parts == 1:
        return False  # a part title standing alone in a page-cut text (``standing_titles``)
    if indent_mode:
        if (
            sentenced
            and current.marker is not None
            and current.parts == 1
            and current.text[-1] in CLOSERS
            and (block, current.marker.family) in sentenced
            and seg.text[-1] == "。"
            and FULL_STOP.search(current.text) is None
        ):
            # 第一个时期——从粉碎四次“围剿” | 以后到…以前。 where its siblings are sentences: an
            # extraction that breaks lines after a closing mark cut the heading's sentence.
            return True
        if (
            seg.indented
            and current.marker is not None
            and current.parts == 1
            and current.marker.end < len(current.text)
            and FULL_STOP.search(current.text) is None
            and title_broken(current.text, seg.text)
        ):
            return True  # 一、提高思想认识和 | 工作水平, each line indented: see below
        if cut_title or (
            current.marker is not None
            and current.parts == 1
            and current.text[-1] == "、"
            and current.marker.end < len(current.text) - 1
        ):
            # 一、…大突破，牢牢 | 扭住…, 一要…坚决破除因循守旧、 | 固步自封的…, each line indented
            # (a one-line text's lines given back, ``spacedlines``): the source's page cut the
            # title (see below), or a title stops on an enumeration's comma, which ends none
            return True
        return not seg.indented
    if indent_opens and seg.indented:
        # (outside indented texts) an indent opens a paragraph in this hard-wrapped text, whose
        # paragraphs start indented and whose wrapped lines go on flush (``indents_open``)
        return False
    text = current.text
    if is_sentence_end(text):
        # In a hard-wrapped text a full line that happens to end a sentence (…先机。 at the
        # wrap width) need not end the paragraph: the text goes on unless it is a heading
        # paragraph. A real paragraph end is told by a short last line, or by a blank line
        # where blank lines part paragraphs (``blank_above``, ``blank_lines_break``). A
        # numbered paragraph already over two lines or more is text, no heading line
        # (（1）字典…要完备。这几样… | …胜于请几个先生。 | 这种先生…); where blank lines part
        # paragraphs (``blank_parted``) any sentence mark goes on so (…国粹将沦亡矣！” | 但是…).
        return bool(
            width
            # (a numbered line too, where blank lines part paragraphs: （5）介绍：…地位…… |
            # 不能不知道，… with no blank line between is one paragraph, its title going on)
            and (current.marker is None or current.parts >= 2 or blank_parted)
            and last_length >= (full_end or width - 1)
            and (text[-1] == "。" or blank_parted)
            and not blank_above
            and not (full_from >= width - 3 and standing_short_line(seg.text, width))
        )
    if text[-1] in INNER_BREAKERS:
        return True
    # Still only a heading's title (no sentence in it yet), even if a page break was joined.
    heading_line = current.marker is not None and (
        "。" not in text
        and "！" not in text
        and "？" not in text
        and "!" not in text
        and "?" not in text
    )
    if current.marker is not None and current.marker.end >= len(text):
        # A bare numeral (一 / 1) on its line: the section's text follows — unless a web page
        # cut at links (``whole_lines``) broke the heading after its number ((五) | 改 革开放 |
        # 不断深化。…): then the link's words and the rest of the sentence are its title.
        return whole and current.parts == 1 and not page_break and bare_short(seg.text)
    if heading_line:
        # A heading line with no end punctuation is a standalone heading, unless a page
        # break cut it: in the middle of a number (三、20|26年…), or just before a page
        # header or number ((三)深入 | — 3 — | 推进城市治理现代化).
        titled_from = current.marker.end  # type: ignore[union-attr]
        titled = titled_from < len(text)
        if titled and (text[-1].isdigit() or (text[-1] == "-" and text[-2:-1].isdigit())):
            return True
        if (
            page_break
            and len(seg.text) <= SHORT_LINE
            and not is_sentence_end(seg.text)
            # (第一节 策略问题 | 1 | 学习参考资料（内部） | 　　关于策略之错误，…: an indented
            # line after the seam opens the section's first paragraph)
            and not seg.indented
            # (二、社会之意义 | blank | - 2 - | 讲话稿精选汇编 | 自然界与人类 | blank | text, where
            # blank lines part paragraphs: the heading ended before the seam, and the line
            # after it stands between blank lines — a sub-heading at the page's top; a heading
            # is kept with its text by typesetting, seldom cut by a page)
            and not blank_below
        ):
            return True
        if titled and current.parts == 1 and title_broken(text, seg.text):
            return True
        if titled and cut_title:
            # 一、…大突破，牢牢 | blank | 扭住招商引资…: the title stops on a word that only leads
            # a verb, or a page seam printed its last character twice (…发展和现 | 现代化建设…):
            # the source's page cut the title; it goes on, past a blank line or a short line.
            return True
        if not page_break and (
            (seg.cut_words and not any(ch in text[titled_from:] for ch in "，,；;"))
            or (after_link and not whole)
        ):
            # 5、民主 | 法制 | 建设得到加强，…: words a page's links cut out of the heading's
            # sentence (``Segment.cut_words``: repeated, each time inside a sentence), and the
            # rest of the sentence after them, whatever the width (in a text cut only at links,
            # ``whole``, the rest is told below). Not after a title with a comma, whole in its
            # clauses: （二）全面落实农村政策，大力发展农村经济 | 全面建设小康社会 | ，难点在…
            # — the link's words open the section's text.
            return True
    if width and current.marker is None and seg.line > current.end_line + 1 and one_aside(text):
        # （一九八二年一月五日在…编印的一份反映广东一 | 些地区…简报上的批语） | blank | 三目前…: a
        # paragraph that is one aside in brackets (a date or occasion line) with a blank line
        # under it ends there, though no sentence mark closes it.
        return False
    if width and len(text) + (BULLET_ROOM if current.parts == 1 and current.bullet else 0) < (
        full_from or width - 3
    ):
        # Every paragraph is wrapped at ``width`` characters: a shorter line was not
        # wrapped, it ends its paragraph (a heading on its own line, a title); ``full_from``
        # is the least full length (``least_full_length``: less where a wrapped PDF was wrapped again).
        return False
    if heading_line and width and last_length >= width - 2:
        # …and a heading line that fills the width was wrapped like the text: its title goes
        # on in the next line (一、坚持不懈推进全面从严治党向纵深发展，不断提高党的建设 | 质量),
        # unless a blank line under it ends it (``blank_ends_full_heading``).
        return not blank_ends_full_heading(width, blank_ends_line, page_break, last_length)
    if (
        heading_line
        and whole
        and not page_break
        and current.parts == 1
        and not bare_short(seg.text)
    ):
        # The paragraphs are whole lines, cut only at links (``whole_lines``): a heading line
        # with no end punctuation is the whole heading (第一，牢记第一要务，凝神聚力抓发展 |
        # 抓住机遇，…), not a lead sentence a page width cut — unless a link word follows it
        # (第三，切实加强民主 | 法制 | 建设。…).
        return False
    if heading_line and whole and not page_break and (link or after_link):
        # 五、民主 | 法制 | 建设…: a repeated link's words inside the heading's sentence (``link``:
        # noise or text, see ``link_words``), and the rest of the sentence after them.
        return True
    if heading_line:
        # In PDF text a 一是/一要/第一， lead sentence goes on to its 。, and 一、/（一） go on
        # where their siblings carry body text (see ``carrying_families``).
        if not cut_mode:
            return False
        if blank_ends_heading and seg.line > current.end_line + 1 and not page_break:
            # 三、均势之恢复——“合题”（synthese） | two empty lines | 这种“三题式”…: where the
            # text's cut lines go on in the very next line, a blank line ends the heading.
            return False
        if not page_break and ARTICLES.fullmatch(text, current.marker.end) is not None:  # type: ignore[union-attr]
            return False  # (二)第五十四条至第五十六条、第六十条: a heading naming articles is whole
        family = current.marker.family  # type: ignore[union-attr]
        return family in _RHETORICAL or (block, family) in carrying
    if (
        not cut_mode
        and current.parts == 1
        and len(text) <= SHORT_LINE
        and (
            not any(ch in text for ch in "，、；,;")
            or (seg.line > current.end_line + 1 and is_couplet(text))
        )
    ):
        # Where lines end with punctuation, a short line with none at all is a title, a
        # date or a table-of-contents entry, not half of a sentence; so is a subtitle of
        # two matched halves (找书有甘苦，真伪费推敲) with a blank line under it.
        return False
    return True
