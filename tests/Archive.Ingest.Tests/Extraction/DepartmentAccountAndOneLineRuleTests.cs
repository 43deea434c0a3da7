using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// County and city departments' report pages of 2019–2025 (thirty-third session, r104) on small fictional texts: the
/// body restated before the year's count, applications asking for 信息 without 政府, the body's small home page on the
/// portal, a WeChat account's count after its followers, as its 发布量, before the account's name, and its 推文; a page on
/// one line whose bars part every cell; a change printed as its increase and decrease (0/0); and a city bureau named by
/// its level whose county-level city the text prints with the body's name.
/// </summary>
public sealed class DepartmentAccountAndOneLineRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Extractor.Extract("青石县某某局2024年政府信息公开工作年度报告\n\n一、总体情况\n" + sentence + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    [Theory]
    [InlineData("(一)主动公开情况\n2024年,我局对本单位政府信息进行了全面梳理,我局主动公开信息28条。", "legacy.active.total", 28)]
    [InlineData("2.依申请公开办理情况。2024年收到要求公开信息的申请27件,均已办理。", "legacy.apply.received", 27)]
    [InlineData("2024年,本机关通过青石县人民政府网县某某局小首页主动公开政府信息167条,其中,政策类文件3条。", "legacy.channel.website", 167)]
    [InlineData("2024年,“青石司法”微信公众号订阅1900余人次,发布876篇信息,其中原创343篇。", "legacy.channel.wechat", 876)]
    [InlineData("2024年,“法治青石”公众号关注量/订阅数达2056人,信息发布量共1438条。", "legacy.channel.wechat", 1438)]
    [InlineData("2024年,我局在青石县政府网站发布工作动态、食品管理等信息共计334条,推送微信公众号图文信息413条。", "legacy.channel.wechat", 413)]
    [InlineData("2024年,微信公众号“青石民政”制作发布推文99条。", "legacy.channel.wechat", 99)]
    public void Extract_DepartmentAccountFigures(string sentence, string key, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    // A part of the year's information (其中) is not its total.
    [InlineData("2024年,我局对本单位政府信息进行了全面梳理,其中我局主动公开信息28条。", "legacy.active.total")]
    // The account named with another channel: their sum, not the account's count.
    [InlineData("2024年,“青石司法”微信公众号、微博订阅1900余人次,发布876篇信息。", "legacy.channel.wechat")]
    // A column of the site (专栏) is not the body's pages on it.
    [InlineData("2024年,本机关通过青石县人民政府网县某某局专栏主动公开政府信息167条。", "legacy.channel.website")]
    public void Extract_DepartmentAccountFiguresThatAreNoKeysFigure(string sentence, string key)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey(key));
    }

    [Fact]
    public void Extract_PageOnOneLineWithBarsBetweenEveryCell_ReadsTableTwo()
    {
        var text = "青石县某某局 2021年度政府信息公开工作年度报告 根据《中华人民共和国政府信息公开条例》规定,特向社会公布青石县某某局2021年政府信息公开年度报告。"
            + "报告所列数据的统计期限为2021年1月1日至2021年12月31日。 一、总体情况 2021年,我局认真贯彻执行《中华人民共和国政府信息公开条例》,"
            + "将深入推行政府信息公开工作作为提高行政效能的重要手段,采取有效措施,建立和完善各项制度、深化政务公开内容、规范公开载体形式、确保工作的全面落实。"
            + "以建设法治、服务型机关为目标,严格按照政府信息公开工作相关文件要求,依法、主动、及时、准确公布政府信息,不断增强政务公开工作实效。"
            + " 二、主动公开政府信息情况 第二十条第(一)项 | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | 规章 | 0 | 0 | 0 | 规范性文件 | 1 | 0 | 4 |"
            + " 第二十条第(五)项 | 信息内容 | 本年处理决定数量 | 行政许可 | 650 | 第二十条第(六)项 | 信息内容 | 本年处理决定数量 | 行政处罚 | 100 | 行政强制 | 0 |"
            + " 第二十条第(八)项 | 信息内容 | 本年收费金额(单位:万元) | 行政事业性收费 | 0 | 三、收到和处理政府信息公开申请情况 (本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)";

        var metrics = Extractor.Extract(text, "oneline.txt").Metrics.ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

        Assert.Equal(0, metrics["active.rules.issued"]);
        Assert.Equal(1, metrics["active.normative_docs.issued"]);
        Assert.Equal(4, metrics["active.normative_docs.in_force"]);
        Assert.Equal(650, metrics["active.licensing.decisions"]);
        Assert.Equal(100, metrics["active.penalty.decisions"]);
        Assert.Equal(0, metrics["active.enforcement.decisions"]);
        Assert.Equal(0, metrics["active.fees.amount"]);
    }

    [Fact]
    public void Extract_ChangePrintedAsIncreaseAndDecrease_KeepsTheRowsOtherCells()
    {
        var text = "青石县某某局2020年政府信息公开工作年度报告\n一、总体情况\n2020年,我局未收到公开政府信息申请。\n二、主动公开政府信息情况\n"
            + "第二十条第(一)项 |\n||||\n信息内容 |\n本年新 |\n本年新 |\n对外公开总数量 |\n|\n规章 |\n0 |\n0 |\n0 |\n|\n规范性文件 |\n2 |\n0 |\n5 |\n|\n"
            + "第二十条第(五)项 |\n||||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n|\n行政许可 |\n3 |\n1/0 |\n7 |\n|\n"
            + "其他对外管理服务事项 |\n0 |\n0/0 |\n0 |\n|\n三、收到和处理政府信息公开申请情况\n";

        var metrics = Extractor.Extract(text, "change.txt").Metrics.ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

        Assert.Equal(3, metrics["active.licensing.prev_items"]);
        Assert.Equal(7, metrics["active.licensing.decisions"]);
        Assert.False(metrics.ContainsKey("active.licensing.change"));
        Assert.Equal(0, metrics["active.other_services.decisions"]);
        Assert.False(metrics.ContainsKey("active.other_services.change"));
    }

    [Fact]
    public void Extract_CityBureauByItsLevel_PrintedWithItsCountyLevelCity()
    {
        var text = "一、总体情况\n2022年,市行政审批局认真贯彻国家、省、娄底市和冷水江市关于政务公开和政府信息公开的有关要求,保障了人民群众的知情权。"
            + "本报告所列数据的统计期限自2022年1月1日至2022年12月31日。\n(一)主动公开\n2022年累计主动公开政府信息73条。\n(四)平台建设\n"
            + "及时通过政府网站向社会发布政务信息,并以“冷水江市行政审批局”微信公众号进行补充。\n";

        var report = Extractor.Extract(text, "city.txt");

        Assert.Equal("冷水江市行政审批局", report.Agency);
        Assert.Equal("431381", report.Region?.Code);
    }

    [Fact]
    public void Extract_CityBureauByItsLevel_PrintingItsOwnFullNameToo_StaysThePrefecturesBureau()
    {
        // A guard: the prefecture's bureau may name its county-level city's bureau; with both printed in full, the county
        // city's print decides nothing (PlaceBefore finds two places before the name).
        var text = "一、总体情况\n2022年,市行政审批局认真贯彻国家、省、娄底市关于政务公开和政府信息公开的有关要求,保障了人民群众的知情权。"
            + "本报告所列数据的统计期限自2022年1月1日至2022年12月31日。\n(一)主动公开\n2022年累计主动公开政府信息73条。\n(四)平台建设\n"
            + "及时通过“娄底市行政审批局”微信公众号发布政务信息,并指导“冷水江市行政审批局”微信公众号进行补充。\n";

        var report = Extractor.Extract(text, "prefecture.txt");

        Assert.Equal("娄底市行政审批局", report.Agency);
        Assert.Equal("431300", report.Region?.Code);
    }
}
