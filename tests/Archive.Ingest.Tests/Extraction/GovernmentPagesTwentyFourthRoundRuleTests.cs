using Archive.Core.Reports;
using Archive.Core.Text;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Governments' and their offices' report pages of 2019–2025 (twenty-fourth round of real reports from elsewhere):
/// applications received and answered or handled in one (受理答复政府信息公开申请N件, 收到并办理群众提出的信息公开申请N件),
/// 申请公开 alone as the applications (受理申请公开N件), a site's items under two verbs joined by 、 (网站主动公开、审核发布
/// 信息N条); a body opening its year on the Party's congress as its guide (2023年,X县人民政府办公室以党的…); a government
/// named short by a place several cities have (X区政府: its 人民政府, the region unknown); a cut page's last words that are a
/// number's tail are no signer (…2020年—2022年部分文件公开属性和告知部); a variant of 陝 in traditional copies; and on
/// pages flattened onto one line, a breadcrumb's crumbs after its separators and home crumb. Fictional texts.
/// </summary>
public sealed class GovernmentPagesTwentyFourthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    [Theory]
    // Received and answered in one, no 并 between (受理答复).
    [InlineData("青石市人民政府办公室2022年政府信息公开工作年度报告", "(二)依申请公开情况。严格按照《政府信息公开条例》,依法依规做好答复,受理答复政府信息公开申请28件,均按时办结。", "legacy.apply.received", 28)]
    // Received and handled by 并, the public who applied between the verbs and the applications.
    [InlineData("青石区人民政府办公室2022年度政府信息公开年报", "(二)依申请公开情况。2022年区政府办公室收到并办理群众提出的信息公开申请23件,无因政府信息公开不当引起的行政复议案件。", "legacy.apply.received", 23)]
    // 申请公开 alone as the applications.
    [InlineData("青石区人民政府2023年政府信息公开工作年度报告", "(二)主动公开和依申请公开。全年全区共受理申请公开800件,结转下年度办理39件。", "legacy.apply.received", 800)]
    // A site's items under two verbs joined by 、.
    [InlineData("青石区人民政府办公室2022年度政府信息公开年报", "(一)主动公开情况。2022年,区政府网站主动公开、审核发布信息9765条,推送重点信息220余次。", "legacy.channel.website", 9765)]
    // Items sent up to another site after the site's own count are no second site's.
    [InlineData("青石区人民政府办公室2022年度政府信息公开年报", "(一)主动公开情况。2022年,区政府网站发布信息9765条,向市政府网站投递信息499条。", "legacy.channel.website", 9765)]
    public void Extract_GovernmentPageFigures(string title, string sentence, string key, int value)
    {
        var metrics = OverviewMetrics(title, sentence);

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    // 收到和处理 is table 三's heading, new and carried-over applications together: no received count.
    [InlineData("青石市人民政府办公室2022年政府信息公开工作年度报告", "(二)依申请公开情况。全年共收到和处理政府信息公开申请12件,均按时答复。", "legacy.apply.received")]
    // A review about applications for disclosure is no application.
    [InlineData("青石区人民政府2023年政府信息公开工作年度报告", "(二)依申请公开。全年共受理申请公开的行政复议案件3件。", "legacy.apply.received")]
    // Reposted items are no site's own.
    [InlineData("青石区人民政府办公室2022年度政府信息公开年报", "(一)主动公开情况。2022年,区政府网站主动公开、转载发布信息9765条。", "legacy.channel.website")]
    // A second site of the body's own still leaves the website count unsaid.
    [InlineData("青石区人民政府办公室2022年度政府信息公开年报", "(一)主动公开情况。2022年,区政府网站发布信息9765条,街道网站发布信息499条。", "legacy.channel.website")]
    public void Extract_GovernmentPageWordingsThatAreNoKeysFigure(string title, string sentence, string key)
    {
        var metrics = OverviewMetrics(title, sentence);

        Assert.False(metrics.ContainsKey(key));
    }

    [Fact]
    public void Agency_OfficeOpeningItsYearOnThePartysCongress_IsTheOffice()
    {
        var report = Extract("根据《中华人民共和国政府信息公开条例》规定编制本报告。本报告中所列数据的统计期限为2023年1月1日至12月31日。\n"
            + "一、总体情况\n2023年,平罗县人民政府办公室以党的二十大精神为指引,全面贯彻落实关于推进政务公开工作的决策部署。\n"
            + "(二)依申请公开\n2023年度,平罗县人民政府办公室共收到政府信息公开申请9件,均在法定期限内予以答复。\n");

        Assert.Equal("平罗县人民政府办公室", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal(9, Metrics(report)["legacy.apply.received"]);
    }

    [Fact]
    public void Agency_PartyCommitteeOpeningItsYearOnTheCongress_IsNoAgency()
    {
        var report = Extract("一、总体情况\n2023年,县委县政府以党的二十大精神为指引,全面推进政务公开。\n");

        Assert.NotEqual("县委县政府", report.Agency);
    }

    [Fact]
    public void Agency_GovernmentNamedShortByAPlaceSeveralCitiesHave_IsItsPeoplesGovernmentWithoutARegion()
    {
        var report = Extract("一、总体情况\n2024年,铁西区政府坚持以人民为中心,严格落实政府信息公开条例要求。\n(一)主动公开情况。\n2024年,通过铁西区政府门户网站发布信息1727条。\n");

        Assert.Equal("铁西区人民政府", report.Agency);
        Assert.Null(report.Region);
    }

    [Fact]
    public void Agency_CutPagesLastWordsThatAreANumbersTail_AreNoSigner()
    {
        var report = Extract("一、总体情况\n2024年,政府信息公开工作稳步推进。\n(三)政府信息管理情况。\n全面梳理以政府名义印发的文件,开展公开属性评估调整工作。\n"
            + "2020年—2022年部分文件公开属性和告知部\n");

        Assert.Null(report.Agency);
    }

    [Fact]
    public void Agency_SignerOnTheLastLine_IsStillRead()
    {
        var report = Extract("一、总体情况\n2024年,政府信息公开工作稳步推进。\n(三)政府信息管理情况。\n全面梳理以政府名义印发的文件,开展公开属性评估调整工作。\n"
            + "平罗县人民政府\n");

        Assert.Equal("平罗县人民政府", report.Agency);
    }

    [Fact]
    public void SimplifiedForms_VariantOfShaanInATraditionalCopy_IsTheMainlandCharacter()
    {
        Assert.Equal("本报告由办公厅编制,陕", SimplifiedForms.MapDocument("本報告由辦公廳編制,陜"));
    }

    [Fact]
    public void SimplifiedForms_VariantOfShaanInASimplifiedText_StaysAsPrinted()
    {
        const string text = "本报告由办公厅编制,陜";

        Assert.Equal(text, SimplifiedForms.MapDocument(text));
    }

    [Fact]
    public void Title_FlattenedPagesCrumbsAfterTheirSeparators_AreNoTitle()
    {
        var report = Extract("当前位置: 首页 > 政务公开 > 政府信息公开专栏 > 政府信息公开年度报告 > 年报 平罗县人民政府2023年政府信息公开工作年度报告 "
            + "时间: 2024-01-20 08:50 来源: 平罗县人民政府办公室 访问量: 根据《中华人民共和国政府信息公开条例》要求,现发布《平罗县人民政府2023年政府信息公开工作年度报告》。 "
            + "一、总体情况 2023年,平罗县坚持以人民为中心,全面推进政务公开,通过县政府门户网站发布信息2300条。");

        Assert.Equal("平罗县人民政府2023年政府信息公开工作年度报告", report.Title);
        Assert.Equal("平罗县人民政府", report.Agency);
    }
}
