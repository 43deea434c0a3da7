using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules read off real report pages of every body kind (twentieth round, metadata of report pages), on fictional fixtures:
/// a title line opening on a document number and its signer, a font switch's label printed without its sizes (the name
/// on the next line is the title's), a county's government site named by its short name, and three wordings of the year's
/// applications and active total.
/// </summary>
public sealed class TitleSignerAndFontLabelRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private static decimal? Metric(ExtractedReport report, string key) => report.Metrics.SingleOrDefault(m => m.Key == key)?.Value;

    // A document's number (and its signer, where the title's year follows the signer's name) run into the title's line:
    // no part of the title, which then names its body.
    [Theory]
    [InlineData("青中 [2015] 3号 签发人:张某某 2014年青石第二中学 政府信息公开工作年度报告", "2014年青石第二中学政府信息公开工作年度报告", "青石第二中学")]
    [InlineData("青府〔2015〕3号 青石县人民政府2014年政府信息公开工作年度报告", "青石县人民政府2014年政府信息公开工作年度报告", "青石县人民政府")]
    public void Extract_TitleLineOpeningOnADocumentNumber_IsTheTitleAfterIt(string line, string title, string agency)
    {
        var report = Extract(line + "\n青石市人民政府: 本报告所列数据的统计期限自2014年1月1日起至2014年12月31日止。\n一、概述\n2014年,我单位认真做好政府信息公开工作。\n");

        Assert.Equal(title, report.Title);
        Assert.Equal(agency, report.Agency);
    }

    // 字体: with nothing after it is a font switch whose sizes were not kept: the body's name on the next line is no value
    // of it but the first line of the article's own title.
    [Fact]
    public void Extract_FontLabelWithoutItsSizes_LeavesTheNextLineToTheTitle()
    {
        var report = Extract("2019年度政府信息公开年度报告\n发布时间:2020-01-19 10:56\n字体:\n\n青石市统计局\n\n2019年度政府信息公开年度报告\n\n"
            + "一、总体情况\n2019年,我局认真做好政府信息公开工作。\n");

        Assert.Equal("青石市统计局2019年度政府信息公开年度报告", report.Title);
        Assert.Equal("青石市统计局", report.Agency);
        Assert.Equal("2020-01-19", report.Published);
    }

    // A county named by its short name in its government's website (在石屏政府网…公布) places a township the text names
    // without its county; a short name inside other words still does not.
    [Theory]
    [InlineData("在石屏政府网-乡镇信息公开栏公布", "532525")]
    [InlineData("在石屏新闻网公布", null)]
    public void Extract_CountysGovernmentSiteByItsShortName_PlacesTheTownship(string where, string? code)
    {
        var report = Extract("本年度报告根据《中华人民共和国政府信息公开条例》要求,汇总2021年度白沙坝镇人民政府的政务公开年度报告编制而成。"
            + "报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。本报告全文" + where + ",欢迎查阅。\n一、概述\n"
            + "2021年,在县委县政府的正确领导下,白沙坝镇人民政府根据省、市、县下发的关于政务公开的系列文件要求,较好地完成了政务公开工作。\n");

        Assert.Equal("白沙坝镇人民政府", report.Agency);
        Assert.Equal(code, report.Region?.Code);
    }

    // The year's applications: 依申请政府信息公开事项 received, and matters received and answered in one clause (in 项).
    [Theory]
    [InlineData("本年度受理依申请政府信息公开事项25件,其中20件为申请公开招生录取相关信息。", 25)]
    [InlineData("2022年度,青石园区管委会受理并按时回复政府信息依申请公开事项19项,全部为自然人申请。", 19)]
    public void Extract_ApplicationMattersReceived_AreTheReceived(string sentence, int received)
    {
        var report = Extract("一、总体情况\n(二)依申请公开情况\n" + sentence + "\n");

        Assert.Equal(received, Metric(report, "legacy.apply.received"));
    }

    // 主动公开的信息共计N条: the active total, the information named without 政府.
    [Fact]
    public void Extract_ActiveInformationSummed_IsTheTotal()
    {
        var report = Extract("一、总体情况\n(一)主动政府信息的主要类别\n我镇主动公开的信息共计85条,包括:机构职能、乡镇文件、镇街动态等各类信息。\n");

        Assert.Equal(85, Metric(report, "legacy.active.total"));
    }
}
