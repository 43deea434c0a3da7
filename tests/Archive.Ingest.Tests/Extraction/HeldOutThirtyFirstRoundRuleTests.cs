namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Wordings met on held-out real pages (thirty-first round): staff counted without 工作 after the work, two kinds sharing
/// their staff word, the kind after the staff, a count had, the staff charged with the work, both kinds as one total, the
/// split opening the next sentence; the closed named by their year or in a sentence of their own; channels listed before a
/// colon or counted before their channel; the review cases' outcomes; a line drawn for a blank table cell.
/// </summary>
public sealed class HeldOutThirtyFirstRoundRuleTests
{
    private static Dictionary<string, decimal> Figures(string section, string sentence, int year = 2012, string body = "某某县某某局") =>
        ExtractionFixtures.SectionMetrics(section, sentence, year, body);

    [Fact]
    public void Extract_WorkNamedWithout工作BeforeTheKind_IsTheFullTimeStaff()
    {
        var figures = Figures("一、概述", "根据条例要求,2012年,我局配备了4名政府信息公开全职工作人员,60名兼职工作人员,设有1个公共查阅点。");
        Assert.Equal(4m, figures["legacy.org.staff_full_time"]);
        Assert.Equal(60m, figures["legacy.org.staff_part_time"]);
    }

    [Fact]
    public void Extract_TwoKindsSharingTheirStaffWord_NextToTheCounters_AreBothKinds()
    {
        var figures = Figures("一、概述", "我委是政府组成部门。目前我委共配备了1名专职、26名兼职工作人员,设立了1个信息申请受理点,并开辟了公共查阅点。");
        Assert.Equal(1m, figures["legacy.org.staff_full_time"]);
        Assert.Equal(26m, figures["legacy.org.staff_part_time"]);
    }

    [Theory]
    [InlineData("2012年度,为加强政府信息公开工作的领导,我局配备了1名工作人员兼职负责政府信息公开的日常工作。", "legacy.org.staff_part_time", 1)]
    [InlineData("人员配置。我局从事信息公开工作的兼职人员有3名,分别是副局长、办公室主任和科员。", "legacy.org.staff_part_time", 3)]
    [InlineData("一是加强组织领导。明确了政务公开工作责任分工,并安排了1名工作人员专门负责信息公开工作的收集、审核和发布。", "legacy.org.staff", 1)]
    public void Extract_StaffWorded_AreTheStaff(string sentence, string key, double count)
    {
        Assert.Equal((decimal)count, Figures("一、概述", sentence)[key]);
    }

    [Fact]
    public void Extract_BothKindsAsOneTotal_IsTheStaff()
    {
        var figures = Figures("一、概述", "据统计,全县从事政府信息公开工作的专(兼)职工作人员共768人,其中专职人员256人,兼职人员512人。", body: "某某县人民政府");
        Assert.Equal(768m, figures["legacy.org.staff"]);
        Assert.Equal(256m, figures["legacy.org.staff_full_time"]);
    }

    [Fact]
    public void Extract_SplitOpeningTheNextSentence_IsTheTotalsParts()
    {
        var figures = Figures("一、概述", "据统计,全县从事政府信息公开工作人员4925人。其中,专职人员965人、兼职人员3960人。", body: "某某县人民政府");
        Assert.Equal(4925m, figures["legacy.org.staff"]);
        Assert.Equal(965m, figures["legacy.org.staff_full_time"]);
        Assert.Equal(3960m, figures["legacy.org.staff_part_time"]);
    }

    // Guard: a part-time count in a sentence that names neither the work nor its counters is nobody's disclosure staff.
    [Fact]
    public void Extract_StaffInASentenceNamingNoDisclosureWork_IsNoStaff()
    {
        var figures = Figures("一、概述", "我局认真做好各项工作。目前我局共配备了1名专职、26名兼职工作人员,负责档案整理。");
        Assert.DoesNotContain("legacy.org.staff_full_time", figures.Keys);
        Assert.DoesNotContain("legacy.org.staff_part_time", figures.Keys);
    }

    [Theory]
    [InlineData("全年收到公民、法人和其他组织政府信息公开申请共161件,当年办结168件(含上年结转14件),结转下一年7件。", 168)]
    [InlineData("2023年局办公室共收到政府信息公开申请32件,办结上年结转3件,今年共办结35件。", 35)]
    [InlineData("2022年,共收到10件依申请公开请求,2021年结转政府信息公开申请2件,共办结10件,结转2023年度继续办理2件。", 10)]
    [InlineData("2022年,全区共收到信息公开申请130件,其中向区政府提出的信息公开申请共94件。本年度共办结信息公开申请127件,3件结转至下年度继续办理。", 127)]
    public void Extract_ClosedNamedByTheirYearOrInASentenceOfTheirOwn_AreTheClosed(string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures("(二)依申请公开情况", sentence, 2022, "某某区人民政府")["legacy.apply.closed"]);
    }

    [Fact]
    public void Extract_ChannelsListedBeforeAColon_AreTheChannels()
    {
        var figures = Figures("(一)主动公开情况", "我镇认真做好政府信息公开工作。\n1、公开渠道与数量\n2024年,我镇通过多种渠道主动公开政府信息254条。\n政府网站:发布信息42条,涵盖政府职能、发展规划等。\n微信公众号:发布信息212条,及时推送镇内新闻。\n", 2024, "某某县某某镇人民政府");
        Assert.Equal(42m, figures["legacy.channel.website"]);
        Assert.Equal(212m, figures["legacy.channel.wechat"]);
    }

    [Fact]
    public void Extract_PartsCountedBeforeTheirChannel_AreTheChannels()
    {
        var figures = Figures("(一)主动公开情况", "我局认真做好政府信息公开工作。2017年度我局主动公开政府信息总数397条,其中369条通过政府网站公开,28条通过政务微信公开。", 2017);
        Assert.Equal(369m, figures["legacy.channel.website"]);
        Assert.Equal(28m, figures["legacy.channel.wechat"]);
    }

    [Fact]
    public void Extract_ReviewOutcomesAfterTheirCount_AreUpheldAndCorrected()
    {
        var figures = Figures("(二)依申请公开工作情况", "我区认真做好工作。2022年,我区因政府信息公开引发行政复议共23件,其中结果维持5件,结果纠正10件,其他结果8件。", 2022, "某某区人民政府");
        Assert.Equal(5m, figures["legacy.review.upheld"]);
        Assert.Equal(10m, figures["legacy.review.corrected"]);
    }

    // Guard: 维持 after a count that is not the review cases' (applications) is no review outcome.
    [Fact]
    public void Extract_UpheldAfterApplications_IsNoReviewOutcome()
    {
        var figures = Figures("(二)依申请公开工作情况", "我区认真做好工作。2022年,我区共收到政府信息公开申请23件,其中结果维持5件。", 2022, "某某区人民政府");
        Assert.DoesNotContain("legacy.review.upheld", figures.Keys);
    }

    [Theory]
    [InlineData("2012年,我局共受理依申请公开申请数为8件,均在规定时限内答复。", 8)]
    [InlineData("1.申请受理情况。2012年,我局接到依申请公开事项5项,均已答复办结。", 5)]
    [InlineData("2012年共收到2份书面政府信息公开申请,均依法回复。", 2)]
    public void Extract_ApplicationsForDisclosureItemsAndWrittenForms_AreTheReceived(string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures("(二)依申请公开情况", sentence)["legacy.apply.received"]);
    }

    [Fact]
    public void Extract_ApplicationsByChannelCountedInItems_AreTheChannels()
    {
        var figures = Figures("(二)依申请公开情况", "2012年,我局共受理依申请公开申请数为8件,收到网上申请7项,信函申请1项,当面申请0项。");
        Assert.Equal(1m, figures["legacy.apply.letter"]);
        Assert.Equal(0m, figures["legacy.apply.in_person"]);
    }

    [Fact]
    public void Extract_PublicReadingPointsSetUpForTheDisclosureWork_AreTheReadingPoints()
    {
        var figures = Figures("一、概述", "我街道认真做好工作。街道政府信息公开工作配备了3名兼职工作人员,设立了1个专门的信息申请受理点,并开辟了2个公共查阅点。", body: "某某区某某街道办事处");
        Assert.Equal(2m, figures["legacy.org.reading_points"]);
    }

    // Guard: public reading points in a sentence that names no disclosure work are any service's.
    [Fact]
    public void Extract_PublicReadingPointsOfAnotherService_AreNoReadingPoints()
    {
        var figures = Figures("一、概述", "我街道认真做好工作。街道图书室配备了3名工作人员,并开辟了2个公共查阅点。", body: "某某区某某街道办事处");
        Assert.DoesNotContain("legacy.org.reading_points", figures.Keys);
    }

    [Fact]
    public void Extract_WholeYearOpeningClausesNamingNoChannel_ThenTheItemsDisclosed_IsTheTotal()
    {
        var figures = Figures("(一)主动公开", "2025年,我镇将政务公开工作摆在重要位置。全年始终聚焦中心工作与群众关切,持续拓宽公开广度、细化公开内容,主动公开信息达 747 条,实现了政务信息的及时传递。", 2025, "某某县某某镇人民政府");
        Assert.Equal(747m, figures["legacy.active.total"]);
    }

    // Guard: a clause naming the channel before makes the items the channel's, not the year's whole.
    [Fact]
    public void Extract_WholeYearOpeningAClauseNamingAChannel_IsNoTotal()
    {
        var figures = Figures("(一)主动公开", "2025年,我镇将政务公开工作摆在重要位置。全年始终聚焦中心工作,依托镇政府网站,主动公开信息达 747 条。", 2025, "某某县某某镇人民政府");
        Assert.DoesNotContain("legacy.active.total", figures.Keys);
    }

    [Fact]
    public void Extract_ItemsMadePublicOnTheBodysWeibo_AreTheWeiboChannel()
    {
        var figures = Figures("(一)主动公开情况", "我局认真做好政府信息公开工作。全年在某某政务微博公布信息257条,在微信公众号发布信息88条。", 2023);
        Assert.Equal(257m, figures["legacy.channel.weibo"]);
    }

    [Fact]
    public void Extract_ChannelsNamedAsTheFormsOfTheReceived_AreTheChannels()
    {
        var figures = Figures("2.依申请公开办理情况", "我局认真做好工作。2012年收到政府信息公开申请3件,其中以传真形式申请1件,以信函形式申请1件,以电子邮件形式申请1件。");
        Assert.Equal(1m, figures["legacy.apply.fax"]);
        Assert.Equal(1m, figures["legacy.apply.letter"]);
    }

    // Guard: a form named outside the received applications' split is no channel of theirs.
    [Fact]
    public void Extract_FormNamedOutsideTheReceivedSplit_IsNoChannel()
    {
        var figures = Figures("2.依申请公开办理情况", "我局认真做好工作。我局开设有现场申请、传真申请四种渠道,群众可以传真形式申请1件以上。");
        Assert.DoesNotContain("legacy.apply.fax", figures.Keys);
    }

    [Fact]
    public void Extract_InterpretationMaterialsCountedAsCopies_AreTheInterpretations()
    {
        var figures = Figures("(一)主动公开情况", "我区认真做好工作。加大政策解读力度,综合采用文字解读、图片解读等形式发布政策解读材料105份。", 2022, "某某区人民政府");
        Assert.Equal(105m, figures["legacy.response.interpretations"]);
    }

    [Fact]
    public void Extract_GovernmentAffairsItemsPushedAfterTheAccountsQuotedName_AreTheWechatChannel()
    {
        var figures = Figures("(二)不断丰富公开方式", "年内,发布政务微博881条,通过微信公众号“某某街道”推送政务信息247条,刊发《某某风采报》12期。", 2018, "某某区某某街道办事处");
        Assert.Equal(247m, figures["legacy.channel.wechat"]);
    }

    [Fact]
    public void Extract_SiteOpeningAClause_ItsKindsSummedBy等_IsTheWebsiteChannel()
    {
        var figures = Figures("一、总体情况", "一是主动发布交通信息。我局微信公众号发布各类信息59条,政务网站发布政务公告、工作动态等信息共34条,向省、市及新闻媒体报送各类信息稿件共计50余篇。", 2022);
        Assert.Equal(34m, figures["legacy.channel.website"]);
    }

    // Guard: one kind before 等 may be a topic's share of the site, not its whole count.
    [Fact]
    public void Extract_SiteWithOneKindBefore等_IsNoWebsiteChannel()
    {
        var figures = Figures("一、总体情况", "一是主动发布交通信息。我局微信公众号发布各类信息59条,政务网站发布工作动态等信息共34条。", 2022);
        Assert.DoesNotContain("legacy.channel.website", figures.Keys);
    }
}
