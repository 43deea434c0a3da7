using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Prose and metadata rules that pre-2019 report pages (2008–2018) showed in the seventeenth round (thirty-first
/// session), on small fictional texts: each fails without its rule, and the guards keep what must stay unread.
/// </summary>
public sealed class EarlyReportListAndNameRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static int? Value(Dictionary<string, decimal> metrics, string key) => metrics.TryGetValue(key, out var value) ? (int)value : null;

    // The year's channels listed after its total, each counted and joined by 、: every item is its channel's count.
    [Fact]
    public void Extract_ChannelListJoinedByCommas_ReadsEveryChannel()
    {
        var metrics = OpeningMetrics(
            "某某区2017年政府信息公开工作年度报告",
            "二、主动公开信息情况\n据统计，2017年，全区主动公开政府信息520条。其中，通过政府公报公开信息12条、政府网站发布信息400条、政务微博发布30条、政务微信60条、其它便于公众知晓的方式公开信息90条。");

        Assert.Equal(520, Value(metrics, "legacy.active.total"));
        Assert.Equal(12, Value(metrics, "legacy.channel.gazette"));
        Assert.Equal(400, Value(metrics, "legacy.channel.website"));
        Assert.Equal(30, Value(metrics, "legacy.channel.weibo"));
        Assert.Equal(60, Value(metrics, "legacy.channel.wechat"));
        Assert.Equal(90, Value(metrics, "legacy.channel.other"));
    }

    // Not a list's item: a bare account or the other ways' information with no counted item before them stay unread.
    [Theory]
    [InlineData("2017年，我区政务微信60条。")]
    [InlineData("2017年，我区通过其它方式公开信息90条。")]
    [InlineData("2017年，我区政府网站和政务微信发布信息460条。")]
    public void Extract_ChannelOutsideACountedList_IsNotRead(string sentence)
    {
        var metrics = OpeningMetrics("某某区2017年政府信息公开工作年度报告", sentence);

        Assert.Null(Value(metrics, "legacy.channel.wechat"));
        Assert.Null(Value(metrics, "legacy.channel.other"));
        Assert.Null(Value(metrics, "legacy.channel.website"));
    }

    [Theory]
    [InlineData("全年先后召开政府信息公开工作和各类专题会议8次，举办各类培训班5次，培训相关人员120人次。", 8, 120)]
    [InlineData("全年召开政府信息公开工作会议或专题会议8次，举办各类培训班5次，培训工作人员120人次。", 8, 120)]
    // Meetings of any subject, or people a meeting gathered, are no row of the 统计表.
    [InlineData("全年先后召开各类专题会议8次，参加会议相关人员120人次。", null, null)]
    public void Extract_MeetingsOfTwoKindsAndTraineesCalledRelatedStaff_AreTheRows(string sentence, int? meetings, int? trainees)
    {
        var metrics = OpeningMetrics("某某县2014年政府信息公开工作年度报告", "一、概述\n2014年，我县不断完善规章制度。" + sentence);

        Assert.Equal(meetings, Value(metrics, "legacy.meetings"));
        Assert.Equal(trainees, Value(metrics, "legacy.trainees"));
    }

    // The staff as they stand at the report year's end, by the 统计表's row words (从事信息公开工作人员数).
    [Theory]
    [InlineData("截止2012年末，全街从事信息公开工作人员数5人，兼职人员5人。", 5, 5)]
    [InlineData("截至2012年底，我街从事政府信息公开工作人员共5人，其中兼职人员5人。", 5, 5)]
    // Another year's end is that year's staff; 信息工作 is news work, not disclosure.
    [InlineData("截止2011年末，全街从事信息公开工作人员数5人，兼职人员5人。", null, null)]
    [InlineData("2012年，全街从事信息工作人员5人。", null, null)]
    public void Extract_StaffAtTheReportYearsEnd_IsTheYearsStaff(string sentence, int? staff, int? partTime)
    {
        var metrics = OpeningMetrics("某某街道2012年政府信息公开工作年度报告", "一、基本工作情况\n我街加强组织领导，健全工作机制。" + sentence);

        Assert.Equal(staff, Value(metrics, "legacy.org.staff"));
        Assert.Equal(partTime, Value(metrics, "legacy.org.staff_part_time"));
    }

    // 专、兼职 staffed together are the staff as a whole, never the part-time staff.
    [Theory]
    [InlineData("目前，全县已配备政府信息公开专、兼职工作人员60人，为政府信息公开工作提供了保障。", 60, null)]
    [InlineData("目前，全县已配备政府信息公开专兼职工作人员60人，为政府信息公开工作提供了保障。", 60, null)]
    // Part-time staff alone are read as before.
    [InlineData("目前，我县已配备政府信息公开兼职工作人员2人，为政府信息公开工作提供了保障。", null, 2)]
    public void Extract_FullAndPartTimeStaffedTogether_IsTheTotal(string sentence, int? staff, int? partTime)
    {
        var metrics = OpeningMetrics("某某县2011年政府信息公开工作年度报告", "一、概述\n2011年，我县信息公开工作稳步推进。\n" + sentence);

        Assert.Equal(staff, Value(metrics, "legacy.org.staff"));
        Assert.Equal(partTime, Value(metrics, "legacy.org.staff_part_time"));
    }

    // A zone printed after its city's short name, the city printed in full elsewhere: the city's, not the county that
    // shares its short name (邵阳县 is printed with its 县).
    [Fact]
    public void Extract_ZoneAfterItsCitysShortName_IsTheCitys()
    {
        var text = "高新区2016年政府信息公开工作年度报告\n时间:2017-03-06 10:12 来源:邵阳高新区\n"
            + "本报告由高新区政务公开办公室编制。报告所列数据的统计期限为2016年1月1日至2016年12月31日。\n"
            + "一、概述\n2016年，高新区围绕管委会重点工作推进政务公开。\n"
            + "二、主动公开政府信息情况\n按照邵阳市2016年政务公开工作安排，高新区更新了公开目录。\n";

        var report = Extractor.Extract(text, "zone.txt");

        Assert.Equal("430500", report.Region?.Code);
    }

    // A district that was a county (梅县区): the bare X县 of an older report is the former county, whose code the
    // gazetteer does not hold — no region rather than the district's. The district printed in full is read as before.
    [Theory]
    [InlineData("梅县", null)]
    [InlineData("梅县区", "441403")]
    public void Extract_FormerCountyNameOfADistrict_GivesNoRegion(string county, string? region)
    {
        var text = "我乡人民政府根据《中华人民共和国政府信息公开条例》规定和《" + county + "人民政府办公室关于做好2012年政府信息公开年度报告工作的通知》的要求，特向社会公开2012年度政府信息公开年度报告。"
            + "本报告信息数据统计期限为：2012年1月1日——2012年12月31日，如对本总结有疑义，请与我乡信息公开领导小组联系（地址：" + county + "某某乡人民政府；邮编：514000）。\n"
            + "一、概述\n我乡党委、政府领导高度重视政府信息公开工作。\n二、主动公开政府信息的情况\n2012年我乡主动公开政府信息数120条。\n";

        var report = Extractor.Extract(text, "former-county.txt");

        Assert.Equal(region, report.Region?.Code);
    }

    // The report naming itself with the year first and the county after it, then 是按照…编制而成: the county's government.
    [Theory]
    [InlineData("2011年石林县政府信息公开工作年度报告是按照", "石林彝族自治县人民政府", "530126")]
    // No body named after the year: nothing to read.
    [InlineData("2011年政府信息公开工作年度报告是按照", null, null)]
    public void Extract_SelfNamedOpeningWithTheYearFirst_NamesTheBody(string opening, string? agency, string? region)
    {
        var text = opening + "《中华人民共和国政府信息公开条例》(以下简称《条例》)要求，由县工业商贸和科技信息局综合县级单位及各乡镇街道办2011年政府信息公开工作自查报告及统计数据编制而成。"
            + "本报告由概述，主动公开政府信息情况等部分组成。\n推进政府信息公开工作是贯彻落实《条例》的必然要求。\n";

        var report = Extractor.Extract(text, "self-named.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal(region, report.Region?.Code);
    }
}
