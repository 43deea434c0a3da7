using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Township and street report pages of 2019–2025 (thirty-eighth session, r133) on small fictional texts: the year's total
/// worded with 了, opened by the year without 主动, with the township as the subject after a clause, or under the older
/// overview's heading closed by its stop; applications counted as 办件 in 条; the government's portal first among a
/// total's parts; a township's own office named under its county's government in the contact line; a township named
/// under its city whose county the text prints before its name; a flattened header table's date behind its bar. Guards
/// show what stays unread.
/// </summary>
public sealed class TownshipPagesTwentyFifthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private const string Title = "平罗县云溪镇人民政府2024年政府信息公开工作年度报告";

    [Fact]
    public void Extract_InformationOfEveryKindWithTheVerbsLe_IsTheYearsTotal()
    {
        var metrics = OverviewMetrics(Title, "2024年,我镇围绕群众关心的热点、重点领域,主动公开了各类政府信息共计 75 条。其中主动公开本级政府文件1条。");

        Assert.Equal(75, metrics["legacy.active.total"]);
    }

    [Fact]
    public void Extract_InformationWithTheVerbsLeAndNoSum_StaysOut()
    {
        var metrics = OverviewMetrics(Title, "2024年,我镇在公告栏主动公开了信息3条。");

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Fact]
    public void Extract_YearOpeningTheWholeWithoutZhudong_IsTheYearsTotal()
    {
        var metrics = OverviewMetrics(Title, "我镇规范有序推进政府信息公开工作。2024年度,共公开政府信息15条,在县政府网站发布工作动态38条。");

        Assert.Equal(15, metrics["legacy.active.total"]);
    }

    [Fact]
    public void Extract_YearOpeningAWholeSplitIntoActiveAndOnApplication_GivesItsActivePartOnly()
    {
        var metrics = OverviewMetrics(Title, "我镇规范有序推进政府信息公开工作。2024年度,共公开政府信息15条,其中主动公开13条,依申请公开2条。");

        Assert.Equal(13, metrics["legacy.active.total"]);
    }

    [Fact]
    public void Extract_YearOpeningTheTownshipsWhole_IsTheYearsTotal()
    {
        var metrics = OverviewMetrics(Title, "我镇严格按要求在网上公开文件。2024年,云溪镇共公开政府信息57条,完成县级下达任务数40条的142.5%,其中动态类信息30条。");

        Assert.Equal(57, metrics["legacy.active.total"]);
    }

    [Fact]
    public void Extract_YearOpeningAnotherTownshipsWhole_StaysOut()
    {
        var metrics = OverviewMetrics(Title, "我镇严格按要求在网上公开文件。2024年,白石镇共公开政府信息57条。");

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Fact]
    public void Extract_TownshipsWholeYearAfterAClause_IsTheYearsTotal()
    {
        var metrics = OverviewMetrics(Title, "通过县人民政府网、微信公众号等形式提高公众的知晓率。在镇微信公众号公开工作动态信息80余条,云溪镇全年公开政府信息23条,其中:机构概况1条、政策文件5条。");

        Assert.Equal(23, metrics["legacy.active.total"]);
    }

    [Fact]
    public void Extract_AnotherTownshipsWholeYearAfterAClause_StaysOut()
    {
        var metrics = OverviewMetrics(Title, "在镇微信公众号公开工作动态信息80余条,白石镇全年公开政府信息23条,其中:机构概况1条。");

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Fact]
    public void Extract_TownshipsWholeYearSplitIntoActiveAndOnApplication_StaysOut()
    {
        var metrics = OverviewMetrics(Title, "在镇微信公众号公开工作动态信息80余条,云溪镇全年公开政府信息23条,其中:主动公开20条、依申请公开3条。");

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Fact]
    public void Extract_CountUnderTheOverviewsHeadingClosedByItsStop_IsTheYearsTotal()
    {
        var metrics = OverviewMetrics(Title, "(一)本单位主动公开政府信息的数量。我镇积极公开政府信息36条;其中单位概况信息1条,工作动态35条。");

        Assert.Equal(36, metrics["legacy.active.total"]);
    }

    [Fact]
    public void Extract_CountUnderAnotherHeadingClosedByItsStop_StaysOut()
    {
        var metrics = OverviewMetrics(Title, "(一)政府信息公开平台建设情况。我镇积极公开政府信息36条。");

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Fact]
    public void Extract_ApplicationsCountedAsCasesInTiao_AreTheApplicationsReceived()
    {
        var metrics = OverviewMetrics(Title, "2.依申请公开方面。2024年云溪镇收到依申请公开办件0条,与去年相比减少4条。");

        Assert.Equal(0, metrics["legacy.apply.received"]);
    }

    [Fact]
    public void Extract_InformationOnApplicationCountedInTiao_StaysOut()
    {
        var metrics = OverviewMetrics(Title, "2.依申请公开方面。2024年云溪镇收到依申请公开信息3条。");

        Assert.False(metrics.ContainsKey("legacy.apply.received"));
    }

    [Fact]
    public void Extract_GovernmentsPortalFirstAmongTheTotalsParts_IsTheWebsitesCount()
    {
        var metrics = OverviewMetrics(Title, "2024年1月1日至12月31日,云溪镇主动公开政府信息300条,其中,平罗县人民政府门户网公开68篇、“云溪之声”发布230条,招标信息2条。");

        Assert.Equal(300, metrics["legacy.active.total"]);
        Assert.Equal(68, metrics["legacy.channel.website"]);
    }

    [Fact]
    public void Extract_AccountFirstAmongTheTotalsParts_IsNoWebsitesCount()
    {
        var metrics = OverviewMetrics(Title, "2024年1月1日至12月31日,云溪镇主动公开政府信息300条,其中,“云溪之声”发布230条。");

        Assert.False(metrics.ContainsKey("legacy.channel.website"));
    }

    private const string ContactPage = """
        本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列统计数据的统计时间为2019年1月1日至2019年12月31日。如对报告有任何疑问,请与{0}联系,联系电话:0952-0000000。
        一、总体情况
        2019年以来,我镇坚持“以公开为常态、不公开为例外”,积极主动做好政府信息公开。
        """;

    [Fact]
    public void Extract_TownshipsOfficeUnderItsCountysGovernmentInTheContactLine_IsTheTownshipsGovernment()
    {
        var report = Extractor.Extract(ContactPage.Replace("{0}", "平罗县人民政府云溪镇办公室", StringComparison.Ordinal), "town.txt");

        Assert.Equal("平罗县云溪镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_StreetsOfficeUnderItsDistrictsGovernmentInTheContactLine_KeepsTheOfficialForm()
    {
        var report = Extractor.Extract(ContactPage.Replace("{0}", "平罗县人民政府云溪街道办公室", StringComparison.Ordinal).Replace("我镇", "我街道", StringComparison.Ordinal), "street.txt");

        Assert.Equal("平罗县人民政府云溪街道办事处", report.Agency);
    }

    private const string CityTownPage = """
        2023年石嘴山市云溪镇人民政府信息公开工作年度报告
        本报告中使用数据统计期限为2023年1月1日至12月31日。如对报告有任何疑问,请与云溪镇人民政府联系(地址:{0}云溪镇云峰路1号;邮编:753400)。
        一、总体情况
        2023年,云溪镇贯彻落实《中华人民共和国政府信息公开条例》,不断提高公开质量和实效。
        """;

    [Fact]
    public void Extract_TownshipUnderItsCityWhoseCountyIsPrintedBeforeItsName_IsInThatCounty()
    {
        var report = Extractor.Extract(CityTownPage.Replace("{0}", "平罗县", StringComparison.Ordinal), "town.txt");

        Assert.Equal("石嘴山市云溪镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_TownshipUnderItsCityBesideAnotherCitysCounty_StaysInItsCity()
    {
        var report = Extractor.Extract(CityTownPage.Replace("{0}", "中宁县", StringComparison.Ordinal), "town.txt");

        Assert.Equal("640200", report.Region?.Code);
    }

    [Fact]
    public void Extract_TownshipUnderItsCityBesideTwoOfItsCounties_StaysInItsCity()
    {
        var report = Extractor.Extract(CityTownPage.Replace("{0}", "平罗县", StringComparison.Ordinal) + "惠农区云溪镇的群众也可来电咨询。\n", "town.txt");

        Assert.Equal("640200", report.Region?.Code);
    }

    private const string BarredHeaderPage = """
        云溪乡2021年度政府信息公开工作年度报告
        索引号: | GS0000/2022-00001 | 部门: | 云溪乡 |
        ---|---|---|---|
        栏目: | 政府信息公开年报 | 来源: | 平罗县人民政府 |
        作者: | 云溪乡 | 日期: | {0} |
        本年度报告根据《中华人民共和国政府信息公开条例》编制,报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。如对本报告有任何疑问,请联系:平罗县云溪乡党政办公室,联系电话0952—0000000。
        一、总体情况
        2021年,为贯彻《中华人民共和国政府信息公开条例》精神,积极落实平罗县关于政务公开工作相关要求,切实加大政府信息公开工作力度,及时回应社会关切,进一步增加了工作透明度。
        """;

    [Fact]
    public void Extract_FlattenedHeaderTablesDateBehindItsBar_IsPublished()
    {
        var report = Extractor.Extract(BarredHeaderPage.Replace("{0}", "2022-01-17", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal), "flat.txt");

        Assert.Equal("2022-01-17", report.Published);
    }

    [Fact]
    public void Extract_FlattenedHeaderTablesNameBehindTheDateLabelsBar_IsNoDate()
    {
        var report = Extractor.Extract(BarredHeaderPage.Replace("{0}", "云溪乡", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal), "flat.txt");

        Assert.Null(report.Published);
    }
}
