using Archive.Application.Quality;
using Archive.Application.Querying;
using Archive.Search.Querying;

namespace Archive.Api.Quality;

/// <summary>The checks of one kind over the reports a filter selects: verdicts counted, and how many reports fail it at least once.</summary>
public sealed record QualityCheckCountView(QualityCheckKind Kind, int Pass, int Fail, int Unknown, int ReportsFailing);

/// <summary>A report with its failing checks.</summary>
public sealed record QualityFailingReportView(ReportView Report, IReadOnlyList<QualityCheckView> Checks);

/// <summary>report.quality over a filter's reports: counts per check kind (a facet) and the failing reports.</summary>
public sealed record QualitySummaryView(int Reports, IReadOnlyList<QualityCheckCountView> Checks, IReadOnlyList<QualityFailingReportView> Failing)
{
    /// <summary>GraphQL evaluates at most this many reports in one request (~4 ms a report on the test host: ~4 s, well inside the 15 s execution timeout).</summary>
    public const int MaxReports = 1_000;

    public static async Task<QualitySummaryView> BuildAsync(QualityScan scan, ReportFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scan);
        await scan.CheckSizeAsync(filter, MaxReports, cancellationToken);
        var reports = 0;
        var counts = Enum.GetValues<QualityCheckKind>().ToDictionary(k => k, _ => new int[4]);
        var failing = new List<QualityFailingReportView>();
        await foreach (var (report, quality) in scan.EvaluateAsync(filter, cancellationToken))
        {
            reports++;
            foreach (var check in quality.Checks)
            {
                counts[check.Kind][(int)check.Verdict]++;
            }

            foreach (var kind in quality.Checks.Where(c => c.Verdict == QualityVerdict.Fail).Select(c => c.Kind).Distinct())
            {
                counts[kind][3]++;
            }

            var fails = quality.Checks.Where(c => c.Verdict == QualityVerdict.Fail).ToList();
            if (fails.Count > 0)
            {
                failing.Add(new QualityFailingReportView(report, fails));
            }
        }

        return new QualitySummaryView(
            reports,
            [.. counts.Select(p => new QualityCheckCountView(p.Key, p.Value[(int)QualityVerdict.Pass], p.Value[(int)QualityVerdict.Fail], p.Value[(int)QualityVerdict.Unknown], p.Value[3]))],
            failing);
    }
}
