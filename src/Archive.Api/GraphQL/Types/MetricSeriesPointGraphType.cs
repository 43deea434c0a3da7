using Archive.Application.Querying;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class MetricSeriesPointGraphType : ObjectGraphType<MetricGroup>
{
    public MetricSeriesPointGraphType()
    {
        Name = "MetricSeriesPoint";
        Description = "A metric's aggregates in one year (and unit).";
        Field<NonNullGraphType<IntGraphType>, int>("year").Description("The reported year.").Resolve(c => c.Source.Year ?? 0);
        Field<StringGraphType, string?>("unit").Description("The unit of the values.").Resolve(c => c.Source.Unit);
        Field<NonNullGraphType<FloatGraphType>, double>("sum").Description("Sum of the values.").Resolve(c => c.Source.Sum);
        Field<NonNullGraphType<FloatGraphType>, double>("avg").Description("Arithmetic mean of the values.").Resolve(c => c.Source.Average);
        Field<NonNullGraphType<FloatGraphType>, double>("min").Description("Smallest value.").Resolve(c => c.Source.Min);
        Field<NonNullGraphType<FloatGraphType>, double>("max").Description("Largest value.").Resolve(c => c.Source.Max);
        Field<NonNullGraphType<IntGraphType>, int>("count").Description("Number of values.").Resolve(c => c.Source.Count);
        Field<NonNullGraphType<IntGraphType>, int>("reportCount").Description("Number of distinct reports that contributed.").Resolve(c => c.Source.ReportCount);
    }
}
