using Archive.Core.Agencies;
using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Mixed report pages of the east (thirty-ninth session, r141) on small fictional texts: a government's 公开网站 as the
/// website; the body's own site and its WeChat account paired by 分别; a bureau's two-character short name spelt out by the
/// name the report says compiled it; a zone's committee under the zone's short name spelt out by the full zone the text
/// prints; a township's office opening its year with its county before its name; the title with its posting date on its
/// line; a date right above 引言; a free trade zone's area committee in the contact line. Guards show what stays unread.
/// Fictional bodies and figures; the places are the seeds'.
/// </summary>
public sealed class EastPagesTwentySixthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private const string TownTitle = "平罗县青石镇人民政府2020年政府信息公开工作年度报告";

    private const string Sections = "\n二、主动公开政府信息情况\n本年度认真做好政府信息公开工作。\n三、收到和处理政府信息公开申请情况\n"
        + "本年度未收到政府信息公开申请。\n四、存在的主要问题及改进情况\n公开内容还不够丰富,下一步将继续改进。\n";

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "page.txt");

    [Fact]
    public void Extract_TheGovernmentsDisclosureSiteCalledItsGongkaiWangzhan_IsTheWebsite()
    {
        var metrics = OverviewMetrics(TownTitle, "(一)主动公开。2020年,我镇全年在平罗县人民政府公开网站累计主动公开政府信息320条,其中重点领域信息发布120条。");

        Assert.Equal(320, metrics["legacy.channel.website"]);
    }

    [Fact]
    public void Extract_AColumnOfTheDisclosureSite_StaysOut()
    {
        var metrics = OverviewMetrics(TownTitle, "(一)主动公开。2020年,我镇在平罗县人民政府公开网站专栏主动公开政府信息32条。");

        Assert.False(metrics.ContainsKey("legacy.channel.website"));
    }

    [Fact]
    public void Extract_TheBodysOwnSiteAndItsWeChatAccountPairedByFenbie_GiveTheAccountsCount()
    {
        var metrics = OverviewMetrics("石嘴山青峦经济技术开发区管理委员会2022年政府信息公开工作年度报告",
            "(一)主动公开情况。管委会官方网站和政务新媒体微信公众号“青峦发布”分别发布信息353条、542条。");

        Assert.Equal(542, metrics["legacy.channel.wechat"]);
    }

    [Fact]
    public void Extract_AGovernmentsSiteNamedByItsLevelBeforeTheAccount_GivesNoAccountCount()
    {
        var metrics = OverviewMetrics("石嘴山市青峦局2022年政府信息公开工作年度报告",
            "(一)主动公开情况。市政府门户网站和政务微信公众号“石嘴山发布”分别发布信息3530条、5420条。");

        Assert.False(metrics.ContainsKey("legacy.channel.wechat"));
    }

    [Fact]
    public void Extract_AThirdCountAfterTheSiteAndTheAccount_GivesNoAccountCount()
    {
        var metrics = OverviewMetrics("石嘴山青峦经济技术开发区管理委员会2022年政府信息公开工作年度报告",
            "(一)主动公开情况。管委会官方网站和微信公众号“青峦发布”分别发布信息353条、542条、60条。");

        Assert.False(metrics.ContainsKey("legacy.channel.wechat"));
    }

    [Fact]
    public void Extract_ABureausTwoCharacterShortNameTheCompilerSpellsOut_IsTheFullName()
    {
        var report = Extract("石嘴山市民宗局2023年度政府信息公开工作报告\n\n根据《中华人民共和国政府信息公开条例》规定,石嘴山市民族宗教事务局编制并向社会公布"
            + "《石嘴山市民族宗教事务局2023年度政府信息公开年度报告》。本报告所列统计数据的期限自2023年1月1日至2023年12月31日止。\n一、总体情况\n"
            + "2023年,我局认真贯彻落实《条例》。" + Sections);

        Assert.Equal("石嘴山市民族宗教事务局", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    [Fact]
    public void Extract_AFullNameTheReportDoesNotSayCompiledIt_LeavesTheShortName()
    {
        var report = Extract("石嘴山市民宗局2023年度政府信息公开工作报告\n\n本报告所列统计数据的期限自2023年1月1日至2023年12月31日止。\n一、总体情况\n"
            + "2023年,我局在石嘴山市民族宗教事务局的指导下认真贯彻落实《条例》。" + Sections);

        Assert.Equal("石嘴山市民宗局", report.Agency);
    }

    [Fact]
    public void Extract_ABureauTheCompilerPrintsAsItIsBeforeMoreWords_KeepsItsName()
    {
        var report = Extract("石嘴山市水务局2023年度政府信息公开工作报告\n\n本报告由石嘴山市水务局会同石嘴山市财政局编制。本报告所列统计数据的期限自2023年1月1日至"
            + "2023年12月31日止。\n一、总体情况\n2023年,我局认真贯彻落实《条例》。" + Sections);

        Assert.Equal("石嘴山市水务局", report.Agency);
    }

    [Fact]
    public void Extract_AZonesCommitteeUnderTheZonesShortNameInTheContactLine_IsTheFullZonesCommittee()
    {
        var report = Extract("根据《中华人民共和国政府信息公开条例》的要求,石嘴山高新技术产业开发区管理委员会办公室组织编制完成本报告。本报告中所列数据的统计时限自"
            + "2011年1月1日至2011年12月31日。如对本报告有任何疑问,请与石嘴山高新区管委会办公室联系(电话:0952-1234567)。\n一、概述\n"
            + "2011年,我委认真落实《条例》赋予的职责任务。" + Sections);

        Assert.Equal("石嘴山高新技术产业开发区管理委员会", report.Agency);
        Assert.Equal(AgencyKind.DevelopmentZone, report.AgencyKind);
    }

    [Fact]
    public void Extract_AParksCommitteeTheZoneNames_DoesNotSpellTheZoneOut()
    {
        var report = Extract("根据《中华人民共和国政府信息公开条例》的要求,编制本报告。本报告中所列数据的统计时限自2011年1月1日至2011年12月31日。"
            + "如对本报告有任何疑问,请与石嘴山高新区管委会办公室联系(电话:0952-1234567)。\n一、概述\n"
            + "2011年,我委认真落实《条例》赋予的职责任务,与石嘴山高新区新材料园区管理委员会共同做好公开工作。" + Sections);

        Assert.Equal("石嘴山高新区管理委员会", report.Agency);
    }

    [Fact]
    public void Extract_ATownshipsOfficeOpeningItsYearWithItsCountyBeforeItsName_ReportsForItself()
    {
        var report = Extract("青石镇人民政府办公室2023年政府信息公开工作年度报告\n\n本报告所列数据的统计期限自2023年1月1日起至12月31日止。如对本报告有任何疑问,"
            + "请与平罗县青石镇人民政府党政办公室联系(电话:0952-1234567)。\n一、总体情况\n2023年,平罗县青石镇人民政府办公室坚持以公开为常态,"
            + "做好政府信息公开工作。" + Sections);

        Assert.Equal("青石镇人民政府办公室", report.Agency);
        Assert.Equal(AgencyKind.GovernmentOffice, report.AgencyKind);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_ATownshipOpeningItsYearUnderItsOfficesTitle_StaysTheTownships()
    {
        var report = Extract("青石镇人民政府办公室2023年政府信息公开工作年度报告\n\n本报告所列数据的统计期限自2023年1月1日起至12月31日止。如对本报告有任何疑问,"
            + "请与平罗县青石镇人民政府党政办公室联系(电话:0952-1234567)。\n一、总体情况\n2023年,平罗县青石镇人民政府坚持以公开为常态,"
            + "做好政府信息公开工作。" + Sections);

        Assert.Equal("青石镇人民政府", report.Agency);
        Assert.Equal(AgencyKind.Township, report.AgencyKind);
    }

    [Fact]
    public void Extract_TheTitleWithItsPostingDateOnItsLine_DatesThePage()
    {
        var report = Extract("2020年平罗县人民政府信息公开工作年度报告 2021-02-19\n\n本年度报告由平罗县人民政府办公室编制。本年度报告中所列数据统计期限从2020年1月1日到"
            + "12月31日止。\n一、总体情况\n2020年,平罗县认真落实《条例》。" + Sections);

        Assert.Equal("2021-02-19", report.Published);
    }

    [Fact]
    public void Extract_ATitleLineEndingOnANumberThatIsNoDate_DatesNothing()
    {
        var report = Extract("2020年平罗县人民政府信息公开工作年度报告 2021\n\n本年度报告由平罗县人民政府办公室编制。本年度报告中所列数据统计期限从2020年1月1日到"
            + "12月31日止。\n一、总体情况\n2020年,平罗县认真落实《条例》。" + Sections);

        Assert.Null(report.Published);
    }

    [Fact]
    public void Extract_ADateRightAboveTheIntroduction_IsTheReportsDate()
    {
        var report = Extract("2010年2月10日\n引言\n本年度报告是根据《中华人民共和国政府信息公开条例》要求,由平罗县人民政府办公室综合县政府各部门的工作情况编制而成。"
            + "本年度报告中所列数据的统计期限自2009年1月1日起至12月31日止。\n一、概述\n2009年,本县政府信息公开工作运行正常。\n一是加强组织领导。\n"
            + "二是完善制度。" + Sections);

        Assert.Equal("2010-02-10", report.Published);
    }

    [Fact]
    public void Extract_ADateOnTheFirstLineAboveAnotherHeading_IsNoReportsDate()
    {
        var report = Extract("2010年2月10日\n一、概述\n本年度报告是根据《中华人民共和国政府信息公开条例》要求,由平罗县人民政府办公室综合县政府各部门的工作情况编制而成。"
            + "本年度报告中所列数据的统计期限自2009年1月1日起至12月31日止。\n2009年,本县政府信息公开工作运行正常。\n一是加强组织领导。\n"
            + "二是完善制度。" + Sections);

        Assert.Null(report.Published);
    }

    [Fact]
    public void Extract_AFreeTradeZonesAreaCommitteeInTheContactLine_IsTheBodyPlacedInItsCity()
    {
        var report = Extract("\n如对本报告有任何疑问,请联系:中国(宁夏)自由贸易试验区石嘴山片区管理委员会(石嘴山综合保税区管理委员会)政府信息公开办公室,"
            + "地址:石嘴山市大武口区青峦路1号,电话:0952-1234567。\n一、总体情况\n2022年,我委认真贯彻落实《条例》。" + Sections);

        Assert.Equal("中国(宁夏)自由贸易试验区石嘴山片区管理委员会", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    [Fact]
    public void Extract_AFreeTradeZonesAreaNamedAfterNoCity_IsPlacedInItsProvince()
    {
        var report = Extract("\n如对本报告有任何疑问,请联系:中国(宁夏)自由贸易试验区青峦片区管理委员会政府信息公开办公室,电话:0952-1234567。\n一、总体情况\n"
            + "2022年,我委认真贯彻落实《条例》。" + Sections);

        Assert.Equal("中国(宁夏)自由贸易试验区青峦片区管理委员会", report.Agency);
        Assert.Equal("640000", report.Region?.Code);
    }
}
