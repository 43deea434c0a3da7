using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Township and street report pages of 2019–2025 (thirty-fourth session, r109) on small fictional texts: the weibo's and
/// WeChat's counts by 分别 after the verb and by one 发布 said before both; the government information site called its
/// 网站; a quoted account's kinds listed and summed; reading points named one by one before their count; the body a page
/// names as summing up its year's work, as a street working under two leaders, and as a town with its year after a heading;
/// no township's name ending in 我乡; a quoted account's name completing no body; a doubled 镇 printed once elsewhere.
/// </summary>
public sealed class TownshipAccountAndSubjectRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    [Fact]
    public void Extract_WeiboAndWechatRunTogetherBeforeRespectively_AreEachAccountsCount()
    {
        var metrics = OverviewMetrics("青石街道办事处2021年政府信息公开工作年度报告",
            "二是及时主动公开政府信息。政府网站主动公开政府信息189条。在街道政务微博微信公开信息分别为545条和378条。");

        Assert.Equal(545, metrics["legacy.channel.weibo"]);
        Assert.Equal(378, metrics["legacy.channel.wechat"]);
    }

    [Fact]
    public void Extract_VerbSaidOnceBeforeWeiboAndWechat_IsEachAccountsCount()
    {
        var metrics = OverviewMetrics("青石镇2023年政府信息公开工作年度报告",
            "(一)主动公开。2023年,青石镇通过村务公开小程序主动公开信息394条、发布微博67条、微信公众号358条,接到微博投诉事件24条。");

        Assert.Equal(67, metrics["legacy.channel.weibo"]);
        Assert.Equal(358, metrics["legacy.channel.wechat"]);
    }

    [Fact]
    public void Extract_RepostedWeibo_IsNoAccountsCount()
    {
        var metrics = OverviewMetrics("青石镇2023年政府信息公开工作年度报告",
            "(一)主动公开。2023年,青石镇转发微博67条。");

        Assert.False(metrics.ContainsKey("legacy.channel.weibo"));
    }

    [Fact]
    public void Extract_GovernmentInformationWebsite_IsTheWebsite()
    {
        var metrics = OverviewMetrics("青石乡2024年政府信息公开工作年度报告",
            "(一)主动公开情况\n通过政府信息网站发布信息15条,通过公众号发布信息45条,涵盖产业发展、农业生产等动态信息。");

        Assert.Equal(15, metrics["legacy.channel.website"]);
        Assert.Equal(45, metrics["legacy.channel.wechat"]);
    }

    [Fact]
    public void Extract_QuotedAccountsListedKindsSummed_IsTheWechatCount()
    {
        var metrics = OverviewMetrics("青石镇2024年政府信息公开工作年度报告",
            "(一)主动公开情况。本年度青石镇人民政府通过政府网站公开32条。依托“青石发布”公众号公开发布各类宣传信息、政务信息、政策解读等共计259条。");

        Assert.Equal(32, metrics["legacy.channel.website"]);
        Assert.Equal(259, metrics["legacy.channel.wechat"]);
    }

    [Fact]
    public void Extract_QuotedAccountsListedKindsWithoutTheirSum_IsNoWechatCount()
    {
        var metrics = OverviewMetrics("青石镇2024年政府信息公开工作年度报告",
            "(一)主动公开情况。依托“青石发布”公众号公开发布各类宣传信息、政务信息、政策解读等259条。");

        Assert.False(metrics.ContainsKey("legacy.channel.wechat"));
    }

    [Fact]
    public void Extract_ReadingPointsNamedOneByOne_AreTheirCount()
    {
        var metrics = OverviewMetrics("青石街道2025年政府信息公开工作年度报告",
            "组织领导方面,依托街道公共服务大厅、社区服务中心图书馆、青石图书馆 3 个政府信息查阅点,完善线下公开网络。");

        Assert.Equal(3, metrics["legacy.org.reading_points"]);
    }

    [Fact]
    public void Extract_ReportSummingUpTheYearsWork_NamesTheBody()
    {
        const string text = """
            本报告根据《中华人民共和国政府信息公开条例》及上级关于政府信息公开工作相关文件要求编制,全面总结天津市红桥区人民政府青石街道办事处2025年政府信息公开工作情况。报告所列数据统计期限为2025年1月1日至12月31日。
            一、总体情况
            (一)主动公开工作扎实推进。2025年,通过政府网站公开政府信息29条。全年未收到依申请公开件。
            """;

        var report = Extractor.Extract(text, "street.txt");

        Assert.Equal("天津市红桥区人民政府青石街道办事处", report.Agency);
        Assert.Equal("120106", report.Region?.Code);
    }

    [Fact]
    public void Extract_StreetWorkingUnderTwoLeaders_IsTheBody()
    {
        const string text = """
            依据《中华人民共和国政府信息公开条例》第五十条规定,编制本报告。
            一、总体情况
            2025年,青石街道在区委、区政府的正确领导下,认真贯彻落实《条例》及相关工作部署,坚持以公开为常态、不公开为例外。
            (一)主动公开情况
            本年度,我街道严格按照《条例》要求,全年共发布212条。
            """;

        var report = Extractor.Extract(text, "street.txt");

        Assert.Equal("青石街道办事处", report.Agency);
        Assert.Equal(2025, report.Year);
    }

    [Fact]
    public void Extract_TownAndItsYearAfterAHeading_NameTheBodyAndTheYear()
    {
        const string text = """
            一、总体情况
            (一)主动公开情况
            青石镇2023年及时更新机构职能、预算/决算、履职依据等各栏目信息。
            (二)依申请公开情况
            全年收到政府信息公开申请1件,已在法定期限内予以答复。
            (三)政府信息公开平台建设情况
            紧紧围绕我镇中心工作,及时准确公开群众普遍关注的内容。
            """;

        var report = Extractor.Extract(text, "town.txt");

        Assert.Equal("青石镇人民政府", report.Agency);
        Assert.Equal(2023, report.Year);
        Assert.Equal(ReportTemplate.V2021, report.Template);
    }

    [Fact]
    public void Extract_NumberedHeadingRunIntoThePronoun_IsNoTownship()
    {
        const string text = """
            根据《中华人民共和国政府信息公开条例》规定编制本报告。报告数据统计期限为2025年1月1日至2025年12月31日。
            一、总体情况
            一是主动公开情况
            我乡着力深化主动公开内容,拓展公开渠道,确保政府信息及时、准确、全面发布。
            二是依申请公开情况
            全年共收到政府信息公开申请3件,均已依法按时办结。
            """;

        var report = Extractor.Extract(text, "township.txt");

        Assert.Null(report.Agency);
        Assert.Equal(3, Metrics(report)["legacy.apply.received"]);
    }

    [Fact]
    public void Extract_QuotedAccountsName_CompletesNoBody()
    {
        const string text = """

            一、总体情况
            2024年,青石街道办事处坚持以习近平新时代中国特色社会主义思想为指导,不断增强政府信息公开实效。
            (四)平台建设方面。依托“红桥区青石街道办事处”微信公众号和“青石街道”视频号,及时发布政府工作信息。
            """;

        var report = Extractor.Extract(text, "street.txt");

        Assert.Equal("青石街道办事处", report.Agency);
    }

    [Fact]
    public void Extract_StreetPrintedUnderItsDistrictInASentence_IsStillCompleted()
    {
        const string text = """

            一、总体情况
            2024年,青石街道办事处坚持以习近平新时代中国特色社会主义思想为指导,不断增强政府信息公开实效。
            (四)平台建设方面。红桥区青石街道办事处依托微信公众号及时发布政府工作信息。
            """;

        var report = Extractor.Extract(text, "street.txt");

        Assert.Equal("红桥区青石街道办事处", report.Agency);
    }

    [Fact]
    public void Extract_DoubledDesignationPrintedOnceElsewhere_IsTheSingleName()
    {
        const string text = """
            本年度报告根据《中华人民共和国政府信息公开条例》要求,由青石镇镇人民政府编制。报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。如对本年度报告有任何疑问,请联系红桥区青石镇人民政府。
            一、总体情况
            (一)主动公开
            2023年,本机关共计主动公开政府信息361条。我镇…
            """;

        var report = Extractor.Extract(text, "town.txt");

        Assert.Equal("青石镇人民政府", report.Agency);
    }

    [Fact]
    public void Extract_TownWhoseNameEndsInItsDesignation_KeepsIt()
    {
        const string text = """
            本年度报告根据《中华人民共和国政府信息公开条例》要求,由云镇镇人民政府编制。报告所列数据的统计期限自2023年1月1日起至2023年12月31日止。如对本年度报告有任何疑问,请联系云镇镇人民政府。
            一、总体情况
            (一)主动公开
            2023年,我镇共计主动公开政府信息36条。
            """;

        var report = Extractor.Extract(text, "town.txt");

        Assert.Equal("云镇镇人民政府", report.Agency);
    }
}
