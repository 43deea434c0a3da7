using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules read off real report pages of every body kind (twenty-third round, metadata), on fictional fixtures: the body
/// named after the rules it went by in book-title marks, a committee's bureau board in brackets, applications after
/// 信息依申请公开, an account's items summed over the year, a site's items named by the body's own field, and a zone placed
/// by the last of the levels whose requirements it carries out.
/// </summary>
public sealed class MetadataPagesTwentyThirdRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    // 根据《条例》、《X市政府信息公开规定》,X市人民政府编制了2018年…报告 (a city's page with no title, its other sentences
    // unreadable on a mirror): the compiler after the cited rules is the body.
    [Fact]
    public void Extract_BodyCompilingAfterTheCitedRules_IsTheAgency()
    {
        const string text = """
            根据《中华人民共和国政府信息公开条例》(以下简称《条例》)、《中卫市政府信息公开规定》(以下简称《规定》),中卫市人民政府编制了2018年政府信息公开工作年度报告。全文包括概述、主动公开、依申请公开等情况。
            一、概述
            ??年,??工作认真贯彻执行《条例》。
            """;

        var report = Extractor.Extract(text, "cited-rules.txt");

        Assert.Equal("中卫市人民政府", report.Agency);
        Assert.Equal("640500", report.Region?.Code);
    }

    // The same sentence naming no body before 编制 (结合工作实际编制了…) gives none.
    [Fact]
    public void Extract_NoBodyCompilingAfterTheCitedRules_GivesNoAgency()
    {
        const string text = """
            根据《中华人民共和国政府信息公开条例》(以下简称《条例》),结合工作实际编制了2018年政府信息公开工作年度报告。全文包括概述、主动公开、依申请公开等情况。
            一、概述
            ??年,??工作认真贯彻执行《条例》。
            """;

        var report = Extractor.Extract(text, "cited-rules-none.txt");

        Assert.Null(report.Agency);
        Assert.Null(report.Region);
    }

    // 现发布《X市民族事务委员会(宗教事务局)2024年…报告》: the bracketed bureau is the committee's second board, no part of
    // its name.
    [Fact]
    public void Extract_CommitteesBureauBoardInBrackets_IsNoPartOfTheName()
    {
        const string text = """
            根据《中华人民共和国政府信息公开条例》规定,现发布《石嘴山市民族事务委员会(宗教事务局)2024年政府信息公开工作年度报告》,本报告统计数据从2024年1月1日至12月31日。
            一、总体情况
            2024年,市民委(宗教局)认真落实政务公开工作要求。
            """;

        var report = Extractor.Extract(text, "two-boards.txt");

        Assert.Equal("石嘴山市民族事务委员会", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    // 收到信息依申请公开共0件: applications received, as 收到政府信息依申请公开… is; information received without 依申请
    // is no application.
    [Theory]
    [InlineData("2022年,县青峦局严格按照《条例》规定受理申请。2022年,收到信息依申请公开共0件,其中书面申请0件。", 0)]
    [InlineData("2022年,县青峦局收到信息报送共3件。", null)]
    public void Extract_ApplicationsAfterInformationOnApplication_AreReceived(string sentence, int? received)
    {
        var metrics = OverviewMetrics("平罗县青峦局2022年政府信息公开工作年度报告", sentence);

        Assert.Equal(received, metrics.TryGetValue("legacy.apply.received", out var value) ? (int?)value : null);
    }

    // 2023年在“X文旅”微信公众号累计发布信息860条: the account's year summed, the sentence opening on the report's year; not
    // up to a cut-off, the year's end, since it opened, or another year.
    [Theory]
    [InlineData("二是认真做好公开发布。2023年在“青峦文旅”微信公众号累计发布信息860条;在视频号共发布短视频267期。", 860)]
    [InlineData("截至2023年12月31日,在“青峦文旅”微信公众号累计发布信息860条。", null)]
    [InlineData("2023年底在“青峦文旅”微信公众号累计发布信息860条。", null)]
    [InlineData("2019年开通以来在“青峦文旅”微信公众号累计发布信息860条。", null)]
    [InlineData("2022年在“青峦文旅”微信公众号累计发布信息860条。", null)]
    public void Extract_AccountsItemsSummedOverTheYear_AreTheWeChatCount(string sentence, int? wechat)
    {
        var metrics = OverviewMetrics("中卫市青峦文体旅游局2023年政府信息公开工作年度报告", sentence);

        Assert.Equal(wechat, metrics.TryGetValue("legacy.channel.wechat", out var value) ? (int?)value : null);
    }

    // 县政府门户网站共发布卫生健康信息493条 right under (一)主动公开情况, in a county's 卫生健康委员会 report: the items of the
    // body's own field are all it publishes, the site's count (the clause opening right after the heading, as it may with the
    // items unnamed); a topic's items, or the same field in another body's report, are a share.
    [Theory]
    [InlineData("平罗县卫生健康委员会", "卫生健康", 493)]
    [InlineData("平罗县卫生健康委员会", "", 493)]
    [InlineData("平罗县卫生健康委员会", "疫情防控", null)]
    [InlineData("平罗县人民政府", "卫生健康", null)]
    public void Extract_SitesItemsNamedByTheBodysOwnField_AreTheWebsiteCount(string body, string field, int? website)
    {
        var metrics = OverviewMetrics(
            "2022年" + body + "信息公开年报",
            "(一)主动公开情况\n2022年县政府门户网站共发布" + field + "信息493条。\n(二)依申请公开情况\n2022年未收到申请。");

        Assert.Equal(website, metrics.TryGetValue("legacy.channel.website", out var value) ? (int?)value : null);
    }

    // A zone that names no place follows 党中央、自治区和X市关于…的工作要求: it sits under X市. A level named by its kind
    // alone (和市) places nothing, and a township is not placed so.
    [Theory]
    [InlineData("青峦产业园管理委员会", "中卫市", "640500")]
    [InlineData("青峦产业园管理委员会", "市", null)]
    [InlineData("青峦镇", "中卫市", null)]
    public void Extract_ZoneCarryingOutTheLevelsAboveIt_SitsUnderTheLast(string body, string city, string? region)
    {
        var text = "根据《中华人民共和国政府信息公开条例》规定,现发布《" + body + "2025年政府信息公开工作年度报告》,本报告统计数据从2025年1月1日至12月31日。\n"
            + "一、总体情况\n2025年," + body + "严格贯彻落实党中央、自治区和" + city + "关于全面深化政务公开的工作要求。\n";

        var report = Extractor.Extract(text, "zone-levels.txt");

        Assert.Equal(region, report.Region?.Code);
    }
}
