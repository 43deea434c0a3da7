using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules read off real report pages of every body kind (nineteenth round, metadata of report pages), on fictional fixtures:
/// a header row whose first label is letter-spaced, the active total summed by 合计, applications named as asking for the
/// information, the body's site right after 通过 publishing, and a table label whose bar broke onto the next line.
/// </summary>
public sealed class PageFieldAndWordingRuleTests
{
    private const string BarredTable = "一、总体情况\n2021年,我局认真做好政府信息公开工作。\n二、主动公开政府信息情况\n第二十条第(一)项 |\n|||\n"
        + "信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n规章 |\n0 |\n0 |\n0 |\n{0}第二十条第(五)项 |\n|||\n信息内容 |\n"
        + "本年处理决定数量 |\n||\n行政许可 |\n0 |\n||\n第二十条第(六)项 |\n|||\n信息内容 |\n本年处理决定数量 |\n||\n行政处罚 |\n2 |\n||\n";

    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private static decimal? Metric(ExtractedReport report, string key) => report.Metrics.SingleOrDefault(m => m.Key == key)?.Value;

    // A header row of label-space-value pairs whose first label is letter-spaced (索 引 号): the row is read, its 公开日期 the
    // page's date. A sentence before the pairs is no header row.
    [Theory]
    [InlineData(" 索 引 号 QX0101/qfyq/2024-00001  发布机构 青峦园区管委会  公开日期 2024-01-29", "2024-01-29")]
    [InlineData("青峦园区说明 QX0101/qfyq/2024-00001  发布机构 青峦园区管委会  公开日期 2024-01-29", null)]
    public void Extract_HeaderRowOpeningWithALetterSpacedLabel_GivesItsDate(string row, string? published)
    {
        var text = "当前位置: 首页>>政府信息公开>>政府信息公开年报>>正文\n" + row + "\n 公开方式 主动公开  公开程序 经本单位审核后公开\n"
            + "青峦园区管理委员会2023年政府信息公开工作年度报告\n\n本报告根据《中华人民共和国政府信息公开条例》编制。\n\n一、总体情况\n\n"
            + "2023年,我委认真做好政府信息公开工作。\n";

        var report = Extract(text);

        Assert.Equal(published, report.Published);
    }

    // 合计 sums the year's information as 共计 does.
    [Fact]
    public void Extract_ActiveTotalSummedBy合计_IsTheTotal()
    {
        var report = Extract("一、总体情况\n(一)主动公开情况\n主动公开政府信息的数量:2021年,区青石局主动公开政府信息合计76条。其中,规范性文件4篇。\n");

        Assert.Equal(76, Metric(report, "legacy.active.total"));
    }

    // Applications named as asking for the information (收到要求公开政府信息的申请N件) are the year's applications received.
    [Fact]
    public void Extract_ApplicationsAskingForTheInformation_AreTheReceived()
    {
        var report = Extract("一、总体情况\n(二)规范回应依申请公开信息\n本年度收到要求公开政府信息的申请7件,其中1件属行政执法案卷信息。\n");

        Assert.Equal(7, Metric(report, "legacy.apply.received"));
    }

    // The body's site right after 通过, publishing: the site's count. Sites of several levels (省市县网站) are not the body's.
    [Theory]
    [InlineData("2022年通过网站发布各类信息528条,其中法定主动公开信息113条。", 528)]
    [InlineData("全年累计在省市县网站发布信息221条。", null)]
    public void Extract_OwnSiteAfter通过Publishing_IsTheWebsiteCount(string sentence, int? website)
    {
        var report = Extract("一、总体情况\n(一)主动公开情况。坚持公开为常态。" + sentence + "\n");

        Assert.Equal(website, (int?)Metric(report, "legacy.channel.website"));
    }

    // Cells a line with their bars: a label printed without its bar, the bar alone on the next line, then the values —
    // the bar is the label's own, the three values its row's. Written with its bar, the row reads the same.
    [Theory]
    [InlineData("行政规范性文件\n|\n0 |\n0 |\n0 |\n")]
    [InlineData("行政规范性文件 |\n0 |\n0 |\n0 |\n")]
    public void Extract_BarredTable_LabelsBarOnTheNextLine_IsTheLabelsOwn(string row)
    {
        var report = Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, BarredTable, row));

        Assert.Equal(0, Metric(report, "active.normative_docs.issued"));
        Assert.Equal(0, Metric(report, "active.normative_docs.repealed"));
        Assert.Equal(0, Metric(report, "active.normative_docs.in_force"));
        Assert.Equal(2, Metric(report, "active.penalty.decisions"));
    }
}
