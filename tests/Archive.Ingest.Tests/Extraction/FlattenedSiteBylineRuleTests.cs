using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// A site's byline under the title (X人民政府门户网站 www.x.gov.cn 2024-01-19) on a page flattened onto one line, as
/// crawler text keeps it: its pieces are read as the line of its own is.
/// </summary>
public sealed class FlattenedSiteBylineRuleTests
{
    private static readonly ReportExtractor Extractor = new();

    private const string Page = "无障碍 | 长者版\n\n当前位置: 首页>政府信息公开>部门信息公开>石嘴山市人民政府办公室>政府信息公开年报\n\n"
        + "石嘴山市人民政府办公室2023年政府信息公开工作年度报告\n\n{0}\n\n"
        + "根据《中华人民共和国政府信息公开条例》规定,现发布本报告,本报告统计数据从2023年1月1日至12月31日。\n"
        + "一、总体情况\n2023年,石嘴山市人民政府办公室认真贯彻落实政府信息公开工作各项要求,持续推进政务公开。\n";

    private static string Flat(string text) => text.Replace("\n", " ", StringComparison.Ordinal);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Extract_SiteNameAddressAndDashedDateUnderTheTitle_GiveThePostingDateOnEitherCopy(bool flattened)
    {
        var text = string.Format(Page, "石嘴山市人民政府门户网站 www.example.gov.cn 2024-01-19 ");

        var report = Extractor.Extract(flattened ? Flat(text) : text, "page.txt");

        Assert.Equal("2024-01-19", report.Published);
        Assert.Equal("石嘴山市人民政府办公室", report.Agency);
    }

    // Guard: the same pieces after a sentence, not under the title, are no byline.
    [Fact]
    public void Extract_SiteNameAddressAndDateAfterASentence_AreNoByline()
    {
        var text = string.Format(Page, "本报告全文见 石嘴山市人民政府门户网站 www.example.gov.cn 2024-01-19 ");

        var report = Extractor.Extract(Flat(text), "page.txt");

        Assert.Null(report.Published);
    }

    // Guard: a date printed with 年月日 there is no dashed byline date (a signature prints 年月日).
    [Fact]
    public void Extract_SiteNameAddressAndAChineseDateUnderTheTitle_AreNoDashedByline()
    {
        var text = string.Format(Page, "石嘴山市人民政府门户网站 www.example.gov.cn 2024年1月19日 ");

        var report = Extractor.Extract(Flat(text), "page.txt");

        Assert.Null(report.Published);
    }
}
