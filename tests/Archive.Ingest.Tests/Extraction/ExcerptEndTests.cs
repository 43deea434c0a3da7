using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Thirteenth round (twenty-seventh session): page excerpts that end inside table 三, and 统计表 row wordings in prose.
/// Every fixture is a fictional report; the assertions are the cells a reader of the printed page would take.
/// </summary>
public sealed class ExcerptEndTests
{
    private static readonly ReportExtractor Extractor = new();

    private const string Title = "青石县某某局2022年政府信息公开工作年度报告\n本报告所列数据的统计期限自2022年1月1日起至2022年12月31日。\n";

    private const string Table3Pipes = "三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |\n"
        + "自然人 | 法人或其他组织 | 总计 |\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 |\n";

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private static decimal? Metric(ExtractedReport report, string key) => report.Metrics.SingleOrDefault(m => m.Key == key)?.Value;

    [Fact]
    public void PipeRowCutAfterALoneZero_TheZeroIsTheNextColumnsCell()
    {
        // The excerpt ends on 0 with no bar after it: no count's digits begin with 0, so the cut took none. The 总计 after
        // it is unread.
        var report = Extract(Title + Table3Pipes + "一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n"
            + "二、上年结转政府信息公开申请数量 | 1 | 0 | 0 | 0 | 0 | 0");

        Assert.Equal(1, Metric(report, "apply.carried_in.natural"));
        Assert.Equal(0, Metric(report, "apply.carried_in.other_org"));
        Assert.Null(Metric(report, "apply.carried_in.total"));
    }

    [Fact]
    public void PipeRowCutAfterANumberOtherThanZero_ItIsUnread()
    {
        // 1 at the text's end may be the first digit of 12.
        var report = Extract(Title + Table3Pipes + "一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 1");

        Assert.Equal(0, Metric(report, "apply.new.legal_service"));
        Assert.Null(Metric(report, "apply.new.other_org"));
    }

    [Fact]
    public void MoneyCellCutAtALoneZero_IsUnread()
    {
        // A money cell's 0 may be the start of 0.35 (万元).
        var report = Extract(Title + "二、主动公开政府信息情况\n第二十条第(八)项 |\n信息内容 | 本年收费金额(单位:万元) |\n行政事业性收费 | 0");

        Assert.Null(Metric(report, "active.fees.amount"));
    }

    [Fact]
    public void BarsPerLineCutAfterALoneZero_TheZeroIsTheNextColumnsCell()
    {
        var report = Extract(Title + "三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n申请人情况 |\n"
            + "自然人 |\n法人或其他组织 |\n总计 |\n商业 企业 |\n科研 机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n"
            + "一、本年新收政府信息公开申请数量 |\n3 |\n0 |\n0 |\n0 |\n0 |\n0 |\n3 |\n二、上年结转政府信息公开申请数量 |\n0 |\n0 |\n0 |\n0");

        Assert.Equal(0, Metric(report, "apply.carried_in.research"));
        Assert.Equal(0, Metric(report, "apply.carried_in.social_org"));
        Assert.Null(Metric(report, "apply.carried_in.legal_service"));
    }

    [Fact]
    public void BlankCellsAsLoneBarsAndACutCellAfterABar_ASpaceAfterItsDigitsShowsItWhole()
    {
        // Blank cells printed as bars alone on their lines; the excerpt ends on `| 1 `: the bar closes the blank 其他 cell,
        // and the space after 1 shows its digits ended.
        var report = Extract(Title + Table3Pipes + "一、本年新收政府信息公开申请数量 | 4 |\n|\n|\n|\n|\n| 4 |\n"
            + "三、本年度办理结果 | (一)予以公开 | 3 |\n|\n|\n|\n|\n| 3 |\n(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 1 |\n|\n|\n|\n|\n| 1 ");

        Assert.Equal(4, Metric(report, "apply.new.total"));
        Assert.Equal(1, Metric(report, "apply.result.partial.natural"));
        Assert.Equal(1, Metric(report, "apply.result.partial.total"));
        Assert.Null(Metric(report, "apply.result.partial.other_org"));
    }

    [Fact]
    public void DoubleSpacedCellPerLineRowTheTextEnds_GivesItsFirstColumns()
    {
        // Every line followed by an empty one: those are separators, not blank cells. The excerpt ends after the
        // fourth cell of 二、上年结转: those are the row's first four columns, not every second column.
        var report = Extract(Title + "三、收到和处理政府信息公开申请情况\n\n申请人情况\n\n自然人\n\n法人或其他组织\n\n总计\n\n商业企业\n\n科研机构\n\n"
            + "社会公益组织\n\n法律服务机构\n\n其他\n\n一、本年新收政府信息公开申请数量\n\n5\n\n1\n\n0\n\n2\n\n0\n\n0\n\n8\n\n"
            + "二、上年结转政府信息公开申请数量\n\n3\n\n1\n\n0\n\n2\n\n");

        Assert.Equal(8, Metric(report, "apply.new.total"));
        Assert.Equal(3, Metric(report, "apply.carried_in.natural"));
        Assert.Equal(1, Metric(report, "apply.carried_in.business"));
        Assert.Equal(0, Metric(report, "apply.carried_in.research"));
        Assert.Equal(2, Metric(report, "apply.carried_in.social_org"));
        Assert.Null(Metric(report, "apply.carried_in.legal_service"));
        Assert.Null(Metric(report, "apply.carried_in.total"));
    }

    [Fact]
    public void StatisticsRowWordingsWithTheirCountWord_AreReadInProse()
    {
        var report = Extract("青石县某某局2024年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n"
            + "截止2024年12月31日,本局2024年度主动公开政府信息数不同渠道和方式公开相同信息计41条。\n"
            + "①参加或举办新闻发布会总次数2次。\n②政府网站在线访谈次数1次。\n③政策解读稿件发布数3篇。\n");

        Assert.Equal(41, Metric(report, "legacy.active.total"));
        Assert.Equal(2, Metric(report, "legacy.response.press_conferences"));
        Assert.Equal(1, Metric(report, "legacy.response.interviews"));
        Assert.Equal(3, Metric(report, "legacy.response.interpretations"));
    }

    [Fact]
    public void StatisticsNoteKeptInBrackets_ItsOneIsNoCount()
    {
        var report = Extract("青石县某某局2024年政府信息公开工作年度报告\n一、总体情况\n本局主动公开政府信息数(不同渠道和方式公开相同信息计1条)。\n");

        Assert.NotEqual(1, Metric(report, "legacy.active.total"));
    }
}
