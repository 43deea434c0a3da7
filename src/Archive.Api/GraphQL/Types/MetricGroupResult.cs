using Archive.Application.Querying;

namespace Archive.Api.GraphQL.Types;

/// <summary>A metric group with the aggregate the query chose as its `value`.</summary>
public sealed record MetricGroupResult(MetricGroup Group, double Value);
