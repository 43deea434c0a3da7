using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Wordings met on held-out real pages (thirtieth round): applications received as requests or as forms, the closed
/// after them; the year's whole without 共 or after clauses naming no channel, the active part of a whole split into 主动
/// and 依申请, the whole under a heading that names the information first; the hot topics,
/// interviews and interpretations in the site's lists; documents made and issued; the two accounts paired by 分别 with
/// their names after them, the accounts after a new-media total, the site's items published; part-time staff.
/// </summary>
public sealed class HeldOutThirtiethRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> Figures(string section, string sentence) =>
        ExtractionFixtures.SectionMetrics(section, sentence, 2023);

    [Theory]
    [InlineData("2023年,我局主动公开信息16条,收到依申请公开请求2件,按时办结2件。", 2)]
    [InlineData("全年在某某区政府门户网站公开信息77条,收到1份政府信息公开申请。", 1)]
    [InlineData("2023年,某某街道办事处收到公民提出的政府信息公开申请2份,均已正式答复。", 2)]
    [InlineData("2023年,某某街道接到7条提出公开政府信息的申请,已按照规定及时回复。", 7)]
    public void Extract_RequestsInformationAppliedForAndForms_AreTheReceived(string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures("一、总体情况", sentence)["legacy.apply.received"]);
    }

    [Theory]
    [InlineData("2023年,我局共收到依申请公开9件,已办结8件,结转下年度1件。", 8)]
    [InlineData("2023年,共收到10件依申请公开请求,上年结转政府信息公开申请2件,共办结10件,结转下年度继续办理2件。", 10)]
    public void Extract_ClosedAfterRequestsOrTheCarriedIn_AreTheClosed(string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures("(二)依申请公开情况", sentence)["legacy.apply.closed"]);
    }

    [Fact]
    public void Extract_YearAndBodyOpeningTheWholeWithout共_IsTheTotal()
    {
        Assert.Equal(243m, Figures("一、总体情况", "我镇认真做好政府信息公开工作。2023年我镇公开政府信息243条,在门户网站动态栏目公开了63条信息。")["legacy.active.total"]);
    }

    // A whole split into 主动 and 依申请 is no active total; its 主动 part is.
    [Theory]
    [InlineData("我镇认真做好政府信息公开工作。2023年我镇公开政府信息250条,其中主动公开240条,依申请公开10条。", 240)]
    [InlineData("我局认真做好政府信息公开工作。2023年,我局公开信息687条,其中主动公开668条(包括规划信息、征地信息等),依申请公开19条。", 668)]
    public void Extract_WholeSplitIntoActiveAndOnApplication_GivesTheActivePart(string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures("一、总体情况", sentence)["legacy.active.total"]);
    }

    [Fact]
    public void Extract_YearsItemsIssuedAfterClausesNamingNoChannel_AreTheTotal()
    {
        Assert.Equal(876m, Figures("二、主动公开政府信息情况", "我局根据信息的内容及时发布信息。2023年,我局不断加大政府信息主动公开力度,全年主动发布各类政府信息 876条。")["legacy.active.total"]);
    }

    // Guard: a channel named before them makes them that channel's.
    [Fact]
    public void Extract_YearsItemsIssuedAfterAClauseNamingTheSite_AreNoTotal()
    {
        Assert.DoesNotContain("legacy.active.total", Figures("一、总体情况", "我局根据信息的内容及时发布信息。2023年,我局依托门户网站开展公开工作,全年主动发布各类政府信息876条。").Keys);
    }

    [Theory]
    [InlineData("二、政府信息主动公开情况", "我局积极做好政府信息主动公开工作,及时公开法规文件、组织机构等信息,全年公开发布信息 83 条 。", 83)]
    [InlineData("二、主动公开情况", "我办按照政府信息公开要求,主要通过网站、报刊等形式主动公开信息。全年,共公开各类信息153条。", 153)]
    public void Extract_WholeUnderTheHeadingOfActiveDisclosure_IsTheTotal(string heading, string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures(heading, sentence)["legacy.active.total"]);
    }

    [Fact]
    public void Extract_SitesListOfResponses_GivesInterviewsAndHotTopics()
    {
        var figures = Figures("一、总体情况", "我局综合运用图片图表等形式开展政策解读。2023年在网站发布政策解读10篇,在线访谈4次,回应公众关注热点38次,并组织参加广播电台热线节目。");

        Assert.Equal(4m, figures["legacy.response.interviews"]);
        Assert.Equal(38m, figures["legacy.response.hot_topics"]);
    }

    [Fact]
    public void Extract_InterviewsAfterThePortalsCounts_AreTheSitesInterviews()
    {
        Assert.Equal(2m, Figures("一、总体情况", "我局持续加强重大决策公开。全年通过政府门户网站发布信息3091条,访问量达2234399人次,开展在线访谈2次,切实以公开促落实。")["legacy.response.interviews"]);
    }

    // Guards: interviews without the site named may be on other media; hot topics alone may be one kind of the row's two.
    [Fact]
    public void Extract_InterviewsAndHotTopicsWithoutTheSite_StayOut()
    {
        var figures = Figures("一、总体情况", "全年组织在线访谈6次。回应公众关注热点38次。");

        Assert.DoesNotContain("legacy.response.interviews", figures.Keys);
        Assert.DoesNotContain("legacy.response.hot_topics", figures.Keys);
    }

    [Fact]
    public void Extract_HotIssuesAndKeyOpinionEvents_AreTheHotTopics()
    {
        Assert.Equal(9m, Figures("一、总体情况", "拓宽信息公开途径,大力宣传各类热点信息30条,主动回应热点问题、重点舆情9次。")["legacy.response.hot_topics"]);
    }

    [Theory]
    [InlineData("全年通过区政府门户网站共发布各类信息6003条。围绕全区重要政策出台发布、制定各类解读材料31条。", 31)]
    [InlineData("全年在门户网站主动公开信息912条,其中行政许可办理结果信息258条、承办建议提案6件、政策解读信息33条、意见征集类信息12条。", 33)]
    public void Extract_InterpretationsMadeOrListedAfterTheTotal_AreTheInterpretations(string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures("一、总体情况", sentence)["legacy.response.interpretations"]);
    }

    [Theory]
    [InlineData("共发布政策解读25篇。制定发布规范性文件4件,清理废止文件0件,现行有效文件20件。", 4)]
    [InlineData("全年共制定政府规范性文件3件,废止政府规范性文件6件。", 3)]
    [InlineData("2023年,我局制定发布规范性文件2件。", 2)]
    public void Extract_DocumentsMadeAndIssued_AreTheIssuedNormativeDocuments(string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures("一、总体情况", sentence)["legacy.active.normative_docs_issued"]);
    }

    // Guard: documents the body reviewed or had others make are not its own issued ones.
    [Theory]
    [InlineData("全年审核各镇制定规范性文件5件。")]
    [InlineData("指导各科室制定规范性文件5件。")]
    public void Extract_DocumentsReviewedOrGuided_AreNoIssuedDocuments(string sentence)
    {
        Assert.DoesNotContain("legacy.active.normative_docs_issued", Figures("一、总体情况", sentence).Keys);
    }

    // Guard: where table 二 states the cell, the prose restates it and gives no key of its own.
    [Fact]
    public void Extract_DocumentsIssuedBesideTable二sCell_AreNoProseFigure()
    {
        var text = "某某县某某局2023年政府信息公开工作年度报告\n一、总体情况\n我局认真做好政府信息公开工作。全年共制定规范性文件5件。\n"
            + "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n行政规范性文件\t4\t1\t20\n";
        var metrics = Extractor.Extract(text, "page.txt").Metrics.ToDictionary(m => m.Key, m => m.Value);

        Assert.Equal(4m, metrics["active.normative_docs.issued"]);
        Assert.DoesNotContain("legacy.active.normative_docs_issued", metrics.Keys);
    }

    [Fact]
    public void Extract_AccountsNamedAfterTheirPlatformsPairedBy分别_GiveWeiboAndWeChat()
    {
        var figures = Figures("一、总体情况", "通过官方微博“某某发布”、微信公众号“某某之声”分别发布各类信息92条、306条。");

        Assert.Equal(92m, figures["legacy.channel.weibo"]);
        Assert.Equal(306m, figures["legacy.channel.wechat"]);
    }

    [Fact]
    public void Extract_AccountsAfterANewMediaTotalNamedAClauseBefore_GiveWeiboAndWeChat()
    {
        var figures = Figures("一、总体情况", "二是充分利用微博、微信公众号、抖音政务号等新媒体,以图文、视频等形式及时发布信息,全年发布信息578条,其中微博183条,微信公众号270条,抖音号92条。");

        Assert.Equal(183m, figures["legacy.channel.weibo"]);
        Assert.Equal(270m, figures["legacy.channel.wechat"]);
    }

    [Fact]
    public void Extract_ChannelsRowsWrittenOutWith通过_GiveTheWeChatCount()
    {
        var figures = Figures("一、总体情况", "通过政府网站公开政府信息数216条,通过微信公开政府信息数22条,其他方式公开政府信息数299条。");

        Assert.Equal(22m, figures["legacy.channel.wechat"]);
    }

    [Fact]
    public void Extract_SitesItemsPublished_AreTheWebsiteCount()
    {
        Assert.Equal(3633m, Figures("一、总体情况", "全年主动公开政府信息7390条,其中主动公开规范性文件4条,网站信息发布量3633条,在政务微博发布1794条。")["legacy.channel.website"]);
    }

    [Theory]
    [InlineData("2.人员配置。某某县某某局政府信息公开工作由局办公室承办,现无专职人员,由1名兼职人员承担此项工作。")]
    [InlineData("配备了1名兼职工作人员,在本单位办公室设立了政府信息查阅点和依申请公开受理点。")]
    public void Extract_OnePartTimeWorkerStaffingTheWork_IsThePartTimeStaff(string sentence)
    {
        Assert.Equal(1m, Figures("一、基本工作情况", sentence)["legacy.org.staff_part_time"]);
    }
}
