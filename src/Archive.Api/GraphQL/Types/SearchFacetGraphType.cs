using Archive.Search.Facets;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class SearchFacetGraphType : EnumerationGraphType
{
    public SearchFacetGraphType()
    {
        Name = "SearchFacet";
        Description = "A dimension search results can be counted by.";
        foreach (var dimension in FacetDimension.Offered)
        {
            Add(dimension.PublicName, dimension.Name, dimension.Description);
        }
    }
}
