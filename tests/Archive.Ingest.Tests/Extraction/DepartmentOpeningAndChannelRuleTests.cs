using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// County and city departments' report pages of 2019–2025 (thirty-second session, r98) on small fictional texts:
/// applications 接受'd, a site's 集约化 platform, 政务微信 publishing 主动, the residual channel of a list without 信息,
/// a compiler statement after the clause it went by, the overview's heading opening the body's sentence, an autonomous
/// prefecture's short name before 乡村振兴局, 住房城乡建设局 after its level alone, and a department named by its level in
/// the contact line.
/// </summary>
public sealed class DepartmentOpeningAndChannelRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> ProseMetrics(string sentence) =>
        Extractor.Extract("青石县某某局2022年政府信息公开工作年度报告\n\n一、总体情况\n" + sentence + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    [Theory]
    [InlineData("(二)依申请公开情况。2022年县某某委接受政府信息公开申请2件,全部按规定答复。", "legacy.apply.received", 2)]
    [InlineData("2022年度,青石县某某局通过青石市人民政府网站集约化平台共主动公开政府信息201条,其中政策法规类信息19条。", "legacy.channel.website", 201)]
    [InlineData("通过青石县政府网站主动公开政府信息357条,通过政务微信主动公开政府信息116条。", "legacy.channel.wechat", 116)]
    [InlineData("2022年我局主动公开信息共373条,通过政府门户网站发布信息93条、通过“青石水务”微信公众号发布信息323条、其他方式公开13条。", "legacy.channel.other", 13)]
    public void Extract_DepartmentPagesProseFigures(string sentence, string key, int value)
    {
        var metrics = ProseMetrics(sentence);

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    // The other ways named alone, not an item of a list of counted channels: not the residual channel.
    [InlineData("此外,其他方式公开13条。", "legacy.channel.other")]
    // 接受 of something other than applications: no count of them.
    [InlineData("2022年县某某委接受群众咨询20件。", "legacy.apply.received")]
    public void Extract_DepartmentPagesFiguresThatAreNoKeysFigure(string sentence, string key)
    {
        var metrics = ProseMetrics(sentence);

        Assert.False(metrics.ContainsKey(key));
    }

    // A department named by its level alone (县人社局) whose county, a two-character name, is printed only before its
    // government's site (利用X县人民政府网站…): that county's department.
    [Theory]
    [InlineData("萧县", "340000")]
    [InlineData("单县", "370000")]
    public void Extract_DepartmentByItsLevelUnderATwoCharacterCountysSite_IsThatCountys(string county, string province)
    {
        var text = "一、总体情况\n2023年,县人社局严格按照《中华人民共和国政府信息公开条例》相关规定,及时发布政务信息。"
            + $"全年,利用{county}人民政府网站,对县人社局的领导分工、工作动态等信息进行公开。\n";

        var report = Extractor.Extract(text, "county-site.txt");

        Assert.Equal(county + "人力资源和社会保障局", report.Agency);
        Assert.StartsWith(province[..2], report.Region?.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_CompilerAfterTheClauseItWentBy_IsTheAgency()
    {
        var text = "根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发<中华人民共和国政府信息公开工作年度报告格式>的通知》"
            + "(国办公开办函〔2021〕30号)要求,结合工作实际,惠农区水务局编制了2024年度政府信息公开工作年度报告,主要包括总体情况等6个部分。"
            + "本报告所列数据的统计起止时间为2024年1月1日至12月31日。\n一、总体情况\n(一)主动公开\n2024年累计更新发布信息15条。\n";

        var report = Extractor.Extract(text, "compiler.txt");

        Assert.Equal("惠农区水务局", report.Agency);
        Assert.Equal("640205", report.Region?.Code);
    }

    [Fact]
    public void Extract_OverviewHeadingOpeningTheBodysSentence_IsTheAgency()
    {
        var text = "编制说明:本年度报告根据国、省、市政府信息公开相关法律、法规的规定编制,本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n"
            + "一、总体情况\n石嘴山市某某局认真贯彻《中华人民共和国政府信息公开条例》的各项要求,充分保障公众知情权。\n";

        var report = Extractor.Extract(text, "opening.txt");

        Assert.Equal("石嘴山市某某局", report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    // The heading before a sentence that names no place: no body.
    [Fact]
    public void Extract_OverviewHeadingBeforeAPronoun_NamesNoAgency()
    {
        var text = "本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n一、总体情况\n我局认真贯彻《中华人民共和国政府信息公开条例》的各项要求。\n";

        var report = Extractor.Extract(text, "pronoun.txt");

        Assert.Null(report.Agency);
    }

    [Fact]
    public void Extract_AutonomousPrefectureShortNameBeforeRuralRevitalisation_IsThePrefecture()
    {
        var text = "德宏州乡村振兴局2023年度政府信息公开工作年度报告\n一、总体情况\n2023年,我局认真落实政务公开工作要求。\n";

        var report = Extractor.Extract(text, "prefecture.txt");

        Assert.Equal("533100", report.Region?.Code);
        Assert.Equal("德宏傣族景颇族自治州乡村振兴局", report.Agency);
    }

    [Theory]
    // Printed after its level alone, the city named elsewhere: the usual spelling with 和.
    [InlineData("2022年,市住房城乡建设局认真贯彻《中华人民共和国政府信息公开条例》和《关于印发石嘴山市2022年政务公开重点工作安排的通知》。", "石嘴山市住房和城乡建设局")]
    // Printed with its place: the body's own spelling.
    [InlineData("2022年,石嘴山市住房城乡建设局认真贯彻《中华人民共和国政府信息公开条例》。", "石嘴山市住房城乡建设局")]
    public void Extract_HousingBureauSpeltWithoutAnd(string opening, string agency)
    {
        var text = opening + "本年度报告中所列数据的统计期限自2022年1月1日起至12月31日止。\n一、总体情况\n(一)主动公开情况\n2022年,我局依托市政府门户网站主动公开各类信息。\n";

        var report = Extractor.Extract(text, "housing.txt");

        Assert.Equal(agency, report.Agency);
        Assert.Equal("640200", report.Region?.Code);
    }

    [Theory]
    // The county named in the address: the bureau of that county.
    [InlineData("(地址:平罗县南大街城建大厦,电话:0000-1234567)", "平罗县住房和城乡建设局")]
    // No county named anywhere: no body.
    [InlineData("(电话:0000-1234567)", null)]
    public void Extract_DepartmentByItsLevelInTheContactLine(string address, string? agency)
    {
        var text = "一、总体情况\n今年以来,我局高度重视政府信息公开工作,现对我局2022年政府信息公开工作情况进行了梳理。报告所列数据的统计期限自2022年1月1日起至2022年12月31日止。"
            + "如对本年度报告有任何疑问,请与县住房和城乡建设局办公室联系" + address + "。\n1.主动公开政务信息情况。\n";

        var report = Extractor.Extract(text, "contact.txt");

        Assert.Equal(agency, report.Agency);
    }
}
