using Archive.Api.Querying;
using Archive.Core.Agencies;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Api.Quality;

/// <summary>
/// Builds agency series at query time: reads every report of the asked reports' regions (metadata only, one query
/// per region) and groups them by normalized agency name (<see cref="AgencyNameNormalizer"/>).
/// </summary>
public sealed class SeriesReader(ReadContextPool contexts, ReportReader reports, RegionDirectory regions, AgencyNameNormalizer normalizer)
{
    /// <summary>The series of each given report (reports that do not exist are left out).</summary>
    public async Task<IReadOnlyDictionary<long, ReportSeriesView>> GetSeriesAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken)
    {
        var asked = await reports.GetByIdsAsync(reportIds, cancellationToken);
        var regionsByCode = await regions.GetByCodeAsync(cancellationToken);
        var result = new Dictionary<long, ReportSeriesView>(asked.Count);
        foreach (var group in asked.Values.GroupBy(r => r.RegionCode))
        {
            if (group.Key is not { } code)
            {
                foreach (var report in group)
                {
                    result[report.Id] = Alone(report, regionNames: []);
                }

                continue;
            }

            // Only this region's own names are dropped from the front of agency names (its ancestors' too).
            IReadOnlyList<string> names = regionsByCode.TryGetValue(code, out var region) ? [.. region.Path.Select(p => p.Name)] : [];
            var inRegion = await ReportsOfRegionAsync(code, cancellationToken);
            var keyed = inRegion
                .Where(r => NameOf(r) is not null)
                .Select(r => (Report: r, Name: normalizer.Normalize(NameOf(r)!, names)))
                .ToList();
            var byName = keyed.GroupBy(k => k.Name.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            foreach (var report in group)
            {
                if (NameOf(report) is not { } agencyName)
                {
                    result[report.Id] = Alone(report, names);
                    continue;
                }

                var normalized = normalizer.Normalize(agencyName, names);
                var members = byName.TryGetValue(normalized.Name, out var found) ? found : [(report, normalized)];
                result[report.Id] = new ReportSeriesView(
                    code,
                    normalized.Name,
                    [.. members.Select(m => m.Report).OrderBy(r => r.Year ?? int.MaxValue).ThenBy(r => r.Id)],
                    members.ToDictionary(m => m.Report.Id, m => m.Name));
            }
        }

        return result;
    }

    private ReportSeriesView Alone(ReportView report, IReadOnlyList<string> regionNames)
    {
        var name = NameOf(report) is { } agencyName ? normalizer.Normalize(agencyName, regionNames) : null;
        return new ReportSeriesView(
            report.RegionCode,
            name?.Name,
            [report],
            name is null ? new Dictionary<long, NormalizedAgencyName>() : new Dictionary<long, NormalizedAgencyName> { [report.Id] = name });
    }

    private static string? NameOf(ReportView report) =>
        string.IsNullOrWhiteSpace(report.AgencyName) ? report.Agency?.Name : report.AgencyName;

    private Task<List<ReportView>> ReportsOfRegionAsync(string code, CancellationToken cancellationToken) =>
        // The level columns are indexed; RegionCode narrows to the region itself (not its sub-regions).
        contexts.ReadAsync(
            (db, ct) => db.Reports.AsNoTracking()
                .Where(r => (r.CountyCode == code || r.PrefectureCode == code || r.ProvinceCode == code) && r.RegionCode == code)
                .Select(ReportReader.ToView)
                .ToListAsync(ct),
            cancellationToken);
}
