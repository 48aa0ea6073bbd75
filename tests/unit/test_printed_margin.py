"""A printed page's margin is no indent (issue #14, holdout33 r05: a 立法院公報 turn as the
gazette prints it — every paragraph's first line three spaces in, the lines it goes on in two).
Every line was indented, so every line opened a paragraph, and a heading's title stopped at its
line's end (一、本案係「亞培原味安素」…但無法即時提出產 | 品之安全性資料，已預防性下架。).

The row fails on the engine before the rule; the others are texts whose leads say what they
said before: paragraphs alone indented, and every line at one lead (this trap fails without the
rule's condition that some lines are indented past the margin)."""

from __future__ import annotations

from tests.documents import one_speech_outline

PRINTED = [
    "陳部長時中：主席、各位委員。今天大院社會福利及衛生環境委員會召開會議，邀本部就專案報告。",
    "   壹、亞培安素等產品下架事件",
    "   一、本案係「亞培原味安素」等6項產品客訴率相較於之前較高，但無法即時提出產",
    "  品之安全性資料，已預防性下架。",
    "   二、本部對於案內相關處置情形",
    "   (一)本部作為：通知所轄衛生局查處、掌握6項產品下架情況、加強邊境輸入管控。",
    "  經綜合評估業者陳述與調查事實，要求新製程上線後的產品同意依程序進口，惟須加",
    "  強管控，並提供新製程相關驗效佐證資料備查，並責成地方衛生局確實督導業者辦理。",
    "   (二)督導各縣市衛生局：落實下架庫存產品監管，避免流入市售，並定期回報進度。",
    "   貳、亞培檢驗試劑回收事件",
    "   本案係本部進行國外醫療器材警訊監控時，蒐集到瑞士及英國衛生主管機關針對前",
    "  述產品發布警訊，並發現國內有產品許可證，故啟動調查機制，確認對民眾健康無影",
    "  響，並持續監控醫療器材國內不良反應、不良品及國際警訊，以確保國人健康安全。",
    "   參、總結",
    "   本部以維護國人健康為首要目標，除依公權力加強稽查及邊境抽批檢驗，持續監控",
    "  不良反應及國際警訊，強化落實產品自主管理，保障國人健康安全及消費者權益。",
]


def _text(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def test_a_printed_margin_is_no_indent() -> None:
    got = one_speech_outline(_text(PRINTED))
    assert (
        2,
        "一、本案係「亞培原味安素」等6項產品客訴率相較於之前較高，但無法即時提出產品之安全性資料，已預防性下架",
    ) in got, got


def test_paragraphs_alone_indented_as_before() -> None:
    # The lines that go on a paragraph flush: the three spaces are the paragraphs' indent, no
    # margin (the text found so before the rule too).
    flush = [line.lstrip(" ") if not line.startswith("   ") else line for line in PRINTED]
    got = one_speech_outline(_text(flush))
    assert (
        2,
        "一、本案係「亞培原味安素」等6項產品客訴率相較於之前較高，但無法即時提出產品之安全性資料，已預防性下架",
    ) in got, got


def test_every_line_at_one_lead_as_before() -> None:
    # Every line two spaces in (no deeper first lines): nothing tells a margin from an indent,
    # and every line opens a paragraph as before — the title stops at its line's end.
    even = ["  " + line.lstrip(" ") for line in PRINTED]
    got = one_speech_outline(_text(even))
    assert (
        2,
        "一、本案係「亞培原味安素」等6項產品客訴率相較於之前較高，但無法即時提出產",
    ) in got, got
