using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Township and street report pages of 2019–2025 (thirtieth session, r82) on small fictional texts: a page's 发布机构 naming
/// the township the report speaks as (bare after its place, or as its government run into the label); a township saying
/// it received no application as the body's only naming of itself; the WeChat account in a channel list after 其中 and by
/// its quoted name with 公众号 alone; a site the body published through before the count's clause; a portal named
/// X政府门户网 in book-title brackets.
/// </summary>
public sealed class TownPublisherAndChannelListRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Metrics(Extractor.Extract("青石乡2017年政府信息公开工作年度报告\n\n" + sentence + "\n", "prose.txt"));

    [Theory]
    [InlineData("全年我乡主动公开政府信息共计120条。其中政府信息公开平台40条、微信公众号80条。", "legacy.channel.wechat", 80)]
    [InlineData("全年我乡主动公开信息共计300条。政府网站发布信息100条。政务新媒体平台“青石发布”公众号共发布信息95条。“青石发布”视频号发布视频12条。", "legacy.channel.wechat", 95)]
    [InlineData("2017年青石乡严格按照《条例》，及时通过县门户网站对乡信息公开目录的各类公开资料进行公开，主动公开各类信息49条。", "legacy.channel.website", 49)]
    [InlineData("全年共主动公开政府信息42条，其中通过《某某县政府门户网》发布民生信息、社会管理等各类信息7条。", "legacy.channel.website", 7)]
    public void Extract_TownChannelFigures_AreRead(string sentence, string key, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics[key]);
    }

    // A topic's count before the account (其中工作动态…) says no list of channels; an account named with another shares the
    // count; a site named with an account before 对 shares what was published.
    [Theory]
    [InlineData("全年我乡主动公开政府信息共计120条。其中工作动态40条、微信公众号80条。", "legacy.channel.wechat")]
    [InlineData("“青石发布”公众号、视频号共发布信息95条。", "legacy.channel.wechat")]
    [InlineData("2017年，及时通过县门户网站和微信公众号对乡信息公开目录的各类资料进行公开，主动公开各类信息49条。", "legacy.channel.website")]
    public void Extract_SharedOrTopicChannelFigures_AreNotRead(string sentence, string key)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey(key));
    }

    [Fact]
    public void Extract_PublisherNamingABareTownAfterItsPlace_IsTheTownsGovernment()
    {
        const string text = """
            - 索 引 号:00000001-1/2021-00001 主题分类:
            - 发文机关:平罗县青石镇 成文日期:2021-01-19 08:58
            -
            标 题:
            2020年政府信息公开工作年度报告 - 文 号:发布日期: 2021-01-19 08:58
            2020年政府信息公开工作年度报告
            一、总体情况
            2020年,认真执行《中华人民共和国政府信息公开条例》。镇政府信息公开工作领导小组统一组织实施全镇信息公开工作。
            """;

        var report = Extractor.Extract(text, "town.txt");

        Assert.Equal("平罗县青石镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_PublisherRunIntoItsLabelNamingATownsGovernment_IsTheAgency()
    {
        const string text = """
            保存为word 打印 关闭
            索引号000000001/2024-00001
            发文字号 发文时间2024-01-10
            发文机关青石镇人民政府 主题词
            标题2023年政府信息公开工作年度报告
            主题分类其它 发布日期2024-01-10

            2023年政府信息公开工作年度报告

            一、总体情况

            1、主动公开情况。

            一年来,我镇依托平罗县人民政府门户网站共主动公开政府信息29条,其中政策文件7条。
            """;

        var report = Extractor.Extract(text, "town.txt");

        Assert.Equal("青石镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    // A report speaking as a bureau (我局) under a township's 发布机构 is not that township's.
    [Fact]
    public void Extract_PublisherNamingATownOverABureausReport_IsNotTheAgency()
    {
        const string text = """
            发文机关青石镇人民政府 主题词
            标题2023年政府信息公开工作年度报告
            主题分类其它 发布日期2024-01-10

            2023年政府信息公开工作年度报告

            一、总体情况

            一年来,我局主动公开政府信息29条。
            """;

        var report = Extractor.Extract(text, "bureau.txt");

        Assert.NotEqual("青石镇人民政府", report.Agency);
    }

    [Fact]
    public void Extract_TownNamedOnlyAsReceivingNoApplication_IsTheAgency()
    {
        const string text = """

            根据《中华人民共和国政府信息公开条例》要求编制本报告。报告中所列数据统计期限为2025年1月1日至12月31日。
            一、总体情况
            (一)主动公开。2025年我镇通过政府信息公开平台在贺兰县人民政府门户网站主动公开政策文件等方面内容。全镇主动公开政府信息37条。
            (二)依申请公开。2025年青石镇没有收到依申请公开的政府信息公开申请。
            (三)政府信息管理。严格落实主要领导负总责的工作机制。
            """;

        var report = Extractor.Extract(text, "town.txt");

        Assert.Equal("青石镇人民政府", report.Agency);
        Assert.Equal("640122", report.Region?.Code);
    }
}
