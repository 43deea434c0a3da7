using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Governments' and their offices' report pages of 2019–2025 (twentieth round of real reports from elsewhere): the
/// applications handled with the carried-in ones before the year's new ones (受理…N件,结转上年后新收到…M件), the
/// applications by their ways then summed (…申请A件,快递B件,合计N件), a WeChat account's count with the year between
/// (“X”微信公众号2024年度发布信息N条), the hot topics and opinion events without 重大 (回应公众关注热点和舆情N次), and a
/// district's government named with its zone's committee as one body; a portal's count with 及时 before its verb stays
/// unread. Fictional texts (the place of the last a real district no probe set's body belongs to).
/// </summary>
public sealed class GovernmentSummaryFigureRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> Metrics(string title, string body) =>
        Extractor.Extract(title + "\n\n" + body + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    [Theory]
    // The count handled with the carried-in ones first, the year's new ones next: the new ones are received.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "(二)依申请公开方面。一是2024年共受理依申请公开事项30件,结转上年后新收到依申请公开事项26件,较上一年度增加6件。", "legacy.apply.received", 26)]
    // The applications by their ways, then their sum.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "(二)依申请公开情况。全年依申请公开共收到群众网上申请60件,快递8件,合计68件,上年结转3件。", "legacy.apply.received", 68)]
    // The account's quoted name, then the report's year before its verb.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "(一)主动公开情况。县人民政府门户网站共发布信息900条。“青石县人民政府”微信公众号2024年度发布信息150条,订阅人数为3000。", "legacy.channel.wechat", 150)]
    // Hot topics and opinion events responded to, 重大 left out: the 统计表 row's whole.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "(一)主动公开情况。县人民政府门户网站共发布信息900条,发布政策解读信息30条,回应公众关注热点和舆情9次,开展调查征集2期。", "legacy.response.hot_topics", 9)]
    public void Extract_GovernmentSummaryFigures(string title, string body, string key, int value)
    {
        var metrics = Metrics(title, body);

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    // A count carried over between the first count and the sum: the sum holds it, so no received count.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "(二)依申请公开情况。全年依申请公开共收到群众网上申请60件,上年结转8件,合计68件。", "legacy.apply.received")]
    // The account's count in another year: not the report's.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "(一)主动公开情况。“青石县人民政府”微信公众号2023年度发布信息150条。", "legacy.channel.wechat")]
    // Hot topics alone: one kind of the row's two.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "(一)主动公开情况。回应公众关注热点9次。", "legacy.response.hot_topics")]
    // The portal, then 及时 before the verb and a list of what was published: website or total, as an earlier round left it.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "一是主动公开情况。我县通过政府门户网站全面及时主动公开政府文件、政府会议、政务要闻等信息800条,政务新媒体发布信息200条。", "legacy.channel.website")]
    public void Extract_GovernmentSummaryWordingsThatAreNoKeysFigure(string title, string body, string key)
    {
        var metrics = Metrics(title, body);

        Assert.False(metrics.ContainsKey(key));
    }

    [Fact]
    public void Extract_HandledCountWithoutNewOnesNext_StaysTheReceivedCount()
    {
        var metrics = Metrics("青石县人民政府2024年政府信息公开工作年度报告", "(二)依申请公开方面。2024年共受理依申请公开事项30件,已全部办结。");

        Assert.Equal(30, metrics["legacy.apply.received"]);
    }

    [Fact]
    public void Extract_DistrictGovernmentNamedWithItsZonesCommittee_IsTheGovernment()
    {
        var text = "\n根据《中华人民共和国政府信息公开条例》规定,现公布广州市南沙区人民政府 南沙经济技术开发区管委会2022年政府信息公开工作年度报告。\n一、总体情况\n2022年,广州市南沙区人民政府 南沙经济技术开发区管委会坚持以人民为中心,深化政务公开。\n";

        var report = Extractor.Extract(text, "district.txt");

        Assert.Equal("广州市南沙区人民政府", report.Agency);
        Assert.Equal("440115", report.Region?.Code);
    }
}
