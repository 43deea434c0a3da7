using Archive.Application.Querying;
using Archive.Core.Regions;
using GraphQL;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class RegionGraphType : ObjectGraphType<RegionView>
{
    public RegionGraphType()
    {
        Name = "Region";
        Description = "A GB/T 2260 administrative region.";
        Interface<NodeGraphType>();
        IsTypeOf = value => value is RegionView;

        Field<NonNullGraphType<IdGraphType>, string>("id")
            .Description("Global id.")
            .Resolve(c => GlobalId.Encode(GlobalId.Region, c.Source.Code));
        Field<NonNullGraphType<StringGraphType>, string>("code")
            .Description("Six-digit GB/T 2260 code, e.g. 640221. Usable as `ReportFilter.regionCode`.")
            .Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>, string>("name")
            .Description("Official name, e.g. 平罗县.")
            .Resolve(c => c.Source.Name);
        Field<NonNullGraphType<RegionLevelGraphType>, RegionLevel>("level")
            .Description("Administrative level.")
            .Resolve(c => c.Source.Level);
        Field<RegionGraphType, RegionView?>("parent")
            .Description("The enclosing region; null for a province.")
            .Resolve(c => c.Source.Parent);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionGraphType>>>, IReadOnlyList<RegionView>>("path")
            .Description("The province down to this region (this region last).")
            .WithComplexityImpact(1, 3)
            .Resolve(c => c.Source.Path);
        Field<NonNullGraphType<StringGraphType>, string>("fullName")
            .Description("The names of `path` joined, e.g. 宁夏回族自治区石嘴山市平罗县.")
            .Resolve(c => string.Concat(c.Source.Path.Select(r => r.Name)));
    }
}
