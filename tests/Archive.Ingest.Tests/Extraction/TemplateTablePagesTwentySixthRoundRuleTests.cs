using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules from the twenty-sixth round of real reports (pages whose stored text reaches the template tables, taken as the
/// search returned them), each on a fictional fixture: table 二's heading with the subject the older 编写说明 put in front
/// (二、行政机关主动公开政府信息情况) found on a page flattened onto one line; and a row whose excerpt stops inside the next
/// row's label, run onto one line, read rather than joined to that label.
/// </summary>
public sealed class TemplateTablePagesTwentySixthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private const string TownOpening = "平罗县青禾镇人民政府2020年政府信息公开工作年度报告 一、总体情况 2020年,青禾镇认真贯彻落实《中华人民共和国政府信息公开条例》,"
        + "围绕镇党委、镇政府中心工作做好政府信息公开工作,全年未发生因政府信息公开引起的行政复议和行政诉讼。 ";

    // Table 二 of the 2019 template as pipe cells run onto one line, opening at its first section's label.
    private const string Table2019Pipes = "第二十条第(一)项 | ||| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | 规章 | 0 | 0 | 0 | "
        + "规范性文件 | 2 | 2 | 9 | 第二十条第(五)项 | ||| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | 行政许可 | 5 | 1 | 40 | "
        + "其他对外管理服务事项 | 3 | 0 | 12 | 第二十条第(六)项 | ||| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | 行政处罚 | 4 | 0 | 6 | "
        + "行政强制 | 0 | 0 | 0 | 第二十条第(八)项 | ||| 信息内容 | 上一年项目数量 | 本年增/减 | | 行政事业性收费 | 0 | 0 | | "
        + "第二十条第(九)项 | ||| 信息内容 | 采购项目数量 | 采购总金额 | | 政府集中采购 | 2 | 36 | ";

    private const string Table3Header = "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | |||||||| 自然人 | 法人或其他组织 | 总计 | ||||||| "
        + "商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ||||| ";

    private const string Table3FirstRows = "一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | || "
        + "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | || ";

    [Fact]
    public void OneLinePage_Table2HeadingWithTheAdministrativeOrgansSubject_FindsTheTable()
    {
        // 二、行政机关主动公开政府信息情况 2020年我镇…。 第二十条第(一)项 | … on one line: the heading names the table as
        // 二、主动公开政府信息情况 does; main found neither it nor the section label (which starts no line there).
        var metrics = Metrics(Extract(TownOpening + "二、行政机关主动公开政府信息情况 2020年我镇在县政府网站主动公开其他文件3件。 " + Table2019Pipes
            + "三、行政机关收到和处理政府信息公开申请情况 " + Table3Header + Table3FirstRows + "四、结转下年度继续办理 本镇无。\n"));

        Assert.Equal(0, metrics["active.rules.new"]);
        Assert.Equal(2, metrics["active.normative_docs.new"]);
        Assert.Equal(9, metrics["active.normative_docs.total"]);
        Assert.Equal(5, metrics["active.licensing.prev_items"]);
        Assert.Equal(1, metrics["active.licensing.change"]);
        Assert.Equal(40, metrics["active.licensing.decisions"]);
        Assert.Equal(12, metrics["active.other_services.decisions"]);
        Assert.Equal(6, metrics["active.penalty.decisions"]);
        Assert.Equal(2, metrics["active.procurement.items"]);
        Assert.Equal(2, metrics["apply.new.total"]);
    }

    [Fact]
    public void LinedPage_Table2HeadingWithTheAdministrativeOrgansSubject_SectionLabelSharingTheHeadersLine_FindsTheTable()
    {
        // The same page with its line breaks, each section's label on the line of its column labels (第二十条第(一)项 | |||
        // 信息内容 | 本年新制作数量 | …): too long a line for a label alone, so main found no start of table 二; the heading
        // now starts it, and the sentence under the heading (其他文件3件) gives no row.
        var metrics = Metrics(Extract(LinedPage(Table2Lines(Table2019Pipes))));

        Assert.Equal(9, metrics["active.normative_docs.total"]);
        Assert.Equal(40, metrics["active.licensing.decisions"]);
        Assert.Equal(0, metrics["active.other_services.change"]);
        Assert.Equal(36, metrics["active.procurement.amount"]);
        Assert.Equal(2, metrics["apply.new.natural"]);
    }

    [Fact]
    public void LinedPage_Table2HeadingWithTheAdministrativeOrgansSubject_SectionLabelOnItsOwnLine_ReadsAsBefore()
    {
        // Each section's label on a line of its own (第二十条第(一)项 | |||): main started the table there, this build at the
        // heading above; the cells are the same, and the sentence between gives no row.
        var metrics = Metrics(Extract(LinedPage(Table2Lines(Table2019Pipes).Replace("||| 信息内容", "|||\n信息内容", StringComparison.Ordinal))));

        Assert.Equal(9, metrics["active.normative_docs.total"]);
        Assert.Equal(40, metrics["active.licensing.decisions"]);
        Assert.Equal(0, metrics["active.other_services.change"]);
        Assert.Equal(36, metrics["active.procurement.amount"]);
        Assert.Equal(3, metrics["active.other_services.prev_items"]);
    }

    private static string Table2Lines(string table) => table.Replace(" | 第", " |\n第", StringComparison.Ordinal).Replace("| 规", "|\n规", StringComparison.Ordinal)
        .Replace("| 行", "|\n行", StringComparison.Ordinal).Replace("| 其", "|\n其", StringComparison.Ordinal).Replace("| 政", "|\n政", StringComparison.Ordinal);

    private static string LinedPage(string table2) =>
        TownOpening.Replace(" 一、", "\n一、", StringComparison.Ordinal) + "\n二、行政机关主动公开政府信息情况\n2020年我镇在县政府网站主动公开其他文件3件。\n"
        + table2 + "\n三、行政机关收到和处理政府信息公开申请情况\n" + Table3Header + "\n" + Table3FirstRows.Replace("|| 二", "||\n二", StringComparison.Ordinal) + "\n";

    [Fact]
    public void OneLinePage_SubjectBeforeAnotherHeading_IsNoTable2Heading()
    {
        // 行政机关 before words that are not table 二's heading (二、行政机关政务公开工作情况) opens no table: the page has
        // no table 二 heading, so its section label still starts the table as before, and nothing else is read.
        var metrics = Metrics(Extract(TownOpening + "二、行政机关政务公开工作情况 2020年我镇在县政府网站主动公开其他文件3件。 " + Table2019Pipes
            + "三、收到和处理政府信息公开申请情况 " + Table3Header + Table3FirstRows + "四、结转下年度继续办理 本镇无。\n"));

        Assert.Equal(40, metrics["active.licensing.decisions"]);
        Assert.Equal(2, metrics["apply.new.total"]);
    }

    [Fact]
    public void OneLinePage_ExcerptStopsInsideTheNextRowsLabel_ReadsTheRowBefore()
    {
        // … 三、本年度办理结果 | (一)予以公开 | 2 | 0 | … | 2 | (二)部分公开(区 at the text's end, on one line: the cut label
        // joined the row's own and made the line a header, so (一) was unread while its seven cells are printed.
        var metrics = Metrics(Extract(TownOpening + "二、主动公开政府信息情况 " + Table2019Pipes + "三、收到和处理政府信息公开申请情况 " + Table3Header
            + Table3FirstRows + "三、本年度办理结果 | (一)予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | (二)部分公开(区\n"));

        Assert.Equal(2, metrics["apply.result.disclosed.natural"]);
        Assert.Equal(0, metrics["apply.result.disclosed.business"]);
        Assert.Equal(2, metrics["apply.result.disclosed.total"]);
        Assert.DoesNotContain(metrics.Keys, k => k.StartsWith("apply.result.partial.", StringComparison.Ordinal));
    }

    [Fact]
    public void OneLinePage_ExcerptStopsOnTheNextSectionsNumeral_ReadsTheRowBefore()
    {
        // 二、上年结转… | 0 | … | 0 | ||||||| 三 at the text's end (the excerpt stops on 三 of 三、本年度办理结果).
        var metrics = Metrics(Extract(TownOpening + "二、主动公开政府信息情况 " + Table2019Pipes + "三、收到和处理政府信息公开申请情况 " + Table3Header
            + "一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | || 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | ||||||| 三\n"));

        Assert.Equal(1, metrics["apply.carried_in.natural"]);
        Assert.Equal(1, metrics["apply.carried_in.total"]);
        Assert.Equal(2, metrics["apply.new.total"]);
    }

    [Fact]
    public void OneLinePage_LabelsAfterTheRowAndMoreText_LineStaysWhole()
    {
        // The same row with a label after it and the text going on (… | 2 | 备注 说明文字 …): no excerpt's end shows that
        // the label opens a cut row, so the line is left as main left it and no cell of it is read.
        var metrics = Metrics(Extract(TownOpening + "二、主动公开政府信息情况 " + Table2019Pipes + "三、收到和处理政府信息公开申请情况 " + Table3Header
            + Table3FirstRows + "三、本年度办理结果 | (一)予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | 备注 本表由镇党政办填报 填报人 张某\n"));

        Assert.DoesNotContain(metrics.Keys, k => k.StartsWith("apply.result.", StringComparison.Ordinal));
        Assert.Equal(2, metrics["apply.new.total"]);
    }
}
