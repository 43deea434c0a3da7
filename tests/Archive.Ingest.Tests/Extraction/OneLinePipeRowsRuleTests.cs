using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// A page whose line breaks were lost (crawler text on one line) while its table kept the bars between cells: each run of
/// rows on one line is cut back into its rows where a label follows a cell. Fictional body and figures.
/// </summary>
public sealed class OneLinePipeRowsRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private const string Opening = "青石县某某局2022年政府信息公开工作年度报告 一、总体情况 2022年,青石县某某局认真做好政府信息公开工作。 ";

    private const string Header = "三、收到和处理政府信息公开申请情况 (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | "
        + "自然人 | 法人或其他组织 | 总计 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ";

    private static string Row(string label, params int[] values) => label + " | " + string.Join(" | ", values) + " | ";

    private static Dictionary<string, decimal> OneLine(string rows) =>
        Metrics(Extractor.Extract(Opening + Header + rows + "四、政府信息公开行政复议、行政诉讼情况 本机关未发生行政复议、行政诉讼。\n", "page.txt"));

    [Fact]
    public void RowsAfterTheResultsGroupLabel_OnOneLine_AreEachRead()
    {
        var metrics = OneLine(
            Row("一、本年新收政府信息公开申请数量", 5, 1, 0, 0, 0, 0, 6)
            + Row("二、上年结转政府信息公开申请数量", 1, 0, 0, 0, 0, 0, 1)
            + Row("三、本年度办理结果 | (一)予以公开", 3, 1, 0, 0, 0, 0, 4)
            + Row("(二)部分公开(区分处理的,只计这一情形,不计其他情形)", 1, 0, 0, 0, 0, 0, 1)
            + Row("(三)不予公开 | 1.属于国家秘密", 0, 0, 0, 0, 0, 0, 0)
            + Row("2.其他法律行政法规禁止公开", 0, 0, 0, 0, 0, 0, 0)
            + Row("5.属于三类内部事务信息", 2, 0, 0, 0, 0, 0, 2));

        Assert.Equal(6, metrics["apply.new.total"]);
        Assert.Equal(3, metrics["apply.result.disclosed.natural"]);
        Assert.Equal(4, metrics["apply.result.disclosed.total"]);
        Assert.Equal(1, metrics["apply.result.partial.total"]);
        Assert.Equal(0, metrics["apply.result.denied.state_secret.total"]);
        Assert.Equal(2, metrics["apply.result.denied.internal_affairs.natural"]);
    }

    [Fact]
    public void APartWhoseLabelsNameTwoRows_KeepsItsLineWhole()
    {
        // Merged labels run together before one row's values (5.属于三类内部事务信息 1.本机关不掌握相关政府信息 | 2 | …): which
        // of the two rows they are is not certain, so neither gets them.
        var metrics = OneLine(
            Row("一、本年新收政府信息公开申请数量", 5, 1, 0, 0, 0, 0, 6)
            + Row("三、本年度办理结果 | (一)予以公开", 3, 1, 0, 0, 0, 0, 4)
            + Row("(三)不予公开 5.属于三类内部事务信息 1.本机关不掌握相关政府信息", 2, 0, 0, 0, 0, 0, 2)
            + Row("2.没有现成信息需要另行制作", 0, 0, 0, 0, 0, 0, 0));

        Assert.False(metrics.ContainsKey("apply.result.unable.not_held.total"));
        Assert.False(metrics.ContainsKey("apply.result.denied.internal_affairs.total"));
        Assert.Equal(6, metrics["apply.new.total"]);
    }
}
