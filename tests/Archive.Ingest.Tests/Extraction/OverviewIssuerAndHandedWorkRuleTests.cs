using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules from the twenty-first round of real reports (pages whose stored text reaches the template tables, 2019–2025), each on
/// a fictional fixture: the body the overview's first sentence says issued documents, the body handing over its year's
/// disclosure work, the year of a total stated with its channel, a website's count named 数量 without 为, and the year's
/// whole as a sentence of its own without 主动.
/// </summary>
public sealed class OverviewIssuerAndHandedWorkRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private static decimal? Metric(ExtractedReport report, string key) => report.Metrics.SingleOrDefault(m => m.Key == key)?.Value;

    private const string Table2021 = "二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
        + "规章 | 0 | 0 | 0 |\n行政规范性文件 | 0 | 0 | 0 |\n第二十条第(五)项 | |||\n信息内容 | 本年处理决定数量 | ||\n行政许可 | 0 | ||\n"
        + "第二十条第(六)项 | |||\n信息内容 | 本年处理决定数量 | ||\n行政处罚 | 0 | ||\n行政强制 | 0 | ||\n第二十条第(八)项 | |||\n"
        + "信息内容 | 本年收费金额(单位:万元) | ||\n行政事业性收费 | 0 |\n三、收到和处理政府信息公开申请情况\n";

    [Fact]
    public void Agency_OverviewOpeningOnWhatTheBodyIssued_NamesTheBody()
    {
        var report = Extract("一、总体情况\n2023年,平罗县某某局出台三项规范性文件,分别是《平罗县某某若干政策》、《平罗县某某实施办法》。"
            + "以上政策均通过县政府网站征询社会公众意见。\n" + Table2021);

        Assert.Equal("平罗县某某局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal(2023, report.Year);
    }

    [Fact]
    public void Agency_IssuingLaterInTheOverview_NamesNoBody()
    {
        // 出台 after the overview's first sentence is as often a superior's as the body's own.
        var report = Extract("一、总体情况\n我单位认真做好政府信息公开工作。2023年,中卫市某某局出台三项规范性文件。\n" + Table2021);

        Assert.NotEqual("中卫市某某局", report.Agency);
    }

    [Fact]
    public void Agency_BodyHandingOverItsYearsWork_NamesItself()
    {
        var report = Extract("根据《中华人民共和国政府信息公开条例》要求,现将白杨街道办事处2021年度信息公开工作的总体情况、主动公开信息情况、"
            + "信息公开申请情况、信息公开行政复议及行政诉讼情况、存在的主要问题及改进措施等方面的报告如下。\n一、总体情况\n2021年,白杨街办在区委、区政府的坚强领导下,不断完善政务信息公开制度。\n" + Table2021);

        Assert.Equal("白杨街道办事处", report.Agency);
        Assert.Equal(2021, report.Year);
    }

    [Fact]
    public void Agency_HandingOverAsWe_NamesNoBody()
    {
        var report = Extract("根据《中华人民共和国政府信息公开条例》要求,现将我局2021年度信息公开工作的总体情况报告如下。\n一、总体情况\n"
            + "2021年,在上级的领导下,政务公开工作稳步推进。\n" + Table2021);

        Assert.Null(report.Agency);
        Assert.Equal(2021, report.Year);
    }

    [Fact]
    public void Year_TotalStatedWithTheChannelItWentOutThrough_IsTheReportsYear()
    {
        var report = Extract("一、总体情况\n平罗县某某办公室按照上级关于政务公开工作的要求,全力推进政府信息公开工作。\n"
            + "2021年通过政府网站主动公开信息31条,其中:信息公开指南1条,动态类信息14条。\n2021年共收到信息公开申请0宗。\n" + Table2021);

        Assert.Equal(2021, report.Year);
    }

    [Fact]
    public void Year_TotalsOfTwoYearsWithTheirChannels_GiveNoYear()
    {
        var report = Extract("一、总体情况\n平罗县某某办公室按照上级关于政务公开工作的要求,全力推进政府信息公开工作。\n"
            + "2020年通过政府网站主动公开信息31条,2021年通过政府网站主动公开信息40条。\n" + Table2021);

        Assert.Null(report.Year);
    }

    [Fact]
    public void Website_CountNamedQuantityWithoutWei_IsTheSitesCount()
    {
        var report = Extract("一、总体情况\n(一)主动公开政府信息情况。2025年卫健局通过市政府网站主动公开政府信息数量4条;某某信用平台主动公开行政处罚信息数量69条。\n"
            + Table2021);

        Assert.Equal(4, Metric(report, "legacy.channel.website"));
    }

    [Fact]
    public void ActiveTotal_WholeYearSentenceWithoutZhudong_IsTheYearsTotal()
    {
        var report = Extract("一、总体情况\n2019年,某某工委、管委高度重视政府信息公开工作,有效建立起了政府与群众沟通了解的桥梁。全年公开政府信息74条,有力地促进了各项重点工作的开展。\n"
            + Table2021);

        Assert.Equal(74, Metric(report, "legacy.active.total"));
    }

    [Fact]
    public void ActiveTotal_WholeYearSentenceInTraditionalCharacters_IsTheYearsTotal()
    {
        var report = Extract("一、總體情況\n2019年,某某工委、管委高度重視政府信息公開工作,有效建立起了政府與群眾溝通了解的橋梁。全年公開政府信息74條,有力地促進了各項重點工作的開展。\n"
            + Table2021);

        Assert.Equal(74, Metric(report, "legacy.active.total"));
    }

    [Fact]
    public void ActiveTotal_WholeYearSentenceUnderTheApplicationsHeading_IsNoActiveTotal()
    {
        var report = Extract("一、总体情况\n(一)主动公开情况。按照要求推进公开。(二)依申请公开情况。规范办理流程。全年公开政府信息60条。\n" + Table2021);

        Assert.NotEqual(60, Metric(report, "legacy.active.total"));
    }

    [Fact]
    public void ActiveTotal_WholeYearSplitAfterQizhong_IsNoActiveTotal()
    {
        // A whole split into 主动公开 and 依申请公开 counts more than the active ones.
        var report = Extract("一、总体情况\n2019年,某某局认真做好政府信息公开工作。全年公开政府信息80条,其中主动公开70条,依申请公开10条。\n" + Table2021);

        Assert.NotEqual(80, Metric(report, "legacy.active.total"));
    }
}
