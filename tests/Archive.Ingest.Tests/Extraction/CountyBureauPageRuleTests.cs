using Archive.Core.Agencies;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// County and city departments' report pages (seventeenth round of real reports from elsewhere): the year's total of every
/// kind said as 各种, the website's count under 其中 with 通过 or as the body's official site with its address, quoted
/// accounts between the channel and its verb, a sub-site of the portal, the site's items called by other names, the
/// WeChat account's items of two kinds, applications of every kind or received right after the whole year, and a
/// department's name spelt out without its designation's 和 and its kind. Fictional texts.
/// </summary>
public sealed class CountyBureauPageRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Extractor.Extract("青石县某某局2022年政府信息公开工作年度报告\n\n" + sentence + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    [Theory]
    [InlineData("2022年度,青石县某某局主动公开各种政府信息120条,其中在县人民政府发布信息20条。", "legacy.active.total", 120)]
    [InlineData("2022年,青石县某某局主动公开政府信息300条,其中通过网站公开120条,通过政务微博、报纸等方式公开180条。", "legacy.channel.website", 120)]
    [InlineData("2022年,我局共发布各类政务信息900条,其中局官方网站(http://wlj.qingshi.gov.cn/)发布500条,微博“青石文旅”发布150条,微信“青石文旅在线”发布250条。", "legacy.channel.website", 500)]
    [InlineData("2022年,我局共发布各类政务信息900条,其中局官方网站(http://wlj.qingshi.gov.cn/)发布500条,微博“青石文旅”发布150条,微信“青石文旅在线”发布250条。", "legacy.channel.weibo", 150)]
    [InlineData("2022年,我局共发布各类政务信息900条,其中局官方网站(http://wlj.qingshi.gov.cn/)发布500条,微博“青石文旅”发布150条,微信“青石文旅在线”发布250条。", "legacy.channel.wechat", 250)]
    [InlineData("2022年,某某局通过青石县人民政府网站某某局子站向社会公布各类政府信息88条,其中通知公告30条。", "legacy.channel.website", 88)]
    [InlineData("2022年,通过我局政府门户网站发布各类主动公开信息650条,该网站总访问量120000次。", "legacy.channel.website", 650)]
    [InlineData("2022年区某某局通过青石区政府网站发布政府公开信息共75条,其中部门文件2条。", "legacy.channel.website", 75)]
    [InlineData("2022年,局政务网站公开信息120条,微信公众号推送各类报道、信息96条。", "legacy.channel.wechat", 96)]
    [InlineData("2022年共收到各类政府信息公开申请3件,均合法合规予以答复。", "legacy.apply.received", 3)]
    [InlineData("全年收政府信息公开申请46件,结转上年度政府信息公开申请2件,本年度办结45件。", "legacy.apply.received", 46)]
    public void Extract_CountyBureauPagesProseFigures(string sentence, string key, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    // Two channels after 通过 under 其中: their sum.
    [InlineData("2022年主动公开政府信息300条,其中通过网站、微信公开145条。", "legacy.channel.website")]
    // An approximate count stays none.
    [InlineData("2022年,微信公众号推送各类报道、信息96余条。", "legacy.channel.wechat")]
    // 收 alone after another year than the whole year: not read.
    [InlineData("去年收政府信息公开申请8件,今年未收到申请。", "legacy.apply.received")]
    // A sub-site of another platform (政务服务网) publishes service items, not the body's information.
    [InlineData("通过某某政务服务网青石子站公布政务服务事项25条。", "legacy.channel.website")]
    public void Extract_CountyBureauPagesFiguresThatAreNoKeysFigure(string sentence, string key)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey(key));
    }

    [Theory]
    // The opening prints the body's own spelling (教育体育局), the contact line its short name: the body's spelling.
    [InlineData("平罗县教育体育局现向社会公开《2023年政府信息公开工作年度报告》。", "平罗县教育体育局")]
    // The usual spelling printed as well: the usual one.
    [InlineData("平罗县教育体育局现向社会公开《2023年政府信息公开工作年度报告》。平罗县教育和体育局办公室负责编制。", "平罗县教育和体育局")]
    // Only the short name printed: spelt out as usual.
    [InlineData("现向社会公开《2023年政府信息公开工作年度报告》。", "平罗县教育和体育局")]
    public void Extract_ShortNameInTheContactLine_TheBodysOwnSpellingWithoutTheAnd(string opening, string agency)
    {
        var text = opening + "本报告数据统计时限为2023年1月1日至12月31日。\n如对本报告有异议,请联系平罗县教体局(电话:0000-1234567)。\n"
            + "一、总体情况\n2023年,县教体局认真贯彻落实《中华人民共和国政府信息公开条例》。\n";

        var report = Extractor.Extract(text, "contact.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal(AgencyKind.Education, report.AgencyKind);
    }

    [Theory]
    // A designation spelt without its 和 is the same designation.
    [InlineData("平罗县教育体育局", AgencyKind.Education)]
    [InlineData("平罗县住房城乡建设局", AgencyKind.HousingConstruction)]
    [InlineData("石嘴山市人力资源社会保障局", AgencyKind.HumanResources)]
    [InlineData("石嘴山市发展改革委员会", AgencyKind.DevelopmentReform)]
    // Culture and tourism bureaus named with their broadcasting and sports.
    [InlineData("石嘴山市文化旅游广电局", AgencyKind.CultureTourism)]
    [InlineData("平罗县文化体育广电和旅游局", AgencyKind.CultureTourism)]
    // No designation of a department: other.
    [InlineData("平罗县档案馆", AgencyKind.Other)]
    public void Classify_DesignationsSpeltOtherwise(string agency, AgencyKind kind)
    {
        Assert.Equal(kind, AgencyKinds.Classify(agency));
    }
}
