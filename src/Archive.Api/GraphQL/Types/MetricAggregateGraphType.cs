using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class MetricAggregateGraphType : EnumerationGraphType
{
    public MetricAggregateGraphType()
    {
        Name = "MetricAggregate";
        Description = "Which aggregate a metric group's `value` field carries (all aggregates stay available as fields).";
        Add("SUM", MetricAggregate.Sum, "Sum of the values.");
        Add("AVG", MetricAggregate.Average, "Arithmetic mean of the values.");
        Add("MIN", MetricAggregate.Min, "Smallest value.");
        Add("MAX", MetricAggregate.Max, "Largest value.");
        Add("COUNT", MetricAggregate.Count, "Number of values.");
    }
}
