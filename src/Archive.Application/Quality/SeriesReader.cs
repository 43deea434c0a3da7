using Archive.Application.Querying;
using Archive.Core.Agencies;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Application.Quality;

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
                var members = byName.TryGetValue(normalized.Name, out var found) ? [.. found] : new List<(ReportView Report, NormalizedAgencyName Name)> { (report, normalized) };
                members.AddRange(await SaidFormerAsync(members, byName, cancellationToken));
                result[report.Id] = new ReportSeriesView(
                    code,
                    normalized.Name,
                    [.. members.Select(m => m.Report).OrderBy(r => r.Year ?? int.MaxValue).ThenBy(r => r.Id)],
                    members.ToDictionary(m => m.Report.Id, m => m.Name));
            }
        }

        return result;
    }

    /// <summary>
    /// Bodies of the region that the rename table does not map but whose succession a report states (原…): a group of
    /// reports that ends before <paramref name="members"/> begin, named as 原… in the first report of
    /// <paramref name="members"/>; or one that begins after they end and names them so in its own first report. Two
    /// bodies that both published in one year are never one body, so only groups without a shared year are read.
    /// </summary>
    private async Task<List<(ReportView Report, NormalizedAgencyName Name)>> SaidFormerAsync(
        List<(ReportView Report, NormalizedAgencyName Name)> members,
        Dictionary<string, List<(ReportView Report, NormalizedAgencyName Name)>> byName,
        CancellationToken cancellationToken)
    {
        var years = members.Where(m => m.Report.Year is not null).Select(m => m.Report.Year!.Value).ToList();
        if (years.Count == 0 || NotRenamed(members[0].Report))
        {
            return [];
        }

        var (first, last) = (years.Min(), years.Max());
        var own = members[0].Name.Name;
        var before = new List<List<(ReportView Report, NormalizedAgencyName Name)>>();
        var after = new List<List<(ReportView Report, NormalizedAgencyName Name)>>();
        foreach (var (name, group) in byName)
        {
            if (name == own || group.Any(g => g.Report.Year is null) || NotRenamed(group[0].Report))
            {
                continue;
            }

            if (group.All(g => g.Report.Year < first))
            {
                before.Add(group);
            }
            else if (group.All(g => g.Report.Year > last))
            {
                after.Add(group);
            }
        }

        if (before.Count == 0 && after.Count == 0)
        {
            return [];
        }

        var earliest = members.Where(m => m.Report.Year == first).MinBy(m => m.Report.Id);
        var firstOfAfter = after.Select(g => g.Where(m => m.Report.Year == g.Min(x => x.Report.Year)).MinBy(m => m.Report.Id)).ToList();
        var texts = await reports.GetTextsAsync([.. firstOfAfter.Select(m => m.Report.Id).Append(earliest.Report.Id).Distinct()], cancellationToken);
        var merged = new List<(ReportView Report, NormalizedAgencyName Name)>();
        if (texts.TryGetValue(earliest.Report.Id, out var ownText))
        {
            // The latest of the earlier bodies that the first report names as 原….
            var named = before.Where(g => g.Any(m => SeriesLinks.FormerMention(ownText, m.Report, m.Name) is not null))
                .OrderByDescending(g => g.Max(m => m.Report.Year)).FirstOrDefault();
            merged.AddRange(named ?? []);
        }

        // The earliest of the later bodies whose first report names this one as 原….
        var successor = after.Zip(firstOfAfter)
            .Where(p => texts.TryGetValue(p.Second.Report.Id, out var text) && members.Any(m => SeriesLinks.FormerMention(text, m.Report, m.Name) is not null))
            .OrderBy(p => p.Second.Report.Year).Select(p => p.First).FirstOrDefault();
        merged.AddRange(successor ?? []);
        return merged;
    }

    // Governments, townships and subdistricts are not renamed bodies: 原…乡人民政府 in a report is a merger of places.
    private static bool NotRenamed(ReportView report) =>
        AgencyKinds.Classify(NameOf(report)) is AgencyKind.PeopleGovernment or AgencyKind.Township or AgencyKind.Subdistrict;

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
