using System.Text;
using Archive.Ingest.Extraction;
using Archive.Ingest.Pipeline;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// 2008–2018 report pages on fictional fixtures (thirty-seventh session, r131): a prefecture's government by its short
/// X州 (not a district X州区 of another province; spelt out where the text prints the autonomous prefecture whole); a body
/// handing over its year's work with 现就, with its office; a news portal's headline with /全文 and its byline (date first,
/// between bars), also on a page flattened onto one line, and the central portal's byline so flattened; meetings named by
/// what they do with the work; the report naming itself YYYY年年报 as its text opens; the area's governments at every
/// level as the overview's subject; a report that prints its preamble again in English. Each rule case fails without its
/// rule; the guards keep what must stay unread.
/// </summary>
public sealed class PreTemplatePagesTwentyFourthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static readonly ReportPreparer Preparer = new(new ReportExtractor(), new IngestOptions());

    private static string CompiledBy(string compiler, string overview) =>
        "本报告是依据国务院《政府信息公开条例》要求,由" + compiler + "编制的2017年度政府信息公开工作年度报告。\n"
        + "报告中所列数据统计期限自2017年1月1日起至12月31日。\n一、概述\n" + overview + "\n" + PreTemplateBody;

    // 由X州人民政府编制 … 印发《X…自治州人民政府工作规则》 (a prefecture's 2017 page): X州 is the autonomous prefecture's short
    // name; the text prints it whole, so the body is its government, spelt out.
    [Fact]
    public void Extract_PrefectureGovernmentByItsShortZhou_IsTheAutonomousPrefectureTheTextPrints()
    {
        var report = Extractor.Extract(CompiledBy("博州人民政府", "印发《博尔塔拉蒙古自治州人民政府工作规则》,明确推进政务公开工作职能。2017年,我州扎实推进政府信息公开工作。"), "zhou.txt");

        Assert.Equal("博尔塔拉蒙古自治州人民政府", report.Agency);
        Assert.Equal("652700", report.Region?.Code);
    }

    // X州人民政府 is no district X州区 of another province (a district's government keeps its 区).
    [Fact]
    public void Extract_ShortZhouBeforeGovernment_IsNoDistrictOfThatName()
    {
        var report = Extractor.Extract(CompiledBy("万州人民政府", "2017年,我州扎实推进政府信息公开工作。"), "zhou.txt");

        Assert.NotEqual("500101", report.Region?.Code);
    }

    // Guards: no autonomous prefecture printed whole, or one whose name the short form does not open: nothing spelt out.
    [Theory]
    [InlineData("2017年,我州扎实推进政府信息公开工作。")]
    [InlineData("印发《凉山彝族自治州人民政府工作规则》,明确推进政务公开工作职能。")]
    public void Extract_ShortZhouWithoutItsPrefecturePrinted_IsNotSpeltOut(string overview)
    {
        var report = Extractor.Extract(CompiledBy("博州人民政府", overview), "zhou.txt");

        Assert.NotEqual("博尔塔拉蒙古自治州人民政府", report.Agency);
        Assert.NotEqual("652700", report.Region?.Code);
    }

    // 现就X行政公署及办公室2016年度政府信息公开工作情况报告如下 (a prefecture's page with no title line): the body hands over its
    // year's work as with 现将, its office named with it; a 行政公署 is a body's name.
    [Fact]
    public void Extract_BodyHandingOverItsWorkWithItsOffice_IsTheBody()
    {
        var report = Extractor.Extract(
            "根据《中华人民共和国政府信息公开条例》的有关要求,现就兴安盟行政公署及办公室2016年度政府信息公开工作情况报告如下。\n一、概述\n本报告中所列资料数据的汇总统计期限从2016年1月1日至2016年12月31日止。\n" + PreTemplateBody,
            "handed.txt");

        Assert.Equal("兴安盟行政公署", report.Agency);
        Assert.Equal("152200", report.Region?.Code);
    }

    [Fact]
    public void Extract_OfficeHandingOverItsOwnWorkByPronoun_NamesNoBody()
    {
        var report = Extractor.Extract(
            "根据《中华人民共和国政府信息公开条例》的有关要求,现就我署及办公室2016年度政府信息公开工作情况报告如下。\n一、概述\n本报告中所列资料数据的汇总统计期限从2016年1月1日至2016年12月31日止。\n" + PreTemplateBody,
            "handed.txt");

        Assert.Null(report.Agency);
    }

    private const string NewsPage = "石嘴山市2011年度政府信息公开工作报告/全文\n\n{0}\n关键词: 石嘴山市 政府信息公开 工作报告 基本情况\n\n"
        + "二、政府信息公开基本情况\n\n(一)主动公开情况。\n\n市政府及市直单位主动公开信息较上年有所增长,各县(区)政府及县直单位主动公开信息同比增长,"
        + "公开内容主要涉及规划计划、财政预算、行政审批、公共服务等方面。\n\n(二)依申请公开情况。\n\n公民申请公开的内容主要涉及规划、土地、交通、物价、"
        + "教育、卫生等行业信息,各级政府及单位依法给予答复。全市依申请公开事件办结率为100%。\n";

    // X省2011年度…工作报告/全文 over 2012年04月18日17:36 | 中国发展门户网 www.x.cn | 给编辑写信 字号:T|T (a news portal's copy of a
    // province's report): the title without the page's note, and the byline's date the posting date.
    [Fact]
    public void Extract_NewsPortalHeadlineAndByline_GiveTheTitleAndThePostingDate()
    {
        var report = Extractor.Extract(string.Format(NewsPage, "2012年04月18日17:36 | 中国发展门户网 www.example.cn | 给编辑写信 字号:T|T"), "news.txt");

        Assert.Equal("石嘴山市2011年度政府信息公开工作报告", report.Title);
        Assert.Equal("石嘴山市人民政府", report.Agency);
        Assert.Equal("2012-04-18", report.Published);
    }

    // The same page flattened onto one line: the byline's pieces give the posting date all the same.
    [Fact]
    public void Extract_NewsPortalBylineOnAPageFlattenedOntoOneLine_GivesThePostingDate()
    {
        var text = string.Format(NewsPage, "2012年04月18日17:36 | 中国发展门户网 www.example.cn | 给编辑写信 字号:T|T").Replace("\n", " ", StringComparison.Ordinal);

        var report = Extractor.Extract(text, "news.txt");

        Assert.Equal("2012-04-18", report.Published);
    }

    // A bar row whose second cell is no site's name and address is no byline.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Extract_DateBeforeBarsWithoutASite_IsNoByline(bool flattened)
    {
        var text = string.Format(NewsPage, "2012年04月18日17:36 | 点击次数 统计 | 给编辑写信 字号:T|T");
        var report = Extractor.Extract(flattened ? text.Replace("\n", " ", StringComparison.Ordinal) : text, "news.txt");

        Assert.Null(report.Published);
    }

    // 中央政府门户网站 www.x.cn   2010年04月06日   来源:X网站 on a page flattened onto one line (a central portal's repost as
    // crawler text): the site's name, address, date and label as pieces; the date is the posting date.
    [Fact]
    public void Extract_CentralPortalBylineOnAPageFlattenedOntoOneLine_GivesThePostingDate()
    {
        var text = "当前位置: 首页>> 工作动态>> 地方政务\n \n石嘴山市人民政府2009年政府信息公开年度报告\n"
            + "中央政府门户网站 www.example.cn   2010年04月06日   来源:石嘴山市人民政府网站\n\n"
            + "2009年石嘴山市政府信息公开年度报告\n\n    本报告中所列数据的统计期限自2009年1月1日起,至2009年12月31日止。\n\n    一、概述\n\n" + PreTemplateBody;

        var report = Extractor.Extract(text.Replace("\n", " ", StringComparison.Ordinal), "portal.txt");

        Assert.Equal("2010-04-06", report.Published);
    }

    // Guard: pieces of a name and an address before a date, with no label after the date, are no byline.
    [Fact]
    public void Extract_NameAddressAndDateWithoutALabel_AreNoByline()
    {
        var text = "当前位置: 首页>> 工作动态>> 地方政务\n \n石嘴山市人民政府2009年政府信息公开年度报告\n"
            + "中央政府门户网站 www.example.cn   2010年04月06日   转载自石嘴山市人民政府网站\n\n"
            + "2009年石嘴山市政府信息公开年度报告\n\n    本报告中所列数据的统计期限自2009年1月1日起,至2009年12月31日止。\n\n    一、概述\n\n" + PreTemplateBody;

        var report = Extractor.Extract(text.Replace("\n", " ", StringComparison.Ordinal), "portal.txt");

        Assert.Null(report.Published);
    }

    // 召开部署政府信息公开工作会议2次 (a county-level city's 2011 report): meetings on the work, named by what they do with it.
    [Fact]
    public void Extract_MeetingsNamedByWhatTheyDoWithTheWork_AreTheRow()
    {
        var metrics = OverviewMetrics("石嘴山市人民政府2011年政府信息公开年度报告", "2011年,组织市政府各职能部门负责人召开部署政府信息公开工作会议2次。");

        Assert.Equal(2m, Value(metrics, "legacy.meetings"));
    }

    [Fact]
    public void Extract_MeetingsOfNoStatedSubject_StayUnread()
    {
        var metrics = OverviewMetrics("石嘴山市人民政府2011年政府信息公开年度报告", "2011年,组织市政府各职能部门负责人召开部署工作会议2次。");

        Assert.Null(Value(metrics, "legacy.meetings"));
    }

    private const string YearReport = "2009年年报根据《中华人民共和国政府信息公开条例》编制,由概述、主动公开政府信息情况、依申请公开政府信息情况、存在问题和改进措施四部分组成。\n一、概述\n";

    // 2009年年报根据《条例》编制 … 一、概述 X市各级政府重视政府信息公开工作,…推进全市政府信息公开工作 (a province's page with no
    // title line): the report's year as it names itself, and the area's government as its body.
    [Fact]
    public void Extract_YearReportWhoseAreasGovernmentsSpeak_IsTheAreasGovernmentsOfThatYear()
    {
        var report = Extractor.Extract(YearReport + "石嘴山市各级政府重视政府信息公开工作,扎实推进全市政府信息公开工作。\n" + PreTemplateBody, "year.txt");

        Assert.Equal(2009, report.Year);
        Assert.Equal("石嘴山市人民政府", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    // Guards: the area's governments not the subject (指导…), or no whole-area work: no body.
    [Theory]
    [InlineData("指导石嘴山市各级政府重视政府信息公开工作。")]
    [InlineData("石嘴山市各级政府重视政府信息公开工作,扎实推进政府信息公开工作。")]
    public void Extract_AreasGovernmentsNotSpeakingForTheArea_NameNoBody(string overview)
    {
        var report = Extractor.Extract(YearReport + overview + "\n" + PreTemplateBody, "year.txt");

        Assert.Null(report.Agency);
    }

    private const string EnglishPreamble = """
        This report is prepared according to the requirement of the Decree of Government
        Information Openness of the PRC and annual reports by the bureau of justice on information openness.
        The text of the report includes the following content: summary, voluntary disclosure of
        government information, disclosure of government information upon request and non-
        disclosure of government information; application for administrative re-examination and
        initiated administrative proceedings due to disclosure of government information; and
        deficiencies of government information openness and measures for improvement.
        The data listed in the report is collected from the period starting from January 1 2010 to
        December 31 2010. For any enquiry to the report, please contact the bureau of justice.
        """;

    // A district bureau's PDF text that prints its preamble again in English: still a Chinese report.
    [Fact]
    public void Prepare_ReportWithItsPreambleInEnglish_IsRead()
    {
        var text = "引言\n本报告是根据《中华人民共和国政府信息公开条例》要求,由平罗县司法局编制的2010年度政府信息公开年度报告。\n"
            + "本报告中所列数据的统计期限自2010年1月1日起,至2010年12月31日止。\n" + EnglishPreamble + "\n一、概述\n" + PreTemplateBody;

        var prepared = Preparer.Prepare("english.txt", Encoding.UTF8.GetBytes(text));

        Assert.Equal("平罗县司法局", prepared.Extracted.Agency);
    }

    // Guard: a page in English with a few hanzi (a title) is still no Chinese report.
    [Fact]
    public void Prepare_EnglishPageWithAChineseTitle_IsRefused()
    {
        var text = "平罗县司法局2010年度政府信息公开年度报告\n" + EnglishPreamble + "\n" + EnglishPreamble + "\n" + EnglishPreamble;

        var error = Assert.Throws<IngestException>(() => Preparer.Prepare("english.txt", Encoding.UTF8.GetBytes(text)));
        Assert.StartsWith("does not read as Chinese", error.Message, StringComparison.Ordinal);
    }
}
