using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules from the twenty-third round of real reports (pages whose stored text reaches the template tables, 2019–2025), each
/// on a fictional fixture: a flattened table 三 row printing only its 总计 after blank cells that leave one empty line each,
/// applications received counted before the body they concern (针对本部门有关政府信息公开事务的申请), and a county placed by
/// the county disclosure office whose requirements a report naming no body answers.
/// </summary>
public sealed class TemplateTablePagesTwentyThirdRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    // Table 二 of 2019 as a flattened HTML table: every printed cell closed by one empty line.
    private const string Table2019Spaced = "二、主动公开政府信息情况\n\n第二十条第(一)项\n\n信息内容\n\n本年新制作数量\n\n本年新公开数量\n\n对外公开总数量\n\n"
        + "规章\n\n0\n\n0\n\n0\n\n规范性文件\n\n0\n\n0\n\n0\n\n第二十条第(五)项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n"
        + "行政许可\n\n0\n\n0\n\n0\n\n其他对外管理服务事项\n\n0\n\n0\n\n0\n\n第二十条第(六)项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n"
        + "行政处罚\n\n0\n\n0\n\n0\n\n行政强制\n\n0\n\n0\n\n0\n\n第二十条第(八)项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n\n行政事业性收费\n\n0\n\n0\n\n\n"
        + "第二十条第(九)项\n\n信息内容\n\n采购项目数量\n\n采购总金额\n\n\n政府集中采购\n\n0\n\n0\n\n\n";

    private const string Table3Header = "三、收到和处理政府信息公开申请情况\n\n(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)\n\n"
        + "申请人情况\n\n自然人\n\n法人或其他组织\n\n总计\n\n商业企业\n\n科研机构\n\n社会公益组织\n\n法律服务机构\n\n其他\n\n\n";

    private const string Street = "青峦路街道办事处政府信息公开工作年度报告\n\n一、总体情况\n\n2020年度我街办未接到提出公开政府信息的申请。\n\n";

    [Fact]
    public void TableThree_OnlyTheTotalPrintedAfterBlankCellsOfOneEmptyLineEach_IsTheTotal()
    {
        var report = Extract(Street + Table2019Spaced + Table3Header
            + "一、本年新收政府信息公开申请数量\n\n\n\n\n\n\n\n 3\n\n二、上年结转政府信息公开申请数量\n\n\n\n\n\n\n\n 1\n\n三、本年度办理结果\n\n(一)予以公开\n\n\n\n\n\n\n\n ");
        var metrics = Metrics(report);

        Assert.Equal(3, metrics["apply.new.total"]);
        Assert.Equal(1, metrics["apply.carried_in.total"]);
        Assert.DoesNotContain(metrics.Keys, k => k.StartsWith("apply.new.", StringComparison.Ordinal) && k != "apply.new.total");
        Assert.DoesNotContain(metrics.Keys, k => k.StartsWith("apply.carried_in.", StringComparison.Ordinal) && k != "apply.carried_in.total");
    }

    [Fact]
    public void TableThree_ValueAfterFewerEmptyLines_IsNotPlaced()
    {
        // Three empty lines before the value and one after: under one gap per blank cell it would be the third column, but a
        // page spacing every cell would make it the second; the count is no row's columns either way, so nothing is read.
        var report = Extract(Street + Table2019Spaced + Table3Header
            + "一、本年新收政府信息公开申请数量\n\n\n\n 3\n\n二、上年结转政府信息公开申请数量\n\n\n\n 1\n\n三、本年度办理结果\n\n(一)予以公开\n\n\n\n\n\n\n\n ");
        var metrics = Metrics(report);

        Assert.DoesNotContain(metrics.Keys, k => k.StartsWith("apply.new.", StringComparison.Ordinal));
        Assert.DoesNotContain(metrics.Keys, k => k.StartsWith("apply.carried_in.", StringComparison.Ordinal));
    }

    [Fact]
    public void TableThree_TotalAfterBlankCells_WhereTheExcerptEndsOnIt_IsNotPlaced()
    {
        // The text ends right after the value: whether a blank cell or a gap would have followed is not shown.
        var report = Extract(Street + Table2019Spaced + Table3Header + "一、本年新收政府信息公开申请数量\n\n\n\n\n\n\n\n 3");

        Assert.DoesNotContain(Metrics(report).Keys, k => k.StartsWith("apply.new.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("本局2024年度收到4件针对本部门有关政府信息公开事务的申请,本局2024年度及历年政府信息公开均未收取任何费用。", 4)]
    [InlineData("2023年,本机关共受理了2件针对本机关政府信息公开事项的申请。", 2)]
    public void Received_CountedBeforeTheBodyItsApplicationsConcern_IsTheYearsApplications(string sentence, int received)
    {
        var metrics = OverviewMetrics("中卫市某某管理局2024年政府信息公开工作年度报告", sentence);

        Assert.Equal(received, metrics["legacy.apply.received"]);
    }

    [Theory]
    [InlineData("本局2024年度收到4件针对本部门有关政府信息公开事务的投诉。")]
    [InlineData("本局2024年度收到4件针对本部门有关政府信息公开事务的行政复议申请。")]
    public void Received_SameWordsBeforeAComplaintOrAReview_IsNoApplicationCount(string sentence)
    {
        var metrics = OverviewMetrics("中卫市某某管理局2024年政府信息公开工作年度报告", sentence);

        Assert.False(metrics.ContainsKey("legacy.apply.received"));
    }

    private const string BureauOpening = "一、总体情况\n按照《中华人民共和国政府信息公开条例》的有关规定,以及{0}关于2021年度政府信息公开的具体工作要求,"
        + "我局安排相关工作人员做了认真统计。具体情况汇报如下:\n我局2021年没有制作和公开新的规章和规范性文件。\n";

    [Fact]
    public void Region_ReportNamingNoBody_AnsweringItsCountysDisclosureOffice_IsThatCounty()
    {
        var report = Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, BureauOpening, "平罗县政务公开办"));

        Assert.Null(report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Region_ReportAnsweringACitysDisclosureOffice_PlacesNoBody()
    {
        // A city's office directs its counties' bodies as well: the body may be the city's or one of its counties'.
        var report = Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, BureauOpening, "石嘴山市政务公开办"));

        Assert.Null(report.Region);
    }

    [Fact]
    public void Region_ReportAnsweringTwoCountiesOffices_PlacesNoBody()
    {
        // Two counties' offices named: no one place is the body's.
        var report = Extract("一、总体情况\n按照平罗县政务公开办的工作要求,我局认真做好信息公开。"
            + "根据贺兰县政务公开办的具体要求,我局做了认真统计。\n我局2021年没有制作和公开新的规章和规范性文件。\n");

        Assert.Null(report.Region);
    }
}
