using Archive.Api.GraphQL.Loaders;
using Archive.Application.Querying;
using Archive.Core.Vocabulary;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class AgencyGraphType : ObjectGraphType<AgencyView>
{
    public AgencyGraphType()
    {
        Name = "Agency";
        Description = "A government body that publishes annual reports, unique by name within its region.";
        Interface<NodeGraphType>();
        IsTypeOf = value => value is AgencyView;

        Field<NonNullGraphType<IdGraphType>, string>("id")
            .Description("Global id; usable as `ReportFilter.agencyId`.")
            .Resolve(c => GlobalId.Encode(GlobalId.Agency, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>, string>("name")
            .Description("Full official name, e.g. 平罗县工业和信息化局.")
            .Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>, string>("kind")
            .Description("Agency kind id (metric-dictionary.md §12), e.g. industry_and_it; `other` when none applies.")
            .Resolve(c => c.Source.Kind.StableId());
        Field<RegionGraphType, IDataLoaderResult<RegionView?>?>("region")
            .Description("The region the agency belongs to; null when unknown.")
            .Resolve(c => c.Source.RegionCode is { } code ? c.Service<RegionLoader>().Load(code) : null);
    }
}
