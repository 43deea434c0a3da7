using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Governments' and their offices' report pages of 2019–2025 (twenty-first round of real reports from elsewhere): the
/// applications received counted with the carried-in ones, the year's new ones listed first inside the bracket
/// (收到…申请12件(含新收11件、上年结转1件)), and a government WeChat channel's count after a list of what it carried
/// (通过政务微信发布A、B、C等内容共计N条). Fictional texts.
/// </summary>
public sealed class GovernmentBracketAndChannelListRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> Metrics(string title, string body) =>
        Extractor.Extract(title + "\n\n" + body + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    [Theory]
    // The bracket lists the year's new ones before the carried-in ones: the new ones are received.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "(二)依申请公开情况。全年共收到政府信息公开申请12件(含新收11件、上年结转1件),均在法定期限内予以答复。", "legacy.apply.received", 11)]
    // The same with full-width brackets and 本年 before the new ones.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "(二)依申请公开情况。全年共受理政府信息公开申请9件（包括本年新收7件，上年度结转2件），均已办结。", "legacy.apply.received", 7)]
    // The government's WeChat channel, then a list of what it carried closed by 等.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "(一)主动公开方面。全县通过政府网站公开政府文件、重大项目等政府信息3000条;通过政务微信发布工作动态、安全提示、时政要闻等内容共计800条。", "legacy.channel.wechat", 800)]
    public void Extract_GovernmentBracketAndChannelListFigures(string title, string body, string key, int value)
    {
        var metrics = Metrics(title, body);

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    // A WeChat channel named after another before the list: their sum, no one channel's count.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "(一)主动公开方面。通过政务微博、政务微信发布工作动态、安全提示等内容共计800条。", "legacy.channel.wechat")]
    // The list without 等 closing it: not read as the channel's whole count.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "(一)主动公开方面。通过政务微信发布工作动态、安全提示内容共计800条。", "legacy.channel.wechat")]
    public void Extract_GovernmentChannelListWordingsThatAreNoKeysFigure(string title, string body, string key)
    {
        var metrics = Metrics(title, body);

        Assert.False(metrics.ContainsKey(key));
    }

    [Fact]
    public void Extract_ReceivedCountWithABracketOfWaysOnly_StaysTheReceivedCount()
    {
        var metrics = Metrics("青石县人民政府2024年政府信息公开工作年度报告", "(二)依申请公开情况。全年共收到政府信息公开申请12件(含网上申请10件、信函申请2件),均在法定期限内予以答复。");

        Assert.Equal(12, metrics["legacy.apply.received"]);
    }

    [Fact]
    public void Extract_ReceivedCountWithCarriedInListedAfterNewOnes_IsNotTheBracketsWhole()
    {
        var metrics = Metrics("青石县人民政府2024年政府信息公开工作年度报告", "(二)依申请公开情况。全年共收到政府信息公开申请12件(含新收申请、上年结转1件),均在法定期限内予以答复。");

        Assert.False(metrics.ContainsKey("legacy.apply.received"));
    }
}
