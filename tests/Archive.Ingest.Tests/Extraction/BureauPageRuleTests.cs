using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// County and city departments' report pages (sixteenth round of real reports from elsewhere): a WeChat account named in
/// brackets after the new media, a 统计表 row's count word standing for its measure word, a named body summing its year,
/// a 2019 table 二 row printing two of its three cells one per paragraph, and the year of the year's total where the page
/// has no title and no period. Fictional texts.
/// </summary>
public sealed class BureauPageRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private static decimal? Metric(ExtractedReport report, string key) => report.Metrics.SingleOrDefault(m => m.Key == key)?.Value;

    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Extractor.Extract("青石县某某局2022年政府信息公开工作年度报告\n\n" + sentence + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    [Theory]
    [InlineData("全年主动通过门户网站公开政府信息40条;通过新媒体公开信息(“青石县某某局”微信公众号)56条。", "legacy.channel.wechat", 56)]
    [InlineData("2022年主动公开信息总数300条,其中政府网站公开政府信息数200条,政务微信公开政府信息数80,其他方式公开政府信息数20条。", "legacy.channel.wechat", 80)]
    [InlineData("2022年青石县商务局累计主动公开信息91篇,其中工作动态63篇、政策文件28篇。", "legacy.active.total", 91)]
    public void Extract_BureauPagesProseFigures(string sentence, string key, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    // Two channels in the brackets: their sum.
    [InlineData("通过新媒体公开信息(“青石发布”微信公众号、“青石”微博)56条。", "legacy.channel.wechat")]
    // The count word without a measure word only where the clause ends on the number: not an approximation.
    [InlineData("政务微信公开政府信息数80余,其他方式公开政府信息数20条。", "legacy.channel.wechat")]
    // A sum of money needs its unit printed.
    [InlineData("政府信息公开专项经费数5,主要用于网站维护。", "legacy.org.budget")]
    // A body summing since an earlier year: several years.
    [InlineData("2018年以来青石县商务局累计主动公开信息500条。", "legacy.active.total")]
    public void Extract_BureauPagesFiguresThatAreNoKeysFigure(string sentence, string key)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey(key));
    }

    private const string Table2019Paragraphs = "青石县某某局2020年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n第二十条第(一)项\n\n信息内容\n\n本年新\n制作数量\n\n本年新\n公开数量\n\n对外公开总数量\n\n"
        + "规章\n\n0\n\n0\n\n0\n\n规范性文件\n\n1\n\n1\n\n3\n\n第二十条第(五)项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n"
        + "行政许可\n\n12\n\n+3\n\n其他对外管理服务事项\n\n4\n\n6\n\n第二十条第(六)项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n"
        + "行政处罚\n\n-2\n\n7\n\n行政强制\n\n5\n\n+1\n\n第二十条第(八)项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n行政事业性收费\n\n \n\n三、收到和处理政府信息公开申请情况\n";

    [Fact]
    public void Extract_Table2019RowOfTwoCellsOnePerParagraph_TheSignedOneIsTheChange()
    {
        var report = Extract(Table2019Paragraphs);

        Assert.Equal(12, Metric(report, "active.licensing.prev_items"));
        Assert.Equal(3, Metric(report, "active.licensing.change"));
        Assert.Null(Metric(report, "active.licensing.decisions"));
        Assert.Null(Metric(report, "active.penalty.prev_items"));
        Assert.Equal(-2, Metric(report, "active.penalty.change"));
        Assert.Equal(7, Metric(report, "active.penalty.decisions"));
        Assert.Equal(5, Metric(report, "active.enforcement.prev_items"));
        Assert.Equal(1, Metric(report, "active.enforcement.change"));

        // Neither cell signed: nothing says which two columns they are.
        Assert.Null(Metric(report, "active.other_services.prev_items"));
        Assert.Null(Metric(report, "active.other_services.change"));
        Assert.Null(Metric(report, "active.other_services.decisions"));
        Assert.Equal(3, Metric(report, "active.normative_docs.total"));
    }

    private const string NoTitleNoPeriod = "索引号: | 11330000MB0000000X/2020-000001 | ||\n发布机构: | 县某某局 | 发文日期: | 2020-01-09 |\n一、总体情况\n"
        + "今年,在县委、县政府的正确领导下,我局依法有序做好政府信息公开工作。";

    [Fact]
    public void Extract_NoTitleNoPeriod_TheYearOfTheYearsTotal()
    {
        var report = Extract(NoTitleNoPeriod + "2019年共主动公开政府信息120条,其中部门文件20条。\n二、主动公开政府信息情况\n");

        Assert.Equal(2019, report.Year);
    }

    [Fact]
    public void Extract_NoTitleNoPeriod_TotalsOfTwoYears_NoYear()
    {
        var report = Extract(NoTitleNoPeriod + "2019年共主动公开政府信息120条,2018年共主动公开政府信息100条。\n二、主动公开政府信息情况\n");

        Assert.Null(report.Year);
    }
}
