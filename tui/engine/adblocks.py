"""An advertising block at a one-line text's start or end, cut into its phrases and words.

A text that lost its line breaks runs a document site's ad block (仅供学习 禁止外传 某某文库 …
会员群：免费QQ群：…) into its title or its last paragraph. ``ad_block_parts`` cuts the block before
the title off the text's first parts, ``ad_block_tail`` the one after its last words, each into
its whole ad phrases and the words between them, so that ``noise`` marks them as it marks them
on lines of their own. Whether a piece is noise is ``noise``'s to say, not this module's; an ad
phrase inside a sentence (材料仅供学习参考，禁止外传，…) is no block, and nothing is cut. Called by
``lines.segment_lines``; moved out of ``lines`` as it was (split109).
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine.segment import SPACES

# 仅供学习 / 禁止外传 / 会员群： / 免费QQ群：12345: the phrases an advertising block before a
# text's title is made of (``noise._AD_WORDS`` marks them), an account number after a label's colon.
_AD_PHRASE = patterns.compile(
    r"仅供学习|禁止外传|更多(?:范文|资料)请关注|"
    r"(?:免费)?(?:QQ|Qq|qQ|qq|微信|会员)群[：:](?:[ \u3000]*[0-9A-Za-z@._-]{3,}"
    r"(?=[ \u3000\u3400-\u9fff]|$))?"
)
_AD_PHRASE_BEFORE = " \u3000。！？!?】"
"""What a whole ad phrase follows (besides the text's start and another ad phrase)."""
_AD_BLOCK_MAX = 300
"""The farthest an ad block at a one-line text's start reaches (its last phrase's end)."""
_AD_BLOCK_PIECES = patterns.compile(r"[ \u3000]+|(?<=[。！？!?】])|(?=【)")


def _ad_block_cut(text: str) -> list[str]:
    """A one-line text opening with an advertising block (its lines joined by a space, or by
    nothing: 仅供学习 禁止外传 某某文库 …【打击倒卖活动】举报…！会员群：免费QQ群：在…的讲话 同志们：…):
    the block cut into its pieces — its whole ad phrases (after a space, a sentence end or
    another phrase; before a space or another phrase, or ending with a label's colon) and, between
    them, the words at its spaces, sentence ends and 【】 — the rest of the text after them. A
    phrase inside a sentence (材料仅供学习参考，禁止外传，…) is no whole phrase: nothing is cut."""
    start = len(text) - len(text.lstrip(SPACES))
    phrases: list[tuple[int, int]] = []
    for found in _AD_PHRASE.finditer(text, start, start + _AD_BLOCK_MAX):
        at, end = found.span()
        before = (
            at == start or text[at - 1] in _AD_PHRASE_BEFORE or (phrases and phrases[-1][1] == at)
        )
        after = (
            end == len(text)
            or text[end] in " \u3000"
            or "群" in found.group()  # (a label: its colon, or the number after it, ends it)
            or found.group().endswith("关注")  # (更多范文请关注公众号…: what follows is its name)
            or _AD_PHRASE.match(text, end) is not None
        )
        if before and after:
            phrases.append((at, end))
    if not phrases or phrases[0][0] != start:
        return [text]
    pieces: list[str] = []
    edge = start
    for at, end in phrases:
        pieces.extend(piece for piece in _AD_BLOCK_PIECES.split(text[edge:at]) if piece)
        pieces.append(text[at:end])
        edge = end
    rest = text[edge:].lstrip(SPACES)
    return pieces + ([rest] if rest else [])


_AD_TAIL_PIECE_MAX = 40
"""The longest piece of an ad block at a one-line text's end (``noise._PROMO_MAX``): a longer
one is a paragraph of the speech, and nothing is cut."""


def ad_block_tail(text: str) -> list[str]:
    """The last part of a one-line text with an ad block at its end cut off into its pieces
    (…谢谢大家！ 仅供学习 禁止外传 / …谢谢大家！更多范文请关注公众号某某 免费QQ群：123456): from its
    first whole ad phrase (after a space or a sentence end, as ``_ad_block_cut`` reads one) in
    the last ``_AD_BLOCK_MAX`` characters, cut at spaces, sentence ends and 【】, when every
    piece is at most ``_AD_TAIL_PIECE_MAX`` characters; else the part is left whole."""
    for found in _AD_PHRASE.finditer(text, max(1, len(text) - _AD_BLOCK_MAX)):
        at, end = found.span()
        if text[at - 1] not in _AD_PHRASE_BEFORE:
            continue
        phrase = found.group()
        if not (
            end == len(text)
            or text[end] in " \u3000"
            or "群" in phrase
            or phrase.endswith("关注")
            or _AD_PHRASE.match(text, end) is not None
        ):
            continue
        pieces = [piece for piece in _AD_BLOCK_PIECES.split(text[at:]) if piece]
        if any(len(piece) > _AD_TAIL_PIECE_MAX for piece in pieces):
            return [text]
        return [text[:at].rstrip(SPACES), *pieces]
    return [text]


def ad_block_parts(parts: list[str]) -> list[str]:
    """The first parts of a one-line text with its opening ad block cut (``_ad_block_cut``),
    also where a run of spaces split the block (会员群：      免费QQ群： 在…): a part the block
    fills to its end leaves the next part to be cut too."""
    out: list[str] = []
    for index, part in enumerate(parts):
        pieces = _ad_block_cut(part)
        out.extend(pieces)
        if len(pieces) == 1 or _AD_PHRASE.fullmatch(pieces[-1]) is None:
            return out + parts[index + 1 :]
    return out
