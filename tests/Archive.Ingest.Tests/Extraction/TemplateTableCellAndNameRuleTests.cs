using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules from the sixteenth round of real reports (pages whose stored text reaches the template tables, 2019–2025), each on a
/// fictional fixture: a one-cell-a-line cell whose number follows a character the page's encoding lost, a township's title
/// completed by the title its report states, and a department under its place's short form.
/// </summary>
public sealed class TemplateTableCellAndNameRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private static decimal? Metric(ExtractedReport report, string key) => report.Metrics.SingleOrDefault(m => m.Key == key)?.Value;

    [Fact]
    public void OneCellPerLine_CellWithALostCharacterBeforeItsNumber_IsNotReadAndKeepsTheOthersInTheirColumns()
    {
        var report = Extract("一、总体情况\n2021年,我局认真做好政府信息公开工作。\n二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 |\n本年制发件数 |\n"
            + "本年废止件数 |\n现行有效件数 |\n规章 |\n0 |\n? 0 |\n2 |\n行政规范性文件 |\n1 |\n? 0 |\n5 |\n第二十条第(五)项 | |||\n信息内容 |\n"
            + "本年处理决定数量 | ||\n行政许可 |\n3 | ||\n三、收到和处理政府信息公开申请情况\n");

        Assert.Equal(0, Metric(report, "active.rules.issued"));
        Assert.Null(Metric(report, "active.rules.repealed"));
        Assert.Equal(2, Metric(report, "active.rules.in_force"));
        Assert.Equal(1, Metric(report, "active.normative_docs.issued"));
        Assert.Null(Metric(report, "active.normative_docs.repealed"));
        Assert.Equal(5, Metric(report, "active.normative_docs.in_force"));
        Assert.Equal(3, Metric(report, "active.licensing.decisions"));
    }

    [Fact]
    public void Title_TownshipNamedAlone_ReportStatesItsTitleUnderTheCounty_TakesTheFullName()
    {
        var report = Extract("青石镇2020年度政府信息公开工作年度报告\n一、总体情况\n根据《中华人民共和国政府信息公开条例》的规定,现公布平罗县青石镇人民政府"
            + "2020年政府信息公开工作年度报告。如对本报告有任何疑问,请与青石镇人民政府党政办公室联系。\n");

        Assert.Equal("平罗县青石镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Title_TownshipNamedAlone_StatedTitleWithoutItsCounty_KeepsTheTitlesName()
    {
        var report = Extract("青石镇2020年度政府信息公开工作年度报告\n一、总体情况\n根据《中华人民共和国政府信息公开条例》的规定,现公布青石镇人民政府"
            + "2020年政府信息公开工作年度报告。\n");

        Assert.Equal("青石镇人民政府", report.Agency);
    }

    [Fact]
    public void Department_UnderItsPlacesShortForm_PagePrintingThePlaceInFull_IsPlacedThere()
    {
        var report = Extract("欢迎访问土默特左旗人民政府!\n土左旗青石事务局2022年度政府信息公开工作年度报告\n发布时间:2023-01-19\n一、总体情况\n"
            + "2022年度我局未收到依申请公开件。\n");

        Assert.Equal("土左旗青石事务局", report.Agency);
        Assert.Equal("150121", report.Region?.Code);
    }

    [Fact]
    public void Department_UnderAShortForm_PlaceNotPrintedInFull_HasNoRegion()
    {
        var report = Extract("土左旗青石事务局2022年度政府信息公开工作年度报告\n发布时间:2023-01-19\n一、总体情况\n2022年度我局未收到依申请公开件。\n");

        Assert.Equal("土左旗青石事务局", report.Agency);
        Assert.Null(report.Region);
    }
}
