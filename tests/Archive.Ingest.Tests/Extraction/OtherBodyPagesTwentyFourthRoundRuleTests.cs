using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Rules read off real report pages of bodies other than governments and their departments (twenty-fourth round:
/// development zones, vertical bureaus, schools, hospitals), on fictional fixtures: a zone named after an international
/// airport, a school's report on its school year, a year's work said to be carried out in parts, a committee's office
/// titled by its field alone on a page run onto one line, a mirror's pinyin glosses on such a page, and the channel
/// counts of zones and vertical bodies in their own words (官方网站 opening its clause, an official account named after
/// 公众号, a quoted site called 官网, a customs house's 海关政府信息, a WeChat account's 信息发布量).
/// </summary>
public sealed class OtherBodyPagesTwentyFourthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    // 官方网站发布政府信息N条 opening a clause after the year's whole (…共主动公开政府信息800条,各类文件11件,官方网站发布…): the
    // body's own site; a higher body's official site named before it is not.
    [Theory]
    [InlineData("2023年,园区共主动公开政府信息800条,各类文件11件,官方网站发布政府信息595条,召开新闻发布会2次。", 595)]
    [InlineData("2023年,园区共主动公开政府信息800条,其中报送省局官方网站发布政府信息59条。", null)]
    public void Extract_OfficialSiteOpeningItsClause_IsTheWebsiteCount(string sentence, int? website)
    {
        var metrics = OverviewMetrics("青峦经济开发区管理委员会2023年政府信息公开工作年度报告", sentence);

        Assert.Equal(website, metrics.TryGetValue("legacy.channel.website", out var value) ? (int?)value : null);
    }

    // 官方微信公众号X融媒发布信息N条: the official account named after 公众号 without quotes; a name holding a repost (转) or a
    // sum (累计) is no such account's year.
    [Theory]
    [InlineData("2023年,园区共主动公开政府信息800条,官方微信公众号青峦融媒发布信息220条。", 220)]
    [InlineData("2023年,园区共主动公开政府信息800条,官方微信公众号青峦融媒转发信息220条。", null)]
    public void Extract_OfficialAccountNamedWithoutQuotes_IsTheWeChatCount(string sentence, int? wechat)
    {
        var metrics = OverviewMetrics("青峦经济开发区管理委员会2023年政府信息公开工作年度报告", sentence);

        Assert.Equal(wechat, metrics.TryGetValue("legacy.channel.wechat", out var value) ? (int?)value : null);
    }

    // 通过“X管委会”官网发布各类政务信息N条: the body's official site named in quotes.
    [Fact]
    public void Extract_QuotedSiteCalledOfficialSite_IsTheWebsiteCount()
    {
        var metrics = OverviewMetrics(
            "青峦高新区管理委员会2023年政府信息公开工作年度报告",
            "(一)主动公开。2023年,通过“青峦高新技术产业开发区管委会”官网发布各类政务信息302条,集中公开预决算信息14条。");

        Assert.Equal(302m, metrics["legacy.channel.website"]);
    }

    // 通过门户网站公开各类海关政府信息共421条: a customs house's government information in its own rules' words; another
    // kind of its information (海关统计信息) is no site count.
    [Theory]
    [InlineData("2015年,我关通过门户网站公开各类海关政府信息共421条,内容包括海关公告、办事指南等。", 421)]
    [InlineData("2015年,我关通过门户网站公开各类海关统计信息共421条,内容包括进出口数据等。", null)]
    public void Extract_CustomsGovernmentInformationOnItsSite_IsTheWebsiteCount(string sentence, int? website)
    {
        var metrics = OpeningMetrics("石嘴山海关2015年海关政府信息公开年度报告", sentence);

        Assert.Equal(website, metrics.TryGetValue("legacy.channel.website", out var value) ? (int?)value : null);
    }

    // 全年微信公众号信息发布量N条: the account's year's items; the parks' accounts (各园区微信公众号…) are not the body's.
    [Theory]
    [InlineData("全年网站信息发布73条。全年微信公众号信息发布量794条。", 794)]
    [InlineData("全年网站信息发布73条。各园区微信公众号信息发布量794条。", null)]
    public void Extract_AccountsPostingCount_IsTheWeChatCount(string sentence, int? wechat)
    {
        var metrics = OverviewMetrics("青峦临空经济区管理委员会2022年政府信息公开工作年度报告", sentence);

        Assert.Equal(wechat, metrics.TryGetValue("legacy.channel.wechat", out var value) ? (int?)value : null);
    }

    // X市Y区国际机场临空经济区(Z)管理委员会: the places name the airport; the side in brackets places the zone. Without the
    // bracket the zone's side is not said: no region.
    [Theory]
    [InlineData("石嘴山平罗国际机场临空经济区(中卫)管理委员会", "640500")]
    [InlineData("石嘴山平罗国际机场临空经济区管理委员会", null)]
    public void Extract_ZoneNamedAfterAnAirport_IsPlacedByItsSide(string body, string? region)
    {
        var text = body + "2022年政府信息公开工作年度报告\n\n一、总体情况\n2022年," + body + "认真落实政务公开工作要求。\n";

        var report = Extractor.Extract(text, "airport-zone.txt");

        Assert.Equal(body, report.Agency);
        Assert.Equal(region, report.Region?.Code);
    }

    // X学院2013-2014学年信息公开工作报告: a school's report on its school year is a title, its body the school, its year
    // the one the school year closes in.
    [Fact]
    public void Extract_SchoolYearTitle_NamesTheSchoolAndTheYearItCloses()
    {
        const string text = """
            信息公开年报

            青峦职业技术学院2013-2014学年信息公开工作报告

            学校办公室    点击:[]

              本报告依据《高等学校信息公开办法》和学校信息公开执行情况编制,报告中所列数据的统计期限为2013年9月1日至2014年8月31日。
              一、基本情况
              2013-2014学年,学校坚持把深化信息公开作为推进依法治校的重要举措。
            """;

        var report = Extractor.Extract(text, "school-year.txt");

        Assert.Equal("青峦职业技术学院", report.Agency);
        Assert.Equal(2014, report.Year);
        Assert.Equal("青峦职业技术学院2013-2014学年信息公开工作报告", report.Title);
    }

    // A report's own year still wins over a school year its text mentions (2019-2020学年 in a bureau's overview).
    [Fact]
    public void Extract_SchoolYearInTheText_LeavesTheTitlesYear()
    {
        const string text = """
            平罗县青峦局2020年政府信息公开工作年度报告

            一、总体情况
            2020年,我局围绕2019-2020学年的招生工作公开信息。
            """;

        var report = Extractor.Extract(text, "school-year-in-text.txt");

        Assert.Equal(2020, report.Year);
    }

    // 一、总体情况 2024年X工业区的政府信息公开主要开展了以下几方面的工作: the year's work, on a page with no title and no
    // period; the work planned for a year to come (将主要开展) gives no year.
    [Theory]
    [InlineData("一、总体情况 2024年青峦工业区的政府信息公开主要开展了以下几方面的工作: (一)主动公开工作方面 1.政策文件。本年度主动公开政府信息共38条。", 2024)]
    [InlineData("一、总体情况 按照要求,2025年青峦工业区的政府信息公开将主要开展以下几方面的工作: (一)主动公开工作方面 1.政策文件。", null)]
    public void Extract_YearsWorkCarriedOutInParts_IsTheYear(string text, int? year)
    {
        var report = Extractor.Extract(text + "\n", "work-in-parts.txt");

        Assert.Equal(year, report.Year);
    }

    // A committee's name and its field office's title, run onto one line with other page chrome (X风景区管理委员会 卫生健康
    // 办公室2023年…报告 字号 : | 更新时间:…): the office is the committee's.
    [Fact]
    public void Extract_CommitteeAboveItsFieldOfficesTitleOnOneLine_IsTheOfficesBody()
    {
        var report = Extractor.Extract(CommitteeAndOfficePage("卫生健康办公室"), "committee-office.txt");

        Assert.Equal("中卫市青峦湖风景区管理委员会卫生健康办公室", report.Agency);
        Assert.Equal("640500", report.Region?.Code);
    }

    // An office named with a street of its own (青峦街道办公室) is not run on from the committee's name above it.
    [Fact]
    public void Extract_CommitteeAboveAStreetOfficesTitleOnOneLine_IsNoPartOfItsName()
    {
        var report = Extractor.Extract(CommitteeAndOfficePage("青峦街道办公室"), "committee-street-office.txt");

        Assert.DoesNotContain("管理委员会", report.Agency ?? string.Empty, StringComparison.Ordinal);
    }

    private static string CommitteeAndOfficePage(string office) =>
        "中卫市青峦湖风景区管理委员会 " + office + "2023年政府信息公开工作年度报告 字号 :  | 更新时间:2024-01-16 发布时间: |  来源:区卫健办 "
        + "一、总体情况 为认真贯彻落实《中华人民共和国政府信息公开条例》文件要求,风景区管委会" + office + "依法开展了政务信息公开相关工作。"
        + " 政府信息主动公开情况。结合医疗卫生行业特点和工作实际,主动公开财政资金、人事招聘、惠民服务、医疗卫生专项整治、行业安全生产、公益事业建设等重点工作情况。"
        + " 关注和及时回应群众关切问题。\n";

    // A mirror's page run onto one line, pinyin glosses inside its breadcrumb, title and date label (您現(xiàn)在所在的位置,
    // 工作報(bào)告, 發(fā)布時(shí)間): the glosses split no piece, so the breadcrumb is chrome, the title is read whole and the
    // posting date kept; the column name before the title (政府信息公開年報) is no part of the body's name.
    [Fact]
    public void Extract_GlossedMirrorOnOneLine_ReadsItsTitleAndPostingDate()
    {
        const string text = "• 無障礙瀏覽 • 長輩版| 市氣象局 您現(xiàn)在所在的位置: 網(wǎng)站首頁 > 政府信息公開 > 市氣象局 > 政府信息公開年報(bào) "
            + "石嘴山市氣象局2017年政府信息公開工作報(bào)告 發(fā)布時(shí)間:2017-12-12 00:00 來源:市氣象局 字體:[ ] "
            + "今年以來,石嘴山市氣象局認(rèn)真貫徹落實(shí)《中華人民共和國政府信息公開條例》,推進(jìn)政府信息公開工作,各項(xiàng)工作取得了明顯成效,現(xiàn)總結(jié)如下: "
            + "一、及時(shí)發(fā)布政務(wù)信息 2017年,我局通過石嘴山政府門戶網(wǎng)站發(fā)布政務(wù)公開信息72條。\n";

        var report = Extractor.Extract(text, "glossed-one-line.txt");

        Assert.Equal("石嘴山市气象局", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
        Assert.Equal("2017-12-12", report.Published);
    }
}
