using Archive.Storage;
using Microsoft.EntityFrameworkCore;

namespace Archive.Application.Querying;

/// <summary>Reads the metrics and quality flags of a batch of reports, one query each.</summary>
public sealed class MetricReader(ReadContextPool contexts)
{
    /// <summary>Metrics of the given reports, in the order they were extracted; only <paramref name="keys"/> when given.</summary>
    public Task<ILookup<long, MetricView>> GetMetricsAsync(IReadOnlyCollection<long> reportIds, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken) =>
        contexts.ReadAsync((db, ct) => GetMetricsAsync(db, reportIds, keys, ct), cancellationToken);

    public Task<ILookup<long, QualityFlagView>> GetFlagsAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken) =>
        contexts.ReadAsync((db, ct) => GetFlagsAsync(db, reportIds, ct), cancellationToken);

    // Compiled once, run on the pool's contexts (each collection one JSON-array parameter): see ReportReader.
    private static readonly CompiledPerModel<Func<ArchiveDbContext, IReadOnlyCollection<long>, IAsyncEnumerable<MetricView>>> MetricsOfReports =
        new(() => EF.CompileAsyncQuery((ArchiveDbContext db, IReadOnlyCollection<long> reportIds) =>
            db.Metrics.AsNoTracking().Where(m => reportIds.Contains(m.ReportId)).OrderBy(m => m.ReportId).ThenBy(m => m.Ordinal)
                .Select(m => new MetricView(m.ReportId, m.MetricKey!.Key, m.Value, m.Unit, m.Origin, m.SourceStart, m.SourceEnd, m.SourceText))));

    private static readonly CompiledPerModel<Func<ArchiveDbContext, IReadOnlyCollection<long>, IReadOnlyCollection<string>, IAsyncEnumerable<MetricView>>> MetricsOfReportsWithKeys =
        new(() => EF.CompileAsyncQuery((ArchiveDbContext db, IReadOnlyCollection<long> reportIds, IReadOnlyCollection<string> keys) =>
            db.Metrics.AsNoTracking().Where(m => reportIds.Contains(m.ReportId) && keys.Contains(m.MetricKey!.Key)).OrderBy(m => m.ReportId).ThenBy(m => m.Ordinal)
                .Select(m => new MetricView(m.ReportId, m.MetricKey!.Key, m.Value, m.Unit, m.Origin, m.SourceStart, m.SourceEnd, m.SourceText))));

    private static readonly CompiledPerModel<Func<ArchiveDbContext, IReadOnlyCollection<long>, IAsyncEnumerable<QualityFlagView>>> FlagsOfReports =
        new(() => EF.CompileAsyncQuery((ArchiveDbContext db, IReadOnlyCollection<long> reportIds) =>
            db.QualityFlags.AsNoTracking().Where(f => reportIds.Contains(f.ReportId)).OrderBy(f => f.Id)
                .Select(f => new QualityFlagView(f.ReportId, f.Kind, f.Detail))));

    private static readonly CompiledPerModel<Func<ArchiveDbContext, IReadOnlyCollection<long>, IAsyncEnumerable<KeyValuePair<long, string>>>> TextsOfReports =
        new(() => EF.CompileAsyncQuery((ArchiveDbContext db, IReadOnlyCollection<long> reportIds) =>
            db.Reports.AsNoTracking().Where(r => reportIds.Contains(r.Id)).Select(r => new KeyValuePair<long, string>(r.Id, r.NormalizedText))));

    private static async Task<ILookup<long, MetricView>> GetMetricsAsync(ArchiveDbContext db, IReadOnlyCollection<long> reportIds, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken)
    {
        var metrics = new List<MetricView>();
        await foreach (var metric in (keys is null ? MetricsOfReports.For(db)(db, reportIds) : MetricsOfReportsWithKeys.For(db)(db, reportIds, keys)).WithCancellation(cancellationToken))
        {
            metrics.Add(metric);
        }

        // Sources not stored as a copy are cut from the texts here, in C#: the offsets are UTF-16 indices, and SQLite's
        // substr counts code points.
        var cutFrom = metrics.Where(m => m.SourceText is null).Select(m => m.ReportId).Distinct().ToList();
        if (cutFrom.Count > 0)
        {
            var texts = await CompiledQueries.ToDictionaryAsync(TextsOfReports.For(db)(db, cutFrom), cutFrom.Count, cancellationToken);
            for (var i = 0; i < metrics.Count; i++)
            {
                var m = metrics[i];
                if (m.SourceText is null)
                {
                    metrics[i] = m with { SourceText = MetricSources.Text(null, texts.GetValueOrDefault(m.ReportId), m.SourceStart, m.SourceEnd) };
                }
            }
        }

        return metrics.ToLookup(m => m.ReportId);
    }

    private static Task<ILookup<long, QualityFlagView>> GetFlagsAsync(ArchiveDbContext db, IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken) =>
        ToLookupAsync(FlagsOfReports.For(db)(db, reportIds), f => f.ReportId, cancellationToken);

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
