using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// 2008–2018 report pages on fictional fixtures (thirty-fifth session, r119): a town named like a county, the year's
/// share after a running total, a site's count of the year's information, a mirror's label split by its pinyin gloss, a
/// publisher's byline under a portal's headline, an office's report whose overview opens on its place, and a page's
/// publisher naming a county since made a district.
/// </summary>
public sealed class EarlyTownNameAndBylineRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private const string Body = """
        一、概述
        本年度，认真贯彻落实《中华人民共和国政府信息公开条例》，做好政府信息公开工作。
        二、存在的主要问题及改进措施
        公开内容还不够丰富，下一步将继续改进。
        """;

    private static decimal? Metric(ExtractedReport report, string key) =>
        report.Metrics.FirstOrDefault(m => m.Key == key)?.Value;

    // 新X县镇2012年度…报告 (a real town's page, its county never named): a county's full name with the township's designation
    // right after it is the town's own name, not that county of another province; the town's government is the body.
    [Fact]
    public void Extract_ATownNamedLikeACounty_IsNoCounty()
    {
        var text = "唐县镇2012年度政府信息公开年度报告\n本报告中所列数据的统计期限自2012年1月1日至2012年12月31日止。\n" + Body;

        var report = Extractor.Extract(text, "town.txt");

        Assert.Equal("唐县镇人民政府", report.Agency);
        Assert.Null(report.Region);
    }

    // A county's name before a town's own name still places the town in that county.
    [Fact]
    public void Extract_ATownAfterItsCounty_StaysInTheCounty()
    {
        var text = "唐县青石镇2012年度政府信息公开年度报告\n本报告中所列数据的统计期限自2012年1月1日至2012年12月31日止。\n" + Body;

        var report = Extractor.Extract(text, "town.txt");

        Assert.Equal("130627", report.Region?.Code);
    }

    // 到2014年底累计共主动公开政府信息1323条,其中2014年主动公开政府信息130条 (a district bureau's 2014 page): the report's year
    // named after 其中 is the year's own share of the running total; another year's share is none.
    [Theory]
    [InlineData("本局到2014年底累计共主动公开政府信息1208条,其中2014年主动公开政府信息117条,其中全文电子化率达100%。", 117)]
    [InlineData("本局到2014年底累计共主动公开政府信息1208条,其中本年度主动公开政府信息117条。", 117)]
    [InlineData("本局到2014年底累计共主动公开政府信息1208条,其中2013年主动公开政府信息117条。", null)]
    [InlineData("本局到2014年底累计共主动公开政府信息1208条。", null)]
    public void Extract_TheYearsShareAfterARunningTotal_IsTheYearsTotal(string sentence, int? expected)
    {
        var text = "平罗县某某局2014年度政府信息公开年度报告\n一、主动公开政府信息的情况\n" + sentence + "\n" + Body;

        var report = Extractor.Extract(text, "share.txt");

        Assert.Equal(expected, (int?)Metric(report, "legacy.active.total"));
    }

    // 2015年,我乡在X区政府网站公开本年度信息 69条 (a township's 2015 page): the site's count of the year's information.
    [Theory]
    [InlineData("2015年,我乡在平罗县政府网站公开本年度信息 57条,其中,乡文件13条,人大建议回复6条。", 57)]
    [InlineData("2015年,我乡在平罗县政府网站公开本年信息57条。", 57)]
    public void Extract_ASitesCountOfTheYearsInformation_IsTheWebsitesCount(string sentence, int expected)
    {
        var text = "平罗县青石乡人民政府2015年政府信息公开工作年度报告\n二、主动公开政府信息情况\n" + sentence + "\n" + Body;

        var report = Extractor.Extract(text, "site.txt");

        Assert.Equal(expected, (int?)Metric(report, "legacy.channel.website"));
    }

    // 索引號:… 公開方式:政府網(wǎng)站 發(fā)文日期:2011-03-21 (a traditional-character mirror's header row): the gloss blanked
    // inside the label leaves the label whole, its date read as the unglossed row's is.
    [Theory]
    [InlineData("發(fā)文日期:2011-03-21 00:00:00")]
    [InlineData("發(fā)布日期:2011-03-21")]
    public void Extract_ALabelSplitByItsGloss_StillLabelsTheDate(string field)
    {
        var text = "2010年度平罗县某某局政府信息公開工作報告\n\n索引號:640S00015/2011-78093 公開方式:政府網(wǎng)站 " + field + "\n\n"
            + "根據《中華人民共和國政府信息公開條例》編制本年報。年報中所列數據的統計期限自2010年1月1日起至2010年12月31日止。\n" + Body;

        var report = Extractor.Extract(text, "gloss.txt");

        Assert.Equal("2011-03-21", report.Published);
    }

    // 每日一报 | X2015年…报告 / X省人民政府办公厅 2016-04-15 / X省2015年度…报告(全文) (the central portal's repost of a
    // province's report): the publisher's byline under the headline dates the page and is no part of the title.
    [Fact]
    public void Extract_APublishersBylineUnderTheHeadline_DatesThePage()
    {
        var text = "每日一报 | 石嘴山2015年政府信息公开工作年度报告\n石嘴山市人民政府办公室 2016-04-15\n石嘴山市2015年度政府信息公开工作报告(全文)\n"
            + "市委、市政府高度重视政府信息公开工作。\n2015年,全市各级政府及部门认真落实工作部署,深入实施《政府信息公开条例》。\n" + Body;

        var report = Extractor.Extract(text, "byline.txt");

        Assert.Equal("2016-04-15", report.Published);
        Assert.Equal("石嘴山市人民政府", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    // A body's name before a date that is a sentence's is no byline.
    [Fact]
    public void Extract_ADateInASentence_IsNoByline()
    {
        var text = "石嘴山市2015年度政府信息公开工作报告\n市政府办公室 2016-04-15 印发了工作要点,对信息公开作出安排。\n" + Body;

        var report = Extractor.Extract(text, "byline.txt");

        Assert.Null(report.Published);
    }

    // 由X区人民政府办公室编制 … 一、概述 X区严格落实《条例》… (a district's 2011 report, 我区 throughout): the overview
    // opens on the place, so the office compiled the government's report; an office's own opens on the office.
    [Theory]
    [InlineData("平罗县严格落实《中华人民共和国政府信息公开条例》,及时公开县政府制发的各类政府信息;我县要求各单位做好公开工作。", "平罗县人民政府")]
    [InlineData("2011年,县政府办公室严格按照《条例》要求,做好政府信息公开工作。", "平罗县人民政府办公室")]
    public void Extract_AnOfficesReportOpeningOnItsPlace_IsTheGovernments(string opening, string agency)
    {
        var text = "本年度报告是根据《中华人民共和国政府信息公开条例》的要求,由平罗县人民政府办公室编制。报告中所列数据的统计期限自2011年1月1日至2011年12月31日止。\n"
            + "一、 概述\n" + opening + "\n二、存在的主要问题及改进措施\n公开内容还不够丰富。\n";

        var report = Extractor.Extract(text, "office.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    // 中文名 | X县人民政府2011年…报告 | 发布单位 | X县人民政府 | (an encyclopedia's copy of a 2011 county report, the county
    // made a district since): the publisher names the county as printed, without a region (its code was another).
    [Fact]
    public void Extract_APublisherNamingACountySinceADistrict_IsTheAgency()
    {
        var text = "中文名 | 璧山县人民政府2011年政府信息公开年度报告 | 发布单位 | 璧山县人民政府 |\n---|\n"
            + "2011年,我县未接到群众依申请公开政府信息的申请。\n四、政府信息公开的收费及减免情况\n2011年,我县未发生政府信息公开收费和减免事项。\n";

        var report = Extractor.Extract(text, "renamed.txt");

        Assert.Equal("璧山县人民政府", report.Agency);
        Assert.Null(report.Region);
    }
}
