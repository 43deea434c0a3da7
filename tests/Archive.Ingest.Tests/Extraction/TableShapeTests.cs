using Archive.Core.Reports;
using Archive.Core.Text;
using Archive.Core.Vocabulary;
using Archive.Ingest.Extraction;
using Archive.Ingest.Pipeline;
using Archive.Ingest.Readers;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Issue 19, acceptance 3 (tables): each shape real reports print their tables in, on a small fixture made here.
/// Every fixture is a fictional report; the assertions are the cells a reader of the printed page would take.
/// </summary>
public sealed class TableShapeTests
{
    private static readonly ReportExtractor Extractor = new();

    private const string Title = "示例县人民政府2021年政府信息公开工作年度报告\n本报告所列数据的统计期限自2021年1月1日起至2021年12月31日。\n";

    private const string Title2019 = "示例区水务局2020年政府信息公开工作年度报告\n";

    private const string Table4Header = "四、政府信息公开行政复议、行政诉讼情况\n";

    // Table 三's heading and one header line of its seven columns in tab slots.
    private const string Table3Tabs = "三、收到和处理政府信息公开申请情况\n\t\t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n";

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private static decimal? Metric(ExtractedReport report, string key) => report.Metrics.SingleOrDefault(m => m.Key == key)?.Value;

    private static CellState State(ExtractedReport report, string key) => report.Cells.Single(c => c.Key == key).State;

    [Fact]
    public void Tabs_RowPerLine_ReadsByExactCount()
    {
        var report = Extract(Title + "二、主动公开政府信息情况\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t1\t0\t12\n行政规范性文件\t5\t2\t40\n");

        Assert.Equal(ReportTemplate.V2021, report.Template);
        Assert.Equal(1, Metric(report, "active.rules.issued"));
        Assert.Equal(12, Metric(report, "active.rules.in_force"));
        Assert.Equal(40, Metric(report, "active.normative_docs.in_force"));
    }

    [Fact]
    public void Spaces_PageNumberSeriesBetweenRows_IsNoCellOfTheRowAbove()
    {
        // A PDF's text (pdftotext -raw) numbers its pages - 1 -, - 2 -; the table's page break falls after a row.
        var report = Extract("示例市人民政府2023年政府信息公开工作年度报告\n本报告所列数据的统计期限自2023年1月1日起至2023年12月31日。\n- 1 -\n"
            + "三、收到和处理政府信息公开申请情况\n自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n"
            + "一、本年新收政府信息公开申请数量 40 3 0 0 1 0 44\n（四）无\n1.本机关不掌握相关政府信息 17 2 0 0 1 0 20\n- 2 -\n"
            + "法提供 2.没有现成信息需要另行制作 4 0 0 0 0 0 4\n3.补正后申请内容仍不明确 1 0 0 0 0 0 1\n");

        Assert.Equal(17, Metric(report, "apply.result.unable.not_held.natural"));
        Assert.Equal(20, Metric(report, "apply.result.unable.not_held.total"));
        Assert.Equal(4, Metric(report, "apply.result.unable.needs_creation.total"));
    }

    [Fact]
    public void Spaces_NarrowLabelColumnWrapsBothOpeningLabels_TableThreeIsRead()
    {
        // An office suite's PDF of a Word table without rules (pdftotext -layout): the label column is so narrow that
        // 本年新收政府信息 / 公开申请数量 and （一）予以公 / 开 wrap with the row's values between their lines.
        var report = Extract(Title + "三、收到和处理政府信息公开申请情况\n\n（本列数据的勾稽     申请人情况\n关系为：第一项加     自然人 法人或其他组织    总计\n"
            + "第二项之和）      商业  科研机 社会   法律服 其他\n                 企业  构    公益   务机构\n"
            + "一、本年新收政府信息     13  2   0   0       0   1    16\n公开申请数量\n"
            + "二、上年结转政府信息     3   0   0   0       0   0    3\n公开申请数量\n"
            + "三、  （一）予以公     5   1   0     0     0   1    7\n本年  开\n度办  （二）部分公     2   0   0     0     0   0    2\n理结  开（区分处理\n");

        Assert.Equal(13, Metric(report, "apply.new.natural"));
        Assert.Equal(16, Metric(report, "apply.new.total"));
        Assert.Equal(3, Metric(report, "apply.carried_in.total"));
        Assert.Equal(7, Metric(report, "apply.result.disclosed.total"));
    }

    [Fact]
    public void Spaces_SentenceNamingResultsBeforeTheTable_GivesNoRowItsLabel()
    {
        // A PDF's paragraph on one line between the heading and the table names two results; the first row's label is
        // then wrapped a character a line, so its values have no label of their own and are not read.
        var report = Extract(Title + "三、收到和处理政府信息公开申请情况\n本年共收到申请9件，其中，予以公开3件，部分公开4件，其他2件。\n"
            + "申请人情况\n自 法 总计\n然 人\n人\n一 9 0 0 0 0 0 9\n、\n本\n年\n新\n收\n");

        Assert.Null(Metric(report, "apply.result.partial.natural"));
        Assert.Null(Metric(report, "apply.result.partial.total"));
        Assert.DoesNotContain(report.Metrics, m => m.Key.StartsWith("apply.result.", StringComparison.Ordinal));
    }

    [Fact]
    public void Tabs_NumberedLabelWrappedAfterItsFirstCharacter_NamesTheNextRowSoNumbered()
    {
        // A narrow label column of an office suite's PDF (Archive's PDF reader): 3.危 keeps one character of its core on
        // the values' line, the rest of the label a piece a line after them.
        var report = Extract(Title + "三、收到和处理政府信息公开申请情况\n自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n"
            + "（一）予以公开 6\t0\t0\t0\t0\t0\t6\n（三）不予公开\n1.属于国家秘密 2\t0\t0\t0\t0\t0\t2\n2.其他法律行政法规禁止公开 0\t0\t0\t0\t0\t0\t0\n"
            + "3.危 4\t1\t0\t0\t0\t0\t5\n及“三\n安全\n一稳\n定”\n4.保护 0\t0\t0\t0\t0\t0\t0\n第三\n方合\n法权\n益\n");

        Assert.Equal(4, Metric(report, "apply.result.denied.security_stability.natural"));
        Assert.Equal(5, Metric(report, "apply.result.denied.security_stability.total"));
        Assert.Equal(2, Metric(report, "apply.result.denied.state_secret.total"));
    }

    [Fact]
    public void Spaces_OlderFormYearWrappedOverItsColumn_ReadsTheYearsColumn()
    {
        // An office suite's PDF of a Word table (pdftotext -layout): the year heads its column with 年度 on the next line.
        var report = Extract("示例镇人民政府2012年政府信息公开工作年度报告\n附件：示例镇2012年政府信息公开情况统计表\n\n"
            + "指标名称        计量        2012       历年累计\n            单位        年度\n\n"
            + "主动公开信息数     条         412        2960\n其中：1.网站公开   条         398        2731\n"
            + "4.网上申请数     条         6          17\n行政复议数       条   0   1\n");

        Assert.Equal(412, Metric(report, "legacy.active.total"));
        Assert.Equal(398, Metric(report, "legacy.channel.website"));
        Assert.Equal(6, Metric(report, "legacy.apply.online"));
        Assert.Equal(0, Metric(report, "legacy.review.total"));
    }

    [Theory]
    [InlineData("| 指标名称     | 计量 | 2014 | 历年累计 |\n|              |      |      |          |\n|              | 单位 | 年度 |          |\n", "| {0} | 条 | {1} | {2} |\n")]
    [InlineData("指标名称         计量   2014   历年累计\n                 \n                 单位   年度\n", "{0}      条    {1}    {2}\n")]
    public void OlderForm_YearWrappedOverItsColumnPastAnEmptyLine_ReadsTheYearsColumn(string header, string row)
    {
        // A grid or multiline table's header cell over three lines (pandoc's org and rst writers, html-to-text's data tables).
        string Row(string label, int year, int total) => string.Format(System.Globalization.CultureInfo.InvariantCulture, row, label, year, total);
        var report = Extract("示例镇人民政府2014年政府信息公开工作年度报告\n附件：示例镇2014年政府信息公开情况统计表\n\n" + header
            + Row("主动公开信息数", 530, 3104) + Row("其中：1.网站公开", 517, 2980) + Row("4.网上申请数", 9, 21) + Row("行政复议数", 0, 2));

        Assert.Equal(530, Metric(report, "legacy.active.total"));
        Assert.Equal(517, Metric(report, "legacy.channel.website"));
        Assert.Equal(9, Metric(report, "legacy.apply.online"));
        Assert.Equal(0, Metric(report, "legacy.review.total"));
    }

    [Fact]
    public void Markdown_RawHtmlTableAmongTheLines_ReadAsTheWebPagesTable()
    {
        // pandoc and turndown keep a table with merged cells as raw HTML among the Markdown, on one line or many.
        var markdown = "# 示例县人民政府2021年政府信息公开工作年度报告\n\n本报告所列数据的统计期限自2021年1月1日起至2021年12月31日。\n\n"
            + "二、主动公开政府信息情况\n\n<table class=\"grid\"><tbody><tr><td colspan=\"4\"><p>第二十条第（一）项</p></td></tr>"
            + "<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
            + "<tr><td>规章</td><td>2</td><td>0</td><td>7</td></tr><tr><td>行政规范性文件</td><td>9</td><td>3</td><td>61</td></tr></tbody></table>\n\n"
            + "三、收到和处理政府信息公开申请情况\n\n<table style=\"width:100%\">\n<colgroup>\n<col style=\"width: 10%\" />\n</colgroup>\n<tbody>\n"
            + "<tr class=\"odd\">\n<td colspan=\"3\" rowspan=\"3\"><p>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</p></td>\n"
            + "<td colspan=\"7\">申请人情况</td>\n</tr>\n<tr class=\"even\">\n<td rowspan=\"2\">自然人</td>\n<td colspan=\"5\">法人或其他组织</td>\n<td rowspan=\"2\">总计</td>\n</tr>\n"
            + "<tr class=\"odd\">\n<td>商业企业</td>\n<td>科研机构</td>\n<td>社会公益组织</td>\n<td>法律服务机构</td>\n<td>其他</td>\n</tr>\n"
            + "<tr class=\"even\">\n<td colspan=\"3\">一、本年新收政府信息公开申请数量</td>\n<td>15</td>\n<td>2</td>\n<td>0</td>\n<td>0</td>\n<td>0</td>\n<td>1</td>\n<td>18</td>\n</tr>\n"
            + "</tbody>\n</table>\n\n四、政府信息公开行政复议、行政诉讼情况\n";
        var text = new TextDocumentReader().Read(System.Text.Encoding.UTF8.GetBytes(markdown), CancellationToken.None).Text;

        var report = Extract(text);

        Assert.DoesNotContain("<td", text, StringComparison.Ordinal);
        Assert.Equal(2, Metric(report, "active.rules.issued"));
        Assert.Equal(61, Metric(report, "active.normative_docs.in_force"));
        Assert.Equal(15, Metric(report, "apply.new.natural"));
        Assert.Equal(18, Metric(report, "apply.new.total"));
    }

    [Fact]
    public void Markdown_TablesRecognisedFromThePages_EachWrappedInHtmlBody_ReadAsTheWebPagesTable()
    {
        // MinerU's Markdown of a PDF: each table as <html><body><table>…</table></body></html> on its line, and a
        // table the page breaks as two, the second without its head rows.
        static string Wrapped(string rows) => "<html><body><table>" + rows + "</table></body></html>\n\n";
        static string Row(params string[] cells) => "<tr>" + string.Concat(cells.Select(c => "<td>" + c + "</td>")) + "</tr>";
        var markdown = "# 示例县人民政府2021年政府信息公开工作年度报告\n\n本报告所列数据的统计期限自2021年1月1日起至2021年12月31日。\n\n"
            + "# 二、主动公开政府信息情况\n\n"
            + Wrapped("<tr><td colspan=\"4\">第二十条第（一）项</td></tr>" + Row("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")
                + Row("规章", "2", "0", "7") + Row("行政规范性文件", "9", "3", "61"))
            + "# 三、收到和处理政府信息公开申请情况\n\n"
            + Wrapped("<tr><td colspan=\"3\" rowspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td colspan=\"7\">申请人情况</td></tr>"
                + "<tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>"
                + Row("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他")
                + "<tr><td colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>15</td><td>2</td><td>0</td><td>0</td><td>0</td><td>1</td><td>18</td></tr>"
                + "<tr><td colspan=\"3\">二、上年结转政府信息公开申请数量</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>"
                + "<tr><td rowspan=\"2\">三、本年度办理结果</td><td colspan=\"2\">（一）予以公开</td><td>9</td><td>1</td><td>0</td><td>0</td><td>0</td><td>0</td><td>10</td></tr>")
            + Wrapped("<tr><td colspan=\"2\">（二）部分公开（区分处理的，只计这一情形，不计其他情形）</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td><td>4</td></tr>")
            + "# 四、政府信息公开行政复议、行政诉讼情况\n";
        var text = new DocumentReaders(new DocumentReaderLimits()).Read(System.Text.Encoding.UTF8.GetBytes(markdown), CancellationToken.None).Text;

        var report = Extract(text);

        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
        Assert.Equal("示例县人民政府2021年政府信息公开工作年度报告", report.Title);
        Assert.Equal(61, Metric(report, "active.normative_docs.in_force"));
        Assert.Equal(18, Metric(report, "apply.new.total"));
        Assert.Equal(10, Metric(report, "apply.result.disclosed.total"));
        Assert.Equal(3, Metric(report, "apply.result.partial.natural"));
        Assert.Equal(4, Metric(report, "apply.result.partial.total"));
    }

    [Fact]
    public void OlderTableTwo_HeaderPrintsTheYearsCountForTheChange_LeavesThatColumnUnread()
    {
        // A 2019 table 二 whose header prints 本年数量 where the template's 本年增/减 stands (6 | 6 | 122): a count is no change.
        var cells = new[] { "二、主动公开政府信息情况", "第二十条第（一）项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量", "规章", "0", "0", "0",
            "第二十条第（五）项", "信息内容", "上一年项目数量", "本年数量", "处理决定数量", "行政许可", "0", "0", "0", "其他对外管理服务事项", "6", "6", "122",
            "第二十条第（六）项", "信息内容", "上一年项目数量", "本年数量", "处理决定数量", "行政处罚", "0", "1", "2", "三、收到和处理政府信息公开申请情况" };
        var report = Extract(Title2019 + string.Join('\n', cells) + "\n");

        Assert.Equal(6, Metric(report, "active.other_services.prev_items"));
        Assert.Equal(122, Metric(report, "active.other_services.decisions"));
        Assert.Equal(2, Metric(report, "active.penalty.decisions"));
        Assert.Null(Metric(report, "active.other_services.change"));
        Assert.Null(Metric(report, "active.penalty.change"));
    }

    [Fact]
    public void Markdown_RowsWithoutOuterBars_ReadAsPipeRows()
    {
        // html2text writes every row without its outer bars, each bar followed by a space.
        var report = Extract(Title2019 + "二、主动公开政府信息情况\n\n第二十条第（一）项  \n---  \n信息内容| 本年新制作数量| 本年新公开数量| 对外公开总数量  \n"
            + "规章| 0| 0| 4  \n规范性文件| 12| 12| 58  \n第二十条第（九）项  \n信息内容| 采购项目数量| 采购总金额  \n政府集中采购| 27| 480512.5元  \n  \n"
            + "三、收到和处理政府信息公开申请情况\n");

        Assert.Equal(58, Metric(report, "active.normative_docs.total"));
        Assert.Equal(27, Metric(report, "active.procurement.items"));
        Assert.Equal(480512.5m, Metric(report, "active.procurement.amount"));
    }

    [Fact]
    public void Spaces_RunsOfSpaces_ReadByExactCount()
    {
        var report = Extract(Title + "二、主动公开政府信息情况\n信息内容      本年制发件数   本年废止件数   现行有效件数\n规章              3              0              9\n行政规范性文件    7              1              30\n");

        Assert.Equal(3, Metric(report, "active.rules.issued"));
        Assert.Equal(9, Metric(report, "active.rules.in_force"));
        Assert.Equal(1, Metric(report, "active.normative_docs.repealed"));
    }

    [Fact]
    public void PipeRows_MarkdownTable_ReadsRowsAndKeepsBlankCellsBlank()
    {
        var report = Extract(Title + "二、主动公开政府信息情况\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n| 规章 | 2 |  | 8 |\n| 行政规范性文件 | 6 | 1 | 33 |\n");

        Assert.Equal(2, Metric(report, "active.rules.issued"));
        Assert.Null(Metric(report, "active.rules.repealed"));
        Assert.Equal(CellState.Blank, State(report, "active.rules.repealed"));
        Assert.Equal(33, Metric(report, "active.normative_docs.in_force"));
        Assert.Contains(report.Flags, f => f.Kind == FlagKind.TableIncomplete && f.Detail.Contains("active.rules.repealed", StringComparison.Ordinal));
    }

    [Fact]
    public void PipeRows_RowsWithoutLabel_FillTheGapBetweenLabelledRows_PageNumberIgnored()
    {
        var text = Title + "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n总计\n"
            + "| 一、本年新收政府信息公开申请数量 | 10 | 1 | 0 | 0 | 0 | 0 | 11 |\n"
            + "二、上年结转政府信息公开申请数量\n"
            + "| 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n"
            + "|---|---|---|---|---|---|---|\n"
            + "7\n"
            + "| 三、本年度办理结果 | （一）予以公开 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |\n";
        var report = Extract(text);

        Assert.Equal(11, Metric(report, "apply.new.total"));
        Assert.Equal(3, Metric(report, "apply.carried_in.natural"));
        Assert.Equal(3, Metric(report, "apply.carried_in.total"));
        Assert.Equal(7, Metric(report, "apply.result.disclosed.total"));
        Assert.DoesNotContain(report.Metrics, m => m.Value == 7 && m.Key.StartsWith("apply.carried_in", StringComparison.Ordinal));
    }

    [Fact]
    public void PipeRows_TwoUnlabelledRowsForOneGap_AreNotGuessed()
    {
        var text = Title + "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n总计\n"
            + "| 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n"
            + "| 4 | 0 | 0 | 0 | 0 | 0 | 4 |\n"
            + "| 二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
            + "| （一）予以公开 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n";
        var report = Extract(text);

        Assert.Null(Metric(report, "apply.new.natural"));
        Assert.Equal(CellState.Unread, State(report, "apply.new.natural"));
        Assert.Equal(1, Metric(report, "apply.carried_in.total"));
    }

    [Fact]
    public void OneCellPerLine_EmptyLinesInsideARow_AreBlankCells()
    {
        var text = Title + "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n总计\n"
            + "一、本年新收政府信息公开申请数量\n5\n\n\n1\n\n\n6\n"
            + "二、上年结转政府信息公开申请数量\n2\n0\n0\n0\n0\n0\n2\n"
            + "三、本年度办理结果\n（一）予以公开\n4\n";
        var report = Extract(text);

        Assert.Equal(5, Metric(report, "apply.new.natural"));
        Assert.Equal(CellState.Blank, State(report, "apply.new.business"));
        Assert.Null(Metric(report, "apply.new.business"));
        Assert.Equal(1, Metric(report, "apply.new.social_org"));
        Assert.Equal(CellState.Blank, State(report, "apply.new.other_org"));
        Assert.Equal(6, Metric(report, "apply.new.total"));
        Assert.Equal(2, Metric(report, "apply.carried_in.total"));
    }

    [Fact]
    public void LabelsSplitOverLines_AndHeaderRowsSplit_AreJoined()
    {
        var text = Title + "三、收到和处理政府信息公开申请情况\n\t\t申请人情况\n\t\t自然人\t法人或其他组织\t\t\t\t\t总计\n\t\t\t商业\t科研\t社会公\t法律服\t其他\n\t\t\t企业\t机构\t益组织\t务机构\n"
            + "一、本年新收政府信息公开申请数量\t\t\t4\t1\t0\t0\t0\t0\t5\n"
            + "三、本年度办理结果\t（一）予以公开\t\t1\t0\t0\t0\t0\t0\t1\n"
            + "\t（四）无法提供\t1.本机关不掌握相关政府信息\t1\t0\t0\t0\t0\t0\t1\n"
            + "\t\t2.没有现成信息需要另行制\t2\t0\t0\t0\t0\t0\t2\n\t\t作\n"
            + "\t\t3.补正后申请内\t1\t0\t1\t0\t0\t0\t2\n\t\t容仍不明确\n";
        var report = Extract(text);

        Assert.Equal(5, Metric(report, "apply.new.total"));
        Assert.Equal(2, Metric(report, "apply.result.unable.needs_creation.total"));
        Assert.Equal(1, Metric(report, "apply.result.unable.unclear.research"));
    }

    [Theory]
    [InlineData("2.其他法律行政止公开", true)] // 法规禁 lost, as a real county's PDF prints it two years running
    [InlineData("2.其他行政公开", false)] // half the label gone: no longer certain
    [InlineData("3.其他法律行政止公开", false)] // the numbering says another row
    public void PdfLabelMissingCharacters_IsTheNextRowOnlyWhenMostOfItRemains(string printed, bool read)
    {
        var text = Title + Table3Tabs
            + "一、本年新收政府信息公开申请数量\t\t\t9\t0\t0\t0\t0\t0\t9\n"
            + "三、本年度办理结果\t（一）予以公开\t\t4\t0\t0\t0\t0\t0\t4\n"
            + "\t（三）不予公开\t1.属于国家秘密\t1\t0\t0\t0\t0\t0\t1\n"
            + "\t\t" + printed + "\t2\t0\t0\t0\t0\t0\t2\n"
            + "\t\t3.危及“三安全一稳定”\t3\t0\t0\t0\t0\t0\t3\n";
        var report = Extract(text);

        Assert.Equal(read ? 2 : null, Metric(report, "apply.result.denied.law_prohibited.natural"));
        Assert.Equal(read ? CellState.Printed : CellState.Unread, State(report, "apply.result.denied.law_prohibited.total"));
        Assert.Equal(1, Metric(report, "apply.result.denied.state_secret.total"));
        Assert.Equal(3, Metric(report, "apply.result.denied.security_stability.total"));
    }

    [Fact]
    public void SpaceAlignedLabelOverThreeLines_ValuesOnTheMiddlePart_AreTheRowsWhoseLabelItBegins()
    {
        // A PDF's layout text: the row label wraps over three lines with the values on the second, and the group label
        // （六）其他处理 is printed in its own column to the left, between the label's parts.
        var text = Title + "三、收到和处理政府信息公开申请情况\n"
            + "                                 自然人   商业企业  科研机构  社会公益组织  法律服务机构  其他   总计\n"
            + "一、本年新收政府信息公开申请数量           12       1       0       0       0       0     13\n"
            + "      （一）予以公开                      5        0       0       0       0       0     5\n"
            + "               1、申请人无正当理由逾期不补\n\n"
            + "               正、行政机关不再处理其政府信      4        1       0       0       0       0     5\n"
            + "               息公开申请\n\n"
            + "     （六）其\n"
            + "               2、申请人逾期未按收费通知要\n"
            + "     他处理\n"
            + "               求缴纳费用、行政机关不再处理      3        0       0       0       0       0     3\n"
            + "               其政府信息公开申请\n\n"
            + "               3、其他                          0        0       0       0       0       0     0\n"
            + "     （七）总计                                12       1       0       0       0       0     13\n";
        var report = Extract(text);

        Assert.Equal(4, Metric(report, "apply.result.other.no_correction.natural"));
        Assert.Equal(5, Metric(report, "apply.result.other.no_correction.total"));
        Assert.Equal(3, Metric(report, "apply.result.other.no_fee.natural"));
        Assert.Equal(0, Metric(report, "apply.result.other.other.total"));
        Assert.Equal(13, Metric(report, "apply.result.total.total"));
    }

    [Theory]
    [InlineData("1、申请人无正当理由逾期不补", "正、行政机关不再处理其政府信", 4)] // the label's numbering and half of it
    [InlineData("", "正、行政机关不再处理其政府信", null)] // no numbering: which row it ends is not certain
    [InlineData("1、申请人无", "正当理由", null)] // too little of the label
    public void LabelBegunOverLines_OnlyFromItsNumberingAndWithHalfOfIt(string first, string second, int? read)
    {
        var text = Title + "三、收到和处理政府信息公开申请情况\n"
            + "                                 自然人   商业企业  科研机构  社会公益组织  法律服务机构  其他   总计\n"
            + "一、本年新收政府信息公开申请数量           12       1       0       0       0       0     13\n"
            + "               " + first + "\n"
            + "               " + second + "      4        1       0       0       0       0     5\n";
        var report = Extract(text);

        Assert.Equal(read, Metric(report, "apply.result.other.no_correction.natural"));
        Assert.Equal(13, Metric(report, "apply.new.total"));
    }

    [Fact]
    public void TableTwo_2019ColumnsOfItemOneOnly_In2021Table_IsThe2021TemplateWithItemOneUnread()
    {
        // A 2021 report that kept the old columns of 第二十条第（一）项 only: its other 栏目 are 2021's (one column of
        // decisions, fees in 万元), so the report is 2021's; the （一） cells are under columns 2021 does not have.
        var text = "示例市气象局2021年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
            + "第二十条第(一)项 | ||||\n信息内容 | 本年新 | 本年新 | 对外公开总数量 | |\n规章 | 0 | 0 | 0 | |\n规范性文件 | 1 | 1 | 6 | |\n"
            + "第二十条第(五)项 | ||||\n信息内容 | 本年处理决定数量 | |||\n行政许可 | 7 | |||\n"
            + "第二十条第(六)项 | ||||\n信息内容 | 本年处理决定数量 | |||\n行政处罚 | 2 | |||\n行政强制 | 0 | |||\n"
            + "第二十条第(八)项 | ||||\n信息内容 | 本年收费金额(单位:万元) | |||\n行政事业性收费 | 0 |\n"
            + "三、收到和处理政府信息公开申请情况\n";
        var report = Extract(text);

        Assert.Equal(ReportTemplate.V2021, report.Template);
        Assert.Equal(7, Metric(report, "active.licensing.decisions"));
        Assert.Equal(2, Metric(report, "active.penalty.decisions"));
        Assert.Equal(0, Metric(report, "active.fees.amount"));
        Assert.DoesNotContain(report.Metrics, m => m.Key.StartsWith("active.normative_docs", StringComparison.Ordinal) || m.Key.StartsWith("active.rules", StringComparison.Ordinal));
        Assert.Equal(CellState.Unread, State(report, "active.normative_docs.issued"));
    }

    [Fact]
    public void TableTwo_2019ColumnsThroughout_StaysThe2019Template()
    {
        var text = "示例市气象局2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
            + "第二十条第(一)项 | ||||\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | |\n规章 | 0 | 0 | 0 | |\n规范性文件 | 1 | 1 | 6 | |\n"
            + "第二十条第(五)项 | ||||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |\n行政许可 | 3 | 1 | 7 | |\n"
            + "第二十条第(八)项 | ||||\n信息内容 | 上一年项目数量 | 本年增/减 | |\n行政事业性收费 | 0 | 0 | |\n"
            + "三、收到和处理政府信息公开申请情况\n";
        var report = Extract(text);

        Assert.Equal(ReportTemplate.V2019, report.Template);
        Assert.Equal(6, Metric(report, "active.normative_docs.total"));
        Assert.Equal(7, Metric(report, "active.licensing.decisions"));
    }

    [Fact]
    public void HtmlTable_EmptyCellsAndEmptyRows_ValuesStayUnderTheirColumnsAndRows()
    {
        static string Row(string label, params string[] cells) =>
            "<tr><td colspan=\"3\">" + label + "</td>" + string.Concat(cells.Select(c => "<td>" + c + "</td>")) + "</tr>";
        var html = "<html><body><p>示例县人民政府2019年政府信息公开工作年度报告</p><p>三、收到和处理政府信息公开申请情况</p><table>"
            + "<tr><td colspan=\"3\" rowspan=\"3\"></td><td colspan=\"7\">申请人情况</td></tr>"
            + "<tr><td rowspan=\"2\">自然人</td><td colspan=\"5\">法人或其他组织</td><td rowspan=\"2\">总计</td></tr>"
            + "<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>"
            + Row("一、本年新收政府信息公开申请数量", "21", "3", "&nbsp;", "&nbsp;", "1", "&nbsp;", "25")
            + Row("二、上年结转政府信息公开申请数量", "2", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;", "2")
            + Row("（一）予以公开", "9", "2", "&nbsp;", "&nbsp;", "1", "&nbsp;", "&nbsp;")
            + Row("（三）不予公开 1.属于国家秘密", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;")
            + Row("2.其他法律行政法规禁止公开", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;")
            + Row("3.危及“三安全一稳定”", "4", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;", "&nbsp;")
            + "</table><p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>";
        var report = Extract(HtmlDocumentReader.ToText(html, CancellationToken.None));

        Assert.Equal(21, Metric(report, "apply.new.natural"));
        Assert.Equal(3, Metric(report, "apply.new.business"));
        Assert.Equal(CellState.Blank, State(report, "apply.new.research"));
        Assert.Equal(1, Metric(report, "apply.new.legal_service"));
        Assert.Equal(25, Metric(report, "apply.new.total"));
        Assert.Equal(2, Metric(report, "apply.carried_in.total"));
        Assert.Equal(1, Metric(report, "apply.result.disclosed.legal_service"));

        // The 4 printed after two empty rows is 危及“三安全一稳定”'s, not the first empty row's.
        Assert.Equal(4, Metric(report, "apply.result.denied.security_stability.natural"));
        Assert.Null(Metric(report, "apply.result.denied.state_secret.natural"));
        Assert.Null(Metric(report, "apply.result.denied.law_prohibited.natural"));
    }

    [Fact]
    public void PipeRows_WithoutTheLeadingBar_AreRows()
    {
        var text = "示例县人民政府2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 | |||\n"
            + "信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 |\n"
            + "规范性文件(指各行政机关印发的有正式文号的文件) | 2 | 0 | 83 |\n"
            + "第二十条第(五)项 | |||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
            + "行政许可 | 71 | -11 | 0 |\n";
        var report = Extract(text);

        Assert.Equal(2, Metric(report, "active.normative_docs.new"));
        Assert.Equal(83, Metric(report, "active.normative_docs.total"));
        Assert.Equal(-11, Metric(report, "active.licensing.change"));
    }

    [Fact]
    public void OneCellPerLine_BarsAloneOnTheirLines_SeparateCells()
    {
        var text = Title + "二、主动公开政府信息情况\n第二十条第(一)项\n|\n信息内容\n|\n本年制发件数\n|\n本年废止件数\n|\n现行有效件数\n|\n"
            + "规章\n|\n0\n|\n1\n|\n6\n|\n行政规范性文件\n|\n2\n|\n0\n|\n9\n|\n";
        var report = Extract(text);

        Assert.Equal(1, Metric(report, "active.rules.repealed"));
        Assert.Equal(6, Metric(report, "active.rules.in_force"));
        Assert.Equal(9, Metric(report, "active.normative_docs.in_force"));
    }

    [Fact]
    public void OneCellPerLine_WholeTableThreeBetweenBars_PageEndsBeforeTableFour_EveryRowRead()
    {
        // A page cut after table 三 (no 四、 heading to end it): laid out one cell per line between bars, its 25 rows
        // take over 400 lines; each row's values are distinct so a shifted row would show.
        var rows = Core.Metrics.StandardTables.Applications2021.Sections.SelectMany(s => s.Rows).ToList();
        var text = new System.Text.StringBuilder(Title + "三、收到和处理政府信息公开申请情况\n|\n申请人情况\n|\n自然人\n|\n法人或其他组织\n|\n总计\n|\n"
            + "商业\n企业\n|\n科研\n机构\n|\n社会公益组织\n|\n法律服务机构\n|\n其他\n|\n");
        for (var r = 0; r < rows.Count; r++)
        {
            text.Append(rows[r].Label).Append("\n|\n");
            foreach (var value in new[] { r + 1, 1, 0, 0, 0, 0, r + 2 })
            {
                text.Append(value).Append("\n|\n");
            }
        }

        var report = Extract(text.ToString());

        for (var r = 0; r < rows.Count; r++)
        {
            Assert.Equal(r + 1, Metric(report, rows[r].KeyPrefix + ".natural"));
            Assert.Equal(r + 2, Metric(report, rows[r].KeyPrefix + ".total"));
        }
    }

    [Fact]
    public void PageCutAfterTableThreesSecondRow_ItsRowsAreRead()
    {
        var text = Title + "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n"
            + "一、本年新收政府信息公开申请数量\n4\n1\n0\n0\n0\n0\n5\n二、上年结转政府信息公开申请数量\n2\n0\n0\n0\n0\n0\n2\n三、本年度办理结果\n（一）予以";
        var report = Extract(text);

        Assert.Equal(5, Metric(report, "apply.new.total"));
        Assert.Equal(2, Metric(report, "apply.carried_in.natural"));
        Assert.Null(Metric(report, "apply.result.disclosed.total"));
    }

    [Fact]
    public void MarkdownHeadings_MarksBeforeTheSectionHeadings_TablesAndTitleRead()
    {
        var text = "# 示例县人民政府 2021 年 政府信息公开工作年度报告\n\n## 一、总体情况\n\n本报告所列数据的统计期限自2021年1月1日起至2021年12月31日。\n\n"
            + "## 二、主动公开政府信息情况\n\n### 第二十条第（一）项\n\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n| 规章 | 2 | 0 | 8 |\n| 行政规范性文件 | 6 | 1 | 33 |\n";
        var report = Extract(text);

        Assert.Equal("示例县人民政府2021年政府信息公开工作年度报告", report.Title);
        Assert.Equal(8, Metric(report, "active.rules.in_force"));
        Assert.Equal(33, Metric(report, "active.normative_docs.in_force"));
        Assert.Equal("| 规章 | 2 | 0 | 8 |", report.Metrics.Single(m => m.Key == "active.rules.in_force").Source);
    }

    [Theory]
    [InlineData("**", "**")]
    [InlineData("*", "*")]
    [InlineData("   **", "**  ")]
    [InlineData("__", "__")]
    public void EmphasisMarks_WrappingTheSectionHeading_TableRead(string opening, string closing)
    {
        // A page's bold heading through pandoc's org, asciidoc, textile (*二、…*) or rst and markdown (**二、…**) writers.
        var text = Title + opening + "二、主动公开政府信息情况" + closing + "\n\n| 第二十条第（一）项 | | | |\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
            + "| 规章 | 1 | 0 | 6 |\n| 行政规范性文件 | 9 | 2 | 41 |\n\n" + opening + "三、收到和处理政府信息公开申请情况" + closing + "\n";
        var report = Extract(text);

        Assert.Equal(6, Metric(report, "active.rules.in_force"));
        Assert.Equal(41, Metric(report, "active.normative_docs.in_force"));
        Assert.Equal("| 规章 | 1 | 0 | 6 |", report.Metrics.Single(m => m.Key == "active.rules.in_force").Source);
    }

    [Fact]
    public void RstSimpleTable_EscapedEmptyFirstCell_RowsReadFromTheirLabels()
    {
        // pandoc -t rst writes an empty first column as a backslash before the row's label.
        var text = Title + "二、主动公开政府信息情况\n\n== ============== ============ ============ ============\n"
            + "\\  第二十条第（一）项\n\\  信息内容       本年制发件数 本年废止件数 现行有效件数\n\\  规章           4            1            12\n"
            + "\\  行政规范性文件 8            0            57\n== ============== ============ ============ ============\n\n三、收到和处理政府信息公开申请情况\n";
        var report = Extract(text);

        Assert.Equal(4, Metric(report, "active.rules.issued"));
        Assert.Equal(12, Metric(report, "active.rules.in_force"));
        Assert.Equal(57, Metric(report, "active.normative_docs.in_force"));
    }

    [Theory]
    [InlineData("行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）", true)]
    [InlineData("行政诉讼（复议后起诉）", "行政诉讼（未经复议直接起诉）", false)]
    [InlineData("行政诉讼", "行政诉讼", false)]
    public void TableFour_AsThreeTablesOfFive_ReadOnlyWhenEachGroupIsNamedInTemplateOrder(string second, string third, bool read)
    {
        const string Header = "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n|---|---|---|---|---|\n";
        var text = Title + Table4Header + "### 行政复议\n" + Header + "| 2 | 1 | 0 | 1 | 4 |\n\n"
            + "### " + second + "\n" + Header + "| 3 | 0 | 0 | 0 | 3 |\n\n"
            + "### " + third + "\n" + Header + "| 5 | 0 | 1 | 1 | 7 |\n\n五、存在的主要问题及改进情况\n";
        var report = Extract(text);

        Assert.Equal(read ? 4 : null, Metric(report, "review.total"));
        Assert.Equal(read ? 3 : null, Metric(report, "litigation.direct.total"));
        Assert.Equal(read ? 7 : null, Metric(report, "litigation.after_review.total"));
        Assert.Equal(read ? 1 : null, Metric(report, "litigation.after_review.pending"));
    }

    [Fact]
    public void PipeRows_TableTwoWithoutItsHeading_RowNamedInAnotherRowsNote_EachRowItsOwnValues()
    {
        // The 2019 labels with their notes, as a real page prints them: 其他对外管理服务事项's note names 行政处罚 and 行政强制.
        var text = "本局2020年度政府信息公开情况报告如下。\n第二十条第(一)项 | |||||\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | ||\n"
            + "规章 | 0 | 0 | 0 | ||\n规范性文件 | 2 | 2 | 19 | ||\n第二十条第(五)项 | |||||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | ||\n"
            + "行政许可 | 8 | 5 | 93 | ||\n其他对外管理服务事项(指行政许可以外的政务服务事项,含行政确认、行政处罚、行政强制和其他类) | 117 | 0 | 165 | ||\n"
            + "第二十条第(六)项 | |||||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | ||\n行政处罚 | 90 | 0 | 22 | ||\n行政强制 | 4 | 4 | 6 | ||\n";
        var report = Extract(text);

        Assert.Equal(ReportTemplate.V2019, report.Template);
        Assert.Equal(19, Metric(report, "active.normative_docs.total"));
        Assert.Equal(117, Metric(report, "active.other_services.prev_items"));
        Assert.Equal(165, Metric(report, "active.other_services.decisions"));
        Assert.Equal(22, Metric(report, "active.penalty.decisions"));
        Assert.Equal(4, Metric(report, "active.enforcement.prev_items"));
        Assert.Equal(6, Metric(report, "active.enforcement.decisions"));
    }

    [Fact]
    public void BoxTable_LabelWrappedWithItsValuesBesideAMiddleLine_RowsNamedInItsListOrExceptedAreNotIt()
    {
        // A text browser's box table: each label wraps over lines of its own cell, the values beside the middle line, so
        // that line may be the note's list (…行政处罚、行政强制、…) or what the note excepts (除规范性文件以外).
        const string empty = "│ │ │ │\n";
        var text = "本局2020年度政府信息公开情况报告如下。\n│第二十条第(一)项 │ │ │ │\n│信息内容 │本年新制作数量 │本年新公开数量 │对外公开总数量 │\n"
            + "│规章 │0 │0 │0 │\n│规范性文件 │3 │3 │12 │\n"
            + "│其他主动公开文件(含以本单位名义签发的、 │ │ │ │\n│除规范性文件以外 │41 │40 │208 │\n│的主动公开文件) │ │ │ │\n"
            + "│第二十条第(五)项 │ │ │ │\n│信息内容 │上一年项目数量 │本年增/减 │处理决定数量 │\n│行政许可 │6 │2 │71 │\n"
            + "│其他对外管理服务事项(指行政许可以外的政 │ │ │ │\n│务服务事项,含行政确认、 │ │ │ │\n"
            + "│行政裁决、行政处罚、行政强制、行政检查 │54 │0 │130 │\n│和其他类) │ │ │ │\n"
            + "│第二十条第(六)项 │ │ │ │\n│信息内容 │上一年项目数量 │本年增/减 │处理决定数量 │\n│行政处罚 │35 │0 │17 │\n│行政强制 │2 │1 │5 │\n" + empty;
        var report = Extract(text);

        Assert.Equal(12, Metric(report, "active.normative_docs.total"));
        Assert.Equal(3, Metric(report, "active.normative_docs.new"));
        Assert.Equal(54, Metric(report, "active.other_services.prev_items"));
        Assert.Equal(130, Metric(report, "active.other_services.decisions"));
        Assert.Equal(35, Metric(report, "active.penalty.prev_items"));
        Assert.Equal(17, Metric(report, "active.penalty.decisions"));
        Assert.Equal(2, Metric(report, "active.enforcement.prev_items"));
        Assert.Equal(5, Metric(report, "active.enforcement.decisions"));
    }

    [Fact]
    public void OneCellPerLine_CellsWithTheirBars_ABarAloneBeforeAValueIsAnEmptyCell()
    {
        var text = Title + "三、收到和处理政府信息公开申请情况\n申请人情况 |\n||||||||\n自然人 |\n法人或其他组织 |\n总计 |\n|||||||\n"
            + "商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n|||||\n"
            + "一、本年新收政府信息公开申请数量 |\n|\n|\n|\n|\n|\n|\n3 |\n||\n"
            + "二、上年结转政府信息公开申请数量 |\n1 |\n|\n|\n|\n|\n|\n1 |\n||\n";
        var report = Extract(text);

        Assert.Equal(3, Metric(report, "apply.new.total"));
        Assert.Equal(CellState.Blank, State(report, "apply.new.natural"));
        Assert.Equal(1, Metric(report, "apply.carried_in.natural"));
        Assert.Equal(CellState.Blank, State(report, "apply.carried_in.other_org"));
        Assert.Equal(1, Metric(report, "apply.carried_in.total"));
    }

    [Fact]
    public void PipeRows_PageNumberBetweenDashesInAGap_IsNoRow()
    {
        var text = Title + "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n总计\n"
            + "| 一、本年新收政府信息公开申请数量 | 10 | 1 | 0 | 0 | 0 | 0 | 11 |\n"
            + "— 5 —\n"
            + "| 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n"
            + "| 三、本年度办理结果 | （一）予以公开 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |\n";
        var report = Extract(text);

        Assert.Equal(3, Metric(report, "apply.carried_in.total"));
        Assert.Equal(7, Metric(report, "apply.result.disclosed.total"));
    }

    [Fact]
    public void Tabs_OnePageNumberBesideAFormFeed_IsNoCellOfTheRowBeforeIt()
    {
        // An excerpt keeps one page break of a PDF's text: its - 5 - alone could be a row's cells, but the form feed
        // after it makes it the page's number.
        var text = Title + Table3Tabs + "一、本年新收政府信息公开申请数量\t\t\t10\t1\t0\t0\t0\t0\t11\n二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0\n"
            + "三、本年度办理结果\t（一）予以公开\t\t6\t1\t0\t0\t0\t0\t7\n\n- 5 -\n\f\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t2\t0\t0\t0\t0\t0\t2\n";
        var single = Extract(text);
        var noBreak = Extract(text.Replace("\f", string.Empty, StringComparison.Ordinal));

        Assert.Equal(7, Metric(single, "apply.result.disclosed.total"));
        Assert.Equal(2, Metric(single, "apply.result.partial.total"));
        Assert.Null(Metric(noBreak, "apply.result.disclosed.total"));
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("{0} / 9")]
    public void Tabs_PageNumbersOfConsecutivePagesBesideFormFeeds_AreNoCells(string folio)
    {
        // A word processor's PDF numbers its pages with a bare number (or 3 / 9) at each page's foot, before the form
        // feed. Alone, a bare number could be the page's last cell; on consecutive pages it is their number. The row
        // above the first one lacks its total, which the number would otherwise have filled.
        string Page(int number) => "\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, folio, number) + "\n\f";
        var text = Title + Table3Tabs + "一、本年新收政府信息公开申请数量\t\t\t10\t1\t0\t0\t0\t0\t11\n二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0\n"
            + "三、本年度办理结果\t（一）予以公开\t\t6\t1\t0\t0\t0\t0\n" + Page(3)
            + "\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t2\t0\t0\t0\t0\t0\t2\n" + Page(4)
            + "\t（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0\n";
        var report = Extract(text);

        Assert.Null(Metric(report, "apply.result.disclosed.total"));
        Assert.Equal(6, Metric(report, "apply.result.disclosed.natural"));
        Assert.Equal(2, Metric(report, "apply.result.partial.total"));
        Assert.Equal(0, Metric(report, "apply.result.denied.state_secret.total"));
    }

    [Fact]
    public void Tabs_OneBareNumberBesideAFormFeed_CompletesNoRow()
    {
        // One bare number at a page's foot may be its number or its last cell (a PDF without page numbers): the row above
        // it, one cell short, is not completed by it.
        var text = Title + Table3Tabs + "一、本年新收政府信息公开申请数量\t\t\t10\t1\t0\t0\t0\t0\t11\n"
            + "三、本年度办理结果\t（一）予以公开\t\t6\t1\t0\t0\t0\t0\n\n5\n\f\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t2\t0\t0\t0\t0\t0\t2\n";
        var report = Extract(text);

        Assert.Null(Metric(report, "apply.result.disclosed.total"));
        Assert.Equal(11, Metric(report, "apply.new.total"));
        Assert.Equal(2, Metric(report, "apply.result.partial.total"));
    }

    [Fact]
    public void OneCellPerLine_NumbersBesideSeveralPageBreaksNotNumberingPages_AreCells()
    {
        // A text without page numbers whose table a cell a line runs over pages: the numbers before the form feeds number
        // no pages in a row, so they are the pages' last cells.
        var text = "示例区水务局2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项\n信息内容\n本年新制作数量\n本年新公开数量\n对外公开总数量\n"
            + "规章\n0\n0\n7\n\f规范性文件\n2\n1\n12\n\f第二十条第(五)项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n行政许可\n6\n2\n71\n";
        var report = Extract(text);

        Assert.Equal(7, Metric(report, "active.rules.total"));
        Assert.Equal(12, Metric(report, "active.normative_docs.total"));
        Assert.Equal(71, Metric(report, "active.licensing.decisions"));
    }

    [Fact]
    public void PipeRows_AnAmountInYuanUnderACount_LeavesItsRowUnread()
    {
        // A converter that prints a merged cell in every column it spans (docling's markdown), beside a blank cell: the
        // amount would be read as 采购项目数量.
        var text = Title2019 + "二、主动公开政府信息情况\n\n| 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 |\n|---|---|---|---|\n"
            + "| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n| 规章 | 0 | 0 | 3 |\n"
            + "| 第二十条第（九）项 | 第二十条第（九）项 | 第二十条第（九）项 | 第二十条第（九）项 |\n| 信息内容 | 采购项目数量 | 采购总金额 | 采购总金额 |\n"
            + "| 政府集中采购 |  | 5120.5万元 | 5120.5万元 |\n";
        var report = Extractor.Extract(text, "fixture.md");

        Assert.Null(Metric(report, "active.procurement.items"));
        Assert.Equal(3, Metric(report, "active.rules.total"));
    }

    [Fact]
    public void Tabs_Table3WithoutItsHeadRows_ReadsTheRowsPrintingAllSevenCells()
    {
        // The head rows lost (a page that printed them as an image): the first row's seven values, the seventh their sum,
        // show the table; the template's column order places every row printing all seven.
        const string rows = "一、本年新收政府信息公开申请数量\t\t\t10\t1\t0\t0\t0\t0\t11\n二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0\n"
            + "三、本年度办理结果\t（一）予以公开\t\t6\t1\t0\t0\t0\t0\t7\n\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t2\t\t0\t0\t0\t0\t2\n";
        var report = Extract(Title + "三、收到和处理政府信息公开申请情况\n" + rows);
        var notASum = Extract(Title + "三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t\t\t10\t1\t0\t0\t0\t0\t12\n"
            + "三、本年度办理结果\t（一）予以公开\t\t6\t1\t0\t0\t0\t0\t7\n");

        Assert.Equal(10, Metric(report, "apply.new.natural"));
        Assert.Equal(11, Metric(report, "apply.new.total"));
        Assert.Equal(7, Metric(report, "apply.result.disclosed.total"));
        Assert.Null(Metric(report, "apply.result.partial.business"));
        Assert.Null(Metric(notASum, "apply.new.natural"));
    }

    [Fact]
    public void MarkdownFile_MergedCellsPrintedInEveryColumnTheySpan_AreReadOnce()
    {
        // docling's markdown prints a merged cell in each column it spans, its head cell too.
        var markdown = "示例县人民政府2021年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n\n"
            + "| 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 | 第二十条第（一）项 |\n|---|---|---|---|\n"
            + "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 0 | 0 | 2 |\n| 行政规范性文件 | 3 | 1 | 25 |\n"
            + "| 第二十条第（五）项 | 第二十条第（五）项 | 第二十条第（五）项 | 第二十条第（五）项 |\n"
            + "| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |\n| 行政许可 | 310 | 310 | 310 |\n"
            + "| 第二十条第（八）项 | 第二十条第（八）项 | 第二十条第（八）项 | 第二十条第（八）项 |\n"
            + "| 信息内容 | 本年收费金额（单位：万元） | 本年收费金额（单位：万元） | 本年收费金额（单位：万元） |\n| 行政事业性收费 | 12.5 | 12.5 | 12.5 |\n";
        var report = Prepare(markdown);
        var differing = Prepare(markdown.Replace("| 行政许可 | 310 | 310 | 310 |", "| 行政许可 | 310 | 311 | 310 |", StringComparison.Ordinal));

        Assert.Equal(310, Metric(report, "active.licensing.decisions"));
        Assert.Equal(12.5m, Metric(report, "active.fees.amount"));
        Assert.Equal(25, Metric(report, "active.normative_docs.in_force"));
        Assert.Null(Metric(differing, "active.licensing.decisions"));
    }

    [Fact]
    public void MarkdownFile_HeadCellsCutToTheirFirstLine_AreNoSpan()
    {
        // 本年新 over 本年新制作数量 and 本年新公开数量: two columns whose labels lost their second line, their rows all 0.
        var markdown = "示例县某某局2020年政府信息公开工作年度报告\n\n二、主动公开政府信息情况\n"
            + "| 第二十条第(一)项 | |||\n| 信息内容 | 本年新 | 本年新 | 对外公开总数量 | \n| 规章 | 0 | 0 | 0 | \n| 规范性文件 | 0 | 0 | 0 | \n"
            + "| 第二十条第(五)项 | |||\n| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | \n| 行政许可 | 30 | -2 | 422 | \n";
        var report = Prepare(markdown);

        Assert.Equal(0, Metric(report, "active.rules.total"));
        Assert.Equal(0, Metric(report, "active.normative_docs.total"));
        Assert.Equal(0, Metric(report, "active.normative_docs.published"));
    }

    private static ExtractedReport Prepare(string markdown) =>
        new ReportPreparer(new ReportExtractor(), new IngestOptions()).Prepare("fixture.md", System.Text.Encoding.UTF8.GetBytes(markdown)).Extracted;

    [Fact]
    public void StatisticsTable_HeaderRepeatedAfterAPageBreak_IsNoRowLabel()
    {
        // A word processor repeats the table's head row on each page it spans; in the PDF's text the page's number, the
        // form feed and the header stand between two rows.
        const string header = "指标名称\t计量单位\t2013年度\t历年累计\n";
        var text = "示例县人民政府2013年政府信息公开工作年度报告\n附件1：示例县人民政府2013年政府信息公开情况统计表\n" + header
            + "主动公开信息数\t条\t1210\t4321\n受理依申请公开信息总数\t条\t9\t30\n其中：1.当面申请数\t条\t2\t11\n\n- 12 -\n\f\n" + header
            + "2.传真申请数\t条\t0\t1\n3.电子邮件申请数\t条\t3\t6\n";
        var report = Extract(text);
        var atTheTop = Extract(text.Replace("主动公开信息数", "\n- 11 -\n\f\n" + header + "主动公开信息数", StringComparison.Ordinal));

        foreach (var read in new[] { report, atTheTop })
        {
            Assert.Equal(1210, Metric(read, "legacy.active.total"));
            Assert.Equal(2, Metric(read, "legacy.apply.in_person"));
            Assert.Equal(0, Metric(read, "legacy.apply.fax"));
        }
    }

    [Fact]
    public void Tabs_DecimalWrappedAfterItsPoint_IsOneNumber()
    {
        // A narrow cell's sum wrapped after its decimal point (a page's <br/> inside the cell: 1283. 570125): the digits
        // after the point are no value of their own.
        var report = Extract(Title + "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t2\n"
            + "行政规范性文件\t3\t1\t25\n第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业性收费\t1283. 570125\n");

        Assert.Equal(1283.570125m, Metric(report, "active.fees.amount"));
    }

    [Fact]
    public void Tabs_RowNumberedWithADunhao_IsThatRow()
    {
        var text = Title + Table3Tabs
            + "三、本年度办理结果\t（一）予以公开\t\t4\t0\t0\t0\t0\t0\t4\n"
            + "\t（六）其他处理\t1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1\n"
            + "\t\t2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0\n"
            + "\t\t3、其他\t108\t2\t0\t0\t0\t0\t110\n";
        var report = Extract(text);

        Assert.Equal(108, Metric(report, "apply.result.other.other.natural"));
        Assert.Equal(110, Metric(report, "apply.result.other.other.total"));
        Assert.Equal(1, Metric(report, "apply.result.other.no_correction.total"));
    }

    [Fact]
    public void OneCellPerLine_EachCellWithItsBar_IsRead()
    {
        var text = "示例县人民政府2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 |\n本年新制作数量 |\n本年新公开数量 |\n对外公开总数量 |\n|\n"
            + "规章 |\n0 |\n0 |\n3 |\n|\n规范性文件 |\n2 |\n1 |\n9 |\n||||\n";
        var report = Extract(text);

        Assert.Equal(3, Metric(report, "active.rules.total"));
        Assert.Equal(2, Metric(report, "active.normative_docs.new"));
        Assert.Equal(9, Metric(report, "active.normative_docs.total"));
    }

    [Fact]
    public void OneCellPerLine_CellsWithTheirBarsAndBarredHeaderRows_IsReadLineByLine()
    {
        var text = Title + "二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n"
            + "规章 |\n0 |\n1 |\n4 |\n行政规范性文件 |\n2 |\n0 |\n7 |\n第二十条第(五)项 | |||\n信息内容 |\n本年处理决定数量 | ||\n行政许可 |\n12 | ||\n";
        var report = Extract(text);

        Assert.Equal(4, Metric(report, "active.rules.in_force"));
        Assert.Equal(7, Metric(report, "active.normative_docs.in_force"));
        Assert.Equal(12, Metric(report, "active.licensing.decisions"));
    }

    [Fact]
    public void Spaces_PdfLayoutText_TableThreeWithItsColumnHeadsOverLines_IsFound()
    {
        // pdftotext -layout of a browser's PDF of a real page: the column heads stand in narrow cells, a character a line.
        var text = Title + "三、收到和处理政府信息公开申请情况\n                           申请人情况\n                                 法人或其他组织\n"
            + "（本列数据的勾稽关系为：第一项加第二项之和，等于\n第三项加第四项之和）               自然 商 科 社会           法律     总\n"
            + "                         人 业 研 公益            服务   其 计\n\n"
            + "一、本年新收政府信息公开申请数量           217   1   0   0   0    0   218\n\n"
            + "二、上年结转政府信息公开申请数量           0     0   0   0   0    0   0\n\n"
            + "三、本   （一）予以公开              71    0   0   0   0    0   71\n";
        var report = Extract(text);

        Assert.Equal(217, Metric(report, "apply.new.natural"));
        Assert.Equal(218, Metric(report, "apply.new.total"));
        Assert.Equal(71, Metric(report, "apply.result.disclosed.total"));
    }

    [Fact]
    public void OneCellPerLine_ARowFollowedBySeveralRowsOfValues_TableIsUnreadable()
    {
        var values = string.Concat(new[] { 0, 0, 0, 0, 0, 0, 0, 0, 0, 22, 0, 0, 20, 22, 0, 0, 0 }.Select(v => v + "\n\n"));
        var text = Title + Table3Tabs + "一、本年新收政府信息公开申请数量\n\n80\n\n1\n\n0\n\n0\n\n0\n\n0\n\n81\n\n二、上年结转政府信息公开申请数量\n\n" + values
            + "三、本年度 （一）予以公开\n办理结果\n0\n0\n0\n0\n0\n0\n0\n";
        var report = Extract(text);

        Assert.DoesNotContain(report.Metrics, m => m.Key.StartsWith("apply.", StringComparison.Ordinal));
        Assert.Contains(report.Flags, f => f.Kind == FlagKind.TableUnreadable);
    }

    [Fact]
    public void TableTwo_The2021ColumnsInAVariantWording_AreFound()
    {
        var text = Title + "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n本年新\n制发数量\n废止数量\n现行有效数量\n规章\n0\n0\n0\n"
            + "第二十条第（五）项\n信息内容\n本年处理决定数量\n行政许可\n270\n第二十条第（六）项\n信息内容\n本年处理决定数量\n行政处罚\n2\n";
        var report = Extract(text);

        Assert.Equal(ReportTemplate.V2021, report.Template);
        Assert.Equal(270, Metric(report, "active.licensing.decisions"));
        Assert.Equal(2, Metric(report, "active.penalty.decisions"));
    }

    [Fact]
    public void TraditionalCharacters_ReadAsTheirSimplifiedForms()
    {
        var text = "柞水縣鳳凰鎮人民政府2021年政府信息公開工作年度報告\n本報告中所列數據的統計時限為2021年1月1日至2021年12月31日。\n"
            + "二、主動公開政府信息情況\n信息內容\t本年制發件數\t本年廢止件數\t現行有效件數\n規章\t0\t0\t6\n行政規範性文件\t2\t1\t9\n";
        var report = Extract(text);

        Assert.Equal("柞水县凤凰镇人民政府", report.Agency);
        Assert.Equal("611026", report.Region?.Code);
        Assert.Equal(6, Metric(report, "active.rules.in_force"));
        Assert.Equal(9, Metric(report, "active.normative_docs.in_force"));
    }

    [Fact]
    public void NumbersWithUnitsThousandsSeparatorsAndFullWidthDigits_AreValues()
    {
        var text = "示例县人民政府2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t１\t１\t１２\n规范性文件\t1,204\t1,204\t3,560\n"
            + "第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额\n政府集中采购\t3\t251000元\n";
        var report = Extract(text);

        Assert.Equal(ReportTemplate.V2019, report.Template);
        Assert.Equal(12, Metric(report, "active.rules.total"));
        Assert.Equal(1204, Metric(report, "active.normative_docs.new"));
        Assert.Equal(3560, Metric(report, "active.normative_docs.total"));
        var amount = report.Metrics.Single(m => m.Key == "active.procurement.amount");
        Assert.Equal(251000, amount.Value);
        Assert.Equal("元", amount.Unit);
    }

    [Fact]
    public void NotApplicableMarks_AreNotZero()
    {
        var report = Extract(Title + "二、主动公开政府信息情况\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t/\t—\t3\n");

        Assert.Equal(CellState.NotApplicable, State(report, "active.rules.issued"));
        Assert.Equal(CellState.NotApplicable, State(report, "active.rules.repealed"));
        Assert.Null(Metric(report, "active.rules.issued"));
        Assert.Equal(3, Metric(report, "active.rules.in_force"));
    }

    [Fact]
    public void PageOnOneLine_TableFourReadFromItsSpan()
    {
        var prose = string.Concat(Enumerable.Repeat("本机关认真落实政府信息公开工作各项要求，持续提升公开质量。", 12));
        var text = "示例县人民政府2022年政府信息公开工作年度报告 " + prose + " 四、政府信息公开行政复议、行政诉讼情况 行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉 0 1 1 0 2 1 0 0 0 1 0 0 0 0 0 五、存在的主要问题及改进情况 " + prose;
        var report = Extract(text);

        Assert.Equal(2, Metric(report, "review.total"));
        Assert.Equal(1, Metric(report, "litigation.direct.upheld"));
        Assert.Equal(0, Metric(report, "litigation.after_review.total"));
        var source = report.Metrics.Single(m => m.Key == "review.total").Source;
        Assert.StartsWith("四、", source, StringComparison.Ordinal);
        Assert.DoesNotContain("五、", source, StringComparison.Ordinal);
    }

    [Fact]
    public void PageOnOneLine_CellsRunTogether_NoTableMetricAndFlagged()
    {
        var prose = string.Concat(Enumerable.Repeat("本机关认真落实政府信息公开工作各项要求，持续提升公开质量。", 12));
        var text = "示例县人民政府2022年政府信息公开工作年度报告 " + prose + " 二、主动公开政府信息情况第二十条第（一）项 信息内容 本年制发件数 本年废止件数 现行有效件数 规章000行政规范性文件1234567第二十条第（五）项信息内容本年处理决定数量行政许可10690第二十条第（六）项信息内容本年处理决定数量行政处罚2113行政强制0 三、收到和处理政府信息公开申请情况 " + prose;
        var report = Extract(text);

        Assert.DoesNotContain(report.Metrics, m => m.Key.StartsWith("active.", StringComparison.Ordinal));
        Assert.Contains(report.Flags, f => f.Kind == FlagKind.TableUnreadable);
        Assert.All(report.Cells.Where(c => c.Key.StartsWith("active.", StringComparison.Ordinal)), c => Assert.Equal(CellState.Unread, c.State));
    }

    [Fact]
    public void OlderStatisticsForm_OnOneLine_ReadsTheYearColumnByExactWording()
    {
        var prose = string.Concat(Enumerable.Repeat("本机关认真落实政府信息公开工作各项要求，持续提升公开质量。", 12));
        var text = "示例县人民政府2012年政府信息公开工作年度报告 " + prose + " 附件：政府信息公开情况统计表 指标名称 计量 单位 2012 年度 历年累计 主动公开信息数 条 425 1516 其中：1.网站公开 条 418 1509 2.政府公报公开 条 0 受理依申请公开信息总数 条 3 9 其中：1.当面申请数 条 1 4 2.传真申请数 条 0 0 3.电子邮件申请数 条 2 5 4.信函、传真申请数 条 7 7 对申请的答复数 条 3 9 其中：1.同意公开答复数 条 2 6 3.否决公开答复数 条 1 1 行政复议数 件 0 0 行政诉讼数 件 0 0 附件下载";
        var report = Extract(text);

        Assert.Equal(ReportTemplate.Pre2019, report.Template);
        Assert.Equal(425, Metric(report, "legacy.active.total"));
        Assert.Equal(418, Metric(report, "legacy.channel.website"));
        Assert.Equal(0, Metric(report, "legacy.channel.gazette"));
        Assert.Equal(3, Metric(report, "legacy.apply.received"));
        Assert.Equal(0, Metric(report, "legacy.apply.fax"));
        Assert.Null(Metric(report, "legacy.apply.letter"));
        Assert.Equal(1, Metric(report, "legacy.apply.denied"));
        Assert.Equal("件", report.Metrics.Single(m => m.Key == "legacy.apply.received").Unit);
        Assert.DoesNotContain(report.Metrics, m => m.Value == 1516 || m.Value == 7);
    }

    [Fact]
    public void OlderStatisticsForm_PdfText_HeaderCellsRunTogetherAndALabelRunIntoItsUnit()
    {
        // As a browser's PDF of a real page reads back: the header's last three cells in one, one label glued to 条.
        var text = "示例县人民政府2017年政府信息公开工作年度报告\n本报告所列数据的统计期限自2017年1月1日起至2017年12月31日止。\n六、政府信息公开情况统计表\n"
            + "指标名称\t计量单位2017年度历年累计\n主动公开文件数\t条\t2122\t10037\n其中：1、政府网站公开数 条\t2120\t10030\n"
            + "2、政府公报公开数\t条\t2\t7\n受理政府信息依申请公开总数条\t5\t9\n";
        var report = Extract(text);

        Assert.Equal(2122, Metric(report, "legacy.active.total"));
        Assert.Equal(2120, Metric(report, "legacy.channel.website"));
        Assert.Equal(2, Metric(report, "legacy.channel.gazette"));
        Assert.Equal(5, Metric(report, "legacy.apply.received"));
        Assert.DoesNotContain(report.Metrics, m => m.Value is 10037 or 9);
    }

    [Fact]
    public void OlderStatisticsForm_HeaderLaidOutOverLines_TheYearColumnIsTheOneStandingLeft()
    {
        // As pdftotext -layout writes the real set's 2013 table: 历年累计 is named first but stands right of 2013年度.
        var text = "示例县人民政府2013年政府信息公开工作年度报告\n附件1：示例县人民政府2013年政府信息公开情况统计表\n\n            计量 2013\n指标名称                历年累计\n            单位 年度\n"
            + "主动公开信息数     条 1853 5395\n其中：1.网站公开   条 1713 5017\n对申请的答复数      条 3   24\n其中：1.同意公开答复数 条 2   19\n2.同意部分公开答复数  条 1   3\n";
        var report = Extract(text);

        Assert.Equal(1853, Metric(report, "legacy.active.total"));
        Assert.Equal(1713, Metric(report, "legacy.channel.website"));
        Assert.Equal(1, Metric(report, "legacy.apply.partial"));
        Assert.DoesNotContain(report.Metrics, m => m.Value is 5395 or 5017 or 24 or 19);
    }

    [Fact]
    public void OlderStatisticsForm_HeaderInContentOrder_KeepsItsPrintedOrderOrReadsOnlyValuesThatAgree()
    {
        // A PDF's text in its content order, one header cell a line without layout: in the table's order (单位 年度, then
        // 历年累计) the year's column is the first; out of it (历年累计 / 年度 / 单位) only a row whose two values agree is certain.
        // The prose's 传真申请数2件 does not stand in for the row the table prints but leaves uncertain.
        const string title = "示例县人民政府2013年政府信息公开工作年度报告\n本年度收到传真申请数2件。\n附件1：示例县人民政府2013年政府信息公开情况统计表\n";
        const string rows = "主动公开信息数\n条 640 2210\n其中：1.网站公开\n条 610 2150\n其中：1.当面申请数\n条 3 3\n2.传真申请数\n条 0\n";
        var inOrder = Extract(title + "计量 2013\n指标名称\n单位 年度\n历年累计\n" + rows);
        var outOfOrder = Extract(title + "计量 2013\n指标名称\n历年累计\n年度\n单位\n" + rows);

        Assert.Equal(640, Metric(inOrder, "legacy.active.total"));
        Assert.Equal(610, Metric(inOrder, "legacy.channel.website"));
        Assert.Equal(3, Metric(outOfOrder, "legacy.apply.in_person"));
        Assert.DoesNotContain(outOfOrder.Metrics, m => m.Key is "legacy.active.total" or "legacy.channel.website" or "legacy.apply.fax");
        Assert.DoesNotContain(inOrder.Metrics.Concat(outOfOrder.Metrics), m => m.Value is 2210 or 2150);
    }

    [Fact]
    public void OneCellPerLine_ValuesPrintedBeforeTheirRowLabels_AreNotRead()
    {
        // pdftotext's reading order of a browser's PDF: a row's cells come before its label, so 规章 would take 规范性文件's.
        var text = "示例县人民政府2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n本年新\n本年新\n信息内容\n对外公开总数量\n制作数量\n公开数量\n"
            + "0\n0\n7\n规章\n77\n77\n166\n规范性文件\n第二十条第（五）项\n";
        var report = Extract(text);

        Assert.DoesNotContain(report.Metrics, m => m.Key.StartsWith("active.", StringComparison.Ordinal));
        Assert.Contains(report.Flags, f => f.Kind == FlagKind.TableUnreadable);
    }

    [Fact]
    public void ContentOrderPdfText_ValuesAfterTheNextSectionsHeading_AreNotTheRowNamedBeforeIt()
    {
        // An office suite's PDF read in its content order: 行政事业性收费's cells come before its label, 政府集中采购's before
        // its own, after the next section's heading and columns. The procurement figures are not the fees row's.
        var text = Title2019 + "二、主动公开政府信息情况\n第二十条第（五）项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n行政许可\n\n4\n\n1\n\n30\n\n"
            + "第二十条第（八）项\n信息内容\n上一年项目数量\n本年增/减\n\n2\n\n0\n\n行政事业性收费\n\n第二十条第（九）项\n信息内容\n采购项目数量\n采购总金额\n\n"
            + "9\n\n73000 元\n\n政府集中采购\n三、收到和处理政府信息公开申请情况\n";
        var report = Extract(text);

        Assert.Equal(30, Metric(report, "active.licensing.decisions"));
        Assert.DoesNotContain(report.Metrics, m => m.Key.StartsWith("active.fees.", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Metrics, m => m.Value is 9 or 73000);
    }

    [Fact]
    public void TabText_HeaderLabelAloneAtALinesStart_GivesNoColumnPositions()
    {
        // A PDF's tab text: 总计 printed alone under the merged 申请人情况 header, rows' totals on the next line; the
        // （六） row lost its total (clipped in the PDF). By header slots 总计's 0 would come first and shift the row's
        // values one column (3 read as 商业企业).
        var text = Title2019 + "三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t\t\t申请人情况\n"
            + "\t\t\t自然人\t法人或其他组织\n总计\n\t\t\t\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n"
            + "一、本年新收政府信息公开申请数量\t\t\t12\t0\t0\t0\t0\t1\n13\n二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\n0\n"
            + "\t（六）其他处理\t\t3\t0\t0\t0\t0\t0\n\t（七）总计\t\t12\t0\t0\t0\t0\t1\n13\n四、结转下年度继续办理\t\t\t0\t0\t0\t0\t0\t0\n0\n";
        var report = Extract(text);

        Assert.Equal(12, Metric(report, "apply.new.natural"));
        Assert.Equal(13, Metric(report, "apply.new.total"));
        Assert.DoesNotContain(report.Metrics, m => m.Key.StartsWith("apply.result.other.", StringComparison.Ordinal));
    }

    [Fact]
    public void TabText_LeafLabelWrappedInItsSlot_GivesItsColumnAndEmptySlotsAreBlankCells()
    {
        // A PDF's tab text of a table with empty cells: 自然人 wrapped in its narrow cell (自然 | 人, slot 3 on two lines).
        // Joined, the header gives all seven slots, and each value goes to its slot's column; a trailing empty cell
        // (（一）'s 总计) is not printed, so not read. Without the join no row with an empty cell could be placed.
        var text = Title2019 + "三、收到和处理政府信息公开申请情况\n\t\t\t申请人情况\n\t\t\t自然\t法人或其他组织\t\t\t\t\t总计\n"
            + "\t\t\t人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n"
            + "一、本年新收政府信息公开申请数量\t\t\t40\t6\t\t\t3\t\t49\n二、上年结转政府信息公开申请数量\t\t\t2\t\t\t\t\t\t2\n"
            + "三、本年度办理结果\t（一）予以公开\t\t17\t2\t\t\t1\n\t（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t\t4\n";
        var report = Extract(text);

        Assert.Equal(40, Metric(report, "apply.new.natural"));
        Assert.Equal(6, Metric(report, "apply.new.business"));
        Assert.Equal(3, Metric(report, "apply.new.legal_service"));
        Assert.Equal(49, Metric(report, "apply.new.total"));
        Assert.Equal(2, Metric(report, "apply.carried_in.total"));
        Assert.Equal(1, Metric(report, "apply.result.disclosed.legal_service"));
        Assert.Equal(4, Metric(report, "apply.result.partial.natural"));
        Assert.DoesNotContain(report.Metrics, m => m.Key is "apply.new.research" or "apply.new.other_org" or "apply.result.disclosed.total");
    }

    [Fact]
    public void TabText_ANumbersDigitsSpacedApartInItsSlot_AreOneCellOnlyWhereTheTotalAddsUp()
    {
        // A PDF's tab text with letter-spaced numbers: 总计 57 printed 5 7 in its slot. Joined, the row has its seven
        // cells and 50+6+0+0+1+0 = 57; 二's 1 2 joins to 12 where the parts add to 3, so that row stays unread.
        var text = Title2019 + "三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n"
            + "自然人\t法人或其他组织\t总计\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n"
            + "一、本年新收政府信息公开申请数量\t50\t6\t0\t0\t1\t0\t5 7\n二、上年结转政府信息公开申请数量\t2\t1\t0\t0\t0\t0\t1 2\n";
        var report = Extract(text);

        Assert.Equal(50, Metric(report, "apply.new.natural"));
        Assert.Equal(57, Metric(report, "apply.new.total"));
        Assert.Null(Metric(report, "apply.carried_in.natural"));
        Assert.DoesNotContain(report.Metrics, m => m.Key.StartsWith("apply.carried_in.", StringComparison.Ordinal) && m.Value is 1 or 2);
    }

    [Fact]
    public void PipeRow_EmptySlotAfterItsLabel_IsABlankCellOnlyWhereTheTotalStillAdds()
    {
        // An empty slot after a merged label: a blank 自然人 (the row adds up) or the label's second column over a row
        // whose 总计 was lost (3 0 0 0 0 0 would read 商业企业 3, 总计 0).
        const string head = "三、收到和处理政府信息公开申请情况\n| | | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
            + "| 一、本年新收政府信息公开申请数量 | | 12 | 0 | 0 | 0 | 0 | 1 | 13 |\n";
        var lost = Extract(Title2019 + head + "| （六）其他处理 | | 3 | 0 | 0 | 0 | 0 | 0 |\n| （七）总计 | | 12 | 0 | 0 | 0 | 0 | 1 | 13 |\n");
        var blank = Extract(Title2019 + head + "| （六）其他处理 | | 3 | 0 | 0 | 0 | 0 | 3 |\n| （七）总计 | | 12 | 0 | 0 | 0 | 0 | 1 | 13 |\n");

        Assert.Equal(13, Metric(lost, "apply.new.total"));
        Assert.DoesNotContain(lost.Metrics, m => m.Key.StartsWith("apply.result.other.", StringComparison.Ordinal));
        Assert.Equal(3, Metric(blank, "apply.result.other.business"));
        Assert.Equal(3, Metric(blank, "apply.result.other.total"));
    }

    [Fact]
    public void OlderStatisticsForm_CellsRunTogether_IsUnreadable()
    {
        var text = "示例县人民政府2016年政府信息公开工作年度报告\n七、政府信息公开情况统计表 指标名称计量单位2016年度历年累计主动公开文件数条346085376其中：1、政府网站公开数条3460853762、政府公报公开数条00受理依申请公开信息总数条00行政复议数件00行政诉讼数件00\n";
        var report = Extract(text);

        Assert.DoesNotContain(report.Metrics, m => m.Origin == MetricOrigin.Table);
        Assert.Contains(report.Flags, f => f.Kind == FlagKind.TableUnreadable);
        Assert.All(report.Cells, c => Assert.Equal(CellState.Unread, c.State));
    }

    [Fact]
    public void NationalStatisticsTable_Tabs_ReadsItsRows()
    {
        var text = "示例县人民政府2017年政府信息公开工作年度报告\n附件：政府信息公开情况统计表\n统计指标\t单位\t统计数\n一、主动公开情况\t——\t——\n（一）主动公开政府信息数（不同渠道和方式公开相同信息计1条）\t条\t320\n其中：主动公开规范性文件数\t条\t12\n三、依申请公开情况\t——\t——\n（一）收到申请数\t件\t6\n";
        var report = Extract(text);

        Assert.Equal(320, Metric(report, "legacy.active.total"));
        Assert.Equal(12, Metric(report, "legacy.active.normative_docs"));
        Assert.Equal(6, Metric(report, "legacy.apply.received"));
        Assert.Equal(CellState.Printed, State(report, "legacy.active.total"));
        Assert.Equal(CellState.Unread, State(report, "legacy.trainees"));
    }

    [Fact]
    public void NationalStatisticsTable_LabelWrappedInsideItsParenthetical_TheCountInsideStaysWords()
    {
        // A PDF's text wraps the indicator in its note: the line with the values opens inside the parenthetical, and
        // its 计 1 条 is the note's, not the row's figure.
        var text = "示例县人民政府2017年政府信息公开工作年度报告\n附件：政府信息公开情况统计表\n统计指标\t单位\t统计数\n一、主动公开情况\t——\t——\n"
            + "（一）主动公开政府信息数（不同\n渠道和方式公开相同信息计 1 条）\t条\t320\n其中：主动公开规范性文件数\t条\t12\n三、依申请公开情况\t——\t——\n（一）收到申请数\t件\t6\n";
        var report = Extract(text);

        Assert.Equal(320, Metric(report, "legacy.active.total"));
        Assert.Equal(12, Metric(report, "legacy.active.normative_docs"));
    }

    [Fact]
    public void StatisticsTableWithoutItsHead_ALineOfTwoDifferentValues_StaysUnread()
    {
        // No head row says which column is the year's (a 累计 beside it, as local tables print): 18 | 2 is uncertain,
        // 6 | 6 is not.
        var text = "示例县人民政府2013年政府信息公开工作年度报告\n附件：政府信息公开情况统计表\n一、主动公开情况\t——\t——\n"
            + "（一）主动公开政府信息数\t条\t320\t2950\n三、依申请公开情况\t——\t——\n（一）收到申请数\t件\t6\t6\n其中：1.当面申请数\t件\t2\t18\n";
        var report = Extract(text);

        Assert.Equal(6, Metric(report, "legacy.apply.received"));
        Assert.Null(Metric(report, "legacy.active.total"));
        Assert.Null(Metric(report, "legacy.apply.in_person"));
    }

    [Fact]
    public void LetterSpacedLabels_TheirNumberingIsNoCell()
    {
        // A PDF's text spaces every character of a label, its numbering too (3 . 危 及 …): the 3 is the label's.
        var report = Extract(Title + Table3Tabs + "一、本年新收政府信息公开申请数量\t\t\t5\t2\t0\t0\t0\t0\t7\n二、上年结转政府信息公开申请数量\t\t\t0\t0\t0\t0\t0\t0\t0\n"
            + "三、本年度办理结果\t（一）予以公开\t\t3\t0\t0\t0\t0\t0\t3\n三、本年度办理结果\t（三）不予公开\t1 . 属 于 国 家 秘 密\t0\t0\t0\t0\t0\t0\t0\n"
            + "\t\t2 . 其 他 法 律 行 政 法 规 禁 止 公 开\t1\t0\t0\t0\t0\t0\t1\n\t\t3 . 危 及 “ 三 安 全 一 稳 定 ”\t0\t2\t0\t0\t0\t0\t2\n");

        Assert.Equal(1, Metric(report, "apply.result.denied.law_prohibited.total"));
        Assert.Equal(2, Metric(report, "apply.result.denied.security_stability.business"));
        Assert.Equal(2, Metric(report, "apply.result.denied.security_stability.total"));
    }

    [Theory]
    [InlineData(2020, "本年制发件数", "本年废止件数", "现行有效件数", "2021")]
    [InlineData(2022, "本年新制作数量", "本年新公开数量", "对外公开总数量", "2019")]
    public void Template_IsTheOneTheTableColumnsShow(int year, string c1, string c2, string c3, string template)
    {
        var report = Extract($"示例县人民政府{year}年政府信息公开工作年度报告\n二、主动公开政府信息情况\n信息内容\t{c1}\t{c2}\t{c3}\n规章\t1\t2\t3\n");

        Assert.Equal(template, report.Template.StableId());
        Assert.Equal(Core.Metrics.StandardTables.ForTemplate(StableIds.Parse<ReportTemplate>(template)).SelectMany(t => t.Keys()), report.Cells.Select(c => c.Key));
        Assert.Equal(3, Metric(report, template == "2021" ? "active.rules.in_force" : "active.rules.total"));
    }

    [Fact]
    public void RenumberedHeadings_AndRowsOutOfTemplateOrder_AreRead()
    {
        var report = Extract(Title + "一、主动公开政府信息情况\n第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许可\t97\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t4\n");

        Assert.Equal(97, Metric(report, "active.licensing.decisions"));
        Assert.Equal(4, Metric(report, "active.rules.in_force"));
    }

    [Fact]
    public void HtmlTable_RowspanAndColspan_ResolvedIntoTheGrid()
    {
        var html = "<html><body><p>示例县人民政府2021年政府信息公开工作年度报告</p><p>四、政府信息公开行政复议、行政诉讼情况</p><table>"
            + "<tr><td colspan=\"5\" rowspan=\"2\">行政复议</td><td colspan=\"10\">行政诉讼</td></tr>"
            + "<tr><td colspan=\"5\">未经复议直接起诉</td><td colspan=\"5\">复议后起诉</td></tr>"
            + "<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td></tr>"
            + "<tr><td>1</td><td>0</td><td>0</td><td>1</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td><td>0</td><td>0</td><td>3</td></tr>"
            + "</table><p>五、存在的主要问题及改进情况</p></body></html>";
        var report = Extract(HtmlDocumentReader.ToText(html, CancellationToken.None));

        Assert.Equal(2, Metric(report, "review.total"));
        Assert.Equal(1, Metric(report, "review.pending"));
        Assert.Equal(3, Metric(report, "litigation.after_review.corrected"));
        Assert.Equal(3, Metric(report, "litigation.after_review.total"));
    }

    [Fact]
    public void Explain_NamesShapeRowsColumnsAndCellStates()
    {
        var tables = Extractor.Explain(Title + "二、主动公开政府信息情况\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n|---|---|---|---|\n| 规章 | 2 |  | 8 |\n");

        var table = Assert.Single(tables);
        Assert.Equal("Pipes", table.Shape);
        Assert.Equal(3, table.Columns);
        Assert.Equal(2, table.Printed);
        Assert.Equal(1, table.Blank);
        Assert.Equal(7, table.Unread);
    }
    [Theory]
    [InlineData("行政处罚\t46\t减9\t37\n")]
    [InlineData("行政处罚 |\n46 |\n减9 |\n37 | |\n")]
    public void WordedCell_CostsOnlyItsCell_NotTheRow(string row)
    {
        // 减9 is no R1 value: it is a cell printed in words, left out and flagged, and the row's other cells keep their columns.
        var report = Extract(Title2019 + "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n规章\t0\t0\t2\n第二十条第（六）项\n信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n" + row
            + "行政强制\t3\t0\t5\n");

        Assert.Equal(ReportTemplate.V2019, report.Template);
        Assert.Equal(46, Metric(report, "active.penalty.prev_items"));
        Assert.Null(Metric(report, "active.penalty.change"));
        Assert.Equal(CellState.Text, State(report, "active.penalty.change"));
        Assert.Equal(37, Metric(report, "active.penalty.decisions"));
        Assert.Equal(5, Metric(report, "active.enforcement.decisions"));
        Assert.Contains(report.Flags, f => f.Kind == FlagKind.TableIncomplete && f.Detail.Contains("active.penalty.change (减9)", StringComparison.Ordinal));
    }
    // 未增未减 in the 本年增/减 column of a table printed one cell per line: words, no value, but a cell that keeps the row's
    // other two figures in their columns.
    [Theory]
    [InlineData("未增未减")]
    [InlineData("无增减")]
    public void NoChangeInWords_IsABlankCellThatKeepsItsColumn(string words)
    {
        var report = Extract(Title2019 + "二、主动公开政府信息情况\n第二十条第（一）项 |\n信息内容 |\n本年新制作数量 |\n本年新公开数量 |\n对外公开总数量 |\n"
            + "规章 |\n0 |\n0 |\n2 |\n第二十条第（五）项 |\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n"
            + $"行政许可 |\n12 |\n{words} |\n30 |\n其他对外管理服务事项 |\n4 |\n{words} |\n9 |\n");

        Assert.Equal(12, Metric(report, "active.licensing.prev_items"));
        Assert.Null(Metric(report, "active.licensing.change"));
        Assert.Equal(30, Metric(report, "active.licensing.decisions"));
        Assert.Equal(4, Metric(report, "active.other_services.prev_items"));
        Assert.Equal(9, Metric(report, "active.other_services.decisions"));
    }

    // A line drawn for a blank cell (_, a district's 2020 table 二 printed one cell per line): a blank that keeps its column.
    [Fact]
    public void UnderscoreCells_AreBlanksThatKeepTheirColumns()
    {
        var report = Extract(Title2019 + "二、主动公开政府信息情况\n第二十条第（一）项\n\n信息内容\n\n本年新制作数量\n\n本年新公开数量\n\n对外公开总数量\n\n"
            + "规章\n\n_\n\n_\n\n_\n\n规范性文件\n\n_\n\n3\n\n3\n\n第二十条第（五）项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n行政许可\n\n5\n\n2\n\n7\n\n");

        Assert.Null(Metric(report, "active.normative_docs.new"));
        Assert.Equal(3, Metric(report, "active.normative_docs.published"));
        Assert.Equal(3, Metric(report, "active.normative_docs.total"));
        Assert.Null(Metric(report, "active.rules.total"));
        Assert.Equal(5, Metric(report, "active.licensing.prev_items"));
    }

    [Fact]
    public void ZeroRowOfTable2CutByTheTextsEnd_KeepsItsPrintedCellsOnly()
    {
        // A page excerpt that stops inside 规范性文件's row (two zeros, each closed by its bar, then nothing): table 二's
        // 对外公开总数量 is no sum of the others, so the lost cell is not forced to 0.
        var report = Extract(Title2019 + "二、主动公开政府信息情况\n| \n 第二十条第（一）项 | \n |||\n| \n 信息内容 | \n \n 本年新制作数量 | \n \n 本年新公开数量 | \n \n 对外公开总数量 | \n \n"
            + "| \n 规章 | \n \n 0 | \n \n 0 | \n \n 0 | \n \n| \n 规范性文件 | \n \n 0 | \n \n 0 | \n \n ");

        Assert.Equal(0, Metric(report, "active.rules.total"));
        Assert.Equal(0, Metric(report, "active.normative_docs.new"));
        Assert.Equal(0, Metric(report, "active.normative_docs.published"));
        Assert.Null(Metric(report, "active.normative_docs.total"));
    }

    [Theory]
    [InlineData("107", 107)] // the printed cells sum to the printed total: the runs' extra lines are the blank cells
    [InlineData("108", null)] // they do not: no reading is certain, so the row is not placed
    public void Table3CellsClosedByAnEmptyLine_BlankCellsAsOneLineMore_PlacedWhereTheyMakeTheTotal(string total, int? read)
    {
        // A flattened page closing every paragraph with an empty line, a blank cell printed as one more (103, gap, 3, gap,
        // gap, gap, 1, gap, gap, 107): 103, 3, two blanks, 1, a blank, then the total.
        static string Row(string label, params string[] cells) => label + "\n\n" + string.Concat(cells.Select(c => c.Length > 0 ? c + "\n\n" : "\n"));
        var header = string.Join("\n\n", "申请人情况", "自然人", "法人或其他组织", "总计", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他") + "\n\n";
        var report = Extract(Title + "三、收到和处理政府信息公开申请情况\n\n" + header
            + Row("一、本年新收政府信息公开申请数量", "103", "3", "", "", "1", "", total)
            + Row("二、上年结转政府信息公开申请数量", "8", "0", "", "", "", "0", "8")
            + "三、本年度办理结果\n\n" + Row("（一）予以公开", "41", "2", "", "", "1", "", "44") + Row("（二）部分公开", "31", "", "", "", "", "", "31"));

        Assert.Equal(read is null ? null : 103, Metric(report, "apply.new.natural"));
        Assert.Equal(read is null ? null : 1, Metric(report, "apply.new.legal_service"));
        Assert.Null(Metric(report, "apply.new.research"));
        Assert.Equal(read, Metric(report, "apply.new.total"));
        Assert.Equal(0, Metric(report, "apply.carried_in.other_org"));
        Assert.Null(Metric(report, "apply.carried_in.legal_service"));
        Assert.Equal(8, Metric(report, "apply.carried_in.total"));
        Assert.Equal(1, Metric(report, "apply.result.disclosed.legal_service"));
        Assert.Equal(44, Metric(report, "apply.result.disclosed.total"));
    }

    [Fact]
    public void OneCellPerLine_RowsNotClosedByBars_BarsAloneBeforeTheNextLabelAreTheRowsLastCells()
    {
        // Every cell printed with its bar, no row closed by a bar of its own: the bars alone after 其他对外管理服务事项's one
        // value are its two last cells printed empty, so the value is the row's first cell.
        var report = Extract(Title2019 + "二、主动公开政府信息情况 |\n第二十条第（一）项 |\n信息内容 |\n本年新制作数量 |\n本年新公开数量 |\n对外公开总数量 |\n"
            + "规章 |\n0 |\n0 |\n|\n规范性文件 |\n3 |\n3 |\n|\n第二十条第（五）项 |\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n"
            + "行政许可 |\n5 |\n2 |\n|\n其他对外管理服务事项 |\n4 |\n|\n|\n第二十条第（六）项 |\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n");

        Assert.Equal(3, Metric(report, "active.normative_docs.new"));
        Assert.Equal(3, Metric(report, "active.normative_docs.published"));
        Assert.Null(Metric(report, "active.normative_docs.total"));
        Assert.Equal(5, Metric(report, "active.licensing.prev_items"));
        Assert.Equal(2, Metric(report, "active.licensing.change"));
        Assert.Equal(4, Metric(report, "active.other_services.prev_items"));
        Assert.Null(Metric(report, "active.other_services.change"));
        Assert.Null(Metric(report, "active.other_services.decisions"));
    }

    [Fact]
    public void LongLabel_OneCharacterWrong_IsItsRow_ShortLabelIsNot()
    {
        // 行政事业姓收费 is 行政事业性收费 but for one character and no other label is as close; 行政许司 is too short to tell.
        var report = Extract(Title + "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t3\n"
            + "第二十条第（五）项\n信息内容\t本年处理决定数量\n行政许司\t14\n第二十条第（八）项\n信息内容\t本年收费金额（单位：万元）\n行政事业姓收费\t1.5\n");

        Assert.Equal(3, Metric(report, "active.rules.in_force"));
        Assert.Equal(1.5m, Metric(report, "active.fees.amount"));
        Assert.Null(Metric(report, "active.licensing.decisions"));
    }
    [Fact]
    public void TaiwanWording_規範性檔案_IsTheNormativeDocumentsRow()
    {
        // A mirror converted with Taiwan's phrases prints 文件 as 檔案, also inside the next row's note.
        var report = Extract("示例市民政局2020年政府信息公開工作年度報告\n二、主動公開政府信息情況\n第二十條第(一)項 | | | |\n信息內容 | 本年新製作數量 | 本年新公開數量 | 對外公開總數量 |\n"
            + "規章 | 0 | 0 | 0 |\n規範性檔案(行政機關制定的規範性檔案) | 3 | 3 | 27 |\n其他主動公開檔案(除規範性檔案以外的檔案) | 90 | 41 | 300 |\n");

        Assert.Equal(3, Metric(report, "active.normative_docs.new"));
        Assert.Equal(27, Metric(report, "active.normative_docs.total"));
        Assert.DoesNotContain(report.Metrics, m => m.Value is 90 or 300);
    }

    [Fact]
    public void TaiwanUsage_資訊And專案_AreTheTemplateWords()
    {
        // A copy converted with Taiwan's usage prints 信息 as 資訊 and 项目 as 專案, in the title and in the labels.
        var report = Extract("示例縣交通運輸局2020年政府資訊公開工作年度報告\n發佈日期：2021-01-15\n二、主動公開政府資訊情況\n"
            + "第二十條第(一)項 | | | |\n資訊內容 | 本年新製作數量 | 本年新公開數量 | 對外公開總數量 |\n規章 | 0 | 0 | 0 |\n規範性檔案 | 2 | 2 | 9 |\n"
            + "第二十條第(五)項 | | | |\n資訊內容 | 上一年專案數量 | 本年增/減 | 處理決定數量 |\n行政許可 | 12 | 3 | 40 |\n");

        Assert.Equal("示例县交通运输局", report.Agency);
        Assert.Equal(12, Metric(report, "active.licensing.prev_items"));
        Assert.Equal(40, Metric(report, "active.licensing.decisions"));
        Assert.Equal("2021-01-15", report.Published);
    }

    [Fact]
    public void TraditionalCopy_餘_IsTheMainland余()
    {
        // 餘 has two simplified variants (余, 馀), so the character table leaves it; a converted copy's 餘 is 余 in
        // the name, as in 余杭 and 新余.
        var report = Extract("示例市餘水區人民政府2021年政府信息公開工作年度報告\n發佈日期：2022-02-10\n一、總體情況\n"
            + "2021年，全區主動公開政府信息3200餘條，政府網站訪問量12萬餘次。\n");

        Assert.Equal("示例市余水区人民政府", report.Agency);
        Assert.Equal("示例县发布政务信息120余条。", SimplifiedForms.MapDocument("示例縣發佈政務資訊120餘條。"));
    }

    [Fact]
    public void TaiwanUsage_InASimplifiedReport_IsLeftAsPrinted()
    {
        // 资讯 is a mainland word too (政务资讯); one old-form character does not make a report a converted copy.
        const string Text = "示例县发布政务资讯120条，於示例镇设立政府信息公开查阅点。";

        Assert.Equal(Text, SimplifiedForms.MapDocument(Text));
        Assert.Equal("示例县发布政务信息120条，于示例镇设立政府信息公开查阅点。", SimplifiedForms.MapDocument("示例縣發佈政務資訊120條，於示例鎮設立政府資訊公開查閱點。"));
    }

    [Theory]
    [InlineData("三、行政机关收到和处理政府信息公开申请情况")]
    [InlineData("三、本机关收到和处理政府信息公开申请情况")]
    public void TableThree_HeadingWithTheOlderSubject_IsFound(string heading)
    {
        // The older 编写说明 put the subject in front of table 三's heading; the words after it are the heading's own.
        var report = Extract(Title + heading + "\n\t\t\t自然人\t商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\t总计\n"
            + "一、本年新收政府信息公开申请数量\t3\t1\t0\t0\t0\t0\t4\n二、上年结转政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1\n");

        Assert.Equal(4, Metric(report, "apply.new.total"));
        Assert.Equal(1, Metric(report, "apply.carried_in.natural"));
    }

    [Theory]
    [InlineData("四、因政府信息公开工作被申请行政复议提起行政诉讼情况")]
    [InlineData("四、因政府信息公开申请行政复议、提起行政诉讼情况")]
    public void TableFour_HeadingInTheOlderWording_IsFound(string heading)
    {
        var report = Extract(Title2019 + heading + "\n行政复议\t行政诉讼\n\t\t\t\t\t未经复议直接起诉\t复议后起诉\n"
            + "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计\n"
            + "1\t0\t0\t1\t2\t0\t0\t0\t0\t0\t0\t1\t0\t0\t1\n五、存在的主要问题及改进情况\n");

        Assert.Equal(2, Metric(report, "review.total"));
        Assert.Equal(1, Metric(report, "review.pending"));
        Assert.Equal(1, Metric(report, "litigation.after_review.corrected"));
    }

    [Theory]
    [InlineData(2022, "2021")]
    [InlineData(2020, "2019")]
    public void TableFourAlone_TheYearDecidesTheTemplate(int year, string template)
    {
        // Table 四 is the same in both templates: printed alone it cannot tell 2019 from 2021.
        var report = Extract($"示例县林业局{year}年政府信息公开工作年度报告\n" + Table4Header + "行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n"
            + "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n"
            + "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n五、存在的主要问题及改进情况\n");

        Assert.Equal(template, report.Template.StableId());
        Assert.Equal(0, Metric(report, "litigation.direct.total"));
    }

    [Fact]
    public void BarredLabelLine_ThenALineOfTheRowsValues_IsThatRow()
    {
        // A web table flattened so: each label a cell with its bar on its own line, then one line with all the row's
        // values. A line of values followed by another line of values is no such row (行政处罚: 31 and 43 stay unread).
        var text = Title + "二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n"
            + "规章 |\n0 | 1 | 4 |\n行政规范性文件 |\n2 | 0 | 9 |\n第二十条第(五)项 | |||\n信息内容 |\n本年处理决定数量 | ||\n行政许可 |\n57 | ||\n"
            + "第二十条第(六)项 | |||\n信息内容 |\n本年处理决定数量 | ||\n行政处罚 |\n31 | ||\n43 | ||\n行政强制 |\n6 | ||\n"
            + "第二十条第(八)项 | |||\n信息内容 |\n本年收费金额(单位:万元) | ||\n行政事业性收费 |\n0.5 |\n"
            + "三、收到和处理政府信息公开申请情况\n申请人情况 | ||||||||\n自然人 |\n法人或其他组织 |\n总计 | |||||||\n商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 | |||||\n"
            + "一、本年新收政府信息公开申请数量 |\n2 | 1 | 0 | 0 | 0 | 0 | 3 | ||\n二、上年结转政府信息公开申请数量 |\n0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n";
        var report = Extract(text);

        Assert.Equal(1, Metric(report, "active.rules.repealed"));
        Assert.Equal(9, Metric(report, "active.normative_docs.in_force"));
        Assert.Equal(57, Metric(report, "active.licensing.decisions"));
        Assert.Null(Metric(report, "active.penalty.decisions"));
        Assert.Equal(6, Metric(report, "active.enforcement.decisions"));
        Assert.Equal(0.5m, Metric(report, "active.fees.amount"));
        Assert.Equal(3, Metric(report, "apply.new.total"));
        Assert.Equal(0, Metric(report, "apply.carried_in.total"));
        Assert.DoesNotContain(report.Metrics, m => m.Value is 31 or 43);
    }

    [Fact]
    public void TextCutAfterARow_TheNextRowsFirstDigitIsNoValue()
    {
        // The text ends on the 2 of 2.其他法律行政法规禁止公开, no line break after it: the row before keeps its seven cells.
        var text = Title + "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n"
            + "一、本年新收政府信息公开申请数量\n\n4\n\n1\n\n0\n\n0\n\n0\n\n0\n\n5\n\n（三）不予公开\n\n1.属于国家秘密\n\n1\n\n0\n\n0\n\n0\n\n0\n\n0\n\n1\n\n2";
        var report = Extract(text);

        Assert.Equal(5, Metric(report, "apply.new.total"));
        Assert.Equal(1, Metric(report, "apply.result.denied.state_secret.natural"));
        Assert.Equal(1, Metric(report, "apply.result.denied.state_secret.total"));
    }

    [Fact]
    public void TextCutInsideARow_ItsUncertainCellsAreNotRead()
    {
        // The last number may have lost digits (1 of 12): a row cut in a cell per line without bars yields nothing (an
        // empty line may be a blank cell); a pipe row, or cells each on its line with its bar, keep the cells before the
        // cut in their columns.
        var perLine = Title + "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n"
            + "一、本年新收政府信息公开申请数量\n0\n0\n0\n0\n0\n0\n1";
        var piped = Title + Table3Tabs + "| 一、本年新收政府信息公开申请数量 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |\n| 二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 1";

        var barred = Title2019 + "二、主动公开政府信息情况\n第二十条第（一）项 |\n信息内容 |\n本年新制作数量 |\n本年新公开数量 |\n对外公开总数量 |\n规章 |\n0 |\n0 |\n2 |\n"
            + "第二十条第（八）项 |\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n行政事业性收费 |\n4 |\n1";

        var cutPerLine = Extract(perLine);
        var cutPipe = Extract(piped);
        var cutBarred = Extract(barred);

        Assert.DoesNotContain(cutPerLine.Metrics, m => m.Key.StartsWith("apply.", StringComparison.Ordinal));
        Assert.Equal(7, Metric(cutPipe, "apply.new.total"));
        Assert.Equal(2, Metric(cutPipe, "apply.carried_in.natural"));
        Assert.Equal(0, Metric(cutPipe, "apply.carried_in.research"));
        Assert.Null(Metric(cutPipe, "apply.carried_in.social_org"));
        Assert.Null(Metric(cutPipe, "apply.carried_in.total"));
        Assert.Equal(4, Metric(cutBarred, "active.fees.prev_items"));
        Assert.Null(Metric(cutBarred, "active.fees.change"));
    }

    [Fact]
    public void PdfReaderText_ATotalWrappedInItsNarrowColumn_IsOneCellOnlyWhereItAddsUp()
    {
        // MuPDF, PyMuPDF and pdf.js print a row a cell a line and a 总计 too wide for its column in two pieces (5 | 1 for
        // 51): joined, 41+8+0+0+2+0 = 51; 二's 1 | 2 would be 12 where the parts add to 3, so that row stays unread.
        var text = Title + "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n"
            + "一、本年新收政府信息公开申请数量\n41\n8\n0\n0 2 0 5\n\n1\n\n二、上年结转政府信息公开申请数量\n3\n0\n0\n0 0 0 1\n\n2\n\n";
        var report = Extract(text);

        Assert.Equal(41, Metric(report, "apply.new.natural"));
        Assert.Equal(2, Metric(report, "apply.new.legal_service"));
        Assert.Equal(51, Metric(report, "apply.new.total"));
        Assert.Null(Metric(report, "apply.carried_in.natural"));
        Assert.DoesNotContain(report.Metrics, m => m.Key.StartsWith("apply.carried_in.", StringComparison.Ordinal) && m.Value is 1 or 2);
    }

    [Fact]
    public void PdfReaderText_ABarRowCutAtTheTextsEnd_KeepsItsClosedCellsThoughALineBreakFollows()
    {
        // A PDF reader ends the page with line breaks (and MuPDF a form feed) after a row the page cut: the last number,
        // not closed by its bar, may have lost digits and is unread; the cells before it keep their columns.
        var text = Title + Table3Tabs + "一、本年新收政府信息公开申请数量 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |\n二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 1 \n\n\f\n";
        var report = Extract(text);

        Assert.Equal(7, Metric(report, "apply.new.total"));
        Assert.Equal(2, Metric(report, "apply.carried_in.natural"));
        Assert.Equal(0, Metric(report, "apply.carried_in.research"));
        Assert.Null(Metric(report, "apply.carried_in.social_org"));
        Assert.Null(Metric(report, "apply.carried_in.total"));
    }

    [Fact]
    public void BarRowsBrokenBeforeEachEmptyCell_TheBarsBetweenTwoCellsFrameTheEmptyOnes()
    {
        // A flattened HTML table breaks the line before each empty cell: 新收 prints 9 (自然人), five empty cells, 9 (总计);
        // 上年结转 closes its label with its bar and prints only 总计 2 after six empty ones; the bars between two cells,
        // over however many lines, count one more than the empty cells they frame.
        var text = Title2019 + "三、收到和处理政府信息公开申请情况\n申请人情况 |\n自然人 | 法人或其他组织 | 总计 |\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n"
            + "一、本年新收政府信息公开申请数量 | 9 |\n|\n|\n|\n|\n| 9 |\n二、上年结转政府信息公开申请数量 |\n|\n|\n|\n|\n|\n| 2 |\n"
            + "三、本年度办理结果 | （一）予以公开 | 6 |\n|\n|\n|\n|\n| 6 |\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n";
        var report = Extract(text);

        Assert.Equal(9, Metric(report, "apply.new.natural"));
        Assert.Equal(9, Metric(report, "apply.new.total"));
        Assert.Equal(CellState.Blank, State(report, "apply.new.business"));
        Assert.Equal(2, Metric(report, "apply.carried_in.total"));
        Assert.Null(Metric(report, "apply.carried_in.natural"));
        Assert.Equal(6, Metric(report, "apply.result.disclosed.natural"));
        Assert.Equal(6, Metric(report, "apply.result.disclosed.total"));
    }

    [Fact]
    public void TextEndingRightAfterABarRowsClosedCells_KeepsThemInTheFirstColumns()
    {
        // An excerpt ends after the fourth cell's bar of 2.其他法律行政法规禁止公开: those four cells are whole, the three
        // after them unread. A single cell left there could be a merged row's only one, so it stays unread.
        var text = Title + Table3Tabs + "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n（三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
            + "2.其他法律行政法规禁止公开 | 1 | 0 | 0 | 0 | ";
        var single = Title + Table3Tabs + "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |\n二、上年结转政府信息公开申请数量 | 4 |";
        var report = Extract(text);

        Assert.Equal(1, Metric(report, "apply.result.denied.law_prohibited.natural"));
        Assert.Equal(0, Metric(report, "apply.result.denied.law_prohibited.social_org"));
        Assert.Null(Metric(report, "apply.result.denied.law_prohibited.legal_service"));
        Assert.Null(Metric(report, "apply.result.denied.law_prohibited.total"));
        Assert.DoesNotContain(Extract(single).Metrics, m => m.Key.StartsWith("apply.carried_in.", StringComparison.Ordinal));
    }

    [Fact]
    public void PdfReaderText_LinesHoldingASpaceAreBlankCellsAndAnEmptyLineEndsTheRow()
    {
        // MuPDF writes a cell printed as a space as a line of that space and ends each row's block with an empty line:
        // 1.属于国家秘密 is 9 and six blank cells. Where the row's last cell is that empty line (予以公开's 总计), the row
        // has six cells and stays unread.
        var text = Title + "三、收到和处理政府信息公开申请情况\n申请人情况\n自然人\n法人或其他组织\n总计\n商业企业\n科研机构\n社会公益组织\n法律服务机构\n其他\n"
            + "一、本年新收政府信息公开申请数量\n640\n22\n \n \n3\n1\n666\n\n三、本年度办理结果\n（一）予以公开\n208\n12\n \n \n1\n1\n\n"
            + "（三）不予公开\n1.属于国家秘密\n9\n \n \n \n \n \n \n\n2.其他法律行政法规禁止公开\n0\n \n \n \n \n \n \n\f\n3.危及“三安全一稳定”\n";
        var report = Extract(text);

        Assert.Equal(640, Metric(report, "apply.new.natural"));
        Assert.Equal(666, Metric(report, "apply.new.total"));
        Assert.Equal(9, Metric(report, "apply.result.denied.state_secret.natural"));
        Assert.Equal(0, Metric(report, "apply.result.denied.law_prohibited.natural"));
        Assert.DoesNotContain(report.Metrics, m => m.Key.StartsWith("apply.result.disclosed.", StringComparison.Ordinal)
            || m.Key is "apply.result.denied.state_secret.business" or "apply.result.denied.state_secret.total");
    }

    [Fact]
    public void FlattenedPage_EveryCellClosedByAnEmptyLineAndBlankCellsSpaced_ReadsEachRowInOrder()
    {
        // A page's table whose empty cells hold &nbsp;, flattened a paragraph a cell: every cell, the spaced blank ones
        // too, is followed by an empty line, so the empty lines are separators and the spaced lines the blank cells.
        const string head = "二、主动公开政府信息情况\n\n第二十条第（一）项\n\n信息内容\n\n本年新制作数量\n\n本年新公开数量\n\n对外公开总数量\n\n"
            + "规章\n\n 1\n\n 1\n\n 9\n\n规范性文件\n\n 4\n\n 4\n\n 30\n\n第二十条第（五）项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n";
        var report = Extract(Title2019 + head + "行政许可\n\n 63\n\n \n\n \n\n其他对外管理服务事项\n\n 12\n\n +2\n\n \n\n"
            + "第二十条第（六）项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n行政处罚\n\n \n\n \n\n 41\n\n");

        Assert.Equal(30, Metric(report, "active.normative_docs.total"));
        Assert.Equal(63, Metric(report, "active.licensing.prev_items"));
        Assert.Equal(CellState.Blank, State(report, "active.licensing.change"));
        Assert.Equal(CellState.Blank, State(report, "active.licensing.decisions"));
        Assert.Equal(12, Metric(report, "active.other_services.prev_items"));
        Assert.Equal(2, Metric(report, "active.other_services.change"));
        Assert.Equal(41, Metric(report, "active.penalty.decisions"));
        Assert.Null(Metric(report, "active.penalty.prev_items"));
    }

    [Fact]
    public void TabRow_ValueInItsSlotThenAParagraphBreak_StaysInItsSlotsColumn()
    {
        // 政府集中采购 | (empty) | 5120.5万元, then an empty line before table 三's heading: the slot says 采购总金额, and the
        // empty line is no blank cell that would push the amount into 采购项目数量.
        var report = Extract(Title2019 + "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量\n"
            + "规章\t1\t1\t9\n规范性文件\t4\t4\t30\n第二十条第（九）项\n信息内容\t采购项目数量\t采购总金额\n政府集中采购\t\t5120.5万元\n\n"
            + "三、收到和处理政府信息公开申请情况\n");

        Assert.Equal(5120.5m, Metric(report, "active.procurement.amount"));
        Assert.Null(Metric(report, "active.procurement.items"));
    }

    [Fact]
    public void CellPerLine_TableLastRowOneCellShortBeforeAParagraphBreak_StaysUnread()
    {
        // Table 四 a cell a line with one blank cell dropped (复议后起诉's 其他结果: fourteen values), then the page's paragraph
        // break: the break is no fifteenth cell, and which cell was dropped is not known (taken as the last, 3 would stand
        // under 尚未审结).
        var values = string.Join("\n", new[] { 1, 0, 0, 1, 2, 0, 1, 0, 0, 1, 2, 1, 0, 3 });
        var report = Extract(Title + Table4Header + "行政复议\n行政诉讼\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n未经复议直接起诉\n复议后起诉\n"
            + "结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n结果维持\n结果纠正\n其他结果\n尚未审结\n总计\n" + values + "\n\n五、存在的主要问题及改进情况\n");

        Assert.DoesNotContain(report.Metrics, m => m.Key.StartsWith("review.", StringComparison.Ordinal) || m.Key.StartsWith("litigation.", StringComparison.Ordinal));
    }

    [Fact]
    public void SlotRowOfZerosOneCellShort_TheZerosTakeTheirSlotsAndTheMissingCellStaysUnread()
    {
        // Table 二 has no 总计 to make a missing cell 0: 规章 | 0 | 0 (its 现行有效件数 dropped by the page) is 0 and 0 in the
        // first two columns; 行政许可 | 0 | | 0 | on a page of one line (crawler text) is 上一年项目数量 and 处理决定数量.
        var tabs = Extract(Title + "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\n"
            + "行政规范性文件\t3\t1\t25\n");
        var bars = Extract(Title2019.TrimEnd() + " 二、主动公开政府信息情况 第二十条第（一）项 | |||| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | | "
            + "规章 | 1 | 1 | 4 | | 规范性文件 | 2 | 2 | 17 | | 第二十条第（五）项 | |||| 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | | "
            + "行政许可 | 0 | | 0 | | 其他对外管理服务事项 | 6 | +1 | 2 | | 第二十条第（六）项 | |||| 信息内容 | 上一年项目数量 | 本年增/减 | "
            + "处理决定数量 | | 行政处罚 | 3 | 0 | 5 | | 行政强制 | 1 | 0 | 1 | | 第二十条第（八）项 | |||| 信息内容 | 上一年项目数量 | 本年增/减 | || "
            + "行政事业性收费 | 4 | 0 | || 第二十条第（九）项 | |||| 信息内容 | 采购项目数量 | 采购总金额 | || 政府集中采购 | 2 | 36.5万元 | "
            + "三、收到和处理政府信息公开申请情况");

        Assert.Equal(0, Metric(tabs, "active.rules.issued"));
        Assert.Equal(0, Metric(tabs, "active.rules.repealed"));
        Assert.Null(Metric(tabs, "active.rules.in_force"));
        Assert.Equal(0, Metric(bars, "active.licensing.prev_items"));
        Assert.Equal(0, Metric(bars, "active.licensing.decisions"));
        Assert.Null(Metric(bars, "active.licensing.change"));
    }

    [Fact]
    public void TabsWithoutSpans_RowOfExactlyTheColumnsSlots_ReadsItsBlanksInPlace()
    {
        // A crawler's innerText of the page's table: a merged cell is one slot, so the header's 自然人 | 法人或其他组织 |
        // 总计 stand in other slots than the cells under them; a row printing a slot for each of its seven cells is read
        // by its slots, an empty one a blank cell; a row of six slots is not (which cell it lacks is not known).
        var report = Extract(Title + "三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n"
            + "自然人\t法人或其他组织\t总计\n商业企业\t科研机构\t社会公益组织\t法律服务机构\t其他\n"
            + "一、本年新收政府信息公开申请数量\t4\t\t1\t\t\t0\t5\n二、上年结转政府信息公开申请数量\t1\t0\t\t\t\t\t1\n"
            + "三、本年度办理结果\t（一）予以公开\t3\t\t1\t\t\t9\n");

        Assert.Equal(4, Metric(report, "apply.new.natural"));
        Assert.Equal(1, Metric(report, "apply.new.research"));
        Assert.Equal(0, Metric(report, "apply.new.other_org"));
        Assert.Equal(5, Metric(report, "apply.new.total"));
        Assert.Equal(CellState.Blank, State(report, "apply.new.business"));
        Assert.Equal(1, Metric(report, "apply.carried_in.total"));
        Assert.Null(Metric(report, "apply.result.disclosed.natural"));
    }

    [Fact]
    public void LaidOutPdfText_RowOfZerosWithABlankFirstCell_KeepsTheZerosUnderTheirHeaders()
    {
        // pdftotext -layout: 规章 prints nothing under 本年新制作数量 and 0 under the other two; the header's columns say
        // which cell is blank (before, all three were taken as 0).
        var report = Extract(Title2019 + "二、主动公开政府信息情况\n第二十条第（一）项\n"
            + "信息内容          本年新制作数量   本年新公开数量   对外公开总数量\n"
            + "规章                                0                0\n"
            + "规范性文件        4                 4                31\n");

        Assert.Null(Metric(report, "active.rules.new"));
        Assert.Equal(0, Metric(report, "active.rules.published"));
        Assert.Equal(0, Metric(report, "active.rules.total"));
        Assert.Equal(31, Metric(report, "active.normative_docs.total"));
    }

    [Fact]
    public void PipeGrid_MergedLabelFilledWithEmptyCells_ValuesTakeTheHeadersColumns()
    {
        // A converter that prints every merged cell as empty cells of a grid: the row's label spans three columns and its
        // empty cells stand at both ends, so the header's columns, not the count of empties, place 0 and 0.
        const string head = "三、收到和处理政府信息公开申请情况\n\n| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |  |  | 申请人情况 |  |  |  |  |  |  |\n"
            + "|---|---|---|---|---|---|---|---|---|---|\n|  |  |  | 自然人 | 法人或其他组织 |  |  |  |  | 总计 |\n"
            + "|  |  |  |  | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |  |\n";
        var report = Extract(Title + head + "| 一、本年新收政府信息公开申请数量 |  |  | 5 | 1 | 0 | 0 | 0 | 0 | 6 |\n"
            + "| 二、上年结转政府信息公开申请数量 |  |  |  |  | 0 | 0 |  |  |  |\n");

        Assert.Equal(6, Metric(report, "apply.new.total"));
        Assert.Equal(0, Metric(report, "apply.carried_in.research"));
        Assert.Equal(0, Metric(report, "apply.carried_in.social_org"));
        Assert.Null(Metric(report, "apply.carried_in.legal_service"));
        Assert.Null(Metric(report, "apply.carried_in.other_org"));
    }

    [Fact]
    public void ConvertedText_CellsALineWhereSomeBlankCellsWereDropped_StayUnreadWhereATotalCannotBeOne()
    {
        // html-to-text keeps some blank cells of a page's table 四 as lines of no-break spaces and drops others: 6 | ␣␣ |
        // 3 | 9 | … still counts fifteen lines, but puts 3 under 行政复议's 总计 after a 6.
        const string head = "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n\n行政复议\n\n行政诉讼\n\n结果维持\n\n结果纠正\n\n其他结果\n\n尚未审结\n\n总计\n\n"
            + "未经复议直接起诉\n\n复议后起诉\n\n结果维持\n\n结果纠正\n\n其他结果\n\n尚未审结\n\n总计\n\n结果维持\n\n结果纠正\n\n其他结果\n\n尚未审结\n\n总计\n\n";
        var dropped = Extract(Title + head + "6\n\n\u00a0\u00a0\n\n3\n\n9\n\n4\n\n\u00a0\u00a0\n\n2\n\n6\n\n\u00a0\u00a0\u00a0\u00a0\u00a0\n\n五、存在的主要问题及改进情况\n");

        Assert.DoesNotContain(dropped.Metrics, m => m.Key.StartsWith("review.", StringComparison.Ordinal) || m.Key.StartsWith("litigation.", StringComparison.Ordinal));
    }

    // A PDF's text laid out by position (pdftotext -layout): table 三's head, then a first row on one line.
    private const string Table3Laid = "三、收到和处理政府信息公开申请情况\n                           申请人情况\n"
        + "                   自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计\n"
        + "一、本年新收政府信息公开申请数量           15 1 0 0   0 0 16\n";

    [Fact]
    public void LaidOutPdfText_LabelWrappedAroundItsGroupsLabel_IsOneRow()
    {
        // 2.申请人逾期未按收费通知要 | 处理 求缴纳费用、 | values | 行政机关不再处理…: the group's 处理 stands between the
        // label's pieces, the values on a line of their own.
        var report = Extract(Title + Table3Laid
            + "              1.申请人无正当理由逾期不补\n              正、行政机关         2   0 0 0   0   0   2\n              不再处理其政府信息公开申请\n"
            + "      （六）其他 2.申请人逾期未按收费通知要\n      处理      求缴纳费用、\n                             4   0 0 0   0   0   4\n"
            + "              行政机关不再处理其政府信息\n              公开申请\n");

        // The group's piece glued to the label's by one space (他处理 费通知要求缴纳费) is passed over the same way.
        var glued = Extract(Title + Table3Laid + "     （六）其 2.申请人逾期未按收\n     他处理 费通知要求缴纳费\n          用、         5   0 0 0  0   0   5\n");

        Assert.Equal(4, Metric(report, "apply.result.other.no_fee.natural"));
        Assert.Equal(4, Metric(report, "apply.result.other.no_fee.total"));
        Assert.Equal(2, Metric(report, "apply.result.other.no_correction.total"));
        Assert.Equal(16, Metric(report, "apply.new.total"));
        Assert.Equal(5, Metric(glued, "apply.result.other.no_fee.natural"));
        Assert.Equal(5, Metric(glued, "apply.result.other.no_fee.total"));
    }

    [Fact]
    public void LaidOutPdfText_RowSplitOverTwoLines_IsReadWhenItsOrderIsCertain()
    {
        // A tall row's first cells beside the label's first line, the rest on the next: whole when the parts sum to the
        // total and the first line's values stand before the second's; a parenthesis left open carries the label on.
        var split = Extract(Title + Table3Laid
            + "      （二）部分公开（区分处理的，只计这 5 2\n      一情形，不计其他情形）               0  0   0   0 7\n"
            + "      （四）无法 2.没有现成信息需要另行制作 3 0 0 0\n      提供                                     0    0   3\n");
        var unsure = Extract(Title + Table3Laid
            + "      （四）无法 2.没有现成信息需要另行制作 3 0 0 1\n      提供                                     0    0   3\n");

        Assert.Equal(5, Metric(split, "apply.result.partial.natural"));
        Assert.Equal(2, Metric(split, "apply.result.partial.business"));
        Assert.Equal(7, Metric(split, "apply.result.partial.total"));
        Assert.Equal(3, Metric(split, "apply.result.unable.needs_creation.natural"));
        Assert.Equal(0, Metric(split, "apply.result.unable.needs_creation.other_org"));
        Assert.Equal(3, Metric(split, "apply.result.unable.needs_creation.total"));
        Assert.DoesNotContain(unsure.Metrics, m => m.Key.StartsWith("apply.result.unable.needs_creation", StringComparison.Ordinal));
    }

    [Fact]
    public void LaidOutPdfText_NumberingPrintedUnderItsLabel_MakesTheLabel()
    {
        var report = Extract(Title + Table3Laid + "                  其他\n                 3.          2   0   0  0  0   0   2\n");

        Assert.Equal(2, Metric(report, "apply.result.other.other.natural"));
        Assert.Equal(2, Metric(report, "apply.result.other.other.total"));
    }

    [Fact]
    public void ContentOrderPdfText_RowsWithoutTheirLabel_FillTheRowsBetweenNamedRows()
    {
        // A PDF read in its content order: a cell a line, an empty line between; the merged labels of 三（一）and 三（二）
        // come after the values, so their values follow 二's. Placed only when the groups fill exactly the rows between
        // two named rows and every group's values sum to its 总计.
        static string Run(params int[] values) => string.Join("\n\n", values) + "\n\n";
        var head = Title + "三、收到和处理政府信息公开申请情况\n\n申请人情况\n\n自然人\n\n法人或其他组织\n\n商业企业\n\n科研机构\n\n社会公益组织\n\n总计\n\n法律服务机构\n\n其他\n\n"
            + "一、本年新收政府信息公开申请数量\n\n" + Run(20, 3, 0, 0, 1, 0, 24) + "二、上年结转政府信息公开申请数量\n\n" + Run(2, 0, 0, 0, 0, 0, 2);
        var tail = "（一）予以公开\n\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n\n三、本年度办理结果\n\n（三）不予公开\n\n";
        var filled = Extract(head + Run(9, 2, 0, 0, 1, 0, 12, 4, 0, 0, 0, 0, 0, 4) + "1.属于国家秘密\n\n" + Run(1, 0, 0, 0, 0, 0, 1) + tail);
        var badSum = Extract(head + Run(9, 2, 0, 0, 1, 0, 13, 4, 0, 0, 0, 0, 0, 4) + "1.属于国家秘密\n\n" + Run(1, 0, 0, 0, 0, 0, 1) + tail);
        var notBetween = Extract(head + Run(9, 2, 0, 0, 1, 0, 12, 4, 0, 0, 0, 0, 0, 4) + "2.其他法律行政法规禁止公开\n\n" + Run(1, 0, 0, 0, 0, 0, 1) + tail);

        Assert.Equal(24, Metric(filled, "apply.new.total"));
        Assert.Equal(2, Metric(filled, "apply.carried_in.total"));
        Assert.Equal(9, Metric(filled, "apply.result.disclosed.natural"));
        Assert.Equal(12, Metric(filled, "apply.result.disclosed.total"));
        Assert.Equal(4, Metric(filled, "apply.result.partial.natural"));
        Assert.Equal(4, Metric(filled, "apply.result.partial.total"));
        Assert.Equal(1, Metric(filled, "apply.result.denied.state_secret.total"));
        Assert.DoesNotContain(badSum.Metrics, m => m.Key.StartsWith("apply.result.", StringComparison.Ordinal));
        Assert.DoesNotContain(notBetween.Metrics, m => m.Key.StartsWith("apply.result.", StringComparison.Ordinal));
    }

    [Fact]
    public void ContentOrderPdfText_NarrowCellsRunTogether_AreSplitOnlyWhereOneWayFitsTheRow()
    {
        // pdftotext of a PDF whose last columns are narrow: 0 0 2 printed as 002. A count never begins with 0, so the run is
        // several cells; split where exactly one way gives seven cells and 总计 the sum of its parts (0|1|13 and not
        // 0|11|3 below), zeros alone anywhere; 上年结转's 015 fits no way (a cell lost) and 规章's 013 has no 总计 to decide by.
        var text = Title + "二、主动公开政府信息情况\n\n第二十条第（一）项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n"
            + "规章\n\n013\n\n行政规范性文件\n\n0\n\n00\n\n第二十条第（五）项\n\n"
            + "三、收到和处理政府信息公开申请情况\n\n申请人情况\n\n自然人\n\n法人或其他组织\n\n总计\n\n商业企业\n\n科研机构\n\n社会公益组织\n\n法律服务机构\n\n其他\n\n"
            + "一、本年新收政府信息公开申请数量\n\n10\n\n2\n\n0\n\n0\n\n0113\n\n二、上年结转政府信息公开申请数量\n\n5\n\n1\n\n0\n\n015\n\n"
            + "三、本年度办理结果\n\n（一）予以公开\n\n3\n\n0\n\n0\n\n0\n\n0\n\n03\n\n（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n\n";
        var report = Extract(text);

        Assert.Equal(10, Metric(report, "apply.new.natural"));
        Assert.Equal(0, Metric(report, "apply.new.legal_service"));
        Assert.Equal(1, Metric(report, "apply.new.other_org"));
        Assert.Equal(13, Metric(report, "apply.new.total"));
        Assert.Equal(3, Metric(report, "apply.result.disclosed.total"));
        Assert.Equal(0, Metric(report, "apply.result.disclosed.other_org"));
        Assert.Equal(0, Metric(report, "active.normative_docs.in_force"));
        Assert.DoesNotContain(report.Metrics, m => m.Key.StartsWith("apply.carried_in.", StringComparison.Ordinal) || m.Key.StartsWith("active.rules.", StringComparison.Ordinal));
    }

    /// <summary>Table 三's heading and wrapped column labels as `pdftotext -layout` prints a narrow office-suite table.</summary>
    private const string Table3LayoutHeader = "三、收到和处理政府信息公开申请情况\n\n(本列数据的勾稽关系为:第一项加第二项之和,等于\n"
        + "                         申请人情况\n第三项加第四项之和)\n\n                         法人或其他\n自然人                            总计\n"
        + "                         组织\n\n                                  社会公益 法律服务机\n商业 企业                    科研 机构               其他\n"
        + "                                  组织   构\n\n";

    [Fact]
    public void LayoutPdfText_NarrowCellsRunTogetherOnTheRowsLine_AreSplitOnlyWhereOneWayFitsTheRow()
    {
        // `pdftotext -layout` keeps a row on one line and runs its narrow last cells together (0 0 0 13 as 00013); split
        // where exactly one way gives seven cells and 总计 the sum of its parts. 上年结转's 0014 fits no way (a cell lost).
        var report = Extract(Title + Table3LayoutHeader
            + "一、本年新收政府信息公开申请数量         11        2    0    00013\n\n"
            + "二、上年结转政府信息公开申请数量         1        0    0    0014\n\n"
            + "(二)部分公开(区分处理的,只计这一情形,不计其他情形)         0       0    0    0000\n\n(三)不予公开\n");

        Assert.Equal(11, Metric(report, "apply.new.natural"));
        Assert.Equal(0, Metric(report, "apply.new.research"));
        Assert.Equal(0, Metric(report, "apply.new.other_org"));
        Assert.Equal(13, Metric(report, "apply.new.total"));
        Assert.Equal(0, Metric(report, "apply.result.partial.total"));
        Assert.DoesNotContain(report.Metrics, m => m.Key.StartsWith("apply.carried_in.", StringComparison.Ordinal));
    }

    [Fact]
    public void LayoutPdfText_GroupLabelOnTheValuesLine_TheWrappedNumberedPieceAboveNamesTheRow()
    {
        // `pdftotext -layout` prints 三、本年度办理结果 beside (一)予以公开's values, the row's own label wrapped above and
        // below them ((一)予以公 | 三、本年度办理结果 4 2 … | 开; 1.属于国家 | (三)不予公开 1 0 … | 秘密): the group label is
        // passed over and the piece above names its row. A piece whose core begins no row of that numbering names none.
        static string Rows(string piece) => Title + Table3LayoutHeader + "一、本年新收政府信息公开申请数量         4        2    0    0006\n\n"
            + "                            " + piece + "\n三、本年度办理结果                          4     2    0000 6\n                            开\n\n"
            + "(二)部分公开(区分处理的,只计这一情形,不计其他情形)         0       0    0    0000\n\n"
            + "                            1.属于国家\n(三)不予公开                            1     0    0000 1\n                            秘密\n\n";
        var report = Extract(Rows("(一)予以公"));
        var other = Extract(Rows("(一)不予公"));

        Assert.Equal(4, Metric(report, "apply.result.disclosed.natural"));
        Assert.Equal(2, Metric(report, "apply.result.disclosed.business"));
        Assert.Equal(0, Metric(report, "apply.result.disclosed.other_org"));
        Assert.Equal(6, Metric(report, "apply.result.disclosed.total"));
        Assert.Equal(1, Metric(report, "apply.result.denied.state_secret.natural"));
        Assert.Equal(1, Metric(report, "apply.result.denied.state_secret.total"));
        Assert.DoesNotContain(other.Metrics, m => m.Key.StartsWith("apply.result.disclosed.", StringComparison.Ordinal));
    }

    [Fact]
    public void ContentOrderPdfText_WrappedLabelWithItsFirstCellBetweenThePieces_IsReadWholeOnlyWhereTheTotalAddsUp()
    {
        // pdftotext prints a tall row's first cell beside its label's first line, then the label's rest, then the other
        // cells a line each ((一)予以公 | 4 | 开 | 1 | …); the numbered piece of three characters names its row, and the
        // row is whole where 总计 is the sum of its parts — zeros run together (000) and the 总计 kept on a run's line
        // (00 8) cut the one way they can. 部分公开's 总计 does not add up (2+1 ≠ 4): left unread.
        var text = Title + "三、收到和处理政府信息公开申请情况\n\n申请人情况\n\n自然人\n\n法人或其他组织\n\n总计\n\n商业企业\n\n科研机构\n\n社会公益组织\n\n法律服务机构\n\n其他\n\n"
            + "一、本年新收政府信息公开申请数量\n\n6\n\n2\n\n0\n\n00\n\n0\n\n8\n\n二、上年结转政府信息公开申请数量\n\n0\n\n0\n\n0\n\n0000\n\n"
            + "三、本年度办理结果\n\n(一)予以公\n\n4\n\n开\n\n1\n\n0\n\n000 5\n\n"
            + "(二)部分公开(区分处理的,只计这一情形,不计其他\n\n2\n\n情形)\n\n1\n\n0\n\n0\n\n0\n\n0\n\n4\n\n(三)不予公开\n\n";
        var report = Extract(text);

        Assert.Equal(8, Metric(report, "apply.new.total"));
        Assert.Equal(4, Metric(report, "apply.result.disclosed.natural"));
        Assert.Equal(1, Metric(report, "apply.result.disclosed.business"));
        Assert.Equal(0, Metric(report, "apply.result.disclosed.other_org"));
        Assert.Equal(5, Metric(report, "apply.result.disclosed.total"));
        Assert.DoesNotContain(report.Metrics, m => m.Key.StartsWith("apply.result.partial.", StringComparison.Ordinal));
    }

    [Fact]
    public void Table3CutBeforeItsOtherRows_TheYearDecidesTheTemplate()
    {
        // Only the （六） rows tell the templates' table 三 apart: a page cut before them shows neither.
        var cut = Table3Laid + "二、上年结转政府信息公开申请数量           0 0 0 0   0 0 0\n";
        var single = cut + "      （六）其他处理            1  0   0  0  0   0 1\n      （七）总计              16 1   0 0   0   0   17\n";

        Assert.Equal(ReportTemplate.V2021, Extract(Title + cut).Template);
        Assert.Equal(ReportTemplate.V2019, Extract(Title2019 + cut).Template);
        Assert.Equal(ReportTemplate.V2019, Extract(Title + single).Template);
    }

    [Fact]
    public void TableFourPrintedButUnread_ItsProseRestatementIsNoLegacyFigure()
    {
        // Table 四 in an order no reader is sure of: its cells are the figures, unread; the prose's 行政复议 7 件 only
        // repeats one of them, so it is no legacy.review.total — as it is where no table 四 is printed.
        const string prose = "一、总体情况\n本年度，信息公开类行政复议7件，均获维持。\n";
        var unread = Extract(Title + prose + Table4Header + "行政复议 行政诉讼\n7\n未经复议直接起诉 复议后起诉\n5 0\n结果维持 结果纠正\n2 9\n五、存在的主要问题及改进情况\n");
        var absent = Extract(Title + prose + "五、存在的主要问题及改进情况\n");

        Assert.DoesNotContain(unread.Metrics, m => m.Key.StartsWith("review.", StringComparison.Ordinal) || m.Key == "legacy.review.total");
        Assert.Equal(7, Metric(absent, "legacy.review.total"));
    }

    [Fact]
    public void SentenceWithALetterSpacedYearBetweenHeadingAndTableFour_IsNoCell()
    {
        // A PDF prints the year of a sentence letter-spaced (2020 年,本局…): the 2020 is words of the sentence, so the
        // table's one row keeps its fifteen cells.
        var text = Title2019 + Table4Header + "2020 年,本局未发生因政府信息公开申请行政复议的情况。\n行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n"
            + "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n"
            + "0 0 0 0 0 2 0 0 1 3 0 0 0 0 0\n五、存在的主要问题及改进情况\n";

        var report = Extract(text);

        Assert.Equal(0, Metric(report, "review.total"));
        Assert.Equal(2, Metric(report, "litigation.direct.upheld"));
        Assert.Equal(3, Metric(report, "litigation.direct.total"));
    }

    [Fact]
    public void TableFourWithItsColumnLabelsOneCharacterALine_IsRead()
    {
        // A PDF column too narrow for 结果维持 prints it 结/果/维/持 over four lines: the groups' labels still show the table.
        var text = Title2019 + Table4Header + "行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n结 结 其 尚\n结 结 其 尚 结 结 其 尚\n果 果 他 未\n"
            + "总计 果 果 他 未 总 果 果 他 未 总\n维 纠 结 审\n维 纠 结 审 计 维 纠 结 审 计\n持 正 果 结\n持 正 果 结 持 正 果 结\n"
            + "1 0 0 0 1 0 0 0 0 0 0 0 0 0 0\n五、存在的主要问题及改进情况\n";

        var report = Extract(text);

        Assert.Equal(1, Metric(report, "review.upheld"));
        Assert.Equal(1, Metric(report, "review.total"));
        Assert.Equal(0, Metric(report, "litigation.after_review.total"));
    }

    [Fact]
    public void PageBeginningInsideTableThree_ItsRowWithAWholeTemplateLabelIsRead()
    {
        // One page of a report (its table 三 heading and header on the page before) starts at the table's last row.
        var text = "四、结转下年度继续办理 1 0 0 0 0 0 1\n" + Table4Header + "行政复议 行政诉讼\n未经复议直接起诉 复议后起诉\n"
            + "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n"
            + "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n五、存在的主要问题及改进情况\n2022年，本局将继续做好政府信息公开工作。\n";

        var report = Extract(text);

        Assert.Equal(1, Metric(report, "apply.carried_out.natural"));
        Assert.Equal(0, Metric(report, "apply.carried_out.business"));
        Assert.Equal(1, Metric(report, "apply.carried_out.total"));
        Assert.Equal(0, Metric(report, "review.total"));
    }

    [Fact]
    public void LaidOutPdfText_Table2ColumnLabelsBrokenOverLines_ItsSectionNineShows2019()
    {
        // A narrow page breaks 本年新制作数量 and 对外公开总数量 over lines; only 2019's table has 第二十条第（九）项.
        var report = Extract(Title2019 + "二、主动公开政府信息情况\n 第二十条第（一）项\n             本年新     本年新 对外公开总数\n"
            + " 信息内容        制作数量    公开数量 量\n 规章          0       0    7\n\n 规范性文件       12      12   40\n"
            + "第二十条第（九）项\n信息内容      采购项目数量 采购总金额\n政府集中采购    5     200.5万元\n");

        Assert.Equal(ReportTemplate.V2019, report.Template);
        Assert.Equal(7, Metric(report, "active.rules.total"));
        Assert.Equal(40, Metric(report, "active.normative_docs.total"));
    }

    [Fact]
    public void TextBrowserDump_TablesDrawnWithBoxCharacters_AreReadAsPipeTables()
    {
        // w3m's dump of a page: rows between │, rules of ─ ┼; in table 四 a rule runs through the header where the
        // litigation groups' columns begin (总计├────┬────), which is no cell.
        var text = Title + "二、主动公开政府信息情况\n┌──────────┬──────┬──────┬──────┐\n│第二十条第（一）项                  │\n"
            + "├──────────┼──────┼──────┼──────┤\n│信息内容  │本年制发件数│本年废止件数│现行有效件数│\n├──────────┼──────┼──────┼──────┤\n"
            + "│规章      │1     │0     │5     │\n├──────────┼──────┼──────┼──────┤\n│行政规范性文件│4   │2     │31    │\n└──────────┴──────┴──────┴──────┘\n"
            + Table4Header + "┌──────────────────┬──────────────────────┐\n│行政复议          │行政诉讼              │\n"
            + "├────┬────┬────┬────┬────┼──────────┬──────────┤\n│  │  │  │  │  │未经复议直接起诉│复议后起诉│\n"
            + "│结果维持│结果│其他│尚未│总计├────┬────┬────┬────┬────┼────┬────┬────┬────┬────┤\n"
            + "│  │纠正│结果│审结│  │结果│结果│其他│尚未│总计│结果│结果│其他│尚未│总计│\n"
            + "├────┼────┼────┼────┼────┼────┼────┼────┼────┼────┼────┼────┼────┼────┼────┤\n"
            + "│3 │1 │0 │0 │4 │0 │0 │0 │0 │0 │2 │0 │0 │0 │2 │\n└────┴────┴────┴────┴────┴────┴────┴────┴────┴────┴────┴────┴────┴────┴────┘\n五、存在的主要问题及改进情况\n无。\n";
        var report = Extract(text);

        // A narrow column's piece of that rule is two dashes (总├────┬──┼), still no cell.
        var narrow = Extract(text.Replace("总计├────┬────┬────┬────┬────┼", "总计├────┬────┬────┬────┬──┼", StringComparison.Ordinal));

        Assert.Equal(1, Metric(report, "active.rules.issued"));
        Assert.Equal(5, Metric(report, "active.rules.in_force"));
        Assert.Equal(31, Metric(report, "active.normative_docs.in_force"));
        Assert.Equal(3, Metric(report, "review.upheld"));
        Assert.Equal(4, Metric(report, "review.total"));
        Assert.Equal(2, Metric(report, "litigation.after_review.total"));
        Assert.Equal(4, Metric(narrow, "review.total"));
        Assert.Equal(2, Metric(narrow, "litigation.after_review.total"));
    }

    [Fact]
    public void OlderStatisticsForm_HeaderACellALine_IsFound()
    {
        // lynx's dump of the page's table: 指标名称 / 计量 / 单位 / 2013 / 年度 / 历年累计, then a row a line.
        var text = "示例县人民政府2013年政府信息公开工作年度报告\n附件1：示例县人民政府2013年政府信息公开情况统计表\n\n   指标名称\n\n   计量\n\n   单位\n\n"
            + "   2013\n\n   年度\n   历年累计\n   主动公开信息数 条 120 880\n   其中：1.网站公开 条 100 700\n   受理依申请公开信息总数 条 5 30\n";
        var report = Extract(text);

        Assert.Equal(120, Metric(report, "legacy.active.total"));
        Assert.Equal(100, Metric(report, "legacy.channel.website"));
        Assert.Equal(5, Metric(report, "legacy.apply.received"));
        Assert.DoesNotContain(report.Metrics, m => m.Value is 880 or 700 or 30);
    }

    [Fact]
    public void OlderStatisticsForm_InAPdfsContentOrder_IsNotRead()
    {
        // pdftotext without its layout: numbers before their row's label, or the header's cells out of the table's order
        // (历年累计 / 年度 / 单位): which number is the year's is not certain.
        var early = Extract("示例县人民政府2017年政府信息公开工作年度报告\n六、政府信息公开情况统计表\n指标名称\n计量单位 2017年度 历年累计\n650\n4100\n"
            + "主动公开文件数\n条\n650\n4100\n其中：1、政府网站公开数 条\n0\n0\n");
        var reordered = Extract("示例县人民政府2013年政府信息公开工作年度报告\n附件1：示例县人民政府2013年政府信息公开情况统计表\n计量 2013\n指标名称\n历年累计\n年度\n单位\n"
            + "主动公开信息数\n条 120 880\n其中：1.网站公开\n条 100 700\n");

        Assert.DoesNotContain(early.Metrics, m => m.Origin == MetricOrigin.Table);
        Assert.DoesNotContain(reordered.Metrics, m => m.Value is 880 or 700);
    }

    [Fact]
    public void PdfContentOrder_EmptyLineAfterEveryCell_IsSpacingNotABlankCell()
    {
        // pdftotext leaves an empty line after every paragraph; the third column's label and value come after both rows.
        var report = Extract(Title + "二、主动公开政府信息情况\n\n第二十条第（一）项\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n"
            + "规章\n\n0\n\n0\n\n行政规范性文件\n\n3\n\n9\n\n现行有效件数\n\n6\n\n");

        Assert.Null(Metric(report, "active.normative_docs.in_force"));
        Assert.DoesNotContain(report.Metrics, m => m.Key.StartsWith("active.normative_docs.", StringComparison.Ordinal) && m.Value == 9);
    }

    // Table 三 as a ruled-table converter prints a PDF's grid: a row per ruled row, cells split at every vertical rule,
    // so a narrow merged label column splits the row labels over cells.
    private const string RuledTable3Header = "三、收到和处理政府信息公开申请情况\n\n| | | | 申请人情况 | | | | | | |\n|---|---|---|---|---|---|---|---|---|---|\n"
        + "| （本 | 列数据的勾 | 稽关系） | 自然人 | 商业<br>企业 | 科研<br>机构 | 社会公益<br>组织 | 法律服务<br>机构 | 其他 | 总计 |\n";

    [Fact]
    public void RuledTableConverter_RowLabelsSplitOverCells_TableIsRead()
    {
        var report = Extract(Title + RuledTable3Header
            + "| 一、本 | 年新收政府 | 信息公开申请数量 | 12 | 1 | 0 | 0 | 0 | 0 | 13 |\n"
            + "| 二、上 | 年结转政府 | 信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"
            + "| | （一）予以 | 公开 | 5 | 1 | 0 | 0 | 0 | 0 | 6 |\n");

        Assert.Equal(12, Metric(report, "apply.new.natural"));
        Assert.Equal(13, Metric(report, "apply.new.total"));
        Assert.Equal(2, Metric(report, "apply.carried_in.total"));
        Assert.Equal(6, Metric(report, "apply.result.disclosed.total"));
    }

    [Fact]
    public void RuledTableConverter_LineBreakInACell_JoinsALabelButNotDigits()
    {
        var report = Extract(Title + RuledTable3Header
            + "| 一、本年新收政府信息公开申请数量 | | | 9 | 0 | 0 | 0 | 0 | 1 | 10 |\n"
            + "| 二、上年结转政府信息公开申请数量 | | | 1<br>2 | 0 | 0 | 0 | 0 | 0 | 12 |\n"
            + "| 三、本年度办理结果 | (一)予以公<br>开 | | 3 | 0 | 0 | 0 | 0 | 1 | 4 |\n");

        Assert.Equal(10, Metric(report, "apply.new.total"));
        Assert.Equal(3, Metric(report, "apply.result.disclosed.natural"));
        Assert.Equal(4, Metric(report, "apply.result.disclosed.total"));
        Assert.Null(Metric(report, "apply.carried_in.natural"));
        Assert.DoesNotContain(report.Metrics, m => m.Key.StartsWith("apply.carried_in.", StringComparison.Ordinal) && m.Value is 1 or 2);
    }

    [Theory]
    [InlineData("5<br>3", 53)]
    [InlineData("5<br/>3", 53)]
    [InlineData("5<br>4", null)]
    public void RuledTableConverter_TotalWrappedInItsCell_ReadOnlyWhereTheJoinedNumberIsTheSum(string total, int? read)
    {
        // A narrow 总计 cell's two lines joined by <br>: 53 only where the parts sum to it; 5 and 4 could be 54 or two cells.
        var report = Extract(Title + RuledTable3Header
            + "| 一、本年新收政府信息公开申请数量 | | | 48 | 3 | 0 | 0 | 2 | 0 | " + total + " | |\n"
            + "| 二、上年结转政府信息公开申请数量 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 | |\n");

        Assert.Equal(read, Metric(report, "apply.new.total"));
        Assert.Equal(read is null ? null : 48, Metric(report, "apply.new.natural"));
        Assert.Equal(1, Metric(report, "apply.carried_in.total"));
    }

    [Fact]
    public void RuledRowPrintedAsSeveralPipeRows_LabelRestJoins_WrappedTotalReadOnlyWhereItIsTheSum()
    {
        // A converter that gives each text line of a ruled row its own pipe row: 53 in a narrow 总计 cell prints 5, then 3
        // under it; (一)予以公开 prints 开 under its cell.
        static string Table(string lower) => Title + RuledTable3Header
            + "| 一、本年新收政府信息公开申请数量 | | | 48 | 3 | 0 | 0 | 2 | 0 | 5 |\n| | | | | | | | | | " + lower + " |\n"
            + "| 二、上年结转政府信息公开申请数量 | | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
            + "| 三、本年度办理结果 | (一)予以公 | | 7 | 1 | 0 | 0 | 0 | 0 | 8 |\n| | 开 | | | | | | | | |\n";
        var report = Extract(Table("3"));

        // 5 and 4 make 54, not the parts' 53, and 5 alone is not it either: one number or two, nothing shows which.
        var notTheSum = Extract(Table("4"));

        Assert.Equal(53, Metric(report, "apply.new.total"));
        Assert.Equal(48, Metric(report, "apply.new.natural"));
        Assert.DoesNotContain(notTheSum.Metrics, m => m.Key.StartsWith("apply.new.", StringComparison.Ordinal));
        Assert.Equal(1, Metric(notTheSum, "apply.carried_in.total"));
        Assert.Equal(7, Metric(notTheSum, "apply.result.disclosed.natural"));
        Assert.Equal(8, Metric(notTheSum, "apply.result.disclosed.total"));
    }

    [Fact]
    public void PipeRowOpeningWithTheFirstSectionLabel_StartsTable2WithoutItsHeading()
    {
        var report = Extract(Title + "现将本局年度报告如下。\n\n| 第二十条第(一)项 | | | |\n|---|---|---|---|\n"
            + "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| 规章 | 0 | 0 | 2 |\n| 行政规范性文件 | 4 | 1 | 17 |\n");

        Assert.Equal(2, Metric(report, "active.rules.in_force"));
        Assert.Equal(17, Metric(report, "active.normative_docs.in_force"));
    }

    [Fact]
    public void Table4SinglePipeRow_BlanksAsEmptySlots_MapsBySlotWhereTotalsHold()
    {
        // Each header line its own pipe row (结果 | 结果 over 维持 | 纠正): no leaf label gives a column's position.
        const string header = "| 行政复 | 议 | | | | 行政诉 | 讼 | | | | | | | | |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
            + "| 结果 | 结果 | 其他 | 尚未 | 总 | 未经复 | 议直接 | 起诉 | | | 复议后 | 起诉 | | | |\n"
            + "| 维持 | 纠正 | 结果 | 审结 | 计 | 结果<br>维持 | 结果<br>纠正 | 其他<br>结果 | 尚未<br>审结 | 总<br>计 | 结果<br>维持 | 结果<br>纠正 | 其他<br>结果 | 尚未<br>审结 | 总计 |\n";
        var report = Extract(Title + Table4Header + "\n" + header + "| 3 | | | 1 | 4 | 2 | | | | 2 | | | | | |\n");
        var notATotal = Extract(Title + Table4Header + "\n" + header + "| 3 | | | 1 | 2 | 2 | | | | 2 | | | | | |\n");

        Assert.Equal(3, Metric(report, "review.upheld"));
        Assert.Equal(1, Metric(report, "review.pending"));
        Assert.Equal(4, Metric(report, "review.total"));
        Assert.Equal(2, Metric(report, "litigation.direct.total"));
        Assert.Null(Metric(report, "review.corrected"));
        Assert.Null(Metric(notATotal, "review.total"));
    }

    [Fact]
    public void Table3RowLabelsWithTheirYearInBrackets_MatchTheirRows()
    {
        // A cell a line with a blank line between (a web page's table as text), and the same rows as pipe rows.
        const string heading = "三、收到和处理政府信息公开申请情况\n\n申请人情况\n\n自然人\n\n商业企业\n\n科研机构\n\n社会公益组织\n\n法律服务机构\n\n其他\n\n总计\n\n";
        var lines = Extract(Title + heading + "一、本年（2021）新收政府信息公开申请数量\n\n3\n\n1\n\n0\n\n0\n\n0\n\n0\n\n4\n\n"
            + "二、上年(2020年)结转政府信息公开申请数量\n\n2\n\n0\n\n0\n\n0\n\n0\n\n0\n\n2\n\n三、本年度办理结果\n\n");
        var pipes = Extract(Title + "三、收到和处理政府信息公开申请情况\n| | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |\n"
            + "| 一、本年(2021年度)新收政府信息公开申请数量 | 5 | 0 | 1 | 0 | 0 | 0 | 6 |\n");

        Assert.Equal(3, Metric(lines, "apply.new.natural"));
        Assert.Equal(4, Metric(lines, "apply.new.total"));
        Assert.Equal(2, Metric(lines, "apply.carried_in.natural"));
        Assert.Equal(2, Metric(lines, "apply.carried_in.total"));
        Assert.Equal(1, Metric(pipes, "apply.new.research"));
        Assert.Equal(6, Metric(pipes, "apply.new.total"));
    }

    [Fact]
    public void CellPerLineWithBars_TextEndingOnANumberAndASpace_ReadsThatLastCell()
    {
        // Table 二 of 2019 a cell a line, each with its bar; the text ends after the fees row's last digits.
        static ExtractedReport Ending(string last) => Extract(Title2019 + "二、主动公开政府信息情况\n|\n第二十条第(一)项 | ||||\n|\n信息内容 |\n本年新制作数量 |\n"
            + "本年新公开数量 |\n对外公开总数量 | |\n|\n规章 |\n0 |\n0 |\n0 | |\n|\n规范性文件 |\n2 |\n2 |\n9 | |\n|\n第二十条第(八)项 | ||||\n|\n"
            + "信息内容 |\n上一年项目数量 |\n本年增/减 | ||\n|\n行政事业性收费 |\n4 |\n" + last);

        Assert.Equal(4, Metric(Ending("1 "), "active.fees.prev_items"));
        Assert.Equal(1, Metric(Ending("1 "), "active.fees.change"));
        Assert.Equal(4, Metric(Ending("1"), "active.fees.prev_items"));
        Assert.Null(Metric(Ending("1"), "active.fees.change"));
    }
}
