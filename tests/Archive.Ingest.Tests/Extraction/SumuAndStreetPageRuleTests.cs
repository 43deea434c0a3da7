using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Township, 苏木 and street report pages of 2019–2025 (twenty-eighth session, r70) on small fictional texts: verbs joined
/// by 并 before 主动公开, applications as 申请案件 / 接到…办件, a site named X人民政府网 or quoted up to 网站, kinds listed as
/// 主动公开信息, a township's whole area summing its year (全苏木累计), a 微信公众平台, the year opening a WeChat account's
/// 推送 clause; a county's short name opening a longer township name; the address that is the township's government; a
/// township office's leading group; a township named in full under its county; a street under its zone completed.
/// </summary>
public sealed class SumuAndStreetPageRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Metrics(Extractor.Extract("青石乡2017年政府信息公开工作年度报告\n\n" + sentence + "\n", "prose.txt"));

    [Theory]
    [InlineData("2017年，我乡严格按照要求，精准梳理并主动公开政府信息70条，内容覆盖民生保障。", "legacy.active.total", 70)]
    [InlineData("2017年，我镇共受理政府信息公开申请案件4件，办结3件。", "legacy.apply.received", 4)]
    [InlineData("2017年，我街道共接到依申请公开办件0件。", "legacy.apply.received", 0)]
    [InlineData("本年度我乡通过县政府门户网站发布各类工作动态、公示公告等主动公开信息73条。", "legacy.channel.website", 73)]
    [InlineData("2017年，全苏木累计通过某旗人民政府网公开信息23条；通过某旗三务公开平台公开信息154条；通过苏木微信公众平台“某某之窗”公开信息1375条。", "legacy.channel.website", 23)]
    [InlineData("2017年，全苏木累计通过某旗人民政府网公开信息23条；通过某旗三务公开平台公开信息154条；通过苏木微信公众平台“某某之窗”公开信息1375条。", "legacy.channel.wechat", 1375)]
    [InlineData("2017年，通过某旗人民政府网公开信息23条。", "legacy.channel.website", 23)]
    [InlineData("2017年，全镇累计通过某县人民政府门户网站公开信息31条。", "legacy.channel.website", 31)]
    [InlineData("2017年通过“某县人民政府”网站公开2条信息（即：青石乡2017年度预算、决算）。", "legacy.channel.website", 2)]
    [InlineData("利用“青石之窗”微信公众号，及时发布青石乡工作动态、政策解读等，2017年推送信息128条，是对信息公开的有益补充。", "legacy.channel.wechat", 128)]
    public void Extract_TownshipProseFigures_AreRead(string sentence, string key, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics[key]);
    }

    // Another year's pushes, and 累计 under a subject that is no township's whole area, stay no figure of the report's year.
    [Theory]
    [InlineData("利用“青石之窗”微信公众号，及时发布青石乡工作动态、政策解读等，2016年推送信息128条，是对信息公开的有益补充。", "legacy.channel.wechat")]
    [InlineData("2017年，全县累计通过某县人民政府网公开信息23条。", "legacy.channel.website")]
    public void Extract_FiguresOfAnotherYearOrArea_AreNoMetric(string sentence, string key)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey(key));
    }

    [Fact]
    public void Extract_CountyShortNameOpeningALongerTownshipName_IsNoRegion()
    {
        const string text = """
            平罗图格乡政府信息公开工作年度报告
            一、总体情况
            本报告所列数据统计期限为2022年1月1日至2022年12月31日。平罗图格乡按照自治区、盟、旗各级要求做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "sumu.txt");

        Assert.Equal("平罗图格乡人民政府", report.Agency);
        Assert.Null(report.Region);
    }

    [Fact]
    public void Extract_ContactAddressThatIsTheTownshipsGovernment_IsTheAgency()
    {
        const string text = """
            本年报是根据《中华人民共和国政府信息公开条例》的要求编制的2020年度政府信息公开年度报告。如对本报告有任何疑问,请与本单位政府信息公开受理机构联系,地址:青石乡人民政府,电话:1234567。
            一、总体情况
            2020年，我乡继续深入贯彻落实《条例》。
            """;

        var report = Extractor.Extract(text, "township.txt");

        Assert.Equal("青石乡人民政府", report.Agency);
    }

    [Fact]
    public void Extract_TownshipGovernmentsLeadingGroupOfficeInContactLine_IsTheTownshipsGovernment()
    {
        const string text = """
            根据《条例》，特向社会公布2019年度青石镇政府(机关)信息公开年度报告。如对本报告有任何疑问，请与青石镇政府信息公开领导小组办公室联系。
            一、总体情况
            推进政府信息公开是一项重要工作，成立了领导小组。
            """;

        var report = Extractor.Extract(text, "town.txt");

        Assert.Equal("青石镇人民政府", report.Agency);
    }

    [Fact]
    public void Extract_TownshipPrintedUnderItsCounty_TakesThatFullNameAndCounty()
    {
        const string text = """
            本年度报告由青石乡人民政府党政办公室编制。本报告中统计数据期限为2020年1月1日至2020年12月31日。全文包括平罗县青石乡人民政府信息公开总体情况等部分。
            一、总体情况
            2020年，我乡按照上级有关要求做好政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "township.txt");

        Assert.Equal("平罗县青石乡人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_StreetUnderItsZoneInTheTitle_IsCompletedToItsOffice()
    {
        const string text = """
            某市青石经济技术开发区青石街道2022年政府信息公开工作年度报告
            一、总体情况
            2022年，青石街道认真贯彻《条例》。
            """;

        var report = Extractor.Extract(text, "street.txt");

        Assert.Equal("某市青石经济技术开发区青石街道办事处", report.Agency);
    }
}
