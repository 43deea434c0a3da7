using Archive.Search.Querying;
using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class SearchOrderGraphType : EnumerationGraphType
{
    public SearchOrderGraphType()
    {
        Name = "SearchOrder";
        Description = "Order of the `search` connection. Reports without the sorted value come last; remaining ties go to the newest report (year, then publication date), then by report.";
        Add("RELEVANCE", SearchSort.Relevance, "Best match first: the typed characters as one sequence, in the title or agency name, close together, often.");
        Add("YEAR_DESC", SearchSort.YearDesc, "Newest reported year first, then latest published.");
        Add("YEAR_ASC", SearchSort.YearAsc, "Oldest reported year first, then earliest published.");
        Add("PUBLISHED_DESC", SearchSort.PublishedDesc, "Latest publication date first.");
        Add("PUBLISHED_ASC", SearchSort.PublishedAsc, "Earliest publication date first.");
        Add("REGION", SearchSort.Region, "By region code (GB/T 2260, the most precise level a report has), newest first within a region.");
        Add("INGESTED_DESC", SearchSort.IngestedDesc, "Most recently stored first (when a report was first ingested; what a saved search's feed lists).");
    }
}
