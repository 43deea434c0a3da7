namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Wordings met on held-out real pages (thirty-fourth round). Figures read in new words: the channels of the body's whole
/// listed without a verb, a review's or a suit's outcome counted before 维持, applications received counted in 次, the
/// year's new ones after the carried-in ones, the closed summed with 共计 or said as 办理完成, the hot topics counted as
/// 数量…条 or in 件, interpretations named as 文件 or counted in 件, press conferences held and attended in 场次, and the
/// answers quoted. Figures that are not what they seem: another body's site among the channels, a channel inside a bracket
/// that splits one item, a topic's items split by account, conferences held alone.
/// </summary>
public sealed class HeldOutThirtyFourthRoundRuleTests
{
    private static Dictionary<string, decimal> Figures(string section, string sentence, int year = 2023, string body = "某某市某某局") =>
        ExtractionFixtures.SectionMetrics(section, sentence, year, body);

    [Theory]
    [InlineData("二是加强信息发布,局门户网站及政务新媒体平台合计发布各类信息2578条,其中:局门户网站361条,微信公众号335条,微博1882条。", 361, 335, 1882)]
    [InlineData("2023年,全年主动公开政务信息382条,包括政府网站35条,某某日报等媒体上发布信息80条,“某某镇”微信公众号2443条。", 35, 2443, null)]
    public void Extract_ChannelsOfTheTotalListedWithoutAVerb_AreEachChannelsCount(string sentence, int website, int wechat, int? weibo)
    {
        var figures = Figures("(一)主动公开情况", sentence);
        Assert.Equal(website, figures["legacy.channel.website"]);
        Assert.Equal(wechat, figures["legacy.channel.wechat"]);
        Assert.Equal(weibo, figures.TryGetValue("legacy.channel.weibo", out var value) ? (int)value : null);
    }

    [Fact]
    public void Extract_AnotherBodysSiteOrAChannelInsideABracket_IsNoChannelOfTheBody()
    {
        var figures = Figures("(一)主动公开情况", "全年,共公开各类政府信息20889条。其中,市政府网站4266条,区委、区政府政务新媒体13331条(抖音视频信息2366条、微信公众号信息3765条、新浪微博信息5344条)。", 2024, "某某区人民政府");

        Assert.False(figures.ContainsKey("legacy.channel.website"));
        Assert.False(figures.ContainsKey("legacy.channel.wechat"));
        Assert.False(figures.ContainsKey("legacy.channel.weibo"));
    }

    [Fact]
    public void Extract_ATopicsItemsSplitByAccount_AreNoAccountsCounts()
    {
        var figures = Figures("(一)主动公开情况", "做好疫情信息发布。全年发布疫情防控信息640条,其中门户网站120条,微博200条,微信公众号320条。");

        Assert.False(figures.ContainsKey("legacy.channel.weibo"));
        Assert.False(figures.ContainsKey("legacy.channel.wechat"));
    }

    [Fact]
    public void Extract_OutcomeCountedBefore维持_IsTheUpheld()
    {
        var figures = Figures("(二)依法办理依申请公开", "发生行政复议4件,其中3件维持,1件尚未审结;发生行政诉讼5件,其中2件维持,3件尚未审结。", 2020, "某某省人民政府办公厅");
        Assert.Equal(3m, figures["legacy.review.upheld"]);
        Assert.Equal(2m, figures["legacy.litigation.upheld"]);
    }

    [Theory]
    [InlineData("2023年,市某某委全年共接受依申请公开9次,均依法依规按时答复。", 9)]
    [InlineData("畅通申请渠道。上年结转政府信息公开申请7件,本年新收421件,办理407件,剩余21件结转下一年度处理。", 421)]
    public void Extract_ApplicationsCountedIn次OrNewAfterTheCarriedIn_AreTheReceived(string sentence, int received)
    {
        var figures = Figures("(二)依申请公开情况", sentence);
        Assert.Equal(received, figures["legacy.apply.received"]);
    }

    [Theory]
    [InlineData("全年新收到政府信息公开申请779 件,上年结转政府信息公开申请数量37件,共计办结774件,结转下年办理42件。", 774)]
    [InlineData("2020年收到政府信息公开申请190件,结转上年度政府信息公开申请10件,共办理完成198件,结转下年度继续办理2件。", 198)]
    public void Extract_ClosedSummedWith共计OrSaidAs办理完成_IsTheClosed(string sentence, int closed)
    {
        var figures = Figures("(二)依申请公开情况", sentence);
        Assert.Equal(closed, figures["legacy.apply.closed"]);
    }

    [Fact]
    public void Extract_HotTopicsCountedAs数量条OrAs件_AreTheResponses()
    {
        var items = Figures("(三)回应关切", "加强舆情回应。全年回应公众关注热点和重大舆情数量11条。", 2021, "某某省司法厅");
        var cases = Figures("三、回应关切情况", "加强舆情回应。全年回应公众关注热点或重大舆情数1件。", 2017, "某某街道办事处");

        Assert.Equal(11m, items["legacy.response.hot_topics"]);
        Assert.Equal(1m, cases["legacy.response.hot_topics"]);
    }

    [Theory]
    [InlineData("加大图文解读力度,在厅网站“政策解读”专栏发布政策解读文件52篇。", 52)]
    [InlineData("围绕重点工作,全年发布政策解读195件。", 195)]
    [InlineData("对动态性的工作及时更新。2023年,我局共发布行政规范性文件0条,解读文件7条,其他文件7条。", 7)]
    public void Extract_InterpretationsNamedAs文件OrCountedIn件_AreTheInterpretations(string sentence, int interpretations)
    {
        var figures = Figures("(一)主动公开情况", sentence);
        Assert.Equal(interpretations, figures["legacy.response.interpretations"]);
    }

    [Fact]
    public void Extract_ConferencesHeldAndAttendedIn场次_AreTheRow_HeldAloneAreNot()
    {
        var both = Figures("(三)回应关切", "通过在线访谈、新闻发布会等方式解读政策,先后举办和参加新闻发布会11场次。", 2022);
        var held = Figures("(三)回应关切", "通过在线访谈、新闻发布会等方式解读政策,召开新闻发布会4场。", 2022);

        Assert.Equal(11m, both["legacy.response.press_conferences"]);
        Assert.False(held.ContainsKey("legacy.response.press_conferences"));
    }

    [Fact]
    public void Extract_AnswersQuoted_AreGrantedAndPartial()
    {
        var figures = Figures("(二)政府信息依申请公开办理情况", "2024年全区受理的226件申请件其中224件申请已按规定在法定期限内予以答复,其中“予以公开”67件、“部分公开”8件,“无法提供”115件。", 2024, "某某区人民政府办公室");
        Assert.Equal(67m, figures["legacy.apply.granted"]);
        Assert.Equal(8m, figures["legacy.apply.partial"]);
    }
}
