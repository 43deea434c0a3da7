using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Township and street report pages of 2019–2025 (thirty-third session, r103) on small fictional texts: applications
/// received by one kind of applicant, for 政务公开, before 要求信息公开的申请 and named in full before 条; the website by its
/// management platform (its disclosure column stays unread), 向社会 before 主动, and a disclosure site named 政务信息公开网; a WeChat
/// account's 公开信息; a named street's 政府信息 right under the 主动公开 heading; the district of an unnamed street from
/// the district site it publishes its items through; a dotted date under the title and the item's disclosure attribute.
/// </summary>
public sealed class StreetSiteAndApplicationRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    [Fact]
    public void Extract_ApplicationsByOneKindOfApplicant_AreTheYearsReceived()
    {
        var metrics = OverviewMetrics("青石街道办事处2024年政府信息公开工作年度报告",
            "(二)全年依申请公开政府信息情况\n全年收到公民个人提出的政府信息公开申请1件,在规定时间内给予申请人答复。");

        Assert.Equal(1, metrics["legacy.apply.received"]);
    }

    [Fact]
    public void Extract_ApplicationsForOpenGovernmentAffairs_AreTheYearsReceived()
    {
        var metrics = OverviewMetrics("青石街道办事处2025年政府信息公开工作年度报告",
            "(二)依申请公开情况\n2025年青石街道收到政务公开申请11件,其中:主动公开1件,咨询2件。");

        Assert.Equal(11, metrics["legacy.apply.received"]);
    }

    [Fact]
    public void Extract_CountBeforeApplicationsAskingForInformation_IsTheYearsReceived()
    {
        var metrics = OverviewMetrics("青石街道办事处2022年政府信息公开工作年度报告",
            "(二)依申请公开情况\n2022年我街共收到1条要求信息公开的申请,申请重大事项决策信息1条,在时限期内进行了回复。");

        Assert.Equal(1, metrics["legacy.apply.received"]);
    }

    [Fact]
    public void Extract_ApplicationsNamedInFullBeforeTiao_AreTheYearsReceived()
    {
        var metrics = OverviewMetrics("青石街道办事处2023年政府信息公开工作年度报告",
            "(二)依申请公开方面\n2023年度我街受理依申请公开信息申请0条。");

        Assert.Equal(0, metrics["legacy.apply.received"]);
    }

    [Fact]
    public void Extract_SiteToTheSocietyBeforeActively_IsTheWebsite()
    {
        var metrics = OverviewMetrics("青石街道办事处2022年政府信息公开工作年度报告",
            "(一)主动公开\n2022年度,青石街道通过“青石政务”门户网站向社会主动公开政府信息69条,全文电子化率达100%。");

        Assert.Equal(69, metrics["legacy.channel.website"]);
    }

    [Fact]
    public void Extract_PortalsDisclosureColumn_StaysUnread()
    {
        var metrics = OverviewMetrics("青石乡2020年政府信息公开工作年度报告",
            "一是主动发布政务信息。2020年全乡在市人民政府门户网站信息公开专栏主动公开信息20条,其中执法信息公开17条。");

        Assert.False(metrics.ContainsKey("legacy.channel.website"));
    }

    [Fact]
    public void Extract_SitesManagementCloudPlatform_IsTheWebsite()
    {
        var metrics = OverviewMetrics("青石镇2024年政府信息公开工作年度报告",
            "(一)主动公开情况。2024年,我镇通过青石县政府网站管理云平台主动公开政府信息188条。");

        Assert.Equal(188, metrics["legacy.channel.website"]);
    }

    [Fact]
    public void Extract_DisclosureSiteAsSubject_IsTheWebsite()
    {
        var metrics = OverviewMetrics("青石镇2023年政府信息公开工作年度报告",
            "(一)主动公开情况\n我镇高度重视政府信息公开工作。2023年,我镇政务信息公开网主动公开各类政务信息11条,“12345政府热线”平台答复群众反映问题352个。");

        Assert.Equal(11, metrics["legacy.channel.website"]);
    }

    [Fact]
    public void Extract_AccountsPublishedDisclosedInformation_IsWeChat()
    {
        var metrics = OverviewMetrics("青石乡2020年政府信息公开工作年度报告",
            "一是主动发布政务信息。2020年通过微信公众号“青石之窗”发布公开信息85条,主要包括疫情防控、民政扶持等各方面工作。");

        Assert.Equal(85, metrics["legacy.channel.wechat"]);
    }

    [Fact]
    public void Extract_NamedStreetsGovernmentInformationUnderTheHeading_IsTheActiveTotal()
    {
        var metrics = OverviewMetrics("青石街道办事处2024年政府信息公开工作年度报告",
            "(一)主动公开。2024年,青石街道公开政府信息201条,其中政策文件8条,预决算信息20条。");

        Assert.Equal(201, metrics["legacy.active.total"]);
    }

    [Fact]
    public void Extract_EveryTownshipsInformationUnderTheHeading_IsNoActiveTotal()
    {
        var metrics = OverviewMetrics("青石县人民政府2024年政府信息公开工作年度报告",
            "(一)主动公开。2024年,各乡镇公开政府信息201条。");

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Fact]
    public void Extract_UnnamedStreetPublishingThroughItsDistrictsSite_IsPlacedThere()
    {
        const string text = """

            一、总体情况
            2022年我街坚持以习近平新时代中国特色社会主义思想为指导,在区委、区政府的正确领导下,不断深化政务公开。
            (四)政府信息公开平台建设
            一是依托天津市红桥区人民政府网站,及时发布我街工作动态,并对通过网站渠道的依申请公开进行受理和回复。
            """;

        var report = Extractor.Extract(text, "street.txt");

        Assert.Null(report.Agency);
        Assert.Equal("120106", report.Region?.Code);
    }

    [Fact]
    public void Extract_DottedDateUnderTheTitleAndTheDisclosureAttribute_IsThePostingDate()
    {
        const string text = """
            返回上一级

            打印

            2025年青石县青石街道办事处政府信息公开工作年度报告

            主动公开

            2026.01.13

            本年度报告根据《中华人民共和国政府信息公开条例》要求编制。本年度报告中所列数据的统计期限自2025年1月1日起至12月31日止。

            一、总体情况
            """;

        var report = Extractor.Extract(text, "dotted.txt");

        Assert.Equal("2026-01-13", report.Published);
    }
}
