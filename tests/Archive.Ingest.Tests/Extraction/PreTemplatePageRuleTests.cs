using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Prose and metadata rules that pre-2019 report pages (2008–2018) showed in the fifteenth round (twenty-ninth session),
/// on small fictional texts: each fails without its rule, and the guards keep what must stay unread.
/// </summary>
public sealed class PreTemplatePageRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    [Theory]
    [InlineData("三是通过政务微博公开政务信息70条。四是通过政务微信公开政府信息73条。", 70)]
    [InlineData("通过政务微博公开政府信息70条。", 70)]
    // Its share of a whole is no channel's count of its own; two channels named together share one count.
    [InlineData("通过政务网站、政务微博公开政务信息70条。", null)]
    public void Extract_WeiboItemsCalledZhengwuXinxi_AreTheWeibosCount(string sentence, int? expected)
    {
        var metrics = OpeningMetrics("某某区2015年政府信息公开工作年度报告", sentence);

        Assert.Equal(expected, metrics.TryGetValue("legacy.channel.weibo", out var value) ? (int)value : null);
    }

    [Theory]
    [InlineData("全年回应公众热点和重大舆情3次，举办新闻发布会5次。", 3)]
    [InlineData("全年回应公众关注热点及重大舆情4次。", 4)]
    [InlineData("全年回应公众关注热点或重大舆情2次。", 2)]
    // Approximate, or one kind of them only: not the row's count.
    [InlineData("全年回应公众热点和重大舆情3次左右。", null)]
    [InlineData("全年回应公众关注热点6次。", null)]
    public void Extract_HotTopicsAndOpinionEventsInTheReportsWords_AreTheRowsCount(string sentence, int? expected)
    {
        var metrics = OpeningMetrics("某某区2015年政府信息公开工作年度报告", sentence);

        Assert.Equal(expected, metrics.TryGetValue("legacy.response.hot_topics", out var value) ? (int)value : null);
        Assert.False(metrics.ContainsKey("legacy.response.press_conferences"));
    }

    [Theory]
    [InlineData("2012年，全局累计主动公开政府信息12条，其中概况类信息3条。", 12)]
    // Cumulative over the years, or another year's sum, stays no year's figure.
    [InlineData("截至2012年底，全局累计主动公开政府信息112条。", null)]
    [InlineData("2011年，全局累计主动公开政府信息12条。", null)]
    [InlineData("2012年，全局历年累计主动公开政府信息112条。", null)]
    public void Extract_BureausWholeSummedOverTheYear_IsTheYearsTotal(string sentence, int? expected)
    {
        var metrics = OpeningMetrics("某某县水利局2012年政府信息公开工作年度报告", sentence);

        Assert.Equal(expected, metrics.TryGetValue("legacy.active.total", out var value) ? (int)value : null);
    }

    [Theory]
    [InlineData("一、概述\n本镇认真做好政府信息公开工作。2009年共整理、录入、发布14条主动公开政府信息。", 14)]
    [InlineData("二、主动公开政府信息情况\n2009年，我镇共发布36条主动公开的政府信息，内容涵盖机构概况等。", 36)]
    // Another year's, through a channel, or approximate: not the report year's total.
    [InlineData("2008年共整理、录入、发布14条主动公开政府信息。", null)]
    [InlineData("2009年通过网站发布14条主动公开政府信息。", null)]
    [InlineData("截止2009年12月31日，我镇累计发布14条主动公开政府信息。", null)]
    public void Extract_CountBeforeTheItemsTheYearOpens_IsTheYearsTotal(string sentence, int? expected)
    {
        var metrics = OpeningMetrics("X镇2009年政府信息公开工作年度报告", sentence);

        Assert.Equal(expected, metrics.TryGetValue("legacy.active.total", out var value) ? (int)value : null);
    }

    // A township named without its county that publishes through its county's site (通过X市Y公众信息网…公布): that county.
    // Not its prefecture's site (no county), and not where two counties' sites are named.
    [Theory]
    [InlineData("2、通过石嘴山市平罗公众信息网上的政府信息公开平台公布。", "640221")]
    [InlineData("2、在平罗县人民政府门户网站公开发布。", "640221")]
    [InlineData("2、通过石嘴山市公众信息网上的政府信息公开平台公布。", null)]
    [InlineData("2、通过石嘴山市平罗公众信息网和惠农公众信息网上的平台公布。", null)]
    public void Extract_TownshipPublishingThroughItsCountysSite_TakesThatCounty(string channel, string? region)
    {
        var text = "青石乡人民政府2011年度信息公开的报告\n\n2011年，我乡积极做好信息公开工作。\n二、信息公开情况\n"
            + "我乡采用的政府信息公开形式主要有：1、通过宣传栏、板报等方式公布；" + channel + "\n2011年度主动公开信息数53条。\n";

        var report = Extractor.Extract(text, "township-site.txt");

        Assert.Equal("青石乡人民政府", report.Agency);
        Assert.Equal(region, report.Region?.Code);
    }
}
