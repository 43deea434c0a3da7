using Archive.Api.GraphQL.Connections;
using Archive.Api.Vocabulary;
using Archive.Search.Facets;
using GraphQL;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class FacetGraphType : ObjectGraphType<FacetView>
{
    public FacetGraphType()
    {
        Name = "Facet";
        Description = "How the matches divide over one dimension.";
        Field<NonNullGraphType<SearchFacetGraphType>, string>("name").Description("The dimension.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetValueGraphType>>>, IReadOnlyList<FacetValue>>("values")
            .Description("Values with their counts, largest count first (at most 100).")
            .WithComplexityImpact(1, 20)
            .Resolve(c => c.Source.Name == FacetNames.Template
                ? [.. c.Source.Values.Select(v => v with { Value = PublicNames.Template(v.Value) })]
                : c.Source.Values);
    }
}
