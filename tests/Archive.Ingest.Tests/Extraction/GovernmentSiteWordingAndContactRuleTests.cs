using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Governments' and their offices' report pages of 2019–2025 (twenty-second round of real reports from elsewhere): a site's
/// count with 已 before the verb, with the year before the site as subject, and with the items before the verb (…门户网站信息
/// 发布共计N条; 依托…门户网站,网站信息发布N条); a weibo's pushed items; the year's whole as 全年主动公开各类信息N条;
/// interpretations after the titles of what they interpret (《…》《…》等各类政策解读N条); applications counted as N条依申请事项;
/// suits as 行政诉讼的案件N件; a site named X人民政府网 as a channel of the year's total; an office's 政务公开工作 opening its
/// year; a contact line's centre named nowhere else. Fictional texts.
/// </summary>
public sealed class GovernmentSiteWordingAndContactRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> Metrics(string title, string body) =>
        Extractor.Extract(title + "\n\n" + body + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    [Theory]
    // 已 before the verb after the government's site.
    [InlineData("青石县人民政府2021年政府信息公开工作年度报告", "(一)主动公开工作。通过青石县人民政府网已公开各类信息1200条,通过政务微信发布信息250条。", "legacy.channel.website", 1200)]
    // The report's year before the site as the clause's subject.
    [InlineData("青石区人民政府2023年政府信息公开工作年度报告", "(一)政府信息主动公开情况。依托区政府网站开展公开工作。2023年度我区政府网站共发布信息600条。", "legacy.channel.website", 600)]
    // The site as subject with its items before the verb, its kinds after 其中.
    [InlineData("青石县人民政府2024年政府信息公开年度工作报告", "(一)主动公开方面。2024年,青石县人民政府门户网站信息发布共计900条,其中概况类信息10条,政务动态信息500条,政府信息公开更新量390条。", "legacy.channel.website", 900)]
    // The bare 网站 right after the clause that names the portal as the way.
    [InlineData("青石区人民政府2023年政府信息公开工作年度报告", "(三)政府信息管理情况。依托区政府门户网站,网站信息发布1600条,其中,概况类信息更新量100条,政务动态信息更新量200条,信息公开目录信息更新量1300条。", "legacy.channel.website", 1600)]
    // A weibo's items pushed, in a list after the site's items.
    [InlineData("青石市人民政府办公室2024年政府信息公开工作年度报告", "(一)主动公开情况。2024年,在市人民政府门户网站主动公开文件62件、政策解读18件,微博推送信息319条。", "legacy.channel.weibo", 319)]
    // The year's whole as every kind of information, its kinds after 其中.
    [InlineData("青石区人民政府办公室2024年政府信息公开工作年度报告", "(一)主动公开。编制发布主动公开信息清单。全年主动公开各类信息5200条,其中发布动态类信息2200条、政策文件40条,其他信息2960条。", "legacy.active.total", 5200)]
    // Interpretations after the titles of what they interpret, ended by 等各类.
    [InlineData("青石市人民政府2020年政府信息公开工作年度报告", "(一)全面推进主动公开工作。制作发布《青石市某某实施意见》《青石市某某管理办法》等各类政策解读1100条,内容涉及教育、住房等民生领域。", "legacy.response.interpretations", 1100)]
    // Applications received counted in 条 before 依申请事项.
    [InlineData("青石区2023年度政府信息公开工作年度报告", "(二)依申请公开情况\n2023年,青石区人民政府共收到70条依申请事项。严格按照依申请制度进行答复。", "legacy.apply.received", 70)]
    // Suits named as cases after 的.
    [InlineData("青石区人民政府办公室2019年政府信息公开工作年度报告", "三是规范稳妥开展依申请公开。2019年,共受理政府信息公开申请55件,全部按时办结;所作信息公开申请答复被申请行政复议共1件;被行政诉讼的案件共6件,2件法院尚未作出裁决。", "legacy.litigation.total", 6)]
    public void Extract_GovernmentSiteAndWordingFigures(string title, string body, string key, int value)
    {
        var metrics = Metrics(title, body);

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    // The bare 网站 with no clause naming the portal before it: which site is not said.
    [InlineData("青石区人民政府2023年政府信息公开工作年度报告", "(三)政府信息管理情况。规范栏目设置。网站信息发布1600条,其中,政务动态信息更新量300条。", "legacy.channel.website")]
    // Another year before the site: not the report's year.
    [InlineData("青石区人民政府2023年政府信息公开工作年度报告", "(一)政府信息主动公开情况。2022年度我区政府网站共发布信息600条。", "legacy.channel.website")]
    // A site named X人民政府网 is a channel: its count is not the year's total.
    [InlineData("青石市2020年政府信息公开工作年度报告", "(一)加大主动公开力度。2020年,青石市通过青石市人民政府网主动公开政府信息2400条,指导全市公开信息14万余条。", "legacy.active.total")]
    // Reposted interpretations after the titles: not the body's own.
    [InlineData("青石市人民政府2020年政府信息公开工作年度报告", "(一)全面推进主动公开工作。转发《青石省某某实施意见》《青石省某某管理办法》等各类政策解读1100条。", "legacy.response.interpretations")]
    public void Extract_GovernmentWordingsThatAreNoKeysFigure(string title, string body, string key)
    {
        var metrics = Metrics(title, body);

        Assert.False(metrics.ContainsKey(key));
    }

    [Fact]
    public void Agency_OfficesPublicAffairsWorkOpeningTheYear_NamesTheOffice()
    {
        var report = Extract("一、总体情况\n2022年度,平罗县人民政府办公室政务公开工作本着“公开为常态、不公开为例外”的原则,不断优化公开平台建设,现将工作总结如下:\n"
            + "(一)主动公开情况。增设三个专题专栏,进一步公开政府信息。\n");

        Assert.Equal("平罗县人民政府办公室", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Agency_AreasPublicAffairsWorkOpeningTheYear_NamesNoBody()
    {
        // 全县政务公开工作 is the area's work, which any of its bodies may speak of.
        var report = Extract("一、总体情况\n2022年度,全县政务公开工作本着“公开为常态、不公开为例外”的原则,不断优化公开平台建设,现将工作总结如下:\n"
            + "(一)主动公开情况。增设三个专题专栏,进一步公开政府信息。\n");

        Assert.Null(report.Agency);
    }

    [Fact]
    public void Agency_ContactLinesCentreNamedNowhereElse_IsNotTheBody()
    {
        var report = Extract("本报告中所列数据的统计期限为2025年1月1日到2025年12月31日止。本报告的电子版可在平罗县人民政府门户网站政府信息公开年度报告专栏下载。"
            + "如对本报告有任何疑问,请与平罗县某某信息服务中心联系(电话:0000-0000000)。\n一、总体情况\n(一)政务公开方面。全年通过政府网站主动公开各类信息420余条,依法依规办理政府信息依申请公开19件。\n");

        Assert.NotEqual("平罗县某某信息服务中心", report.Agency);
    }

    [Fact]
    public void Agency_ContactLinesCentreThatSpeaksOfItself_IsTheBody()
    {
        var report = Extract("本报告中所列数据的统计期限为2025年1月1日到2025年12月31日止。如对本报告有任何疑问,请与平罗县某某信息服务中心联系(电话:0000-0000000)。\n"
            + "一、总体情况\n(一)主动公开情况。本中心全年公开各类信息42条。\n");

        Assert.Equal("平罗县某某信息服务中心", report.Agency);
    }
}
