using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules from the twenty-second round of real reports (pages whose stored text reaches the template tables, 2019–2025), each
/// on a fictional fixture: applications received and answered counted by their case word alone, the year's items of active
/// disclosure counted between the verb and the items, the year of the disclosure work named as carried out, and a 2021 table
/// 二 keeping 2019's （一） columns whose money column names the year as 本年度.
/// </summary>
public sealed class AnsweredCasesAndWorkCarriedOutRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private static decimal? Metric(ExtractedReport report, string key) => report.Metrics.SingleOrDefault(m => m.Key == key)?.Value;

    private const string Table2021 = "二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
        + "规章 | 0 | 0 | 0 |\n行政规范性文件 | 0 | 0 | 0 |\n第二十条第(五)项 | |||\n信息内容 | 本年处理决定数量 | ||\n行政许可 | 0 | ||\n"
        + "第二十条第(六)项 | |||\n信息内容 | 本年处理决定数量 | ||\n行政处罚 | 0 | ||\n行政强制 | 0 | ||\n第二十条第(八)项 | |||\n"
        + "信息内容 | 本年收费金额(单位:万元) | ||\n行政事业性收费 | 0 |\n三、收到和处理政府信息公开申请情况\n";

    private const string Head = "青石县某某委员会2021年政府信息公开工作年度报告\n\n一、总体情况\n\n";

    [Theory]
    [InlineData("今年以来,我委通过政府门户网站主动公开信息13条;受理并答复依申请公开2件;没有发生政府信息公开的收费、诉讼等情况。", 2)]
    [InlineData("全年收到并办结依申请公开共5件,均在法定期限内答复。", 5)]
    public void Received_ReceivedAndAnsweredCountedByTheCaseWord_IsTheYearsApplications(string sentence, int received)
    {
        var report = Extract(Head + sentence + "\n");

        Assert.Equal(received, Metric(report, "legacy.apply.received"));
    }

    [Theory]
    [InlineData("全年受理并答复依申请公开信息3条,均按时办结。")]
    [InlineData("全年受理并答复依申请公开政府信息3条。")]
    public void Received_ReceivedAndAnsweredCountedAsItems_IsNoApplicationCount(string sentence)
    {
        // Items of information disclosed on application may be counted in 条: not certainly applications.
        var report = Extract(Head + sentence + "\n");

        Assert.Null(Metric(report, "legacy.apply.received"));
    }

    [Fact]
    public void ActiveTotal_CountBetweenTheVerbAndTheItems_UnderABareHeading_IsTheYearsTotal()
    {
        var report = Extract("青石县某某街道2023年政府信息公开工作年度报告\n\n一、总体情况\n\n2023,某某街道切实推进政务信息公开工作。\n\n"
            + "主动公开\n\n2023年度主动公开的60条政府信息。其中发布街道动态50条、街道公告4条、其他主动公开类信息6条。\n\n依申请公开\n\n"
            + "2023年未收到依申请公开件。\n\n" + Table2021);

        Assert.Equal(60, Metric(report, "legacy.active.total"));
    }

    [Theory]
    [InlineData("今年对主动公开的60条政府信息进行了全面清理。")]
    [InlineData("2023年度主动公开的60条政府信息中,有40条通过门户网站发布。")]
    public void ActiveTotal_CountBetweenTheVerbAndTheItems_NotTheWholeSentence_IsNoTotal(string sentence)
    {
        var report = Extract("青石县某某街道2023年政府信息公开工作年度报告\n\n一、总体情况\n\n" + sentence + "\n\n" + Table2021);

        Assert.Null(Metric(report, "legacy.active.total"));
    }

    [Fact]
    public void Year_DisclosureWorkNamedAsCarriedOut_IsTheReportsYear()
    {
        var report = Extract("一、总体情况\n按照上级关于做好年度报告有关事项的要求,现将分局2021年政府信息公开开展情况汇报如下:\n"
            + "(一)政务信息公示情况。在区政府网站上公示工作动态18条。\n" + Table2021);

        Assert.Equal(2021, report.Year);
    }

    [Fact]
    public void Year_WorkCarriedOutNamedInAPlansTitle_IsNoYear()
    {
        // A document's title (《2020年政府信息公开开展情况通报》) is not the report's own work.
        var report = Extract("一、总体情况\n按照《2020年政府信息公开开展情况通报》的要求,分局认真做好信息公开工作。\n"
            + "(一)政务信息公示情况。在区政府网站上公示工作动态18条。\n" + Table2021);

        Assert.Null(report.Year);
    }

    [Fact]
    public void TableTwo_2019ColumnsOfItemOneOnly_MoneyColumnNamingTheWholeYear_IsThe2021Template()
    {
        // The 2021 栏目 (one column of decisions, fees in 万元, no （九） 采购) with the money column's year as 本年度: 2021's
        // table, its single values the decisions, not 2019's first column (上一年项目数量).
        var report = Extract("一、总体情况\n2022年度,区某某保护局认真做好政府信息公开工作。\n二、主动公开政府信息情况\n"
            + "第二十条第(一)项 | |||\n信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 |\n规章 | 0 | 0 | 0 |\n规范性文件 | 0 | 0 | 0 |\n"
            + "第二十条第(五)项 | |||\n信息内容 | 处理决定数量 | ||\n行政许可 | 117 | ||\n"
            + "第二十条第(六)项 | |||\n信息内容 | 处理决定数量 | ||\n行政处罚 | 2 | ||\n行政强制 | 0 | ||\n"
            + "第二十条第(八)项 | |||\n信息内容 | 本年度收费金额(单位:万元) | ||\n行政事业性收费 | 0 | ||\n"
            + "三、收到和处理政府信息公开申请情况\n");

        Assert.Equal(ReportTemplate.V2021, report.Template);
        Assert.Equal(117, Metric(report, "active.licensing.decisions"));
        Assert.Equal(2, Metric(report, "active.penalty.decisions"));
        Assert.Equal(0, Metric(report, "active.fees.amount"));
        Assert.DoesNotContain(report.Metrics, m => m.Key.EndsWith(".prev_items", StringComparison.Ordinal));
    }
}
