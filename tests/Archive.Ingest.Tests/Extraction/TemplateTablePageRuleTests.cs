using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules from the fifteenth round of real reports (pages whose stored text reaches the template tables, 2019–2025), each on a
/// fictional fixture: a procurement count in batches, a procurement row printed once per project, a website named by its
/// owner and address, and a body under a district name that several cities share.
/// </summary>
public sealed class TemplateTablePageRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private static decimal? Metric(ExtractedReport report, string key) => report.Metrics.SingleOrDefault(m => m.Key == key)?.Value;

    private const string Table2019CellPerLine = "某某局2020年度政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\n本年新制作数量\n本年新公开数量\n对外公开总数量\n"
        + "规章\n0\n0\n0\n规范性文件\n1\n1\n4\n第二十条第(九)项\n信息内容\n采购项目数量\n采购总金额\n政府集中采购\n";

    [Fact]
    public void OneCellPerLine_ProcurementCountInBatches_KeepsTheAmountInItsColumn()
    {
        var report = Extract(Table2019CellPerLine + "12批次\n\n35600.5元\n\n三、收到和处理政府信息公开申请情况\n");

        Assert.Equal(35600.5m, Metric(report, "active.procurement.amount"));
        Assert.Equal("元", report.Metrics.Single(m => m.Key == "active.procurement.amount").Unit);
        Assert.Null(Metric(report, "active.procurement.items"));
        Assert.Equal(4, Metric(report, "active.normative_docs.total"));
    }

    private const string Table2019Pipes = "某某中心2021年度政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 | ||\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n"
        + "规章 | 0 | 0 | 0 |\n规范性文件 | 0 | 0 | 0 |\n第二十条第(九)项 | ||\n信息内容 | 采购项目数量 | 采购总金额 |\n";

    [Fact]
    public void Pipes_ProcurementRowPerProject_ReadsNeitherCount()
    {
        var report = Extract(Table2019Pipes + "政府集中采购 | 青石县公务用车5辆 | 820000元 | |\n政府集中采购 | 青石县办公区保洁服务项目 | 96000元 | |\n三、收到和处理政府信息公开申请情况\n");

        Assert.Null(Metric(report, "active.procurement.items"));
        Assert.Null(Metric(report, "active.procurement.amount"));
        Assert.Equal(0, Metric(report, "active.normative_docs.total"));
    }

    [Fact]
    public void Pipes_ProcurementRowNamingItsOneProject_ReadsTheAmountOnly()
    {
        var report = Extract(Table2019Pipes + "政府集中采购 | 青石县公务用车5辆 | 820000元 | |\n三、收到和处理政府信息公开申请情况\n");

        Assert.Null(Metric(report, "active.procurement.items"));
        Assert.Equal(820000, Metric(report, "active.procurement.amount"));
    }

    [Fact]
    public void Prose_WebsiteNamedByItsOwnerAndAddress_IsTheWebsiteCount()
    {
        var report = Extract("某某乡2019年政府信息公开年度工作报告\n一、总体情况\n2019年我乡通过某某县人民政府(http://www.mmx.gov.cn)主动公开某某乡人民政府信息46条:其中工作动态40条,人事信息6条。\n");

        Assert.Equal(46, Metric(report, "legacy.channel.website"));
    }

    [Fact]
    public void Opening_BodyPublishingThroughASite_UnderADistrictNameSeveralCitiesShare_IsNamedWithoutARegion()
    {
        var report = Extract("根据《中华人民共和国政府信息公开条例》规定编制本报告。报告数据统计期限为2024年1月1日至2024年12月31日。\n一、总体情况\n"
            + "(一)主动公开政府信息情况\n2024年,鼓楼区统计局通过区政府网站主动公开政府信息6条。\n");

        Assert.Equal("鼓楼区统计局", report.Agency);
        Assert.Null(report.Region);
        Assert.Equal(6, Metric(report, "legacy.channel.website"));
    }

    [Fact]
    public void Opening_BodyUnderADistrictNameSeveralCitiesShare_IsNamedWithoutARegion()
    {
        var report = Extract("根据《中华人民共和国政府信息公开条例》规定编制本报告。\n一、总体情况\n2023年,鼓楼区统计局认真贯彻落实《条例》要求,扎实推进政务公开工作。\n");

        Assert.Equal("鼓楼区统计局", report.Agency);
        Assert.Null(report.Region);
    }
}
