using Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Api.Querying;

/// <summary>Reads the metrics and quality flags of a batch of reports, one query each.</summary>
public sealed class MetricReader(ReadContextPool contexts)
{
    /// <summary>Metrics of the given reports, in key order; only <paramref name="keys"/> when given.</summary>
    public Task<ILookup<long, MetricView>> GetMetricsAsync(IReadOnlyCollection<long> reportIds, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken) =>
        contexts.ReadAsync((db, ct) => GetMetricsAsync(db, reportIds, keys, ct), cancellationToken);

    public Task<ILookup<long, QualityFlagView>> GetFlagsAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken) =>
        contexts.ReadAsync((db, ct) => GetFlagsAsync(db, reportIds, ct), cancellationToken);

    private static async Task<ILookup<long, MetricView>> GetMetricsAsync(ArchiveDbContext db, IReadOnlyCollection<long> reportIds, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken)
    {
        var query = db.Metrics.AsNoTracking().Where(m => EF.Parameter(reportIds).Contains(m.ReportId));
        if (keys is not null)
        {
            query = query.Where(m => EF.Parameter(keys).Contains(m.Key));
        }

        var rows = await query.OrderBy(m => m.ReportId).ThenBy(m => m.Id)
            .Select(m => new MetricView(m.Id, m.ReportId, m.Key, m.Value, m.Unit, m.Origin, m.SourceStart, m.SourceEnd, m.SourceText))
            .ToListAsync(cancellationToken);
        return rows.ToLookup(m => m.ReportId);
    }

    private static async Task<ILookup<long, QualityFlagView>> GetFlagsAsync(ArchiveDbContext db, IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken)
    {
        var rows = await db.QualityFlags.AsNoTracking().Where(f => EF.Parameter(reportIds).Contains(f.ReportId)).OrderBy(f => f.Id)
            .Select(f => new QualityFlagView(f.ReportId, f.Kind, f.Detail)).ToListAsync(cancellationToken);
        return rows.ToLookup(f => f.ReportId);
    }
}
