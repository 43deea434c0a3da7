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

    // Compiled once, run on the pool's contexts (each collection one JSON-array parameter): see ReportReader.
    private static readonly Func<ArchiveDbContext, IReadOnlyCollection<long>, IAsyncEnumerable<MetricView>> MetricsOfReports =
        EF.CompileAsyncQuery((ArchiveDbContext db, IReadOnlyCollection<long> reportIds) =>
            db.Metrics.AsNoTracking().Where(m => reportIds.Contains(m.ReportId)).OrderBy(m => m.ReportId).ThenBy(m => m.Id)
                .Select(m => new MetricView(m.Id, m.ReportId, m.Key, m.Value, m.Unit, m.Origin, m.SourceStart, m.SourceEnd, m.SourceText)));

    private static readonly Func<ArchiveDbContext, IReadOnlyCollection<long>, IReadOnlyCollection<string>, IAsyncEnumerable<MetricView>> MetricsOfReportsWithKeys =
        EF.CompileAsyncQuery((ArchiveDbContext db, IReadOnlyCollection<long> reportIds, IReadOnlyCollection<string> keys) =>
            db.Metrics.AsNoTracking().Where(m => reportIds.Contains(m.ReportId) && keys.Contains(m.Key)).OrderBy(m => m.ReportId).ThenBy(m => m.Id)
                .Select(m => new MetricView(m.Id, m.ReportId, m.Key, m.Value, m.Unit, m.Origin, m.SourceStart, m.SourceEnd, m.SourceText)));

    private static readonly Func<ArchiveDbContext, IReadOnlyCollection<long>, IAsyncEnumerable<QualityFlagView>> FlagsOfReports =
        EF.CompileAsyncQuery((ArchiveDbContext db, IReadOnlyCollection<long> reportIds) =>
            db.QualityFlags.AsNoTracking().Where(f => reportIds.Contains(f.ReportId)).OrderBy(f => f.Id)
                .Select(f => new QualityFlagView(f.ReportId, f.Kind, f.Detail)));

    private static Task<ILookup<long, MetricView>> GetMetricsAsync(ArchiveDbContext db, IReadOnlyCollection<long> reportIds, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken) =>
        ToLookupAsync(keys is null ? MetricsOfReports(db, reportIds) : MetricsOfReportsWithKeys(db, reportIds, keys), m => m.ReportId, cancellationToken);

    private static Task<ILookup<long, QualityFlagView>> GetFlagsAsync(ArchiveDbContext db, IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken) =>
        ToLookupAsync(FlagsOfReports(db, reportIds), f => f.ReportId, cancellationToken);

    private static async Task<ILookup<long, T>> ToLookupAsync<T>(IAsyncEnumerable<T> rows, Func<T, long> reportId, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            list.Add(row);
        }

        return list.ToLookup(reportId);
    }
}
