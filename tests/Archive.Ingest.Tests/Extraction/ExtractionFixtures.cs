using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// What the rule fixture classes share: one extractor, a report's metrics by key, and a sentence read as a report's
/// overview (under 一、总体情况), as an older page's opening (right after its title, no heading) or under a section heading,
/// and an older page's sections after its opening.
/// </summary>
internal static class ExtractionFixtures
{
    private static readonly ReportExtractor Extractor = new();

    /// <summary>A pre-2019 page's sections after its opening, with no figure in them.</summary>
    public const string PreTemplateBody = """
        二、主动公开政府信息情况
        本年度认真做好政府信息公开工作。
        三、存在的主要问题及改进措施
        公开内容还不够丰富，下一步将继续改进。
        """;

    /// <summary>A metric's value by key, null where the report has none.</summary>
    public static decimal? Value(Dictionary<string, decimal> metrics, string key) => metrics.TryGetValue(key, out var value) ? value : null;

    public static Dictionary<string, decimal> Metrics(ExtractedReport report) =>
        report.Metrics.ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    public static Dictionary<string, decimal> OverviewMetrics(string title, string sentence) =>
        Metrics(Extractor.Extract(title + "\n\n一、总体情况\n" + sentence + "\n", "prose.txt"));

    public static Dictionary<string, decimal> OpeningMetrics(string title, string sentence) =>
        Metrics(Extractor.Extract(title + "\n\n" + sentence + "\n", "page.txt"));

    /// <summary>
    /// A sentence under a section heading of a body's report for a year, its title and 统计期限 line before: the year and
    /// the body are certain, so only the sentence's wording decides its figures.
    /// </summary>
    public static Dictionary<string, decimal> SectionMetrics(string section, string sentence, int year, string body = "某某县某某局") =>
        Metrics(Extractor.Extract($"{body}{year}年政府信息公开工作年度报告\n本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n{section}\n{sentence}\n", "page.txt"));
}
