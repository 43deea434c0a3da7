using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules read off real report pages of every body kind chosen for their page furniture (twenty-fifth round: mirrors and
/// spam copies, portals with menus and breadcrumbs, field blocks before the text), on fictional fixtures: a body's 政务
/// accounts named alone in a list of its channels joined by commas, accounts called 微信平台 / 微博平台, applications
/// received (接收) from 公民、法人及其他组织, and a zone naming itself only in the titles of the disclosure rules it revised.
/// </summary>
public sealed class MetadataPagesTwentyFifthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    // 门户网站主动公开信息N条,政务微信N条,政务微博N条: each account's items in a list of the body's channels joined by commas;
    // the bare account after a count that is no channel's (制发文件21条,政务微信…) is no such list.
    [Theory]
    [InlineData("2023年,局门户网站主动公开信息1200条,政务微信210条,政务微博130条,抖音号20条。", 210, 130)]
    [InlineData("2023年,我局制发文件21条,政务微信210条。", null, null)]
    public void Extract_AccountsListedAfterTheSitesCountByCommas_AreTheWeChatAndWeiboCounts(string sentence, int? wechat, int? weibo)
    {
        var metrics = OverviewMetrics("石嘴山市青峦事务管理局2023年政府信息公开工作年度报告", sentence);

        Assert.Equal(wechat, metrics.TryGetValue("legacy.channel.wechat", out var w) ? (int?)w : null);
        Assert.Equal(weibo, metrics.TryGetValue("legacy.channel.weibo", out var b) ? (int?)b : null);
    }

    // 其中,微信平台发布信息N条;微博平台发布信息N条: the body's own accounts called platforms; the units' platforms named
    // before them (各单位微信平台…) are not the body's.
    [Theory]
    [InlineData("局“双微”平台共计发布信息900条。其中,微信平台发布信息520条;微博平台发布信息380条。", 520, 380)]
    [InlineData("全市各单位微信平台发布信息520条,各单位微博平台发布信息380条。", null, null)]
    public void Extract_AccountsCalledPlatforms_AreTheWeChatAndWeiboCounts(string sentence, int? wechat, int? weibo)
    {
        var metrics = OverviewMetrics("中卫市青峦局2023年度政府信息公开工作年度报告", sentence);

        Assert.Equal(wechat, metrics.TryGetValue("legacy.channel.wechat", out var w) ? (int?)w : null);
        Assert.Equal(weibo, metrics.TryGetValue("legacy.channel.weibo", out var b) ? (int?)b : null);
    }

    // 全年共接收公民、法人及其他组织政府信息公开申请N件: the year's received; a count up to a cut-off (截至目前累计接收…) is not.
    [Theory]
    [InlineData("(二)依申请公开办理情况。全年共接收公民、法人及其他组织政府信息公开申请17件,均在法定期限内办结。", 17)]
    [InlineData("(二)依申请公开办理情况。截至目前累计接收公民、法人及其他组织政府信息公开申请17件,均在法定期限内办结。", null)]
    public void Extract_ApplicationsReceivedFromCitizensLegalPersonsAndOthers_AreReceived(string sentence, int? received)
    {
        var metrics = OverviewMetrics("平罗县青峦局2025年政府信息公开工作年度报告", sentence);

        Assert.Equal(received, metrics.TryGetValue("legacy.apply.received", out var value) ? (int?)value : null);
    }

    // A zone's page with no title, compiler or contact, speaking as 开发区 and naming itself only in the titles of the
    // disclosure rules it revised (修订完善《X经济技术开发区政府信息公开指南》): the zone so named, placed by its name.
    [Fact]
    public void Extract_ZoneNamedOnlyInTheTitlesOfItsOwnRules_IsTheAgency()
    {
        const string text = """
            2022年,开发区坚持以习近平新时代中国特色社会主义思想为指导,深入推进政务公开工作。
            一、总体情况
            (一)主动公开
            开发区党工委高度重视政府信息公开工作。2022年,开发区门户网站发布信息330条。
            (二)依申请公开
            本年度未收到任何要求公开政府信息的申请。
            (三)政府信息管理
            修订完善《石嘴山青峦经济技术开发区政府信息公开指南》、《石嘴山青峦经济技术开发区政府信息公开制度》,及时对各类政府信息进行梳理。
            """;

        var report = Extractor.Extract(text, "zone-rules.txt");

        Assert.Equal("石嘴山青峦经济技术开发区", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    // Rules the report went by, not ones it revised (按照《X市人民政府信息公开指南》), or rules of two bodies, name no body.
    [Theory]
    [InlineData("按照《石嘴山青峦经济技术开发区政府信息公开指南》及时对各类政府信息进行梳理。")]
    [InlineData("修订完善《石嘴山青峦经济技术开发区政府信息公开指南》、参照修订《中卫青松高新区政府信息公开指南》。")]
    public void Extract_RulesNotTheZonesOwn_NameNoBody(string sentence)
    {
        var text = "2022年,开发区坚持以习近平新时代中国特色社会主义思想为指导,深入推进政务公开工作。\n一、总体情况\n"
            + "开发区党工委高度重视政府信息公开工作。2022年,开发区门户网站发布信息330条。\n(三)政府信息管理\n" + sentence + "\n";

        var report = Extractor.Extract(text, "zone-rules-guard.txt");

        Assert.Null(report.Agency);
    }

    // A page speaking as one of the zone's units (我中心), though it names the zone as 开发区 and helped revise the zone's
    // rules, is the unit's: the zone's rules do not name it.
    [Fact]
    public void Extract_RulesOfTheZoneOnAUnitsPage_NameNoBody()
    {
        const string text = """
            2022年,我中心坚持以习近平新时代中国特色社会主义思想为指导,深入推进政务公开工作。
            一、总体情况
            我中心高度重视政府信息公开工作,全年发布信息330条。2022年,开发区管委会部署政务公开工作。
            (三)政府信息管理
            协助修订完善《石嘴山青峦经济技术开发区政府信息公开指南》,及时对各类政府信息进行梳理。
            """;

        var report = Extractor.Extract(text, "zone-rules-centre.txt");

        Assert.Null(report.Agency);
    }
}
