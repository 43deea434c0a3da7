using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// County and city departments' report pages (fifteenth round of real reports from elsewhere): their prose figures as the
/// pages word them, their names printed short or only in a contact line, a header row that keeps one colon. Fictional texts.
/// </summary>
public sealed class DepartmentPageRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Extractor.Extract("某县某某局2022年政府信息公开工作年度报告\n\n" + sentence + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    [Theory]
    [InlineData("2022年某某县教体局主动公开信息 417篇,其中部门档案2件、政策解读5件。", "legacy.active.total", 417)]
    [InlineData("2022年,县市场监督管理局在政府门户网站上共发布公开各类政务信息62条,其中政务动态34条。", "legacy.channel.website", 62)]
    [InlineData("全年通过“某某医保”微信公众号平台发布各类工作动态和医保服务信息176条,并开辟专栏。", "legacy.channel.wechat", 176)]
    [InlineData("全年依托政府门户网站公开信息43条,“某某科技”微信公众号推送112期,发布信息148条。", "legacy.channel.wechat", 148)]
    [InlineData("依托某某区政府门户网站、微信公众号公开本局信息,全年政府门户网站主动公开各类政府信息212条、微信公众号198条。", "legacy.channel.wechat", 198)]
    [InlineData("2022年,我局主动公开信息329条。通过政府门户网站主动公开政府信息69件,其中包括年度报告。", "legacy.channel.website", 69)]
    [InlineData("通过某某市行政审批服务局官网主动公开各类政府信息113条,其中工作动态40条,通知公告73条。", "legacy.channel.website", 113)]
    [InlineData("2022年接收到公民的依申请公开3例,截至2022年12月31日已全部办结。", "legacy.apply.received", 3)]
    public void Extract_DepartmentPagesProseFigures(string sentence, string key, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    // The bureau's own site is one channel: its count is no year's total.
    [InlineData("通过某某市行政审批服务局官网主动公开各类政府信息113条,其中工作动态40条。", "legacy.active.total")]
    // A higher body's site (市局官网) is not the body's.
    [InlineData("通过市局官网发布信息20条。", "legacy.channel.website")]
    // One kind after 各类 may be a topic's share of the account's posts.
    [InlineData("通过“某某医保”微信公众号发布各类工作动态信息176条。", "legacy.channel.wechat")]
    // The website's items counted in 件 without being named the government information: documents, perhaps.
    [InlineData("通过政府门户网站公开文件69件。", "legacy.channel.website")]
    public void Extract_DepartmentPagesFiguresThatAreNoKeysFigure(string sentence, string key)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey(key));
    }

    [Fact]
    public void Extract_StatedTitleNamesTheBodyByLevel_TheContactLineCompletesItWithATwoCharacterCounty()
    {
        // No title line; the report calls itself 县交通运输局's; the contact line prints the bureau after its county, whose
        // two-character name the running text alone does not place.
        const string text = """
            2020年,我局认真贯彻落实《中华人民共和国政府信息公开条例》。本年度报告中的数据统计期限自2020年1月1日起至2020年12月31日止。如有疑问,请联系沛县交通运输局办公室,联系电话:0000-1234567。现将2020年度县交通运输局政府信息公开工作年度报告如下。
            一、总体情况
            (一)主动公开情况。2020年,我局按要求对机构信息进行了主动公开。
            """;

        var report = Extractor.Extract(text, "contact.txt");

        Assert.Equal("沛县交通运输局", report.Agency);
        Assert.Equal("320322", report.Region?.Code);
    }

    [Fact]
    public void Extract_NoTitle_TheBodyActingOnTheRegulationOpensTheReport()
    {
        const string text = """
            点击收听年报语音朗读
            2023年,平罗县行政审批服务局根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定和省、市有关工作部署,认真落实政务信息公开工作,现将2023年度政府信息公开工作情况报告如下。
            一、总体情况
            (一)主动公开情况
            """;

        var report = Extractor.Extract(text, "opening.txt");

        Assert.Equal("平罗县行政审批服务局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_NoTitle_TheBureauSaysItCompiledTheReportNamedInFull()
    {
        const string text = """
            根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,我局编制了《中卫市医疗保障局2024年政府信息公开工作年度报告》。本报告由总体情况等六部分组成。
            一、总体情况
            (一)政府信息主动公开情况
            """;

        var report = Extractor.Extract(text, "compiled.txt");

        Assert.Equal("中卫市医疗保障局", report.Agency);
        Assert.Equal("640500", report.Region?.Code);
    }

    [Fact]
    public void Extract_TitleAbbreviatesTheDesignation_TheTextSpellsItOut()
    {
        const string text = """
            中卫市科技局2020年政府信息公开工作年度报告
            一、总体情况
            (一)主动公开
            1、中卫市科学技术局门户网站迁移至统一平台,并及时对接。
            """;

        var report = Extractor.Extract(text, "spelt.txt");

        Assert.Equal("中卫市科学技术局", report.Agency);
    }

    [Fact]
    public void Extract_TitlePrintsTheCityWithoutIts市_TheTextPrintsItInFull()
    {
        const string text = """
            2023年中卫行政审批服务局信息公开
            工作年度报告
            一、总体情况
            2023年,中卫市行政审批服务局坚持以习近平新时代中国特色社会主义思想为指导,持续做好政务公开工作。
            """;

        var report = Extractor.Extract(text, "city.txt");

        Assert.Equal("中卫市行政审批服务局", report.Agency);
        Assert.Equal("640500", report.Region?.Code);
    }

    [Fact]
    public void Extract_HeaderRowWithABareLabelThenALabelWithItsColon_GivesThePostingDate()
    {
        const string text = """
            索引号 /2021-0000 公开日期: 2021-01-29 14:26
            来源 水利局

            平罗县水利局2020年度政府信息公开工作年度报告

            一、信息公开总体情况
            2020年,我局坚持以公开为常态、不公开为例外。
            """;

        var report = Extractor.Extract(text, "header.txt");

        Assert.Equal("2021-01-29", report.Published);
        Assert.Equal("平罗县水利局", report.Agency);
    }
}
