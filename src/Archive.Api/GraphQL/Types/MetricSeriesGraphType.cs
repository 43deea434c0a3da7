using Archive.Application.Querying;
using GraphQL;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class MetricSeriesGraphType : ObjectGraphType<MetricSeriesView>
{
    public MetricSeriesGraphType()
    {
        Name = "MetricSeries";
        Description = "One metric key aggregated year by year over the filtered reports (reports of unknown year left out).";
        Field<NonNullGraphType<StringGraphType>, string>("key")
            .Description("The metric key.")
            .Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>, string>("label")
            .Description("The key's Chinese label.")
            .ResolveAsync(c => c.MetricLabelAsync(c.Source.Key));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MetricSeriesPointGraphType>>>, IReadOnlyList<MetricGroup>>("points")
            .Description("One point per year and unit, oldest year first.")
            .WithComplexityImpact(1, 20)
            .Resolve(c => c.Source.Points);
    }
}
