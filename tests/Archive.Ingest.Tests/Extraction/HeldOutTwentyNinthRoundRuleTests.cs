using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Wordings met on held-out real pages (twenty-ninth round): a statistics period in figures alone, a date heading the
/// page above the report's opening, a body that compiled
/// its own level's report, applications received and accepted or dealt with, the applications closed after them,
/// interpretations made, issued with their documents or called materials, the written-out 统计表's press conferences, the
/// site's interviews in a list, the new-media accounts by their platforms' names, an official Weibo in a list of channels,
/// and the year's items issued of the body's own accord.
/// </summary>
public sealed class HeldOutTwentyNinthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> Figures(string section, string sentence) =>
        ExtractionFixtures.SectionMetrics(section, sentence, 2022);

    [Theory]
    [InlineData("统计期限自2015-1-1起至2015-12-31止。", 2015)]
    [InlineData("本报告所列数据统计期限为2023.1.1—2023.12.31。", 2023)]
    [InlineData("报告中所列数据的统计期限为2021/01/01至2021/12/31。", 2021)]
    public void Extract_StatisticsPeriodInFiguresAlone_GivesTheYear(string period, int year)
    {
        var report = Extractor.Extract($"本报告由某某县某某局根据《中华人民共和国政府信息公开条例》编制。{period}\n一、概述\n我局认真做好政府信息公开工作。\n", "page.txt");

        Assert.Equal(year, report.Year);
    }

    // Guard: a span over two years in figures is no year's period (the text names no other year either).
    [Fact]
    public void Extract_PeriodInFiguresOverTwoYears_GivesNoYear()
    {
        var report = Extractor.Extract("本报告由某某县某某局编制。统计期限为2020.1.1—2021.12.31。\n一、概述\n我局认真做好政府信息公开工作。\n", "page.txt");

        Assert.Null(report.Year);
    }

    // A ministry's page with no title line: the body that compiled its own level's report.
    [Fact]
    public void Extract_BodyThatCompiledItsOwnLevelsReport_IsTheAgency()
    {
        var report = Extractor.Extract("按照《中华人民共和国政府信息公开条例》(以下简称《条例》),某某事务部编制了本级行政机关2019年政府信息公开工作年度报告。"
            + "如对本报告有疑问,请与某某事务部政府信息公开办公室联系。\n一、总体情况\n2019年,某某事务部依法依规做好政府信息公开工作。\n", "page.txt");

        Assert.Equal("某某事务部", report.Agency);
        Assert.Equal(2019, report.Year);
    }

    private const string OpeningAndAccount = "本年度报告根据《中华人民共和国政府信息公开条例》要求,由某某县某某局编制。\n一、概述\n"
        + "2017年,我局认真做好政府信息公开工作。全年主动公开政府信息131条。\n二、主动公开政府信息情况\n我局通过县政府网站公开信息。\n"
        + "三、依申请公开情况\n全年未收到政府信息公开申请。\n四、存在的问题\n公开内容有待丰富。\n";

    // A date heading the page, the report's opening sentence right under it (no date at the end): the report's date.
    [Fact]
    public void Extract_DateHeadingThePageAboveTheOpening_IsPublished()
    {
        var report = Extractor.Extract("2018年3月12日\n" + OpeningAndAccount, "page.txt");

        Assert.Equal("2018-03-12", report.Published);
    }

    // Guard: a date at the top with a section heading under it is no date of the report's.
    [Fact]
    public void Extract_DateAboveASectionHeading_IsNotPublished()
    {
        var report = Extractor.Extract("2018年3月12日\n" + OpeningAndAccount[OpeningAndAccount.IndexOf("一、", StringComparison.Ordinal)..], "page.txt");

        Assert.Null(report.Published);
    }

    [Theory]
    [InlineData("2022年,我局收到并受理政府信息公开申请4次。", 4)]
    [InlineData("2022年,共收到并处理政府信息公开申请7项。", 7)]
    public void Extract_ApplicationsReceivedAndAcceptedOrDealtWith_AreTheReceived(string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures("一、总体情况", sentence)["legacy.apply.received"]);
    }

    [Theory]
    [InlineData("2022年,某某县某某局共收到依申请公开16项,办理15项。", 16)]
    [InlineData("2022年,我局接到12项依申请公开政府信息申请,均在规定的时限内依法作出答复。", 12)]
    public void Extract_RequestsCountedAsItems_AreTheReceived(string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures("一、总体情况", sentence)["legacy.apply.received"]);
    }

    [Fact]
    public void Extract_YearsNewOnesBeforeTheCarriedIn_AreTheReceived()
    {
        Assert.Equal(63m, Figures("(二)依申请公开情况。", "2022年新收63件,上一年度结转1件,共计64件。")["legacy.apply.received"]);
    }

    // Guard: 新收 without the carried-in ones after it says nothing of what was received.
    [Fact]
    public void Extract_NewOnesWithoutTheCarriedIn_AreNoReceivedCount()
    {
        Assert.DoesNotContain("legacy.apply.received", Figures("(二)依申请公开情况。", "2022年新收63件,均按时答复。").Keys);
    }

    [Fact]
    public void Extract_ApplicationsClosedAfterTheReceived_AreTheClosed()
    {
        var figures = Figures("一、总体情况", "全年新收到政府信息公开申请13件,办结12件,办结率92%。");

        Assert.Equal(13m, figures["legacy.apply.received"]);
        Assert.Equal(12m, figures["legacy.apply.closed"]);
    }

    // Guard: those closed of the year before are no count of this year's closed.
    [Fact]
    public void Extract_ClosedCarriedInFromTheYearBefore_AreNoClosedCount()
    {
        Assert.DoesNotContain("legacy.apply.closed", Figures("一、总体情况", "全年新收到政府信息公开申请13件,办结上年结转申请2件。").Keys);
    }

    [Theory]
    [InlineData("财政预决算等信息96条,制发政策解读16篇,规范性文件10篇。", 16)]
    [InlineData("全年主动公开部门文件53件。配发解读材料8件,其中,主要负责人带头解读政策2件。", 8)]
    [InlineData("加强政策解读和回应关切,发布政策解读材料33篇,有效提升了政策透明度。", 33)]
    public void Extract_InterpretationsMadeIssuedWithTheirDocumentsOrCalledMaterials_AreTheInterpretations(string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures("一、总体情况", sentence)["legacy.response.interpretations"]);
    }

    // Guard: reposted materials are others' interpretations.
    [Fact]
    public void Extract_RepostedMaterials_AreNoInterpretations()
    {
        Assert.DoesNotContain("legacy.response.interpretations", Figures("一、总体情况", "全年转发政策解读材料12篇。").Keys);
    }

    [Fact]
    public void Extract_InterpretationsAloneInAListTheVerbGoverns_AreTheInterpretations()
    {
        var figures = Figures("一、总体情况", "2022年,我局主动公开信息70条;发布政策文件4条、解读信息4条、群众留言办理10条。");

        Assert.Equal(4m, figures["legacy.response.interpretations"]);
    }

    [Fact]
    public void Extract_OtherWaysAfterTheChannelsCounts_AreTheResidualChannel()
    {
        var figures = Figures("一、总体情况", "2022年,我局共公布政府信息128条。其中:政府网站公开政府信息数46条,政务微信公开政府信息数58条,其他方式24条。");

        Assert.Equal(24m, figures["legacy.channel.other"]);
    }

    [Fact]
    public void Extract_WrittenOutResponseRowsUnderTheirHeading_GiveThePressConferences()
    {
        var figures = Figures("二、回应解读情况", "通过不同渠道和方式回应解读情况:举办新闻发布会0次,组织政府网站在线访谈0次,发布政策解读稿0篇。");

        Assert.Equal(0m, figures["legacy.response.press_conferences"]);
        Assert.Equal(0m, figures["legacy.response.interviews"]);
    }

    // Guard: conferences held alone elsewhere stay out (they may be only a part of 参加或举办).
    [Fact]
    public void Extract_ConferencesHeldOutsideTheWrittenOutRows_StayOut()
    {
        Assert.DoesNotContain("legacy.response.press_conferences", Figures("一、总体情况", "全年举办新闻发布会5次,回应社会关切。").Keys);
    }

    [Fact]
    public void Extract_InterviewsInTheSitesListOfResponses_AreTheSitesInterviews()
    {
        var figures = Figures("二、回应解读情况", "2022年,通过政府网站回应社会关注热点信息7条,在线访谈6次,发布政策解读稿件18篇。");

        Assert.Equal(6m, figures["legacy.response.interviews"]);
    }

    [Fact]
    public void Extract_NewMediaAccountsByTheirPlatformsNames_GiveWeChatAndWeibo()
    {
        var figures = Figures("一、总体情况", "全年通过政务新媒体发布政府信息23299条,其中微信22053条,微博745条,抖音340条。");

        Assert.Equal(22053m, figures["legacy.channel.wechat"]);
        Assert.Equal(745m, figures["legacy.channel.weibo"]);
    }

    // Guard: the bare platform names without the new-media total before them name nobody's account.
    [Fact]
    public void Extract_BarePlatformNamesWithoutTheirTotal_GiveNoAccount()
    {
        var figures = Figures("一、总体情况", "全年各单位转载信息300条,其中微信220条,微博45条。");

        Assert.DoesNotContain("legacy.channel.wechat", figures.Keys);
        Assert.DoesNotContain("legacy.channel.weibo", figures.Keys);
    }

    [Fact]
    public void Extract_OfficialWeiboInAListOfChannels_IsTheWeiboCount()
    {
        var figures = Figures("一、总体情况", "全年在某某区政务网站发布各类信息9252条,微信公众号发布2100篇,官方微博发布2500篇。");

        Assert.Equal(2500m, figures["legacy.channel.weibo"]);
    }

    [Fact]
    public void Extract_YearsItemsIssuedOfItsOwnAccord_AreTheTotal()
    {
        var figures = Figures("(一)主动公开情况", "全年主动发布信息382条,其中,主动公开部门文件53件、依申请公开57件。");

        Assert.Equal(382m, figures["legacy.active.total"]);
    }

    // Guard: one channel's items issued of its own accord are that channel's, not the year's total.
    [Fact]
    public void Extract_ItemsIssuedOnOneChannel_AreNoTotal()
    {
        Assert.DoesNotContain("legacy.active.total", Figures("一、总体情况", "全年在微信公众号主动发布信息82条。").Keys);
    }
}
