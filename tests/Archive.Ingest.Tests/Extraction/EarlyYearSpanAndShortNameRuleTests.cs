using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// 2008–2018 report pages on fictional fixtures (thirty-fourth session, r113): the year's whole span named day by day
/// before 累计, the year's new items after a running total, printed short forms of health bodies and of banners, a
/// province's report compiled on the bodies' reports or speaking for all its levels, and a portal's byline date.
/// </summary>
public sealed class EarlyYearSpanAndShortNameRuleTests
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

    // 我镇自2016年1月1日到12月31日累计主动公开… (a town's 2016 report): the report's whole year summed, as 全年累计 is. Another
    // year's span, or a running total, stays no year's figure.
    [Theory]
    [InlineData("我镇自2012年1月1日到12月31日累计主动公开政府信息95条,电子化全文公开率达100%。", 95)]
    [InlineData("我镇自2012年1月1日至2012年12月31日累计主动公开政府信息95条。", 95)]
    [InlineData("我镇自2011年1月1日到12月31日累计主动公开政府信息95条。", null)]
    [InlineData("我镇历年累计主动公开政府信息95条。", null)]
    public void Extract_TheYearsWholeSpanBeforeItsSum_IsTheYearsTotal(string sentence, int? expected)
    {
        var text = "2012年青石镇政府信息公开年报\n一、主动公开政府信息情况\n" + sentence + "\n" + Body;

        var report = Extractor.Extract(text, "span.txt");

        Assert.Equal(expected, (int?)Metric(report, "legacy.active.total"));
    }

    // 本委到2014年底累计主动公开政府信息1338条,…,其中本年度新增的主动公开信息55条 (a district commission's): the year's new
    // items are its total, also with 的 and 其中 before them; the running total is none.
    [Theory]
    [InlineData("本委到2014年底累计主动公开政府信息1208条,全文电子化率达100%,其中本年度新增的主动公开信息47条。", 47)]
    [InlineData("本委本年度新增的主动公开信息47条。", 47)]
    [InlineData("本委到2014年底累计主动公开政府信息1208条。", null)]
    public void Extract_TheYearsNewItemsAfterARunningTotal_AreTheYearsTotal(string sentence, int? expected)
    {
        var text = "2014年平罗县某某委员会政府信息公开工作年度报告\n二、主动公开政府信息情况\n" + sentence + "\n" + Body;

        var report = Extractor.Extract(text, "new.txt");

        Assert.Equal(expected, (int?)Metric(report, "legacy.active.total"));
    }

    // X县卫生计生局 / X市卫生计生委 as the body prints itself: the full designation of 2013–2018.
    [Theory]
    [InlineData("卫生计生局", "平罗县卫生和计划生育局")]
    [InlineData("卫生计生委", "平罗县卫生和计划生育委员会")]
    public void Extract_AHealthBodysShortForm_IsSpeltOut(string shortForm, string agency)
    {
        var text = $"根据《中华人民共和国政府信息公开条例》的规定,平罗县{shortForm}向社会公布2014年平罗县{shortForm}政府信息公开工作年度报告。"
            + "本年度报告中所列数据的统计期限为2014年1月1日至2014年12月31日。\n" + Body;

        var report = Extractor.Extract(text, "health.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    // 在…各县区政府、市直有关部门…年度报告基础上,由X市人民政府办公室编制 (a province's 2017 report): the office compiled the
    // government's report, as 汇总/综合 says.
    [Fact]
    public void Extract_AnOfficeCompilingOnTheBodiesReports_IsTheGovernments()
    {
        var text = "本报告根据《中华人民共和国政府信息公开条例》要求,在2017年各县区政府、市直有关部门政府信息公开年度报告基础上,由石嘴山市人民政府办公室编制。"
            + "本报告中所列数据统计期限自2017年1月1日至2017年12月31日。\n" + Body;

        var report = Extractor.Extract(text, "basis.txt");

        Assert.Equal("石嘴山市人民政府", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    // 2013年,全市各级行政机关按照《条例》要求… with the government's disclosure office as the contact (a province's report with
    // no title): the government's report. A department's own year (2013年,我局…) names no government.
    [Theory]
    [InlineData("2013年,全市各级行政机关按照《条例》要求,切实加强制度建设。", "石嘴山市人民政府")]
    [InlineData("2013年,我局按照《条例》要求,切实加强制度建设。", null)]
    public void Extract_TheYearOpeningOnAllTheAreasLevels_IsTheGovernments(string opening, string? agency)
    {
        var text = "本年度报告根据《中华人民共和国政府信息公开条例》编制。如有疑问请与石嘴山市人民政府信息公开办公室联系(地址:某某路1号)。\n"
            + "一、概述\n" + opening + "\n二、存在的主要问题及改进措施\n公开内容还不够丰富。\n";

        var report = Extractor.Extract(text, "levels.txt");

        Assert.Equal(agency, report.Agency);
    }

    // 中央政府门户网站 www.gov.cn   2013年03月29日 15时57分   来源:X政府网站 (a portal's repost): the byline's site in a cell of
    // its own, then the posting date with its time.
    [Theory]
    [InlineData("某某门户网站 www.mmmh.gov.cn   2013年03月29日 15时57分   来源:平罗县政府网站", "2013-03-29")]
    [InlineData("某某门户网站 www.mmmh.gov.cn   2013年03月29日 15:57   来源:平罗县政府网站", "2013-03-29")]
    public void Extract_APortalsBylineWithItsDateInACellOfItsOwn_GivesThePostingDate(string byline, string published)
    {
        var text = "平罗县2012年政府信息公开工作年度报告\n" + byline + "\n\n平罗县2012年政府信息公开工作年度报告\n"
            + "本报告所列数据统计期限自2012年1月1日起,截止2012年12月31日。\n" + Body;

        var report = Extractor.Extract(text, "byline.txt");

        Assert.Equal(published, report.Published);
        Assert.Equal("平罗县人民政府", report.Agency);
    }

    // 现公布准旗政府2012年…报告 on a page that names the banner by its own short name (准格尔政府门户网站): that banner's
    // government. A page that never prints the banner's name leaves it unplaced.
    [Theory]
    [InlineData("本报告的电子版可在准格尔政府门户网站下载。", "准格尔旗人民政府", "150622")]
    [InlineData("本报告的电子版可在政府门户网站下载。", null, null)]
    public void Extract_ABannerByItsFirstCharacter_IsTheBannerThePagePrints(string site, string? agency, string? region)
    {
        var text = "根据《中华人民共和国政府信息公开条例》有关规定,现公布准旗政府2012年政府信息公开工作年度报告。" + site + "\n" + Body;

        var report = Extractor.Extract(text, "banner.txt");

        Assert.Equal(region, report.Region?.Code);
        if (agency is not null)
        {
            Assert.Equal(agency, report.Agency);
        }
    }
    // 2014年…报告 / 无 / 主动公开 / 无 / X区Y委员会 / 2015.01.30 (a district commission's page, its field labels lost): the
    // disclosure attribute among the header's bare values, then the date alone on its line, is the page's date. A date
    // line with no such header before it stays body text.
    [Theory]
    [InlineData("无\n主动公开\n无\n平罗县某某委员会\n2015.01.30\n", "2015-01-30")]
    [InlineData("平罗县某某委员会\n2015.01.30\n", null)]
    public void Extract_AHeadersBareValuesEndingOnADate_GiveThePagesDate(string header, string? published)
    {
        var text = "2014年平罗县某某委员会政府信息公开工作年度报告\n" + header + "引 言\n"
            + "本年度报告由平罗县某某委员会编制。\n" + Body;

        var report = Extractor.Extract(text, "header.txt");

        Assert.Equal(published, report.Published);
    }
}
