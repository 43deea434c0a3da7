using Archive.Application.Querying;
using Archive.Core.Agencies;

namespace Archive.Application.Quality;

/// <summary>
/// The reports of one body across years (issue 24): same region, same normalized agency name. Computed at query
/// time from the stored metadata; a report without a region or agency name is a series of its own.
/// </summary>
/// <param name="RegionCode">The region all reports share; null for a report without one.</param>
/// <param name="AgencyName">The normalized agency name (region prefix dropped, current designation).</param>
/// <param name="Reports">The series' reports by year, then id; reports without a year last.</param>
/// <param name="Names">Each report's normalized name with the renames applied to reach it.</param>
public sealed record ReportSeriesView(
    string? RegionCode,
    string? AgencyName,
    IReadOnlyList<ReportView> Reports,
    IReadOnlyDictionary<long, NormalizedAgencyName> Names)
{
    /// <summary>The nearest earlier-year report of the series (the latest stored when a year has several); null when none.</summary>
    public ReportView? Previous(ReportView report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Year is not { } year)
        {
            return null;
        }

        var earlier = Reports.Where(r => r.Year < year).ToList();
        if (earlier.Count == 0)
        {
            return null;
        }

        var latestYear = earlier.Max(r => r.Year);
        return earlier.Where(r => r.Year == latestYear).MaxBy(r => r.Id);
    }

    /// <summary>The nearest later-year report of the series (the latest stored when a year has several); null when none.</summary>
    public ReportView? Next(ReportView report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Year is not { } year)
        {
            return null;
        }

        var later = Reports.Where(r => r.Year > year).ToList();
        if (later.Count == 0)
        {
            return null;
        }

        var earliestYear = later.Min(r => r.Year);
        return later.Where(r => r.Year == earliestYear).MaxBy(r => r.Id);
    }

    /// <summary>Every report of the series on <paramref name="year"/>.</summary>
    public IReadOnlyList<ReportView> OfYear(int year) => [.. Reports.Where(r => r.Year == year)];

    /// <summary>Consecutive pairs of the series' dated reports (each report to the next one by year and id).</summary>
    public IEnumerable<(ReportView From, ReportView To)> Pairs()
    {
        var dated = Reports.Where(r => r.Year is not null).ToList();
        for (var i = 1; i < dated.Count; i++)
        {
            yield return (dated[i - 1], dated[i]);
        }
    }
}
