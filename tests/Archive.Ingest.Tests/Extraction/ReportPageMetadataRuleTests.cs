using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules read off the beginnings of real report pages of every kind of body (fifteenth round), on fictional fixtures: a
/// department's own site named after 可从, a street's office in the contact line up to a semicolon, a township's disclosure
/// group's office in the contact line, an office of a bureau's own unit as the compiler, the year of a body's work named
/// after its year, a municipality's and a city's police branch printed with the bureau's 局, and the channels' and rows'
/// wordings of the same pages.
/// </summary>
public sealed class ReportPageMetadataRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Extractor.Extract("某县2020年政府信息公开工作年度报告\n\n" + sentence + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    // No title; the report says its electronic copy can be had from (可从) a bureau's own site and speaks as 我局: that
    // bureau, as 可在 / 通过 its site already named it.
    [Fact]
    public void Extract_ElectronicCopyFromTheBureausOwnSite_NamesTheBureau()
    {
        const string text = """
            本报告依据《中华人民共和国政府信息公开条例》要求编制。本报告的电子版可从石嘴山市青峦局网站政府信息公开“政府信息公开年报”栏目下载。本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。如对本年度报告有任何疑问，请与我局联系。
            一、总体情况
            （一）主动公开工作情况。我局坚持依法公开，结合工作实际做好公开工作。
            """;

        var report = Extractor.Extract(text, "own-site.txt");

        Assert.Equal("石嘴山市青峦局", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    // No title; the contact line names the street's office itself, its name ended by a semicolon before the telephone:
    // the street's office, under its district's government as printed.
    [Fact]
    public void Extract_StreetOfficeInTheContactLineBeforeASemicolon_IsTheBody()
    {
        const string text = """
            根据《中华人民共和国政府信息公开条例》和国家、省、市、区的有关规定，结合本街道各科室的信息公开工作实际情况编制本报告。本报告中所列数据统计期限为2023年1月1日至12月31日。如对本年度报告有疑问,请联系:石嘴山市大武口区人民政府青石街道办事处;联系电话:0952-1234567;邮编:753000。
            一、总体情况
            2023年,本街道认真贯彻落实《中华人民共和国政府信息公开条例》要求。
            """;

        var report = Extractor.Extract(text, "street-contact.txt");

        Assert.Equal("石嘴山市大武口区人民政府青石街道办事处", report.Agency);
        Assert.Equal("640202", report.Region?.Code);
    }

    // No title; the contact line names the township alone before its disclosure leading group's office: the township's
    // government, in the county the line prints.
    [Fact]
    public void Extract_TownshipsDisclosureGroupOfficeInTheContactLine_IsTheTownshipsGovernment()
    {
        const string text = """
            引 言
            根据《中华人民共和国政府信息公开条例》规定，现编制并公布本单位2019年政府信息公开工作年度报告。本报告所列数据的统计期限为2019年1月1日至2019年12月31日。如对本报告有任何疑问，请联系：平罗县青石乡信息公开领导小组办公室，邮编：753400，联系电话：0952-1234567。
            一、政府信息公开工作的基本概况
            2019年，乡政府信息工作按照《条例》的要求开展。
            """;

        var report = Extractor.Extract(text, "township-group.txt");

        Assert.Equal("平罗县青石乡人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    // 由X局Y中心办公室编制 in a report that speaks as 我局: the bureau; where the report speaks as the centre (我中心), the
    // compiler stays as printed.
    [Theory]
    [InlineData("我局", "平罗县青峦局")]
    [InlineData("我中心", "平罗县青峦局指挥中心办公室")]
    public void Extract_OfficeOfABureausOwnUnitAsCompiler_IsTheBureau(string self, string agency)
    {
        var text = "本年度报告是根据《中华人民共和国政府信息公开条例》要求，由平罗县青峦局指挥中心办公室编制。本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。\n"
            + "一、概述\n2014年，" + self + "认真贯彻落实《条例》，积极稳妥地推进政府信息公开工作。\n";

        var report = Extractor.Extract(text, "unit-office.txt");

        Assert.Equal(agency, report.Agency);
    }

    // No title and no statistics period; the 概述 opens on the year followed by the body's name and its 信息公开工作: that
    // year.
    [Fact]
    public void Extract_YearOfTheBodysWorkNamedAfterIt_IsTheReportsYear()
    {
        const string text = """
            本年度报告是根据《中华人民共和国政府信息公开条例》要求，由平罗县青峦局办公室编制。如对本年度报告有任何疑问，请联系平罗县青峦局办公室。
            一 、概述
            2014年平罗县青峦局信息公开工作，在县委、县政府正确领导下，积极稳妥地推进。
            """;

        var report = Extractor.Extract(text, "work-year.txt");

        Assert.Equal(2014, report.Year);
    }

    // A police branch printed with the bureau's 局 (X市公安局Y分局) serves the county it is named after: a municipality's
    // district as a city's county; printed without the 局 as before.
    [Theory]
    [InlineData("北京市公安局东城分局", "110101")]
    [InlineData("石嘴山市公安局平罗分局", "640221")]
    [InlineData("石嘴山市公安平罗分局", "640221")]
    public void Extract_PoliceBranchPrintedWithTheBureausJu_TakesItsCounty(string body, string region)
    {
        var text = "引 言\n本年度报告是根据《中华人民共和国政府信息公开条例》要求，由" + body + "编制。本年度报告中所列数据的统计期限自2018年1月1日起至12月31日止。\n"
            + "一、概述\n2018年度，分局政府信息公开工作运行正常。\n";

        var report = Extractor.Extract(text, "branch.txt");

        Assert.Equal(body, report.Agency);
        Assert.Equal(region, report.Region?.Code);
    }

    // Channels and rows as these pages word them: a website's items posted as updates, a WeChat 订阅号, an official WeChat
    // account updated, a weibo's posts called 消息, reading points counted before their kind, the 统计表's hot-topics row
    // in short with its sub-rows after it, interpretations right after the year's total.
    [Theory]
    [InlineData("全年累计在政府门户网站更新发布信息17条。", "legacy.channel.website", 17)]
    [InlineData("“青石教育发布”微信订阅号发布信息579条。", "legacy.channel.wechat", 579)]
    [InlineData("“健康青石”官方微信更新1103条。", "legacy.channel.wechat", 1103)]
    [InlineData("校园官方微博发布消息3527条。", "legacy.channel.weibo", 3527)]
    [InlineData("开辟了14个公安政府信息查阅点。", "legacy.org.reading_points", 14)]
    [InlineData("共回应公众关注热点2次，通过微信回应事件1次，其他方式回应事件数1次。", "legacy.response.hot_topics", 2)]
    [InlineData("全年我局主动公开政府信息635条，政策解读信息2条。", "legacy.response.interpretations", 2)]
    public void Extract_ChannelAndRowWordingsOfThesePages_AreRead(string sentence, string key, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics.GetValueOrDefault(key));
    }

    // Not read: interpretations with no year's total before them, and a point for applications (申请受理点) is no reading point.
    [Theory]
    [InlineData("其中政策解读信息2条。", "legacy.response.interpretations")]
    [InlineData("设立了1个政府信息申请受理点。", "legacy.org.reading_points")]
    public void Extract_LookAlikesOfThoseWordings_AreNotRead(string sentence, string key)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey(key));
    }

    // A report signed by its body with the date in figures (2024-01-22 under 青石县某某局): the report's date; the same
    // figures under a headline of a page's news list above the report (…调度会 / 2024-03-05) are not.
    [Theory]
    [InlineData("2024-01-22")]
    [InlineData("2024.1.22")]
    public void Extract_DateInFiguresUnderTheSigner_IsThePublicationDate(string date)
    {
        var text = "青石县某某局2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我局认真做好政府信息公开工作。\n"
            + "二、存在的主要问题及改进情况\n公开内容还不够丰富。\n\n青石县某某局\n" + date + "\n";
        var news = "头条新闻:\n· 青石县召开安全生产调度会\n县应急管理局\n2024-03-05\n" + text.Replace("\n\n青石县某某局\n" + date + "\n", "\n", StringComparison.Ordinal)
            + string.Concat(Enumerable.Repeat("我局将继续做好公开工作。\n", 6));

        Assert.Equal("2024-01-22", Extractor.Extract(text, "page.txt").Published);
        Assert.Null(Extractor.Extract(news, "page.txt").Published);
    }
}
