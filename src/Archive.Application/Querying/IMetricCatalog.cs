using Archive.Core.Metrics;

namespace Archive.Application.Querying;

/// <summary>
/// The metric dictionary as the API serves it (`metricKeys`, metric labels, CSV labels, key validation).
/// Production plugs in the metric dictionary of Archive.Core; without one, <see cref="StoredMetricCatalog"/>
/// derives entries from the keys stored in the database.
/// </summary>
public interface IMetricCatalog
{
    /// <summary>Every key the API knows, in dictionary order. Called at most once per request.</summary>
    ValueTask<IReadOnlyList<MetricDefinition>> GetDefinitionsAsync(CancellationToken cancellationToken);
}
