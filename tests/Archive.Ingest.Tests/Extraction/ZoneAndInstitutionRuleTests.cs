using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules read off real reports of zones, vertical bodies and public institutions (fourteenth round), on fictional
/// fixtures: a statistics period closed before the year's end, a page counter left blank above the title, a police
/// branch named after a county, an institution's second name in brackets, a customs house's report stated after 梳理编制,
/// a centre's disclosure office in the contact line, applications counted before 依申请公开, an account's 政府信息数.
/// </summary>
public sealed class ZoneAndInstitutionRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Extractor.Extract("某县2020年政府信息公开工作年度报告\n\n" + sentence + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    // A statistics period that ends within its year, before the 31st of December (自2022年1月1日起至2022年12月20日止):
    // that year, where no title gives one. A period over two years gives none of them.
    [Theory]
    [InlineData("自2022年1月1日起至2022年12月20日止", 2022)]
    [InlineData("自2022年1月1日起至2023年6月30日止", null)]
    public void Extract_StatisticsPeriodClosedBeforeTheYearsEnd_IsThatYear(string period, int? year)
    {
        var text = "本报告根据《中华人民共和国政府信息公开条例》要求，由平罗县青峦医院编制。本报告中所列数据的统计期限" + period
            + "。\n一、主动公开情况\n一年来，我院积极做好政务公开工作。\n";

        var report = Extractor.Extract(text, "period.txt");

        Assert.Equal(year, report.Year);
    }

    // A page counter printed without its count (浏览次数:) takes no name from the next line as its value: the name is the
    // title's first line.
    [Fact]
    public void Extract_BlankCounterAboveTheTitle_TheNameBelowStartsTheTitle()
    {
        const string text = """
            县青峦局
            发布时间:2018-02-07 11:12
            浏览次数:
            平罗县青峦局

            2017年政府信息公开工作年度报告

            本报告根据《中华人民共和国政府信息公开条例》要求进行编制。
            一、概述
            2017年，平罗县青峦局认真开展政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "counter.txt");

        Assert.Equal("平罗县青峦局2017年政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县青峦局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    // A city's police branch printed without the bureau's 局 (X市公安Y分局) serves the county it is named after, as X市
    // Z局Y分局 does; a branch named after no county of the city stays with the city.
    [Theory]
    [InlineData("石嘴山市公安平罗分局", "640221")]
    [InlineData("石嘴山市公安青峦分局", "640200")]
    public void Extract_CityPoliceBranchNamedAfterACounty_TakesThatCounty(string body, string region)
    {
        var text = body + "2020年政府信息公开工作年度报告\n本报告中所列数据的统计期限为2020年1月1日至2020年12月31日。\n"
            + "一、总体情况\n2020年，分局认真做好政府信息公开工作。\n";

        var report = Extractor.Extract(text, "police-branch.txt");

        Assert.Equal(body, report.Agency);
        Assert.Equal(region, report.Region?.Code);
    }

    // An institution's second name board in brackets after its name (X中心(市Y院)) is no part of the body's name.
    [Fact]
    public void Extract_InstitutionsSecondNameInBrackets_IsNoPartOfTheName()
    {
        const string text = """
            石嘴山市青峦保健服务中心(市青峦保健院)2021年政府信息公开年度报告
            本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。
            一、总体情况
            2021年，我院认真做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "alias.txt");

        Assert.Equal("石嘴山市青峦保健服务中心", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    // No title line; the opening states the report it compiled after 梳理编制 (a customs house's: X海关关区…报告): the body
    // is the house, as a title naming it would give.
    [Fact]
    public void Extract_ReportStatedAfterShuliBianzhi_NamesTheBody()
    {
        const string text = """
            您的位置:首页 > 政府信息公开 > 政府信息公开年报 > 关区报告
            根据《中华人民共和国政府信息公开条例》等规定,梳理编制石嘴山海关关区2023年政府信息公开工作年度报告。本年度报告中所列数据的统计期限,自2023年1月1日起至2023年12月31日止。
            一、总体情况
            (一)基层政务公开实现达标。
            """;

        var report = Extractor.Extract(text, "customs.txt");

        Assert.Equal("石嘴山海关", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
        Assert.Null(report.Title);
    }

    // A centre's own disclosure office in the contact line (请与X中心政府信息公开办公室联系) answers for the centre.
    [Fact]
    public void Extract_CentresDisclosureOfficeInTheContactLine_NamesTheCentre()
    {
        const string text = """
            根据《中华人民共和国政府信息公开条例》以及相关文件要求,市青峦防治中心2016年政府信息公开年度报告由概述、主动公开政府信息情况等七部分组成,如有疑问请与石嘴山市青峦防治中心政府信息公开办公室联系(地址:石嘴山市青峦路91号)。

            一、概述

            2016年,我中心严格按照市政府关于做好政府信息公开工作的要求和部署开展工作。
            """;

        var report = Extractor.Extract(text, "centre-contact.txt");

        Assert.Equal("石嘴山市青峦防治中心", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    // Applications counted before their name 依申请公开, the clause ending there (共收到1件依申请公开,群众通过…): received;
    // not where the count is of something about them (收到1件依申请公开的行政复议).
    [Theory]
    [InlineData("2020年，市青峦局共收到1件依申请公开，群众通过网上申请的方式提出，本单位在规定时间内予以答复。", 1)]
    [InlineData("2020年，市青峦局收到1件依申请公开的行政复议申请。", null)]
    public void Extract_ApplicationsCountedBeforeYiShenQingGongKai_AreReceived(string sentence, int? expected)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(expected, metrics.TryGetValue("legacy.apply.received", out var value) ? (int)value : null);
    }

    // The account's count in the 统计表's words (市青峦局微信公众号公开政府信息数1218条, beside 政务微博公开政府信息数…).
    [Fact]
    public void Extract_AccountsCountAsTheRowsShu_IsItsChannelCount()
    {
        var metrics = ProseMetrics("其中，通过门户网站公开政府信息数907条，政务微博公开政府信息数2306条，市青峦局微信公众号公开政府信息数1218条，其他方式公开政府信息数105条。");

        Assert.Equal(1218m, metrics.GetValueOrDefault("legacy.channel.wechat"));
    }
}
