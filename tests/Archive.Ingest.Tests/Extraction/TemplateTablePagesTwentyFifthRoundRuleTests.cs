using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules from the twenty-fifth round of real reports (pages whose stored text reaches the template tables, in PDF-like,
/// pipe and flattened shapes), each on a fictional fixture: a table 二 whose 规章 label was lost, read on a page flattened
/// onto one line (where the line of spaces for it cannot survive) when the next row prints its own values after its label;
/// a site's menu links, a piece each on a page
/// flattened onto one line, above the title; the year's whole said after 一年来, with 了; and a bureau's own weibo named
/// by its designation alone.
/// </summary>
public sealed class TemplateTablePagesTwentyFifthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private const string TownOpening = "石嘴山市青禾镇人民政府2023年政府信息公开工作年度报告 一、总体情况 2023年,青禾镇认真做好政府信息公开工作,"
        + "全年未收到政府信息公开申请,未发生行政复议和行政诉讼。 二、主动公开政府信息情况 ";

    private const string Table3OnOneLine = "三、收到和处理政府信息公开申请情况 (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) 申请人情况 "
        + "自然人 法人或其他组织 总计 商业企业 科研机构 社会公益组织 法律服务机构 其他 一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0 "
        + "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0 四、结转下年度继续办理 本机关无。\n";

    // The body text of a town's page: long enough that, run onto one line with what stands above it, the line is read
    // as a flattened page's pieces.
    private const string TownBody = " 一、总体情况 2023年,青禾镇坚持以公开为常态、不公开为例外,认真贯彻落实《中华人民共和国政府信息公开条例》,"
        + "围绕镇党委、镇政府中心工作,做好政府信息公开工作,全年通过县政府门户网站公开信息52条,未收到政府信息公开申请,未发生行政复议和行政诉讼。 "
        + "二、主动公开政府信息情况 本镇无规章和行政规范性文件。 三、收到和处理政府信息公开申请情况 本镇全年未收到申请。\n";

    private const string TownTitle = "平罗县青禾镇人民政府2023年政府信息公开工作年度报告";

    [Fact]
    public void OneLineTable2_LostRulesLabel_NamedRowFilledAfterItsLabel_ReadsTheRunAsTheRulesRow()
    {
        // 现行有效件数 0 0 1 行政规范性文件 2 0 7 …: the page lost its 规章 label (its cell printed as spaces, which the one-line
        // copy drops); 行政规范性文件 has its own three values after its label, so 0 0 1 is the row above it.
        var metrics = Metrics(Extract(TownOpening + "第二十条第 信息内容 本年制发件数 本年废止件数 现行有效件数 0 0 1 行政规范性文件 2 0 7 "
            + "第二十条第 信息内容 本年处理决定数量 行政许可 35 第二十条第 信息内容 本年处理决定数量 行政处罚 4 行政强制 0 "
            + "第二十条第 信息内容 本年收费金额单位:万元 行政事业性收费 0 " + Table3OnOneLine));

        Assert.Equal(0, metrics["active.rules.issued"]);
        Assert.Equal(0, metrics["active.rules.repealed"]);
        Assert.Equal(1, metrics["active.rules.in_force"]);
        Assert.Equal(2, metrics["active.normative_docs.issued"]);
        Assert.Equal(7, metrics["active.normative_docs.in_force"]);
        Assert.Equal(35, metrics["active.licensing.decisions"]);
        Assert.Equal(4, metrics["active.penalty.decisions"]);
    }

    [Fact]
    public void OneLineTable2_ValuesBeforeTheirLabels_NothingAfterTheNamedRow_StaysUnread()
    {
        // A PDF's content order with the 规章 row left out (… 现行有效件数 2 0 7 行政规范性文件 第二十条第(五)项 …): the run is
        // the named row's own, printed before its label, and no cell of table 二 is placed.
        var metrics = Metrics(Extract(TownOpening + "第二十条第(一)项 信息内容 本年制发件数 本年废止件数 现行有效件数 2 0 7 行政规范性文件 "
            + "第二十条第(五)项 信息内容 本年处理决定数量 35 行政许可 第二十条第(六)项 信息内容 本年处理决定数量 4 行政处罚 0 行政强制 "
            + Table3OnOneLine));

        Assert.DoesNotContain(metrics.Keys, k => k.StartsWith("active.", StringComparison.Ordinal));
    }

    [Fact]
    public void OneLinePage_SiteMenuLinksAboveTheTitle_AreNoPartOfTheBodysName()
    {
        // 首   页 走进平罗 新闻中心 政府信息公开 政务服务 互动交流 专题专栏 X镇人民政府2023年…报告 …: the menu's links, each a
        // piece of the flattened line, ran into the title (新闻中心政府信息… reads like a body's name), and the agency became
        // 政务服务互动交流专题专栏X镇人民政府 with no region.
        var report = Extract("首   页 走进平罗 新闻中心 政府信息公开 政务服务 互动交流 专题专栏 " + TownTitle + TownBody);

        Assert.Equal(TownTitle, report.Title);
        Assert.Equal("平罗县青禾镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void OneLinePage_ShorterMenuAboveTheTitle_IsNoPartOfTheBodysName()
    {
        // 首页 走进平罗 新闻中心 信息公开 政务服务 X镇…: main made it 政务服务平罗县青禾镇人民政府.
        var report = Extract("首页 走进平罗 新闻中心 信息公开 政务服务 " + TownTitle + TownBody);

        Assert.Equal(TownTitle, report.Title);
        Assert.Equal("平罗县青禾镇人民政府", report.Agency);
    }

    [Fact]
    public void OneLinePage_SiteNameBeforeTheMenu_StillPlacesATitleNamingTheTownAlone()
    {
        // The site's name (平罗县人民政府) is no menu link: the title that names the town alone keeps its county.
        var report = Extract("平罗县人民政府 信息公开 新闻中心 政务服务 青禾镇2023年政府信息公开工作年度报告" + TownBody);

        Assert.Equal("青禾镇2023年政府信息公开工作年度报告", report.Title);
        Assert.Equal("青禾镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void ActiveTotal_AfterOneYearWithAComma_AndLe_IsTheYearsWhole()
    {
        // 一年来,我局主动公开了各类信息31条: the year's whole, as 一年来我局主动公开各类信息31条 is.
        var metrics = OverviewMetrics("平罗县商务局2022年政府信息公开工作年度报告",
            "2022年,县商务局认真做好政府信息公开工作。一年来,我局主动公开了各类信息31条,内容涵盖机构职能、通知公告等。");

        Assert.Equal(31, metrics["legacy.active.total"]);
    }

    [Fact]
    public void Weibo_TheBureausOwnNamedByItsDesignation_IsTheWeiboChannel()
    {
        // …通过局门户网站公开政府信息公开52条,局微博发布信息341条,局微信公众号公开政府信息75条: the bureau's own accounts.
        var metrics = OverviewMetrics("石嘴山市某某局2020年政府信息公开工作年度报告",
            "2020年度主动公开政府信息总数812条。通过局门户网站公开政府信息公开52条,局微博发布信息341条,局微信公众号公开政府信息75条。");

        Assert.Equal(341, metrics["legacy.channel.weibo"]);
        Assert.Equal(75, metrics["legacy.channel.wechat"]);
    }

    [Fact]
    public void Weibo_AHigherBureausAccount_IsNone()
    {
        // 市局微博 on a county bureau's page is the city bureau's account, not the body's own.
        var metrics = OverviewMetrics("平罗县某某局2020年政府信息公开工作年度报告",
            "2020年度主动公开政府信息总数812条。通过县门户网站公开政府信息52条,市局微博发布信息341条。");

        Assert.False(metrics.ContainsKey("legacy.channel.weibo"));
        Assert.Equal(812, metrics["legacy.active.total"]);
    }
}
