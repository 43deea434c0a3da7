using System.Text.RegularExpressions;

namespace Archive.Ingest.Normalization;

/// <summary>
/// Tells a report page's chrome (当前位置 breadcrumbs, 首页 menus, 索引号/发布机构/发文日期 rows, 来源/时间/点击量 lines,
/// share/print/close buttons, 附件下载, footers) from the report body, in text laid out in lines (HTML, PDF, Word) and in
/// a crawler's text that puts the whole page on one line (split at its whitespace runs). The chrome is never a title
/// or an agency, but what it says (发布机构, 发布日期/时间, 标题, the page heading) is kept as evidence.
/// </summary>
public static partial class PageChrome
{
    // A line this long with whitespace inside is a page flattened onto one line: its pieces are read as lines (the
    // crawler texts of the real set put 7–17 kB on one line, with a space between some paragraphs: 4 to 126 of them).
    private const int FlattenedLineLength = 200;

    private static readonly string[] PublisherLabels = ["发布机构", "发文机关", "发布单位", "发文单位", "发布部门", "制发机关", "信息发布机构", "公开主体", "所属机构"];
    private static readonly string[] SourceLabels = ["信息来源", "文章来源", "稿件来源", "来源"];

    // Page dates, best first: the posting date (发布日期, 时间：… — the corpus convention where the report prints no date of its
    // own), then the document's date (成文/发文日期, which is no posting date: a township's page printed 成文日期 2022-01-08 and
    // 发布日期 2022-09-06, and two truth-builders reading the convention apart each took the latter), then the page's generation.
    // 上载日期/上传日期/录入日期: the posting date under older sites' headings; 撰写时间, when the page says it was written.
    // 创建时间/创建日期 (来源:    创建时间:2015/10/15 16:55:00, a mirror's byline under a city's title): when the page was made,
    // the posting date in a content system's words.
    // 信息提供日期 (信息提供日期 : 2025-01-15 11:13来源 : …, a district's pages): the posting date in other words, as is
    // 信息时间 (【信息时间:2025-02-11   发布机构:X县交通运输局 】, a county bureau's page).
    // 生成日期/有效期 is one label of a province's page header (| 发文机构: | 生成日期/有效期: | 2022-01-29 14:59:17 |): its
    // date is the generation date. A content system's byline names the posting time as the time the article was added
    // (来源:X县人民政府办公室 浏览次数: 添加时间:2025-02-14 11:00, a county's page, also flattened onto one line).
    private static readonly string[] DateLabels =
        ["发布日期", "发布时间", "发表时间", "发表日期", "公开日期", "上载日期", "上传日期", "录入日期", "创建时间", "创建日期", "信息提供日期", "信息时间", "时间", "成文日期", "发文日期", "印发日期", "撰写时间", "生成日期", "生成日期/有效期", "公文生成日期", "更新时间", "更新日期", "添加时间", "添加日期"];

    private static readonly string[] TitleLabels = ["标题", "信息名称", "文件名称", "名称"];

    // 日期 alone names the page's date only as 日期:YYYY-MM-DD (a signature's 日期：2021年1月15日 is the report's own): last.
    private const string BareDateLabel = "日期";

    // An unlabelled date and time right under the title: the posting date, the last resort.
    private const string UnderTitleDateLabel = "date under the title";
    private const string IndexBlockDateLabel = "date under the index number";

    // 稿件作者 is a byline's author label as 作者 is (2024-01-23 16:45  稿件作者:   浏览量:-, a district bureau's page): the
    // date printed before it is the posting date, as before 来源 or 作者.
    private static readonly string[] OtherLabels =
    [
        "信息索引号", "索引号", "主题分类", "体裁分类", "组配分类", "服务对象", "分类", "文号", "发文字号", "有效性", "时效性", "是否有效", "公开方式",
        "公开形式", "公开范围", "公开时限", "责任部门",
        "点击量", "点击数", "点击率", "点击次数", "点击", "浏览次数", "浏览量", "阅读次数", "阅读量", "访问量", "访问次数", "字号", "字体", "作者",
        "责任编辑", "编辑", "稿件作者", "关键词", "主题词", "相关链接", "分享到", "扫一扫", "上一篇", "下一篇", "附件下载",
    ];

    // Labels of a page's font switch: their values are its sizes (大 中 小).
    private static readonly HashSet<string> FontLabels = new(StringComparer.Ordinal) { "字号", "字体" };

    // Labels of a page's counters: their values are numbers.
    private static readonly HashSet<string> CounterLabels = new(StringComparer.Ordinal)
    {
        "点击量", "点击数", "点击率", "点击次数", "点击", "浏览次数", "浏览量", "阅读次数", "阅读量", "访问量", "访问次数",
    };

    // Labels a header row may print run into their values, without a colon: only labels no report sentence starts with.
    private static readonly string[] ColonlessLabels =
    [
        .. new[]
        {
            "信息索引号", "索引号", "发布机构", "发文机关", "发布单位", "发文单位", "文号", "发文字号", "文件编号", "统一编号", "成文日期", "发文日期",
            "发布日期", "发布时间", "公开日期", "有效性", "时效性", "文件效力", "公开方式", "公开范围", "主题分类", "体裁分类", "关联文件",

            // A county site's header rows (发文字号 发文时间2024-01-10 / 发文机关X镇人民政府 主题词, a town's page): the
            // document's time and its keywords, blank or run into their values, start no sentence either.
            "发文时间", "主题词",
        }.OrderByDescending(l => l.Length),
    ];

    private static readonly string[] BreadcrumbLabels = ["当前位置", "您的位置", "您现在的位置", "您当前的位置", "您当前所在位置", "您所在的位置", "所在位置", "当前所在位置"];

    // Labels that mark a page header row even printed bare in a table cell (索引号<TAB>…).
    private static readonly HashSet<string> BareLabels = new(StringComparer.Ordinal)
    {
        "索引号", "发布机构", "发文机关", "发文日期", "成文日期", "发布日期", "生成日期", "主题分类", "发文字号", "有效性", "时效性",
        "名称", "标题", "信息名称", "分类", "文号", "来源", "信息来源", "发布时间",
    };

    private static readonly HashSet<string> Buttons = new(StringComparer.Ordinal)
    {
        "打印", "打印本页", "打印此页", "打印正文", "关闭", "关闭窗口", "关闭本页", "收藏", "加入收藏", "分享", "分享到", "微信", "微博",
        "新浪微博", "腾讯微博", "QQ空间", "QQ", "微信好友", "朋友圈", "返回顶部", "返回", "全真版", "文字版", "文件下载", "附件下载", "下载",
        "字号", "大", "中", "小", "默认", "扫一扫", "相关链接", "相关文档", "相关附件", "上一篇", "下一篇", "无障碍", "长者模式", "长者版", "关怀版", "网站地图",
        "联系我们", "首页", "网站首页", "返回首页", "保存", "正文", "纠错", "我要纠错", "视力保护色", "繁体", "简体", "English", "手机版",

        // A site's accessibility and elder-mode switches, printed alone on a line above the title (无障碍浏览).
        "无障碍浏览", "无障碍阅读", "无障碍模式", "老年人模式", "退出老年人模式", "适老版", "适老化", "长辈版", "EN",
        "网站无障碍", "长者专区", "智能问答", "旧版", "新版", "网站支持IPv6", "本网站支持IPv6",

        // A share widget's prompt over the title (用微信扫描二维码 / 分享至好友和朋友圈, a town's page whose title it ran into).
        "用微信扫描二维码分享至好友和朋友圈", "用微信扫描二维码", "分享至好友和朋友圈", "扫描二维码分享",

        // A font switch's largest size (字体:【 默认 超大 】): on a page flattened onto one line a piece of its own, above the
        // article's heading, which it had run into as the title's first words (超大X镇…报告).
        "超大",

        // A search box's or form's buttons, printed alone under its prompt (请输入关键字 / 确定): never the start of a title.
        "确定", "提交", "重置", "取消", "清空", "查询", "检索", "搜索",
    };

    private static readonly string[] FooterMarks =
    [
        "版权所有", "Copyright", "©", "ICP备", "ICP证", "公网安备", "网站标识码", "主办单位", "承办单位", "主办：", "承办：", "技术支持",
        "维护单位", "建议使用", "分辨率", "浏览器",
    ];

    /// <summary>The page read as segments (lines, or pieces of a flattened page), each marked chrome or body, with what the chrome says.</summary>
    /// <param name="withoutGlosses">The same text with a mirror's pinyin glosses left out, line for line (null where it has
    /// none): a flattened line is split into its pieces from it, as a blanked gloss is no gap between pieces.</param>
    internal static PageView Read(string text, string? withoutGlosses = null)
    {
        // A mirror's markup left as text (<legend id="x"></legend><samp id="x"></samp> lines over a department's title, and
        // the same run into one line with the page): empty tags print nothing, and their attributes' spaces would cut a
        // flattened page into pieces that are neither furniture nor text. A tag opens on a Latin letter (<中华人民共和国…>
        // in a report's quotation marks is text).
        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = MarkupTag().Replace(text, string.Empty);
        }

        var segments = new List<PageSegment>();
        var lines = text.Split('\n');
        var unglossed = withoutGlosses?.Split('\n');
        unglossed = unglossed is not null && unglossed.Length == lines.Length ? unglossed : null;
        for (var l = 0; l < lines.Length; l++)
        {
            var line = lines[l].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Length > FlattenedLineLength && WhiteRun().IsMatch(line))
            {
                segments.AddRange(Pieces(unglossed is null ? line : unglossed[l].Trim()).Select(p => new PageSegment(p, SegmentKind.Body, true)));
            }
            else
            {
                // A line of its own reads without its glosses too (2013年05月20日10:15 | X發(fā)展門戶網(wǎng) www.x.cn, a news
                // portal's byline on a mirror's page): a blanked gloss splits the site's name, so the byline read as no byline.
                segments.Add(new PageSegment(unglossed is null ? line : unglossed[l].Trim(), SegmentKind.Body, false));
            }
        }

        var facts = new FactsBuilder();
        var kinds = new SegmentKind[segments.Count];
        for (var i = 0; i < segments.Count; i++)
        {
            // A label printed alone (• 成文日期:) whose value is the next line: that line is the value.
            var pending = facts.PendingLabel;
            facts.PendingLabel = null;
            var piece = Unbulleted(segments[i].Text);

            // A title row's value run on into the next field (X2021年…报告 - 文 号:发布日期: …): the title before it.
            if (pending is not null && TitleLabels.Contains(pending) && LabelColon().Match(piece) is { Success: true } next
                && TitleBeforeField().Match(piece[..next.Index]) is { Success: true } runOn && IsTitleLike(runOn.Groups["t"].Value))
            {
                Record(pending, runOn.Groups["t"].Value, facts);
                ReadLabels(piece[next.Index..], facts);
                kinds[i] = SegmentKind.Label;
                continue;
            }

            // A byline's posting date before its labels on a page flattened onto one line, as on a line of its own (2021-02-07
            // 18:07 来源:X): the date a piece, its time the next, then a piece opening on a label (… 站 x.com 2012年03月31日
            // 11时11分 来源:X网站 …, crawler text of a central portal's repost).
            if (pending is null && segments[i].Flattened && WholeDate(piece))
            {
                var labelAt = i + 1 < segments.Count && TimePiece().IsMatch(segments[i + 1].Text) ? i + 2 : i + 1;
                if (labelAt < segments.Count && LabelColon().Match(segments[labelAt].Text) is { Success: true, Index: 0 })
                {
                    Record("时间", piece, facts);
                    for (var k = i; k < labelAt; k++)
                    {
                        kinds[k] = SegmentKind.Label;
                    }

                    i = labelAt - 1;
                    continue;
                }
            }

            // A date label alone without its colon (撰写时间 / 2024年01月12日 17:12:21): only a date on the next line is its value.
            // On a page flattened onto one line the header row's bar between them is a piece of its own (… | 发布日期 | 2026-01-19
            // 16:58 | …, crawler text of a county's page): the value is the piece after that bar.
            // So is the label's colon, printed after a space (时间 : 2022-01-13 09:49 来源 : 本网, a provincial department's byline,
            // flattened): the colon makes a short label (时间) a label too.
            var colonApart = i + 1 < segments.Count && segments[i].Flattened && segments[i + 1].Text is ":" or "：";
            var valueAt = i + 1 < segments.Count && segments[i].Flattened && (segments[i + 1].Text is "|" or "｜" || colonApart) ? i + 2 : i + 1;
            if (pending is null && valueAt < segments.Count && (piece.Length >= 4 || colonApart) && DateLabels.Contains(piece)
                && LeadingDate().IsMatch(Unbulleted(segments[valueAt].Text)))
            {
                Record(piece, Unbulleted(segments[valueAt].Text), facts);
                for (var k = i; k <= valueAt; k++)
                {
                    kinds[k] = SegmentKind.Label;
                }

                i = valueAt;
                continue;
            }

            // A byline on a page flattened onto one line, its cells pieces of their own: the date and time, a bar, the site's
            // name and address (… 2013年04月30日17:01 | X门户网 www.x.cn | …, a news portal's copy), or the site's name and
            // address, the date, then a label (… X门户网站 www.x.cn 2010年04月06日 来源:…, a central portal's repost): the
            // posting date, as on the page's own lines (ReadLabels).
            if (pending is null && segments[i].Flattened && i + 3 < segments.Count)
            {
                var datedFirst = WholeDate(piece) && segments[i + 1].Text is "|" or "｜"
                    && SiteNameAndAddressAlone().IsMatch(segments[i + 2].Text + " " + segments[i + 3].Text);
                var datedThird = !datedFirst && SiteNameAndAddressAlone().IsMatch(piece + " " + segments[i + 1].Text)
                    && WholeDate(segments[i + 2].Text) && LabelColon().Match(segments[i + 3].Text) is { Success: true, Index: 0 };
                if (datedFirst || datedThird)
                {
                    var at = datedFirst ? i : i + 2;
                    Record("时间", segments[at].Text, facts);
                    for (var k = i; k <= i + (datedFirst ? 3 : 2); k++)
                    {
                        kinds[k] = SegmentKind.Label;
                    }

                    i += datedFirst ? 3 : 2;
                    continue;
                }
            }

            // 日期 alone on its line over the page's date in dashes (an index block of labels over their values: 发文机构 /
            // X乡人民政府 / … / 日期 / 2024-01-31, a township's page): the posting date, as 日期:2024-01-31 is (a signature
            // prints 年月日, never dashes).
            // On a page flattened onto one line, 日期: is cut from its value by the space after the colon (• 日期: 2023-01-31
            // 10:52 • 来源: …, a provincial department's byline): the same date.
            // A header table drawn with bars and flattened the same way (作者: | X乡 | 日期: | 2022-01-17 |, a township's page):
            // the bar is a piece of its own between the label and its date, as for the labels above.
            var dateAt = i + 2 < segments.Count && segments[i].Flattened && segments[i + 1].Text is "|" or "｜" ? i + 2 : i + 1;
            if (pending is null && dateAt < segments.Count && (piece == BareDateLabel || (segments[i].Flattened && piece is "日期:" or "日期："))
                && BareDashDate().Match(Unbulleted(segments[dateAt].Text)) is { Success: true } dateBelow)
            {
                AddDate(BareDateLabel, dateBelow, facts);
                for (var k = i; k <= dateAt; k++)
                {
                    kinds[k] = SegmentKind.Label;
                }

                i = dateAt;
                continue;
            }

            // A barred row flattened onto one line (… | 索引号: | X/2015-28256 | 公开方式: | 主动公开 | 文号: | 公开日期: | 2015-07-27
            // 16:32 | | 发布单位: | X镇 | 2009年度X镇…报告 | || 根据…, a mirror's index block as crawler text): the bar after a label
            // alone is the row's cell wall, a piece of its own; the label's value is the piece after it, as on the row's own
            // line. (Taken as the value, the bar had left the index number and the attribute as body pieces that ran into
            // the title, and the date unread.)
            if (pending is not null && segments[i].Flattened && piece is "|" or "｜")
            {
                facts.PendingLabel = pending;
                kinds[i] = SegmentKind.Label;
                continue;
            }

            // A counter's value is a number (浏览次数: / X市Y局 / 2017年…报告, a real page whose counter was left blank): a
            // name on the next line is the title's first line, not the count. A font switch's value is its sizes (字体: /
            // [大 中 小]): a body's name on the next line (字体: / X市国资委 / 2019年度…报告, a real mirror's page) is the
            // first line of the article's own title.
            if (pending is not null && piece.Length is > 0 and <= 60 && !LabelColon().IsMatch(piece) && !SentencePunctuation().IsMatch(piece)
                && (TitleLabels.Contains(pending) || !IsTitleLike(piece)) && (!CounterLabels.Contains(pending) || CounterValue().IsMatch(piece))
                && (!FontLabels.Contains(pending) || FontSizes().IsMatch(piece)))
            {
                Record(pending, piece, facts);
                kinds[i] = SegmentKind.Label;
                continue;
            }

            kinds[i] = Classify(segments[i], facts);
        }

        // A header of bare field values under the title, their labels lost (2014年…报告 / 无 / 主动公开 / 无 / X区Y委员会 /
        // 2015.01.30, a district commission's page): the disclosure attribute among the first lines, then within three
        // short lines the date alone in dots, as under a title (HeaderDateWithoutItsRow: 主动公开 / 2026.01.13): the page's date.
        for (var i = 0; i < Math.Min(segments.Count, 12); i++)
        {
            if (kinds[i] != SegmentKind.Body || !DisclosureAttributeAlone().IsMatch(Unbulleted(segments[i].Text)))
            {
                continue;
            }

            for (var j = i + 1; j < Math.Min(segments.Count, i + 4); j++)
            {
                var next = Unbulleted(segments[j].Text);
                if (kinds[j] == SegmentKind.Body && BareDottedDate().Match(next) is { Success: true } bareDate)
                {
                    AddDate(UnderTitleDateLabel, bareDate, facts);
                    kinds[j] = SegmentKind.Label;
                    break;
                }

                if (next.Length > 30 || SentencePunctuation().IsMatch(next))
                {
                    break;
                }
            }

            break;
        }

        // A flattened page's breadcrumb runs over several pieces: the crumbs after 当前位置/首页 up to the next label row.
        for (var i = 0; i < segments.Count; i++)
        {
            if (kinds[i] != SegmentKind.Breadcrumb || !segments[i].Flattened)
            {
                continue;
            }

            // A crumb's separator (>) and the home crumb (首页) are pieces of their own there, read as buttons: the crumbs
            // go on after them (当前位置: 首页 > 政务公开 > 政府信息公开专栏 > 政府信息公开年度报告 > …, a real city portal's page
            // flattened, whose crumbs after 首页 had been read as the title's lines).
            // Crumbs joined by separators end at a piece no separator stands before (… > 聚焦X / X管理委员会 / 2022年…报告: the
            // title's first line, which as a crumb had left the title without its body).
            var separated = false;
            var j = i + 1;
            for (; j < segments.Count && segments[j].Flattened
                && (kinds[j] is SegmentKind.Body or SegmentKind.Breadcrumb || (kinds[j] == SegmentKind.Button && IsCrumbConnector(segments[j].Text))); j++)
            {
                var piece = segments[j].Text;
                if (kinds[j] is SegmentKind.Breadcrumb or SegmentKind.Button)
                {
                    separated |= kinds[j] == SegmentKind.Button && piece is not ("首页" or "网站首页");
                    continue;
                }

                if (piece.Length > 60 || SentencePunctuation().IsMatch(piece)
                    || (separated && !IsCrumbConnector(segments[j - 1].Text) && !EndsOnCrumbSeparator().IsMatch(segments[j - 1].Text)))
                {
                    break;
                }

                // A year's column among the crumbs (… > 2023年信息公开年度报告 > 县级部门 / X局2023年…报告, a county bureau's page
                // flattened): a title-like crumb that opens on its year and has a separator after it is the column the page sits
                // in, not its title; the page's own title follows the crumbs.
                var yearsColumn = YearFirst().IsMatch(piece) && j + 1 < segments.Count
                    && ((kinds[j + 1] == SegmentKind.Button && IsCrumbConnector(segments[j + 1].Text) && segments[j + 1].Text is not ("首页" or "网站首页"))
                        || EndsOnCrumbSeparator().IsMatch(piece));
                kinds[j] = IsTitleLike(piece) && !yearsColumn ? SegmentKind.Heading : SegmentKind.Breadcrumb;
                if (kinds[j] == SegmentKind.Heading)
                {
                    facts.Heading ??= piece;
                }
            }

            // The run's crumbs open no run of their own: the piece it ended at stays as it was read.
            i = j - 1;
        }

        // A flattened page's breadcrumb that its label did not open (首页 > 部门公开 > X中心 > 信息公开年度报告, 首页>> 工作动态>>
        // …, or a column's name before the first >>): the pieces a separator stands beside are crumbs, up to the first
        // sentence. The piece after the last crumb, no separator between them, is the page's own (X中心2023年…报告 after
        // the crumbs, which read as its title had run the crumbs into a title naming the column).
        for (var i = 0; i < segments.Count && segments[i].Flattened && segments[i].Text.Length <= 60 && !SentencePunctuation().IsMatch(segments[i].Text); i++)
        {
            if (kinds[i] == SegmentKind.Body
                && ((i > 0 && EndsOnCrumbSeparator().IsMatch(segments[i - 1].Text)) || (i + 1 < segments.Count && StartsOnCrumbSeparator().IsMatch(segments[i + 1].Text))))
            {
                kinds[i] = SegmentKind.Breadcrumb;
            }
        }

        // The page heading: a title line right above the page's 来源/时间/发布日期 line (its own title may follow in the body).
        for (var i = 0; i + 1 < segments.Count; i++)
        {
            if (kinds[i] == SegmentKind.Body && IsTitleLike(segments[i].Text) && kinds[i + 1] == SegmentKind.Label && HeadingFollower().IsMatch(segments[i + 1].Text))
            {
                kinds[i] = SegmentKind.Heading;
                facts.Heading ??= segments[i].Text;
            }
        }

        BulletedIndexBlock(segments, kinds, facts);

        if (!facts.HasDate)
        {
            HeaderDateWithoutItsRow(segments, kinds, facts);
        }

        if (!facts.HasDate)
        {
            DateInLabellessIndexBlock(segments, kinds, facts);
        }

        // The page's date run into the report's first sentence, the line break lost (2019年3月26日本年度报告根据…, a
        // zone's mirrored page): the posting date where the page prints none of its own. Only before the words a report
        // opens with: never a period (…日起至…) nor an event's date (…日，召开…).
        if (!facts.HasDate && segments.Count > 0 && DateRunIntoTheOpening().Match(Unbulleted(segments[0].Text)) is { Success: true } runIn)
        {
            AddDate(UnderTitleDateLabel, runIn, facts);
        }

        var marked = segments.Select((s, i) => s with { Kind = kinds[i] }).ToList();
        return new PageView(marked, facts.Build());
    }

    /// <summary>
    /// A posting date the header prints where no row was read: labelled inside a line of other things (公开目录 X 发布日期
    /// 2021-02-20 09:00; 供稿:X  编辑:Y  发布日期:2024年01月29日) before the report's first heading, else a bare date and time
    /// on the line right under the title, or under the title's bulleted byline (a signature prints 年月日, never dashes).
    /// </summary>
    private static void HeaderDateWithoutItsRow(List<PageSegment> segments, SegmentKind[] kinds, FactsBuilder facts)
    {
        for (var i = 0; i < segments.Count && i < 40 && !FirstHeading().IsMatch(segments[i].Text); i++)
        {
            var text = segments[i].Text;
            if (kinds[i] != SegmentKind.Body || text.Length > 150 || SentencePunctuation().IsMatch(text))
            {
                continue;
            }

            var date = LabelledDateInLine().Match(text);
            if (date.Success)
            {
                AddDate(WhiteRun().Replace(date.Groups["l"].Value, string.Empty), date, facts);
                kinds[i] = SegmentKind.Label;
                return;
            }
        }

        // The title with the page's posting date after it on its own line (2020年X区人民政府…年度报告 2021-02-19, a district's
        // page printing its item as a list does): the date the page posts it on, as a date under the title is. Only a title
        // the date follows after spaces, on the stored page's line (a flattened line's pieces are read as pieces).
        for (var i = 0; i < segments.Count && i < 10 && !FirstHeading().IsMatch(segments[i].Text); i++)
        {
            if (kinds[i] == SegmentKind.Body && !segments[i].Flattened && TitleThenDate().Match(segments[i].Text.Trim()) is { Success: true } titled
                && IsTitleLike(WhiteRun().Replace(titled.Groups["t"].Value, string.Empty))
                && BareDashDate().Match(titled.Groups["date"].Value) is { Success: true } titleDate)
            {
                AddDate(UnderTitleDateLabel, titleDate, facts);
                return;
            }
        }

        for (var i = 1; i < segments.Count && i < 40; i++)
        {
            // The same byline on a page flattened onto one line: the site's name, its address and the date are pieces of
            // their own right after the title's (crawler text of a city office's page; a breadcrumb with no label row after
            // it has taken them for crumbs). Only the dashed date a byline prints, and only under a title-like piece, as on a
            // line of its own.
            if (segments[i].Flattened && i + 2 < segments.Count && kinds[i] is SegmentKind.Body or SegmentKind.Breadcrumb && kinds[i - 1] != SegmentKind.Label
                && SiteNameAndAddressAlone().IsMatch(segments[i].Text + " " + segments[i + 1].Text)
                && BareDashDate().Match(segments[i + 2].Text) is { Success: true } pieceDate
                && IsTitleLike(WhiteRun().Replace(segments[i - 1].Text, string.Empty)))
            {
                AddDate(UnderTitleDateLabel, pieceDate, facts);
                kinds[i] = kinds[i + 1] = kinds[i + 2] = SegmentKind.Label;
                return;
            }

            // The site's byline under the title (X人民政府门户网站 www.x.gov.cn 2023-01-28): its name and address before the date;
            // or the publisher's name after it (2024-01-26   X县人民政府办公室, a real county's page).
            // Or the publisher's name before it (X省人民政府办公厅 2016-04-15 under the portal's headline, the central portal's repost
            // of a province's report).
            var date = BareDashDate().Match(PublisherAfterDate().Replace(PublisherBeforeDate().Replace(SiteByline().Replace(Unbulleted(segments[i].Text), string.Empty, 1), string.Empty, 1), string.Empty, 1));

            // The date alone in dots (2026.01.13), as a district's pages print it under the title and the item's disclosure
            // attribute (X街道办事处…年度报告 / 主动公开 / 2026.01.13, a street office's page): a date alone on its line.
            if (!date.Success)
            {
                date = BareDottedDate().Match(segments[i].Text.Trim());
            }

            var title = i - 1;

            // A layout table's empty cells (| / ||||…, a real town's mirror) may stand between the title and its date, and
            // so may the page's word for how the item is disclosed (主动公开, 依申请公开: a value without its 公开方式 label).
            while (title > 0 && (BarsOnly().IsMatch(segments[title].Text) || DisclosureAttributeAlone().IsMatch(segments[title].Text.Trim())))
            {
                title--;
            }

            // A bulleted byline under the title (• X人民政府门户网 / • 2025-02-10 15:59, a real town's page): the site's
            // name may stand between the title and the date.
            if (title > 0 && IsBulleted(segments[i].Text) && IsBulleted(segments[title].Text) && segments[title].Text.Length <= 30
                && !SentencePunctuation().IsMatch(segments[title].Text))
            {
                title--;
            }

            if (kinds[i] == SegmentKind.Body && date.Success && kinds[title] != SegmentKind.Label && IsTitleLike(WhiteRun().Replace(segments[title].Text, string.Empty)))
            {
                AddDate(UnderTitleDateLabel, date, facts);
                kinds[i] = SegmentKind.Label;
                return;
            }
        }
    }

    /// <summary>
    /// The values of a page's 索引号/分类/发布机构/日期 table without their labels (a mirror or crawler kept the cells only):
    /// an index number alone on its line (014178686/2023-00003), then within a few lines the category, the publisher and
    /// the date(s). Read only where every bare date of that block is the same day (生成日期 and 发布日期 may differ).
    /// </summary>
    private static void DateInLabellessIndexBlock(List<PageSegment> segments, SegmentKind[] kinds, FactsBuilder facts)
    {
        for (var i = 0; i < segments.Count && i < 40; i++)
        {
            if (!IndexNumberAlone().IsMatch(segments[i].Text.Trim()))
            {
                continue;
            }

            var dates = new List<(int Line, Match Date)>();
            for (var j = i + 1; j < segments.Count && j <= i + 5; j++)
            {
                if (BareDashDate().Match(segments[j].Text.Trim()) is { Success: true } date && kinds[j] == SegmentKind.Body)
                {
                    dates.Add((j, date));
                }
            }

            if (dates.Count > 0 && dates.All(d => DayOf(d.Date) == DayOf(dates[0].Date)))
            {
                AddDate(IndexBlockDateLabel, dates[0].Date, facts);
                foreach (var (line, _) in dates)
                {
                    kinds[line] = SegmentKind.Label;
                }
            }

            return;
        }
    }

    /// <summary>
    /// The same label-less header cells as a bulleted list above the title (• 014178686/2021-00001 / • X区Y街道办事处 /
    /// • 2020年政府信息公开工作年度报告 / • 2021-01-18 / • 2021-01-18: the index number, the publisher, the name or its
    /// keywords, the dates; a real province's county sites print them so): every bulleted line from the index number to
    /// the block's last date is the header's, never the title's first line (their publisher and name line read as a
    /// title had cut the city off the title printed below them), and the dates, all of one day, are the posting date.
    /// </summary>
    private static void BulletedIndexBlock(List<PageSegment> segments, SegmentKind[] kinds, FactsBuilder facts)
    {
        for (var i = 0; i < segments.Count && i < 40; i++)
        {
            if (!IsBulleted(segments[i].Text) || !IndexNumberAlone().IsMatch(Unbulleted(segments[i].Text)))
            {
                continue;
            }

            var dates = new List<(int Line, Match Date)>();
            var end = i;
            for (var j = i + 1; j < segments.Count && j <= i + 6 && IsBulleted(segments[j].Text); j++)
            {
                if (BareDashDate().Match(Unbulleted(segments[j].Text)) is { Success: true } date)
                {
                    dates.Add((j, date));
                    end = j;
                }
            }

            if (dates.Count == 0 || dates.Any(d => DayOf(d.Date) != DayOf(dates[0].Date)))
            {
                return;
            }

            if (!facts.HasDate)
            {
                AddDate(IndexBlockDateLabel, dates[0].Date, facts);
            }

            for (var line = i; line <= end; line++)
            {
                kinds[line] = SegmentKind.Label;
            }

            return;
        }
    }

    private static void AddDate(string label, Match date, FactsBuilder facts)
    {
        var (year, month, day) = DayOf(date);
        facts.AddDate(label, year, month, day);
    }

    /// <summary>The day a date match names (its y, m and d groups).</summary>
    private static (int Year, int Month, int Day) DayOf(Match date) =>
        (int.Parse(date.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(date.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture),
        int.Parse(date.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>True when a line of text is page chrome (for callers that look at single lines).</summary>
    public static bool IsChrome(string line) => Classify(new PageSegment(line.Trim(), SegmentKind.Body, false), new FactsBuilder()) != SegmentKind.Body;

    private static SegmentKind Classify(PageSegment segment, FactsBuilder facts)
    {
        var text = Unbulleted(segment.Text);

        // 日期:2022-01-17 14:31 under a page heading, alone or before the page's other fields (来源:… 打印页面): a posting
        // date (a signature prints 年月日, never dashes).
        var dashDate = DashDateLine().Match(text);
        if (dashDate.Success)
        {
            AddDate(BareDateLabel, dashDate, facts);
            return SegmentKind.Label;
        }
        var bare = Brackets().Replace(text, string.Empty).TrimEnd(':', '：');
        var parts = ButtonSplit().Split(text).Where(p => p.Length > 0).Select(p => p.TrimEnd(':', '：')).ToList();
        if (bare.Length == 0 || Buttons.Contains(bare) || TimeOnly().IsMatch(text) || PunctuationOnly().IsMatch(text)
            || (parts.Count > 1 && parts.All(Buttons.Contains)) || SearchBox().IsMatch(bare) || AccessibilityHelp().IsMatch(bare))
        {
            return SegmentKind.Button;
        }

        // 当前位置:…, and the wordings around 位置 (您现在所在的位置: 网站首页 > …).
        if (BreadcrumbLabels.Any(l => bare.StartsWith(l, StringComparison.Ordinal)) || BreadcrumbStart().IsMatch(bare))
        {
            return SegmentKind.Breadcrumb;
        }

        // A breadcrumb's last crumb on a line of its own (> 正文).
        if (CrumbContinuation().IsMatch(text))
        {
            return SegmentKind.Breadcrumb;
        }

        // 首页 > 政务公开 > …, or a menu line starting with 首页 (网站首页).
        if ((bare.StartsWith("首页", StringComparison.Ordinal) || bare.StartsWith("网站首页", StringComparison.Ordinal)) && !SentencePunctuation().IsMatch(bare))
        {
            var crumbs = CrumbSeparator().Split(bare).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            if (crumbs.Count > 1 && IsTitleLike(crumbs[^1]))
            {
                facts.Heading ??= crumbs[^1];
            }

            return SegmentKind.Breadcrumb;
        }

        // A footer line (版权所有 …, ICP备 …) is no sentence: 提供技术支持。 in the body is not a footer.
        if (text.Length <= 120 && !SentencePunctuation().IsMatch(text) && FooterMarks.Any(m => text.Contains(m, StringComparison.Ordinal)))
        {
            return SegmentKind.Footer;
        }

        return ReadLabels(text, facts) || ReadColonlessFields(text, facts) ? SegmentKind.Label : SegmentKind.Body;
    }

    /// <summary>
    /// A header row printed without colons, its labels run into their values (索引号M016/2022-00001 发布机构X 发布日期2022-01-27
    /// 15:28:21, - 有效性有效, 统一编号 公开方式主动公开 文件效力): every piece between spaces starts with a page field's label or
    /// is a date or time. Such a line is never a title line; what it says is read.
    /// </summary>
    private static bool ReadColonlessFields(string text, FactsBuilder facts)
    {
        var pieces = WhiteRun().Split(text.Trim());
        if (text.Length > 100 || pieces.Length > 8 || SentencePunctuation().IsMatch(text) || text.Contains("报告", StringComparison.Ordinal)
            || text.Contains("年报", StringComparison.Ordinal))
        {
            return false;
        }

        var fields = new List<(string Label, string Value)>();
        foreach (var piece in pieces)
        {
            var label = ColonlessLabels.FirstOrDefault(l => piece.StartsWith(l, StringComparison.Ordinal));
            if (label is not null)
            {
                fields.Add((label, piece[label.Length..]));
            }
            else if (DateOrTimePiece().IsMatch(piece) && fields.Count > 0)
            {
                // 发布日期 2021-02-20 09:00: the value in the next piece.
                fields[^1] = fields[^1].Value.Length == 0 ? (fields[^1].Label, piece) : fields[^1];
            }
            else
            {
                return false;
            }
        }

        foreach (var (label, value) in fields)
        {
            Record(label, value, facts);
        }

        return fields.Count > 0;
    }

    /// <summary>
    /// Reads a 索引号/发布机构/来源/时间 row: label：value pairs (also run together, 来源：X时间：Y, as pages lay out inline
    /// spans), or a bare label and its value in neighbouring cells; false when the line is no such row.
    /// </summary>
    private static bool ReadLabels(string text, FactsBuilder facts)
    {
        text = WithSplitLabelsJoined(text);

        // A row of a header table drawn with bars (| 发布机构 | 乌恰县人民政府 | 发布日期 | 2026-01-19 20:34 |) has the
        // same cells; any of the page's labels may stand bare in it, letter-spaced (索 引 号) as pages print them.
        // Also a row with its labels in brackets ([ 成文日期 ] | 2019-03-25 | [ 公开日期 ] | …) or no leading bar.
        var barred = text.StartsWith('|') || text.StartsWith('｜') || text.Count(c => c is '|' or '｜') >= 2;
        var cells = (barred ? BarCells().Split(text) : Cells().Split(text))
            .Select(c => barred ? c.Trim().Trim('【', '[', '〔', '】', ']', '〕').Trim() : c.Trim().TrimStart('【', '[', '〔')).Where(c => c.Length > 0).ToList();
        if (cells.Count == 0)
        {
            return false;
        }

        // In a barred row a letter-spaced label keeps its colon in its own cell (| 索 引 号: | … | 发布时间: | 2012年02月17日 |).
        bool IsBare(string cell) => BareLabels.Contains(cell) || (barred && AllLabels.Contains(BarLabel(cell)));

        // The site's byline before it: the site's name and its address (青石县政府 www.qsx.gov.cn 2026-01-22 14:32 来源:X, a real
        // county's page), then the posting date and the labels as below.
        if (SiteNameAndAddress().Match(cells[0]) is { Success: true } byline)
        {
            cells[0] = cells[0][byline.Length..];
        }
        else if (cells.Count > 2 && SiteNameAndAddressAlone().IsMatch(cells[0]) && LeadingDate().Match(cells[1]) is { Success: true, Index: 0 } dated
            && dated.Length == cells[1].Length && LabelColon().Match(cells[2]) is { Success: true, Index: 0 })
        {
            // The byline in cells of its own, the date printed with 年月日 and its time (中央政府门户网站 www.gov.cn   2013年03月29日
            // 15时57分   来源:X政府网站, a central portal's repost of a region's report): the posting date as above.
            cells.RemoveAt(0);
        }
        else if (cells.Count > 3 && SiteNameAlone().IsMatch(cells[0]) && SiteNameAndAddressAlone().IsMatch(cells[0] + cells[1])
            && LeadingDate().Match(cells[2]) is { Success: true, Index: 0 } glossDated && glossDated.Length == cells[2].Length
            && LabelColon().Match(cells[3]) is { Success: true, Index: 0 })
        {
            // The same byline on a mirror whose pinyin gloss, blanked, cut the site's name in two (中央政府门户网(wǎng)站 x.com
            // 2012年03月31日 11時11分 来源:…: 中央政府门户网 | 站 x.com): the name's two cells are the site's, the date the posting's.
            cells.RemoveRange(0, 2);
        }
        else if (!barred && cells.Count > 1 && SiteNameColonAddress().IsMatch(cells[0]) && LabelColon().Match(cells[1]) is { Success: true, Index: 0 })
        {
            // A content system's byline opening on its site's name and address joined by a colon (X网:http://www.x.com    来源:
            // 创建时间:2015/10/15 16:55:00, a mirror's page under a city's title): the site's cell, then the labels as below.
            cells.RemoveAt(0);
        }
        else if (barred && cells.Count > 1 && LeadingDate().Match(cells[0]) is { Success: true, Index: 0 } newsDated
            && newsDated.Length == cells[0].Length && SiteNameAndAddressAlone().IsMatch(cells[1]))
        {
            // A news site's byline: the date and time first, then the site's name and address between bars (2013年04月30日17:01 |
            // X门户网 www.x.cn | 给编辑写信 字号:T|T, a news portal's copy of a province's report): the posting date.
            Record("时间", newsDated.Value, facts);
            return true;
        }

        // A posting date printed before the labels (2022年01月18日来源:1), or a space before them (2020-01-30 10:01 来源: X).
        var leading = LeadingDate().Match(cells[0]);
        var labelAt = leading.Success ? leading.Length + (cells[0].Length - leading.Length - cells[0][leading.Length..].TrimStart().Length) : 0;
        if (leading.Success && LabelColon().Match(cells[0], labelAt) is { Success: true } after && after.Index == labelAt)
        {
            Record("时间", leading.Value, facts);
            cells[0] = cells[0][labelAt..];
        }
        else if (leading.Success && leading.Length == cells[0].Length && cells.Count > 1 && LabelColon().Match(cells[1]) is { Success: true, Index: 0 })
        {
            // The posting date in a cell of its own before the labels (2021-02-07 18:07     来源:X).
            Record("时间", leading.Value, facts);
            cells.RemoveAt(0);
        }

        // A label letter-spaced alone on its line (标 题:): its value is the next line.
        if (!barred && cells.Count == 1 && cells[0].Length <= 12 && (cells[0].EndsWith(':') || cells[0].EndsWith('：'))
            && AllLabels.Contains(Spaceless(cells[0].TrimEnd(':', '：').Trim())))
        {
            facts.PendingLabel = Spaceless(cells[0].TrimEnd(':', '：').Trim());
            return true;
        }

        var first = LabelColon().Match(cells[0]);
        if (!(first.Success && first.Index == 0) && !IsBare(cells[0]) && !(barred && cells.Any(IsBare)))
        {
            // Labels and values between single spaces, no colon (发布机构 乌恰县人民政府 发布日期 2022-01-05 12:37): two
            // such pairs at least, from the line's start, make a header row.
            var pairs = LabelSpaceValue().Matches(text);

            // The row's first label may be letter-spaced as pages print it (索 引 号 X/2024-00001  发布机构 Y  公开日期
            // 2024-01-29, a zone committee's page): that label and its value are the row's first pair.
            var spacedFirst = pairs.Count > 0 && pairs[0].Index > 0 ? SpacedLabelValue().Match(text[..pairs[0].Index]) : Match.Empty;
            var spacedLabel = spacedFirst.Success ? Spaceless(spacedFirst.Groups["l"].Value) : null;
            var spacedOpens = spacedLabel is not null && AllLabels.Contains(spacedLabel);
            if (barred || pairs.Count + (spacedOpens ? 1 : 0) < 2 || (pairs[0].Index != 0 && !spacedOpens))
            {
                return false;
            }

            if (spacedOpens)
            {
                Record(spacedLabel!, spacedFirst.Groups["v"].Value, facts);
            }

            foreach (Match pair in pairs)
            {
                Record(pair.Groups["l"].Value, pair.Groups["v"].Value, facts);
            }

            return true;
        }

        for (var i = 0; i < cells.Count; i++)
        {
            // A date in a cell of its own after the row's labels (来源:X    2020-03-31 17:13:25): the posting time.
            if (i > 0 && LeadingDate().Match(cells[i]) is { Success: true, Index: 0 } unlabelled && unlabelled.Value.Contains('-', StringComparison.Ordinal))
            {
                Record("时间", unlabelled.Value, facts);
                continue;
            }

            if (IsBare(cells[i]))
            {
                if (i + 1 < cells.Count && !IsBare(cells[i + 1]) && !LabelColon().Match(cells[i + 1]).Success)
                {
                    Record(BarLabel(cells[i]), cells[++i], facts);
                }

                continue;
            }

            var matches = LabelColon().Matches(cells[i]);
            for (var m = 0; m < matches.Count; m++)
            {
                var valueStart = matches[m].Index + matches[m].Length;
                var valueEnd = m + 1 < matches.Count ? matches[m + 1].Index : cells[i].Length;
                var value = cells[i][valueStart..valueEnd].Trim().TrimEnd('】', ']', '〕').Trim();
                if (value.Length == 0 && m + 1 == matches.Count && i + 1 < cells.Count && !LabelColon().Match(cells[i + 1]).Success && !BareLabels.Contains(cells[i + 1]))
                {
                    value = cells[++i];
                }
                else if (value.Length == 0 && cells.Count == 1 && matches.Count == 1)
                {
                    // The label alone on its line (• 成文日期:): its value may be the next line.
                    facts.PendingLabel = Spaceless(matches[m].Groups["l"].Value);
                }

                Record(Spaceless(matches[m].Groups["l"].Value), value, facts);
            }
        }

        // 作者:日期:2022-01-14: a bare 日期 among the row's labels is no label of its own (it ran into 作者's value), but its
        // date in dashes is the posting date as a 日期 line's is.
        if (RowDashDate().Match(text) is { Success: true } rowDate)
        {
            AddDate(BareDateLabel, rowDate, facts);
        }

        return true;
    }

    /// <summary>
    /// A label split by blanks inside it (發(fā)文日期 on a mirror's page, its pinyin gloss blanked to spaces: 发    文日期:…) joined
    /// again, so the row's cells are not cut inside a label: a blank run between two Chinese characters goes only where the
    /// characters before and after it make one of the page's labels of four characters or more (a two-character label
    /// letter-spaced, 名  称 or 标      题, is read as such already).
    /// </summary>
    private static string WithSplitLabelsJoined(string text)
    {
        if (!text.Contains("  ", StringComparison.Ordinal))
        {
            return text;
        }

        // Spans, not substrings: a flattened page's one long line may hold many blank runs, and copying the text on each
        // side of every run would cost the line's length per run.
        return InnerBlankRun().Replace(text, blank =>
            SplitsALabel(text.AsSpan(0, blank.Index), text.AsSpan(blank.Index + blank.Length)) ? string.Empty : blank.Value);
    }

    private static bool SplitsALabel(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        foreach (var label in AllLabels)
        {
            for (var k = 1; label.Length >= 4 && k < label.Length; k++)
            {
                if (before.EndsWith(label.AsSpan(0, k), StringComparison.Ordinal) && after.StartsWith(label.AsSpan(k), StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF])[ \u3000]{2,9}(?=[\u4E00-\u9FFF])")]
    private static partial Regex InnerBlankRun();

    private static string BarLabel(string cell) => Spaceless(cell).TrimEnd(':', '：');

    private static void Record(string label, string value, FactsBuilder facts)
    {
        // 发布单位: | 谢塘镇 |: the value in a cell of its own.
        value = value.Trim().Trim('|', '｜').Trim();
        if (DateLabels.Contains(label))
        {
            var date = PageDateValue().Match(value);
            if (date.Success)
            {
                AddDate(label, date, facts);
            }

            return;
        }

        // A value runs to the first space (来源：X 作者：Y, already split; 来源：X 2021-03-05 is not).
        var first = value.Split([' ', '\u00A0', '\u3000'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        if (PublisherLabels.Contains(label) && first.Length >= 2)
        {
            facts.Publisher ??= first;
        }
        else if (SourceLabels.Contains(label) && first.Length >= 2)
        {
            facts.Source ??= first;
        }
        else if (TitleLabels.Contains(label) && value.Length >= 4)
        {
            facts.TitleRow ??= value;
        }
    }

    [GeneratedRegex(@"\t|[ \u00A0]{2,}|\u3000+")]
    private static partial Regex Cells();

    // A site's search box and its prompts (请输入搜索, 选择搜索类型, 选择特殊符号): short, no year, no sentence.
    [GeneratedRegex(@"^[^\d。，；]{0,6}(?:搜索|请输入|关键字|关键词|检索|特殊符号)[^\d。，；]{0,6}$")]
    private static partial Regex SearchBox();

    // An accessibility toolbar's help printed as a sentence above the title (按回车键在新窗口打开无障碍说明页面,按Ctrl+~键打开
    // 导盲模式。, a real county's page): the site's instructions for its keys, never the report's text.
    [GeneratedRegex(@"^按回车键[^。]{0,30}?无障碍[^。]{0,40}?模式[。.]?$")]
    private static partial Regex AccessibilityHelp();

    [GeneratedRegex(@"\s*[|｜]\s*")]
    private static partial Regex BarCells();

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>\n]*)?/?>")]
    private static partial Regex MarkupTag();

    [GeneratedRegex(@"^[\s|｜]+$")]
    private static partial Regex BarsOnly();

    [GeneratedRegex(@"^日期\s*[:：]\s*(?<y>(?:19|20)\d{2})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:来源|作者|浏览|点击|访问|字号|打印|关闭)\S*.*)?$")]
    private static partial Regex DashDateLine();

    [GeneratedRegex(@"(?<![\u4E00-\u9FFF])日期\s*[:：]\s*(?<y>(?:19|20)\d{2})-(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d)")]
    private static partial Regex RowDashDate();

    // The dashed date with its time (2020-01-30 10:01), or 年月日 with its time in either form (2013年03月29日 15时57分).
    [GeneratedRegex(@"^(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*\d{1,2}(?::\d{2}(?::\d{2})?|时\d{1,2}分(?:\d{1,2}秒)?))?|-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)")]
    private static partial Regex LeadingDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex AnySpace();

    // A site's name and its web address before a dashed posting date (青石县政府 www.qsx.gov.cn 2026-01-22 14:32 来源:…).
    [GeneratedRegex(@"^[\u4E00-\u9FFF]{2,20}\s+(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?:/\S*)?\s+(?=(?:19|20)\d{2}-\d{1,2}-\d{1,2})")]
    private static partial Regex SiteNameAndAddress();

    // A site's name alone, its address in the next cell (中央政府门户网 before 站 x.com where a blanked gloss cut the name).
    [GeneratedRegex(@"^[\u4E00-\u9FFF]{2,20}$")]
    private static partial Regex SiteNameAlone();

    // A site's name and its address joined by a colon, alone in its cell (X网:http://www.x.com).
    [GeneratedRegex(@"^[\u4E00-\u9FFF]{2,20}[:：]\s*(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/?$")]
    private static partial Regex SiteNameColonAddress();

    // The same byline alone in its cell, its date in the next one (中央政府门户网站 www.gov.cn).
    [GeneratedRegex(@"^[\u4E00-\u9FFF]{2,20}\s+(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}/?$")]
    private static partial Regex SiteNameAndAddressAlone();

    // A label letter-spaced (索 引 号, 发 布 机 构) and its value, all that stands before a row's next label.
    [GeneratedRegex(@"^(?<l>[\u4E00-\u9FFF](?:[ \u3000]+[\u4E00-\u9FFF]){1,5})[ \u3000]*[:：]?[ \u3000]+(?<v>[^\s:：|]+)[ \u3000]*$")]
    private static partial Regex SpacedLabelValue();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})年(?<m>\d{1,2})月(?<d>\d{1,2})日(?=本年度报告|本报告|根据《|依据《|按照《)")]
    private static partial Regex DateRunIntoTheOpening();

    private static string Spaceless(string cell) => cell.Length <= 12 ? AnySpace().Replace(cell, string.Empty) : cell;

    private static readonly HashSet<string> AllLabels = new(
        PublisherLabels.Concat(SourceLabels).Concat(DateLabels).Concat(TitleLabels).Concat(OtherLabels).Concat(BareLabels), StringComparer.Ordinal);

    // Bullets a page may put before its header rows (• 成文日期:).
    private static readonly char[] Bullets = ['•', '·', '●', '■', '◆', '▪', '◇', '○'];

    /// <summary>
    /// A line without the bullet or list number a page puts before its rows: • 成文日期:…, a dash (- 索 引 号:…) and a
    /// numbered list of the page's furniture (1. 当前位置: / 2. 首页 > … / 3. > 正文).
    /// </summary>
    /// <summary>
    /// A flattened line's pieces between its whitespace runs, a bullet alone kept with the piece it marks (• / X街道办事处 /
    /// • / 2021-01-18: the index block's lines as a page prints them, • X街道办事处).
    /// </summary>
    /// <remarks>
    /// A label letter-spaced in its cell (标 题 | X2020政府信息公开工作年度报告 | ||, a regional commission's index row flattened
    /// onto one line) is one piece again: its characters alone between the blanks spell the label only together. (Split, the
    /// label's characters were left as body pieces and 标题 ran into the title and the body's name where the title was not
    /// recognised by its form.) Only runs of single characters that make one of the page's labels are joined.
    /// </remarks>
    private static IEnumerable<string> Pieces(string line)
    {
        string? bullet = null;
        var pieces = WithTitleYearsJoined(WhiteRun().Split(line));
        for (var i = 0; i < pieces.Length; i++)
        {
            var piece = pieces[i];
            if (piece.Length == 1 && Bullets.Contains(piece[0]))
            {
                bullet = piece;
            }
            else if (piece.Length > 0)
            {
                var spaced = SpacedLabelAt(pieces, i);
                if (spaced > 1)
                {
                    piece = string.Concat(pieces.AsSpan(i, spaced));
                    i += spaced - 1;
                }

                yield return bullet is null ? piece : bullet + " " + piece;
                bullet = null;
            }
        }
    }

    /// <summary>
    /// A title whose year a PDF's text set apart by spaces (X局 2023 年政府信息公开工作年度报告, flattened onto one line with
    /// the page) is one piece again: the body's name, the year and its 年…报告, where the name is ideographs alone.
    /// </summary>
    private static string[] WithTitleYearsJoined(string[] pieces)
    {
        var joined = new List<string>(pieces.Length);
        for (var i = 0; i < pieces.Length; i++)
        {
            if (YearAlone().IsMatch(pieces[i]) && i + 1 < pieces.Length && pieces[i + 1].StartsWith('年') && pieces[i + 1].EndsWith("报告", StringComparison.Ordinal))
            {
                var title = pieces[i] + pieces[++i];
                if (joined.Count > 0 && joined[^1].Length is >= 2 and <= 30 && joined[^1].All(c => c is >= '\u4E00' and <= '\u9FFF'))
                {
                    title = joined[^1] + title;
                    joined.RemoveAt(joined.Count - 1);
                }

                joined.Add(title);
                continue;
            }

            joined.Add(pieces[i]);
        }

        return [.. joined];
    }

    /// <summary>How many single-character pieces from <paramref name="at"/> on spell one of the page's labels (0 where none do).</summary>
    private static int SpacedLabelAt(string[] pieces, int at)
    {
        if (!IsSingleIdeograph(pieces[at]))
        {
            return 0;
        }

        var run = 1;
        while (run < 6 && at + run < pieces.Length && IsSingleIdeograph(pieces[at + run]))
        {
            run++;
        }

        for (var length = run; length > 1; length--)
        {
            if (AllLabels.Contains(string.Concat(pieces.AsSpan(at, length))))
            {
                return length;
            }
        }

        return 0;
    }

    private static bool IsSingleIdeograph(string piece) => piece.Length == 1 && piece[0] is >= '\u4E00' and <= '\u9FFF';

    private static string Unbulleted(string line) => ListMark().Replace(line.Trim().TrimStart(Bullets).Trim(), string.Empty);

    private static bool IsBulleted(string line) => line.TrimStart().IndexOfAny(Bullets) == 0;

    [GeneratedRegex(@"^(?<t>\S.*?(?:报告|年报))\s*-\s")]
    private static partial Regex TitleBeforeField();

    [GeneratedRegex(@"^(?:19|20)\d{2}$")]
    private static partial Regex YearAlone();

    [GeneratedRegex(@"^(?:-|\d{1,2}\.)\s+")]
    private static partial Regex ListMark();

    [GeneratedRegex(@"^(?:>>|>|»|›|＞)\s*[^。，；]{1,20}$")]
    private static partial Regex CrumbContinuation();

    [GeneratedRegex(@"^(?:您|你)?(?:现在|当前|目前)?(?:所在|所处)?的?位置\s*(?:[:：]|(?=(?:网站)?首页))")]
    private static partial Regex BreadcrumbStart();

    [GeneratedRegex(@"^(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}:\d{2}(?::\d{2})?)$")]
    private static partial Regex DateOrTimePiece();

    // 发布日期 2021-02-20 / 发布日期:2024年01月29日 anywhere in a line; 日期 and 时间 alone only as a label of their own
    // (统计时间 is none). The four-character labels may be spaced (发 布 时 间, or 发    布时间 where a mirror's pinyin gloss
    // after 发 was blanked: 發(fā)布時間, a real town's page).
    [GeneratedRegex(@"(?<![\u4E00-\u9FFF])(?<l>发[ \u3000]{0,8}[布表][ \u3000]{0,8}(?:日[ \u3000]{0,8}期|时[ \u3000]{0,8}间)|日期|时间)\s*[:：]?\s*(?<y>(?:19|20)\d{2})\s*[-年/.]\s*(?<m>\d{1,2})\s*[-月/.]\s*(?<d>\d{1,2})")]
    private static partial Regex LabelledDateInLine();

    // The time may run on into the day with no space (2021-03-2918:26, a real province's page): read only when month,
    // day and hour are printed with two digits each, so that where the day ends is certain.
    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})-(?:(?<m>\d{2})-(?<d>\d{2})(?=\d{2}:\d{2})|(?<m>\d{1,2})-(?<d>\d{1,2})(?!\d))(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$")]
    private static partial Regex BareDashDate();

    [GeneratedRegex(@"^(?<y>(?:19|20)\d{2})\.(?<m>\d{1,2})\.(?<d>\d{1,2})$")]
    private static partial Regex BareDottedDate();

    // A title line and a dashed date after it, spaces between (…年度报告 2021-02-19, a time allowed after the date).
    [GeneratedRegex(@"^(?<t>\S.*\S)\s+(?<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)$")]
    private static partial Regex TitleThenDate();

    [GeneratedRegex(@"^(?:主动公开|依申请公开)$")]
    private static partial Regex DisclosureAttributeAlone();

    // A body's name alone after a dashed date and its time: nothing but Chinese characters, no punctuation. The page's font
    // control may close the line (2022-01-29 10:27:52 X市人民政府办公室 字体:, a town's page under its title): a button, no
    // part of the name.
    [GeneratedRegex(@"(?<=^(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s+[\u4E00-\u9FFF]{2,30}(?:\s+(?:【\s*)?(?:字体|字号)[:：]?[^\u4E00-\u9FFF]*)?$")]
    private static partial Regex PublisherAfterDate();

    // An index number alone on its line, as a page's header table prints it without its 索引号 label: an organisation
    // code or credit code, then /year-number (014178686/2023-00003, 1137018100420588XX-A/2024-6538668).
    [GeneratedRegex(@"^[0-9A-Z][0-9A-Z-]{5,24}/(?:19|20)\d{2}-\d{1,10}$")]
    private static partial Regex IndexNumberAlone();

    [GeneratedRegex(@"^[\u4E00-\u9FFF]{2,30}(?:门户网站|网站|门户网|网)(?:\s+(?:https?://)?[A-Za-z0-9.-]+\.(?:cn|com|net|org)(?:/\S*)?)?\s+(?=(?:19|20)\d{2}-)")]
    private static partial Regex SiteByline();

    // A body's name alone before a dashed date (X省人民政府办公厅 2016-04-15): the publisher's byline, its name ending on a
    // government's or a department's designation.
    [GeneratedRegex(@"^[\u4E00-\u9FFF]{2,30}(?:人民政府|政府|办公厅|办公室|局|厅|委员会|委|办|中心)\s+(?=(?:19|20)\d{2}-)")]
    private static partial Regex PublisherBeforeDate();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")]
    private static partial Regex FirstHeading();

    // A label may be letter-spaced in a row of several (索 引 号:X 分 类:Y 发布机构:Z, a real county's page): single
    // spaces between its characters.
    private static readonly Regex LabelColonRegex = new(
        "(?<l>" + string.Join('|', PublisherLabels.Concat(SourceLabels).Concat(DateLabels).Concat(TitleLabels).Concat(OtherLabels)
            .Distinct(StringComparer.Ordinal).OrderByDescending(l => l.Length).Select(l => string.Join(" ?", l.ToCharArray()))) + @")\s*[:：]",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static Regex LabelColon() => LabelColonRegex;

    // A later pair of such a row may keep its colon (索引号 /2021-0000 公开日期: 2021-01-29 14:26, a county bureau's page):
    // the same row, the first label's bare form deciding it is one.
    private static readonly Regex LabelSpaceValueRegex = new(
        @"(?<![\u4E00-\u9FFF])(?<l>" + string.Join('|', PublisherLabels.Concat(SourceLabels).Concat(DateLabels).Concat(TitleLabels).Concat(OtherLabels)
            .Distinct(StringComparer.Ordinal).OrderByDescending(l => l.Length)) + @")(?:[ \u00A0\u3000]*[:：])?[ \u00A0\u3000]+(?<v>[^\s:：|]+)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static Regex LabelSpaceValue() => LabelSpaceValueRegex;

    /// <summary>A piece that joins crumbs: a separator alone (&gt;, », /) or the home crumb.</summary>
    private static bool IsCrumbConnector(string piece) =>
        piece is "首页" or "网站首页" || (piece.Length <= 2 && CrumbSeparator().Replace(piece, string.Empty).Length == 0);

    /// <summary>A piece that is a date (with its time or not) and nothing else: 2013年04月30日17:01, 2010年04月06日.</summary>
    private static bool WholeDate(string piece) => LeadingDate().Match(piece) is { Success: true, Index: 0 } date && date.Length == piece.Length;

    /// <summary>A title: short, names a year's report (…2020年…报告/年报), no sentence punctuation; a column name (政府信息公开年度报告) is none.</summary>
    internal static bool IsTitleLike(string text) =>
        text.Length is >= 8 and <= 60 && TitleYear().IsMatch(text) && (text.EndsWith("报告", StringComparison.Ordinal) || text.EndsWith("年报", StringComparison.Ordinal))
        && text.Contains("公开", StringComparison.Ordinal) && !SentencePunctuation().IsMatch(text);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteRun();

    [GeneratedRegex(@"(?:(?:19|20)\d{2}|[〇零一二三四五六七八九○]{4})\s*年")]
    private static partial Regex TitleYear();

    // A title-like piece that opens on its year (2023年信息公开年度报告): a year's column when crumbs follow it.
    [GeneratedRegex(@"^(?:19|20)\d{2}年")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"[【】\[\]〔〕()（）<>《》|｜]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@"[【】\[\]〔〕()（）|｜\s]+")]
    private static partial Regex ButtonSplit();

    [GeneratedRegex(@"^\d{1,2}:\d{2}(?::\d{2})?$")]
    private static partial Regex TimeOnly();

    // A time of day alone, as a byline prints it after its date (15:57, 11时11分).
    [GeneratedRegex(@"^\d{1,2}(?::\d{2}(?::\d{2})?|时\d{1,2}分(?:\d{1,2}秒)?)$")]
    private static partial Regex TimePiece();

    [GeneratedRegex(@"^[\p{P}\p{S}\s]+$")]
    private static partial Regex PunctuationOnly();

    [GeneratedRegex(@"[。，；]")]
    private static partial Regex SentencePunctuation();

    [GeneratedRegex(@"\s*(?:>>|>|»|›|＞|/|\\|→|-)\s*|\s+")]
    private static partial Regex CrumbSeparator();

    // A breadcrumb's separator ending a piece of a flattened page (首页>>, or > alone), or starting one (>> 工作动态); not
    // an html comment's end (相关链接: --> X, a real page's copy, where X is the title's first line).
    [GeneratedRegex(@"(?<!-)(?:>|»|›|＞)$")]
    private static partial Regex EndsOnCrumbSeparator();

    [GeneratedRegex(@"^(?:>|»|›|＞)")]
    private static partial Regex StartsOnCrumbSeparator();

    [GeneratedRegex(@"^(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+)?(?:信息来源|文章来源|来源|发布时间|发布日期|发表时间|发表日期|上载日期|上传日期|录入日期|时间|作者|点击|浏览|发布机构)")]
    private static partial Regex HeadingFollower();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})\s*[-年/.]\s*(?<m>\d{1,2})\s*[-月/.]\s*(?<d>\d{1,2})")]
    private static partial Regex PageDateValue();


    [GeneratedRegex(@"^\d+(?:次|人次)?$")]
    private static partial Regex CounterValue();

    [GeneratedRegex(@"^[\[【(（]?(?:[大中小]|默认|超大|[\s|｜/])*[\]】)）]?$")]
    private static partial Regex FontSizes();

    private sealed class FactsBuilder
    {
        private readonly Dictionary<string, PageDate> _dates = new(StringComparer.Ordinal);

        public string? Heading { get; set; }

        public string? TitleRow { get; set; }

        public string? Publisher { get; set; }

        public string? Source { get; set; }

        /// <summary>A label just read without a value on its line, waiting for the next line.</summary>
        public string? PendingLabel { get; set; }

        public bool HasDate => _dates.Count > 0;

        public void AddDate(string label, int year, int month, int day) => _dates.TryAdd(label, new PageDate(year, month, day, label));

        public PageFacts Build()
        {
            var date = DateLabels.Append(BareDateLabel).Append(UnderTitleDateLabel).Append(IndexBlockDateLabel).Select(l => _dates.GetValueOrDefault(l)).FirstOrDefault(d => d is not null);
            return new PageFacts(TitleRow ?? Heading, Publisher, Source, date);
        }
    }
}

/// <summary>What a piece of the page is.</summary>
internal enum SegmentKind
{
    Body,
    Label,
    Breadcrumb,
    Heading,
    Button,
    Footer,
}

/// <summary>A line of the page, or a piece of a page flattened onto one line (<see cref="Flattened"/>).</summary>
internal sealed record PageSegment(string Text, SegmentKind Kind, bool Flattened)
{
    public bool IsChrome => Kind != SegmentKind.Body;
}

/// <summary>A date the page prints in its header (时间：2021-03-05 08:58), with its label.</summary>
internal sealed record PageDate(int Year, int Month, int Day, string Label);

/// <summary>What the page's chrome says about the report: its title (标题 row or page heading), 发布机构, 来源, posting date.</summary>
internal sealed record PageFacts(string? Title, string? Publisher, string? Source, PageDate? Date);

/// <summary>The page as segments marked chrome or body, and the chrome's facts.</summary>
internal sealed record PageView(IReadOnlyList<PageSegment> Segments, PageFacts Facts)
{
    /// <summary>The report's own lines: the segments that are not chrome.</summary>
    public IReadOnlyList<string> Body { get; } = [.. Segments.Where(s => !s.IsChrome).Select(s => s.Text)];
}
