using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules from the twenty-fourth round of real reports (pages whose stored text reaches tables 三 and 四, 2019–2025), each on
/// a fictional fixture: a pipe row padded with a run of bars after fewer values than its columns, a page on one line that
/// begins table 二 at its first section label, a number ending a one-line excerpt after a full row (the next row's
/// numbering), a one-line pipe row cut after blank cells between its bars, and a portal's items counted as articles (篇).
/// </summary>
public sealed class TemplateTablePagesTwentyFourthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private const string Opening = "中卫市某某局2021年政府信息公开工作年度报告 一、总体情况 2021年,中卫市某某局认真做好政府信息公开工作,全年未发生行政复议。 ";

    // Table 二 of 2021 as a crawler renders an HTML table: cells between spaced bars, every row padded with bars to the
    // table's widest (第二十条第(一)项 | |||, 行政许可 | 0 | ||).
    private const string Table2021 = "第二十条第(一)项 | ||| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | 规章 | 0 | 0 | 0 | "
        + "行政规范性文件 | 2 | 0 | 5 | 第二十条第(五)项 | ||| 信息内容 | 本年处理决定数量 | || 行政许可 | 0 | || "
        + "第二十条第(六)项 | ||| 信息内容 | 本年处理决定数量 | || 行政处罚 | 36 | || 行政强制 | 0 | || "
        + "第二十条第(八)项 | ||| 信息内容 | 本年收费金额(单位:万元) | || 行政事业性收费 | 0 | ";

    private const string Table3Header = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | |||||||| "
        + "自然人 | 法人或其他组织 | 总计 | ||||||| 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ||||| ";

    private const string Table3Rows = "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 | || "
        + "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | || "
        + "三、本年度办理结果 | (一)予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | | ";

    [Fact]
    public void PipeRow_FewerValuesThanColumns_PaddedByARunOfBars_IsNotPlaced()
    {
        // The run of bars after the values stands for cells the row does not have: 3 and 3 are not 自然人 and 商业企业.
        var metrics = Metrics(Extract(Opening + "二、主动公开政府信息情况 " + Table2021 + "三、收到和处理政府信息公开申请情况 " + Table3Header
            + "一、本年新收政府信息公开申请数量 | 3 | 3 | ||||||| 二、上年结转政府信息公开申请数量 | 0 | 0 | ||||||| "
            + "三、本年度办理结果 | (一)予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | | 四、结转下年度继续办理 本机关无。\n"));

        Assert.DoesNotContain(metrics.Keys, k => k.StartsWith("apply.new.", StringComparison.Ordinal));
        Assert.DoesNotContain(metrics.Keys, k => k.StartsWith("apply.carried_in.", StringComparison.Ordinal));
        Assert.Equal(2, metrics["apply.result.disclosed.total"]);
    }

    [Fact]
    public void PipeRow_OneValueThenARunOfBars_OnItsOwnLine_IsNotPlaced()
    {
        // A row with its line breaks: one 0 after the label, then the padding (| 0 | ||||||||, the header's spanning cell's
        // shape): the 0 may be the first column's or one cell across the row.
        var metrics = Metrics(Extract("中卫市某某镇2021年政府信息公开工作年度报告\n一、总体情况\n2021年,我镇认真做好政府信息公开工作。\n"
            + "三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | ||||||||\n"
            + "自然人 | 法人或其他组织 | 总计 | |||||||\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |||||\n"
            + "一、本年新收政府信息公开申请数量 | 0 | ||||||||\n二、上年结转政府信息公开申请数量 | 0 | ||||||||\n"));

        Assert.DoesNotContain(metrics.Keys, k => k.StartsWith("apply.new.", StringComparison.Ordinal));
        Assert.DoesNotContain(metrics.Keys, k => k.StartsWith("apply.carried_in.", StringComparison.Ordinal));
    }

    [Fact]
    public void PipeRow_BlankCellsBetweenSpacedBars_StayInTheirColumns()
    {
        // Blank cells printed between their bars (| 3 | | | | | | 3 |) keep the values in their columns, padding or not.
        var metrics = Metrics(Extract(Opening + "二、主动公开政府信息情况 " + Table2021 + "三、收到和处理政府信息公开申请情况 " + Table3Header
            + "一、本年新收政府信息公开申请数量 | 3 | | | | | | 3 | || 二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | || "
            + "四、结转下年度继续办理 本机关无。\n"));

        Assert.Equal(3, metrics["apply.new.natural"]);
        Assert.Equal(3, metrics["apply.new.total"]);
        Assert.False(metrics.ContainsKey("apply.new.business"));
        Assert.Equal(0, metrics["apply.carried_in.total"]);
    }

    [Fact]
    public void OneLinePage_BeginningTableTwoAtItsFirstSectionLabel_ReadsTableTwo()
    {
        // A portal's prompt, then table 二 with no heading, all on one line: the section label starts the table as it does
        // on the page with its line breaks.
        var report = Extract("您访问的链接即将离开“某某区人民政府”门户网站 是否继续? " + Table2021 + Table3Header + Table3Rows + "\n");
        var metrics = Metrics(report);

        Assert.Equal(ReportTemplate.V2021, report.Template);
        Assert.Equal(5, metrics["active.normative_docs.in_force"]);
        Assert.Equal(36, metrics["active.penalty.decisions"]);
        Assert.Equal(3, metrics["apply.new.total"]);
    }

    [Fact]
    public void OneLinePage_WithItsTableTwoHeading_StillReadsTableTwo()
    {
        var metrics = Metrics(Extract(Opening + "二、主动公开政府信息情况 " + Table2021 + "三、收到和处理政府信息公开申请情况 " + Table3Header + Table3Rows + "\n"));

        Assert.Equal(5, metrics["active.normative_docs.in_force"]);
        Assert.Equal(2, metrics["apply.result.disclosed.natural"]);
    }

    private const string SpacedPage = "中卫市某某镇2020年政府信息公开工作年度报告 一、总体情况 2020年,我镇通过不同渠道和方式主动公开政务信息。 二、主动公开政府信息情况 "
        + "第二十条第(一)项 信息内容 本年新制作数量 本年新公开数量 对外公开总数量 规章 0 0 0 规范性文件 0 0 0 "
        + "第二十条第(五)项 信息内容 上一年项目数量 本年增/减 处理决定数量 行政许可 0 0 0 其他对外管理服务事项 0 0 0 "
        + "三、收到和处理政府信息公开申请情况 (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) 申请人情况 自然人 法人或其他组织 总计 "
        + "商业企业 科研机构 社会公益组织 法律服务机构 其他 一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1 "
        + "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0 三、本年度办理结果 (一)予以公开 1 0 0 0 0 0 1 "
        + "(二)部分公开(区分处理的,只计这一情形,不计其他情形) 0 0 0 0 0 0 0 (三)不予公开 1.属于国家秘密 0 0 0 0 0 0 0 ";

    [Fact]
    public void OneLineExcerpt_EndingOnTheNextRowsNumbering_AfterAFullRow_KeepsTheRow()
    {
        var metrics = Metrics(Extract(SpacedPage + "2\n"));

        Assert.Equal(0, metrics["apply.result.denied.state_secret.natural"]);
        Assert.Equal(0, metrics["apply.result.denied.state_secret.total"]);
        Assert.Equal(1, metrics["apply.result.disclosed.total"]);
    }

    [Fact]
    public void OneLineExcerpt_EndingOnAnotherNumber_AfterAFullRow_LeavesTheRow()
    {
        // 5 numbers no row after 1.属于国家秘密: an eighth value, so the row holds more cells than its columns.
        var metrics = Metrics(Extract(SpacedPage + "5\n"));

        Assert.DoesNotContain(metrics.Keys, k => k.StartsWith("apply.result.denied.state_secret.", StringComparison.Ordinal));
    }

    [Fact]
    public void OneLinePipeRow_CutAfterBlankCellsBetweenItsBars_KeepsItsFirstCell()
    {
        // An excerpt cut inside (二)'s 总计, the row's blank cells printed as spaced bars: 自然人 1 is read, the cut total not.
        var metrics = Metrics(Extract(Opening + "二、主动公开政府信息情况 " + Table2021 + "三、收到和处理政府信息公开申请情况 " + Table3Header
            + "一、本年新收政府信息公开申请数量 | 3 | | | | | | 3 | 二、上年结转政府信息公开申请数量 | | | | | | | 0 | "
            + "三、本年度办理结果 | (一)予以公开 | 2 | | | | | | 2 | (二)部分公开(区分处理的,只计这一情形,不计其他情形) | 1 | | | | | | 1\n"));

        Assert.Equal(1, metrics["apply.result.partial.natural"]);
        Assert.False(metrics.ContainsKey("apply.result.partial.total"));
        Assert.False(metrics.ContainsKey("apply.result.partial.business"));
    }

    [Fact]
    public void OneLinePipeRow_CutAfterALeadingEmptyCell_IsNotPlaced()
    {
        // The row's first cell is empty: it may be a merged label's column, so where the values stand is not certain.
        var metrics = Metrics(Extract(Opening + "二、主动公开政府信息情况 " + Table2021 + "三、收到和处理政府信息公开申请情况 " + Table3Header
            + "一、本年新收政府信息公开申请数量 | 3 | | | | | | 3 | 二、上年结转政府信息公开申请数量 | | | | | | | 0 | "
            + "三、本年度办理结果 | (一)予以公开 | 2 | | | | | | 2 | (二)部分公开(区分处理的,只计这一情形,不计其他情形) | | 1 | | | | | 1\n"));

        Assert.DoesNotContain(metrics.Keys, k => k.StartsWith("apply.result.partial.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2022年,通过政府门户网站共发布信息18篇,其中,政府信息年报1篇,工作动态17篇。", 18)]
    [InlineData("2022年,我局在县政府门户网站发布各类信息26篇。", 26)]
    public void Website_ItemsCountedAsArticles_IsTheSitesCount(string sentence, int count)
    {
        var metrics = OverviewMetrics("中卫市某某局2022年政府信息公开工作年度报告", sentence);

        Assert.Equal(count, metrics["legacy.channel.website"]);
    }

    [Fact]
    public void Website_AHigherBodysPortalCountedAsArticles_IsNoSiteCount()
    {
        var metrics = OverviewMetrics("中卫市某某局2022年政府信息公开工作年度报告", "2022年,通过上级门户网站共发布信息18篇。");

        Assert.False(metrics.ContainsKey("legacy.channel.website"));
    }
}
