using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules from the twenty-third round of real reports (county- and city-level departments, 2019–2025), each on a fictional
/// fixture: applications received and handled by two verbs side by side, 依申请公开 misprinted without its 请, a site's items
/// published as organised (组织发布) or with the verb 公布, a department named only by its own site where its items went
/// out, and the year read from information counted as generated or from the row some 2019-format tables add with it.
/// </summary>
public sealed class DepartmentPagesTwentyThirdRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private const string Title = "平罗县某某局2020年政府信息公开工作年度报告";

    [Theory]
    [InlineData("2020年度,我局受理办理依申请公开2件。", 2)]
    [InlineData("全年共收到依申公开事项7件,均在法定期限内答复。", 7)]
    public void Received_TwoVerbsOrAMisprintedWord_IsTheYearsApplications(string sentence, int received)
    {
        var metrics = OverviewMetrics(Title, sentence);

        Assert.Equal(received, metrics.GetValueOrDefault("legacy.apply.received"));
    }

    [Theory]
    [InlineData("2020年度,我局受理办理依申请公开信息3条。")]
    [InlineData("2020年度,我局办理依申请公开事项4件。")]
    public void Received_ItemsOrHandledOnly_IsNoApplicationCount(string sentence)
    {
        // Items counted in 条 may be information, not applications; handled alone (办理) is not received.
        var metrics = OverviewMetrics(Title, sentence);

        Assert.False(metrics.ContainsKey("legacy.apply.received"));
    }

    [Fact]
    public void Website_ItemsPublishedAsOrganised_IsTheSitesCount()
    {
        var metrics = OverviewMetrics("平罗县某某办公室2023年度政府信息公开工作年度报告",
            "(一)主动公开方面。2023年,我办主动公开的政府信息,依托政府门户网站组织发布信息3470条,访问量140万余人次,微博发布信息46条。");

        Assert.Equal(3470, metrics.GetValueOrDefault("legacy.channel.website"));
    }

    [Fact]
    public void Website_OthersOrganisedToPublish_IsNoSiteCount()
    {
        // The body organising others' items on the site (组织各乡镇发布…) is no count of the site's own.
        var metrics = OverviewMetrics("平罗县某某办公室2023年度政府信息公开工作年度报告",
            "(一)主动公开方面。2023年,我办依托政府门户网站组织各乡镇发布信息3470条。");

        Assert.False(metrics.ContainsKey("legacy.channel.website"));
    }

    [Fact]
    public void Website_PartPublishedWithTheVerb公布_IsTheSitesCount()
    {
        var metrics = OverviewMetrics("石嘴山市某某局2022年政府信息公开工作年度报告",
            "(一)主动公开方面。2022年,市某某局主动公开政府信息348条,其中市某某局门户网站主动公布各类信息100条,官方微信发布46条。");

        Assert.Equal(348, metrics.GetValueOrDefault("legacy.active.total"));
        Assert.Equal(100, metrics.GetValueOrDefault("legacy.channel.website"));
    }

    [Fact]
    public void Website_AHigherSitePublishingTheBodysItems_IsNoSiteCount()
    {
        var metrics = OverviewMetrics("石嘴山市某某局2022年政府信息公开工作年度报告",
            "(一)主动公开方面。2022年,市某某局主动公开政府信息348条,其中上级门户网站公布信息20条。");

        Assert.False(metrics.ContainsKey("legacy.channel.website"));
    }

    private const string UntitledBureau = "一、总体情况\n2020年,我局坚持以“公开为常态,不公开为例外”原则,高度重视政府信息公开工作。\n"
        + "依法依规主动公开。2020年,我局不存在虚假、不完整信息的情况。{0}严格按照网站管理考评标准按时进行更新。\n";

    [Fact]
    public void Agency_UntitledBureauNamedOnlyByTheSiteItsItemsWentOutOn_IsThatBureau()
    {
        var report = Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, UntitledBureau, "在石嘴山市投资促进局网站公开信息457条,"));

        Assert.Equal("石嘴山市投资促进局", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    [Theory]
    [InlineData("在市投资促进局网站公开信息457条,")]
    [InlineData("同时转发石嘴山市投资促进局网站信息457条,")]
    public void Agency_UnplacedSiteOrASiteNotPublishedOn_HasNoAgency(string sentence)
    {
        // A level alone (市投资促进局) places no body; a site the body only reposts from is not where its items went out.
        var report = Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, UntitledBureau, sentence));

        Assert.Null(report.Agency);
    }

    [Fact]
    public void Agency_SiteNamedInAReportNotSpeakingAsABureau_HasNoAgency()
    {
        // A township (某某乡, no 我局) publishing on a bureau's site is not that bureau.
        var report = Extract("一、总体情况\n2020年,某某乡坚持以公开为常态。\n在石嘴山市投资促进局网站公开信息457条,严格按照要求更新。\n");

        Assert.NotEqual("石嘴山市投资促进局", report.Agency);
    }

    [Fact]
    public void Year_InformationGeneratedThenItsActiveShare_IsTheReportsYear()
    {
        var report = Extract("\n一、总体情况\n区某某委严格按照《条例》要求,坚持以公开为常态。\n"
            + "1、主动公开政府信息的数量。我委主动公开的政府信息依托区政府网站专栏公开。2020年度共生成60条政府信息,其中主动公开60条。\n"
            + "2、主动公开政府信息的类别。一是规范性文件信息;二是工作动态信息。\n");

        Assert.Equal(2020, report.Year);
        Assert.Equal(ReportTemplate.V2019, report.Template);
    }

    [Fact]
    public void Year_InformationGeneratedWithoutItsActiveShare_IsNoYear()
    {
        var report = Extract("\n一、总体情况\n区某某委严格按照《条例》要求,坚持以公开为常态。\n"
            + "1、信息管理。我委加强信息管理,2020年度共生成60条政府信息档案。\n");

        Assert.Null(report.Year);
    }

    private const string Table2019Cells = "二、主动公开政府信息情况\n第二十条第(一)项 |\n|||\n信息内容 |\n本年新制作数量 |\n本年新公开数量 |\n对外公开总数量 |\n"
        + "规章 |\n|\n|\n|\n规范性文件 |\n|\n|\n|\n第二十条第(五)项 |\n|||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n"
        + "行政许可 |\n12 |\n-1 |\n305 |\n其他对外管理服务事项 |\n|\n|\n|\n第二十条第(六)项 |\n|||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n"
        + "处理决定数量 |\n行政处罚 |\n4 |\n+2 |\n31 |\n行政强制 |\n1 |\n0 |\n2 |\n第二十条第(八)项 |\n|||\n信息内容 |\n上一年项目数量 |\n"
        + "本年增/减 |\n|\n行政事业性收费 |\n|\n|\n|\n第二十条第(九)项 |\n|||\n信息内容 |\n采购项目数量 |\n采购总金额 |\n|\n政府集中采购 |\n|\n|\n|\n"
        + "{0}本行政区域(或本部门)政府信息公开发布总数量(非新闻类、消息类):5条 |\n三、收到和处理政府信息公开申请情况\n";

    [Fact]
    public void Year_TheTablesOwnYearRow_IsTheReportsYear()
    {
        var report = Extract("一、总体情况\n我分局本着“以公开为常态、不公开为例外”的原则,不断丰富公开载体。\n"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Table2019Cells, "2020年"));

        Assert.Equal(2020, report.Year);
        Assert.Equal(305, Metrics(report).GetValueOrDefault("active.licensing.decisions"));
    }

    [Fact]
    public void Year_TheTablesRowUnderATitleOfAnotherYear_KeepsTheTitlesYear()
    {
        var report = Extract("中卫市某某分局2020年政府信息公开工作年度报告\n一、总体情况\n我分局不断丰富公开载体。\n"
            + string.Format(System.Globalization.CultureInfo.InvariantCulture, Table2019Cells, "2019年"));

        Assert.Equal(2020, report.Year);
    }
}
