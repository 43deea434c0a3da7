using Archive.Api.GraphQL.Loaders;
using Archive.Application.Querying;
using Archive.Core.Vocabulary;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class MetricGroupGraphType : ObjectGraphType<MetricGroupResult>
{
    public MetricGroupGraphType()
    {
        Name = "MetricGroup";
        Description = "Aggregates of one metric key (and unit) over the reports of one group. Dimensions not grouped by are null.";
        Field<NonNullGraphType<StringGraphType>, string>("key")
            .Description("The metric key.")
            .Resolve(c => c.Source.Group.Key);
        Field<NonNullGraphType<StringGraphType>, string>("label")
            .Description("The key's Chinese label.")
            .ResolveAsync(c => c.MetricLabelAsync(c.Source.Group.Key));
        Field<StringGraphType, string?>("unit")
            .Description("The unit of the values; values of different units are never added together.")
            .Resolve(c => c.Source.Group.Unit);
        Field<IntGraphType, int?>("year")
            .Description("The reported year, when grouped by YEAR (null also for reports of unknown year).")
            .Resolve(c => c.Source.Group.Year);
        Field<RegionGraphType, IDataLoaderResult<RegionView?>?>("province")
            .Description("The province, when grouped by PROVINCE.")
            .Resolve(c => Region(c.Service<RegionLoader>(), c.Source.Group.ProvinceCode));
        Field<RegionGraphType, IDataLoaderResult<RegionView?>?>("prefecture")
            .Description("The prefecture, when grouped by PREFECTURE.")
            .Resolve(c => Region(c.Service<RegionLoader>(), c.Source.Group.PrefectureCode));
        Field<RegionGraphType, IDataLoaderResult<RegionView?>?>("county")
            .Description("The county, when grouped by COUNTY.")
            .Resolve(c => Region(c.Service<RegionLoader>(), c.Source.Group.CountyCode));
        Field<AgencyGraphType, IDataLoaderResult<AgencyView?>?>("agency")
            .Description("The agency, when grouped by AGENCY.")
            .Resolve(c => c.Source.Group.AgencyId is { } id ? c.Service<AgencyLoader>().Load(id) : null);
        Field<StringGraphType, string?>("agencyKind")
            .Description("The agency kind, when grouped by AGENCY_KIND.")
            .Resolve(c => c.Source.Group.AgencyKind?.StableId());
        Field<NonNullGraphType<FloatGraphType>, double>("value")
            .Description("The aggregate chosen by the `aggregate` argument.")
            .Resolve(c => c.Source.Value);
        Field<NonNullGraphType<FloatGraphType>, double>("sum").Description("Sum of the values.").Resolve(c => c.Source.Group.Sum);
        Field<NonNullGraphType<FloatGraphType>, double>("avg").Description("Arithmetic mean of the values.").Resolve(c => c.Source.Group.Average);
        Field<NonNullGraphType<FloatGraphType>, double>("min").Description("Smallest value.").Resolve(c => c.Source.Group.Min);
        Field<NonNullGraphType<FloatGraphType>, double>("max").Description("Largest value.").Resolve(c => c.Source.Group.Max);
        Field<NonNullGraphType<IntGraphType>, int>("count").Description("Number of values aggregated.").Resolve(c => c.Source.Group.Count);
        Field<NonNullGraphType<IntGraphType>, int>("reportCount")
            .Description("Number of distinct reports that contributed a value.")
            .Resolve(c => c.Source.Group.ReportCount);
    }

    private static IDataLoaderResult<RegionView?>? Region(RegionLoader loader, string? code) => code is null ? null : loader.Load(code);
}
