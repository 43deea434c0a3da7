using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Metadata of pages whose title is missing, spoilt or no title: the year from a school year or from applications
/// carried into the next year, a college named by the report it says it compiled, a government's report its office
/// compiled, a place alone that several cities have, and names that are no body's (a spam brand, an office named by its
/// task alone).
/// </summary>
public sealed class UntitledPageMetadataRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "page.txt");

    [Fact]
    public void Extract_CollegesReportNamedInItsOpening_GivesTheCollegeAndTheSchoolYearsEnd()
    {
        var report = Extract("根据《高等学校信息公开办法》要求,结合学校信息公开工作情况,编制形成《宁夏某某学院2023—2024学年信息公开年度报告》。"
            + "本报告中所列信息公开数据统计期限:自2023年9月1日到2024年8月31日止。\n一、概述\n2023—2024学年,学校坚持依法公开。\n");

        Assert.Equal("宁夏某某学院", report.Agency);
        Assert.Equal(2024, report.Year);
        Assert.Equal("640000", report.Region?.Code);
    }

    // The school year named as the time of the report's data, or ending with the autumn's work on the report: the year
    // it closes in; where the report names its own year, that year (a school year spans two).
    [Theory]
    [InlineData("报告中统计数据的时间为2024年9月1日至2025年8月31日。", 2025)]
    [InlineData("本报告统计期限为2019年9月1日—2020年10月31日。", 2020)]
    [InlineData("现编制某某学院2020年度信息公开工作年度报告。报告中统计数据的时间为2020年9月1日至2021年8月31日。", 2020)]
    public void Extract_SchoolYearAsTheDatasTime_GivesTheReportsYear(string opening, int year)
    {
        var report = Extract(opening + "\n一、概述\n学校坚持依法公开。\n");

        Assert.Equal(year, report.Year);
    }

    // A page with no title whose account cites the body's report of the year before as published in the year (公开发布
    // 《X2021年…报告》 under 2022年,X坚持…): that is no title of its own; the account's year is the report's. A national
    // body opening the account (国家X署, X总署) is the reporting body, with no region.
    [Theory]
    [InlineData("国家青峦出版署")]
    [InlineData("青峦总署")]
    [InlineData("国家青峦局")]
    public void Extract_UntitledNationalBodysPageCitingLastYearsReport_GivesTheAccountsYearAndTheBody(string body)
    {
        var report = Extract($"依据《中华人民共和国政府信息公开条例》编制本报告。\n一、总体情况\n2022年,{body}坚持以习近平新时代中国特色社会主义思想为指导,"
            + $"认真落实政府信息公开工作,按时公开发布《{body}2021年政府信息公开工作年度报告》。\n");

        Assert.Equal(2022, report.Year);
        Assert.Equal(body, report.Agency);
        Assert.Null(report.Region);
    }

    // 政务信息公开 as the year's work (2022年度X局政务信息公开工作依托…), on a page with no title and no period: its year.
    [Fact]
    public void Extract_YearsGovernmentAffairsInformationWork_GivesTheYear()
    {
        var report = Extract("一、总体情况\n2022年度某某区商务局政务信息公开工作依托区政府网站开展。\n");

        Assert.Equal(2022, report.Year);
    }

    // Guard: a span that is no school year (its ends in years more than one apart) gives no year.
    [Fact]
    public void Extract_SpanOverSeveralYears_IsNoSchoolYear()
    {
        var report = Extract("本报告中所列数据统计期限:自2021年9月1日到2024年8月31日止。\n一、概述\n学校坚持依法公开。\n");

        Assert.Null(report.Year);
    }

    [Fact]
    public void Extract_ApplicationsCarriedIntoTheNextYear_GiveTheYearBefore()
    {
        var report = Extract("一、总体情况\n我委共收到政府信息公开申请86件,办理完成78件,余8件转2023年度办理。\n");

        Assert.Equal(2022, report.Year);
        Assert.Equal(ReportTemplate.V2021, report.Template);
    }

    // Guard: carried into two different years, the page says nothing certain.
    [Fact]
    public void Extract_ApplicationsCarriedIntoTwoYears_GiveNoYear()
    {
        var report = Extract("一、总体情况\n余8件转2023年度办理。上年余2件转2022年度办理。\n");

        Assert.Null(report.Year);
    }

    [Fact]
    public void Extract_OfficeCompilingAReportThatCountsItsCountysYear_IsTheGovernments()
    {
        var report = Extract("根据《中华人民共和国政府信息公开条例》要求,由平罗县人民政府办公室编制本报告。本报告中所列数据的统计时限自2022年1月1日至2022年12月31日。\n"
            + "一、总体情况\n(一)主动公开政府信息总体情况\n2022年我县共主动公开政务动态信息共计5942条。\n");

        Assert.Equal("平罗县人民政府", report.Agency);
    }

    // Guard: the office speaking of itself reports its own work.
    [Fact]
    public void Extract_OfficeSpeakingOfItself_StaysTheOffice()
    {
        var report = Extract("根据《中华人民共和国政府信息公开条例》要求,由平罗县人民政府办公室编制本报告。本报告中所列数据的统计时限自2022年1月1日至2022年12月31日。\n"
            + "一、总体情况\n2022年我办共主动公开信息59条。\n");

        Assert.Equal("平罗县人民政府办公室", report.Agency);
    }

    [Fact]
    public void Extract_ProvinceSpeakingOfItsDisclosureWithItsDisclosureOfficeAsContact_IsTheGovernments()
    {
        var report = Extract("本报告中所列数据的统计期限从2016年1月1日起至2016年12月31日止。如对本报告有疑问,请与甘肃省人民政府信息公开办公室联系。\n"
            + "一、概述\n2016年,我省政府信息公开按照党中央国务院决策部署,紧紧围绕中心工作。\n");

        Assert.Equal("甘肃省人民政府", report.Agency);
    }

    [Fact]
    public void Extract_SpamBrandInTheBodysPlace_NamesNoBody()
    {
        var report = Extract("某某娱乐平台网址大全2009年政府信息公开年度报告\n本年度报告由某某娱乐平台网址大全编制。\n2009年,我委认真开展政府信息公开各项工作。\n");

        Assert.Null(report.Agency);
        Assert.Equal(2009, report.Year);
    }

    // Guard: a title naming a body still names it.
    [Fact]
    public void Extract_TitleNamingABody_StillNamesIt()
    {
        var report = Extract("平罗县卫生健康局2009年政府信息公开年度报告\n2009年,我局认真开展政府信息公开各项工作。\n");

        Assert.Equal("平罗县卫生健康局", report.Agency);
    }

    // Guard: a province named by its short name alone in the title is a place, not a spam name.
    [Fact]
    public void Extract_TitleNamingAProvinceByItsShortName_IsTheProvincesGovernment()
    {
        var report = Extract("宁夏2015年政府信息公开工作年度报告\n自治区党委、自治区政府高度重视政府信息公开工作。\n");

        Assert.Equal("宁夏回族自治区人民政府", report.Agency);
    }

    [Fact]
    public void Extract_PlaceAloneThatSeveralCitiesHave_IsItsGovernmentWithNoRegion()
    {
        var report = Extract("向阳区政府信息公开专栏 >> 向阳区人民政府办公室 >> 信息公开年度报告\n\n"
            + "本年报是根据《中华人民共和国政府信息公开条例》规定,结合我区实际编制。报告中所列数据统计期限为2010年1月1日至2010年12月31日。\n");

        Assert.Equal("向阳区人民政府", report.Agency);
        Assert.Null(report.Region);
    }

    [Fact]
    public void Extract_DepartmentsTheReportWorkedWith_AreNoBodyButGiveTheirLevelsPlace()
    {
        var report = Extract("一、总体情况\n2020年,我局会同市林业局、市农业农村局等部门对我市涉及野生动物保护领域的规范性文件进行了全面清理。"
            + "石嘴山市人民政府门户网站公布了清理结果。石嘴山市各部门积极配合。\n");

        Assert.Null(report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    [Fact]
    public void Extract_ShareWidgetAboveTheTitle_IsNoPartOfIt()
    {
        var report = Extract("用微信扫描二维码分享至好友和朋友圈\n平罗县城关镇人民政府2024年\n政府信息公开工作年度报告\n一、总体情况\n2024年,城关镇认真贯彻落实《条例》。\n");

        Assert.Equal("平罗县城关镇人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Extract_HospitalsOwnOfficeAsContact_IsTheHospitals()
    {
        var report = Extract("一、总体情况\n2019年,我院主动公开医院信息213条。如对本报告有疑问,可与平罗县中医院行政办公室联系。\n");

        Assert.Equal("平罗县中医院", report.Agency);
    }

    [Fact]
    public void Extract_CompilerNamedByItsTaskAlone_NamesNoBody()
    {
        var report = Extract("本年报是根据《中华人民共和国政府信息公开条例》规定,结合我区实际,由政务公开办公室编制。"
            + "报告中所列数据统计期限为2010年1月1日至2010年12月31日。\n一、基本情况\n区政府成立了政务公开工作领导小组。\n");

        Assert.Null(report.Agency);
    }
}
