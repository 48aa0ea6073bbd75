"""Back matter never starts inside a fenced code block (engine41): a program's output there
(docker's ``Step 1/8 : FROM alpine:latest as build``) reads like a comment line (a name, a
number, a colon), and on the engine before it was marked back matter (holdout20 h01 under
``--mess wrap``). Each row fails on the base; the trap rows keep back matter after the block.
"""

from __future__ import annotations

import pytest

from tui.engine import Kind, parse_text

INTRO = (
    "# 云原生时代的 Java\n\n"
    "Portola 项目的目标是将 OpenJDK 向 Alpine Linux 移植，这样可以得到很小的镜像，大家可以看一下构建的过程。\n\n"
)
BLOCK = (
    "```bash\n$ sudo docker build .\n"
    "Step 1/8 : FROM alpine:latest as build\nlatest: Pulling from library/alpine\n"
    "Step 2/8 : ADD https://download.java.net/java/early_access/alpine/16/binaries/x.tar.gz /opt/jdk/\n"
    " ---> Using cache\n```\n\n"
)
AFTER = "## Java 的未来\n\n云原生时代，Java 技术体系的许多前提假设都受到了挑战，这是我们必须面对的问题。\n"

ROWS = [
    ("a-docker-step-line-in-a-code-block", INTRO + BLOCK + AFTER, []),
    ("a-code-block-at-the-end", INTRO + AFTER + "\n" + BLOCK, []),
    ("tilde-fences", INTRO + BLOCK.replace("```bash", "~~~").replace("```", "~~~") + AFTER, []),
    # (traps) a source line after the block is back matter still; an unclosed fence opens
    # nothing
    (
        "trap-a-source-line-after-the-block",
        INTRO + AFTER + "\n" + BLOCK + "来源：某某技术社区\n",
        ["来源：某某技术社区"],
    ),
    (
        "trap-an-unclosed-fence",
        INTRO + AFTER + "\n```bash\n来源：某某技术社区\n",
        ["来源：某某技术社区"],
    ),
]


@pytest.mark.parametrize(("text", "back"), [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_back_matter_and_code_blocks(text: str, back: list[str]) -> None:
    document = parse_text(text, "java.md")
    assert [p.text for p in document.paragraphs if p.kind is Kind.BACK_MATTER] == back
