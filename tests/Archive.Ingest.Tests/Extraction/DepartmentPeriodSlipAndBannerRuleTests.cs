using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// County and city departments' report pages of 2019–2025 (thirty-fifth session, r116) on small fictional texts: a
/// statistics period whose end slipped into the next year, the whole year summed without 主动 (全年累计公开), the WeChat
/// account's part after the whole's own sentence, said with its verb (更新), and a banner's short form that keeps its
/// wing and rank (某右中旗) on a page that never prints the full name.
/// </summary>
public sealed class DepartmentPeriodSlipAndBannerRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Extractor.Extract("青石县某某局2024年政府信息公开工作年度报告\n\n一、总体情况\n" + sentence + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    [Theory]
    [InlineData("(一)主动公开情况。\n2024年度,我局重点对重大项目建设等方面进行主动公开。全年累计公开政府信息309条。其中,工作情况63条,通知公告13条。", "legacy.active.total", 309)]
    [InlineData("2024年,县商务局主动公开政府信息213条。其中,局网站更新信息145条,微信公众平台更新68条,主要包括商务动态等。", "legacy.channel.wechat", 68)]
    public void Extract_DepartmentYearSumAndAccountPartWordings(string sentence, string key, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics[key]);
    }

    // The whole split into active and on-application items right after it counts more than the active ones: the active
    // part is the total.
    [Fact]
    public void Extract_DepartmentYearSumSplitIntoActiveAndOnApplication_GivesItsActivePart()
    {
        Assert.Equal(300, ProseMetrics("全年累计公开政府信息309条,其中主动公开300条,依申请公开9条。")["legacy.active.total"]);
    }

    [Theory]
    // Up to a day of the year, with no word of the whole year: a running total, possibly of several years.
    [InlineData("截至2024年12月31日,累计公开政府信息309条。", "legacy.active.total")]
    public void Extract_DepartmentYearSumWordingsThatAreNoKeysFigure(string sentence, string key)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey(key));
    }

    // A statistics period whose end slipped into the next year (统计时限为2020年1月1日至2021年12月31日) is no year's
    // period: the report it says it publishes (现公布…2020年…报告) tells the year, and the year the template.
    [Fact]
    public void Extract_StatisticsPeriodOverTwoYears_TheStatedReportsYear()
    {
        const string text = """
            为做好政府信息公开工作年度报告编制工作,现公布青石县某某局2020年政府信息公开工作年度报告。
            本报告所列数据统计时限为2020年1月1日至2021年12月31日。
            一、总体情况
            (一)主动公开。我局积极做好政务公开工作。
            """;

        var report = Extractor.Extract(text, "slip.txt");

        Assert.Equal(2020, report.Year);
        Assert.Equal(ReportTemplate.V2019, report.Template);
    }

    // A wing banner's four-character short form, its wing and rank before 旗 (察右中旗 for 察哈尔右翼中旗), stands for the
    // one banner of the code table it can be read as, even where the page never prints the full name; a shorter form
    // (察右旗, which three banners could be) still needs the full name printed.
    [Theory]
    [InlineData("察右中旗林业和草原局", "150927")]
    [InlineData("察右旗林业和草原局", null)]
    public void Extract_BannerShortFormWithWingAndRank_TheOneBannerItCanBe(string agency, string? region)
    {
        var text = agency + "2020年政府信息公开工作年度报告\n\n来源:林草局 发布时间:2021-01-29 16:22\n\n一、总体情况\n\n今年我局认真贯彻落实《中华人民共和国政府信息公开条例》。\n";

        var report = Extractor.Extract(text, "banner.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal(region, report.Region?.Code);
    }
}
