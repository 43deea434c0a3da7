using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Township and street report pages of 2019–2025 (thirty-seventh session, r127) on small fictional texts: the 2021
/// reports' category of information that ought to be disclosed is no year's total; two channels of applications joined
/// in one count are neither's; a placed township's own office in the contact line is the township's government; a
/// posting date under the title before its publisher and the page's font control; the report's name after a mirror's
/// label inside the book-title marks; a township under a district the code table holds only as its city's management
/// area. Guards show what stays unread.
/// </summary>
public sealed class TownshipPagesTwentyFourthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private const string Title = "云溪街道2025年政府信息公开工作年度报告";

    [Fact]
    public void Extract_CategoryOfInformationThatOughtToBeDisclosed_IsNoYearsTotal()
    {
        var metrics = OverviewMetrics(Title, "(一)政府信息公开基本情况\n1.主动公开政府信息情况\n2025年云溪街道主动公开的政府信息类别共有3类,主要类别为机构职能类信息1条,业务公文类0条,其他应当主动公开的政府信息3条。");

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    [Fact]
    public void Extract_InformationTheStreetDisclosed_IsStillTheYearsTotal()
    {
        var metrics = OverviewMetrics(Title, "2025年,云溪街道共主动公开政府信息12条,其中机构职能类信息1条,其他应当主动公开的政府信息11条。");

        Assert.Equal(12, metrics["legacy.active.total"]);
    }

    [Fact]
    public void Extract_LettersAndFaxesCountedTogether_AreNeitherChannelsCount()
    {
        var metrics = OverviewMetrics(Title, "2025年,我街道共受理依申请公开事项4件,其中:受理当面申请1件,信函传真申请3件,互联网申请0件,均按时办结。");

        Assert.Equal(4, metrics["legacy.apply.received"]);
        Assert.Equal(1, metrics["legacy.apply.in_person"]);
        Assert.False(metrics.ContainsKey("legacy.apply.fax"));
    }

    [Fact]
    public void Extract_ChannelsListedBeforeOneCount_AreNeitherChannelsCount()
    {
        var metrics = OverviewMetrics(Title, "2025年,我街道共受理依申请公开事项4件,其中:受理网络申请1件,信函、传真申请3件。");

        Assert.False(metrics.ContainsKey("legacy.apply.fax"));
    }

    [Fact]
    public void Extract_FaxesCountedOnTheirOwn_AreStillTheFaxCount()
    {
        var metrics = OverviewMetrics(Title, "2025年,我街道共受理依申请公开事项4件,其中:受理当面申请1件,传真申请3件。");

        Assert.Equal(3, metrics["legacy.apply.fax"]);
    }

    private const string TownshipPage = """
        本年度报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限自2024年1月1日至2024年12月31日。如对本报告有任何疑问,请与{0}联系,电话:0952-0000000。
        一、总体情况
        (一)主动公开。
        我乡按要求发布或更新信息,及时公开机构职能、政策文件等相关信息。
        (二)依申请公开。
        2024年,我乡未收到依申请公开申请。
        """;

    [Fact]
    public void Extract_PlacedTownshipsOwnOfficeInTheContactLine_IsTheTownshipsGovernment()
    {
        var report = Extractor.Extract(TownshipPage.Replace("{0}", "平罗县云溪乡办公室", StringComparison.Ordinal), "township.txt");

        Assert.Equal("平罗县云溪乡人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_PlacedOfficeOfNoTownshipInTheContactLine_IsNoTownshipsGovernment()
    {
        var report = Extractor.Extract(TownshipPage.Replace("{0}", "平罗县统筹城乡办公室", StringComparison.Ordinal), "township.txt");

        Assert.NotEqual("平罗县统筹城乡人民政府", report.Agency);
    }

    private const string Byline = """
        云溪镇2021年度政府信息公开工作年度报告
        {0}


        一、总体情况

        2021年,云溪镇根据《中卫市人民政府办公室关于切实做好2021年政府信息公开工作年度报告发布工作的通知》要求,推进政府信息公开建设。
        """;

    [Fact]
    public void Extract_PostingDateBeforeItsPublisherAndTheFontControl_IsPublished()
    {
        var report = Extractor.Extract(Byline.Replace("{0}", "2022-01-29 10:27:52 中卫市人民政府办公室 字体:", StringComparison.Ordinal), "town.txt");

        Assert.Equal("2022-01-29", report.Published);
    }

    [Fact]
    public void Extract_PostingDateBeforeASentence_IsNoPostingDate()
    {
        var report = Extractor.Extract(Byline.Replace("{0}", "2022-01-29 10:27:52 中卫市人民政府办公室 字体:根据工作安排,现予公布。", StringComparison.Ordinal), "town.txt");

        Assert.Null(report.Published);
    }

    private const string MirrorPage = """
        按照《中华人民共和国政府信息公开条例》的具体工作要求,结合我单位政府信息公开工作实际,现编制形成了《{0}》。本报告中所列数据的统计期限从2023年1月1日至12月31止。
        一、总体情况
        (一)主动公开政府信息情况:云溪镇人民政府利用电子屏、公告栏等主动对外更新政府信息。
        (二)依申请公开情况。2023年受理依申请公开0件。
        """;

    [Fact]
    public void Extract_ReportNamedAfterAMirrorsLabelInsideTheBookTitleMarks_NamesTheBody()
    {
        var report = Extractor.Extract(MirrorPage.Replace("{0}", "某某体育_某某官网@:云溪镇人民政府2023年政府信息公开工作年度报告", StringComparison.Ordinal), "mirror.txt");

        Assert.Equal("云溪镇人民政府", report.Agency);
        Assert.Equal(2023, report.Year);
    }

    [Fact]
    public void Extract_MirrorsLabelBeforeABodylessReportName_NamesNoBody()
    {
        var report = Extractor.Extract(MirrorPage.Replace("{0}", "某某体育_某某官网@:2023年政府信息公开工作年度报告", StringComparison.Ordinal), "mirror.txt");

        Assert.NotEqual("某某体育_某某官网@", report.Agency);
        Assert.DoesNotContain("官网", report.Agency ?? string.Empty, StringComparison.Ordinal);
    }

    private const string AreaPage = """
        {0}云溪乡人民政府2022年政府信息公开工作年度报告

        一、总体情况

        2022年,根据《进一步做好{1}网站与政务新媒体工作方案》,我乡切实履行政府信息公开各项职责。
        二、主动公开政府信息情况

        主动公开政府信息。2022年,通过“{1}”门户网站,我乡共主动公开政府信息64条。
        """;

    [Fact]
    public void Extract_TownshipUnderItsCitysManagementAreaPrintedAfterTheCity_IsPlacedInThatCity()
    {
        var report = Extractor.Extract(AreaPage.Replace("{0}", "塞北区", StringComparison.Ordinal).Replace("{1}", "张家口市塞北区管理委员会", StringComparison.Ordinal), "area.txt");

        Assert.Equal("塞北区云溪乡人民政府", report.Agency);
        Assert.Equal("130700", report.Region?.Code);
    }

    [Fact]
    public void Extract_ManagementAreaPrintedWithoutItsCity_PlacesNothing()
    {
        var report = Extractor.Extract(AreaPage.Replace("{0}", "塞北区", StringComparison.Ordinal).Replace("{1}", "塞北区管理委员会", StringComparison.Ordinal), "area.txt");

        Assert.Null(report.Region);
    }

    [Fact]
    public void Extract_DistrictUnknownToTheCodeTableAfterACityWithNoSuchArea_PlacesNothing()
    {
        var report = Extractor.Extract(AreaPage.Replace("{0}", "青峦区", StringComparison.Ordinal).Replace("{1}", "石嘴山市青峦区管理委员会", StringComparison.Ordinal), "area.txt");

        Assert.Null(report.Region);
    }
}
