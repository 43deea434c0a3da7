using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Governments' and their offices' report pages of 2019–2025 (seventeenth round of real reports from elsewhere): the
/// website's count as counties, districts and their offices word it, the whole year opening a clause whose 累计 sums it,
/// interpretations of every kind counted as pieces, a count before another noun, a place printed twice over in a contact
/// line. Fictional texts.
/// </summary>
public sealed class GovernmentSiteAndYearRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> Metrics(string title, string body) =>
        Extractor.Extract(title + "\n\n" + body + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    [Theory]
    // The whole year opening the clause, the site between it and its 累计: the year summed.
    [InlineData("青石区人民政府2023年政府信息公开工作年度报告", "(一)主动公开政府信息方面。全年通过政府门户网站累计公开信息1234条,政府公告公示56条。", "legacy.channel.website", 1234)]
    // The same with the publishing bodies between: the county's whole, its portal's count.
    [InlineData("青石县人民政府2022年政府信息公开工作年度报告", "(一)主动公开方面。全年县政府各部门、乡镇(街道)累计通过政府门户网站发布各类政府信息4321条,政务新媒体主动公开信息999条。", "legacy.channel.website", 4321)]
    // The verb before the site's information.
    [InlineData("青石区人民政府办公室2023年政府信息公开工作年度报告", "(一)主动公开政府信息情况。全年累计公开政府网站信息3456条。主要涉及政策文件、工作动态等。", "legacy.channel.website", 3456)]
    // The information counted as its 总量.
    [InlineData("青石县人民政府2025年政府信息公开年度报告", "(一)主动公开情况\n全年通过县人民政府门户网站主动公开信息总量2345条,其中,政务动态板块发布2000条,政务公开栏目公开信息345条。", "legacy.channel.website", 2345)]
    // Interpretations of every kind counted as pieces.
    [InlineData("青石县2024年政府信息公开工作年度报告", "按照“谁起草、谁解读”的原则,发布各类政策解读件12篇,解读稿件与文件原稿相互链接。", "legacy.response.interpretations", 12)]
    public void Extract_GovernmentPagesSiteAndYearFigures(string title, string body, string key, int value)
    {
        var metrics = Metrics(title, body);

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    // A count before another noun counts that: drafts, not the site's information.
    [InlineData("2020年在政府门户网站发布5条重大行政决策草案、决策和意见采纳情况。", "legacy.channel.website")]
    // Without the whole year, 累计 stays cumulative.
    [InlineData("通过政府门户网站累计公开信息1234条,政府公告公示56条。", "legacy.channel.website")]
    // The whole year with words reaching back before its 累计: no year's figure.
    [InlineData("全年通过政府门户网站,自建站以来累计公开信息1234条。", "legacy.channel.website")]
    // Reposted items of another site are no count of the body's.
    [InlineData("全年转发政府网站信息77条。", "legacy.channel.website")]
    public void Extract_GovernmentPagesFiguresThatAreNoKeysFigure(string body, string key)
    {
        var metrics = Metrics("青石市人民政府2020年政府信息公开工作年度报告", body);

        Assert.False(metrics.ContainsKey(key));
    }

    [Fact]
    public void Extract_ACountBeforeTheInformationItCounts_IsTheSitesCount()
    {
        // The items may follow their count (共公开28条信息): the site's count, as the clause's end after the count is.
        var metrics = Metrics("青石镇人民政府2021年政府信息公开工作年度报告", "2021年,在政府网站上共公开28条信息。");

        Assert.Equal(28, metrics["legacy.channel.website"]);
    }

    [Fact]
    public void Extract_APlacePrintedTwiceInTheContactLine_IsTheOnePlacesOffice()
    {
        // No title line; the office speaks of itself (我办) and names itself only in the contact line, its place twice over.
        const string text = """
            本年度报告根据《中华人民共和国政府信息公开条例》制作。所列数据统计期限为2025年1月1日至2025年12月31日。如对本年度报告有疑问,请与青石旗青石旗人民政府办公室联系(0000-1234567)。
            一、总体情况
            2025年,我办认真贯彻落实《中华人民共和国政府信息公开条例》相关要求,积极主动公开政府信息。
            """;

        var report = Extractor.Extract(text, "office.txt");

        Assert.Equal("青石旗人民政府办公室", report.Agency);
    }
}
