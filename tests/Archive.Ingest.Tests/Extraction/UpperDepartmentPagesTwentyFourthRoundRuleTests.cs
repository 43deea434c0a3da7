using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules from the twenty-fourth round of real reports (departments of provinces and prefecture-level cities, and national
/// bodies, 2019–2025), each on a fictional fixture: applications come in as 来件 or received among listed verbs, a weibo's
/// items in 篇, a provincial department's 厅官网, the year's total disclosed as the law asks, the official accounts' parts
/// of an all-platform whole, a title's year without 年, a mirror's markup over the title, a menu's bars and a site's name
/// on a flattened page, a centre named by its own site, the body whose year's work the report was compiled from, and a
/// flattened byline's date label cut from its colon.
/// </summary>
public sealed class UpperDepartmentPagesTwentyFourthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private const string Title = "石嘴山市某某局2024年政府信息公开工作年度报告";

    private const string Overview = "坚持以公开为常态、不公开为例外,严格按照《条例》要求做好主动公开、依申请公开和政府信息管理各项工作,"
        + "不断提升政府信息公开工作的规范化水平,切实保障人民群众的知情权、参与权、表达权和监督权,取得了较好成效。";

    [Theory]
    [InlineData("全年受理依申请公开来件12件,续办上年度结转办件1件,共办理13件。", 12)]
    [InlineData("2024年,某某局受理、办理、答复依申请公开3件,办结3件。", 3)]
    public void Received_CasesComeInOrVerbsListed_IsTheYearsApplications(string sentence, int received)
    {
        var metrics = OverviewMetrics(Title, sentence);

        Assert.Equal(received, metrics.GetValueOrDefault("legacy.apply.received"));
    }

    [Theory]
    [InlineData("全年办理依申请公开来件12件。")]
    [InlineData("2024年,某某局办理、答复依申请公开3件。")]
    public void Received_HandledOnly_IsNoApplicationCount(string sentence)
    {
        // Handled and answered, nothing said received (办理, 答复): no count of the applications that came in.
        var metrics = OverviewMetrics(Title, sentence);

        Assert.False(metrics.ContainsKey("legacy.apply.received"));
    }

    [Fact]
    public void Weibo_ItemsCountedIn篇_IsTheAccountsCount()
    {
        var metrics = OverviewMetrics(Title, "2024年局门户网站主动公开信息650条,微信公众号发布信息120条、订阅数5000,微博发布信息86篇、关注量900。");

        Assert.Equal(86, metrics.GetValueOrDefault("legacy.channel.weibo"));
    }

    [Fact]
    public void Weibo_CountedInTimes_IsNoAccountsCount()
    {
        var metrics = OverviewMetrics(Title, "2024年局门户网站主动公开信息650条,微博发布信息86次。");

        Assert.False(metrics.ContainsKey("legacy.channel.weibo"));
    }

    [Fact]
    public void Website_ADepartmentsOwn厅官网_IsTheSitesCount()
    {
        var metrics = OverviewMetrics("宁夏回族自治区某某厅2022年政府信息公开工作年度报告",
            "3.加强新媒体平台政府信息发布。全年在厅官网上主动公开政府信息1520条,在“某某发布”微信公众号发布信息300条。");

        Assert.Equal(1520, metrics.GetValueOrDefault("legacy.channel.website"));
    }

    [Fact]
    public void Website_AnotherDepartmentsSite_IsNoSiteCount()
    {
        // A site named with something before 厅 (上级厅网站) is not the body's own.
        var metrics = OverviewMetrics("宁夏回族自治区某某厅2022年政府信息公开工作年度报告", "全年在上级厅网站上发布信息1520条。");

        Assert.False(metrics.ContainsKey("legacy.channel.website"));
    }

    [Fact]
    public void Total_DisclosedAsTheLawAsksInTheYearsSentence_IsTheYearsTotal()
    {
        var metrics = OverviewMetrics("石嘴山市某某局某某分局2023年政府信息公开工作年度报告",
            "2023年,在上级局的正确领导下,分局认真落实《石嘴山市某某局某某分局政府信息主动公开基本目录》,依法主动公开信息52条,切实巩固工作成果。");

        Assert.Equal(52, metrics.GetValueOrDefault("legacy.active.total"));
    }

    [Fact]
    public void Total_DisclosedOnAColumn_IsNoTotal()
    {
        // A column named between the year and the count (专栏): the column's share, not the year's total.
        var metrics = OverviewMetrics("石嘴山市某某局某某分局2023年政府信息公开工作年度报告",
            "2023年,分局在信息公开专栏依法主动公开信息52条,切实巩固工作成果。");

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Fact]
    public void Accounts_OfficialPartsOfAllPlatformsWhole_AreTheChannelsCounts()
    {
        var metrics = OverviewMetrics("中卫市某某局2021年政府信息公开工作年度报告",
            "一是主动公开情况。全平台发布各类政务信息合计640条,其中网站发布信息120条,官方微博200条,官方公众号320条;全年公开各类文件90件。");

        Assert.Equal(200, metrics.GetValueOrDefault("legacy.channel.weibo"));
        Assert.Equal(320, metrics.GetValueOrDefault("legacy.channel.wechat"));
    }

    [Fact]
    public void Accounts_PartsOfATopicsItems_AreNoChannelsCounts()
    {
        // A topic's items split by account are that topic's share of each account.
        var metrics = OverviewMetrics("中卫市某某局2021年政府信息公开工作年度报告",
            "一是主动公开情况。发布疫情防控信息640条,其中官方微博200条,官方公众号320条。");

        Assert.False(metrics.ContainsKey("legacy.channel.weibo"));
        Assert.False(metrics.ContainsKey("legacy.channel.wechat"));
    }

    [Fact]
    public void Year_TitlesYearWithout年_IsTheReportsYear()
    {
        var report = Extract("中卫市某某局2022政府信息公开工作年度报告\n\n一、总体情况\n" + Overview + "\n");

        Assert.Equal(2022, report.Year);
        Assert.Equal(ReportTemplate.V2021, report.Template);
    }

    [Fact]
    public void Year_TitleWithoutAYear_HasNoYear()
    {
        var report = Extract("中卫市某某局政府信息公开工作年度报告\n\n一、总体情况\n" + Overview + "\n");

        Assert.Null(report.Year);
    }

    private const string MarkupHeader = "<legend id=\"ab12\"></legend><samp id=\"ab12\"></samp>\n<sup id=\"ab12\"></sup>\n"
        + "  • <input id=\"ab12\"><address id=\"ab12\"></address>\n    1. <blockquote id=\"ab12\"><rt id=\"ab12\"></rt></blockquote>\n"
        + "    2. <meter id=\"ab12\"></meter>\n\n        中卫市某某局2022年政府信息公开工作年度报告\n        • 日期: 2023-01-20 10:52\n"
        + "        • 来源: 市某某局\n\n        一、总体情况\n\n        ";

    [Fact]
    public void Title_UnderAMirrorsMarkupLines_IsRead()
    {
        var report = Extract(MarkupHeader + Overview + "\n");

        Assert.Equal("中卫市某某局2022年政府信息公开工作年度报告", report.Title);
        Assert.Equal("中卫市某某局", report.Agency);
        Assert.Equal("640500", report.Region?.Code);
    }

    [Fact]
    public void TitleAndDate_UnderMarkupOnAPageFlattenedOntoOneLine_AreRead()
    {
        var report = Extract(string.Join(' ', (MarkupHeader + Overview + Overview).Split('\n')) + "\n");

        Assert.Equal("中卫市某某局2022年政府信息公开工作年度报告", report.Title);
        Assert.Equal("中卫市某某局", report.Agency);
        Assert.Equal("2023-01-20", report.Published);
    }

    [Fact]
    public void Title_AQuotedNameInAngleBrackets_IsNoMarkup()
    {
        // <中卫市…> opens on a hanzi: text, not a tag, and it stays in the title.
        var report = Extract("<中卫市某某局>2022年政府信息公开工作年度报告\n\n一、总体情况\n" + Overview + "\n");

        Assert.Contains("中卫市某某局", report.Title ?? string.Empty, StringComparison.Ordinal);
    }

    private const string BannerPage = "中国政府网 | 中华人民共和国某某部 | 宁夏回族自治区政府门户网站 无障碍浏览|\n\n2023年政府信息公开工作年度报告\n\n"
        + "  • 索引号:000S00/2024-000001\n  • 发布机构: 中卫市某某局\n  • 发文日期: 2024-01-30 12:37\n  • 名称: 2023年政府信息公开工作年度报告\n\n"
        + "一、总体情况\n\n";

    [Fact]
    public void Agency_BannerLinksOnAFlattenedPage_AreNoTitle()
    {
        var report = Extract(string.Join(' ', (BannerPage + Overview + Overview).Split('\n')) + "\n");

        Assert.Equal("2023年政府信息公开工作年度报告", report.Title);
        Assert.Equal("中卫市某某局", report.Agency);
    }

    [Fact]
    public void Agency_BannerLinksOnTheStoredPage_StayNoTitle()
    {
        var report = Extract(BannerPage + Overview + "\n");

        Assert.Equal("2023年政府信息公开工作年度报告", report.Title);
        Assert.Equal("中卫市某某局", report.Agency);
    }

    private const string CentrePage = "本报告根据《中华人民共和国政府信息公开条例》和宁夏回族自治区政府信息公开相关规定的要求编制。"
        + "本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。本报告的电子版可在中卫市某某收费中心网站查阅或下载。\n一、基本情况\n"
        + "2020年,{0}在宁夏回族自治区某某厅的正确领导下,认真贯彻落实《中华人民共和国政府信息公开条例》。\n二、主动公开情况\n2020年{0}共发布政务动态信息67条。\n";

    [Fact]
    public void Agency_CentreNamedAgainByItsShortForm_IsTheCentreOnWhoseSiteTheReportIs()
    {
        var report = Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, CentrePage, "市某某收费中心"));

        Assert.Equal("中卫市某某收费中心", report.Agency);
        Assert.Equal("640500", report.Region?.Code);
    }

    [Fact]
    public void Agency_CentresSiteInAReportSpeakingAsABureau_IsNoAgency()
    {
        // The report speaks as 我局: the centre's site carries another body's report.
        var report = Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, CentrePage, "我局"));

        Assert.NotEqual("中卫市某某收费中心", report.Agency);
    }

    [Fact]
    public void Agency_CentreNamedOnlyByTheSite_IsNoAgency()
    {
        // Neither 我中心 nor the centre's short form elsewhere: the site alone names no body.
        var report = Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, CentrePage, "本单位"));

        Assert.Null(report.Agency);
    }

    [Fact]
    public void Agency_CompiledFromTheBodysYearsWork_IsThatBody()
    {
        var report = Extract("根据《中华人民共和国政府信息公开条例》和《石嘴山市人民政府办公室关于做好2022年政府信息公开工作年度报告编制发布工作的通知》的要求,"
            + "结合石嘴山市投资促进局2022年政府信息公开工作实际,编制发布本报告。\n一、总体情况\n2022年,我局" + Overview + "\n");

        Assert.Equal("石嘴山市投资促进局", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    [Fact]
    public void Agency_CompiledFromItsOwnWorkNamedAsItself_IsNoAgency()
    {
        var report = Extract("根据《中华人民共和国政府信息公开条例》的要求,结合本局2022年政府信息公开工作实际,编制发布本报告。\n一、总体情况\n2022年,我局"
            + Overview + "\n");

        Assert.Null(report.Agency);
    }

    [Fact]
    public void Published_FlattenedBylinesLabelCutFromItsColon_IsThePostingDate()
    {
        var report = Extract("长者助手 手机版 设为首页|加入收藏 首页 > 中部通栏 中卫市某某局2021年度政府信息公开工作年度报告 "
            + "时间 : 2022-01-13 09:49 来源 : 本网 作者 : 局办公室 【字体: 【打印】 分享到: " + Overview + Overview + "\n");

        Assert.Equal("2022-01-13", report.Published);
    }

    [Fact]
    public void Published_FlattenedLabelAndColonWithoutADate_IsNoDate()
    {
        var report = Extract("中卫市某某局2021年度政府信息公开工作年度报告 时间 : 全年 来源 : 本网 " + Overview + Overview + "\n");

        Assert.Null(report.Published);
    }
}
