"""Build ``tui/data/speech_dict.txt``: genre terms plus n-grams mined from the corpus.

Run ``python tests/bench/build_dict.py --candidates`` to print mined candidates with
their counts for review, and ``python tests/bench/build_dict.py`` to write the
dictionary. The review's decisions live here: ``GENRE_TERMS`` (terms of 政务/讲话
speeches that must stay whole, from the genre) and ``REJECTED`` (mined n-grams that
are not terms). A mined candidate is a run of 2–3 jieba tokens that jieba splits,
joined into 3–8 Chinese characters, seen at least ``MIN_COUNT`` times, whose parts
are no stop words, and whose neighbours vary (left/right boundary entropy), so
fragments of longer phrases drop out.
"""

from __future__ import annotations

import argparse
import logging
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

MIN_COUNT = 2
MIN_ENTROPY = 0.6

GENRE_TERMS = """
营商环境 优化营商环境 放管服 放管服改革 一把手工程 高质量发展 招商引资 市场主体 亲清政商关系
亲清新型政商关系 政商关系 一网通办 一网统管 一窗受理 一次办好 最多跑一次 一件事一次办
跨省通办 全程网办 不见面审批 容缺受理 告知承诺制 证照分离 多证合一 照后减证 双随机一公开
互联网+政务服务 政务服务 政务服务中心 政务公开 数字政府 放管结合 优化服务 简政放权
新发展理念 新发展格局 供给侧结构性改革 现代化经济体系 全面从严治党 党风廉政建设
营商环境评价 营商环境建设 法治化营商环境 国际化营商环境 市场化法治化国际化 一流营商环境
首问负责制 限时办结制 责任追究制 负面清单 权力清单 责任清单 市场准入负面清单
涉企收费 降费减负 减税降费 惠企政策 助企纾困 纾困解难 企业家精神 民营经济 民营企业
中小微企业 个体工商户 招商项目 项目建设 重点项目 项目落地 签约项目 产业链 供应链
创新链 人才链 招大引强 以商招商 产业链招商 精准招商 专业招商 驻地招商 招商队伍
项目审批 工程建设项目审批 施工许可 不动产登记 企业开办 办理建筑许可 获得电力 获得信贷
保护中小投资者 执行合同 办理破产 跨境贸易 纳税服务 登记财产 知识产权保护 公平竞争审查
信用体系 社会信用体系 信用监管 失信惩戒 守信激励 包容审慎监管 事中事后监管 双随机监管
好差评 12345热线 政务热线 接诉即办 吹哨报到 放管服改革 数字化转型 智慧城市 新基建
获得感 幸福感 安全感 满意度 亮剑 作风建设 形式主义 官僚主义 懒政怠政 庸懒散
担当作为 干事创业 敢于担当 真抓实干 马上就办 钉钉子精神 久久为功 一抓到底
以人民为中心 人民群众 群众满意 企业满意 一线城市 营商环境创新试点 创新试点
习近平新时代中国特色社会主义思想 党的十九大 党的二十大 十九届五中全会 党中央国务院
两个维护 四个意识 四个自信 两个确立 两个百年 第二个百年奋斗目标 双循环 碳达峰 碳中和
乡村振兴 共同富裕 疫情防控 稳增长 稳就业 六稳 六保 开门红 双过半
"""
"""Terms of the genre, whitespace separated (from policy documents and speeches of this kind)."""

REJECTED = frozenset(
    """
    招商营商 企业办理 一季度经济运行 一流创新 服务企业 高度重视营商环境 企业反映 国际国内
    履行承诺 打造营商环境 项目支撑 尽快补齐 帮助企业 战略支撑 最终目的 调整状态 招商营商一线
    驻点区域 培育壮大 一律免于提交 一级一级 严重影响 代表党和政府 决策意图 坚决反对 坚决打赢
    坚决清理 坚决纠正 大胆探索 学习借鉴 对接企业 州政府分管领导 干干净净做事 干扰企业 广大企业
    当好企业 很多项目 指标牵头 推广运用 明确时间表 最高标准 理念融入 盲目扩张 相对复杂 程度存在
    突出产业链招商 营造开放包容 营造良好 资本害怕 运用审判 系统数据 济源形象 济源经济 开局良好
    良好开局 牢牢掌握 成功创建 损害企业利益 依法保护企业 联系企业 政策变化 二级机构 第三届冰雪运动会
    不懈奋斗 克难奋进 克难攻坚 移交司法机关 政策精准 正常生产经营 广大干部职工 区委区政府
    开发区配套 归集整合 服务对象 相对复杂 很多项目 代理机构 制度规则 制度机制 安全风险
    """.split()
)
"""Mined candidates the review turned down (verb phrases, fragments, one speech's idiom)."""

KEEP_COMPOUNDS = frozenset(
    """
    亲清政商关系 亲清新型政商关系 营商环境观察员 营商环境创新试点 习近平新时代中国特色社会主义思想
    第二个百年奋斗目标 市场准入负面清单 工程建设项目审批 社会信用体系 互联网+政务服务 政务服务中心
    政务服务事项 市场主体倍增 习近平总书记 不动产登记
    """.split()
)
"""Terms kept although they contain another term: named things users search for whole.

Any other term containing a kept term (优化营商环境, 一流营商环境, 营商环境改革 …) is
dropped, so the core term (营商环境) is counted as one keyword in every speech."""

_CJK = re.compile(r"^[\u4e00-\u9fff]+$")


def _entropy(counter: Counter[str]) -> float:
    total = sum(counter.values())
    return -sum(c / total * math.log(c / total) for c in counter.values()) if total else 0.0


def mine(texts: list[str]) -> list[tuple[str, int, float]]:
    """Candidates ``(term, count, boundary entropy)`` from ``texts``, most frequent first."""
    import jieba

    from tui.engine.keywords import is_stop_word

    # Mine with jieba's own dictionary: the point is to find what it splits.
    cut = jieba.Tokenizer()
    counts: Counter[str] = Counter()
    left: dict[str, Counter[str]] = defaultdict(Counter)
    right: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for line in text.splitlines():
            tokens = [t for t in cut.cut(line.strip(), HMM=False) if t.strip()]
            for size in (2, 3):
                for i in range(len(tokens) - size + 1):
                    parts = tokens[i : i + size]
                    if any(not _CJK.match(p) or is_stop_word(p) for p in parts):
                        continue
                    term = "".join(parts)
                    if not 3 <= len(term) <= 8:
                        continue
                    counts[term] += 1
                    left[term][tokens[i - 1] if i else "^"] += 1
                    right[term][tokens[i + size] if i + size < len(tokens) else "$"] += 1
    found: list[tuple[str, int, float]] = []
    for term, count in counts.items():
        if count < MIN_COUNT:
            continue
        entropy = min(_entropy(left[term]), _entropy(right[term]))
        if entropy >= MIN_ENTROPY:
            found.append((term, count, entropy))
    # Drop a candidate that is mostly part of a longer candidate.
    terms = {t for t, _, _ in found}
    kept = [
        c
        for c in found
        if not any(c[0] != o and c[0] in o and counts[o] >= 0.8 * c[1] for o in terms)
    ]
    return sorted(kept, key=lambda c: (-c[1], c[0]))


def main() -> int:
    """Print candidates or write the dictionary."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--candidates", action="store_true", help="print mined candidates only")
    args = parser.parse_args()
    import jieba

    jieba.setLogLevel(logging.ERROR)
    from tui.paths import bundled_corpus_dir, data_file

    texts = [
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted(bundled_corpus_dir().glob("*.txt"))
    ]
    mined = mine(texts)
    if args.candidates:
        for term, count, entropy in mined:
            print(f"{term}\t{count}\t{entropy:.2f}")
        return 0
    base = jieba.Tokenizer()
    base.initialize()
    terms: dict[str, None] = {}
    for term in GENRE_TERMS.split():
        terms.setdefault(term, None)
    for term, _, _ in mined:
        if term not in REJECTED:
            terms.setdefault(term, None)
    # Drop modifier + term compounds so the core term keeps its count (see KEEP_COMPOUNDS).
    for term in list(terms):
        if term not in KEEP_COMPOUNDS and any(
            other != term and other in term and len(other) >= 3 for other in terms
        ):
            del terms[term]
    lines = []
    for term in terms:
        # A frequency just high enough that jieba keeps the term whole against the base dictionary.
        freq = max(base.suggest_freq(term, tune=False), 50)
        lines.append(f"{term} {freq} nz")
    target = data_file("speech_dict.txt")
    header = "# speech-reader domain dictionary (jieba user-dict format: word freq tag).\n"
    header += (
        "# Generated by tests/bench/build_dict.py; add words there or at the end of this file.\n"
    )
    target.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} terms written to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
