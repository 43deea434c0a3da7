using Archive.Ingest.Extraction;
using Archive.Samples.Generation;
using Xunit.Abstractions;

namespace Archive.Ingest.Tests.Generation;

/// <summary>
/// The extractor against 1,000 generated reports (issue 8, acceptance 2): every report must match its truth file —
/// metadata, metrics with provenance and order, and flags, including the deliberate identity errors. Two seeds, so a
/// fix that only fits one sample shows. A failure lists the mismatching reports and the causes by count.
/// </summary>
public sealed class GeneratedExtractionTests(ITestOutputHelper output)
{
    private const int Count = 1000;
    private const int ListedMismatches = 40;

    [Theory]
    [InlineData(42UL)]
    [InlineData(7UL)]
    public void Extract_ThousandGeneratedReports_MatchesTheirTruth(ulong seed)
    {
        var extractor = new ReportExtractor();
        var matched = 0;
        var causes = new Dictionary<string, int>(StringComparer.Ordinal);
        var examples = new Dictionary<string, string>(StringComparer.Ordinal);
        var mismatches = new List<string>();
        foreach (var report in ReportGenerator.Generate(new GeneratorOptions(Count, seed)))
        {
            var extracted = extractor.Extract(report.Text, report.FileName);
            var differences = ExtractionComparison.Differences(report.Truth, extracted);
            if (differences.Count == 0)
            {
                matched++;
                continue;
            }

            mismatches.Add($"{report.FileName} [{report.Truth.Template}, {report.Traits.Layout}{(report.Traits.FullWidthDigits ? ", full-width" : string.Empty)}]: {string.Join(" | ", differences.Take(6))}{(differences.Count > 6 ? $" | … {differences.Count - 6} more" : string.Empty)}");
            foreach (var difference in differences)
            {
                var cause = ExtractionComparison.Cause(difference);
                causes[cause] = causes.GetValueOrDefault(cause) + 1;
                examples.TryAdd(cause, $"{report.FileName}: {difference}");
            }
        }

        var summary = new List<string> { $"seed {seed}: {matched}/{Count} reports match their truth" };
        summary.AddRange(causes.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Value,6}  {p.Key}   e.g. {examples[p.Key]}"));
        summary.AddRange(mismatches.Take(ListedMismatches));
        if (mismatches.Count > ListedMismatches)
        {
            summary.Add($"… {mismatches.Count - ListedMismatches} more mismatching reports");
        }

        foreach (var line in summary)
        {
            output.WriteLine(line);
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, summary));
    }
}
