using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Governments' and their offices' report pages of 2019–2025 (sixteenth round of real reports from elsewhere): the
/// summary figures as they word them, a gazette's issues, a repost, a leading group's office compiling the government's
/// report, an office acting in its year's account. Fictional texts.
/// </summary>
public sealed class GovernmentSummaryPageRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> Metrics(string title, string body) =>
        Extractor.Extract(title + "\n\n" + body + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    [Theory]
    // The two verbs the other way round after the site itself: the site's count.
    [InlineData("青石县人民政府2022年政府信息公开工作年度报告", "2022年,在县政府门户网站主动公开发布信息1234条,其中概况类信息12条,政务动态信息1222条。", "legacy.channel.website", 1234)]
    // The site as the clause's subject, its verb done 主动.
    [InlineData("某某省2019年政府信息公开工作年度报告", "主动发布政府信息。2019年,全省共发布规章5件,规范性文件30件,省政府门户网站主动发布各类信息4567条。", "legacy.channel.website", 4567)]
    // The public who applied before the applications.
    [InlineData("青石县人民政府2022年政府信息公开工作年度报告", "(二)依申请公开。2022年,我县共受理群众政府信息公开申请18件,按时办结18件。", "legacy.apply.received", 18)]
    // The applicants and the body they applied to named, the applications by their case word.
    [InlineData("青石县人民政府2022年政府信息公开工作年度报告", "(二)依申请公开情况\n2022年,通过网络、信函等方式,受理公民、法人或其他组织向县政府提出的政府信息依申请公开12件,办结完成12件。", "legacy.apply.received", 12)]
    // The year's new applications as a part of those handled.
    [InlineData("青石县人民政府2022年政府信息公开工作年度报告", "(二)依申请公开办理情况。今年以来,全县累计处理政府信息依申请公开40件,其中,本年度新接收38件,2021年结转办理2件。", "legacy.apply.received", 38)]
    // Interpretations as an item of a list after a gazette's issues, named by the documents they interpret.
    [InlineData("青石县人民政府2022年政府信息公开工作年度报告", "通过县政府门户网站发布政府信息2340条;发布政府公报4期、文件解读9篇、重大会议17篇。", "legacy.response.interpretations", 9)]
    // The gazette's issues, then the information they carried.
    [InlineData("青石县人民政府办公室2022年政府信息公开工作年度报告", "(一)主动公开方面。出版《政府公报》4期,公开信息88条。", "legacy.channel.gazette", 88)]
    public void Extract_GovernmentPagesProseFigures(string title, string body, string key, int value)
    {
        var metrics = Metrics(title, body);

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    // Reposted interpretations are others'.
    [InlineData("(一)主动公开政府信息情况。2022年,通过政府网站主动公开信息959条。转载发布政策解读信息15条,发布人事任免信息3条。", "legacy.response.interpretations")]
    // A bulletin is no government gazette (§8).
    [InlineData("(一)主动公开方面。编印《青石政务信息》4期,公开信息88条。", "legacy.channel.gazette")]
    // Another year's new applications are not this year's.
    [InlineData("(二)依申请公开办理情况。全县累计处理政府信息依申请公开40件,其中,2021年新接收38件,2020年结转办理2件。", "legacy.apply.received")]
    public void Extract_GovernmentPagesFiguresThatAreNoKeysFigure(string body, string key)
    {
        var metrics = Metrics("青石县人民政府办公室2022年政府信息公开工作年度报告", body);

        Assert.False(metrics.ContainsKey(key));
    }

    [Fact]
    public void Extract_ALeadingGroupsOfficeCompilingTheGovernmentsReport_NamesNoTitleFromTheNounsItsNameHolds()
    {
        // 政务公开 in the compiler's name is no verb handing a report over: the government's name after 编制了 is the
        // report's, not a title starting at 工作领导小组办公室.
        const string text = """
            根据《中华人民共和国政府信息公开条例》规定和《关于政府信息公开工作年度报告有关事项的通知》要求,青石县政务公开工作领导小组办公室编制了青石县人民政府2022年度政府信息公开工作年度报告。本报告数据统计时限为2022年1月1日至12月31日。
            一、总体情况
            (一)主动公开情况。2022年,各乡镇及部门及时更新发布各类政策文件。
            """;

        var report = Extractor.Extract(text, "compiler.txt");

        Assert.Equal("青石县人民政府", report.Agency);
    }

    [Fact]
    public void Extract_AnOfficeActingInItsYearsAccountAfterAClauseOfCircumstance_IsTheOfficesReport()
    {
        // No title line; the office is the subject of the year's account and the contact line's body: its own report.
        const string text = """
            本报告根据《中华人民共和国政府信息公开条例》和本区政府信息公开有关工作制度编制。报告中所列数据的统计期限为2021年1月1日至2021年12月31日。如对本报告有任何疑问,请与青石区人民政府办公室联系(电话:0000-1234567)。
            一、概述
            2021年,在区委区政府的高度重视和正确领导下,青石区人民政府办公室以提升政府信息公开工作质量为抓手,坚持深入推进政府信息公开工作。
            """;

        var report = Extractor.Extract(text, "office.txt");

        Assert.Equal("青石区人民政府办公室", report.Agency);
    }
}
