using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Wordings met on held-out real pages (thirty-second round). Figures that are no one year's or no body's own: staffing a
/// directive asks of other units, a number the text's end may have cut, a running total with the year's new ones in
/// brackets, a residual kind in a list of kinds, a total on one named site, reposts listed with the body's own
/// interpretations. Figures read in new words: the 统计表's rows without 政府 or with 的/有, responses counted in 条, the
/// reading points set up beside a counter, applications counted as forms or received and handled, the closed with the
/// manner of closing or as cases, the replies after the carried-in ones, accounts' items made public 主动, the body's
/// site by its designation or as 官网, the count with the 统计表's note, interpretations of documents or 配套. Metadata: the
/// year before the short name the body gave itself, a street office named only in its own guide's title, 并在 before a name.
/// </summary>
public sealed class HeldOutThirtySecondRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> Figures(string section, string sentence, int year = 2018, string body = "某某县某某局") =>
        ExtractionFixtures.SectionMetrics(section, sentence, year, body);

    [Fact]
    public void Extract_StaffingADirectiveAsksOfEveryUnit_IsNoStaff()
    {
        var figures = Figures("一、加强组织领导", "区委、区政府高度重视政务公开工作,及时调整充实了领导小组,明确各单位成立相应工作机构,配备1名专职工作人员。二是建立健全长效机制。", body: "某某区人民政府");
        Assert.False(figures.ContainsKey("legacy.org.staff_full_time"));
    }

    [Fact]
    public void Extract_NumberEndingTheText_IsNoFigure()
    {
        var figures = Figures("三、依申请公开政府信息情况", "(一)依申请公开的申请情况。2018年度,共计收到当面申请数7");
        Assert.False(figures.ContainsKey("legacy.apply.in_person"));
    }

    [Fact]
    public void Extract_CountWithTheYearsNewOnesInBrackets_IsARunningTotal()
    {
        var figures = Figures("一、概述", "我局通过网站公开信息。至目前为止,在局门户网站上发布信息100条(2018年新增15条)。", body: "某某市某某局");
        Assert.False(figures.ContainsKey("legacy.channel.website"));
    }

    [Fact]
    public void Extract_ResidualInAListOfKinds_IsNoOtherChannel()
    {
        var figures = Figures("一、主动公开政府信息的情况", "(一)主动公开政府信息的数量。我乡2018年度主动公开政府信息348条。主要类别包括:工作动态类信息144条,通知通告5条,微博转发政务信息184条,其他方式15条。", body: "某某县某某乡人民政府");
        Assert.False(figures.ContainsKey("legacy.channel.other"));
    }

    [Fact]
    public void Extract_TotalMadePublicOnOneNamedSite_IsNoTotal()
    {
        var figures = Figures("(一)主动公开情况", "坚持以公开为常态、不公开为例外,2018年,市医疗保障局在信息公开网主动公开各类政府信息共计402条。一是推进重点领域信息公开。", body: "某某市医疗保障局");
        Assert.False(figures.ContainsKey("legacy.active.total"));
    }

    [Fact]
    public void Extract_InterpretationsListedWithReposts_AreNoInterpretations()
    {
        var figures = Figures("三、回应解读情况", "本年度加强政策解读工作。全年转载、发布解读信息0条,回应社会关切0次。");
        Assert.False(figures.ContainsKey("legacy.response.interpretations"));
    }

    [Fact]
    public void Extract_RowsWithout政府OrWith的_AreTheOfficesPointsAndStaff()
    {
        var figures = Figures("一、概述", "保障了群众的知情权。2018年,全区设有信息公开工作专门机构56个,设有信息公开查阅点3个,从事政府信息公开的工作人员有84人,其中专职人员8人、兼职人员76人。", body: "某某区人民政府");
        Assert.Equal(56m, figures["legacy.org.units"]);
        Assert.Equal(3m, figures["legacy.org.reading_points"]);
        Assert.Equal(84m, figures["legacy.org.staff"]);
    }

    [Fact]
    public void Extract_ResponsesCountedIn条_AreTheHotTopics()
    {
        var figures = Figures("三、回应解读情况", "本年度区教育局涉及教育教学等方面的舆情信息较多,全年共计回应公众关注热点或重大舆情数18条,我局积极组织专门工作人员做到事事有着落。");
        Assert.Equal(18m, figures["legacy.response.hot_topics"]);
    }

    [Fact]
    public void Extract_PublicReadingPointsSetUpBesideACounter_AreTheReadingPoints()
    {
        var figures = Figures("一、概述", "我街道成立了信息公开办。安排了2名工作人员负责信息公开工作,设立了1个信息申请受理点和1个公共查阅点。", body: "某某县某某街道办事处");
        Assert.Equal(1m, figures["legacy.org.reading_points"]);
    }

    [Theory]
    [InlineData("2018年度,我局上年结转政府信息公开申请数量0条,新收到要求公开政府信息的申请0份,历年累计4份。", 0)]
    [InlineData("依申请公开工作有序开展。2018年,省民政厅共接收办理政府信息公开申请13件,同比下降58%。", 13)]
    public void Extract_ApplicationsAsFormsOrReceivedAndHandled_AreTheReceived(string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures("(二)依申请公开情况", sentence)["legacy.apply.received"]);
    }

    [Theory]
    [InlineData("依申请公开服务主动靠前。全年依法规范办结信息公开申请2502件。满足申请人信息诉求。", 2502)]
    [InlineData("收到依申请公开件176件,其中,当面申请的72件,网上申请的104件。办结依申请公开件177件(含2017年结转的3件),其中,予以公开60件。", 177)]
    [InlineData("我镇规范开展依申请公开工作。2018年,我镇共受理政府信息公开申请案件4件,办结3件,发生政府信息公开行政复议4起。", 3)]
    public void Extract_ClosedWithTheirMannerOrAsCases_AreTheClosed(string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures("(二)依申请公开", sentence)["legacy.apply.closed"]);
    }

    [Fact]
    public void Extract_RepliesMadeAfterTheCarriedIn_AreTheReplies()
    {
        var figures = Figures("(二)依申请公开情况", "依申请公开工作规范。2018年度本机关共计收到政府信息公开申请79件,上年结转3件,做出政府信息公开答复 80件。");
        Assert.Equal(80m, figures["legacy.apply.replies"]);
    }

    [Fact]
    public void Extract_AccountsItemsMadePublic主动_AreTheirChannels()
    {
        var figures = Figures("(一)主动公开", "我局拓宽公开渠道。通过“某某教育之声”公众号主动公开信息580条,通过“某某市教育局”微博主动公开信息445条,保障群众依法获取信息。");
        Assert.Equal(580m, figures["legacy.channel.wechat"]);
        Assert.Equal(445m, figures["legacy.channel.weibo"]);
    }

    [Theory]
    [InlineData("做到内容更新及时,全年主动公开信息2170条,中心网站发布信息1794条,微信公众号、微博共发布信息376篇。", "某某市公共资源交易中心", 1794)]
    [InlineData("2018年,市信访办主动公开信息1129条。官网(门户网站)发布信息217条,包括概况类信息10条,政务动态信息155条。", "某某市信访办公室", 217)]
    public void Extract_BodysSiteByItsDesignationOrAs官网_IsTheWebsiteChannel(string sentence, string body, double count)
    {
        Assert.Equal((decimal)count, Figures("(一)主动公开情况", sentence, body: body)["legacy.channel.website"]);
    }

    [Fact]
    public void Extract_CountWithTheRowsOwnNote_IsTheTotal()
    {
        var figures = Figures("二、突出重点,主动公开", "2018年,市环保局有序推进信息主动公开,共计公开各类信息2936条(不同渠道和方式公开相同信息计1条),其中发布新闻动态392条。", body: "某某市环境保护局");
        Assert.Equal(2936m, figures["legacy.active.total"]);
    }

    [Theory]
    [InlineData("加强政策解读。通过视频、文字等多种形式,发布规范性文件等政策解读信息28条;办结网民留言857条。", 28)]
    [InlineData("全年制发行政规范性文件3件。同时发布配套政策解读3条,增进公众对重大政策的理解。", 3)]
    public void Extract_InterpretationsOfDocumentsOr配套_AreTheInterpretations(string sentence, double count)
    {
        Assert.Equal((decimal)count, Figures("三、回应解读情况", sentence)["legacy.response.interpretations"]);
    }

    [Fact]
    public void Extract_StreetOfficeNamedOnlyInItsOwnGuidesTitle_IsTheAgency()
    {
        const string text = """
            一、总体情况
            2008年1月起,我街道开始着手政府信息公开工作,配备了3名兼职工作人员,规范编制、公布了《营口市鲅鱼圈区青松街道办事处政府信息公开指南》,并设立了政府信息公开查阅点。
            (一)主动公开
            2019年,我街道主动公开政府信息120条。
            """;

        var report = Extractor.Extract(text, "street.txt");

        Assert.Equal("营口市鲅鱼圈区青松街道办事处", report.Agency);
        Assert.Equal("210804", report.Region?.Code);
    }

    [Fact]
    public void Extract_StreetOfficeAfter并在_IsNoAgencyWithTheConjunction()
    {
        const string text = """
            一、总体情况
            2019年,我街道开始着手政府信息公开工作,配备了3名兼职工作人员,并在青松街道办事处内设立了政府信息公开查阅点和依申请公开受理点。
            (一)主动公开
            2019年,我街道主动公开政府信息120条。
            """;

        var report = Extractor.Extract(text, "street.txt");

        Assert.Null(report.Agency);
    }

    [Fact]
    public void Extract_YearBeforeTheBodysDeclaredShortName_IsTheYear()
    {
        const string text = """
            一、总体情况
            营口市鲅鱼圈区市场监督管理局(以下简称区市场监管局)严格执行《中华人民共和国政府信息公开条例》,现将年度政务信息公开工作总结如下:
            (一)主动公开
            2024年区市场监管局坚持以公开为常态、不公开为例外的原则,积极做好政府信息主动公开的相关工作。
            """;

        var report = Extractor.Extract(text, "bureau.txt");

        Assert.Equal(2024, report.Year);
        Assert.Equal(ReportTemplate.V2021, report.Template);
    }

    [Fact]
    public void Extract_ClosingRateAlone_IsNoClosedCount()
    {
        var figures = Figures("(二)依申请公开", "全年依法规范办结信息公开申请,办结率100%。");
        Assert.False(figures.ContainsKey("legacy.apply.closed"));
    }

    [Fact]
    public void Extract_CounterAndAnotherKindOfPoint_IsNoReadingPoints()
    {
        var figures = Figures("一、概述", "我街道成立了信息公开办。安排了2名工作人员负责信息公开工作,设立了1个信息申请受理点和1个便民服务点。", body: "某某县某某街道办事处");
        Assert.False(figures.ContainsKey("legacy.org.reading_points"));
    }
}
