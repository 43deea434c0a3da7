using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Mixed report pages of the south-west and north-west (thirty-ninth session, r143) on small fictional texts: a weibo
/// account's pushed items and a WeChat account named by its quoted name and the bare 微信; applications for 政务信息
/// disclosure counted in 条; applications the applicants submitted, they opening the clause; a content system's 添加时间
/// byline on a page flattened onto one line; a letter-spaced 标 题 label in a flattened index row; two clauses of
/// circumstance between the year and the body opening its overview; a body named under its city that works under its
/// district's committee and government. Guards show what stays unread.
/// </summary>
public sealed class WestPagesTwentySixthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private const string CityTitle = "中卫市人民政府2024年政府信息公开工作年度报告";

    private const string OfficeTitle = "平罗县人民政府办公室2025年政府信息公开工作年度报告";

    [Fact]
    public void Extract_QuotedWeiboAccountsPushedItems_IsTheWeiboCount()
    {
        var metrics = OverviewMetrics(CityTitle, "充分发挥门户网站作用。通过“中卫政务”微博推送信息379条,“中卫政府网”微信推送信息268条。");

        Assert.Equal(379, Value(metrics, "legacy.channel.weibo"));
    }

    [Fact]
    public void Extract_QuotedAccountWithTheBareWeixin_IsTheWeChatCount()
    {
        var metrics = OverviewMetrics(CityTitle, "充分发挥门户网站作用。通过“中卫政务”微博推送信息379条,“中卫政府网”微信推送信息268条。");

        Assert.Equal(268, Value(metrics, "legacy.channel.wechat"));
    }

    [Fact]
    public void Extract_QuotedAccountTheClauseSendsTo_StaysOut()
    {
        var metrics = OverviewMetrics(CityTitle, "充分发挥门户网站作用。全年向“云溪发布”微信推送信息12条。");

        Assert.Null(Value(metrics, "legacy.channel.wechat"));
    }

    [Fact]
    public void Extract_QuotedWeixinGroup_StaysOut()
    {
        var metrics = OverviewMetrics(CityTitle, "充分发挥门户网站作用。“中卫政务”微信群推送信息12条。");

        Assert.Null(Value(metrics, "legacy.channel.wechat"));
    }

    [Fact]
    public void Extract_ApplicationsForZhengwuInformationInTiao_AreTheReceivedApplications()
    {
        var metrics = OverviewMetrics(CityTitle, "(二)依申请公开\n收到政务信息公开申请7条,其中3条已公开,3条属于个人隐私,不予以公开;1条属于重复申请。");

        Assert.Equal(7, Value(metrics, "legacy.apply.received"));
    }

    [Fact]
    public void Extract_ZhengwuServiceApplications_StayOut()
    {
        var metrics = OverviewMetrics(CityTitle, "(二)依申请公开\n收到政务服务申请7条,均已办结。");

        Assert.Null(Value(metrics, "legacy.apply.received"));
    }

    [Fact]
    public void Extract_ApplicantsSubmittingOpeningTheClause_AreTheReceivedApplications()
    {
        var metrics = OverviewMetrics(OfficeTitle, "(二)依申请公开情况\n2025年,群众通过市、县政府网站“依申请公开”专栏及邮寄方式提交政府信息公开申请55件,均在规定期限内办结。");

        Assert.Equal(55, Value(metrics, "legacy.apply.received"));
    }

    [Fact]
    public void Extract_ApplicantsSubmittingToAnotherBody_StayOut()
    {
        var metrics = OverviewMetrics(OfficeTitle, "(二)依申请公开情况\n2025年,群众通过邮寄方式向县民政局提交政府信息公开申请5件。");

        Assert.Null(Value(metrics, "legacy.apply.received"));
    }

    [Fact]
    public void Extract_GuidingApplicantsToSubmit_StaysOut()
    {
        var metrics = OverviewMetrics(OfficeTitle, "(二)依申请公开情况\n2025年,指导群众提交政府信息公开申请5件。");

        Assert.Null(Value(metrics, "legacy.apply.received"));
    }

    private const string AddedTimePage = """
        首页 > 政务公开 > 政府信息公开年报 > 2024 > 县政府
        平罗县2024年政府信息公开工作年度报告
        来源:平罗县人民政府办公室 浏览次数: 添加时间:{0}
        字号:
        收藏
        平罗县
        2024年政府信息公开工作年度报告
        一、总体情况
        本报告根据《中华人民共和国政府信息公开条例》编制。年报中所列数据的统计期限为2024年1月1日至2024年12月31日。
        (一)主动公开
        2024年,我县认真贯彻落实《条例》,围绕重点领域及时公开各类信息。
        """;

    [Fact]
    public void Extract_AddedTimeBylineOnAFlattenedPage_IsPublished()
    {
        var report = Extractor.Extract(AddedTimePage.Replace("{0}", "2025-02-14 11:00", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal), "flat.txt");

        Assert.Equal("2025-02-14", report.Published);
    }

    [Fact]
    public void Extract_AddedTimeBylineWithoutADate_IsNoDate()
    {
        var report = Extractor.Extract(AddedTimePage.Replace("{0}", "", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal), "flat.txt");

        Assert.Null(report.Published);
    }

    private const string SpacedTitleLabelPage = """
        标 题 | 石嘴山市政府国资委2020政府信息公开工作年度报告 | ||
        索引号 | 000000000/2021-00008 | 文 号 | |
        发布机构 | 石嘴山市人民政府办公室 | 发布日期 | 2021-04-09 17:05:00 |
        石嘴山市政府国资委2020政府信息公开工作年度报告
        根据《中华人民共和国政府信息公开条例》要求,现将2020年度政府信息公开工作报告如下。
        一、总体情况
        报告中所列数据的统计期限为2020年1月1日—2020年12月31日。我委充分发挥政府门户网站作用,及时公开国资监管信息。
        """;

    [Fact]
    public void Extract_LetterSpacedTitleLabelInAFlattenedRow_IsNoPartOfTheName()
    {
        var report = Extractor.Extract(SpacedTitleLabelPage.Replace("\n", " ", StringComparison.Ordinal), "flat.txt");

        Assert.Equal("石嘴山市政府国资委2020政府信息公开工作年度报告", report.Title);
        Assert.Equal("640200", report.Region?.Code);
    }

    [Fact]
    public void Extract_LetterSpacedTitleLabelOnItsOwnLine_ReadsAsBefore()
    {
        var report = Extractor.Extract(SpacedTitleLabelPage, "page.txt");

        Assert.Equal("石嘴山市政府国资委2020政府信息公开工作年度报告", report.Title);
        Assert.Equal("640200", report.Region?.Code);
    }

    private const string TwoClausesPage = """
        一、总体情况

        2021年,在市委市政府信息公开工作领导小组的领导下,在市政府信息与政务公开办公室的指导下,{0}认真贯彻落实《政府信息公开条例》及省市政务公开相关文件精神,围绕中心工作,积极推进政府信息公开。

        (一)持续强化组织领导。一是强化领导,健全机制,细化责任分工。
        """;

    [Fact]
    public void Extract_TwoClausesOfCircumstanceBeforeTheBody_NameTheBody()
    {
        var report = Extractor.Extract(TwoClausesPage.Replace("{0}", "平罗县", StringComparison.Ordinal), "page.txt");

        Assert.Equal("平罗县人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_TwoClausesOfCircumstanceBeforeTheDepartments_NameNoBody()
    {
        var report = Extractor.Extract(TwoClausesPage.Replace("{0}", "各部门", StringComparison.Ordinal), "page.txt");

        Assert.Null(report.Agency);
        Assert.Null(report.Region);
    }

    private const string CityNamedInstitutionPage = """
        据《中华人民共和国政府信息公开条例》规定,现将《石嘴山市云溪发展服务中心2025年政府信息公开工作年度报告》予以公布。本报告数据统计时限为2025年1月1日至2025年12月31日。如对本报告有任何疑问,请与石嘴山市云溪发展服务中心联系(地址:{1}云溪街185号)。
        一、总体情况
        2025年,石嘴山市云溪发展服务中心在{0}的领导下,全面贯彻落实《条例》要求,持续提升政府信息公开规范化水平。
        """;

    [Fact]
    public void Extract_CityNamedBodyLedByItsDistrict_IsPlacedInThatDistrict()
    {
        var report = Extractor.Extract(CityNamedInstitutionPage.Replace("{0}", "区委、区政府", StringComparison.Ordinal).Replace("{1}", "大武口区", StringComparison.Ordinal), "page.txt");

        Assert.Equal("石嘴山市云溪发展服务中心", report.Agency);
        Assert.Equal("640202", report.Region?.Code);
    }

    [Fact]
    public void Extract_CityNamedBodyLedByItsCity_StaysInTheCity()
    {
        var report = Extractor.Extract(CityNamedInstitutionPage.Replace("{0}", "市委、市政府", StringComparison.Ordinal).Replace("{1}", "大武口区", StringComparison.Ordinal), "page.txt");

        Assert.Equal("640200", report.Region?.Code);
    }

    [Fact]
    public void Extract_CityNamedBodyLedByADistrictWhereOnlyACountyIsPrinted_StaysInTheCity()
    {
        var report = Extractor.Extract(CityNamedInstitutionPage.Replace("{0}", "区委、区政府", StringComparison.Ordinal).Replace("{1}", "平罗县", StringComparison.Ordinal), "page.txt");

        Assert.Equal("640200", report.Region?.Code);
    }

    [Fact]
    public void Extract_CityNamedBodyLedByADistrictWhereTwoDistrictsArePrinted_StaysInTheCity()
    {
        var report = Extractor.Extract(CityNamedInstitutionPage.Replace("{0}", "区委、区政府", StringComparison.Ordinal).Replace("{1}", "大武口区", StringComparison.Ordinal) + "惠农区的群众也可来电咨询。\n", "page.txt");

        Assert.Equal("640200", report.Region?.Code);
    }
}
