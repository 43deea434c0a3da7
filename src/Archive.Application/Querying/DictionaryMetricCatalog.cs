using Archive.Core.Metrics;

namespace Archive.Application.Querying;

/// <summary>The metric dictionary (metric-dictionary.md Appendix A) as the API's catalog of keys and labels.</summary>
public sealed class DictionaryMetricCatalog : IMetricCatalog
{
    public ValueTask<IReadOnlyList<MetricDefinition>> GetDefinitionsAsync(CancellationToken cancellationToken) =>
        ValueTask.FromResult(MetricDictionary.All);
}
