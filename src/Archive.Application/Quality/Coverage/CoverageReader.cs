using Archive.Application.Querying;
using Archive.Core.Agencies;
using Microsoft.EntityFrameworkCore;

namespace Archive.Application.Quality.Coverage;

/// <summary>A body (region + normalized agency name, <see cref="AgencyNameNormalizer"/>) and the years it reported.</summary>
/// <param name="AgencyName">The normalized name (the current designation, region prefix dropped).</param>
/// <param name="PrintedName">The name its latest report prints.</param>
/// <param name="Before">Its report of the nearest year before the asked one; null when none.</param>
/// <param name="After">Its report of the nearest year after the asked one; null when none.</param>
public sealed record CoverageBodyView(string RegionCode, string AgencyName, string PrintedName, IReadOnlyList<int> Years, long? Before, long? After);

/// <summary>Bodies expected to report (the year inside the span of years they reported) and those that did.</summary>
public sealed record CoverageCountView(string RegionCode, int Year, int Expected, int Present)
{
    public int Missing => Expected - Present;
}

/// <summary>The coverage of one region (its sub-regions included) in one year.</summary>
/// <param name="Known">Bodies with a report in any year.</param>
/// <param name="Missing">Bodies expected that year with no report, by region then name.</param>
/// <param name="OutsideSpan">Bodies known only from years before or only from years after (not counted as expected: they may not have existed then).</param>
/// <param name="ByRegion">The year's counts for each region with a known body.</param>
/// <param name="ByYear">The whole region's counts for every year with a report.</param>
public sealed record CoverageView(
    string RegionCode,
    int Year,
    int Known,
    CoverageCountView Total,
    IReadOnlyList<CoverageBodyView> Missing,
    int OutsideSpan,
    IReadOnlyList<CoverageCountView> ByRegion,
    IReadOnlyList<CoverageCountView> ByYear);

/// <summary>
/// Which bodies of a region published no report in a year (issue 24, coverage). A body is expected in a year that lies
/// within the span of years it reported (first to last); a body seen only before or only after is left out of the
/// count rather than guessed missing — a department created by the 2018 机构改革 was not missing in 2015. Bodies
/// are the series' keys: region and normalized agency name (renames of the rename table applied).
/// </summary>
public sealed class CoverageReader(ReadContextPool contexts, RegionDirectory regions, AgencyNameNormalizer normalizer)
{
    public async Task<CoverageView> GetAsync(string regionCode, int year, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(regionCode);
        var code = regionCode;
        var found = await contexts.ReadAsync(
            (db, ct) => db.Reports.AsNoTracking()
                .Where(r => r.ProvinceCode == code || r.PrefectureCode == code || r.CountyCode == code || r.RegionCode == code)
                .Where(r => r.Year != null && r.RegionCode != null)
                .Select(r => new { r.Id, Year = r.Year!.Value, RegionCode = r.RegionCode!, r.AgencyName, AgencyEntityName = r.Agency == null ? null : r.Agency.Name })
                .ToListAsync(ct),
            cancellationToken);
        var rows = found.Select(r => new Row(r.Id, r.Year, r.RegionCode, string.IsNullOrWhiteSpace(r.AgencyName) ? r.AgencyEntityName : r.AgencyName)).ToList();
        var byCode = await regions.GetByCodeAsync(cancellationToken);
        var bodies = rows.Where(r => !string.IsNullOrWhiteSpace(r.Name))
            .GroupBy(r => (r.RegionCode, Name: normalizer.Normalize(r.Name!, byCode.TryGetValue(r.RegionCode, out var region) ? [.. region.Path.Select(p => p.Name)] : []).Name))
            .Select(g => new Body(g.Key.RegionCode, g.Key.Name, [.. g.OrderBy(r => r.Year).ThenBy(r => r.Id)]))
            .ToList();

        var missing = new List<CoverageBodyView>();
        var outside = 0;
        foreach (var body in bodies.Where(b => !b.Has(year)))
        {
            if (!Spans(body, year))
            {
                outside++;
                continue;
            }

            missing.Add(new CoverageBodyView(
                body.RegionCode,
                body.Name,
                body.Reports[^1].Name!,
                [.. body.Reports.Select(r => r.Year).Distinct()],
                body.Reports.LastOrDefault(r => r.Year < year)?.Id,
                body.Reports.FirstOrDefault(r => r.Year > year)?.Id));
        }

        var total = Count(code, year, bodies);
        var byRegion = bodies.Select(b => b.RegionCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(r => Count(r, year, bodies.Where(b => b.RegionCode == r))).Where(c => c.Expected > 0).ToList();
        var byYear = rows.Select(r => r.Year).Distinct().Order().Select(y => Count(code, y, bodies)).ToList();
        return new CoverageView(
            code, year, bodies.Count, total, [.. missing.OrderBy(m => m.RegionCode, StringComparer.Ordinal).ThenBy(m => m.AgencyName, StringComparer.Ordinal)], outside, byRegion, byYear);

        static bool Spans(Body body, int y) => body.Reports[0].Year < y && body.Reports[^1].Year > y;
    }

    private static CoverageCountView Count(string code, int year, IEnumerable<Body> bodies)
    {
        var expected = bodies.Where(b => b.Reports[0].Year <= year && b.Reports[^1].Year >= year).ToList();
        return new CoverageCountView(code, year, expected.Count, expected.Count(b => b.Has(year)));
    }

    private sealed record Row(long Id, int Year, string RegionCode, string? Name);

    private sealed record Body(string RegionCode, string Name, IReadOnlyList<Row> Reports)
    {
        public bool Has(int year) => Reports.Any(r => r.Year == year);
    }
}
