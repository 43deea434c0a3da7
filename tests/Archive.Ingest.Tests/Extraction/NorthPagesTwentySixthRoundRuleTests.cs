using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Mixed report pages of the north and north-east (thirty-ninth session, r140) on small fictional texts: a body whose own
/// year's work the report sums up (汇总X…工作情况编制而成) names itself; the year's 政务信息 right after the year, split into
/// its parts after 其中, is the year's total; press conferences held and attended (召开(参加)/召开或参加新闻发布会N次) are the
/// 统计表's row. Guards show what stays unread. Fictional bodies and figures; the places are the seeds'.
/// </summary>
public sealed class NorthPagesTwentySixthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport ExtractPreamble(string preamble) => Extractor.Extract(
        preamble + "\n报告中所列数据统计日期自2018年1月1日起,至2018年12月31日止。\n一、公开总体情况\n"
        + "2018年,我局认真落实《条例》要求,做好政府信息公开工作。\n二、存在的主要问题及改进措施\n公开内容还不够丰富,下一步将继续改进。\n", "page.txt");

    [Fact]
    public void Extract_TheBodysOwnWorkSummedUpWithNoYear_NamesTheBody()
    {
        var report = ExtractPreamble("本报告依据《中华人民共和国政府信息公开条例》(国务院令第492号,以下简称《条例》)有关规定,"
            + "汇总平罗县营商环境建设局政府信息公开工作情况编制而成。");

        Assert.Equal("平罗县营商环境建设局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_TheBodysOwnWorkSummedUpOnOneLine_NamesTheBody()
    {
        var report = Extractor.Extract(
            "本报告依据《中华人民共和国政府信息公开条例》有关规定,汇总中卫市林业和草原局政府信息公开工作情况编制而成。 报告中所列数据统计日期自2018年1月1日起,"
            + "至2018年12月31日止。 一、公开总体情况 2018年,我局认真做好政府信息公开工作。", "page.txt");

        Assert.Equal("中卫市林业和草原局", report.Agency);
        Assert.Equal("640500", report.Region?.Code);
    }

    [Fact]
    public void Extract_ThePlacesUnitsSummedUp_NameNoUnitAsTheBody()
    {
        var report = ExtractPreamble("本报告依据《中华人民共和国政府信息公开条例》有关规定,汇总全县政府信息公开工作情况编制而成。");

        Assert.NotEqual("全县", report.Agency);
        Assert.DoesNotContain("汇总", report.Agency ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TheUnitsOfAPlaceSummedUp_AreNotOneBody()
    {
        var report = ExtractPreamble("本报告依据《中华人民共和国政府信息公开条例》有关规定,汇总平罗县各有关单位政府信息公开工作情况编制而成。");

        Assert.DoesNotContain("各有关单位", report.Agency ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_TheYearsNewZhengwuInformationSplitAfterQizhong_IsTheYearsTotal()
    {
        var metrics = OverviewMetrics("平罗县云溪镇人民政府2016年政府信息公开工作年度报告",
            "2016年新增主动公开政务信息215条。其中,规划计划类信息21条,业务类信息194条。");

        Assert.Equal(215, metrics["legacy.active.total"]);
    }

    [Fact]
    public void Extract_ZhengwuInformationWithNoPartsAfterIt_StaysOut()
    {
        var metrics = OverviewMetrics("平罗县云溪镇人民政府2016年政府信息公开工作年度报告", "2016年新增主动公开政务信息215条。全年未收到政府信息公开申请。");

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Fact]
    public void Extract_ZhengwuInformationOverAChannelNamedBeforeTheVerb_StaysOut()
    {
        var metrics = OverviewMetrics("平罗县白石乡人民政府2023年政府信息公开工作年度报告",
            "2023年,我乡通过平罗县人民政府网站主动公开政务信息194条。其中概况类信息67条。");

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Fact]
    public void Extract_AnotherYearsZhengwuInformation_StaysOut()
    {
        var metrics = OverviewMetrics("平罗县云溪镇人民政府2016年政府信息公开工作年度报告",
            "截至2015年新增主动公开政务信息215条,其中规划计划类信息21条。");

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Fact]
    public void Extract_PressConferencesHeldWithTheBracketedAttendance_AreTheRowsCount()
    {
        var metrics = OverviewMetrics("石嘴山市工业和信息化局2019年政府信息公开工作年度报告",
            "加强政策解读。召开(参加)新闻发布会2次:9月6日对工业运行情况进行发布。");

        Assert.Equal(2, metrics["legacy.response.press_conferences"]);
    }

    [Fact]
    public void Extract_PressConferencesHeldOrAttended_AreTheRowsCount()
    {
        var metrics = OverviewMetrics("石嘴山市工业和信息化局2019年政府信息公开工作年度报告", "全年发布政策解读稿件4篇,召开或参加新闻发布会3次。");

        Assert.Equal(3, metrics["legacy.response.press_conferences"]);
    }

    [Fact]
    public void Extract_PressConferencesHeldAlone_StayOut()
    {
        var metrics = OverviewMetrics("石嘴山市工业和信息化局2019年政府信息公开工作年度报告", "全年发布政策解读稿件4篇,举办新闻发布会3次。");

        Assert.False(metrics.ContainsKey("legacy.response.press_conferences"));
    }

    [Fact]
    public void Extract_AHeadsAttendanceAtAnotherBodysConference_StaysOut()
    {
        var metrics = OverviewMetrics("石嘴山市城市管理局2024年政府信息公开工作年度报告",
            "各业务部门负责同志多次走进直播间,分管负责同志参加市政府新闻发布会1次。");

        Assert.False(metrics.ContainsKey("legacy.response.press_conferences"));
    }

    [Fact]
    public void Extract_PressConferencesCountedAsSessions_StayOut()
    {
        var metrics = OverviewMetrics("石嘴山市工业和信息化局2023年政府信息公开工作年度报告", "全年发布政策解读稿件4篇,召开新闻发布会2场。");

        Assert.False(metrics.ContainsKey("legacy.response.press_conferences"));
    }

    [Fact]
    public void Extract_AnotherBodysConferencesNamedBeforeTheVerb_StayOut()
    {
        var metrics = OverviewMetrics("石嘴山市人民政府办公室2023年政府信息公开工作年度报告", "全年通过市政府新闻办公室举办新闻发布会19次。");

        Assert.False(metrics.ContainsKey("legacy.response.press_conferences"));
    }
}
