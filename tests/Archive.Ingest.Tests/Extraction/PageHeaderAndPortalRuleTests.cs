using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules read off the beginnings of real report pages of every kind of body (seventeenth round), on fictional fixtures:
/// a page's counter called 点击次数 before its 更新时间, a title naming a kind of body across the country (全国X), the
/// portal a zone's report names by its county's short name or as its city and district with a dot, and the year's
/// active total under a heading without its stop or called 政务信息, and applications counted by 宗.
/// </summary>
public sealed class PageHeaderAndPortalRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Extractor.Extract("某县2020年政府信息公开工作年度报告\n\n" + sentence + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    // A mirror's line of counters and buttons under the title (点击次数:56  更新时间:2021-03-02  【打印此页】): 点击次数 is a
    // counter as 点击/点击量 are, so the line is the page's header and its 更新时间 the posting date.
    [Fact]
    public void Extract_ClickCountBeforeTheUpdateTime_GivesThePostingDate()
    {
        const string text = """
            行业资讯
            某县水务局2020年政府信息公开工作年度报告
            点击次数:56  更新时间:2021-03-02  【打印此页】  【关闭

            本报告根据《中华人民共和国政府信息公开条例》编制。报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止。
            一、总体情况
            2020年,某县水务局认真贯彻落实条例要求。
            """;

        var report = Extractor.Extract(text, "click-count.txt");

        Assert.Equal("2021-03-02", report.Published);
        Assert.Equal("某县水务局", report.Agency);
    }

    // 全国X2020年…报告 is a national administration's summary of every body of its kind: no body is named 全国X, so the
    // title gives no agency (wrong is worse than none).
    [Fact]
    public void Extract_TitleNamingAKindOfBodyAcrossTheCountry_GivesNoAgency()
    {
        const string text = """
            全国水文2020年政府信息公开工作年度报告
            本报告根据《中华人民共和国政府信息公开条例》,梳理2020年度水文系统政府信息公开工作情况编制而成。报告中所列数据的统计期限,自2020年1月1日起至2020年12月31日止。
            一、总体情况
            2020年,全国水文系统深入贯彻条例要求,各项工作取得进展。
            """;

        var report = Extractor.Extract(text, "nationwide.txt");

        Assert.Null(report.Agency);
        Assert.Equal(2020, report.Year);
    }

    // A zone named after its city (石嘴山青石经济技术开发区) whose report is downloaded from its county's portal named by
    // the county's short name (可以从平罗门户网站(网址)…下载): it sits in and belongs to that county.
    [Fact]
    public void Extract_ZoneReportOnItsCountysPortalByShortName_IsTheCountys()
    {
        const string text = """
            本报告依据《中华人民共和国政府信息公开条例》要求,由石嘴山青石经济技术开发区管委会结合有关统计数据编制。本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。本年度报告的电子版可以从平罗门户网站(http://www.example.gov.cn/)政府信息公开年报专栏下载。
            一、总体情况
            2023年青石经济技术开发区管委会扎实推进政务公开工作。
            """;

        var report = Extractor.Extract(text, "zone-county-portal.txt");

        Assert.Equal("640221", report.Region?.Code);
    }

    // A zone's report that names no place of its own but the portal it is read on, as city•district with its address
    // before 政府门户网站 (可在抚顺•新抚(www.example.gov.cn)政府门户网站浏览): the district's.
    [Fact]
    public void Extract_ZoneReportOnAPortalNamedCityDotDistrict_IsTheDistricts()
    {
        const string text = """
            青石开发区管委会2023年信息公开工作年度报告

            根据《中华人民共和国政府信息公开条例》,特向社会公布2023年度青石开发区管委会信息公开年度报告。本报告数据统计时限为2023年1月1日至2023年12月31日。本报告电子版可在抚顺•新抚(www.example.gov.cn)政府门户网站浏览、下载。
            一、总体情况
            2023年度,青石开发区管委会积极落实工作要求。
            """;

        var report = Extractor.Extract(text, "zone-dot-portal.txt");

        Assert.Equal("210402", report.Region?.Code);
    }

    [Theory]
    [InlineData("(一)主动公开情况\n\n2020年,主动公开信息1349条。其中,新闻发布528条。", "legacy.active.total", 1349)]
    [InlineData("1.践行主动公开。我们主动进行信息公开。2020年,主动公开政务信息21 条,主要涉及企业服务。", "legacy.active.total", 21)]
    [InlineData("依法处理政府信息公开申请,全年共受理政府信息公开申请3宗,办结3宗。", "legacy.apply.received", 3)]
    public void Extract_YearsTotalAndApplicationsInTheseWords_AreRead(string sentence, string key, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics.GetValueOrDefault(key));
    }

    // Not read: a topic's count under the heading (its column, not the year's total), a channel's before it.
    [Theory]
    [InlineData("(一)主动公开情况\n\n2020年,通过微信公众号主动公开信息120条。", "legacy.active.total")]
    [InlineData("(一)主动公开情况\n\n2020年,在政务公开栏目主动公开政务信息35条。", "legacy.active.total")]
    public void Extract_LookAlikesOfThoseWordings_AreNotRead(string sentence, string key)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey(key));
    }
}
