using Archive.Core.Agencies;
using Archive.Core.Quality;
using Archive.Core.Reports;
using Archive.Samples.Generation;
using Archive.Testing;

namespace Archive.Ingest.Tests.Generation;

/// <summary>Series mode of the generator (issue 24): bodies year after year, and each fault put in written down.</summary>
public sealed class SeriesGeneratorTests
{
    private static readonly string[] Applicants = ["natural", "business", "research", "social_org", "legal_service", "other_org"];

    private static readonly GeneratorOptions Options = new(800, 24, ErrorRate: 0) { AnomalyRate = 0, Series = new SeriesOptions() };

    private static readonly Lazy<List<GeneratedReport>> Reports = new(() => [.. ReportGenerator.Generate(Options)]);

    [Fact]
    public void Series_OffByDefault_ReportsCarryNoSeriesTruth()
    {
        Assert.Null(new GeneratorOptions(1, 1).Series);
        Assert.All(ReportGenerator.Generate(new GeneratorOptions(20, 1)), r => Assert.Null(r.Series));
    }

    [Fact]
    public void Series_EachBody_ReportsOnIncreasingYears_InOneRegion_UnderOneNormalizedName()
    {
        var bodies = Reports.Value.GroupBy(r => r.Series!.Body).ToList();
        Assert.Equal(100, bodies.Count);
        foreach (var body in bodies)
        {
            var years = body.Select(r => r.Truth.Year!.Value).ToList();
            Assert.Equal(years.Order(), years);
            Assert.Equal(years.Count, years.Distinct().Count());
            Assert.InRange(years[^1] - years[0], 7, 8);
            Assert.Single(body.Select(r => r.Truth.Region!.Code).Distinct());
            Assert.Single(body.Select(r => AgencyNameNormalizer.Default.Normalize(r.Truth.Agency!, r.Truth.Region!.Path).Name).Distinct());
        }

        // No two bodies share a region and a normalized name: each body is one series.
        Assert.Equal(100, bodies.Select(b => (b.First().Truth.Region!.Code, AgencyNameNormalizer.Default.Normalize(b.First().Truth.Agency!, b.First().Truth.Region!.Path).Name)).Distinct().Count());
        Assert.Contains(Reports.Value, r => r.Series!.Faults.Any(f => f.Kind == SeriesFaultKind.Renamed));
        Assert.Contains(Reports.Value, r => r.Series!.Faults.Any(f => f.Kind == SeriesFaultKind.MissingYear));
    }

    [Fact]
    public void Series_CarryOver_HoldsInEveryColumn_ButWherePutInOnPurpose()
    {
        var byIndex = Reports.Value;
        var mismatches = 0;
        for (var i = 0; i < byIndex.Count; i++)
        {
            var report = byIndex[i];
            if (report.Series!.PreviousIndex is not { } p || byIndex[p].Truth.Year != report.Truth.Year - 1
                || report.Truth.Template == ReportTemplate.Pre2019 || byIndex[p].Truth.Template == ReportTemplate.Pre2019)
            {
                Assert.DoesNotContain(report.Series.Faults, f => f.Kind == SeriesFaultKind.CarryOverMismatch);
                continue;
            }

            var fault = report.Series.Faults.SingleOrDefault(f => f.Kind == SeriesFaultKind.CarryOverMismatch);
            foreach (var column in Applicants.Append("total"))
            {
                var before = Value(byIndex[p], "apply.carried_out." + column);
                var now = Value(report, "apply.carried_in." + column);
                var expected = fault is null || (column != fault.Subject && column != "total") ? 0 : fault.Amount;
                if (before is not null && now is not null)
                {
                    Assert.Equal(expected, now - before);
                }
            }

            mismatches += fault is null ? 0 : 1;
        }

        Assert.InRange(mismatches, 5, 60);
    }

    [Fact]
    public void Series_InForce_FollowsFromLastYear_ButWherePutInOnPurpose()
    {
        var byIndex = Reports.Value;
        var checkedPairs = 0;
        foreach (var report in byIndex.Where(r => r.Truth.Template == ReportTemplate.V2021))
        {
            if (report.Series!.PreviousIndex is not { } p || byIndex[p].Truth.Template != ReportTemplate.V2021 || byIndex[p].Truth.Year != report.Truth.Year - 1)
            {
                continue;
            }

            checkedPairs++;
            var fault = report.Series.Faults.SingleOrDefault(f => f.Kind == SeriesFaultKind.InForceMismatch);
            foreach (var row in new[] { "active.rules", "active.normative_docs" })
            {
                var lhs = Value(byIndex[p], row + ".in_force") + Value(report, row + ".issued") - Value(report, row + ".repealed");
                if (lhs is not null && Value(report, row + ".in_force") is { } inForce)
                {
                    Assert.Equal(fault is not null && row == fault.Subject ? fault.Amount : 0, inForce - lhs);
                }
            }
        }

        Assert.True(checkedPairs > 100, $"{checkedPairs} pairs");
    }

    [Fact]
    public void Series_Dates_OnTimeByTheLegalDeadline_ButWherePutInLate()
    {
        var late = 0;
        foreach (var report in Reports.Value)
        {
            var result = PublicationDeadlines.Evaluate(report.Truth.Year, report.Truth.AgencyKind, report.Truth.Published);
            var fault = report.Series!.Faults.SingleOrDefault(f => f.Kind == SeriesFaultKind.PublishedLate);
            if (fault is null)
            {
                Assert.NotEqual(TimelinessVerdict.Late, result.Verdict);
            }
            else
            {
                Assert.Equal((TimelinessVerdict.Late, (int?)fault.Amount), (result.Verdict, result.DaysLate));
                late++;
            }
        }

        Assert.InRange(late, 20, 90);
    }

    [Fact]
    public void Series_CopiedOverview_IsThePreviousReportsOverview()
    {
        var copies = Reports.Value.Where(r => r.Series!.Faults.Any(f => f.Kind == SeriesFaultKind.CopiedFromPrevious)).ToList();
        Assert.InRange(copies.Count, 10, 120);
        foreach (var copy in copies)
        {
            var previous = Reports.Value[copy.Series!.PreviousIndex!.Value];
            var overview = Between(Masked(previous.Text), "一总体情况", "二主动公开政府信息情况");
            Assert.Equal(overview, Between(Masked(copy.Text), "一总体情况", "二主动公开政府信息情况"));
        }
    }

    [Fact]
    public async Task WriteAsync_Series_WritesSeriesTsv_WithEveryFault()
    {
        using var directory = new TempDirectory();
        var options = Options with { Count = 80 };

        await ReportGenerator.WriteAsync(directory.Path, options, null, CancellationToken.None);

        var lines = File.ReadAllLines(Path.Combine(directory.Path, SeriesTruthFile.FileName));
        Assert.Equal(81, lines.Length);
        var reports = ReportGenerator.Generate(options).ToList();
        for (var i = 0; i < reports.Count; i++)
        {
            var columns = lines[i + 1].Split('\t');
            Assert.Equal(reports[i].FileName, columns[0]);
            Assert.Equal(reports[i].Series!.PreviousIndex is { } p ? reports[p].FileName : string.Empty, columns[3]);
            Assert.Equal(reports[i].Series!.Faults.Count, columns[4].Length == 0 ? 0 : columns[4].Split(';').Length);
        }
    }

    // A cell printed blank has no value: a check on it has no verdict, so it is left out here too.
    private static decimal? Value(GeneratedReport report, string key) => report.Truth.Metrics.SingleOrDefault(m => m.Key == key)?.Value;

    // Figures, spacing, line breaks and layout marks differ between a copy and its source: the words are what is copied.
    private static string Masked(string text) => new([.. text.Where(c => c is >= '\u4e00' and <= '\u9fff')]);

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, from + 1, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from);
        return text[from..to];
    }
}
