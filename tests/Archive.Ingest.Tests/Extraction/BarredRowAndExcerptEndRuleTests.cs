using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules from the seventeenth round of real reports (pages whose stored text reaches the template tables, 2019–2025), each on a
/// fictional fixture: a barred row whose empty cells run on as bars alone up to the next label, a row broken at its bars as the
/// excerpt's last, a pipe row cut after its first value under rows printed whole, the year a street office's excerpt states
/// beside its own designation, and an account's count on its 微信平台.
/// </summary>
public sealed class BarredRowAndExcerptEndRuleTests
{
    private const string BarredHead = "关于2022年度政府信息公开情况的报告\n一、总体情况\n2022年,青石县某某管理办公室认真做好政府信息公开工作。\n"
        + "二、主动公开政府信息情况\n第二十条第(一)项 |\n|||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n规章 |\n0 |\n0 |\n0 |\n"
        + "行政规范性文件 |\n0 |\n0 |\n0 |\n第二十条第(五)项 |\n|||\n信息内容 |\n本年处理决定数量 |\n||\n行政许可 |\n0 |\n||\n"
        + "三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n申请人情况 |\n||||||||\n自然人 |\n"
        + "法人或其他组织 |\n总计 |\n|||||||\n商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n|||||\n"
        + "一、本年新收政府信息公开申请数量 |\n5 |\n|\n|\n|\n|\n|\n5 |\n||\n二、上年结转政府信息公开申请数量 |\n0 |\n|\n|\n|\n|\n|\n0 |\n||\n";

    private const string PipeHead = "某某县青石局2022年政府信息公开工作年度报告\n一、总体情况\n2022年,某某县青石局认真做好政府信息公开工作。\n"
        + "二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 0 | 0 | 0 |\n"
        + "行政规范性文件 | 0 | 0 | 0 |\n第二十条第(五)项 | |||\n信息内容 | 本年处理决定数量 | ||\n行政许可 | 2 | ||\n"
        + "三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 | |||||||||\n"
        + "自然人 | 法人或其他组织 | 总计 | ||||||||\n商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | ||||||\n";

    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private static decimal? Metric(ExtractedReport report, string key) => report.Metrics.SingleOrDefault(m => m.Key == key)?.Value;

    [Fact]
    public void BarredCells_RowsClosedByBars_BarsAloneAfterAValueUpToTheNextLabel_AreTheRowsEmptyCellsButTheLast()
    {
        var report = Extract(BarredHead + "三、本年度办理结果 |\n(一)予以公开 |\n3 |\n|\n|\n|\n|\n|\n|\n|\n"
            + "(二)部分公开(区分处理的,只计这一情形,不计其他情形) |\n|\n|\n|\n|\n|\n|\n|\n||\n(三)不予公开 |\n1.属于国家秘密 |\n|\n|\n");

        Assert.Equal(5, Metric(report, "apply.new.natural"));
        Assert.Equal(5, Metric(report, "apply.new.total"));
        Assert.Equal(3, Metric(report, "apply.result.disclosed.natural"));
        Assert.Null(Metric(report, "apply.result.disclosed.total"));
        Assert.Null(Metric(report, "apply.result.partial.natural"));
    }

    [Fact]
    public void PipeTable_RowBrokenAtItsBars_LastBeforeTheExcerptsEnd_IsReadByItsBars()
    {
        var report = Extract(PipeHead + "一、本年新收政府信息公开申请数量 |\n|\n|\n|\n|\n|\n| 0 | ||");

        Assert.Equal(0, Metric(report, "apply.new.total"));
        Assert.Null(Metric(report, "apply.new.natural"));
        Assert.Equal(2, Metric(report, "active.licensing.decisions"));
    }

    [Fact]
    public void PipeRow_CutAfterItsFirstValue_UnderRowsPrintedWhole_HasItInItsFirstColumn()
    {
        var report = Extract(PipeHead + "一、本年新收政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 | ||\n"
            + "二、上年结转政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | ||\n三、本年度办理结果 | (一)予以公开 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | |\n"
            + "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 1 | ");

        Assert.Equal(1, Metric(report, "apply.result.partial.natural"));
        Assert.Null(Metric(report, "apply.result.partial.total"));
    }

    [Fact]
    public void PipeRow_CutAfterItsFirstValue_UnderRowsPrintingOneValueEach_IsNotRead()
    {
        var report = Extract(PipeHead + "一、本年新收政府信息公开申请数量 | 0 | ||||||||\n二、上年结转政府信息公开申请数量 | 0 | ||||||||\n"
            + "三、本年度办理结果 | (一)予以公开 | 0 | |||||||\n(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 1 | ");

        Assert.Null(Metric(report, "apply.result.partial.natural"));
    }

    [Fact]
    public void Year_ExcerptWithoutTitle_StreetOfficeStatesItsYearBesideItsDesignation_IsThatYear()
    {
        var report = Extract("(二)政府信息依申请公开情况\n2019年度街道受理信息公开申请0件。\n(三)人员情况\n2019年度街道共有专职信息人员2名。\n"
            + "二、主动公开政府信息情况\n");

        Assert.Equal(2019, report.Year);
    }

    [Fact]
    public void Year_StreetOfficeStatementsNamingTwoYears_GiveNoYear()
    {
        var report = Extract("(二)政府信息依申请公开情况\n2019年度街道受理信息公开申请0件。\n(三)人员情况\n2018年度街道共有专职信息人员2名。\n"
            + "二、主动公开政府信息情况\n");

        Assert.Null(report.Year);
    }

    [Fact]
    public void WeChat_AccountsQuotedNameBeforeItsPlatform_GivesTheAccountsCount()
    {
        var quoted = Extract("青石乡2021年政府信息公开工作年度报告\n一、总体情况\n2021年,青石乡做好信息公开;“青石乡人民政府网”微信平台发布信息56条;全年未发生舆情。\n");
        var lostQuote = Extract("青石乡2021年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开政府信息的情况\n2021年,青石乡积极运用微信公众号公开信息。"
            + "青石乡青石微讯”微信平台公开发布信息78条,涉及政务动态等方面内容。\n");

        Assert.Equal(56, Metric(quoted, "legacy.channel.wechat"));
        Assert.Equal(78, Metric(lostQuote, "legacy.channel.wechat"));
    }
}
