using Archive.Application.Querying;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class SearchFacetGraphType : EnumerationGraphType
{
    public SearchFacetGraphType()
    {
        Name = "SearchFacet";
        Description = "A dimension search results can be counted by.";
        Add("YEAR", SearchFacets.Year, "Reported year.");
        Add("PROVINCE", SearchFacets.Province, "Province code (GB/T 2260).");
        Add("PREFECTURE", SearchFacets.Prefecture, "Prefecture code (GB/T 2260).");
        Add("COUNTY", SearchFacets.County, "County code (GB/T 2260).");
        Add("AGENCY_KIND", SearchFacets.AgencyKind, "Agency kind id (e.g. industry_and_it).");
        Add("TEMPLATE", SearchFacets.Template, "Report template (values as ReportTemplate spells them: PRE2019, V2019, V2021).");
    }
}
