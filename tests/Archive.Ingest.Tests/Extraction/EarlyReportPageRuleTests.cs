using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Prose and metadata rules that pre-2019 report pages (2008–2018) showed in the sixteenth round (thirtieth session),
/// on small fictional texts: each fails without its rule, and the guards keep what must stay unread.
/// </summary>
public sealed class EarlyReportPageRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    [Theory]
    [InlineData("二、主动公开政府信息情况\n(一)主动公开政府信息的数量:2012年度全镇共公开政府信息140条。\n(二)公开形式。", 140)]
    [InlineData("二、主动公开政府信息情况\n(一)主动公开政府信息的数量：2012年，我镇共公开政府信息140条。", 140)]
    // The older list item with its bare count is read as before.
    [InlineData("1、主动公开政府信息的情况：40条；2、依申请公开情况：无。", 40)]
    // Another year's, or through a channel: not the report year's total.
    [InlineData("二、主动公开政府信息情况\n(一)主动公开政府信息的数量:2011年度全镇共公开政府信息140条。", null)]
    [InlineData("二、主动公开政府信息情况\n(一)主动公开政府信息的数量:2012年度全镇通过网站公开政府信息140条。", null)]
    public void Extract_ActiveCountItemStatedAsTheYearsSentence_IsTheYearsTotal(string sentence, int? expected)
    {
        var metrics = OpeningMetrics("2012年度某某县X镇政府信息公开工作年度报告", sentence);

        Assert.Equal(expected, metrics.TryGetValue("legacy.active.total", out var value) ? (int)value : null);
    }

    [Theory]
    [InlineData("三、政府信息主动公开情况\n我局主要通过网站公开政府信息。2010年度主动公开政府信息54条。", null)]
    [InlineData("三、政府信息主动公开情况\n我局主要通过网站公开政府信息。2010年，我局共主动公开政府信息54条。", null)]
    // The report's own year, or no year at all, is read as before.
    [InlineData("三、政府信息主动公开情况\n我局主要通过网站公开政府信息。2011年度主动公开政府信息54条。", 54)]
    [InlineData("三、政府信息主动公开情况\n我局主要通过网站公开政府信息。本年度主动公开政府信息54条。", 54)]
    public void Extract_ClauseOpeningOnAnotherYear_IsNotTheReportsFigure(string sentence, int? expected)
    {
        var metrics = OpeningMetrics("2011年某某区卫生局政府信息公开年报", sentence);

        Assert.Equal(expected, metrics.TryGetValue("legacy.active.total", out var value) ? (int)value : null);
    }

    // A bureau that names neither itself nor its place but says it will publish the report on its place's government site.
    [Theory]
    [InlineData("本报告将在贺兰县人民政府网站和贺兰县统计信息网站上公布。", "640122")]
    [InlineData("本报告的电子版可在贺兰县人民政府网站下载。", "640122")]
    // A site of no government names no place.
    [InlineData("本报告将在统计信息网站上公布。", null)]
    public void Extract_ReportToBePublishedOnItsPlacesSite_TakesThatPlace(string publication, string? region)
    {
        var text = "根据《中华人民共和国政府信息公开条例》，特向社会公布2009年度本单位信息公开年度报告。本报告的统计数据时限为2009年1月1日至2009年12月31日。"
            + publication + "\n一、概述\n我局高度重视政府信息公开工作。\n二、主动公开政府信息情况\n2009年，我局主动公开政府信息38条。\n";

        var report = Extractor.Extract(text, "bureau-site.txt");

        Assert.Null(report.Agency);
        Assert.Equal(region, report.Region?.Code);
    }

    // A county's report whose contact is its government's disclosure office by the short name (X县政府信息公开管理办公室)
    // and whose year's account opens on 我县: the county's government (the departments named after it keep the opening
    // sentence's rule from reading it). Not where the office speaks of itself (我办), nor where nothing says the report
    // speaks for the county.
    [Theory]
    [InlineData("2018年，我县坚持以公开为常态，不断完善公开机制，全县政府信息公开工作稳步推进。", "贺兰县人民政府")]
    [InlineData("2018年，我办坚持以公开为常态，不断完善公开机制。", null)]
    [InlineData("2018年，政府信息公开工作稳步推进。", null)]
    public void Extract_CountysDisclosureOfficeByShortNameAsContact_IsTheCountysGovernment(string opening, string? agency)
    {
        var text = "本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限从2018年1月1日起至2018年12月31日止。"
            + "如对本报告有疑问，请与贺兰县政府信息公开管理办公室联系（地址：某某街1号）。\n一、概述\n" + opening + "\n"
            + "（一）加强组织领导。及时调整县政府信息公开工作领导小组，同时各地各部门明确了具体业务人员，负责本单位的政府信息公开工作。\n";

        var report = Extractor.Extract(text, "county-contact.txt");

        Assert.Equal(agency, report.Agency);
    }

    // A township's page naming its report as the township government's by the short name (汇总2016年度X乡政府的政务公开年度
    // 报告编制而成) and speaking as 我乡: that township's government. Not where another township's government is named too.
    [Theory]
    [InlineData("", "青石乡人民政府")]
    [InlineData("我乡配合白沙乡政府开展联合执法。", null)]
    public void Extract_ReportNamedAsTheTownshipGovernmentsOwn_IsThatGovernment(string other, string? agency)
    {
        var text = "本年度报告根据《中华人民共和国政府信息公开条例》要求，汇总2016年度青石乡政府的政务公开年度报告编制而成。"
            + "报告中所列数据的统计期限自2016年1月1日起至2016年12月31日止。\n一、概述\n2016年，我乡政务公开工作继续深入推进。" + other
            + "\n二、主动公开情况\n我乡2016年主动公开政府信息52条。\n";

        var report = Extractor.Extract(text, "township-own-report.txt");

        Assert.Equal(agency, report.Agency);
    }
}
