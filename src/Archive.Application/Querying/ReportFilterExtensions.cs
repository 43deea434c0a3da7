using Archive.Storage.Entities;

namespace Archive.Application.Querying;

/// <summary>Turns a <see cref="ReportFilter"/> into SQL conditions; the one place filters are interpreted for the database.</summary>
internal static class ReportFilterExtensions
{
    public static IQueryable<ReportEntity> Apply(this IQueryable<ReportEntity> reports, ReportFilter filter)
    {
        if (filter.RegionCode is { } code)
        {
            // The level columns are filled from the gazetteer at ingest, so one equality per level covers "this region and below".
            reports = reports.Where(r => r.ProvinceCode == code || r.PrefectureCode == code || r.CountyCode == code || r.RegionCode == code);
        }

        if (filter.YearFrom is { } from)
        {
            reports = reports.Where(r => r.Year >= from);
        }

        if (filter.YearTo is { } to)
        {
            reports = reports.Where(r => r.Year <= to);
        }

        if (filter.AgencyName is { } name)
        {
            reports = reports.Where(r => r.AgencyName == name);
        }

        if (filter.AgencyId is { } agencyId)
        {
            reports = reports.Where(r => r.AgencyId == agencyId);
        }

        if (filter.AgencyKind is { } kind)
        {
            reports = reports.Where(r => r.AgencyKind == kind);
        }

        if (filter.Template is { } template)
        {
            reports = reports.Where(r => r.Template == template);
        }

        if (filter.HasFlags is { } hasFlags)
        {
            reports = hasFlags ? reports.Where(r => r.Flags.Any()) : reports.Where(r => !r.Flags.Any());
        }

        if (filter.FlagKind is { } flagKind)
        {
            reports = reports.Where(r => r.Flags.Any(f => f.Kind == flagKind));
        }

        return reports;
    }
}
