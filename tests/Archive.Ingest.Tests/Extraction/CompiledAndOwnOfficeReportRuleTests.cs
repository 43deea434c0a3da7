using Archive.Core.Agencies;
using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Whose report a compiled or an office's text is: a report compiled from the place's own levels' reports is its
/// government's; an office that opens its year as its own subject reports for itself; a body named after 在 and the year
/// names itself; a glossed mirror's byline on a line of its own still dates the page. Fictional bodies and figures; the
/// places are the seeds'.
/// </summary>
public sealed class CompiledAndOwnOfficeReportRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string head, string opening) => Extractor.Extract(
        head + "\n一、总体情况\n" + opening + "全年主动公开政府信息120条,收到政府信息公开申请3件,均按时答复。\n"
        + "二、存在的主要问题及改进情况\n公开内容还不够丰富,下一步将继续改进。\n", "page.txt");

    [Fact]
    public void AReportCompiledFromTheCountedReportsOfThePlacesLevels_IsTheGovernments()
    {
        var report = Extract("本报告由石嘴山市人民政府办公室按照《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,根据石嘴山市3个县(区)人民政府和"
            + "市人民政府30个部门的2011年政府信息公开工作年度报告编制。本报告中所列数据的统计期限为2011年1月1日至2011年12月31日。",
            "2011年,全市政府信息公开工作有序推进。");

        Assert.Equal("石嘴山市人民政府", report.Agency);
        Assert.Equal(AgencyKind.PeopleGovernment, report.AgencyKind);
        Assert.Equal("640200", report.Region?.Code);
    }

    [Fact]
    public void AReportCompiledFromTheOfficesOwnUnits_StaysTheOffices()
    {
        var report = Extract("本报告由石嘴山市人民政府办公室按照《中华人民共和国政府信息公开条例》要求,根据本办各科室的工作情况编制。"
            + "本报告中所列数据的统计期限为2011年1月1日至2011年12月31日。", "2011年,我办认真落实《条例》。");

        Assert.Equal("石嘴山市人民政府办公室", report.Agency);
        Assert.Equal(AgencyKind.GovernmentOffice, report.AgencyKind);
    }

    [Fact]
    public void ATownshipsOfficeOpeningItsYearAsItsOwnSubject_ReportsForItself()
    {
        var report = Extract("根据《中华人民共和国政府信息公开条例》的要求,现公布平罗县青石镇人民政府办公室2009年政府信息公开工作年度报告。"
            + "本报告内容涵盖镇政府办公室2009年1月1日至12月31日期间的政府信息公开工作情况。",
            "2009年,青石镇政府办公室按照国家、省、市有关要求,认真结合自身实际,做好政府信息公开工作。");

        Assert.Equal("平罗县青石镇人民政府办公室", report.Agency);
        Assert.Equal(AgencyKind.GovernmentOffice, report.AgencyKind);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void ATownshipsOfficeNamedOnlyInTheTitle_PublishesItsGovernmentsReport()
    {
        var report = Extract("根据《中华人民共和国政府信息公开条例》的要求,现公布平罗县青石镇人民政府办公室2009年政府信息公开工作年度报告。",
            "2009年,青石镇人民政府按照国家、省、市有关要求,认真做好政府信息公开工作。");

        Assert.Equal("平罗县青石镇人民政府", report.Agency);
        Assert.Equal(AgencyKind.Township, report.AgencyKind);
    }

    [Fact]
    public void ABodyNamedAfterTheYearItResolutelyActedIn_NamesItself()
    {
        var report = Extract(string.Empty, "在2024年,石嘴山市经济合作局坚决贯彻落实《中华人民共和国政府信息公开条例》,扎实做好政府信息公开工作。");

        Assert.Equal("石嘴山市经济合作局", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    [Fact]
    public void ANewsPortalsBylineOnAGlossedMirrorsLineOfItsOwn_DatesThePage()
    {
        var report = Extractor.Extract("石嘴山市2011年政府信息公開工作年度報(bào)告\n\n2013年05月20日10:15 | 石嘴山發(fā)展門戶網(wǎng) www.szsfz.cn | 給編輯寫信 字號:T|T\n\n"
            + "本報(bào)告由石嘴山市人民政府辦公室編制。本報(bào)告中所列數(shù)據(jù)的統(tǒng)計(jì)期限為2011年1月1日至2011年12月31日。\n一、概述\n"
            + "2011年,全市政府信息公開工作有序推進。\n", "page.txt");

        Assert.Equal("2013-05-20", report.Published);
        Assert.Equal("石嘴山市人民政府", report.Agency);
    }
}
