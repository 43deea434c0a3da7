using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules read off the beginnings of real report pages of every kind of body (sixteenth round), on fictional fixtures: a
/// zone committee's year of work stated as its 年度工作情况 in an opening with no title line, and the channels' and the
/// year's wordings of the same pages (a site's disclosure platform named after the site, items uploaded, a portal named
/// X政务网 as the subject, the bare site with its verb among the parts after 其中, a weibo called 微博号, the year's
/// items of every kind right under the heading of active disclosure).
/// </summary>
public sealed class PageBeginningRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Extractor.Extract("某县2020年政府信息公开工作年度报告\n\n" + sentence + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    // No title line; the opening hands over the year's work of a zone committee it names in full (现公布2021年度X管理委员会
    // 信息公开年度工作情况。): that committee, in the county its name starts with, as 工作情况 already named one.
    [Fact]
    public void Extract_YearsWorkStatedAsItsAnnualWorkSituation_NamesTheBody()
    {
        const string text = """
            依据《中华人民共和国政府信息公开条例》精神和有关要求,现公布2021年度平罗县青石科技产业园管理委员会信息公开年度工作情况。报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项共六部分组成。现将年度内的政府信息公开情况总结如下:
            一、总体情况
            2021年园区管委会坚持以习近平新时代中国特色社会主义思想为指导,着力提升政府信息公开质量。
            (一)主动公开情况
            园区配备专人管理政府网站、微信公众号等平台,更新政务动态12条。
            """;

        var report = Extractor.Extract(text, "zone-work-situation.txt");

        Assert.Equal("平罗县青石科技产业园管理委员会", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal(2021, report.Year);
    }

    // Channels and the year's total as these pages word them (the WeChat account of the same sentence was read before).
    [Theory]
    [InlineData("全年我街道政府网站公开上传信息64条，其中部门工作59条、政策文件3条。", "legacy.channel.website", 64)]
    [InlineData("在县政府网站政务公开平台主动公开政府信息136条，其中履职依据12条，机关简介8条。", "legacy.channel.website", 136)]
    [InlineData("全年在网站和微信平台公布信息202条，其中网站公布194条，微信公众号公布4条，人大代表建议2条。", "legacy.channel.website", 194)]
    [InlineData("全年在网站和微信平台公布信息202条，其中网站公布194条，微信公众号公布4条，人大代表建议2条。", "legacy.channel.wechat", 4)]
    [InlineData("全年我局通过某县政务网、某县公安微信等渠道主动发布信息700余条。某县政务网发布信息107条，其中公文法规6条。", "legacy.channel.website", 107)]
    [InlineData("在青石公安官方微博号发布信息620条，收到留言1044条。", "legacy.channel.weibo", 620)]
    [InlineData("（一）主动公开\n\n2020年，我局公开各类信息309条，其中工作动态信息306条，通知公告3条。", "legacy.active.total", 309)]
    public void Extract_ChannelAndYearWordingsOfThesePages_AreRead(string sentence, string key, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics.GetValueOrDefault(key));
    }

    // Not read: a topic's column of the site (疫情防控专栏) or its disclosure column (a part of the site's items, earlier
    // sets hold), another body's site after 其中, items sent up to a higher body under the heading of active disclosure.
    [Theory]
    [InlineData("在县政府网站疫情防控专栏发布信息36条。", "legacy.channel.website")]
    [InlineData("通过某区政府门户网站政府信息公开专栏主动公开工作情况等各类政府信息13条。", "legacy.channel.website")]
    [InlineData("全年发布信息80条，其中市政府网站公布12条。", "legacy.channel.website")]
    [InlineData("（一）主动公开\n\n2020年，我局向上级报送各类信息309条。", "legacy.active.total")]
    public void Extract_LookAlikesOfThoseWordings_AreNotRead(string sentence, string key)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey(key));
    }
}
