using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules read off real report pages of every body kind (twenty-first round, metadata of report pages), on fictional
/// fixtures: the page's heading naming the body over the article's second heading that names none, a township's own office
/// named under its district's government in the contact line, an accessibility toolbar's help printed above the title; and
/// four wordings of prose figures (a named body's total in 篇, a total with its count's rule after it, a disclosure site's
/// 网 and the departments' site, interpretations of its own level).
/// </summary>
public sealed class HeadingContactAndToolbarRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    private const string Opening = "一、总体情况\n根据《中华人民共和国政府信息公开条例》(以下简称《条例》),特向社会公布2019年度本级政府(机关)信息公开工作年度报告。"
        + "本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n";

    // The page's heading above its date line names the body and the year; the article's own heading under it names no body
    // (关于2019年…报告). The heading is the title, whether or not the site's name and column stand above it (their lines and
    // the article's heading make no title together).
    [Theory]
    [InlineData("青溪镇\n政府信息公开\n当前位置:首页 > 政府信息公开年报\n")]
    [InlineData("")]
    public void Extract_PageHeadingOverAHeadingNamingNoBody_IsTheTitle(string furniture)
    {
        var report = Extract(furniture + "青石县青溪镇人民政府2019年政府信息公开工作年度报告\n发布时间:2020-01-31   录入:青石县青溪镇\n\n"
            + "关于2019年政府信息公开工作年度报告\n\n" + Opening);

        Assert.Equal("青石县青溪镇人民政府2019年政府信息公开工作年度报告", report.Title);
        Assert.Equal("青石县青溪镇人民政府", report.Agency);
        Assert.Equal("2020-01-31", report.Published);
    }

    // Guard: a heading naming no body over the article's title that names one leaves the article's title as it is.
    [Fact]
    public void Extract_PageHeadingNamingNoBody_LeavesTheArticlesTitle()
    {
        var report = Extract("2019年政府信息公开工作年度报告\n发布时间:2020-01-31\n\n青石县青溪镇人民政府2019年政府信息公开工作年度报告\n\n" + Opening);

        Assert.Equal("青石县青溪镇人民政府2019年政府信息公开工作年度报告", report.Title);
        Assert.Equal("青石县青溪镇人民政府", report.Agency);
    }

    // 请与X区人民政府Y镇办公室联系: the township's own office, named under its district's government, answers for the
    // township's government (a street's for its office, which keeps its district's government before it, as a street
    // printed under it does); neither the office nor the district's government is the body.
    [Theory]
    [InlineData("青石区人民政府松林镇办公室", "我镇", "松林镇人民政府")]
    [InlineData("青石区人民政府云岭街道党政办公室", "我街道", "青石区人民政府云岭街道办事处")]
    public void Extract_TownshipsOfficeUnderItsDistrictsGovernment_IsTheTownships(string office, string self, string agency)
    {
        var report = Extract("本报告根据《中华人民共和国政府信息公开条例》要求编制。本报告中所列统计数据的统计时间为2019年1月1日至2019年12月31日。"
            + "如对报告有任何疑问,请与" + office + "联系,联系电话:0000-1234567。\n一、总体情况\n2019年以来," + self
            + "坚持“以公开为常态、不公开为例外”,积极主动做好政府信息公开。\n");

        Assert.Equal(agency, report.Agency);
    }

    // An accessibility toolbar's help sentence above the title (按回车键…打开导盲模式。) is the site's, not the report's
    // first sentence: the title below it is still read, in the form that puts the year after 工作.
    [Fact]
    public void Extract_AccessibilityHelpAboveTheTitle_LeavesTheTitle()
    {
        var report = Extract("新疆青河县\n\n登录| 注册\n无障碍\n按回车键在新窗口打开无障碍说明页面,按Ctrl+~键打开导盲模式。\n"
            + "青河县政府信息公开工作2023年度报告\n2024-01-26   青河县人民政府办公室\n\n"
            + "根据《中华人民共和国政府信息公开条例》要求,现向社会公布青河县人民政府2023年政府信息公开工作年度报告。"
            + "年报中所列数据统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n2023年,青河县人民政府认真做好政府信息公开工作。\n");

        Assert.Equal("青河县政府信息公开工作2023年度报告", report.Title);
        Assert.Equal("青河县人民政府", report.Agency);
        Assert.Equal("2024-01-26", report.Published);
    }

    private static decimal? Metric(ExtractedReport report, string key) => report.Metrics.SingleOrDefault(m => m.Key == key)?.Value;

    // The named body's year's items as 政府信息 counted in 篇: the year's total.
    [Fact]
    public void Extract_NamedBodysGovernmentInformationInArticles_IsTheTotal()
    {
        var report = Extract("一、总体情况\n(一)政府信息主动公开情况\n2024年,区统计局主动公开政府信息共148篇,其中发布统计报告25篇、工作动态42篇。\n");

        Assert.Equal(148, Metric(report, "legacy.active.total"));
    }

    // The count's rule after the count (不同渠道发布的同一信息计为1条): each item once across the channels, so the total; the
    // same count without the rule is the channels' sum and stays unread.
    [Theory]
    [InlineData("(不同渠道发布的同一信息计为1条)", 49)]
    [InlineData("", null)]
    public void Extract_TotalWithItsCountsRule_IsTheTotal(string rule, int? total)
    {
        var report = Extract("一、总体情况\n(一)主动公开政府信息情况。全年通过电子屏幕,公告栏等公开渠道主动发布政府信息共计49条" + rule + "。\n");

        Assert.Equal(total, Metric(report, "legacy.active.total"));
    }

    // The disclosure site called its 网 with the verb right after it, and the government's site for its departments: the
    // website's count.
    [Theory]
    [InlineData("2021年,市医疗保障局在信息公开网主动公开各类政府信息共计402条。", 402)]
    [InlineData("全年市自然资源局在市政府部门网站发布各类信息1853条。", 1853)]
    public void Extract_DisclosureSiteAndDepartmentsSite_AreTheWebsite(string sentence, int count)
    {
        var report = Extract("一、总体情况\n(一)主动公开情况。" + sentence + "\n");

        Assert.Equal(count, Metric(report, "legacy.channel.website"));
    }

    // Interpretations of its own level (本级政策解读) are its own interpretations.
    [Fact]
    public void Extract_OwnLevelsInterpretations_AreTheInterpretations()
    {
        var report = Extract("一、总体情况\n二是强化政策发布解读。聚焦医保重点领域改革出台的重大政策,进行深入解读,共发布本级政策解读13条。\n");

        Assert.Equal(13, Metric(report, "legacy.response.interpretations"));
    }
}
