using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// A page flattened onto one line (crawler text) whose header row kept its bars: the posting date stands after its label
/// and a bar, each a piece of the line. Fictional body, dates and figures.
/// </summary>
public sealed class OneLinePageHeaderRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private const string Body = " 一、总体情况 2023年,青石县某某局认真贯彻落实《中华人民共和国政府信息公开条例》,坚持以公开为常态、不公开为例外,"
        + "围绕中心工作做好政府信息公开工作,全年未收到政府信息公开申请,未发生因政府信息公开引起的行政复议、行政诉讼。"
        + " 二、存在的主要问题及改进情况 公开内容还不够丰富,下一步将继续改进。\n";

    private static string? Published(string header) =>
        Extractor.Extract("青石县某某局2023年政府信息公开工作年度报告 | 索 引 号 | 11/2024-00001 | " + header + " |" + Body, "page.txt").Published;

    [Fact]
    public void DateLabelThenItsBar_OnOneLine_IsThePostingDate()
    {
        Assert.Equal("2024-01-19", Published("发布机构 | 青石县某某局 | 发布日期 | 2024-01-19 16:58"));
    }

    [Fact]
    public void AnEmptyDateLabelBeforeIt_TheDateIsTheLabelsRightBeforeIt()
    {
        Assert.Equal("2024-01-22", Published("成文日期 | 发布日期 | 2024-01-22"));
    }

    [Fact]
    public void TitleWithItsYearSpacedApart_OnOneLine_NamesTheBodyAndYear()
    {
        // A title whose year a PDF set apart (青石县某某局 2023 年…报告) under a breadcrumb run together, all on one line:
        // the name, the year and its 年…报告 are one title.
        var body = " 一、总体情况 2023年,我局认真贯彻落实《中华人民共和国政府信息公开条例》,坚持以公开为常态、不公开为例外,围绕中心工作做好政府信息公开工作,"
            + "全年未收到政府信息公开申请,未发生因政府信息公开引起的行政复议、行政诉讼。 二、存在的主要问题及改进情况 公开内容还不够丰富,下一步将继续改进。\n";
        var report = Extractor.Extract("首页政务公开政府信息公开政府信息公开年报 青石县某某局 2023 年政府信息公开工作年度报告 来源:本站 发布时间:2024-01-19" + body, "page.txt");

        Assert.Equal("青石县某某局", report.Agency);
        Assert.Equal(2023, report.Year);
    }

    [Fact]
    public void ALabelsValueThatIsNoDate_GivesNoDate()
    {
        Assert.Null(Published("发布机构 | 青石县某某局 | 发布日期 | 见附件"));
    }
}
