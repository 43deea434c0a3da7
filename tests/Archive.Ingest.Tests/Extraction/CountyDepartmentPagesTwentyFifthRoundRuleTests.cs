using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// County- and district-level departments' report pages of 2019–2025 (twenty-fifth round of real reports from elsewhere,
/// thirty-eighth session, r134), on fictional fixtures: the year's items summed after the year opening the sentence
/// (2025年,累计主动公开…), the whole year and a comma before the body named (本年度,县教育局累计主动公开…), every kind of
/// item summed in a sentence's last clause that no channel precedes (…,主动公开各类信息共31条), letters applying for
/// disclosure (收到依申请公开信件N件); a byline's author label 稿件作者 after the posting date; and on a page flattened onto
/// one line a year's column among the breadcrumb's crumbs (… > 2023年信息公开年度报告 > 县级部门). Each rule case fails
/// without its rule; the guards keep what must stay unread.
/// </summary>
public sealed class CountyDepartmentPagesTwentyFifthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private const string BranchTitle = "中卫市生态环境局平罗分局2025年政府信息公开工作年度报告";

    // 2025年,累计主动公开各类信息57条 (a county branch's, opening its sentence): the report's year summed, as 全年累计 is.
    [Fact]
    public void Extract_YearOpeningTheSentenceThenSummed_IsTheYearsTotal()
    {
        var metrics = OverviewMetrics(BranchTitle, "1. 主动公开情况:聚焦核心业务,确保公开内容全面、准确、及时。2025年,累计主动公开各类信息57条,切实保障公众的知情权。");

        Assert.Equal(57m, Value(metrics, "legacy.active.total"));
    }

    // Guards: 累计 opening the sentence with no year (a running total) and another year summed stay unread.
    [Theory]
    [InlineData("1. 主动公开情况:聚焦核心业务,确保公开内容全面、准确、及时。累计主动公开各类信息570条,切实保障公众的知情权。")]
    [InlineData("1. 主动公开情况:聚焦核心业务,确保公开内容全面、准确、及时。2024年,累计主动公开各类信息57条,切实保障公众的知情权。")]
    public void Extract_RunningTotalOrAnotherYearSummed_IsNoTotal(string sentence)
    {
        Assert.Null(Value(OverviewMetrics(BranchTitle, sentence), "legacy.active.total"));
    }

    // 本年度,县教育局累计主动公开政府信息120条 (a district bureau's): the whole year, a comma, then the body named.
    [Fact]
    public void Extract_WholeYearCommaThenTheBodyNamed_IsTheYearsTotal()
    {
        var metrics = OverviewMetrics(
            "平罗县教育局2023年政府信息公开工作年度报告",
            "2023年,县教育局应用平罗县人民政府信息网中的子页,及时发布信息,本年度,县教育局累计主动公开政府信息120条,回应网友留言27条。");

        Assert.Equal(120m, Value(metrics, "legacy.active.total"));
    }

    // Guard: words reaching back before 累计 (历年) keep it a running total, the whole year before them or not.
    [Fact]
    public void Extract_WholeYearCommaThenTheBodysRunningTotal_IsNoTotal()
    {
        var metrics = OverviewMetrics(
            "平罗县教育局2023年政府信息公开工作年度报告",
            "2023年,县教育局依法公开,本年度,县教育局历年累计主动公开政府信息1200条,回应网友留言27条。");

        Assert.Null(Value(metrics, "legacy.active.total"));
    }

    // …,按时上传工作动态,主动公开各类信息共31条 (a district bureau's): every kind summed in the sentence's last clause, no
    // channel, column or part before it.
    [Fact]
    public void Extract_EveryKindSummedInTheLastClause_IsTheYearsTotal()
    {
        var metrics = OverviewMetrics(
            "平罗县退役军人事务局2022年政府信息公开工作年度报告",
            "(一)主动公开\n向社会公开我局的机构设置、职能简介等信息。按规定定期更新完善政务公开内容,按时上传工作动态,主动公开各类信息共31条。");

        Assert.Equal(31m, Value(metrics, "legacy.active.total"));
    }

    // Guards: a channel in the clauses before (that channel's count), and the bare wording without 各类 and 共 (a list's item).
    [Theory]
    [InlineData("(一)主动公开\n向社会公开我局的机构设置等信息。通过政务公开网站,按时上传工作动态,主动公开各类信息共31条。")]
    [InlineData("(一)主动公开\n向社会公开我局的机构设置等信息。按规定定期更新完善政务公开内容,按时上传工作动态,主动公开信息31条。")]
    [InlineData("(一)主动公开\n向社会公开我局的机构设置等信息。督促各乡镇定期更新政务公开内容,主动公开各类信息共31条。")]
    public void Extract_EveryKindSummedAfterAChannelOrWithoutTheSum_IsNoTotal(string sentence)
    {
        Assert.Null(Value(OverviewMetrics("平罗县退役军人事务局2022年政府信息公开工作年度报告", sentence), "legacy.active.total"));
    }

    // 收到依申请公开信件2件 (a county office's): each letter an application.
    [Fact]
    public void Extract_LettersApplyingForDisclosure_AreTheApplicationsReceived()
    {
        var metrics = OverviewMetrics(
            "平罗县人民政府办公室2022年政府信息公开工作年度报告",
            "(二)做好依申请公开。完善依申请公开指南,2022年,收到依申请公开信件2件,均做到了及时答复。");

        Assert.Equal(2m, Value(metrics, "legacy.apply.received"));
    }

    // Guard: letters of petition are no applications.
    [Fact]
    public void Extract_PetitionLetters_AreNoApplications()
    {
        var metrics = OverviewMetrics(
            "平罗县人民政府办公室2022年政府信息公开工作年度报告",
            "(二)做好依申请公开。完善依申请公开指南,2022年,收到群众来信2件,均做到了及时答复。");

        Assert.Null(Value(metrics, "legacy.apply.received"));
    }

    private const string ReportText = "一、总体情况\n\n2023年,县教育局坚持依法公开,本年度,县教育局主动公开政府信息120条。\n";

    // 2024-01-23 16:45  稿件作者:   浏览量:- (a district bureau's byline under its title): the posting date, as before 作者.
    [Fact]
    public void Published_DateBeforeTheAuthorLabel_IsThePostingDate()
    {
        var report = Extract("平罗县教育局2023年政府信息公开工作年度报告\n\n2024-01-23 16:45  稿件作者:   浏览量:- 【浏览字体: 】    分享到:\n\n" + ReportText);

        Assert.Equal("2024-01-23", report.Published);
    }

    // Guard: the same byline on a page flattened onto one line keeps its date (there the date and time right after the title
    // were already the posting date).
    [Fact]
    public void Published_DateBeforeTheAuthorLabelOnOneLine_IsThePostingDate()
    {
        var report = Extract("平罗县教育局2023年政府信息公开工作年度报告 2024-01-23 16:45 稿件作者: 浏览量:- 【浏览字体: 】 分享到: "
            + "一、总体情况 2023年,县教育局坚持依法公开,应用平罗县人民政府信息网中的子页及时发布信息,回应网友留言27条。"
            + "本年度,县教育局主动公开政府信息120条,切实保障了群众的知情权、参与权和监督权。(二)依申请公开 2023年,县教育局未收到政府信息公开申请,"
            + "未发生因政府信息公开引起的行政复议和行政诉讼。\n");

        Assert.Equal("2024-01-23", report.Published);
    }

    // Guard: the author label without a date before it dates nothing.
    [Fact]
    public void Published_AuthorLabelWithoutADate_DatesNothing()
    {
        var report = Extract("平罗县教育局2023年政府信息公开工作年度报告\n\n稿件作者:   浏览量:- 【浏览字体: 】    分享到:\n\n" + ReportText);

        Assert.Null(report.Published);
    }

    // A year's column among a flattened breadcrumb's crumbs (… > 2023年信息公开年度报告 > 县级部门 X局2023年…报告): the
    // column the page sits in; the title follows the crumbs.
    [Fact]
    public void Title_FlattenedCrumbsYearsColumn_IsNoTitle()
    {
        var report = Extract("您现在的位置: 首页 > 信息公开 > 政府信息公开年报 > 2023年信息公开年度报告 > 县级部门 平罗县卫生健康局2023年政府信息公开工作年度报告 "
            + "时间: 2024-01-16 来源: 平罗县卫生健康局 【字体: 根据《中华人民共和国政府信息公开条例》要求,编写平罗县卫生健康局2023年政府信息公开年度报告。 "
            + "一、总体情况 2023年,我局全年在卫生健康局门户网站上公开信息204条,内容涵盖卫生健康法规政策等内容。\n");

        Assert.Equal("平罗县卫生健康局2023年政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县卫生健康局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }
}
