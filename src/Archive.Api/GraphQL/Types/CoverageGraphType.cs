using Archive.Api.GraphQL.Loaders;
using Archive.Application.Quality.Coverage;
using Archive.Application.Querying;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class CoverageGraphType : ObjectGraphType<CoverageView>
{
    public CoverageGraphType()
    {
        Name = "Coverage";
        Description = "Which bodies of a region (its sub-regions included) published no report in a year. A body (region + normalized agency name, renames applied) is expected in the years between its first and its last report; one known only from earlier or only from later years is not counted (it may not have existed).";
        Field<RegionGraphType, IDataLoaderResult<RegionView?>>("region").Description("The region asked for.").Resolve(c => c.Service<RegionLoader>().Load(c.Source.RegionCode));
        Field<NonNullGraphType<IntGraphType>, int>("year").Description("The year asked for.").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<IntGraphType>, int>("known").Description("Bodies of the region with a report in any year.").Resolve(c => c.Source.Known);
        Field<NonNullGraphType<IntGraphType>, int>("expected").Description("Bodies expected to report that year (the year within the span of their reports).").Resolve(c => c.Source.Total.Expected);
        Field<NonNullGraphType<IntGraphType>, int>("present").Description("Expected bodies with a report that year.").Resolve(c => c.Source.Total.Present);
        Field<NonNullGraphType<IntGraphType>, int>("outsideSpan").Description("Bodies without a report that year known only from earlier or only from later years (not counted as missing).").Resolve(c => c.Source.OutsideSpan);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageBodyGraphType>>>, IReadOnlyList<CoverageBodyView>>("missing")
            .Description("The expected bodies without a report that year, by region code then name.")
            .Argument<IntGraphType>("first", "At most this many (default all).")
            .WithComplexityImpact(1, 20)
            .Resolve(c => c.GetArgument<int?>("first") is { } n ? [.. c.Source.Missing.Take(Math.Max(0, n))] : c.Source.Missing);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageCountGraphType>>>, IReadOnlyList<CoverageCountView>>("byRegion")
            .Description("The year's counts for each region (the asked one and its sub-regions) with an expected body, by code.")
            .Resolve(c => c.Source.ByRegion);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageCountGraphType>>>, IReadOnlyList<CoverageCountView>>("byYear")
            .Description("The whole region's counts for every year with a report in it.")
            .Resolve(c => c.Source.ByYear);
    }
}

public sealed class CoverageBodyGraphType : ObjectGraphType<CoverageBodyView>
{
    public CoverageBodyGraphType()
    {
        Name = "CoverageBody";
        Description = "A body expected to report in a year that has no report then.";
        Field<NonNullGraphType<StringGraphType>, string>("regionCode").Description("The body's region (GB/T 2260).").Resolve(c => c.Source.RegionCode);
        Field<RegionGraphType, IDataLoaderResult<RegionView?>>("region").Description("The body's region.").Resolve(c => c.Service<RegionLoader>().Load(c.Source.RegionCode));
        Field<NonNullGraphType<StringGraphType>, string>("agencyName").Description("The normalized name (current designation, region prefix dropped) that links its reports.").Resolve(c => c.Source.AgencyName);
        Field<NonNullGraphType<StringGraphType>, string>("printedName").Description("The name its latest report prints.").Resolve(c => c.Source.PrintedName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>, IReadOnlyList<int>>("years").Description("The years it has a report for.").Resolve(c => c.Source.Years);
        Field<ReportGraphType, IDataLoaderResult<ReportView?>>("before")
            .Description("Its report of the nearest earlier year.")
            .Resolve(c => c.Source.Before is { } id ? c.Service<ReportLoader>().Load(id) : null);
        Field<ReportGraphType, IDataLoaderResult<ReportView?>>("after")
            .Description("Its report of the nearest later year.")
            .Resolve(c => c.Source.After is { } id ? c.Service<ReportLoader>().Load(id) : null);
    }
}

public sealed class CoverageCountGraphType : ObjectGraphType<CoverageCountView>
{
    public CoverageCountGraphType()
    {
        Name = "CoverageCount";
        Description = "Reports expected and present for one region and year.";
        Field<NonNullGraphType<StringGraphType>, string>("regionCode").Description("The region (GB/T 2260).").Resolve(c => c.Source.RegionCode);
        Field<NonNullGraphType<IntGraphType>, int>("year").Description("The year.").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<IntGraphType>, int>("expected").Description("Bodies expected to report (the year within the span of their reports).").Resolve(c => c.Source.Expected);
        Field<NonNullGraphType<IntGraphType>, int>("present").Description("Expected bodies with a report.").Resolve(c => c.Source.Present);
        Field<NonNullGraphType<IntGraphType>, int>("missing").Description("expected − present.").Resolve(c => c.Source.Missing);
    }
}
