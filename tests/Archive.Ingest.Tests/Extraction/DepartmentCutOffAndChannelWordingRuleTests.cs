using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// County and city departments' report pages of 2019–2025 (thirty-fourth session, r110) on small fictional texts: the
/// year's end said with 截止到 before the whole year's count, applications named as for 政府公开信息 counted before
/// their name (not those received and handled), the year's total said to be there (有), the site's information as its 总数, the site as the way the items went
/// out (方式), and the residual channel named by an example and 形式.
/// </summary>
public sealed class DepartmentCutOffAndChannelWordingRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Extractor.Extract("青石县某某局2024年政府信息公开工作年度报告\n\n一、总体情况\n" + sentence + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    [Theory]
    [InlineData("我局政府信息公开的载体主要是青石县人民政府网站,截止到2024年12月31日,全年通过政府网站公开信息36条,包括部门工作动态类信息34条。", "legacy.channel.website", 36)]
    [InlineData("本年度我委收到1件政府公开信息申请,已按程序回复申请人。", "legacy.apply.received", 1)]
    [InlineData("2024年,县科技局主动公开信息有14条,其中14条属于科教文体卫生类信息。", "legacy.active.total", 14)]
    [InlineData("2024年,青石县民政局网站公开信息总数357条,青石县民政局微信公众号发布信息138条。", "legacy.channel.website", 357)]
    [InlineData("2024年,青石县文化和旅游局通过政府门户网站方式公开政府信息2条。", "legacy.channel.website", 2)]
    [InlineData("2024年,我局主动公开政府信息395条,其中:微信公众号公开信息26条、宣传栏等其他形式公开信息369条。", "legacy.channel.other", 369)]
    public void Extract_DepartmentCutOffAndChannelWordings(string sentence, string key, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    // 截止到 the year's end with no word of the year: a cut-off, possibly of several years.
    [InlineData("截止到2024年12月31日,通过政府网站公开信息360条。", "legacy.channel.website")]
    // Received and handled (收到和处理, table 三's heading): the new and the carried-over applications together.
    [InlineData("本年度我委收到和处理1件政府公开信息申请,已按程序回复申请人。", "legacy.apply.received")]
    // Another kind of item after the example, not the residual way of disclosure.
    [InlineData("2024年,我局主动公开政府信息395条,其中:网站公开信息26条、工作简报等其他刊物369条。", "legacy.channel.other")]
    public void Extract_DepartmentCutOffAndChannelWordingsThatAreNoKeysFigure(string sentence, string key)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey(key));
    }
}
