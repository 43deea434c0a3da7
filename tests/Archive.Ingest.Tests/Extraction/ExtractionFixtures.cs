using Archive.Core.Reports;
using Archive.Ingest.Extraction;

namespace Archive.Ingest.Tests.Extraction;

/// <summary>
/// What the rule fixture classes share: one extractor, a report's metrics by key, and a sentence read as a report's
/// overview (under 一、总体情况) or as an older page's opening (right after its title, no heading).
/// </summary>
internal static class ExtractionFixtures
{
    private static readonly ReportExtractor Extractor = new();

    public static Dictionary<string, decimal> Metrics(ExtractedReport report) =>
        report.Metrics.ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);

    public static Dictionary<string, decimal> OverviewMetrics(string title, string sentence) =>
        Metrics(Extractor.Extract(title + "\n\n一、总体情况\n" + sentence + "\n", "prose.txt"));

    public static Dictionary<string, decimal> OpeningMetrics(string title, string sentence) =>
        Metrics(Extractor.Extract(title + "\n\n" + sentence + "\n", "page.txt"));
}
