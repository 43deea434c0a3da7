using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Governments' and their offices' report pages of 2019–2025 (twenty-fifth round of real reports from elsewhere): the
/// 统计表's hot topics with 的 after 关注 (回应公众关注的热点或重大舆情N次); a portal's count over all its columns (X县政府门户
/// 网站各栏目发布信息N条), over its kinds ending in the rest (发布政务新闻动态、其他政务信息N条) and over the government's items
/// with its office's in brackets (依托门户网站主动公开县政府(含县政府办公室)信息N条); replies looked into with another body
/// (配合…协查依申请答复N件) are that body's; a contact line whose place lost its name (请与X市区人民政府办公室联系) names no
/// body; the report compiled from a body's year's work with nothing between (结合X2020年度政府信息公开工作编制而成); an
/// office titled by its level alone (市政府办公室…报告) completed by the place its own notice names (《市人民政府办公室关于印发
/// X市…的通知》). Fictional texts.
/// </summary>
public sealed class GovernmentPagesTwentyFifthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    [Theory]
    // The 统计表's row, 的 after 关注.
    [InlineData("平罗县2022年政府信息公开工作年度报告", "(一)主动公开。2022年,平罗县全年发布重点领域信息90余条,回应公众关注的热点或重大舆情12次,发布政策解读信息5条。", "legacy.response.hot_topics", 12)]
    // The portal's columns all together, its kinds after 其中.
    [InlineData("平罗县人民政府办公室2023年政府信息公开年度报告", "(一)主动公开方面。2023年,平罗县政府门户网站各栏目发布信息3210条,其中信息公开1800条、政务动态1400条、其他信息10条。", "legacy.channel.website", 3210)]
    // The portal's items by their kinds, the last the rest of them, after the year's channel sum.
    [InlineData("中卫市2021年政府信息公开工作年度报告", "全年共主动发布各类信息5000条,其中,政府门户网站共发布政务新闻动态、其他政务信息3100条,政务新媒体等其它渠道公开1900条。", "legacy.channel.website", 3100)]
    // The government's items on the portal, its office's included in brackets.
    [InlineData("平罗县人民政府办公室2022年政府信息公开工作年度报告", "(一)主动公开。切实将县政府门户网站作为信息公开首发平台,2022年依托门户网站主动公开县政府(含县政府办公室)信息1520条。其中,政务动态类信息600条。", "legacy.channel.website", 1520)]
    // Replies on the body's own applications, 依 before them and no other body's cases: still read.
    [InlineData("平罗县人民政府办公室2023年政府信息公开年度报告", "(二)依申请公开方面。全年共依申请答复4件,均在法定期限内。", "legacy.apply.replies", 4)]
    public void Extract_GovernmentPageFigures(string title, string sentence, string key, int value)
    {
        var metrics = OverviewMetrics(title, sentence);

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    // Replies looked into with another body are that body's cases.
    [InlineData("平罗县人民政府办公室2023年政府信息公开年度报告", "(二)依申请公开方面。全年累计办理县政府依申请公开答复30件。配合市政府办公开办协查依申请答复4件。", "legacy.apply.replies")]
    // Kinds of the portal's items with no rest among them are a part of its count.
    [InlineData("中卫市2021年政府信息公开工作年度报告", "全年共主动发布各类信息5000条,其中,政府门户网站共发布政务新闻动态、通知公告信息3100条。", "legacy.channel.website")]
    // A second site's columns still leave the website count unsaid.
    [InlineData("平罗县人民政府办公室2023年政府信息公开年度报告", "(一)主动公开方面。2023年,平罗县政府门户网站各栏目发布信息3210条,县政务服务网站发布信息200条。", "legacy.channel.website")]
    public void Extract_GovernmentPageWordingsThatAreNoKeysFigure(string title, string sentence, string key)
    {
        var metrics = OverviewMetrics(title, sentence);

        Assert.False(metrics.ContainsKey(key));
    }

    [Fact]
    public void Agency_ReportCompiledFromABodysYearsWork_IsThatBody()
    {
        var report = Extract("本年度报告根据《中华人民共和国政府信息公开条例》要求,结合石嘴山市大武口区人民政府2020年度政府信息公开工作编制而成。"
            + "本年度报告中所列数据的统计期限从2020年1月1日到12月31日止。\n一、总体情况\n2020年度,全区通过门户网站主动公开政府信息1200余条。\n");

        Assert.Equal("石嘴山市大武口区人民政府", report.Agency);
        Assert.Equal("640202", report.Region?.Code);
    }

    [Fact]
    public void Agency_ContactLineWhosePlaceLostItsName_IsNoBody()
    {
        var report = Extract("本年度报告根据《中华人民共和国政府信息公开条例》要求编制。本年度报告中所列数据的统计期限从2020年1月1日到12月31日止。"
            + "如对本年度报告有任何疑问,请与石嘴山市区人民政府办公室联系。\n一、总体情况\n2020年度,全区通过门户网站主动公开政府信息1200余条。\n");

        Assert.NotEqual("石嘴山市区人民政府", report.Agency);
        Assert.NotEqual("640200", report.Region?.Code);
    }

    [Fact]
    public void Agency_ContactLineNamingTheDistrictAfterItsCity_IsStillRead()
    {
        var report = Extract("本年度报告根据《中华人民共和国政府信息公开条例》要求编制。本年度报告中所列数据的统计期限从2020年1月1日到12月31日止。"
            + "如对本年度报告有任何疑问,请与石嘴山市大武口区人民政府办公室联系。\n一、总体情况\n2020年度,全区通过门户网站主动公开政府信息1200余条。\n");

        Assert.Equal("640202", report.Region?.Code);
    }

    [Fact]
    public void Agency_OfficeTitledByItsLevelAlone_IsCompletedByThePlaceItsOwnNoticeNames()
    {
        var report = Extract("市政府办公室2021年度政府信息公开工作报告\n来源:市政府办公室\n\n一、总体情况\n"
            + "2021年,市政府办信息公开工作严格按照有关要求,出台《中卫市政务新媒体管理实施细则(试行)》、《市人民政府办公室关于印发中卫市营商环境问题投诉联动处理办法的通知》等一系列规范性文件。\n");

        Assert.Equal("中卫市人民政府办公室", report.Agency);
        Assert.Equal("640500", report.Region?.Code);
    }

    [Theory]
    // No notice of its own: the place is not said.
    [InlineData("2021年,市政府办信息公开工作严格按照有关要求,出台《中卫市政务新媒体管理实施细则(试行)》等一系列规范性文件。")]
    // Its notice names a county, not a place of its own level.
    [InlineData("2021年,市政府办信息公开工作严格按照有关要求,转发《市人民政府办公室关于印发平罗县营商环境问题投诉联动处理办法的通知》。")]
    // Two notices naming two places: which is its own is not said.
    [InlineData("2021年,市政府办出台《市人民政府办公室关于印发中卫市营商环境办法的通知》、《市人民政府办公室关于印发石嘴山市政务新媒体办法的通知》。")]
    public void Agency_OfficeTitledByItsLevelAlone_WithoutOneOwnNoticesPlace_GetsNoRegion(string sentence)
    {
        var report = Extract("市政府办公室2021年度政府信息公开工作报告\n来源:市政府办公室\n\n一、总体情况\n" + sentence + "\n");

        Assert.Null(report.Region);
    }
}
