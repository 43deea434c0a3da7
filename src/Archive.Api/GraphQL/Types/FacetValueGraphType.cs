using Archive.Api.GraphQL.Loaders;
using Archive.Application.Querying;
using Archive.Search.Facets;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class FacetValueGraphType : ObjectGraphType<FacetValue>
{
    public FacetValueGraphType()
    {
        Name = "FacetValue";
        Description = "One value of a facet and how many matches have it.";
        Field<NonNullGraphType<StringGraphType>, string>("value")
            .Description("The value: a year, a region code, an agency kind id, or a template as the ReportTemplate enum spells it (V2019).")
            .Resolve(c => c.Source.Value);
        Field<NonNullGraphType<IntGraphType>, int>("count").Description("Number of matching reports with this value.").Resolve(c => c.Source.Count);
        Field<RegionGraphType, IDataLoaderResult<RegionView?>?>("region")
            .Description("The region, when the value is a region code (PROVINCE, PREFECTURE and COUNTY facets).")
            .Resolve(c => c.Source.Value.Length == 6 && c.Source.Value.All(char.IsAsciiDigit) ? c.Service<RegionLoader>().Load(c.Source.Value) : null);
    }
}
