using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Prose and metadata rules that pre-2019 report pages (2008–2018) showed in the nineteenth round (thirty-second
/// session), on small fictional texts: each fails without its rule, and the guards keep what must stay unread.
/// </summary>
public sealed class EarlyPageWordingRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static int? Value(Dictionary<string, decimal> metrics, string key) => metrics.TryGetValue(key, out var value) ? (int)value : null;

    [Theory]
    [InlineData("截至2011年12月31日,本年度我局主动公开政府信息达31条,没有依申请公开的信息。", 31)]
    [InlineData("2011年,某某局主动公开政府信息达46条。", 46)]
    // Approximate, or summed over the years: no year's count.
    [InlineData("2011年,我局主动公开政府信息达500余条。", null)]
    [InlineData("截至2011年底,我局累计主动公开政府信息达310条。", null)]
    public void Extract_ActiveTotalThatReachesItsCount_IsTheYearsTotal(string sentence, int? expected)
    {
        var metrics = OpeningMetrics("某某县某某局2011年政府信息公开年度报告", sentence);

        Assert.Equal(expected, Value(metrics, "legacy.active.total"));
    }

    [Theory]
    [InlineData("一、主动公开政府信息的情况\n2018年度政府信息主动公开总数为100条,涉及政府工作报告等内容。", 100)]
    [InlineData("本报告所列数据的统计期限自2018年1月1日至2018年12月31日。2018年度政府信息主动公开总数为100条。", 100)]
    // Another year's count, or a share of the whole: not the report year's total.
    [InlineData("本报告所列数据的统计期限自2018年1月1日至2018年12月31日。2017年度政府信息主动公开总数为90条。", null)]
    [InlineData("其中工作动态类政府信息主动公开总数为60条。", null)]
    public void Extract_InformationNamedBeforeItsActiveDisclosure_IsTheYearsTotal(string sentence, int? expected)
    {
        var metrics = OpeningMetrics("某某街道办事处2018年政府信息公开工作年度报告", sentence);

        Assert.Equal(expected, Value(metrics, "legacy.active.total"));
    }

    [Theory]
    [InlineData("2016年在某某市政府门户网站(政府信息公开平台)主动公布政府信息有71条,主要涉及工业。", 71)]
    [InlineData("2016年在某某市政府门户网站主动公布政府信息有71条。", 71)]
    // A column or a topic's page of the site is a part of its items.
    [InlineData("2016年在某某市政府门户网站(疫情防控专栏)主动公布政府信息71条。", null)]
    public void Extract_SiteWithItsPlatformInBracketsOrTheCountHad_IsTheSitesCount(string sentence, int? expected)
    {
        var metrics = OpeningMetrics("某某街道2016年度政府信息公开工作报告", sentence);

        Assert.Equal(expected, Value(metrics, "legacy.channel.website"));
    }

    [Theory]
    [InlineData("本街道2018年通过某某政府在线共主动公开政府信息524条,其中全文电子化率达100%。", 524)]
    [InlineData("2018年,通过“某某政府在线”发布政府信息300条。", 300)]
    public void Extract_PortalNamedGovernmentOnline_IsTheWebsite(string sentence, int expected)
    {
        var metrics = OpeningMetrics("2018年某某区某某街道政府信息公开工作年度报告", sentence);

        Assert.Equal(expected, Value(metrics, "legacy.channel.website"));
    }

    [Theory]
    [InlineData("本街道2018年通过街道官方微信公众号共发布有关图文519条。", 519)]
    [InlineData("通过政务微信公众号发布图文86条。", 86)]
    // Two accounts' posts together are no one account's.
    [InlineData("通过官方微信公众号和微博共发布图文519条。", null)]
    public void Extract_OfficialAccountsPostsCalledTuwen_AreTheWeChatCount(string sentence, int? expected)
    {
        var metrics = OpeningMetrics("2018年某某区某某街道政府信息公开工作年度报告", sentence);

        Assert.Equal(expected, Value(metrics, "legacy.channel.wechat"));
    }

    [Theory]
    [InlineData("全年在区政府网站发布政府信息共1391条,通知公告类信息39条,向市政府网站报送信息400条。", 1391)]
    // A second site the body publishes on itself still leaves it unsaid which count is the body's site's.
    [InlineData("全年在区政府网站发布政府信息共1391条,在镇政府网站发布信息40条。", null)]
    public void Extract_SiteCountBesideItemsSentToAHigherSite_IsTheSitesCount(string sentence, int? expected)
    {
        var metrics = OpeningMetrics("某某区2012年政府信息公开工作年度报告", sentence);

        Assert.Equal(expected, Value(metrics, "legacy.channel.website"));
    }

    // The page heading above the date line names the body with its city; the report's own title line below drops the city.
    // Not where the heading prints another report's title, or more than a place before it.
    [Theory]
    [InlineData("鸡西市恒山区卫生局2010年政府信息公开工作年度报告", "鸡西市恒山区卫生局")]
    [InlineData("恒山区卫生局2010年政府信息公开工作年度报告", "恒山区卫生局")]
    [InlineData("鸡西市恒山区卫生局2011年政府信息公开工作年度报告", "恒山区卫生局")]
    public void Extract_PageHeadingPrintingTheTitleWithItsCity_NamesTheBodyInFull(string heading, string agency)
    {
        var text = heading + "\n    时间:2011-03-21 11:27\n\n    恒山区卫生局2010年政府信息公开工作年度报告\n\n"
            + "        区卫生局作为卫生系统政府信息公开工作的牵头单位,严格依据《条例》的有关规定积极推进。\n";

        var report = Extractor.Extract(text, "heading.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal("230303", report.Region?.Code);
    }

    // The title drops the district's 区 after its short name; the page's 发布机构 prints it whole. Not another body's name.
    [Theory]
    [InlineData("恒山区青松街道办事处", "恒山区青松街道办事处")]
    [InlineData("恒山区人民政府办公室", "恒山青松街道办事处")]
    public void Extract_TitleDroppingItsDistrictsDesignation_TakesThePublishersFullName(string publisher, string agency)
    {
        var text = "| 标题: | 恒山青松街道办事处2018年政府信息公开工作年度报告 | ||\n|---|---|---|---|\n"
            + "| 发文日期: | 2019-02-15 | 发布机构: | " + publisher + " |\n恒山青松街道办事处\n2018年政府信息公开工作年度报告\n"
            + "本年报是根据《条例》要求,由青松街道办事处编制的2018年度政府信息公开年度报告。所列数据的统计期限是2018年1月1日至2018年12月31日。"
            + "本报告电子版可以在鸡西市恒山区人民政府门户网站查阅或下载。\n";

        var report = Extractor.Extract(text, "publisher.txt");

        Assert.Equal(agency, report.Agency);
    }

    // The compiler is the district's office, but the report goes by the district's year of disclosure work: the district
    // government's report. An office going by its own work keeps its name.
    [Theory]
    [InlineData("结合我区2012年政府信息公开工作实际情况,由鸡西市恒山区人民政府办公室编制完成本报告。", "鸡西市恒山区人民政府")]
    [InlineData("结合我办2012年工作实际情况,由鸡西市恒山区人民政府办公室编制完成本报告。", "鸡西市恒山区人民政府办公室")]
    public void Extract_OfficeCompilingTheAreasYear_IsTheGovernmentsReport(string compiler, string agency)
    {
        var text = "发布日期: | 2013-02-27 | 文号: | |\n根据《中华人民共和国政府信息公开条例》要求," + compiler
            + "本报告数据统计时限为2012年1月1日至2012年12月31日。\n一、概述\n2012年,在区委、区政府的正确领导下,不断加强组织领导。\n";

        var report = Extractor.Extract(text, "office.txt");

        Assert.Equal(agency, report.Agency);
    }
}
