using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Fourteenth round (twenty-eighth session): report pages whose stored text reaches the template tables — a 规章 row whose
/// label was printed as spaces, a statistics period whose end lost its 日, a 总体情况 opening on the year's first day, and
/// prose figures in the wordings these pages use. Every fixture is a fictional report.
/// </summary>
public sealed class TableExcerptRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private static decimal? Metric(ExtractedReport report, string key) => report.Metrics.SingleOrDefault(m => m.Key == key)?.Value;

    // A cell per line with empty lines between; the 栏目 lines lost their bracketed part and the 规章 label is a line of spaces.
    private const string LostLabelTable2 = "青石县某某镇人民政府2024年政府信息公开工作年度报告\n\n一、总体情况\n\n2024年,某某镇未收到政府信息公开申请。\n\n"
        + "二、主动公开政府信息情况\n\n第二十条第\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n{0}\n\n2\n\n0\n\n5\n\n"
        + "行政规范性文件\n\n1\n\n0\n\n3\n\n第二十条第\n\n信息内容\n\n本年处理决定数量\n\n行政许可\n\n37\n\n第二十条第\n\n信息内容\n\n本年处理决定数量\n\n"
        + "行政处罚\n\n4\n\n行政强制\n\n0\n\n第二十条第\n\n信息内容\n\n本年收费金额单位:万元\n\n行政事业性收费\n\n0\n\n"
        + "三、收到和处理政府信息公开申请情况\n\n";

    [Fact]
    public void FirstRowLabelPrintedAsSpaces_ItsValuesAreTheFirstRowsAndTheTableIsRead()
    {
        var report = Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, LostLabelTable2, "  "));

        Assert.Equal(2, Metric(report, "active.rules.issued"));
        Assert.Equal(0, Metric(report, "active.rules.repealed"));
        Assert.Equal(5, Metric(report, "active.rules.in_force"));
        Assert.Equal(1, Metric(report, "active.normative_docs.issued"));
        Assert.Equal(3, Metric(report, "active.normative_docs.in_force"));
        Assert.Equal(37, Metric(report, "active.licensing.decisions"));
        Assert.Equal(4, Metric(report, "active.penalty.decisions"));
        Assert.DoesNotContain(report.Flags, f => f.Kind == FlagKind.TableUnreadable);
    }

    [Fact]
    public void ValuesBeforeTheFirstLabelWithoutALineOfSpaces_TableStaysUnread()
    {
        // No printed-empty label cell before the values: they may be 行政规范性文件's own, printed before its label (a PDF's
        // content order), so nothing of the table is read.
        var report = Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, LostLabelTable2, string.Empty));

        Assert.Null(Metric(report, "active.rules.issued"));
        Assert.Null(Metric(report, "active.normative_docs.issued"));
        Assert.Contains(report.Flags, f => f.Kind == FlagKind.TableUnreadable);
    }

    [Fact]
    public void ValuesBeforeALabelPrintedAfterThem_TableStaysUnread()
    {
        // A PDF's content order: 规章's values, then 规章, then 行政规范性文件's values and its label. 规章 is printed, so the
        // values before it are no lost label's row.
        var report = Extract("青石县某某局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\n本年制发件数\n本年废止件数\n现行有效件数\n"
            + "  \n2\n0\n5\n规章\n1\n0\n3\n行政规范性文件\n第二十条第(五)项\n信息内容\n本年处理决定数量\n9\n行政许可\n三、收到和处理政府信息公开申请情况\n");

        Assert.Null(Metric(report, "active.rules.issued"));
        Assert.Null(Metric(report, "active.normative_docs.issued"));
    }

    [Fact]
    public void StatisticsPeriodWhoseEndLostItsDay_GivesTheYear()
    {
        // 至12月31止: the 日 dropped before 止. An earlier 2022年, about a document count must not decide the year.
        var report = Extract("按照上级要求,结合我单位政府信息公开工作实际,现编制形成了本年度报告。本报告中所列数据的统计期限从2023年1月1日至12月31止。\n"
            + "一、总体情况\n(一)政府信息管理情况 2022年,某某镇人民政府办公室共制定规范性文件0件。\n");

        Assert.Equal(2023, report.Year);
    }

    [Fact]
    public void GeneralSituationOpeningOnTheYearsFirstDay_GivesTheYear()
    {
        // 一、总体情况 / 2022年以来,X乡在…: the section's first words; nothing else names the year.
        var report = Extract("一、总体情况\n2022年以来,某某乡在县委县政府的正确领导下,扎实推进政务公开工作。\n二、主动公开政府信息情况\n");

        Assert.Equal(2022, report.Year);
    }

    [Fact]
    public void ASinceYearElsewhere_GivesNoYear()
    {
        // A year since which the work has run, outside the 总体情况 opening, is no report year.
        var report = Extract("一、总体情况\n我乡扎实推进政务公开工作,2019年以来累计完善制度6项。\n二、主动公开政府信息情况\n");

        Assert.Null(report.Year);
    }

    [Theory]
    [InlineData("一年来主动公开信息共有40条,未收到依申请公开信息。", "legacy.active.total", 40)]
    [InlineData("2023年,我镇通过区政府门户网站公开信息8条,在政务微信平台“某某之声”公开政务信息137条。", "legacy.channel.wechat", 137)]
    [InlineData("2023年,某某镇人民政府微信公众账号(1个)发布信息149条;微博账号(1个)发布信息96条。", "legacy.channel.wechat", 149)]
    [InlineData("2023年,某某镇人民政府微信公众账号(1个)发布信息149条;微博账号(1个)发布信息96条。", "legacy.channel.weibo", 96)]
    public void ProseFiguresAsTablePagesWordThem(string sentence, string key, decimal value)
    {
        var report = Extract("青石县某某镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n" + sentence + "\n");

        Assert.Equal(value, Metric(report, key));
    }

    [Theory]
    [InlineData("十一年来主动公开信息共有400条。")]
    [InlineData("一年来共有40条信息被转载。")]
    public void ProseFiguresNotTheYearsTotal_AreNotRead(string sentence)
    {
        var report = Extract("青石县某某镇人民政府2023年政府信息公开工作年度报告\n一、总体情况\n" + sentence + "\n");

        Assert.Null(Metric(report, "legacy.active.total"));
    }
}
