using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules read off real report pages of every body kind (twenty-second round, metadata), on fictional fixtures: a
/// federation's short form spelt out, a department named after its city's short name, a county's short name opening an
/// institution's name, the department's own site named after another, applications counted in 条, an account's count
/// before its items.
/// </summary>
public sealed class ShortNameAndOwnSiteRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Extractor.Extract("某县2024年政府信息公开工作年度报告\n\n" + sentence + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    // A supply and marketing cooperatives' federation by its short form (由X市供销联社…编制, then 市供销联社…): its full
    // name, completed with the city the text prints before the short form.
    [Fact]
    public void Extract_CooperativeFederationsShortForm_IsSpeltOut()
    {
        const string text = """
            本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的要求,由青铜峡市供销联社结合工作实际编制。本报告中所列数据的统计时限自2023年1月1日至2023年12月31日。
            一、总体情况
            (一)政府信息主动公开情况。2023年,市供销联社认真落实政务公开相关制度要求,积极推进主动公开工作。
            """;

        var report = Extractor.Extract(text, "federation.txt");

        Assert.Equal("青铜峡市供销合作社联合社", report.Agency);
        Assert.Equal("640381", report.Region?.Code);
    }

    // A department the contact line names after its city's short name (请与X气象局办公室联系) and the report calls by its
    // level (市气象局…): the city's full name. Without the level's name the name stays as printed.
    [Theory]
    [InlineData("市气象局", "石嘴山市气象局")]
    [InlineData("我局", "石嘴山气象局")]
    public void Extract_DepartmentNamedAfterItsCitysShortName_TakesTheFullNameWhereTheReportNamesItsLevel(string subject, string agency)
    {
        var text = "本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。如对本报告有任何疑问,请与石嘴山气象局办公室联系(电话:0952-0000000)。\n"
            + "一、总体情况\n2022年," + subject + "在上级的具体指导下,不断加大主动公开力度。\n";

        var report = Extractor.Extract(text, "short-city.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    // A county's short name opening an institution's name before 学院 (a school named after a mountain the county shares
    // its name with) places no body; the county printed whole does.
    [Theory]
    [InlineData("平罗学院附属中学", null)]
    [InlineData("平罗县职业技术学校", "640221")]
    public void Extract_CountysShortNameBeforeACollege_PlacesNoBody(string body, string? region)
    {
        var text = body + "2008年度政府信息公开工作年度报告\n一、领导重视,机制健全\n学校高度重视政府信息公开工作,成立了工作领导小组。\n";

        var report = Extractor.Extract(text, "college.txt");

        Assert.Equal(body, report.Agency);
        Assert.Equal(region, report.Region?.Code);
    }

    // The report's electronic copy on the place's disclosure platform and on the department's own site (报告的电子版可在
    // X市政府信息公开平台(网址)和X市Y局官网(网址)下载), the report speaking as 我局: that department's.
    [Fact]
    public void Extract_DepartmentsOwnSiteNamedAfterThePlatform_NamesTheBody()
    {
        const string text = """
            根据《关于做好2021年政府信息公开工作年度报告编制和发布工作的通知》文件要求,向社会公布2021年度本级机关政府信息公开年度报告。本报告中使用数据统计期限为2021年1月1日起至2021年12月31日。报告的电子版可在中卫市政府信息公开平台(http://www.example.gov.cn/openness)和中卫市青峦局官网(http://qlj.example.gov.cn)下载。如对本年度报告有任何疑问,请与我局联系。
            一、总体情况
            2021年以来,我局在政府信息公开平台公开信息。
            """;

        var report = Extractor.Extract(text, "own-site.txt");

        Assert.Equal("中卫市青峦局", report.Agency);
        Assert.Equal("640500", report.Region?.Code);
    }

    // Applications counted in 条 before the noun (收到1条依申请公开件) are the year's received ones.
    [Fact]
    public void Extract_ApplicationsCountedInTiaoBeforeTheNoun_AreReceived()
    {
        var metrics = ProseMetrics("2024年全年收到1条依申请公开件,并及时处理,给申请人满意的回复。");

        Assert.Equal(1m, metrics["legacy.apply.received"]);
    }

    // An account's count before its measure word and items (微信公众号“X”共发布N条信息): the account's items.
    [Fact]
    public void Extract_AccountsCountBeforeItsItems_IsTheWeChatCount()
    {
        var metrics = ProseMetrics("自2024年3月12日起,全年通过局微信公众号“青峦医保”共发布341条信息。");

        Assert.Equal(341m, metrics["legacy.channel.wechat"]);
    }
}
