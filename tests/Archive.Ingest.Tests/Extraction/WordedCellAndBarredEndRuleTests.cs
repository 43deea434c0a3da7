using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules from the nineteenth round of real reports (pages whose stored text reaches the template tables, 2019–2025), each on a
/// fictional fixture: cells that print a number with 万, a bracketed measure word or a doubled sign (not read, each keeps its
/// column), a barred row the excerpt ends right after its last bar, a template row split into the body's own sub-rows, and
/// two wordings of a list of the year's facts (政府信息主动公开共N条 after the year, 接受依申请公开N条).
/// </summary>
public sealed class WordedCellAndBarredEndRuleTests
{
    private const string Head2019 = "一、总体情况\n2020年,某某县青石局认真做好政府信息公开工作。\n二、主动公开政府信息情况\n第二十条第(一)项 |\n|||\n"
        + "信息内容 |\n本年新制作数量 |\n本年新公开数量 |\n对外公开总数量 |\n规章 |\n0 |\n0 |\n0 |\n规范性文件 |\n1 |\n1 |\n4 |\n"
        + "第二十条第(五)项 |\n|||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n";

    private const string Tail2019 = "第二十条第(八)项 |\n|||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n|\n行政事业性收费 |\n0 |\n0 |\n|\n"
        + "第二十条第(九)项 |\n|||\n信息内容 |\n采购项目数量 |\n采购总金额 |\n|\n";

    private const string Penalty = "第二十条第(六)项 |\n|||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n";

    private const string BarredApplyHead = "三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n"
        + "申请人情况 |\n||||||||\n自然人 |\n法人或其他组织 |\n总计 |\n|||||||\n商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n"
        + "其他 |\n|||||\n一、本年新收政府信息公开申请数量 |\n2 |\n0 |\n0 |\n0 |\n0 |\n0 |\n2 |\n||\n";

    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private static decimal? Metric(ExtractedReport report, string key) => report.Metrics.SingleOrDefault(m => m.Key == key)?.Value;

    private static string Table2019(string licensing, string penalty, string procurement) =>
        Head2019 + "行政许可 |\n" + licensing + "其他对外管理服务事项 |\n5 |\n+2 |\n0 |\n" + Penalty + "行政处罚 |\n" + penalty
        + "行政强制 |\n3 |\n0 |\n1 |\n" + Tail2019 + "政府集中采购 |\n" + procurement;

    [Fact]
    public void OneCellPerLine_AmountIn万WithoutYuan_IsNotReadAndTheCountBeforeItKeepsItsColumn()
    {
        var report = Extract(Table2019("12 |\n-1 |\n340 |\n", "30 |\n0 |\n15 |\n", "7 |\n86.5万 |\n三、收到和处理政府信息公开申请情况\n"));

        Assert.Equal(7, Metric(report, "active.procurement.items"));
        Assert.Null(Metric(report, "active.procurement.amount"));
        Assert.Equal(0, Metric(report, "active.fees.prev_items"));
    }

    [Fact]
    public void OneCellPerLine_CountWithItsMeasureWordInBrackets_IsNotReadAndKeepsItsColumn()
    {
        var report = Extract(Table2019("12 |\n-1 |\n340 |\n", "30(项) |\n0 |\n15 |\n", "7 |\n0 |\n三、收到和处理政府信息公开申请情况\n"));

        Assert.Null(Metric(report, "active.penalty.prev_items"));
        Assert.Equal(0, Metric(report, "active.penalty.change"));
        Assert.Equal(15, Metric(report, "active.penalty.decisions"));
        Assert.Equal(3, Metric(report, "active.enforcement.prev_items"));
    }

    [Fact]
    public void OneCellPerLine_ChangeWithADoubledSign_IsNotReadAndTheRowKeepsItsOtherCells()
    {
        var report = Extract(Table2019("12 |\n-1 |\n340 |\n", "60 |\n--60 |\n0 |\n", "7 |\n0 |\n三、收到和处理政府信息公开申请情况\n"));

        Assert.Equal(60, Metric(report, "active.penalty.prev_items"));
        Assert.Null(Metric(report, "active.penalty.change"));
        Assert.Equal(0, Metric(report, "active.penalty.decisions"));
        Assert.Equal(-1, Metric(report, "active.licensing.change"));
    }

    [Fact]
    public void BarredRow_TheTextEndingRightAfterItsLastBar_HasItsCellsInTheFirstColumns()
    {
        var report = Extract(Table2019("12 |\n-1 |\n340 |\n", "30 |\n0 |\n15 |\n", "7 |\n0 |\n") + BarredApplyHead
            + "二、上年结转政府信息公开申请数量 |\n1 |\n0 |\n0 |");

        Assert.Equal(2, Metric(report, "apply.new.total"));
        Assert.Equal(1, Metric(report, "apply.carried_in.natural"));
        Assert.Equal(0, Metric(report, "apply.carried_in.research"));
        Assert.Null(Metric(report, "apply.carried_in.social_org"));
        Assert.Null(Metric(report, "apply.carried_in.total"));
    }

    [Fact]
    public void BarredRow_TheTextEndingRightAfterItsOnlyCell_IsNotRead()
    {
        var report = Extract(Table2019("12 |\n-1 |\n340 |\n", "30 |\n0 |\n15 |\n", "7 |\n0 |\n") + BarredApplyHead
            + "二、上年结转政府信息公开申请数量 |\n1 |");

        Assert.Equal(2, Metric(report, "apply.new.total"));
        Assert.Null(Metric(report, "apply.carried_in.natural"));
    }

    [Fact]
    public void OneCellPerLine_TemplateRowSplitIntoTheBodysOwnSubRows_IsNotReadAndTheNextRowsAre()
    {
        var text = Head2019.Replace(" |\n", "\n\n", StringComparison.Ordinal).Replace("|||\n", string.Empty, StringComparison.Ordinal)
            + "行政许可\n\n2\n\n0\n\n9\n\n其他对外管理服务事项\n\n行政检查\n\n5\n\n0\n\n5\n\n行政确认\n\n3\n\n1\n\n3\n\n"
            + "第二十条第(六)项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n行政处罚\n\n4\n\n0\n\n6\n\n"
            + "三、收到和处理政府信息公开申请情况\n";
        var report = Extract(text);

        Assert.Null(Metric(report, "active.other_services.prev_items"));
        Assert.Null(Metric(report, "active.other_services.decisions"));
        Assert.Equal(9, Metric(report, "active.licensing.decisions"));
        Assert.Equal(4, Metric(report, "active.penalty.prev_items"));
        Assert.Equal(6, Metric(report, "active.penalty.decisions"));
    }

    [Fact]
    public void OneCellPerLine_TemplateRowWithOneWordBetweenItsLabelAndItsCells_IsRead()
    {
        var text = Head2019.Replace(" |\n", "\n\n", StringComparison.Ordinal).Replace("|||\n", string.Empty, StringComparison.Ordinal)
            + "行政许可\n\n2\n\n0\n\n9\n\n其他对外管理服务事项\n\n行政检查\n\n5\n\n0\n\n5\n\n"
            + "第二十条第(六)项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n行政处罚\n\n4\n\n0\n\n6\n\n"
            + "三、收到和处理政府信息公开申请情况\n";
        var report = Extract(text);

        Assert.Equal(5, Metric(report, "active.other_services.prev_items"));
        Assert.Equal(4, Metric(report, "active.penalty.prev_items"));
    }

    [Fact]
    public void YearsFactsList_InformationBeforeTheVerbAfterTheYear_AndApplicationsAccepted_AreTheYearsFigures()
    {
        var report = Extract("某某县青石办2021年政府信息公开工作年度报告\n一、总体情况\n2021年度,区青石办政府信息主动公开和依申请公开办理情况如下:\n"
            + "1.区青石办2021年政府信息主动公开共9条。\n2.区青石办2021年接受依申请公开2条,已答复申请人2条。\n");

        Assert.Equal(9, Metric(report, "legacy.active.total"));
        Assert.Equal(2, Metric(report, "legacy.apply.received"));
    }

    [Fact]
    public void YearsFactsList_InformationBeforeTheVerbWithoutTheYear_IsNoTotal()
    {
        var report = Extract("某某县青石办2021年政府信息公开工作年度报告\n一、总体情况\n2021年度,区青石办做好政府信息公开工作。"
            + "其中门户网站政府信息主动公开共5条。\n");

        Assert.Null(Metric(report, "legacy.active.total"));
    }
}
