using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// Governments' and their offices' report pages of 2019–2025 (nineteenth round of real reports from elsewhere): the
/// applications received split by how they came after 其中 (网络渠道申请, 通过政府网站申请, 信函邮寄申请, 邮寄纸质版申请,
/// 当面提交申请), regulatory documents issued named as the 2021 template names them or counted by 个, complaints about
/// disclosure named 投诉举报. Fictional texts.
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
    // Regulatory documents issued as the 2021 template names them, counted by 个.
    [InlineData("市人民政府办公室2025年政府信息公开工作年度报告", "现公开青石市人民政府办公室2025年政府信息公开工作年度报告。(三)政府信息管理情况。2025年,共制发行政规范性文件7个,废止行政规范性文件3个。", "legacy.active.normative_docs_issued", 7)]
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
}
