using Archive.Core.Vocabulary;
using Archive.Search.Querying;
using Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Application.Querying;

/// <summary>Aggregates metric values in SQL (one GROUP BY query) over the reports a filter selects.</summary>
public sealed class MetricAggregator(IDbContextFactory<ArchiveDbContext> contextFactory)
{
    /// <summary>
    /// Groups the values of <paramref name="keys"/> by key, unit and <paramref name="groupBy"/>; returns at most
    /// <paramref name="limit"/> + 1 groups so the caller can tell that the limit was exceeded.
    /// </summary>
    public async Task<IReadOnlyList<MetricGroup>> AggregateAsync(
        IReadOnlyCollection<string> keys,
        ReportFilter filter,
        IReadOnlyCollection<MetricGroupBy> groupBy,
        int limit,
        CancellationToken cancellationToken)
    {
        var byYear = groupBy.Contains(MetricGroupBy.Year);
        var byProvince = groupBy.Contains(MetricGroupBy.Province);
        var byPrefecture = groupBy.Contains(MetricGroupBy.Prefecture);
        var byCounty = groupBy.Contains(MetricGroupBy.County);
        var byAgency = groupBy.Contains(MetricGroupBy.Agency);
        var byAgencyKind = groupBy.Contains(MetricGroupBy.AgencyKind);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows =
            from m in db.Metrics
            join r in db.Reports.Apply(filter) on m.ReportId equals r.Id
            where keys.Contains(m.MetricKey!.Key)
            select new { m.MetricKey!.Key, m.Unit, m.Value, m.ReportId, r.Year, r.ProvinceCode, r.PrefectureCode, r.CountyCode, r.AgencyId, r.AgencyKind };

        var groups = await rows
            .GroupBy(x => new
            {
                x.Key,
                x.Unit,
                Year = byYear ? x.Year : null,
                Province = byProvince ? x.ProvinceCode : null,
                Prefecture = byPrefecture ? x.PrefectureCode : null,
                County = byCounty ? x.CountyCode : null,
                Agency = byAgency ? x.AgencyId : null,
                AgencyKind = byAgencyKind ? x.AgencyKind : null,
            })
            .Select(g => new MetricGroup(
                g.Key.Key,
                g.Key.Unit,
                g.Key.Year,
                g.Key.Province,
                g.Key.Prefecture,
                g.Key.County,
                g.Key.Agency,
                g.Key.AgencyKind,
                g.Sum(x => x.Value),
                g.Average(x => x.Value),
                g.Min(x => x.Value),
                g.Max(x => x.Value),
                g.Count(),
                g.Select(x => x.ReportId).Distinct().Count()))
            .Take(limit + 1)
            .ToListAsync(cancellationToken);

        return [.. groups
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ThenBy(g => g.Unit, StringComparer.Ordinal)
            .ThenBy(g => g.Year)
            .ThenBy(g => g.ProvinceCode, StringComparer.Ordinal)
            .ThenBy(g => g.PrefectureCode, StringComparer.Ordinal)
            .ThenBy(g => g.CountyCode, StringComparer.Ordinal)
            .ThenBy(g => g.AgencyKind?.StableId(), StringComparer.Ordinal)
            .ThenBy(g => g.AgencyId)];
    }
}
