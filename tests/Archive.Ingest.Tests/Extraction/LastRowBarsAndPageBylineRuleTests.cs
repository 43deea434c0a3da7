using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules from the twentieth round of real reports (pages whose stored text reaches the template tables, 2019–2025), each on a
/// fictional fixture: bars alone after a row whose numbers fill its columns, the year of the disclosure work a notice's
/// requirements name, the site's byline before a page's posting date, a title whose body's name is a website's words, and
/// the department whose 官网 the body says it publishes on.
/// </summary>
public sealed class LastRowBarsAndPageBylineRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private static decimal? Metric(ExtractedReport report, string key) => report.Metrics.SingleOrDefault(m => m.Key == key)?.Value;

    // A 2019 table 二 a cell a line with its bar, no row closed by a bar of its own (no bar alone between two labels).
    private const string Table2019 = "二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 |\n本年新制作数量 |\n本年新公开数量 |\n对外公开总数量 |\n"
        + "规章 |\n0 |\n0 |\n0 |\n规范性文件 |\n2 |\n2 |\n5 |\n第二十条第(五)项 |\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n"
        + "行政许可 |\n12 |\n0 |\n7 |\n其他对外管理服务事项 |\n3 |\n0 |\n9 |\n第二十条第(六)项 |\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n"
        + "处理决定数量 |\n行政处罚 |\n20 |\n0 |\n4 |\n行政强制 |\n1 |\n0 |\n0 |\n第二十条第(八)项 |\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n"
        + "行政事业性收费 |\n0 |\n0 |\n第二十条第(九)项 |\n信息内容 |\n采购项目数量 |\n采购总金额 |\n政府集中采购 |\n";

    private const string ApplyHeading = "三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n";

    private const string Opening = "一、总体情况\n2020年,青石县某某局认真做好政府信息公开工作。\n";

    [Fact]
    public void OneCellPerLine_BarsAloneAfterTheLastRowsNumbers_AreNoCellsOfTheRow()
    {
        var report = Extract(Opening + Table2019 + "6 |\n35.2 |\n|\n|\n|\n|\n|\n" + ApplyHeading);

        Assert.Equal(6, Metric(report, "active.procurement.items"));
        Assert.Equal(35.2m, Metric(report, "active.procurement.amount"));
        Assert.Equal(12, Metric(report, "active.licensing.prev_items"));
    }

    [Fact]
    public void OneCellPerLine_BarsAloneAfterFewerNumbersThanColumns_StayTheRowsCells()
    {
        // One number and three bars alone for two columns: where the number stands is not certain.
        var report = Extract(Opening + Table2019 + "6 |\n|\n|\n|\n" + ApplyHeading);

        Assert.Null(Metric(report, "active.procurement.amount"));
        Assert.Equal(0, Metric(report, "active.fees.change"));
    }

    [Fact]
    public void Year_TheNoticesRequirementsForTheYearsDisclosure_BeatLastYearsCountInTheNextSentence()
    {
        var report = Extract("一、总体情况\n按照《中华人民共和国政府信息公开条例》的有关规定,以及青石县政务公开办关于2021年度政府信息公开的具体工作要求,"
            + "我局安排相关工作人员做了认真统计。\n我局2020年主动公开行政许可33项,2021年新增公开行政许可0项。\n二、主动公开政府信息情况\n");

        Assert.Equal(2021, report.Year);
    }

    [Fact]
    public void Published_PostingDateAfterTheSitesNameAndAddress_IsThePagesDate()
    {
        var report = Extract("您当前的位置: 首页 > 政府信息公开年报\n\n青石县文化和旅游局2025年政府信息公开工作年度报告\n\n"
            + "青石县政府 www.qsx.gov.cn 2026-01-22 14:32 来源:青石县人民政府办公室 放大 正常 缩小\n\n"
            + "一、总体情况\n\n2025年,我局认真贯彻落实《中华人民共和国政府信息公开条例》。\n");

        Assert.Equal("2026-01-22", report.Published);
    }

    [Fact]
    public void Agency_TitleWhoseBranchNameIsAWebsitesWords_NamesNoBody()
    {
        var report = Extract("2023年平罗县某某局某某娱乐(中国)官方网站 分局政府信息公开工作年度报告\n\n"
            + "根据《中华人民共和国政府信息公开条例》,平罗县某某局某某娱乐(中国)官方网站 分局(以下简称分局)现将2023年度信息公开工作报告如下:\n"
            + "一、总体情况\n2023年,分局认真贯彻落实《条例》。\n");

        Assert.Null(report.Agency);
        Assert.Null(report.Region);
        Assert.Equal(2023, report.Year);
    }

    [Fact]
    public void Agency_TheDepartmentWhose官网TheBodyPublishesOn_IsTheBody()
    {
        var report = Extract("一、总体情况\n(一)主动公开情况。2022年,我局认真对政府信息进行收集。全年我局在平罗县住房和城乡建设局官网上主动公开部门文件17条。\n"
            + "(二)依申请公开情况。2022年,我局收到政府信息公开申请2件。\n");

        Assert.Equal("平罗县住房和城乡建设局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }
}
