using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Township and street report pages of 2019–2025 (thirty-sixth session, r121) on small fictional texts: a statistics period
/// that starts within the year (a street set up that year); a title whose body stands in brackets after 报告; a township or
/// street named bare after its place in the contact line; the county site a township relies on for its disclosure work; the
/// old 统计表 row's total with the 条例's words for what is disclosed; the residual channel after a comma list, counted as
/// 数为; the disclosure platform's own website. Guards show what stays unread.
/// </summary>
public sealed class TownshipPagesTwentyThirdRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    [Fact]
    public void Extract_PeriodStartingWithinTheYear_IsThatYear()
    {
        const string text = """
            本年度报告根据《中华人民共和国政府信息公开条例》制作。因石嘴山市大武口区云溪街道办事处于2024年6月3日成立,故本报告所列数据的统计期限自2024年6月3日起至2024年12月31日止。
            一、总体情况
            2024年至今,我街道政务公开工作在区委、区政府的领导下有序开展。2025年,街道进一步强化组织领导、明确任务分工。
            (一)主动公开情况
            街道通过区政府门户网站主动公开信息40条。
            """;

        var report = Extractor.Extract(text, "street.txt");

        Assert.Equal(2024, report.Year);
    }

    [Fact]
    public void Extract_PeriodOverTwoYears_IsNoYearsPeriod()
    {
        const string text = """
            本报告所列数据的统计期限自2023年6月3日起至2024年12月31日止。
            一、总体情况
            2022年,我街道政务公开工作有序开展。
            """;

        var report = Extractor.Extract(text, "street.txt");

        Assert.NotEqual(2023, report.Year);
        Assert.NotEqual(2024, report.Year);
    }

    [Fact]
    public void Extract_TitleWithItsBodyInBracketsAfterIt_NamesTheBody()
    {
        const string text = """
            2024年政府信息公开工作年度报告 (石嘴山市平罗县云溪镇人民政府)

            索引号 发布机构 云溪镇
            公开类别 主动公开 发布时间 2025-01-22

            引言

            本年度报告是根据《中华人民共和国政府信息公开条例》相关要求,对平罗县云溪镇政府信息公开工作年度总体情况进行综述。本年度报告所列数据统计期限从2024年1月1日到2024年12月31日止。

            一、总体情况

            2024年,云溪镇人民政府认真落实关于政府信息公开工作的各项决策部署要求。
            """;

        var report = Extractor.Extract(text, "town.txt");

        Assert.Equal("石嘴山市平罗县云溪镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
        Assert.Equal("2024年政府信息公开工作年度报告(石嘴山市平罗县云溪镇人民政府)", report.Title);
    }

    [Fact]
    public void Extract_TitleWithAWordInBracketsAfterIt_NamesNoBody()
    {
        const string text = """
            2024年政府信息公开工作年度报告(全文)

            本年度报告所列数据统计期限从2024年1月1日到2024年12月31日止。
            一、总体情况
            2024年,全年主动公开信息20条。
            """;

        var report = Extractor.Extract(text, "page.txt");

        Assert.Null(report.Agency);
    }

    [Theory]
    [InlineData("请与平罗县云溪乡联系(地址:平罗县云溪乡场镇,邮编:753400)。", "平罗县云溪乡人民政府", "640221")]
    [InlineData("请与石嘴山市大武口区云溪街道联系(电话:0952-0000000)。", "石嘴山市大武口区云溪街道办事处", "640202")]
    public void Extract_TownshipNamedBareAfterItsPlaceInTheContactLine_IsTheBody(string contact, string agency, string code)
    {
        var text = "根据《中华人民共和国政府信息公开条例》规定,现公布本单位2024年度政府信息公开情况。报告中所列数据统计时间为2024年1月1日至2024年12月31日。如有疑问,"
            + contact + "\n一、总体情况\n(一)主动公开情况\n本年度,我们通过政府门户网站发布了38条信息。\n";

        var report = Extractor.Extract(text, "page.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal(code, report.Region?.Code);
    }

    [Fact]
    public void Extract_TownshipNamedBareWithoutAPlaceInTheContactLine_GivesNoPlace()
    {
        const string text = """
            根据《中华人民共和国政府信息公开条例》规定,现公布本单位2024年度政府信息公开情况。报告中所列数据统计时间为2024年1月1日至2024年12月31日。如有疑问,请与云溪乡联系(电话:0952-0000000)。
            一、总体情况
            本年度,我们通过政府门户网站发布了38条信息。
            """;

        var report = Extractor.Extract(text, "page.txt");

        Assert.Null(report.Region);
    }

    [Fact]
    public void Extract_CountySiteATownshipReliesOnForItsDisclosureWork_IsItsPlace()
    {
        const string text = """
            云溪镇2022年政府信息公开工作年度报告
            一、总体情况
            2022年,我镇政务公开工作在县委、县政府的正确领导下有序开展。
            (一)主动公开。我镇依托景宁县人民政府网推进网上政务服务建设和网上政务公开建设,在网站上将我镇有关信息及时进行公开。
            """;

        var report = Extractor.Extract(text, "town.txt");

        Assert.Equal("云溪镇人民政府", report.Agency);
        Assert.Equal("331127", report.Region?.Code);
    }

    [Fact]
    public void Extract_SiteReliedOnForServicesOnly_GivesNoPlace()
    {
        const string text = """
            云溪镇2022年政府信息公开工作年度报告
            一、总体情况
            2022年,我镇政务公开工作在县委、县政府的正确领导下有序开展。
            (一)主动公开。我镇依托景宁县人民政府网推进网上政务服务建设,各村公示栏及时更新。
            """;

        var report = Extractor.Extract(text, "town.txt");

        Assert.Null(report.Region);
    }

    [Fact]
    public void Extract_OldRowsTotalWithTheRegulationsWords_IsTheTotal()
    {
        var metrics = OverviewMetrics("云溪镇2023年度政府信息公开工作年度报告",
            "(一)信息主动公开方面:2023年我镇对涉及公众利益调整、需要公众广泛知晓或者需要公众参与决策的政府信息主动公开数为1520条。其中:通过云溪镇微信公众平台公开信息数为1200条,通过政府网站公开信息数为250条,其他方式公开信息数为70条。");

        Assert.Equal(1520, metrics["legacy.active.total"]);
        Assert.Equal(1200, metrics["legacy.channel.wechat"]);
        Assert.Equal(250, metrics["legacy.channel.website"]);
        Assert.Equal(70, metrics["legacy.channel.other"]);
    }

    [Fact]
    public void Extract_ResidualChannelOpeningItsSentence_StaysUnread()
    {
        var metrics = OverviewMetrics("云溪镇2023年度政府信息公开工作年度报告",
            "(一)信息主动公开方面:2023年我镇通过政府网站公开信息数为250条。其他方式公开信息数为70条。");

        Assert.False(metrics.ContainsKey("legacy.channel.other"));
    }

    [Fact]
    public void Extract_DisclosurePlatformsOwnWebsite_IsTheWebsiteCount()
    {
        var metrics = OverviewMetrics("云溪镇2021年政府信息公开工作年度报告",
            "(一)政府信息主动公开情况\n2021年,云溪镇在某某区政府信息公开平台网站上更新各类信息64条,收到和处理政府信息公开申请0条。");

        Assert.Equal(64, metrics["legacy.channel.website"]);
    }

    [Fact]
    public void Extract_DisclosurePlatformsColumns_StayUnread()
    {
        var metrics = OverviewMetrics("云溪镇2021年政府信息公开工作年度报告",
            "(一)政府信息主动公开情况\n2021年,云溪镇在某某区政府信息公开平台网站的乡镇专栏更新各类信息64条。");

        Assert.False(metrics.ContainsKey("legacy.channel.website"));
    }
    [Fact]
    public void Extract_StreetNamedInFullAsTheOwnerOfItsDisclosureSite_IsTheBody()
    {
        const string text = """
            石嘴山市大武口区人民政府
            本年度报告根据《中华人民共和国政府信息公开条例》编制。本年度报告中所列数据统计期限从2025年1月1日起至2025年12月31日止。
            一、总体情况
            2025年,云溪街道党工委、办事处按照区委、区政府的统一部署,扎实推进政务信息公开工作。
            (一)主动公开情况
            按照信息公开的法定程序和公开时限要求,及时在石嘴山市大武口区人民政府云溪街道办事处信息公开网站公开区人民政府文件、机构信息、财政预决算,做到内容真实、合法、有效。
            """;

        var report = Extractor.Extract(text, "street.txt");

        Assert.Equal("石嘴山市大武口区人民政府云溪街道办事处", report.Agency);
        Assert.Equal("640202", report.Region?.Code);
    }

    [Fact]
    public void Extract_StreetNamedOnlyInItsSitesName_IsNoBody()
    {
        const string text = """
            本年度报告根据《中华人民共和国政府信息公开条例》编制。本年度报告中所列数据统计期限从2025年1月1日起至2025年12月31日止。
            一、总体情况
            2025年,按照区委、区政府的统一部署,扎实推进政务信息公开工作。
            (一)主动公开情况
            及时在石嘴山市大武口区人民政府云溪街道办事处信息公开网站公开区人民政府文件、机构信息、财政预决算。
            """;

        var report = Extractor.Extract(text, "street.txt");

        Assert.Null(report.Agency);
    }
}
