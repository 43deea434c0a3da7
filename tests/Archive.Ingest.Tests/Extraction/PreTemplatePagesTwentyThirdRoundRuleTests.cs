using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// 2008–2018 report pages on fictional fixtures (thirty-sixth session, r125): an area's disclosure staffing, offices,
/// money and meetings in other words than the 统计表's; an office's report in which the area speaks; an autonomous
/// prefecture titled by its short name; the level's own government's report on its website; a portal byline whose
/// site name a blanked pinyin gloss cut in two. Each rule case fails without its rule; the guards keep what must stay
/// unread.
/// </summary>
public sealed class PreTemplatePagesTwentyThirdRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    // 2015年全州政府信息公开专门工作机构N个,共有专、兼职工作人员N名,全州用于政府信息公开的专项经费共计N万元,各级各部门
    // 召开政府信息公开相关工作会议N次 (a prefecture's 2015 report): the 统计表's offices, staff, money and meetings in the
    // area's own words, a government's aggregate scope.
    [Fact]
    public void Extract_AreasStaffingMoneyAndMeetingsInOtherWords_AreTheRows()
    {
        var metrics = OverviewMetrics(
            "石嘴山市2015年政府信息公开工作年度报告",
            "2015年全市政府信息公开专门工作机构6个,共有专、兼职工作人员120名,全市用于政府信息公开的专项经费共计35.5万元,各级各部门召开政府信息公开相关工作会议42次,举办各类培训班20次。");

        Assert.Equal(6m, Value(metrics, "legacy.org.units"));
        Assert.Equal(120m, Value(metrics, "legacy.org.staff"));
        Assert.Equal(35.5m, Value(metrics, "legacy.org.budget"));
        Assert.Equal(42m, Value(metrics, "legacy.meetings"));
        Assert.Equal(20m, Value(metrics, "legacy.trainings"));
    }

    // A department's report: the whole area's offices and money are its place's, not the department's.
    [Fact]
    public void Extract_AreasOfficesAndMoneyInADepartmentsReport_AreNotRead()
    {
        var metrics = OverviewMetrics(
            "平罗县某某局2015年政府信息公开工作年度报告",
            "2015年全县政府信息公开专门工作机构6个,全县用于政府信息公开的专项经费共计35.5万元。");

        Assert.Null(Value(metrics, "legacy.org.units"));
        Assert.Null(Value(metrics, "legacy.org.budget"));
    }

    // Money printed in 元 or approximately, staff had in another year, meetings of no stated subject: none of the rows.
    [Theory]
    [InlineData("全市用于政府信息公开的专项经费共计3000元。", "legacy.org.budget")]
    [InlineData("全市用于政府信息公开的专项经费共计约35万元。", "legacy.org.budget")]
    [InlineData("2014年全市政府信息公开专门工作机构6个,共有专、兼职工作人员120名。", "legacy.org.staff")]
    [InlineData("2014年全市政府信息公开专门工作机构6个,共有专、兼职工作人员120名。", "legacy.org.units")]
    [InlineData("各乡镇共有专、兼职工作人员120名。", "legacy.org.staff")]
    [InlineData("各级各部门召开各类相关工作会议42次。", "legacy.meetings")]
    public void Extract_RowsInOtherWordsOutsideTheirScope_AreNotRead(string sentence, string key)
    {
        var metrics = OverviewMetrics("石嘴山市2015年政府信息公开工作年度报告", sentence);

        Assert.Null(Value(metrics, key));
    }

    // 本年度报告由X市人民政府办公厅…编制 … 2011年,我市政府信息公开工作坚持… (a municipality's report); 由X县人民政府办公室编制 …
    // 2014以来,我县高度重视… (a county's); X旗人民政府办公室编制了2017年…报告 … 根据上级…要求,我旗结合实际,将全旗… (a
    // banner's): the area speaks as the subject of its clause, so the office compiled the government's report.
    [Theory]
    [InlineData("本年度报告由石嘴山市人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。\n一、工作开展情况\n2015年,我市政府信息公开工作坚持以公开为常态,不断健全公开机制。", "石嘴山市人民政府")]
    [InlineData("本报告以《条例》和2014年度平罗县政府信息公开情况为依据,由平罗县人民政府办公室编制。\n一、概述\n2014以来,我县高度重视信息公开工作,切实加强领导。", "平罗县人民政府")]
    [InlineData("根据《中华人民共和国政府信息公开条例》要求,平罗县人民政府办公室编制了2017年政府信息公开工作报告。\n一、政府信息公开工作情况\n根据上级有关文件精神和要求,我县结合实际,将全县全年的政务公开重点工作进行分解。", "平罗县人民政府")]
    // The office speaking of itself keeps its report; the area named but not doing the work says nothing.
    [InlineData("本年度报告由石嘴山市人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。\n一、工作开展情况\n2015年,我市政府信息公开工作坚持以公开为常态。我办认真做好本机关政府信息公开工作。", "石嘴山市人民政府办公室")]
    [InlineData("本年度报告由石嘴山市人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。\n一、工作开展情况\n2015年,根据我市实际,不断健全公开机制。", "石嘴山市人民政府办公室")]
    public void Extract_OfficesReportInWhichTheAreaSpeaks_IsTheGovernments(string opening, string expected)
    {
        var report = Extractor.Extract(opening + "\n" + PreTemplateBody, "office.txt");

        Assert.Equal(expected, report.Agency);
    }

    // X州2015年…报告 (a prefecture's title): X州 alone is the autonomous prefecture by its short name, its government the
    // body; a county's short name with 州 is no place.
    [Fact]
    public void Extract_AutonomousPrefectureTitledByItsShortName_IsItsGovernment()
    {
        var report = Extractor.Extract("凉山州2015年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止。\n一、概述\n" + PreTemplateBody, "prefecture.txt");

        Assert.Equal("凉山彝族自治州人民政府", report.Agency);
        Assert.Equal("513400", report.Region?.Code);
    }

    [Fact]
    public void Extract_CountysShortNameWithZhou_IsNoPlace()
    {
        var report = Extractor.Extract("平罗州2015年政府信息公开工作年度报告\n本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止。\n一、概述\n" + PreTemplateBody, "prefecture.txt");

        Assert.Null(report.Region);
    }

    // 特向社会公布2018年度本级政府(机关)信息公开年度报告 … 电子版可在X县人民政府网站下载 (a county's page naming no body): the
    // level's own government's report, on that government's site.
    [Fact]
    public void Extract_LevelsOwnGovernmentsReportOnItsSite_IsThatGovernments()
    {
        var report = Extractor.Extract(
            "根据《中华人民共和国政府信息公开条例》有关规定,特向社会公布2018年度本级政府(机关)信息公开年度报告。本报告中所列数据的统计期限自2018年1月1日起,至2018年12月31日止。本报告的电子版可在平罗县人民政府网站(www.example.gov.cn)下载。\n一、概述\n" + PreTemplateBody,
            "level.txt");

        Assert.Equal("平罗县人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    // Without the level's own government named as the report's, the site places the report but names no body.
    [Fact]
    public void Extract_ReportOnAGovernmentSiteNotStatedAsTheLevels_NamesNoBody()
    {
        var report = Extractor.Extract(
            "根据《中华人民共和国政府信息公开条例》有关规定,特向社会公布2018年度信息公开年度报告。本报告中所列数据的统计期限自2018年1月1日起,至2018年12月31日止。本报告的电子版可在平罗县人民政府网站(www.example.gov.cn)下载。\n一、概述\n" + PreTemplateBody,
            "level.txt");

        Assert.Null(report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    // 中央政府門戶網(wǎng)站 x.com   2012年03月31日 11時11分   來源:… (a mirror of the central portal's repost): the gloss,
    // blanked, cut the site's name in two; the byline's date is the page's all the same.
    [Fact]
    public void Extract_PortalBylineWhoseSiteNameAGlossCut_GivesThePostingDate()
    {
        var text = "當(dāng)前位置: 首頁>> 工作動態(tài)>> 地方政務(wù)\n \n石嘴山市2011年政府信息公開工作年度報告\n"
            + "中央政府門戶網(wǎng)站 example.com   2012年03月31日 11時11分   來源:石嘴山市人民政府網(wǎng)站\n\n"
            + "石嘴山市2011年政府信息公開工作年度報告\n\n    一、概述\n\n    本年度認真做好政府信息公開工作。\n";

        var report = Extractor.Extract(text, "byline.txt");

        Assert.Equal("2012-03-31", report.Published);
    }

    // A name cell before a cell that is no site's address (站 转载) is no byline: its date is not taken for one.
    [Fact]
    public void Extract_NameCellsWithoutAnAddress_AreNoByline()
    {
        var text = "當(dāng)前位置: 首頁>> 工作動態(tài)>> 地方政務(wù)\n \n石嘴山市2011年政府信息公開工作年度報告\n"
            + "中央政府門戶網(wǎng)站 轉載   2012年03月31日 11時11分   來源:石嘴山市人民政府網(wǎng)站\n\n"
            + "石嘴山市2011年政府信息公開工作年度報告\n\n    一、概述\n\n    本年度認真做好政府信息公開工作。\n";

        var report = Extractor.Extract(text, "byline.txt");

        Assert.Null(report.Published);
    }
}
