namespace Archive.Api.GraphQL.Types;

/// <summary>The aggregate a metric group's `value` carries.</summary>
public enum MetricAggregate
{
    Sum,
    Average,
    Min,
    Max,
    Count,
}
