using System.Collections.Concurrent;
using Archive.Application.Querying;
using GraphQL.DataLoader;

namespace Archive.Api.GraphQL.Loaders;

/// <summary>
/// Metrics by report id. Reports asked with the same `keys` argument share a batch (one query per distinct
/// key list per level), so aliases with different key lists stay correct.
/// </summary>
public sealed class MetricLoader(MetricReader reader)
{
    private readonly ConcurrentDictionary<string, KeyedLoader> _byKeyList = new(StringComparer.Ordinal);

    public IDataLoaderResult<IReadOnlyList<MetricView>> Load(long reportId, IReadOnlyList<string>? keys)
    {
        var signature = keys is null ? "*" : string.Join('\u001f', keys.Order(StringComparer.Ordinal));
        return _byKeyList.GetOrAdd(signature, _ => new KeyedLoader(reader, keys)).Load(reportId);
    }

    private sealed class KeyedLoader(MetricReader reader, IReadOnlyList<string>? keys) : BatchLoader<long, IReadOnlyList<MetricView>>
    {
        protected override async Task<IReadOnlyDictionary<long, IReadOnlyList<MetricView>>> FetchAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken)
        {
            var metrics = await reader.GetMetricsAsync(reportIds, keys, cancellationToken);
            return metrics.ToDictionary(g => g.Key, g => (IReadOnlyList<MetricView>)[.. g]);
        }

        protected override IReadOnlyList<MetricView> Missing(long key) => [];
    }
}
