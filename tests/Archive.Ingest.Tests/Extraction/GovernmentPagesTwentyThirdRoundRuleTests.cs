using Archive.Core.Reports;
using Archive.Ingest.Extraction;
using static Archive.Ingest.Tests.Extraction.ExtractionFixtures;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Governments' and their offices' report pages of 2008–2025 (twenty-third round of real reports from elsewhere):
/// applications received with who sent them to whom between the verb and the applications (收到公众向X提交的政府信息公开
/// 申请N件), received and handled in one clause joined by 和 (收到和办理依申请公开N件), a weibo named in quotes with 微博 inside
/// (通过“X政务微博”发布信息N条); a cut page's last words after a regulation's title are no signer (…和《X市政府信息公开规定》
/// …根据《条例》和省、市政府), the report naming itself as its contents' subject (2014年度X县政府信息公开年度报告全文包括…) and
/// a government opening its year by its level alone after its office compiled the report (2014年,按照…的要求,县政府加快…).
/// Fictional texts.
/// </summary>
public sealed class GovernmentPagesTwentyThirdRoundRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static ExtractedReport Extract(string text) => Extractor.Extract(text, "fixture.txt");

    [Theory]
    // Who sent the applications to whom between 收到 and the applications.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "(二)依申请公开。2024年共收到公众向县政府或县政府办公室提交的政府信息公开申请42件,申请内容主要集中在征地拆迁等方面。", "legacy.apply.received", 42)]
    [InlineData("青石区人民政府2022年政府信息公开工作年度报告", "(二)依申请公开情况。2022年,共收到申请人向区政府提出的政府信息公开申请17件,均按时答复。", "legacy.apply.received", 17)]
    // Received and handled joined by 和, as 并 joins them.
    [InlineData("青石市人民政府办公室2023年政府信息公开工作年度报告", "(二)依申请公开方面。依法依规做好政府信息依申请公开工作,全年共收到和办理依申请公开9件,全部为自然人申请。", "legacy.apply.received", 9)]
    // A weibo named in quotes with 微博 inside the quotes.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "(一)主动公开。通过县政府门户网站发布信息2500条,通过“青石县政务微博”发布信息200条。", "legacy.channel.weibo", 200)]
    public void Extract_GovernmentPageFigures(string title, string sentence, string key, int value)
    {
        var metrics = OverviewMetrics(title, sentence);

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    // A review's application sent to the government is no disclosure application.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "(二)依申请公开。2024年共收到公众向县政府提交的行政复议申请3件。", "legacy.apply.received")]
    // A WeChat account named in quotes is no weibo.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "(一)主动公开。通过县政府门户网站发布信息2500条,通过“青石县政务微信”发布信息200条。", "legacy.channel.weibo")]
    public void Extract_GovernmentPageWordingsThatAreNoKeysFigure(string title, string sentence, string key)
    {
        var metrics = OverviewMetrics(title, sentence);

        Assert.False(metrics.ContainsKey(key));
    }

    [Fact]
    public void Agency_CutPagesLastWordsAfterARegulationsTitle_AreNoSigner()
    {
        // A one-line page cut after 省、市政府: the words are no signer, and the regulation's title 《X市政府信息公开规定》 places none.
        var report = Extract("本年报是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《石嘴山市政府信息公开规定》要求,由平罗县政府办公室编制。"
            + "全文包括:概述、主动公开政府信息情况、依申请公开政府信息办理情况。如对本报告有任何疑问,请联系:平罗县政府信息公开工作领导小组办公室,联系电话:0000-0000000。"
            + " 一、概 述 按“由近及远、分步实施”的原则,基本完成了政府公开信息指南和06、07、08年政府公开信息目录编制工作。通过平罗县政府信息公开网站(http://example.org/pl)"
            + "向全社会公开。截至2014年底,平罗县政府信息公开工作运行正常。 根据《条例》和省、市政府");

        Assert.NotEqual("石嘴山市政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Agency_ReportNamingItselfAsItsContentsSubject_NamesTheCountysGovernment()
    {
        var report = Extract("本年报由平罗县政府办公室编制。2014年度平罗县政府信息公开年度报告全文包括:概述、主动公开政府信息情况、依申请公开政府信息办理情况。\n"
            + "一、概述\n2014年,平罗县政府信息公开工作运行正常。\n");

        Assert.Equal("平罗县人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Fact]
    public void Agency_ReportNamingItselfWithoutABody_KeepsTheCompiler()
    {
        // 2014年度政府信息公开年度报告全文包括… names no body; the office compiling it speaks of itself (我办).
        var report = Extract("本年报由平罗县政府办公室编制。2014年度政府信息公开年度报告全文包括:概述、主动公开政府信息情况、依申请公开政府信息办理情况。\n"
            + "一、概述\n2014年,我办信息公开工作运行正常。\n");

        Assert.Equal("平罗县人民政府办公室", report.Agency);
    }

    [Fact]
    public void Agency_GovernmentOpeningItsYearByItsLevel_IsTheReportsBody()
    {
        var report = Extract(CountyOfficeCompiled("县政府加快电子政务建设"));

        Assert.Equal("平罗县人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }

    [Theory]
    // The office opening the year: its own report.
    [InlineData("县政府办公室加快电子政务建设")]
    // Another level's government: not the compiler's.
    [InlineData("市政府加快电子政务建设")]
    public void Agency_OfficeOrAnotherLevelOpeningTheYear_KeepsTheOffice(string subject)
    {
        var report = Extract(CountyOfficeCompiled(subject));

        Assert.Equal("平罗县人民政府办公室", report.Agency);
    }

    private static string CountyOfficeCompiled(string subject) =>
        "根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由平罗县人民政府办公室编制。全文包括概述,主动公开政府信息情况,依申请公开政府信息情况。\n"
        + "一、概述\n2014年,按照《政府信息公开条例》的要求," + subject + ",紧密结合实际制定工作计划,调整了县政府信息公开领导小组。\n"
        + "二、主动公开政府信息情况\n(一)县政府门户网站主动公开政府信息情况。县政府门户网站发布各类信息800条。\n";
}
