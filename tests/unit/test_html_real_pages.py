"""Saved news and government pages as published (web76, ``tests/formats_real/README.md``):
the structure of each is cut small from the real page, its words shortened.

What the reader showed of them: 网易's 延伸阅读 list, its readers' comments box and its
为您推荐 tabs (推荐 娱乐 体育 …) under the article, and the side column's ``<h2>`` s (热点新闻,
态度原创) as the outline's headings — the list named ``related_article``, the side column
``post_content_side``, where a name's content word (article, content) kept the part whatever
its chrome word said; 和讯's and 网易's comment boxes (``comments``, ``post_comment``),
人民网's 推荐阅读 box (``rwb_tjyd``), 微信's QR-code box (``qr_code_pc``), 新华网's 关注 box
(``s-ewm``: 二维码), a share box hidden by its class (``js_qrcode_wrap hidden``).
"""

from __future__ import annotations

from tui.formats.html import extract_html

BODY = [
    "新华社北京2月29日电 2月28日，国务院联防联控机制印发《关于进一步落实分区分级差异化防控策略的通知》。",
    "湖北省和武汉市要全面加强疫情防控，继续实施“严格管控、外防输出、内防扩散”策略。",
    "北京市要按照“外防输入、内防扩散”策略，全力做好疫情防控工作。",
    "《通知》强调，各地区要根据当前疫情防控形势和要求，突出重点、统筹兼顾、分类指导、分区施策。",
]


def _lines(page: str) -> list[str]:
    text = extract_html(page.encode(), "page.html").text
    return [line.strip("\u3000 #") for line in text.split("\n") if line.strip("\u3000 ")]


def _netease(body: str) -> str:
    """网易's article page (163-8.html): the article, a related list inside its text's
    ``<div>``, a comments box and recommendations under it, a side column beside it."""
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    return f"""<html><head><meta charset="utf-8">
<title>国务院联防联控机制:湖北和武汉要严格管控防输出_网易新闻</title></head><body>
<div class="post_content post_area clearfix">
<div class="post_content_main" id="epContentLeft">
<h1>国务院联防联控机制:湖北和武汉要严格管控防输出</h1>
<div class="post_body">
<div class="post_topshare_wrap"><div class="post_topshare">
<div class="js_qrcode_wrap hidden" id="js_qrcode_top"><p>用微信扫码二维码</p>
<p>分享至好友和朋友圈</p></div></div></div>
<div class="post_text" id="endText">{paragraphs}
<div class="related_article related_special"><div class="related_article_wrap">
<div class="related_article_title">延伸阅读</div><ul class="related_article_list">
<li class="related_article_item"><a href="/1.html">张文宏:上海零新增我很担心这么多人进来</a>
<span>每日新闻</span></li>
<li class="related_article_item"><a href="/2.html">滞留武汉人员睡地下通道被子被冲湿</a>
<span>每日新闻</span></li></ul></div></div>
<p>本文来源：新华社 责任编辑：李曦</p></div></div>
<div class="post_comment w9" id="post_comment_area"><div id="post_comment">
<div class="tie-area" id="tieArea"><p class="tie-reminder">网友评论仅供其表达个人看法，并不表明网易立场。</p>
<div class="tie-input"><span>还可输入500字</span><span>跟贴用户自律公约</span></div></div></div></div>
<div class="post_recommend" id="post_recommend"><div class="post_recommend_ctrl">
<div class="post_recommend_h2">为您推荐</div><ul><li>推荐</li><li>娱乐</li><li>体育</li>
<li>财经</li></ul></div><div class="post_recommend_news">
<h3>韩国1天增加新冠肺炎确诊病例813例，累计确诊病例超过三千例</h3></div></div></div>
<div class="post_content_side" id="epContentRight">
<div class="ep-title-2 clearfix"><h2 class="title">态度原创</h2></div>
<ul><li>人间|疯狂的口罩</li><li>人间|一个武汉护士的日记</li></ul>
<div class="ep-title-2 clearfix"><h2 class="title">热门视频</h2></div>
<ul><li>一个小区的战疫故事，十四天的坚守</li></ul></div></div>
{body}</body></html>"""


CHROME_163 = [
    "用微信扫码二维码",
    "分享至好友和朋友圈",
    "延伸阅读",
    "张文宏",
    "网友评论",
    "还可输入",
    "为您推荐",
    "娱乐",
    "韩国1天",
    "态度原创",
    "人间|",
    "热门视频",
    "十四天的坚守",
]


def test_netease_keeps_the_article_and_leaves_its_lists_comments_and_side_column_out() -> None:
    lines = _lines(_netease(""))
    assert lines[0] == "国务院联防联控机制:湖北和武汉要严格管控防输出"
    for line in BODY:
        assert line in lines
    assert any(line.startswith("本文来源：新华社") for line in lines)
    kept = [line for line in lines if any(word in line for word in CHROME_163)]
    assert kept == []


def test_the_side_columns_headings_are_no_headings_of_the_article() -> None:
    text = extract_html(_netease("").encode(), "page.html").text
    assert "# " not in text


def test_a_comment_box_and_a_recommended_reading_box_go() -> None:
    page = f"""<html><body><div class="art_context"><h1>交通运输部：着力打造京津冀区域综合立体交通网络</h1>
<p>{BODY[0]}</p><p>{BODY[1]}</p></div>
<div class="comments"><div class="tit"><strong>写评论</strong>已有0条评论</div>
<div>提交</div><div>还可输入500字</div></div>
<div id="rwb_tjyd" class="box_read"><h2>推荐阅读</h2>
<div class="hdNews"><p>致敬改革开放四十年，文化大家讲述亲历</p></div></div>
<div class="qr_code_pc_outer"><div class="qr_code_pc"><p>微信扫一扫</p><p>关注该公众号</p></div></div>
<div class="s-ewm"><div>关注新华网</div></div></body></html>"""
    lines = _lines(page)
    assert lines == ["交通运输部：着力打造京津冀区域综合立体交通网络", BODY[0], BODY[1]]


def test_a_part_named_for_the_text_and_its_header_stays() -> None:
    """(trap) The content word still wins over a word that is no list of other things:
    ``article-header`` holds the speech's title, ``main-top`` its date line."""
    page = f"""<html><body><div class="article-header"><h2>在全市工作会议上的讲话</h2></div>
<div class="main-top"><span>2019年3月1日</span></div>
<div class="article"><p>{BODY[0]}</p><p>{BODY[1]}</p></div></body></html>"""
    lines = _lines(page)
    assert lines == ["在全市工作会议上的讲话", "2019年3月1日", BODY[0], BODY[1]]


def test_a_hidden_class_holding_most_of_the_page_is_still_read() -> None:
    """(trap) A page that hides its article until a script shows it (``class="hide"``)
    is still read: the part holds most of the text."""
    page = f"""<html><body><div class="content hide"><p>{BODY[0]}</p><p>{BODY[1]}</p>
<p>{BODY[2]}</p></div><div class="hidden"><p>分享至好友和朋友圈</p></div></body></html>"""
    assert _lines(page) == BODY[:3]


def test_a_subtitle_in_the_title_block_is_no_heading_and_a_login_box_goes() -> None:
    """The 山西 portal's subtitle (an ``<h3>`` in ``detail-article-title``) was the article's
    first heading; 网易's login overlay's ``<h4>用户登录</h4>`` its last."""
    page = f"""<html><body><div class="detail-article-title oflow-hd">
<h1>山西品牌丝路行（南美站）正式启动</h1><h3>成功举办中国(山西)－巴西双向经贸投资推介会</h3></div>
<div class="article-body"><p>{BODY[0]}</p><h3>一、分区分级</h3><p>{BODY[1]}</p></div>
<div class="hw-overlay" id="hw-layer"><div class="hw-layer-wrap"><div class="row">
<div><h4>用户登录</h4><p>网易通行证</p></div></div></div></div></body></html>"""
    text = extract_html(page.encode(), "page.html").text
    lines = [line.strip("\u3000 ") for line in text.split("\n") if line.strip("\u3000 ")]
    assert lines == [
        "山西品牌丝路行（南美站）正式启动",
        "成功举办中国(山西)－巴西双向经贸投资推介会",
        BODY[0],
        "### 一、分区分级",
        BODY[1],
    ]


def _titled(title: str, body: str) -> str | None:
    page = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return extract_html(page.encode(), "page.html").title


def test_a_page_title_that_is_its_column_is_no_title() -> None:
    """中国地理学会's page is titled 新闻动态--中国地理学会官网: the column, not the article
    (2019年中国人文地理学术年会…, a line of its own in the text); the speech was titled 新闻动态."""
    body = f"<div class='detailCon'><p>2019年中国人文地理学术年会在重庆成功举行！</p><p>{BODY[0]}</p></div>"
    assert _titled("新闻动态--中国地理学会官网", body) is None
    assert _titled("领导讲话_某某区人民政府门户网站", body) is None
    # (trap) a title that only looks like a column, held by the text, stays
    held = f"<p>教育新闻</p><p>{BODY[0]}</p>"
    assert _titled("教育新闻_某某网", held) == "教育新闻"


def test_a_page_title_with_its_column_after_a_space_keeps_the_articles_part() -> None:
    """中山网's page: 顺德区…开展调研工作 东区办事处_中山网 — the column (东区办事处) after a
    space; the text's heading is the article's part alone."""
    heading = "顺德区大良街道党工委委员潘卓辉一行到众创金融街开展调研工作"
    body = f"<table><tr><td><p>{heading}</p><p>{BODY[0]}</p></td></tr></table>"
    assert _titled(f"{heading} 东区办事处_中山网", body) == heading
    # (trap) a space inside a title the text holds whole is the title's own
    spaced = "不忘初心 牢记使命"
    assert _titled(f"{spaced}_某某网", f"<p>{spaced}</p><p>{BODY[0]}</p>") == spaced


def test_a_list_under_a_label_goes_with_its_label_where_no_name_says_so() -> None:
    """澎湃's page (thepaper/2.html): its comment count and the right column's lists stand
    under ``<h2>评论（0）</h2>``, ``<h3 class="rthotnews_tt">热新闻</h3>`` in parts named
    ``main_rt``, ``newscontent``: the labels were outline headings (## 评论（0）, ### 热新闻),
    the lists text. What stands before a label in its parent stays (the article)."""
    paragraphs = "".join(f"<p>{line}</p>" for line in BODY)
    page = f"""<html><body><div class="bdwd main clearfix">
<div class="main_lt"><div class="newscontent"><h1>定了！广州南沙邮轮母港即将开通</h1>
<div class="news_txt">{paragraphs}</div>
<h2>评论（0）</h2><div class="aq_write"><span>我要跟帖</span><span>已输入0字</span></div></div></div>
<div class="main_rt"><h3 class="rthotnews_tt">热新闻</h3>
<ul><li>广州地铁十一号线全线洞通，预计年内开通运营</li></ul>
<h3 class="rthotnews_tt">热门推荐</h3><ul><li>南沙邮轮母港首航在即</li></ul></div>
</div></body></html>"""
    assert _lines(page) == ["定了！广州南沙邮轮母港即将开通", *BODY]


def test_a_label_that_is_a_heading_of_the_speech_stays() -> None:
    """(trap) A heading that only names comments within a sentence, or a list held by most
    of the page, is not taken out."""
    page = f"""<html><body><h1>在全市工作会议上的讲话</h1><h3>关于网友评论的处理</h3>
<p>{BODY[0]}</p><div><h3>相关新闻</h3><p>{BODY[1]}</p><p>{BODY[2]}</p><p>{BODY[3]}</p></div>
</body></html>"""
    lines = _lines(page)
    assert "关于网友评论的处理" in lines
    assert BODY[3] in lines


def test_a_no_break_space_typed_between_chinese_words_stays() -> None:
    """湖南省中医药研究院附属医院's page (zyyfy/1.html): 医技药剂党支部、药剂科供稿&nbsp;
    摄影/张艳&nbsp; 编辑/苏芳 read 供稿摄影/张艳编辑/苏芳 (来源：本站原创&nbsp;作者：…, 本站原创作者),
    where the browser shows the spaces: a no-break space is typed, never the source's wrap."""
    page = """<html><body><p>本站讯 为深入推进党建与业务工作紧密结合，培养优秀的药学技能型人才。</p>
<p><span>来源：本站原创&nbsp;作者：医技药剂党支部</span></p>
<p><span>医技药剂党支部、药剂科供稿&nbsp; 摄影/张艳&nbsp; 编辑/苏芳</span></p>
<p>各级各部门要切实提高政治站位，
&nbsp;增强责任意识。</p></body></html>"""
    assert _lines(page)[1:] == [
        "来源：本站原创 作者：医技药剂党支部",
        "医技药剂党支部、药剂科供稿 摄影/张艳 编辑/苏芳",
        # (trap) a run holding the source's line break is a wrap, nbsp or not
        "各级各部门要切实提高政治站位，增强责任意识。",
    ]


def test_the_next_articles_box_goes() -> None:
    """网易's 阅读下一篇 box under the page (``post_next_post``): the next article's title and
    first lines read as the speech's last paragraphs."""
    box = """<div class="post_next_post_wrap"><div class="post_next_post clearfix">
<div class="tip">阅读下一篇</div><h2>湖北：武汉累计确诊新冠肺炎48557例 占全省73%</h2>
<p>2月29日下午，湖北省新型冠状病毒肺炎疫情防控工作指挥部召开新闻发布会。</p>
<a class="post_return_www" href="/">返回网易首页</a></div></div>"""
    lines = _lines(_netease(box))
    assert lines[-1].startswith("本文来源：新华社")


def test_a_pages_first_heading_is_its_title_when_it_has_no_h1() -> None:
    """中国地理学会's page (gsc/1.html): no ``<h1>``, ``<title>`` 新闻动态--中国地理学会官网 (the
    column), the article's title an ``<h5>`` after a breadcrumb ``<h3>首页 - 新闻动态</h3>``."""
    title = "2019年中国人文地理学术年会在重庆•西南大学成功举行！"
    body = f"""<div class="se_nav"><div class="se_nav_c"><div class="title_la">
<h3>首页 - 新闻动态</h3></div></div></div><div class="news"><div class="news_left">
<div class="xq_fonts"><h5>{title}</h5><div class="ly"><b>发布时间：2019-05-18</b></div>
<div class="detailCon"><p>{BODY[0]}</p><h3>大会开幕式</h3><p>{BODY[1]}</p></div></div></div></div>"""
    assert _titled("新闻动态--中国地理学会官网", body) == title
    # (trap) a numbered section heading is no title
    numbered = f"<h3>一、大会开幕式</h3><p>{BODY[0]}</p><p>{BODY[1]}</p>"
    assert _titled("新闻动态--中国地理学会官网", numbered) is None
    # (trap) a breadcrumb trail set as a heading is no title either
    trail = f"<h3>首页 &gt; 新闻动态</h3><p>{BODY[0]}</p><p>{BODY[1]}</p>"
    assert _titled("中国地理学会官网", trail) is None
