using Archive.Core.Agencies;
using Archive.Core.Quality;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;
using Archive.Search.Querying;
using Archive.Storage.Entities;

namespace Archive.Application.Querying;

/// <summary>
/// Turns a <see cref="ReportFilter"/> into SQL conditions; the one place filters are interpreted for the database.
/// One predicate per <see cref="FilterField"/> that a filter holds, keyed by its name (ReportFilterFieldsTests checks
/// that none is missing).
/// </summary>
public static class ReportFilterExtensions
{
    /// <summary>The SQL condition of each field, given its set value.</summary>
    public static IReadOnlyDictionary<string, Func<IQueryable<ReportEntity>, object, IQueryable<ReportEntity>>> Predicates { get; } =
        new Dictionary<string, Func<IQueryable<ReportEntity>, object, IQueryable<ReportEntity>>>(StringComparer.Ordinal)
        {
            // The level columns are filled from the gazetteer at ingest, so one equality per level covers "this region and below".
            ["regionCode"] = (reports, value) =>
            {
                var code = (string)value;
                return reports.Where(r => r.ProvinceCode == code || r.PrefectureCode == code || r.CountyCode == code || r.RegionCode == code);
            },
            ["yearFrom"] = (reports, value) =>
            {
                var from = (int)value;
                return reports.Where(r => r.Year >= from);
            },
            ["yearTo"] = (reports, value) =>
            {
                var to = (int)value;
                return reports.Where(r => r.Year <= to);
            },
            ["agency"] = (reports, value) =>
            {
                var name = (string)value;
                return reports.Where(r => r.AgencyName == name);
            },
            ["agencyId"] = (reports, value) =>
            {
                var agencyId = (long)value;
                return reports.Where(r => r.AgencyId == agencyId);
            },
            ["agencyKind"] = (reports, value) =>
            {
                // As flagKind: an id that is no agency kind matches no report (as the index answers).
                if (!StableIds.TryParse<AgencyKind>((string)value, out var kind))
                {
                    return reports.Where(r => false);
                }

                return reports.Where(r => r.AgencyKind == kind);
            },
            ["template"] = (reports, value) =>
            {
                var template = (ReportTemplate)value;
                return reports.Where(r => r.Template == template);
            },
            ["hasFlags"] = (reports, value) => (bool)value ? reports.Where(r => r.Flags.Any()) : reports.Where(r => !r.Flags.Any()),
            ["flagKind"] = (reports, value) =>
            {
                // The filter holds the id as given; an id that is no flag kind matches no report (as the index answers).
                if (!StableIds.TryParse<FlagKind>((string)value, out var flagKind))
                {
                    return reports.Where(r => false);
                }

                return reports.Where(r => r.Flags.Any(f => f.Kind == flagKind));
            },
            ["publishedLate"] = (reports, value) => PublishedLate(reports, (bool)value),
        };

    // Every deadline of the rule is the last day of a month of the next year (3月31日, 1月31日): a date is after it
    // when its year is later, or its month in that year is. The kinds come from the rule itself (asked for 2019 on).
    private static readonly AgencyKind[] MarchKinds = KindsWithDeadlineMonth(3);
    private static readonly AgencyKind[] JanuaryKinds = KindsWithDeadlineMonth(1);

    /// <summary>The TIMELINESS verdict (FAIL for true, PASS for false) as SQL, as report.quality gives it: the report's agency kind, else its agency's.</summary>
    private static IQueryable<ReportEntity> PublishedLate(IQueryable<ReportEntity> reports, bool late)
    {
        var first = PublicationDeadlines.FirstRegulatedYear;
        var regulation2019 = PublicationDeadlines.FirstYearOf2019Regulation;
        var march = MarchKinds;
        var january = JanuaryKinds;
        var dated = reports.Where(r => r.PublishedDate != null && r.Year >= first);
        return late
            ? dated.Where(r =>
                r.PublishedDate!.Value.Year > r.Year + 1
                    ? r.Year < regulation2019 || march.Contains(r.AgencyKind ?? r.Agency!.Kind) || january.Contains(r.AgencyKind ?? r.Agency!.Kind)
                    : r.PublishedDate!.Value.Year == r.Year + 1
                      && (r.Year < regulation2019 || march.Contains(r.AgencyKind ?? r.Agency!.Kind)
                          ? r.PublishedDate!.Value.Month > 3
                          : january.Contains(r.AgencyKind ?? r.Agency!.Kind) && r.PublishedDate!.Value.Month > 1))
            : dated.Where(r =>
                r.PublishedDate!.Value.Year == r.Year + 1
                && (r.Year < regulation2019 || march.Contains(r.AgencyKind ?? r.Agency!.Kind)
                    ? r.PublishedDate!.Value.Month <= 3
                    : january.Contains(r.AgencyKind ?? r.Agency!.Kind) && r.PublishedDate!.Value.Month <= 1));
    }

    private static AgencyKind[] KindsWithDeadlineMonth(int month)
    {
        var kinds = Enum.GetValues<AgencyKind>()
            .Where(k => PublicationDeadlines.DeadlineFor(PublicationDeadlines.FirstYearOf2019Regulation, k).Deadline is { } d && d.Month == month)
            .ToArray();
        // The SQL above reads "after the deadline" as "a later month": true only while every deadline ends its month.
        foreach (var kind in kinds)
        {
            var deadline = PublicationDeadlines.DeadlineFor(PublicationDeadlines.FirstYearOf2019Regulation, kind).Deadline!.Value;
            if (deadline.AddDays(1).Month == deadline.Month)
            {
                throw new InvalidOperationException($"The deadline for {kind} ({deadline}) is not the last day of a month.");
            }
        }

        return kinds;
    }

    public static IQueryable<ReportEntity> Apply(this IQueryable<ReportEntity> reports, ReportFilter filter)
    {
        foreach (var (field, value) in ReportFilterFields.Values(filter))
        {
            if (value is not null)
            {
                reports = Predicates[field.Name](reports, value);
            }
        }

        return reports;
    }
}
