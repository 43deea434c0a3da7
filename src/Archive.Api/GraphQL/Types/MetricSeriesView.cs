using Archive.Application.Querying;

namespace Archive.Api.GraphQL.Types;

/// <summary>A metric key's values year by year.</summary>
public sealed record MetricSeriesView(string Key, IReadOnlyList<MetricGroup> Points);
