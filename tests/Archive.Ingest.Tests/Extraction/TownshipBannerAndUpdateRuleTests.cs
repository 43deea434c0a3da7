using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Township and street report pages of 2019–2025 (thirty-fifth session, r115) on small fictional texts: a site's banner
/// with its calendar above a title whose year stands in brackets after it; 日期 alone on its line over the page's date; a
/// WeChat account's items disclosed 主动; the portal's items updated; a site's short name given as 下称; the town named
/// after the year as its own year's subject (and, as a guard, one of a county's towns); a cell-a-line table whose last
/// row the excerpt ends on a lone 0 (and, as a guard, a row one cell short or ending on another digit).
/// </summary>
public sealed class TownshipBannerAndUpdateRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    [Fact]
    public void Extract_SiteBannerWithItsCalendarAboveTheTitle_IsNoPartOfTheTitle()
    {
        var text = "某某市青石区人民政府 2019年12月3日星期二\n\n无障碍 | 关怀版 | 简体| 繁体\n\n"
            + "青石区云溪镇政府信息公开工作年度报告 (2019年)\n来源:某某市青石区云溪镇人民政府 发布时间:2020-01-30 00:00\n\n"
            + "    一、总体情况\n\n    2019年,我镇依托区政府门户网站主动公开政府信息31条,全年无依申请公开政府信息。\n";

        var report = Extractor.Extract(text, "town.txt");

        Assert.Equal("青石区云溪镇政府信息公开工作年度报告(2019年)", report.Title);
        Assert.Equal("青石区云溪镇人民政府", report.Agency);
        Assert.Equal("2020-01-30", report.Published);
    }

    [Fact]
    public void Extract_DateLabelAloneOverTheDateInDashes_IsThePostingDate()
    {
        var text = "云溪乡人民政府2023年政府信息公开工作年度报告\n\n索引号\n01234567-8/20240131-00001\n发文机构\n青石区云溪乡人民政府\n"
            + "公开目录\n政府信息公开年报\n文      号\n浏览量\n日期\n2024-01-31\n\n\n"
            + "本报告根据《中华人民共和国政府信息公开条例》规定编制。本报告所列数据统计期限为2023年1月1日至2023年12月31日。\n\n一、总体情况\n";

        var report = Extractor.Extract(text, "township.txt");

        Assert.Equal("2024-01-31", report.Published);
    }

    [Fact]
    public void Extract_WechatPlatformsItemsDisclosedActively_IsTheWechatCount()
    {
        var metrics = OverviewMetrics("青石县云溪镇人民政府2024年政府信息公开工作年度报告",
            "(一)积极主动公开政府信息。2024年,云溪镇通过政府网站主动公开各类信息36条;通过微信公众平台“云溪先锋号”主动公开各类信息1514条。");

        Assert.Equal(36, metrics["legacy.channel.website"]);
        Assert.Equal(1514, metrics["legacy.channel.wechat"]);
    }

    [Fact]
    public void Extract_PortalsItemsUpdated_IsTheWebsiteCount()
    {
        var metrics = OverviewMetrics("某某市青石区云溪街道办事处2019年政府信息公开工作年度报告",
            "(三)拓宽渠道\n全年街道紧紧围绕工作动态、劳动就业等栏目,通过政府门户网站进行公开,共更新门户网站信息650条,回复群工系统547条。");

        Assert.Equal(650, metrics["legacy.channel.website"]);
    }

    [Fact]
    public void Extract_SitesShortNameGivenAsXiacheng_IsTheWebsiteCount()
    {
        var metrics = OverviewMetrics("青石区云溪镇政府信息公开工作年度报告",
            "(二)主动公开政府信息2019年,我镇依托区政府门户网站(下称:青石政务网)主动公开政府信息31条,全年无依申请公开政府信息。");

        Assert.Equal(31, metrics["legacy.channel.website"]);
    }

    [Fact]
    public void Extract_TownNamedAfterTheYearInItsOwnReport_IsTheYearsTotal()
    {
        var text = "根据有关要求,现将云溪镇2020年政府信息公开工作报告如下:\n一、总体情况\n2020年云溪镇政府信息公开工作全面推进。\n"
            + "(一)主动公开方面:2020年云溪镇主动公开信息101条。其中政府公文类信息20条。\n";

        var report = Extractor.Extract(text, "town.txt");

        Assert.Equal("云溪镇人民政府", report.Agency);
        Assert.Equal(101, Metrics(report)["legacy.active.total"]);
    }

    [Fact]
    public void Extract_TownNamedAfterTheYearInItsCountysReport_IsNoTotal()
    {
        var metrics = OverviewMetrics("青石县人民政府2020年政府信息公开工作年度报告",
            "(三)基层政务公开。2020年云溪镇主动公开信息101条,基层公开标准化工作有序推进。");

        Assert.False(metrics.ContainsKey("legacy.active.total"));
    }

    private const string CellALineTable = "二、主动公开政府信息情况\n\n第二十条第(一)项\n\n信息内容\n\n本年新\n制作数量\n\n本年新\n公开数量\n\n对外公开总数量\n\n"
        + "规章\n\n0\n\n0\n\n0\n\n规范性文件\n\n0\n\n0\n\n0\n\n第二十条第(五)项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n"
        + "行政许可\n\n0\n\n0\n\n0\n\n其他对外管理服务事项\n\n0\n\n0\n\n0\n\n第二十条第(六)项\n\n信息内容\n\n上一年项目数量\n\n本年增/减\n\n处理决定数量\n\n行政处罚\n\n";

    [Fact]
    public void Extract_CellALineRowTheExcerptEndsOnALoneZero_IsWhole()
    {
        var report = Extractor.Extract("青石区云溪镇2019年政府信息公开工作年度报告\n\n" + CellALineTable + "2\n\n1\n\n0", "town.txt");
        var metrics = Metrics(report);

        Assert.Equal(2, metrics["active.penalty.prev_items"]);
        Assert.Equal(1, metrics["active.penalty.change"]);
        Assert.Equal(0, metrics["active.penalty.decisions"]);
    }

    [Fact]
    public void Extract_CellALineRowTheExcerptEndsOnAnotherDigit_IsNotRead()
    {
        var report = Extractor.Extract("青石区云溪镇2019年政府信息公开工作年度报告\n\n" + CellALineTable + "0\n\n0\n\n3", "town.txt");
        var metrics = Metrics(report);

        Assert.False(metrics.ContainsKey("active.penalty.decisions"));
        Assert.Equal(0, metrics["active.other_services.decisions"]);
    }

    [Fact]
    public void Extract_CellALineRowTheExcerptEndsOneCellShort_IsNotPlacedWhole()
    {
        var report = Extractor.Extract("青石区云溪镇2019年政府信息公开工作年度报告\n\n" + CellALineTable + "0\n\n0", "town.txt");
        var metrics = Metrics(report);

        Assert.False(metrics.ContainsKey("active.penalty.decisions"));
    }
}
