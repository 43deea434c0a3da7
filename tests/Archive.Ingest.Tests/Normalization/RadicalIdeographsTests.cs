using Archive.Ingest.Extraction;
using Archive.Ingest.Normalization;

namespace Archive.Ingest.Tests.Normalization;

/// <summary>
/// PDF text extraction may return a CJK radical for the ideograph a font draws (人⺠政府): read as the ideograph, in
/// the normalized text and by the extractor, one character for one.
/// </summary>
public sealed class RadicalIdeographsTests
{
    [Theory]
    [InlineData("平潭县人⺠政府", "平潭县人民政府")]
    [InlineData("⻚⻛⻅⻬⻓⻔", "页风见齐长门")]
    [InlineData("⼀⼈⼤", "一人大")] // Kangxi radicals
    [InlineData("人民政府 2021 年", "人民政府 2021 年")]
    public void Normalize_RadicalsBecomeTheirIdeographs(string decoded, string expected)
    {
        var normalized = TextNormalizer.Normalize(decoded);

        Assert.Equal(expected, normalized.Text);
        Assert.Equal(decoded.Length, normalized.Text.Length);
    }

    [Fact]
    public void Extract_AgencyPrintedWithARadical_IsTheBodysName()
    {
        var report = new ReportExtractor().Extract("平罗县人⺠政府2021年政府信息公开工作年度报告\n一、总体情况\n2021年，认真贯彻落实《条例》。\n", "pdf.txt");

        Assert.Equal("平罗县人民政府", report.Agency);
        Assert.Equal("640221", report.Region?.Code);
    }
}
