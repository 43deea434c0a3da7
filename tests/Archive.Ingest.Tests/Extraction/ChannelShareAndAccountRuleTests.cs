using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Township and street report pages of 2019–2025 (thirty-first session, second half, r94) on small fictional texts: a
/// channel's count given with its share of the year's whole; the bare 公众号 after 通过 or 其中; the 统计表's row counting
/// 政务信息数; 截至12月 closing the sentence of the report's year.
/// </summary>
public sealed class ChannelShareAndAccountRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Extractor.Extract("青石镇2024年政府信息公开工作年度报告\n\n一、总体情况\n" + sentence + "\n", "prose.txt")
            .Metrics.ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    [Fact]
    public void Extract_ChannelCountsWithTheirShares_AreTheChannels()
    {
        var metrics = ProseMetrics("(一)主动公开\n2024年,我镇主动公开政府信息210条。其中,政府门户网站公开126条,占比60.0%;青石镇人民政府微信公众号公开84条,占比40.0%。");

        Assert.Equal(210, metrics["legacy.active.total"]);
        Assert.Equal(126, metrics["legacy.channel.website"]);
        Assert.Equal(84, metrics["legacy.channel.wechat"]);
    }

    // A total given with its share stays a part of some larger whole (县直各单位…占67.5%): no total.
    [Fact]
    public void Extract_TotalWithItsShare_IsNotTheTotal()
    {
        var metrics = ProseMetrics("2024年,各村主动公开政府信息共120条,占全镇的60%。");

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Theory]
    [InlineData("1.公开数量。2024年,青石镇主动公开政务信息数300条,通过公众号公开信息数288条,通过县政府网站公开信息数12条。", 288)]
    [InlineData("(四)政府信息平台建设\n青石镇人民政府信息公开的平台主要有微信公众号、公示栏等渠道。其中公众号全年发布信息75条。", 75)]
    public void Extract_BareAccountAfterThroughOrOfWhich_IsTheWeChatCount(string sentence, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics["legacy.channel.wechat"]);
    }

    // Another platform's account (抖音号, 视频号) or one named with another owner's word before it is not the bare 公众号.
    [Theory]
    [InlineData("其中抖音号全年发布信息75条。")]
    [InlineData("通过视频号公开信息数75条。")]
    public void Extract_OtherAccounts_AreNotTheWeChatCount(string sentence)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey("legacy.channel.wechat"));
    }

    [Fact]
    public void Extract_ActiveGovernmentAffairsInformationCount_IsTheTotal()
    {
        var metrics = ProseMetrics("1.公开数量。2024年,青石镇主动公开政务信息数300条。");

        Assert.Equal(300, metrics["legacy.active.total"]);
    }

    [Fact]
    public void Extract_UpToDecemberInTheReportsYear_IsTheYearsTotal()
    {
        var metrics = ProseMetrics("(二)规范公开程序。2024年度,青石镇按照某某县政府信息公开要求,按时公开各类信息,截至12月,我镇主动公开政府信息共18条,其中公示公告9则。");

        Assert.Equal(18, metrics["legacy.active.total"]);
    }

    // A day of December, or December without the report's year in the sentence, stays a cut-off.
    [Theory]
    [InlineData("(二)规范公开程序。2024年度,青石镇按照要求公开各类信息,截至12月20日,我镇主动公开政府信息共18条。")]
    [InlineData("(二)规范公开程序。青石镇按照要求公开各类信息,截至12月,我镇主动公开政府信息共18条。")]
    public void Extract_DayOfDecemberOrNoYear_IsNoYearsTotal(string sentence)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }
}
