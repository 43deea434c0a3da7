using Archive.Application.Querying;
using Archive.Core.Metrics;

namespace Archive.Api.GraphQL.Loaders;

/// <summary>The metric catalog as a lookup, fetched at most once per request.</summary>
public sealed class MetricLabels(IMetricCatalog catalog)
{
    private readonly Lock _gate = new();
    private Task<IReadOnlyDictionary<string, MetricDefinition>>? _definitions;

    public Task<IReadOnlyDictionary<string, MetricDefinition>> GetAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _definitions ??= LoadAsync(cancellationToken);
        }
    }

    private async Task<IReadOnlyDictionary<string, MetricDefinition>> LoadAsync(CancellationToken cancellationToken)
    {
        var definitions = await catalog.GetDefinitionsAsync(cancellationToken);
        return definitions.ToDictionary(d => d.Key, StringComparer.Ordinal);
    }
}
