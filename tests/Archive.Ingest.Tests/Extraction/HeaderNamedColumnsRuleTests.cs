using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// A 2019 table 二 whose section header names only some of the template's columns (信息内容 | 处理决定数量, as the 2021
/// template prints it): the row's cells are those columns', not the first columns by position. Fictional bodies and
/// figures.
/// </summary>
public sealed class HeaderNamedColumnsRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private const string Opening = "青石县某某局2020年政府信息公开工作年度报告\n\n一、总体情况\n2020年,青石县某某局认真做好政府信息公开工作。\n\n";

    private const string Closing = "| 第二十条第(八)项 | | | |\n| 信息内容 | 上一年项目数量 | 本年增/减 | |\n| 行政事业性收费 | 0 | 0 | |\n"
        + "| 第二十条第(九)项 | | | |\n| 信息内容 | 采购项目数量 | 采购总金额 | |\n| 政府集中采购 | 6 | 35.2 | |\n\n三、收到和处理政府信息公开申请情况\n";

    private static Dictionary<string, decimal> Table(string itemHeader, string licensing, string otherServices, string penalty, string enforcement) =>
        Metrics(Extractor.Extract(
            Opening + "二、主动公开政府信息情况\n| 第二十条第(一)项 | | | |\n| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
            + "| 规章 | 0 | 0 | 0 |\n| 规范性文件 | 2 | 2 | 5 |\n"
            + "| 第二十条第(五)项 | | | |\n" + itemHeader + "\n| 行政许可 | " + licensing + "\n| 其他对外管理服务事项 | " + otherServices + "\n"
            + "| 第二十条第(六)项 | | | |\n" + itemHeader + "\n| 行政处罚 | " + penalty + "\n| 行政强制 | " + enforcement + "\n" + Closing,
            "fixture.txt"));

    [Fact]
    public void OneNamedColumn_WithEmptyCellsAfter_IsThatColumnsCell()
    {
        var metrics = Table("| 信息内容 | 处理决定数量 | | |", "117 | | |", "9 | | |", "40 | | |", "3 | | |");

        Assert.Equal(117, metrics["active.licensing.decisions"]);
        Assert.Equal(9, metrics["active.other_services.decisions"]);
        Assert.Equal(40, metrics["active.penalty.decisions"]);
        Assert.False(metrics.ContainsKey("active.licensing.prev_items"));
        Assert.False(metrics.ContainsKey("active.penalty.prev_items"));
        Assert.Equal(6, metrics["active.procurement.items"]);
    }

    [Fact]
    public void OneNamedColumn_InTheTemplatesOwnWording_IsThatColumnsCell()
    {
        var metrics = Table("| 信息内容 | 本年处理决定数量 |", "117 |", "9 |", "40 |", "3 |");

        Assert.Equal(117, metrics["active.licensing.decisions"]);
        Assert.Equal(40, metrics["active.penalty.decisions"]);
        Assert.False(metrics.ContainsKey("active.licensing.prev_items"));
    }

    [Fact]
    public void OneNamedColumn_OverARowOfThreeValues_LeavesThatRowUnread()
    {
        // Three numbers under one named column: which is the count the header names is not certain.
        var metrics = Table("| 信息内容 | 处理决定数量 | | |", "5 | 1 | 117 |", "9 | | |", "40 | | |", "3 | | |");

        Assert.False(metrics.ContainsKey("active.licensing.decisions"));
        Assert.False(metrics.ContainsKey("active.licensing.prev_items"));
        Assert.Equal(40, metrics["active.penalty.decisions"]);
    }

    [Fact]
    public void EveryColumnNamed_PlacesTheRowByPosition()
    {
        var metrics = Table("| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |", "12 | 0 | 117 |", "9 | 0 | 2 |", "20 | 1 | 40 |", "3 | 0 | 1 |");

        Assert.Equal(12, metrics["active.licensing.prev_items"]);
        Assert.Equal(117, metrics["active.licensing.decisions"]);
        Assert.Equal(1, metrics["active.penalty.change"]);
    }

    [Fact]
    public void AHeaderLabelOfItsOwn_LeavesThePlacementByPosition()
    {
        // 本年增减 is no template wording: the header may name all three columns, so its slots stand as printed.
        var metrics = Table("| 信息内容 | 上一年项目数量 | 本年增减 | 处理决定数量 |", "12 | | 117 |", "9 | 0 | 2 |", "20 | | 40 |", "3 | 0 | 1 |");

        Assert.Equal(12, metrics["active.licensing.prev_items"]);
        Assert.Equal(117, metrics["active.licensing.decisions"]);
        Assert.Equal(40, metrics["active.penalty.decisions"]);
    }
}
