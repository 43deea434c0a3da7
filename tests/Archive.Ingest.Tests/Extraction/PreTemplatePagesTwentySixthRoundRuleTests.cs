using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// 2008–2018 report pages on fictional fixtures (thirty-ninth session, r145: mixed pages as the search returned them):
/// a bureau's compiler named by its disclosure leading group's office with both group words; a place's disclosure office
/// printed without 人民政府 compiling the area's report; a report saying whose year's work it gives; the year's total
/// published through the website and the other channels under a bracketed heading; the staff the whole area has, and the
/// number before the work. Each rule case fails without its rule; the guards keep what must stay unread.
/// </summary>
public sealed class PreTemplatePagesTwentySixthRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private const string Period = "本年度报告中所列数据的统计期限自2015年1月1日起至12月31日止。";

    // 由X区Y局政务公开政府信息公开工作领导小组办公室编制 (a district bureau's page with no title): the office of the bureau's
    // own leading group, named by both group words, compiles the bureau's report (main named the whole office).
    [Fact]
    public void Extract_BureausLeadingGroupOfficeWithBothGroupWords_IsTheBureau()
    {
        var report = Extractor.Extract(
            "本报告是根据《中华人民共和国政府信息公开条例》要求,由平罗县民族宗教事务局政务公开政府信息公开工作领导小组办公室编制。" + Period
            + "\n一、基本情况\n2015年,我局信息公开工作领导小组由局长任组长。\n" + PreTemplateBody,
            "group.txt");

        Assert.Equal("平罗县民族宗教事务局", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    private static string DisclosureOfficePage(string compiled) =>
        "本年度报告是根据《中华人民共和国政府信息公开条例》要求,由石嘴山市政府信息公开办公室" + compiled + "编制而成。"
        + "本年度报告中所列数据的统计期限自2016年1月1日起至12月31日止。\n一、概述\n2016年,全市认真贯彻《条例》。\n" + PreTemplateBody;

    // 由X市政府信息公开办公室综合各县区人民政府和市政府各部门…的…报告编制而成 (a city's compiled report): the city's
    // government, as its leading group's office or its 人民政府's office compiling the area's report (main named the office).
    [Fact]
    public void Extract_PlacesDisclosureOfficeSummingUpTheArea_IsTheGovernment()
    {
        var report = Extractor.Extract(DisclosureOfficePage("综合各县区人民政府和市政府各部门、各单位的政府信息公开年度报告"), "office.txt");

        Assert.Equal("石嘴山市人民政府", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    // Guard: the same office compiling with no word of the area's bodies stays what it is named.
    [Fact]
    public void Extract_PlacesDisclosureOfficeAlone_IsNotTheGovernment()
    {
        var report = Extractor.Extract(DisclosureOfficePage(string.Empty), "office.txt");

        Assert.NotEqual("石嘴山市人民政府", report.Agency);
    }

    private static string OwnWorkPage(string statement) =>
        "根据《中华人民共和国政府信息公开条例》的有关要求,特编制本报告。本报告中所列资料数据的汇总统计期限从2012年1月1日起至2012年12月31日止。"
        + statement + "\n一、概述\n2012年,信息公开工作在党委、政府的正确领导下稳步推进。\n" + PreTemplateBody;

    // 本报告内容主要为X人民政府办公厅2012年度的政府信息公开工作情况。各县市…由各县市、各部门自行公布 (a prefecture's page with
    // no title): the office whose year's work the report gives is its body, not its government (main named none).
    [Fact]
    public void Extract_ReportSayingWhoseYearsWorkItGives_IsThatBody()
    {
        var report = Extractor.Extract(
            OwnWorkPage("本报告内容主要为石嘴山市人民政府办公室2012年度的政府信息公开工作情况。各县区人民政府及市政府各部门2012年政府信息公开年度报告由各县区、各部门自行公布。"),
            "own.txt");

        Assert.Equal("石嘴山市人民政府办公室", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    // Guard: the same sentence about a place's work in general (主要为全市…) names no body.
    [Fact]
    public void Extract_ReportContentNamingNoBody_NamesNone()
    {
        var report = Extractor.Extract(OwnWorkPage("本报告内容主要为全市2012年度的政府信息公开工作情况。"), "own.txt");

        Assert.Null(report.Agency);
    }

    private const string ChannelTitle = "石嘴山市商务局2010年度政府信息公开工作报告";

    private static Dictionary<string, decimal> ChannelMetrics(string clause) =>
        Metrics(Extractor.Extract(
            ChannelTitle + "\n一、概述\n2010年,市商务局认真做好政府信息公开工作。\n二、政府信息主动公开情况\n(一)公开情况\n" + clause
            + "主动公开政府信息2398条,全文电子化率达100%。\n三、政府信息依申请公开情况\n我局2010年度未收到申请。\n", "channels.txt"));

    // 二、…情况 / (一)公开情况 / 市X局2010年通过门户网站和其他信息公开渠道主动公开政府信息N条 (a province department's page): the
    // website and the rest of the channels are every channel, the year's total; the heading's 、 before it is no list (main
    // read no total, also with 等渠道 under such headings).
    [Theory]
    [InlineData("市商务局2010年通过门户网站和其他信息公开渠道")]
    [InlineData("市商务局2010年通过门户网站等渠道")]
    public void Extract_WebsiteAndTheOtherChannelsUnderAHeading_IsTheYearsTotal(string clause)
    {
        Assert.Equal(2398m, Value(ChannelMetrics(clause), "legacy.active.total"));
    }

    // Guard: two channels named (门户网站和微信公众号) may count an item twice: no total.
    [Fact]
    public void Extract_TwoChannelsNamedUnderAHeading_IsNoTotal()
    {
        Assert.Null(Value(ChannelMetrics("市商务局2010年通过门户网站和微信公众号"), "legacy.active.total"));
    }

    private static Dictionary<string, decimal> StaffMetrics(string sentence) =>
        Metrics(Extractor.Extract(
            "石嘴山市2016年政府信息公开工作年度报告\n本年度报告是根据《条例》要求,综合各县区人民政府和市政府各部门的年度报告编制而成。"
            + "本年度报告中所列数据的统计期限自2016年1月1日起至12月31日止。\n一、概述\n" + sentence + "\n" + PreTemplateBody, "staff.txt"));

    // 目前,全市有政府信息公开工作人员N人,其中专职人员N人、兼职人员N人 (a city's compiled report): the whole area's staff and its
    // split (main read none: only 从事…工作人员 was a total).
    [Fact]
    public void Extract_StaffTheWholeAreaHas_IsTheStaff()
    {
        var metrics = StaffMetrics("目前,全市有政府信息公开工作人员351人,其中专职人员41人、兼职人员310人。");

        Assert.Equal(351m, Value(metrics, "legacy.org.staff"));
        Assert.Equal(41m, Value(metrics, "legacy.org.staff_full_time"));
        Assert.Equal(310m, Value(metrics, "legacy.org.staff_part_time"));
    }

    // 全市各公开主体共有N人从事政府信息公开工作 (a city's, the number before the work): the staff.
    [Fact]
    public void Extract_NumberBeforeTheDisclosureWork_IsTheStaff()
    {
        Assert.Equal(86m, Value(StaffMetrics("目前,全市各信息公开主体共有86人从事政府信息公开工作。"), "legacy.org.staff"));
    }

    // Guards: people trained (培训政府信息公开工作人员N人) or a unit's staff (各乡镇有…) are no staff total.
    [Theory]
    [InlineData("全年培训政府信息公开工作人员120人。")]
    [InlineData("目前,各乡镇有政府信息公开工作人员35人。")]
    [InlineData("全市共组织120人参加培训,有45人从事政府信息公开工作满三年。")]
    public void Extract_TrainedOrUnitsStaff_IsNoStaffTotal(string sentence)
    {
        Assert.Null(Value(StaffMetrics(sentence), "legacy.org.staff"));
    }
}
