using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// 2008–2018 report pages on fictional fixtures (thirty-eighth session, r137): a version note in brackets before the title;
/// a government's information office answering the readers of a report in which the area speaks; a city's zone named by
/// its designation alone whose committee compiled the report; a content system's byline opening on its site's name and
/// address and dating the page 创建时间; a flattened index block's date label keeping its colon before the bar; a
/// province's report that names no body but sums up its level's governments and departments and names its government's
/// site after a branded portal. Each rule case fails without its rule; the guards keep what must stay unread.
/// </summary>
public sealed class PreTemplatePagesTwentyFifthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private const string Period = "本年度报告中使用数据统计期限为2017年1月1日至12月31日。\n";

    // (文字版)2017年X市…报告 (a city's page beside its illustrated version): the note is a tag, not the body's name.
    [Fact]
    public void Extract_VersionNoteBeforeTheTitle_IsNoBodyOfTheTitle()
    {
        var report = Extractor.Extract(
            "(文字版)2017年石嘴山市政府信息公开工作年度报告\n\n发布时间:2018-02-24 08:04信息来源: 石嘴山市人民政府(办公室)阅读次数:\n\n"
            + "本报告是根据《中华人民共和国政府信息公开条例》要求,综合各县区人民政府和市政府各部门的年度报告和有关统计数据而成。" + Period + "一、概述\n" + PreTemplateBody,
            "version.txt");

        Assert.Equal("石嘴山市人民政府", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
        Assert.Equal(2017, report.Year);
    }

    // Guard: a bracket holding a place before the title is no version note (the place is kept where it was).
    [Fact]
    public void Extract_PlaceInBracketsBeforeTheTitle_IsNoVersionNote()
    {
        var report = Extractor.Extract(
            "(平罗县)2017年政府信息公开工作年度报告\n\n" + Period + "一、概述\n" + PreTemplateBody, "bracket.txt");

        Assert.NotEqual("石嘴山市人民政府", report.Agency);
    }

    private static string ContactPage(string contact, string overview) =>
        "(2010年3月30日)\n本报告是根据《中华人民共和国政府信息公开条例》要求编制而成。本报告中所列数据的统计期限自2009年1月1日至2009年12月31日止。"
        + "如对本年度报告有任何疑问,请与" + contact + "联系(地址:某某路539号,邮编:753000)。\n一、政府信息公开工作情况\n" + overview + "\n" + PreTemplateBody;

    // 请与X市人民政府信息化工作办公室联系 … 2009年,我市深入贯彻落实《条例》,大力推进县(区)和市政府各部门… (a city's page with
    // no title): the government's report, as its disclosure office's would be; main named the information office.
    [Fact]
    public void Extract_InformationOfficeAnsweringForTheAreasReport_IsTheGovernment()
    {
        var report = Extractor.Extract(
            ContactPage("石嘴山市人民政府信息化工作办公室", "2009年,我市深入贯彻落实《条例》,大力推进县(区)和市政府各部门政府信息公开工作。"), "contact.txt");

        Assert.Equal("石嘴山市人民政府", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    // Guards: the office speaking of itself (我办…) reports its own work; a government's office with a task of its own
    // (重点项目建设办公室) is not turned into the government by the area speaking.
    [Theory]
    [InlineData("石嘴山市人民政府信息化工作办公室", "2009年,我办认真贯彻落实《条例》,做好本办政府信息公开工作。", "石嘴山市人民政府信息化工作办公室")]
    [InlineData("石嘴山市人民政府重点项目建设办公室", "2009年,我市深入贯彻落实《条例》,大力推进县(区)和市政府各部门政府信息公开工作。", "石嘴山市人民政府重点项目建设办公室")]
    public void Extract_OfficeOfItsOwnInTheContactLine_StaysTheOffice(string contact, string overview, string expected)
    {
        var report = Extractor.Extract(ContactPage(contact, overview), "contact.txt");

        Assert.Equal(expected, report.Agency);
    }

    private static string ZonePage(string compiler) =>
        "石嘴山高新区2010年度政府信息公开年度报告\n\n本年报根据《石嘴山市政府信息公开规定》要求,由" + compiler + "编制。本年报中所列数据的统计期限自2010年1月1日起至2010年12月31日止。\n\n"
        + "一、概述\n  2010年全区主动公开政府信息61条。\n" + PreTemplateBody;

    // X高新区2010年度…报告 / 由X高新区管委会编制 (a zone's page): the zone named by its designation alone after its city is
    // governed by the committee the text names, as a longer zone name is (main kept the bare zone).
    [Fact]
    public void Extract_CitysZoneNamedByItsDesignation_IsItsCommittee()
    {
        var report = Extractor.Extract(ZonePage("石嘴山高新区管委会"), "zone.txt");

        Assert.Equal("石嘴山高新区管理委员会", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    // Guard: a committee of another name compiling the report does not complete the title's zone.
    [Fact]
    public void Extract_CitysZoneWithAnotherCommittee_IsNotCompleted()
    {
        var report = Extractor.Extract(ZonePage("某某工业园区管委会"), "zone.txt");

        Assert.NotEqual("石嘴山高新区管理委员会", report.Agency);
    }

    private static string BylinePage(string byline) =>
        "您的位置:首页 > 信息公开年报\n石嘴山市2012年政府信息公开工作年度报告\n" + byline + "\n\n"
        + "  本年度报告是根据《中华人民共和国政府信息公开条例》要求,现公布2012年石嘴山市政府信息公开工作年度报告。\n\n  一、概述\n\n  2012年,石嘴山市加强组织领导。\n" + PreTemplateBody;

    // X网:http://www.x.com    来源:    创建时间:2015/10/15 16:55:00 (a mirror's byline under a city's title): the site's cell,
    // then the labels; 创建时间 dates the page.
    [Fact]
    public void Extract_SiteAddressBylineWithCreationTime_GivesThePostingDate()
    {
        var report = Extractor.Extract(BylinePage("某某信息网:http://www.example.com    来源:    创建时间:2015/10/15 16:55:00    "), "byline.txt");

        Assert.Equal("2015-10-15", report.Published);
        Assert.Equal("石嘴山市人民政府", report.Agency);
    }

    // Guard: the site's cell before a counter and no date label: no date.
    [Fact]
    public void Extract_SiteAddressBylineWithoutADateLabel_GivesNoDate()
    {
        var report = Extractor.Extract(BylinePage("某某信息网:http://www.example.com    来源:    浏览次数:15    "), "byline.txt");

        Assert.Null(report.Published);
    }

    private static string IndexBlockPage(string dateCells) =>
        "当前位置 : 首页 |\n|\n索引号: | 1164000000000000XF/2015-28256 | 公开方式: | 主动公开 |\n文号: | " + dateCells + " | |\n发布单位: | 某某镇 |\n"
        + "2009年度某某镇政府信息公开年度报告 | ||\n根据《中华人民共和国政府信息公开条例》有关规定,我镇紧密立足镇工作实际,进一步规范政府信息公开内容,现将2009年我镇政府信息公开年度报告如下:"
        + " 一、政府信息主动公开情况 2009年度我镇采用政府门户网站、信息公开栏等多种形式主动公开政府信息,为公众及时了解信息提供便利。"
        + " 二、存在的主要问题和改进措施 目前我镇政府信息公开工作面临宣传力度不大等问题。";

    // … | 文号: | 公开日期: | 2015-07-27 16:32 | | 发布单位: | … on a page flattened onto one line (a mirror's index block as
    // crawler text): the label keeps its colon before the bar; its value is the piece after the bar, as on the stored page.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Extract_FlattenedIndexBlockDateLabelWithItsColon_GivesThePostingDate(bool flattened)
    {
        var text = IndexBlockPage("公开日期: | 2015-07-27 16:32");
        var report = Extractor.Extract(flattened ? text.Replace("\n", " ", StringComparison.Ordinal) : text, "index.txt");

        Assert.Equal("2015-07-27", report.Published);
    }

    // Guard: a label that is no date label (文号:) before a dated cell gives no date.
    [Fact]
    public void Extract_FlattenedIndexBlockOtherLabel_GivesNoDate()
    {
        var report = Extractor.Extract(IndexBlockPage("成文字号: | 2015-07-27 16:32").Replace("\n", " ", StringComparison.Ordinal), "index.txt");

        Assert.Null(report.Published);
    }

    private static string ProvincePage(string summed, string sites) =>
        "- 政策解读\n- 经济发展\n- 社会发展\n|\n本年度报告是根据《中华人民共和国政府信息公开条例》要求," + summed
        + "的政府信息公开工作报告和有关统计数据而成。本年度报告中使用数据统计期限为2012年1月1日至12月31日。本年度报告的电子版可在" + sites
        + "下载。如对本年度报告有任何疑问,请与自治区政务公开办公室联系。\n一、概述\n2012年,全区各地、各部门深入贯彻落实《条例》。\n" + PreTemplateBody;

    // 综合各市人民政府和自治区政府各部门…而成 … 电子版可在“中国X”门户网站(www.x.gov.cn)和X自治区人民政府信息公开网站下载 (a
    // province's report on a news portal naming no body): the government of the place whose site it names, the level the
    // report sums up being that place's.
    [Fact]
    public void Extract_ProvinceSummingItsLevelOnItsSite_IsItsGovernment()
    {
        var report = Extractor.Extract(
            ProvincePage("综合各市人民政府和自治区政府各部门、各直属机构", "“中国宁夏”门户网站(www.example.gov.cn)和宁夏回族自治区人民政府信息公开网站(www.example.cn)"),
            "province.txt");

        Assert.Equal("宁夏回族自治区人民政府", report.Agency);
        Assert.Equal("640000", report.Region?.Code);
    }

    // Guards: a summing sentence of another level than the site's place (各县…和市政府各部门 on a province's site), or none:
    // no body is named.
    [Theory]
    [InlineData("综合各县人民政府和市政府各部门、各直属机构")]
    [InlineData("结合本单位工作实际编制,汇集各处室")]
    public void Extract_ProvinceSiteWithoutItsLevelSummed_NamesNoBody(string summed)
    {
        var report = Extractor.Extract(
            ProvincePage(summed, "“中国宁夏”门户网站(www.example.gov.cn)和宁夏回族自治区人民政府信息公开网站(www.example.cn)"), "province.txt");

        Assert.NotEqual("宁夏回族自治区人民政府", report.Agency);
    }
}
