using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Governments' and their offices' report pages of 2019–2025 (eighteenth round of real reports from elsewhere): the
/// report's year named opening a sentence whose 累计 sums it, a portal publishing its whole area's information in a
/// government's report, a Weibo account called by its quoted name and 账号, an autonomous prefecture printed as its
/// name + 自治州, an office named as the compiler by 编制而成. Fictional texts.
/// </summary>
public sealed class GovernmentYearNamedAndAccountRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> Metrics(string title, string body) =>
        Extractor.Extract(title + "\n\n" + body + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    [Theory]
    // The report's year opening the sentence, 累计 right after it: the year summed.
    [InlineData("青石区人民政府办公室2025年政府信息公开工作年度报告", "(一)主动公开。2025年,累计通过区政府门户网站公开政府信息1234条;其中公开政府文件15件。", "legacy.channel.website", 1234)]
    // The same with the office as the subject before the site and its 累计.
    [InlineData("青石区人民政府办公室2025年政府信息公开工作年度报告", "(一)主动公开方面。2025年,区政府办公室通过区政府网站累计主动公开各类政府信息共计567条,内容涵盖机构职责等。", "legacy.channel.website", 567)]
    // A government's portal publishing its whole area's information.
    [InlineData("青石市人民政府2023年政府信息公开工作年度报告", "(一)主动公开情况。2023年度,市政府门户网站公开全市各类政府信息共计2345条,包括:人事信息12条,其他类信息2333条。", "legacy.channel.website", 2345)]
    // A Weibo account by its quoted name and 账号.
    [InlineData("青石市人民政府2023年政府信息公开工作年度报告", "青石市政府政务新媒体共计两个。“青石发布”微信公众号发布信息345条,“青石发布”微博账号发布信息123条。", "legacy.channel.weibo", 123)]
    public void Extract_GovernmentPagesYearNamedAndAccountFigures(string title, string body, string key, int value)
    {
        var metrics = Metrics(title, body);

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    // Another year opening the sentence: its 累计 is no figure of this report's year.
    [InlineData("青石区人民政府办公室2025年政府信息公开工作年度报告", "2024年,累计通过区政府门户网站公开政府信息1234条。", "legacy.channel.website")]
    // The report's year with words reaching back before its 累计: no year's figure.
    [InlineData("青石区人民政府办公室2025年政府信息公开工作年度报告", "2025年,网站开通以来累计公开政府信息1234条。", "legacy.channel.website")]
    // A department's report: the portal's whole-area count is not the department's.
    [InlineData("青石市教育局2023年政府信息公开工作年度报告", "2023年度,市政府门户网站公开全市各类政府信息共计2345条。", "legacy.channel.website")]
    public void Extract_GovernmentPagesYearNamedFiguresThatAreNoKeysFigure(string title, string body, string key)
    {
        var metrics = Metrics(title, body);

        Assert.False(metrics.ContainsKey(key));
    }

    [Fact]
    public void Extract_AutonomousPrefecturePrintedAsNameAndZizhizhou_IsSpeltOut()
    {
        var text = "州人民政府办公室\n根据《中华人民共和国政府信息公开条例》相关规定和要求,特编制黔西南自治州人民政府办公室2021年政府信息公开工作年度报告。报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n一、总体情况\n2021年,黔西南自治州人民政府办公室坚持以习近平新时代中国特色社会主义思想为指导。\n";

        var report = Extractor.Extract(text, "office.txt");

        Assert.Equal("黔西南布依族苗族自治州人民政府办公室", report.Agency);
        Assert.Equal("522300", report.Region?.Code);
    }

    [Fact]
    public void Extract_OfficeNamedAsCompilerByBianzhiErcheng_IsTheAgency()
    {
        var text = "本报告是根据《中华人民共和国政府信息公开条例》的要求,由青石市人民政府办公室编制而成。本报告所列数据统计期限自2021年1月1日至2021年12月31日。\n一、总体情况\n2021年,我办坚持以公开为常态,主动公开本机关政府信息。\n(一)认真做好主动公开。2021年,我办共主动公开政府信息123条。\n";

        var report = Extractor.Extract(text, "office.txt");

        Assert.Equal("青石市人民政府办公室", report.Agency);
    }
}
