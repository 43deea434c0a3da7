using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Township and street report pages of 2019–2025 (twenty-ninth session, r76) on small fictional texts: a town whose own
/// name ends in 城 (X城镇); a township's account named before its quoted names that end in a county's short name; a page's
/// label-less header cells printed as a bulleted list above the title; the older list of the year's facts (主动公开政府信息
/// 的情况：N条), 政务信息 as the year's total, a site's count summed by 共计, a WeChat account's name in brackets and an
/// account as the way items were published to the public.
/// </summary>
public sealed class TownAndBulletHeaderRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Metrics(Extractor.Extract("青石乡2017年政府信息公开工作年度报告\n\n" + sentence + "\n", "prose.txt"));

    [Theory]
    [InlineData("现将2017年工作情况汇报如下： 一、总体情况 1、主动公开政府信息的情况：40条，其内容涉及财政预算决算、工程招标等。 2、行政机关依申请公开政府信息的数量：无。", "legacy.active.total", 40)]
    [InlineData("2017年度我乡主动公开政务信息8条，其中：办事指南1条；工作动态7条。", "legacy.active.total", 8)]
    [InlineData("2017年我乡在政府网站共计公开各类政府信息36条。法规文件信息0条、工作动态信息36条。", "legacy.channel.website", 36)]
    [InlineData("通过青石乡微信公众号（某县青石乡人民政府）发布信息共122篇，其中一周工作动态50篇。", "legacy.channel.wechat", 122)]
    [InlineData("一是通过某县政府网站公布信息17条；二是通过“和谐青石”微信公众平台方式向社会公布各类政府信息1173条，包括工作动态1108条。", "legacy.channel.wechat", 1173)]
    public void Extract_TownProseFigures_AreRead(string sentence, string key, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics[key]);
    }

    // An account whose bracket says it includes another channel counts both: no WeChat count.
    [Fact]
    public void Extract_AccountCountIncludingAnotherChannel_IsNoWeChatCount()
    {
        var metrics = ProseMetrics("通过青石乡微信公众号（含视频号）发布信息共122篇。");

        Assert.False(metrics.ContainsKey("legacy.channel.wechat"));
    }

    [Fact]
    public void Extract_TownWhoseNameEndsInCheng_IsCompletedAndKeepsItsName()
    {
        const string text = """
            2022年青城镇政府信息公开工作年度报告

            本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。

            办公地址:平罗县青城镇人民政府

            一、总体情况
            本年度无依申请公开。
            """;

        var report = Extractor.Extract(text, "town.txt");

        Assert.Equal("青城镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_TownWhoseNameEndsInChengUnderASiteColumn_KeepsTheTitlesName()
    {
        const string text = """
            平罗县青城镇

            青城镇人民政府2022年政府信息公开工作年度报告

            发布时间: 2023-01-11

            一、总体情况

            2022年,平罗县青城镇政府严格按照《条例》要求做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "town.txt");

        Assert.Equal("青城镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_PlaceShortNameEndingAccountNamesListedAfterTheAccount_IsNoRegion()
    {
        const string text = """
            一、总体情况
            2023年,青石乡人民政府深入推进政务公开工作,积极回应社会关切。
            (一)主动公开方面。2023年青石乡人民政府共主动公开各类政府信息308条。其中:通过乡级微信公众号“云端之巅逐梦平罗”“云雾茶山至美平罗”发布政府通知公告34条。
            (二)依申请公开情况。2023年未收到群众要求公开政府信息的申请。
            """;

        var report = Extractor.Extract(text, "township.txt");

        Assert.Equal("青石乡人民政府", report.Agency);
        Assert.Null(report.Region);
    }

    [Fact]
    public void Extract_BulletedLabellessHeaderCells_AreNoTitleAndDateThePage()
    {
        const string text = """
            • 005283628/2021-00001
              • 平罗县青石路街道办事处
              • 政府信息公开年度报告
              • 2022-01-30
              • 2022-01-30
              • 2022-01-30
            石嘴山市平罗县青石路街道2021年政府信息公开工作年度报告

            本报告中所列数据的统计期限自2021年1月1日至2021年12月31日止。

            一、总体情况

            2021年,青石路街道不断推进街道信息公开工作。
            """;

        var report = Extractor.Extract(text, "street.txt");

        Assert.Equal("石嘴山市平罗县青石路街道2021年政府信息公开工作年度报告", report.Title);
        Assert.Equal("石嘴山市平罗县青石路街道办事处", report.Agency);
        Assert.Equal("2022-01-30", report.Published);
    }
}
