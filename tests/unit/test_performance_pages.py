"""docs/performance.md (the policy) leads to docs/performance-log.md (the dated record), and
the log's contents list matches its sections: each entry links a heading of the log, and
each section of the log is listed (issue 18: a performance policy in docs/)."""

from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "docs"
POLICY = DOCS / "performance.md"
LOG = DOCS / "performance-log.md"


def anchor(heading: str) -> str:
    """GitHub's anchor of a Markdown heading's text (lower case, punctuation dropped)."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def headings(text: str) -> list[str]:
    """The ``##`` and ``###`` headings outside code blocks."""
    found, fenced = [], False
    for line in text.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        elif not fenced and re.match(r"#{2,3} ", line):
            found.append(line.split(" ", 1)[1])
    return found


def test_the_policy_links_the_log() -> None:
    assert "(performance-log.md)" in POLICY.read_text(encoding="utf-8")


def test_the_log_lists_every_section_it_has() -> None:
    text = LOG.read_text(encoding="utf-8")
    contents = text.split("## Contents", 1)[1].split("\n## ", 1)[0]
    listed = re.findall(r"^\s*- \[.*\]\(#([^)]+)\)$", contents, re.MULTILINE)
    sections = [anchor(h) for h in headings(text) if h != "Contents"]
    seen: dict[str, int] = {}
    unique = []
    for slug in sections:  # a repeated heading gets -1, -2 … as on GitHub
        count = seen.get(slug, 0)
        seen[slug] = count + 1
        unique.append(slug if count == 0 else f"{slug}-{count}")
    assert listed == unique
