using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Governments' and their offices' report pages of 2019–2025 (nineteenth round of real reports from elsewhere): the
/// applications received split by how they came after 其中 (网络渠道申请, 通过政府网站申请, 信函邮寄申请, 邮寄纸质版申请,
/// 当面提交申请), complaints about disclosure named 投诉举报, an office named only by its level and its government's site.
/// Fictional texts (the site's place a real county-level city no probe set's body belongs to).
/// </summary>
public sealed class GovernmentApplicationChannelRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private static Dictionary<string, decimal> Metrics(string title, string body) =>
        Extractor.Extract(title + "\n\n" + body + "\n", "prose.txt").Metrics
            .ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    [Theory]
    // The channels in brackets after the count: 网络渠道 is online.
    [InlineData("青石市人民政府办公室2025年政府信息公开工作年度报告", "(二)依申请公开。全年共收到政府信息公开申请50件(其中网络渠道申请20件,信函申请30件,线下提交0件)。", "legacy.apply.online", 20)]
    // After 其中 in the same sentence: through the government's website is online.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "(二)依申请公开情况。2024年,全县共收到政府信息公开申请12件,其中通过政府网站申请8件、向县政府办公室邮寄纸质版申请4件,全部属自然人申请件。", "legacy.apply.online", 8)]
    // The office the letter was sent to standing before its channel: 邮寄 is by letter.
    [InlineData("青石县人民政府2024年政府信息公开工作年度报告", "(二)依申请公开情况。2024年,全县共收到政府信息公开申请12件,其中通过政府网站申请8件、向县政府办公室邮寄纸质版申请4件,全部属自然人申请件。", "legacy.apply.letter", 4)]
    // 其中 opening the next sentence, the items given with their shares: 信函邮寄 is by letter, 当面提交 in person.
    [InlineData("青石市人民政府办公室2025年政府信息公开工作年度报告", "1. 申请接收与办理。全年共收到政府信息公开申请90件。其中:电子邮件申请20件,约占总量的22%;信函邮寄申请60件,约占总量的67%;当面提交申请10件,约占总量的11%;", "legacy.apply.letter", 60)]
    [InlineData("青石市人民政府办公室2025年政府信息公开工作年度报告", "1. 申请接收与办理。全年共收到政府信息公开申请90件。其中:电子邮件申请20件,约占总量的22%;信函邮寄申请60件,约占总量的67%;当面提交申请10件,约占总量的11%;", "legacy.apply.in_person", 10)]
    // Complaints about disclosure with 投诉举报 the other way round.
    [InlineData("青石省人民政府办公厅2025年政府信息公开工作年度报告", "(二)规范办理政府信息公开申请。共受理政府信息公开申请120件,信息公开投诉举报6件,因依申请公开引发的行政复议案件8件。", "legacy.complaints", 6)]
    public void Extract_GovernmentPagesApplicationChannelFigures(string title, string body, string key, int value)
    {
        var metrics = Metrics(title, body);

        Assert.Equal(value, metrics[key]);
    }

    [Theory]
    // Applications through a website not after the received count's 其中: some other matter's applications.
    [InlineData("青石县2024年政府信息公开工作年度报告", "(一)政务服务。2024年,群众通过政府网站申请8件事项办理,均已办结。", "legacy.apply.online")]
    // Letters posted with no count of applications received before them: no channel of those.
    [InlineData("青石县2024年政府信息公开工作年度报告", "(三)其他。2024年,县档案馆邮寄纸质版申请4件,均已归档。", "legacy.apply.letter")]
    // 投诉举报 without disclosure named: any matter's complaints.
    [InlineData("青石省人民政府办公厅2025年政府信息公开工作年度报告", "(四)平台建设。政务服务热线全年受理投诉举报1500件。", "legacy.complaints")]
    public void Extract_GovernmentPagesChannelWordingsThatAreNoKeysFigure(string title, string body, string key)
    {
        var metrics = Metrics(title, body);

        Assert.False(metrics.ContainsKey(key));
    }

    [Fact]
    public void Extract_OfficeNamedByItsLevelAndItsGovernmentsSite_IsThatPlacesOffice()
    {
        var text = "依据《中华人民共和国政府信息公开条例》要求,现报告我办2021年度政务公开工作情况。本报告数据统计期限为2021年1月1日至12月31日。\n一、总体情况\n2021年,市政府办公室认真贯彻落实《中华人民共和国政府信息公开条例》,较好地完成了年度政府信息公开工作。\n(一)主动公开政府信息情况\n1.公开的内容涉及我办的主要职能、机构设置等方面。\n2.公开的途径为阿尔山市人民政府网。\n";

        var report = Extractor.Extract(text, "office.txt");

        Assert.Equal("阿尔山市人民政府办公室", report.Agency);
        Assert.Equal("152202", report.Region?.Code);
    }

    [Fact]
    public void Extract_OfficeByItsLevelAndASiteOfAnotherLevel_NamesNoBody()
    {
        // A county's office publishing on its city's site: the site's place is not the office's own (县 ≠ …市).
        var text = "依据《中华人民共和国政府信息公开条例》要求,现报告我办2021年度政务公开工作情况。\n一、总体情况\n2021年,县政府办公室认真贯彻落实《中华人民共和国政府信息公开条例》。\n2.公开的途径为阿尔山市人民政府网。\n";

        var report = Extractor.Extract(text, "office.txt");

        Assert.Null(report.Agency);
    }
}
