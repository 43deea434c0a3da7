using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Mixed report pages of the centre and south (thirty-ninth session, r142) on small fictional texts: a bureau's site named
/// as its official one; the disclosure said timely and lawful before the count; the second account after a comma sharing
/// the first one's verb; the public at large as the applicants, counted in 宗; an older overview's heading naming the
/// body's own site; the body's site as the subject of the year's count after a clause; Taiwan's 網路 on a converted copy;
/// a one-line page whose table 二 heading is numbered as an item; a flattened title's date split by a space; a 室 named as
/// the body whose year's work the report was compiled from; a government's office named short as the compiler of a
/// report its place opens. Guards show what stays unread.
/// </summary>
public sealed class CentreSouthPagesTwentySixthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private const string Title = "平罗县云溪局2023年政府信息公开工作年度报告";

    [Fact]
    public void Extract_BureausOfficialSite_IsTheWebsitesCount()
    {
        var metrics = OverviewMetrics(Title, "2023年,平罗县云溪局在局官方网站上公开各类政务信息230条,发布微博38条。");

        Assert.Equal(230, metrics["legacy.channel.website"]);
    }

    [Fact]
    public void Extract_AnotherBodysOfficialSite_StaysOut()
    {
        var metrics = OverviewMetrics(Title, "2023年,我局在市局官方网站上公开各类政务信息230条。");

        Assert.False(metrics.ContainsKey("legacy.channel.website"));
    }

    [Fact]
    public void Extract_PortalDisclosureSaidTimelyAndLawful_IsTheWebsitesCount()
    {
        var metrics = OverviewMetrics(Title, "2023年,云溪局通过政府门户网站及时依法主动公开446条信息,涉及教师管理等工作领域。");

        Assert.Equal(446, metrics["legacy.channel.website"]);
    }

    [Fact]
    public void Extract_PortalRepliesSaidTimely_StayOut()
    {
        var metrics = OverviewMetrics(Title, "2023年,云溪局通过政府门户网站及时回复网民留言10条。");

        Assert.False(metrics.ContainsKey("legacy.channel.website"));
    }

    [Fact]
    public void Extract_WeiboAfterACommaSharingTheWechatVerb_IsTheWeibosCount()
    {
        var metrics = OverviewMetrics(Title, "全年主动公开各类政府信息720条,其中政府网站公开190条,推送微信信息180条,微博信息176条,网络宣传174条。");

        Assert.Equal(176, metrics["legacy.channel.weibo"]);
    }

    [Fact]
    public void Extract_WeiboAfterAWechatCountWithoutAVerb_StaysOut()
    {
        var metrics = OverviewMetrics(Title, "全年微信公众号关注人数1808人,微博信息1760条。");

        Assert.False(metrics.ContainsKey("legacy.channel.weibo"));
    }

    [Fact]
    public void Extract_ApplicationsOfThePublicAtLargeInZong_AreReceived()
    {
        var metrics = OverviewMetrics(Title, "2023年共收到社会各界4宗政府信息公开申请,均通过网上申请。");

        Assert.Equal(4, metrics["legacy.apply.received"]);
    }

    [Fact]
    public void Extract_ConsultationsOfThePublicAtLargeInZong_StayOut()
    {
        var metrics = OverviewMetrics(Title, "2023年共收到社会各界4宗政府信息公开咨询。");

        Assert.False(metrics.ContainsKey("legacy.apply.received"));
    }

    private const string OlderTitle = "平罗县云溪局2010年政府信息公开工作年度报告";

    [Fact]
    public void Extract_OlderOverviewsHeadingNamingTheBodysSite_IsTheWebsitesCount()
    {
        var metrics = OpeningMetrics(OlderTitle, "一、主动公开政府信息的情况\n(一)我局门户网站主动公开政府信息情况。2010年度发布政府信息148条,其中机构职能类信息12条。\n" + PreTemplateBody);

        Assert.Equal(148, metrics["legacy.channel.website"]);
    }

    [Fact]
    public void Extract_OlderOverviewsHeadingNamingTheBodysSiteWithAnotherYear_StaysOut()
    {
        var metrics = OpeningMetrics(OlderTitle, "一、主动公开政府信息的情况\n(一)我局门户网站主动公开政府信息情况。2009年度发布政府信息148条。\n" + PreTemplateBody);

        Assert.False(metrics.ContainsKey("legacy.channel.website"));
    }

    [Fact]
    public void Extract_OlderOverviewsHeadingNamingThePress_StaysOut()
    {
        var metrics = OpeningMetrics(OlderTitle, "一、主动公开政府信息的情况\n(二)通过报刊、广播等主动公开政府信息情况。2010年度发布政府信息49条。\n" + PreTemplateBody);

        Assert.False(metrics.ContainsKey("legacy.channel.website"));
    }

    [Fact]
    public void Extract_BodysSiteAsTheSubjectAfterAClause_IsTheWebsitesCount()
    {
        var metrics = OverviewMetrics(Title, "(一)主动公开。一是打造宣传矩阵。局官网紧扣本局重点工作内容,全年公开政府信息1820条,发布政务动态1205条。");

        Assert.Equal(1820, metrics["legacy.channel.website"]);
    }

    [Fact]
    public void Extract_SiteAndAccountAsTheSubjectAfterAClause_StaysOut()
    {
        var metrics = OverviewMetrics(Title, "(一)主动公开。一是打造宣传矩阵。局官网和微信公众号紧扣本局重点工作内容,全年公开政府信息1820条。");

        Assert.False(metrics.ContainsKey("legacy.channel.website"));
    }

    [Fact]
    public void Extract_AnotherBodysSiteAsTheSubjectAfterAClause_StaysOut()
    {
        var metrics = OverviewMetrics(Title, "(一)主动公开。一是打造宣传矩阵。市局官网紧扣全市重点工作内容,全年公开政府信息1820条。");

        Assert.False(metrics.ContainsKey("legacy.channel.website"));
    }

    private const string ConvertedCopy = """
        平羅縣雲溪局2022年政府信息公開年度報告

        一、總體情況
        (二)依申請公開
        2022年度收到和處理政府信息公開申請5件,均嚴格按照有關規定進行辦理和答覆。從申請方式看,{0}申請3件,信函申請2件。
        """;

    [Fact]
    public void Extract_TaiwansWordForTheNetworkOnAConvertedCopy_IsTheOnlineRow()
    {
        var metrics = Metrics(Extractor.Extract(ConvertedCopy.Replace("{0}", "網路", StringComparison.Ordinal), "copy.txt"));

        Assert.Equal(3, metrics["legacy.apply.online"]);
    }

    [Fact]
    public void Extract_TaiwansWordForTheNetworkInASimplifiedReport_StaysAsPrinted()
    {
        var simplified = "平罗县云溪局2022年政府信息公开年度报告\n\n一、总体情况\n(二)依申请公开\n从申请方式看,网路申请3件,信函申请2件。\n";

        var metrics = Metrics(Extractor.Extract(simplified, "page.txt"));

        Assert.False(metrics.ContainsKey("legacy.apply.online"));
    }

    private const string ItemHeadedTablePage = "(一)总体情况 2023年,平罗县人民政府深入贯彻落实国家和自治区关于全面推进政府信息公开工作的部署和要求,紧紧围绕县委县政府中心工作,扎实开展政府信息公开各项工作。 "
        + "(一)主动公开方面。2023年,在县政府门户网站主动公开政务信息共531条。 (二)政府信息管理方面。落实主体责任,由主要领导亲自抓,分管领导分头抓,各科室责任人联合做好此项工作,并确定一名政府信息管理员。 "
        + "(三)监督保障方面。常态化检查政务公开、政府网站和政务新媒体工作开展情况,定期下发问题清单,限时整改,对整改不到位的及时进行督办。 "
        + "(二)主动公开政府信息的情况 第二十条第(一)项 | ||| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | 规章 | 1 | 0 | 2 | {0} | 15 | 3 | 57 | 第二十条第(五)项 | | 信息内容 | "
        + "本年处理决定数量 | 行政许可 | 6 | 三、收到和处理政府信息公开申请情况 本年度未收到申请。";

    [Fact]
    public void Extract_OneLineTableUnderAnItemNumberedHeading_IsRead()
    {
        var metrics = Metrics(Extractor.Extract(ItemHeadedTablePage.Replace("{0}", "规范性文件", StringComparison.Ordinal), "flat.txt"));

        Assert.Equal(1, metrics["active.rules.issued"]);
        Assert.Equal(2, metrics["active.rules.in_force"]);
        Assert.Equal(15, metrics["active.normative_docs.issued"]);
        Assert.Equal(57, metrics["active.normative_docs.in_force"]);
    }

    [Fact]
    public void Extract_OneLineTableUnderASectionNumberedHeading_IsReadAsBefore()
    {
        var page = ItemHeadedTablePage.Replace("{0}", "规范性文件", StringComparison.Ordinal)
            .Replace("(二)主动公开政府信息的情况", "二、主动公开政府信息情况", StringComparison.Ordinal);

        var metrics = Metrics(Extractor.Extract(page, "flat.txt"));

        Assert.Equal(1, metrics["active.rules.issued"]);
        Assert.Equal(57, metrics["active.normative_docs.in_force"]);
    }

    private const string FlattenedTitleDate = "当前页面: 首页 > 政务公开 > 信息公开年报 平罗县人民政府办公室2020年政府信息公开年度报告 {0} 编制说明:本年度报告根据《中华人民共和国政府信息公开条例》的有关规定编制。"
        + "本报告全文由总体情况、主动公开政府信息情况等六个部分组成。报告中所列数据的时间期限为2020年1月1日至2020年12月31日。一、总体情况 (一)健全工作机制,加强组织保障。"
        + "县政府办公室安排专人负责信息公开工作,及时将信息公开机构人员信息上报。(二)强化平台建设,创新公开方式。2020年,围绕应公开尽公开要求,完善内容保障体系,对挂网信息不断进行了整合优化。"
        + "二、主动公开政府信息情况 本年度主动公开的政府信息均按规定公开。三、存在的主要问题及改进情况 公开内容还不够丰富,下一步将继续改进。";

    [Fact]
    public void Extract_FlattenedTitlesDateSplitByASpace_IsPublished()
    {
        var report = Extractor.Extract(FlattenedTitleDate.Replace("{0}", "(2021年1 月27日)", StringComparison.Ordinal), "flat.txt");

        Assert.Equal("2021-01-27", report.Published);
    }

    [Fact]
    public void Extract_FlattenedTitlesMonthSplitByASpace_IsNoDate()
    {
        var report = Extractor.Extract(FlattenedTitleDate.Replace("{0}", "(2021年 1月)", StringComparison.Ordinal), "flat.txt");

        Assert.Null(report.Published);
    }

    private const string CounsellorsPage = """
        依据《中华人民共和国政府信息公开条例》、《宁夏回族自治区行政程序规定》和2011年度{0}信息公开工作情况编制,现将2011年度信息公开工作情况报告如下。
        一、基本情况
        2011年,进一步加大政府信息公开工作力度,充分发挥网站作用。
        二、主动公开政府信息情况
        我们遵循及时、准确的原则公开信息。
        """;

    [Fact]
    public void Extract_OfficeWhoseYearsWorkTheReportWasCompiledFrom_IsTheAgency()
    {
        var report = Extractor.Extract(CounsellorsPage.Replace("{0}", "中卫市参事室", StringComparison.Ordinal), "page.txt");

        Assert.Equal("中卫市参事室", report.Agency);
        Assert.Equal("640500", report.Region?.Code);
    }

    [Fact]
    public void Extract_WholeCitysYearsWorkTheReportWasCompiledFrom_NamesNoAgency()
    {
        var report = Extractor.Extract(CounsellorsPage.Replace("{0}", "全市各单位", StringComparison.Ordinal), "page.txt");

        Assert.Null(report.Agency);
    }

    private const string OfficeCompiledPage = """
        本报告依据《中华人民共和国政府信息公开条例》有关规定,由中卫市政府办公室编制。本年报中所列数据的统计期限为2017年1月1日至2017年12月31日。
        一、概述
        2017年,{0}认真贯彻《中华人民共和国政府信息公开条例》,加强对各县(区)和市政府各部门政府信息公开工作的指导。
        二、主动公开政府信息情况
        强化市政府网站重点领域政府信息公开专栏建设。
        """;

    [Fact]
    public void Extract_OfficeNamedShortCompilingAReportItsPlaceOpens_IsTheGovernments()
    {
        var report = Extractor.Extract(OfficeCompiledPage.Replace("{0}", "中卫市", StringComparison.Ordinal), "page.txt");

        Assert.Equal("中卫市人民政府", report.Agency);
    }

    // The same report speaking for the whole city (我市…, 据统计,全市各县(区)…): the government's, though no place opens it.
    [Fact]
    public void Extract_OfficeNamedShortCompilingAReportForTheWholeArea_IsTheGovernments()
    {
        var report = Extractor.Extract(OfficeCompiledPage.Replace("中卫市", "崇左市", StringComparison.Ordinal).Replace("{0}", "我市", StringComparison.Ordinal)
            + "据统计,全市各县(区)、市政府各部门共主动公开政府信息12000条。\n", "page.txt");

        Assert.Equal("崇左市人民政府", report.Agency);
    }

    [Fact]
    public void Extract_OfficeNamedShortCompilingAReportItOpensItself_StaysTheOffices()
    {
        var report = Extractor.Extract(OfficeCompiledPage.Replace("{0}", "我办", StringComparison.Ordinal), "page.txt");

        Assert.NotEqual("中卫市人民政府", report.Agency);
    }
}
