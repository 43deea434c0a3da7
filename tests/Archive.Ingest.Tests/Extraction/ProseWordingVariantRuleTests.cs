using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Prose figures in the other wordings and orders reports use for the same concept (the site, applications received,
/// WeChat), the counts of reviews and suits a bracket splits, and a figure of another year under a section heading.
/// </summary>
public sealed class ProseWordingVariantRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> Figures(string section, string sentence) =>
        ExtractionFixtures.SectionMetrics(section, sentence, 2023);

    [Theory]
    [InlineData("2023年,我局通过政府门户主动公开信息213条。", 213)]
    [InlineData("2023年,通过某某自由贸易试验区某某片区官网更新各类政府信息446条。", 446)]
    [InlineData("2023年,我局通过官网发布各类政府信息87条。", 87)]
    [InlineData("全年利用“某某县某某局”网站,在“政府信息公开”“要闻动态”“党的建设”等栏目发布信息713条。", 713)]
    [InlineData("全年在政府网站卫健局子栏目公开信息95条,微信公众号发布信息37条。", 95)]
    [InlineData("2023年,我局在政府网站平台主动发布各类政府信息2428条。", 2428)]
    [InlineData("2023年,局网站全年发布新闻、文件、通知、通报等信息17条。", 17)]
    [InlineData("全年共公开信息700条,其中,省某某局外网公开政府信息631条。", 631)]
    [InlineData("2023年,我委通过管委会网站公开发布信息685条。", 685)]
    [InlineData("2023年,我局通过政府网站的政府信息公开平台发布政府信息448条。", 448)]
    public void Extract_TheSiteInOtherWords_GivesTheWebsiteCount(string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures("一、总体情况", sentence)["legacy.channel.website"]);
    }

    // Guard: another level's official site is no site of the body's own.
    [Fact]
    public void Extract_AnotherLevelsOfficialSite_IsNoWebsiteCount()
    {
        Assert.DoesNotContain("legacy.channel.website", Figures("一、总体情况", "2023年,我局通过省政府官网发布信息12条。").Keys);
    }

    [Theory]
    [InlineData("2023年依申请公开共受理2件。", 2)]
    [InlineData("2023年全年依申请公开政府信息申请 4件。", 4)]
    [InlineData("我局收到申请公开政府信息的要求31件。", 31)]
    [InlineData("我局总共收到1件自然人提起的政府信息公开申请。", 1)]
    [InlineData("2023年收到信息公开申请事项3件。", 3)]
    [InlineData("2023年度某某局共接到政府信息公开申请4件。", 4)]
    [InlineData("2023年全县共收到有关政府信息公开的申请14条,其中当面申请数9条。", 14)]
    [InlineData("2023年,我局收到处理依申请公开件4件。", 4)]
    [InlineData("2023年,我局收到政府信息依申请公开办理事项1件。", 1)]
    [InlineData("本年度我镇收到社会公众提出的政府信息公开申请1条,已在规定时限内答复。", 1)]
    public void Extract_ApplicationsInOtherOrders_GiveTheReceivedCount(string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures("三、收到和处理政府信息公开申请情况", sentence)["legacy.apply.received"]);
    }

    // Guard: a count of some applicants' applications, not said to be all of them, is no total.
    [Fact]
    public void Extract_OneKindOfApplicantsCount_IsNoReceivedCount()
    {
        Assert.DoesNotContain("legacy.apply.received", Figures("三、收到和处理政府信息公开申请情况", "我局收到3件自然人提起的政府信息公开申请。").Keys);
    }

    [Theory]
    [InlineData("(一)主动公开政府信息的数量", "全年共公开信息253条。", 253)]
    [InlineData("(一)主动公开信息", "2023年度共计公开各类信息236条。", 236)]
    [InlineData("二、主动公开政府信息情况", "全年公开政府信息9958条。", 9958)]
    public void Extract_TheYearsItemsRightUnderTheActiveDisclosureHeading_GiveTheTotal(string heading, string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures(heading, sentence)["legacy.active.total"]);
    }

    [Fact]
    public void Extract_TheYearsCountClosingTheFirstSentenceUnderTheHeading_GivesTheTotal()
    {
        var figures = Figures("(一)主动公开政府信息情况",
            "我局认真贯彻落实《条例》,在某某区人民政府门户网站开展信息公开工作,及时公开财政预算、行政许可决定等政务信息,2023年共公开各类信息89条。");

        Assert.Equal(89m, figures["legacy.active.total"]);
    }

    // Normative documents counted as documents (主动公开规范性文件14个 / 10件 / 3份): the 统计表's row in its other units.
    [Theory]
    [InlineData("2023年度主动公开政府信息1898条,其中主动公开规范性文件14个。", 14)]
    [InlineData("发布政策文件征集意见25期,主动公开规范性文件10件。", 10)]
    public void Extract_NormativeDocumentsCountedAsDocuments_AreTheRow(string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures("一、总体情况", sentence)["legacy.active.normative_docs"]);
    }

    // The 统计表's row word 数量 in the prose (主动公开信息数量N条): the year's total.
    [Fact]
    public void Extract_ActiveItemsCountedAsTheFormsRowWords_GiveTheTotal()
    {
        Assert.Equal(2056m, Figures("一、总体情况", "2023年,我厅主动公开信息数量2056条。")["legacy.active.total"]);
    }

    [Theory]
    [InlineData("认真做好政府信息主动公开工作,主动公开确权登记、国有土地使用权出让和划拨、用地审批等信息31条。", 31)]
    [InlineData("依托门户网站和政府信息公开专栏,主动公开政策文件、公告类信息、综合政务、财政预决算信息等内容139条。", 139)]
    public void Extract_KindsListedAfterTheVerbAndSummedByDeng_GiveTheTotal(string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures("一、总体情况", sentence)["legacy.active.total"]);
    }

    // Guard: one kind before 等 may be a topic's share, no total.
    [Fact]
    public void Extract_OneKindBeforeDeng_IsNoTotal()
    {
        Assert.DoesNotContain("legacy.active.total", Figures("一、总体情况", "认真做好政府信息主动公开工作,主动公开财政预决算等信息5条。").Keys);
    }

    [Theory]
    [InlineData("2023年,我街收到政府信息公开申请1件,答复政府信息公开申请1件,为部分公开。", 1)]
    [InlineData("2023年度我局收到政府信息公开申请总数0条,对申请的答复总数0条。", 0)]
    [InlineData("2023年全县共收到有关政府信息公开的申请14条,其中当面申请数9条;对依申请公开的答复总数14条,其中同意公开答复数11条。", 14)]
    [InlineData("2023年度我局收到政府信息公开申请3条,对申请的答复数3条。", 3)]
    public void Extract_RepliesAsWhatAnsweredTheApplications_GiveTheRepliesCount(string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures("三、收到和处理政府信息公开申请情况", sentence)["legacy.apply.replies"]);
    }

    // Guard: replies that hold last year's carried-over applications are not the year's count.
    [Fact]
    public void Extract_RepliesHoldingCarriedOverApplications_AreNoRepliesCount()
    {
        var figures = Figures("三、收到和处理政府信息公开申请情况", "2023年,本镇共受理政府信息公开申请58件,答复信息公开申请72件(含上年度结转17件),均在法定期限内予以答复。");

        Assert.DoesNotContain("legacy.apply.replies", figures.Keys);
    }

    // Guard: a whole split after it into active disclosure and the rest is no active total; its active part is.
    [Fact]
    public void Extract_AWholeSplitIntoActiveAndOnApplication_IsNoActiveTotal()
    {
        Assert.Equal(200m, Figures("(一)主动公开情况", "全年共公开信息300条,其中主动公开200条,依申请公开100条。")["legacy.active.total"]);
    }

    [Theory]
    [InlineData("本单位成立了政府信息公开工作领导小组,由局长任组长,各科室负责人为成员,配备了2名兼职工作人员。", "legacy.org.staff_part_time", 2)]
    [InlineData("我街道成立信息公开领导小组,配置信息公开专职工作人员2名负责信息公开工作。", "legacy.org.staff_full_time", 2)]
    [InlineData("局机关配备了1名教育政务信息公开工作专职干部、2名兼职干部。", "legacy.org.staff_full_time", 1)]
    [InlineData("2016年,某某乡配备了4名专兼职工作人员,负责做好政府信息公开工作。", "legacy.org.staff", 4)]
    public void Extract_StaffingInOtherWords_GivesTheStaffCounts(string sentence, string key, double count)
    {
        var text = "某某县某某局2016年政府信息公开工作年度报告\n" + sentence + "\n";

        Assert.Equal((decimal)count, Extractor.Extract(text, "page.txt").Metrics.Single(m => m.Key == key).Value);
    }

    // Guard: staff named in the figure's own clause as other bodies' (各乡镇) are not the body's.
    [Fact]
    public void Extract_OtherBodiesStaffInTheSameClause_AreNotTheBodys()
    {
        var text = "某某县人民政府2016年政府信息公开工作年度报告\n全县各乡镇均配备了2名兼职工作人员负责政府信息公开工作。\n";

        Assert.DoesNotContain(Extractor.Extract(text, "page.txt").Metrics, m => m.Key.StartsWith("legacy.org.staff", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_InterpretationsAsAKindOfInformation_GiveTheInterpretationsCount()
    {
        Assert.Equal(6m, Figures("一、总体情况", "2023年,主动公开回应关切7条,发布政策解读类信息6条。")["legacy.response.interpretations"]);
    }

    [Fact]
    public void Extract_OtherChannelsItemsOfEveryKind_GiveTheOtherChannelsCount()
    {
        Assert.Equal(58m, Figures("一、总体情况", "2023年,我局通过局网站主动公开各类政府信息521条,通过其它方式公开各类政府信息58条。")["legacy.channel.other"]);
    }

    [Fact]
    public void Extract_WeChatAccountWordsReversed_GiveTheWeChatCount()
    {
        var text = "某某县某某局2023年政府信息公开工作年度报告\n一、总体情况\n2023年,我局通过“健康某某”公众微信号发布信息491条。\n";

        var metric = Assert.Single(Extractor.Extract(text, "page.txt").Metrics, m => m.Key == "legacy.channel.wechat");

        Assert.Equal(491m, metric.Value);
        Assert.Equal("公众微信号发布信息491条", metric.Source);
    }

    [Fact]
    public void Extract_SuitsSplitInABracket_StillGiveTheReviewAndSuitCounts()
    {
        var figures = Figures("四、政府信息公开行政复议、行政诉讼情况",
            "我委因政府信息公开引起的行政复议2件;因政府信息公开引起的行政诉讼7件(未经复议直接起诉6件,复议后起诉1件)。");

        Assert.Equal(2m, figures["legacy.review.total"]);
        Assert.Equal(7m, figures["legacy.litigation.total"]);
    }

    // Guard: table 四's labels run together (its cells unreadable) still say the table is printed, so prose is not read.
    [Fact]
    public void Extract_TableFoursLabelsRunTogether_KeepTheProseCountsOut()
    {
        var figures = Figures("四、政府信息公开行政复议、行政诉讼情况",
            "行政复议结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉结果维持。我委因政府信息公开引起的行政复议2件。");

        Assert.DoesNotContain("legacy.review.total", figures.Keys);
    }

    [Fact]
    public void Extract_AnotherYearsSentenceUnderAHeading_GivesNoFigureOfTheReportsYear()
    {
        var figures = Figures("一、概述", "2022年我单位共制作、获取政府信息总数84条,主动公开信息数72条,其中在县政府网站公开12条。");

        Assert.DoesNotContain("legacy.active.total", figures.Keys);
        Assert.DoesNotContain("legacy.channel.website", figures.Keys);
    }

    // Guard: the report's own year under the same heading is read.
    [Fact]
    public void Extract_TheReportsYearUnderAHeading_GivesItsFigure()
    {
        var figures = Figures("一、概述", "2023年我单位共制作、获取政府信息总数84条,主动公开信息数72条,其中在县政府网站公开12条。");

        Assert.Equal(72m, figures["legacy.active.total"]);
    }
}
