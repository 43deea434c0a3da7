using Archive.Core.Quality;

namespace Archive.Core.Tests.Quality;

public sealed class ReportSectionsTests
{
    [Fact]
    public void Find_TemplateHeadings_AndTheirVariants()
    {
        const string Text = "一、总体情况\n…\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n"
            + "五、政府信息公开工作存在的主要问题及改进情况\n六、其他需要报告的事项\n";

        Assert.All(ReportSections.All, section => Assert.True(ReportSections.Find(section, Text) >= 0, section.Number));
    }

    [Fact]
    public void Find_TableRowsOfTable3_AreNoSectionHeadings()
    {
        // Table 三's own rows start with 一、 … 四、 but carry none of the headings' words.
        const string Text = "一、本年新收政府信息公开申请数量\t1\n二、上年结转政府信息公开申请数量\t0\n三、本年度办理结果\n四、结转下年度继续办理\t0\n";

        Assert.All(ReportSections.All, section => Assert.Equal(-1, ReportSections.Find(section, Text)));
    }

    [Fact]
    public void Find_SectionsNumberedOtherwise_OrShownBySubHeadings_AreFound()
    {
        const string Text = "一、总体情况\n一、主动公开政府信息情况\n二、收到和处理政府信息公开申请情况\n三、政府信息公开行政复议、行政诉讼情况\n"
            + "（一）主要问题\n…\n（二）改进情况\n五、其他需要报告的事项\n";

        Assert.All(ReportSections.All, section => Assert.True(ReportSections.Find(section, Text) >= 0, section.Number));
    }

    [Fact]
    public void Find_TheOpeningSentenceListingTheSections_IsNoHeading()
    {
        const string Text = "报告全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议、行政诉讼情况，存在的主要问题及改进情况以及其他需要报告的事项等六部分。";

        Assert.All(ReportSections.All, section => Assert.Equal(-1, ReportSections.Find(section, Text)));
    }
}
