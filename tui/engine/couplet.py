"""An editor's subtitle of two matched halves: 找书有甘苦，真伪费推敲.

A collected edition sets a short line of two matched halves joined by one comma over a
section (考证《红楼梦》，清查曹雪芹): an unnumbered subtitle, the heading family ``series.COUPLET``.
``is_couplet`` tells the line by its words alone; ``assemble`` decides whether it stands as a
heading (alone, its siblings beside it), and ``reflow`` joins no line under it across a blank
line. Moved out of ``lines``, which never called it (split109).
"""

from __future__ import annotations

from tui.base import patterns

# 找书有甘苦，真伪费推敲 / 考证《红楼梦》，清查曹雪芹: two halves joined by one comma.
_COUPLET = patterns.compile(
    r"^([^，,。！？!?；;：:、\s]{4,12})[，,]([^，,。！？!?；;：:、\s]{4,12})$"
)
_TITLE_MARKS = str.maketrans("", "", "《》“”‘’「」〈〉")


def is_couplet(text: str) -> bool:
    """找书有甘苦，真伪费推敲 / 谈《儒林外史》，推赞吴敬梓: an editor's subtitle of two matched
    halves (4-8 characters each, book-title marks and quotes not counted, lengths within
    one of each other) joined by one comma, with no other punctuation, not ending with a
    closing quote or bracket (a book title's 》 may end it)."""
    if len(text) > 26 or ("，" not in text and "," not in text) or text[-1] in "”’」』）)":
        return False  # (…曰“大中华民主国” | …: an extraction breaks lines after a closing quote)
    match = _COUPLET.match(text)
    if match is None:
        return False
    left, right = (len(half.translate(_TITLE_MARKS)) for half in match.groups())
    return 4 <= left <= 8 and 4 <= right <= 8 and abs(left - right) <= 1
