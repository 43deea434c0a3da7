using Archive.Core.Agencies;
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
        };

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
