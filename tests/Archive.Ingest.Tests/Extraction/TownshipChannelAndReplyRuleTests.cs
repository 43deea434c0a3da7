using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Township and street report pages of 2019–2025 (thirty-second session, r97) on small fictional texts: a sentence of
/// counts in 条 right under table 二's heading; a township name with a character of the CJK Extension A block; the
/// county's site named in title marks; the website as the subject with the count before 条信息; a site's items checked
/// and published, and the government's 外网; the government's own WeChat account and the WeChat item of the year's
/// total's parts; replies after the applications received; 新增公开 as the year's total; applications
/// handed in at the counter.
/// </summary>
public sealed class TownshipChannelAndReplyRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    [Fact]
    public void Extract_CountsInTiaoAboveTable2_DoNotMakeItRunTogether()
    {
        const string text = """
            青石镇人民政府2021年政府信息公开工作年度报告
            一、总体情况
            2021年,我镇认真落实《条例》,做好政府信息公开工作。
            二、主动公开政府信息的情况
            政府信息公开制度4条,更新法定主动公开内容51条,包括乡镇文件30条,组织机构3条,标准目录信息公开11条,政府信息公开年报1条。
            第二十条第(一)项 | |||
            信息内容 |
            本年新 |
            本年新 |
            对外公开总数量 |
            规章 |
            0 |
            0 |
            0 |
            规范性文件 |
            0 |
            0 |
            0 |
            第二十条第(五)项 | |||
            信息内容 |
            上一年项目数量 |
            本年增/减 |
            处理决定数量 |
            行政许可 |
            2 |
            0 |
            5 |
            其他对外管理服务事项 |
            """;

        var report = Extractor.Extract(text, "xihuo-shape.txt");
        var metrics = Metrics(report);

        Assert.DoesNotContain(report.Flags, f => f.Kind == FlagKind.TableUnreadable);
        Assert.Equal(0, metrics["active.rules.new"]);
        Assert.Equal(0, metrics["active.normative_docs.total"]);
        Assert.Equal(2, metrics["active.licensing.prev_items"]);
        Assert.Equal(5, metrics["active.licensing.decisions"]);
    }

    [Fact]
    public void Extract_TownshipNameWithExtensionACharacter_IsCompleted()
    {
        var report = Extractor.Extract("云㙟镇2024年政府信息公开工作年度报告\n\n一、总体情况\n2024年,云㙟镇认真落实《条例》。\n", "exta.txt");

        Assert.Equal("云㙟镇人民政府", report.Agency);
    }

    [Fact]
    public void Extract_CountySiteInTitleMarks_PlacesTheTownship()
    {
        var report = Extractor.Extract(
            "青石镇2021年政府信息公开工作年度报告\n\n一、总体情况\n(一)主动公开情况\n2021年通过《祁县人民政府网》发布农业、民生等各类信息85条。\n",
            "site.txt");

        Assert.Equal("140727", report.Region?.Code);
    }

    [Theory]
    [InlineData("青石镇2023年政府信息公开工作年度报告", "(一)主动公开情况\n2023年,我镇政府网站共发布1722条信息,其中政务动态55条。", "legacy.channel.website", 1722)]
    [InlineData("某某县青石乡2022年政府信息公开工作年度报告", "(一)主动公开。一年来,青石乡在某某县人民政府网站审核发布各类工作信息58条,其中,公示公告25条。", "legacy.channel.website", 58)]
    [InlineData("青石镇2019年度政府信息公开工作年度报告", "2019年度,我镇在县人民政府外网主动公开政府信息数13条(其中:乡镇动态11条,财政预算决算2条)。", "legacy.channel.website", 13)]
    [InlineData("白云乡2024年政府信息公开工作年度报告", "(一)主动公开情况\n2024年,我乡主动公开政府信息598条,其中,政务公开517条,政府微信公众号81条。", "legacy.channel.wechat", 81)]
    [InlineData("白云乡人民政府2021年政府信息公开工作年度报告", "(三)加强平台建设。2021年在政府微信公众号上共公开信息130条,发放宣传册。", "legacy.channel.wechat", 130)]
    [InlineData("翠湖街道2024年政府信息公开工作年度报告", "(三)认真规范处理依申请公开。2024年度,我街受理依申请公开政府信息0件,回复处理0件。", "legacy.apply.replies", 0)]
    [InlineData("碧溪镇2023年政府信息公开工作年度报告", "(一)主动公开情况\n2023年我镇新增公开政府信息19条。", "legacy.active.total", 19)]
    [InlineData("碧溪镇2023年政府信息公开工作年度报告", "(二)依申请公开情况\n2023年度共受理依申请公开政府信息0件,其中通过网站提交的网上申请有0件,通过电子邮件提交的申请有0件,通过公开受理窗口当面提交的申请有0件。", "legacy.apply.in_person", 0)]
    public void Extract_TownshipProseFigures_AreRead(string title, string sentence, string key, int value)
    {
        var metrics = OverviewMetrics(title, sentence);

        Assert.Equal(value, metrics[key]);
    }

    // The site's 外网 makes the count the website's, not the year's total; a count before another noun counts that; the
    // government's account in a department's report may be its government's; 新增公开 of another year is that year's.
    [Theory]
    [InlineData("青石镇2019年度政府信息公开工作年度报告", "2019年度,我镇在县人民政府外网主动公开政府信息数13条。", "legacy.active.total")]
    [InlineData("青石镇2023年政府信息公开工作年度报告", "2023年,我镇政府网站共发布5条重大行政决策草案。", "legacy.channel.website")]
    [InlineData("某某县青石局2021年政府信息公开工作年度报告", "(三)加强平台建设。2021年在政府微信公众号上共公开信息130条。", "legacy.channel.wechat")]
    [InlineData("碧溪镇2023年政府信息公开工作年度报告", "(一)主动公开情况\n2016年我镇新增公开政府信息19条。", "legacy.active.total")]
    public void Extract_OtherScopes_AreNoMetric(string title, string sentence, string key)
    {
        var metrics = OverviewMetrics(title, sentence);

        Assert.False(metrics.ContainsKey(key));
    }
}
