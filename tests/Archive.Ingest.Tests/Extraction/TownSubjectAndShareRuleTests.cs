using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Township and street report pages of 2019–2025 (thirty-first session, r88) on small fictional texts: the media's sites
/// after a portal's count are no second website; the year's sentence right under the heading of active disclosure with no
/// subject named; the list item 主动公开信息数量; the share disclosed actively of the year's information; applications in
/// 宗 and as 件依申请公开件; a site's 信息内容 and 主动公开类信息; meetings on information and 政务公开 together; a township
/// named only as a sentence's subject in a page with no title line.
/// </summary>
public sealed class TownSubjectAndShareRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Metrics(Extractor.Extract("青石镇2021年政府信息公开工作年度报告\n\n一、总体情况\n" + sentence + "\n", "prose.txt"));

    [Fact]
    public void Extract_PortalCountBeforeTheMediasSites_IsTheWebsiteAndTheYearsSentenceItsTotal()
    {
        var metrics = ProseMetrics("(一)主动公开。2021年,按照某某县政府信息公开要求,对镇机构职能、工作动态、财政预决算等信息进行更新,"
            + "主动公开政务信息630条,通过某某县人民政府网站公开信息5条,通过“青石镇”微信公众平台公开信息73条,在各级媒体网站、报刊、杂志、网络等载体公开信息552条。");

        Assert.Equal(5, metrics["legacy.channel.website"]);
        Assert.Equal(73, metrics["legacy.channel.wechat"]);
        Assert.Equal(630, metrics["legacy.active.total"]);
    }

    // Another figure or 其中 before the count, or no heading of active disclosure, leaves the year's sentence unread.
    [Theory]
    [InlineData("(一)主动公开。2021年,按照要求更新信息12条,主动公开政务信息630条。")]
    [InlineData("(一)主动公开。2021年,对镇机构职能进行更新,其中主动公开政务信息630条。")]
    [InlineData("(一)组织领导。2021年,按照某某县政府信息公开要求,对镇机构职能进行更新,主动公开政务信息630条。")]
    public void Extract_YearsSentenceWithAFigureOrPartOrNoHeading_IsNotTheTotal(string sentence)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Theory]
    [InlineData("(一)主动公开情况\n1.主动公开信息数量:全年公开政府信息625条。\n2.主动公开信息主要类别:概况信息、政策法规等九大类。", 625)]
    [InlineData("(一)主动公开政府信息情况\n2021年我镇政府共公开信息44条,其中主动公开信息数为44条,依申请公开信息数为0条。", 44)]
    [InlineData("(一)主动公开政府信息的数量\n各乡镇对政府信息进行了梳理,2011年制作、获取政府信息总数930条,其中主动公开政府信息210条,作为依申请公开信息数12条,不予公开信息数708条。", 210)]
    [InlineData("(一)主动公开情况\n全年主动公开我县各级单位政府信息1318条,主要通过政府网站公开。", 1318)]
    public void Extract_ListItemAndActiveShare_AreTheYearsTotal(string sentence, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics["legacy.active.total"]);
    }

    // The share of a channel's whole, or one not followed by the share disclosed on application, is no year's total.
    [Theory]
    [InlineData("2021年我镇通过政府网站共公开信息44条,其中主动公开信息数为44条,依申请公开信息数为0条。")]
    [InlineData("2021年我镇政府共公开信息44条,其中主动公开信息数为40条,工作动态4条。")]
    [InlineData("2011年制作、获取政府信息总数930条,其中主动公开政府信息210条,网站公开198条。")]
    public void Extract_ActiveShareOfAChannelOrWithoutTheOtherShare_IsNotTheTotal(string sentence)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Theory]
    [InlineData("(二)依申请公开情况。2021年我镇共收到申请公开政府信息5宗,上年结转政府信息公开申请1宗。", "legacy.apply.received", 5)]
    [InlineData("(二)政府信息依申请公开情况\n2021年,我镇共收到0件依申请公开件。", "legacy.apply.received", 0)]
    [InlineData("2021年,青石镇在某某旗人民政府网站发布公开信息内容3条。", "legacy.channel.website", 3)]
    [InlineData("2021年度青石镇人民政府通过政府网站主动公开类信息12条,其中发布文件2条。", "legacy.channel.website", 12)]
    [InlineData("全年召开政府信息与政务公开工作会议 2次。", "legacy.meetings", 2)]
    public void Extract_TownWordings_AreRead(string sentence, string key, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics[key]);
    }

    [Fact]
    public void Extract_TownNamedAsASentencesSubjectUnderAHeading_IsTheAgency()
    {
        const string text = """
            我要收藏
            文章分享
            2021年在镇党委政府的具体指导中,认真做好政府信息公开工作。现将2021年度政府信息公开工作情况汇报如下:
            一、总体情况
            (一)政府信息主动公开情况
            青石镇坚持深入贯彻落实《中华人民共和国政府信息公开条例》以及平罗县政府信息公开文件精神,全面落实政务公开。据统计我镇主动公开政府信息28条。
            (二)政府信息依申请公开情况
            2021年,我镇未收到依申请公开件。
            """;

        var report = Extractor.Extract(text, "town.txt");

        Assert.Equal("青石镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_TownsGovernmentByItsShortNameOpeningASentence_IsTheAgency()
    {
        const string text = """
            根据《中华人民共和国政府信息公开条例》文件要求,我镇形成2021年政府信息公开工作年度报告,报告将在平罗县政府网上进行公开。
            一、总体情况
            (一)年度工作基本情况。全年累计主动公开政府信息51条。
            (二)工作要点部署落实情况。青石镇政府根据公开要求,细化公开内容。
            """;

        var report = Extractor.Extract(text, "town.txt");

        Assert.Equal("青石镇人民政府", report.Agency);
    }

    // Not where the report speaks as no township (a county's report naming one of its towns), nor where two towns are
    // named so.
    [Theory]
    [InlineData("2021年,我县认真贯彻《条例》。\n(一)主动公开情况\n青石镇坚持公开为常态。")]
    [InlineData("2021年,我镇认真贯彻《条例》。\n(一)主动公开情况\n青石镇坚持公开为常态。白沙镇坚持不公开为例外。")]
    public void Extract_TownSubjectWithoutTheReportSpeakingAsIt_IsNoAgency(string body)
    {
        var report = Extractor.Extract("根据《中华人民共和国政府信息公开条例》编制本报告。\n" + body + "\n", "town.txt");

        Assert.NotEqual("青石镇人民政府", report.Agency);
    }
}
